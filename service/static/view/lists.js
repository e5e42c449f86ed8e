/* The lists beside the text: actors by salience, the timeline of dated facts, who said what.
 * Each entry is a button that takes the focus to its fact in the text (`jumpTo(span key)`). */

import { COLOURS } from "./marks.js";
import { formatRange } from "./card.js";
import { button, item, node } from "./dom.js";

function shorten(text, most) {
  const chars = Array.from(text);
  return chars.length <= most ? text : chars.slice(0, most - 1).join("") + "…";
}

export function colourOf(answer, actorId) {
  const index = (answer.actors || []).findIndex((actor) => actor.id === actorId);
  return index < 0 ? "" : "c" + (index % COLOURS);
}

function actors(answer, jumpTo) {
  const bySalience = (answer.actors || []).slice().sort((a, b) => b.salience - a.salience);
  return bySalience.map((actor) => {
    const entry = button("", () => jumpTo(actor.id + "/0"));
    entry.dataset.actor = actor.id;
    const count = actor.mentions.length;
    const meta = [actor.type, count + (count === 1 ? " mention" : " mentions"),
      "salience " + actor.salience.toFixed(2)].join(" · ");
    entry.append(node("span", "swatch " + colourOf(answer, actor.id)),
      node("span", "badge", actor.id), node("span", "name", actor.name), node("span", "meta", meta));
    if (actor.titles.length) entry.append(node("span", "meta", actor.titles.join("; ")));
    return item(entry);
  });
}

/* Dates with a concrete range, in time order; the others (durations, sets, open values) after. */
function timeline(answer, jumpTo) {
  const dates = answer.dates || [];
  const dated = dates.filter((date) => date.range).sort((a, b) =>
    a.range.start.localeCompare(b.range.start) || a.range.end.localeCompare(b.range.end)
    || a.start - b.start);
  const points = dated.map((date) => {
    const entry = button("", () => jumpTo(date.id));
    entry.dataset.date = date.id;
    const when = node("time", "when", formatRange(date.range));
    when.dateTime = date.range.start;
    entry.append(when, node("span", "what", "“" + date.text + "” " + date.id));
    return item(entry);
  });
  const undated = dates.filter((date) => !date.range).map((date) => {
    const entry = button("", () => jumpTo(date.id));
    entry.dataset.date = date.id;
    entry.append(node("span", "what", "“" + date.text + "” " + date.id),
      node("span", "meta", date.type + " " + date.value));
    return item(entry);
  });
  return [points, undated];
}

/* The quotes grouped by speaker (the actor, or the name when no actor), in order of first quote. */
function speakers(answer, jumpTo) {
  const groups = new Map();
  for (const quote of answer.quotes || []) {
    const who = quote.speaker ? quote.speaker.actor_id || quote.speaker.name : "";
    if (!groups.has(who)) groups.set(who, { speaker: quote.speaker, quotes: [] });
    groups.get(who).quotes.push(quote);
  }
  return Array.from(groups.values(), ({ speaker, quotes }) => {
    const name = node("p", "speaker-name");
    if (speaker && speaker.actor_id) {
      name.append(node("span", "swatch " + colourOf(answer, speaker.actor_id)));
    }
    name.append(speaker ? speaker.name : "No speaker found");
    const said = node("ul");
    for (const quote of quotes) {
      const key = quote.parts.length > 1 ? quote.id + "/0" : quote.id;
      const entry = button("", () => jumpTo(key));
      entry.dataset.quote = quote.id;
      entry.append(node("span", "badge q-" + quote.type, quote.type),
        node("span", "what", shorten(quote.text, 140)));
      said.append(item(entry));
    }
    const group = node("li");
    group.append(name, said);
    return group;
  });
}

export function fillLists(answer, where, jumpTo) {
  where.actors.replaceChildren(...actors(answer, jumpTo));
  const [points, undated] = timeline(answer, jumpTo);
  where.timeline.replaceChildren(...points);
  where.undated.replaceChildren(...undated);
  where.speakers.replaceChildren(...speakers(answer, jumpTo));
}
