/* From an Extraction to marked text: the spans to mark, and the elements that mark them.
 *
 * The API's offsets count code points (Python's string indices); JavaScript strings count UTF-16
 * units, which differ at every emoji. So the text is handled as an array of code points
 * (Array.from), where the API's offsets index directly.
 *
 * The text enters the page through text nodes only, never as HTML.
 */

export const KINDS = ["actor", "date", "quantity", "quote"];
export const COLOURS = 8; // view.css has c0..c7, a palette told apart with colour-blindness too
// Two marks over the same stretch nest in this order, outer first: a quote holds the names and
// dates said in it, and a speaker's own mark sits inside the actor's.
const NESTING = ["quote", "date", "quantity", "actor", "speaker"];

/* Every stretch of text to mark for the kinds shown, with code-point offsets. `key` names one
 * span (an actor's mention, a quote's part); an actor mention that speaks a quote carries the
 * quote ids, and a speaker that is no mention shown gets a mark of its own. */
export function spansOf(answer, shown) {
  const spans = [];
  const add = (span) => {
    if (span.end > span.start) spans.push(span);
  };
  if (shown.has("actor")) {
    (answer.actors || []).forEach((actor, index) => {
      actor.mentions.forEach((mention, at) => add({
        kind: "actor", key: actor.id + "/" + at, fact: actor, mention: mention,
        start: mention.start, end: mention.end, text: mention.text, colour: index % COLOURS,
      }));
    });
  }
  for (const [kind, list] of [["date", answer.dates], ["quantity", answer.quantities]]) {
    if (!shown.has(kind)) continue;
    for (const fact of list || []) {
      add({ kind: kind, key: fact.id, fact: fact, start: fact.start, end: fact.end, text: fact.text });
    }
  }
  if (shown.has("quote")) addQuotes(answer.quotes || [], spans, add);
  return spans;
}

function addQuotes(quotes, spans, add) {
  const speakers = new Map();
  for (const quote of quotes) {
    quote.parts.forEach((part, at) => add({
      kind: "quote", key: quote.id + (quote.parts.length > 1 ? "/" + at : ""), fact: quote,
      start: part.start, end: part.end, text: part.text,
    }));
    if (!quote.speaker) continue;
    const where = quote.speaker.start + ":" + quote.speaker.end;
    if (!speakers.has(where)) speakers.set(where, { speaker: quote.speaker, quotes: [] });
    speakers.get(where).quotes.push(quote.id);
  }
  for (const { speaker, quotes: said } of speakers.values()) {
    const mention = spans.find((span) => span.kind === "actor"
      && span.start === speaker.start && span.end === speaker.end);
    if (mention) {
      mention.speaks = said;
    } else {
      add({
        kind: "speaker", key: "S" + speaker.start, fact: speaker, speaks: said,
        start: speaker.start, end: speaker.end, text: speaker.text,
      });
    }
  }
}

/* With no text to show (a stored answer of plain text), the facts' own words at their places:
 * each fact knows its text and offsets; what lies between is unknown (null). */
export function sketch(answer) {
  const chars = new Array(answer.document.characters).fill(null);
  const cues = (answer.quotes || []).filter((quote) => quote.cue).map((quote) => quote.cue);
  for (const span of spansOf(answer, new Set(KINDS)).concat(cues)) {
    Array.from(span.text).forEach((char, at) => {
      if (span.start + at < chars.length) chars[span.start + at] = char;
    });
  }
  return chars;
}

function outerFirst(a, b) {
  return b.end - a.end || NESTING.indexOf(a.kind) - NESTING.indexOf(b.kind);
}

/* The text cut at every start and end, each stretch wrapped in the marks that cover it. Marks
 * nest where their spans nest; where two spans cross, the inner one is closed with the outer and
 * opened again after it (a continued piece), so the elements always nest properly.
 *
 * Returns the fragment, each span's pieces in text order (keyed by span key, in order of the
 * spans' starts) and the span each piece shows. */
export function draw(chars, spans) {
  const length = chars.length;
  const sorted = spans.filter((span) => span.start >= 0 && span.end <= length)
    .sort((a, b) => a.start - b.start || outerFirst(a, b));
  const cuts = new Set([0, length]);
  for (const span of sorted) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = Array.from(cuts).sort((a, b) => a - b);
  const drawn = { fragment: document.createDocumentFragment(), pieces: new Map(), spanOf: new WeakMap() };
  const open = [];
  const top = () => (open.length ? open[open.length - 1].element : drawn.fragment);
  let next = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const at = points[i];
    const starting = [];
    const ending = open.findIndex((item) => item.span.end <= at);
    if (ending >= 0) {
      const closed = open.splice(ending);
      starting.push(...closed.map((item) => item.span).filter((span) => span.end > at));
    }
    while (next < sorted.length && sorted[next].start === at) starting.push(sorted[next++]);
    starting.sort(outerFirst);
    for (const span of starting) {
      const element = mark(span, drawn);
      top().appendChild(element);
      open.push({ span: span, element: element });
    }
    write(top(), chars, at, points[i + 1]);
  }
  for (const pieces of drawn.pieces.values()) {
    const span = drawn.spanOf.get(pieces[0]);
    // The label after the last piece: the fact's id, as the side lists show it.
    pieces[pieces.length - 1].dataset.label = span.kind === "speaker" ? "said" : span.fact.id;
  }
  return drawn;
}

function mark(span, drawn) {
  const element = document.createElement("mark");
  element.className = "m m-" + span.kind;
  element.dataset.kind = span.kind;
  element.dataset.span = span.key;
  element.tabIndex = -1;
  if (span.kind === "actor") {
    element.dataset.actor = span.fact.id;
    element.dataset.mention = span.mention.kind;
    element.classList.add("c" + span.colour);
  }
  if (span.kind === "quote") {
    element.dataset.quote = span.fact.id;
    element.classList.add("q-" + span.fact.type);
  }
  if (span.speaks) {
    element.dataset.speaks = span.speaks.join(" ");
    element.classList.add("speaks");
  }
  const pieces = drawn.pieces.get(span.key);
  if (pieces) {
    element.classList.add("cont");
    pieces.push(element);
  } else {
    drawn.pieces.set(span.key, [element]);
  }
  drawn.spanOf.set(element, span);
  return element;
}

/* Code points `from` to `to` as text nodes; an unknown stretch (null) as one "…". */
function write(parent, chars, from, to) {
  let run = "";
  for (let at = from; at < to; at += 1) {
    const char = chars[at];
    if (char !== null) {
      run += char;
      continue;
    }
    if (run) parent.appendChild(document.createTextNode(run));
    run = "";
    if (!(parent.lastChild && parent.lastChild.className === "gap")) {
      const gap = document.createElement("span");
      gap.className = "gap";
      gap.textContent = " … ";
      parent.appendChild(gap);
    }
  }
  if (run) parent.appendChild(document.createTextNode(run));
}
