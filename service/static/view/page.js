/* The article page (/view): send an article to the API, then show its facts marked in its text.
 *
 * The page's Content-Security-Policy forbids inline script, so all of its behaviour is in these
 * files (ES modules, loaded as they are: no build step). marks.js turns an answer into marked
 * text, card.js says what a fact is, lists.js fills the lists beside the text; this file talks
 * to the API and wires up what the reader does.
 */

import { cardOf, number } from "./card.js";
import { node } from "./dom.js";
import { fillLists } from "./lists.js";
import { KINDS, draw, sketch, spansOf } from "./marks.js";

const NAMES = {
  actor: ["actor", "actors"], date: ["date", "dates"],
  quantity: ["quantity", "quantities"], quote: ["quote", "quotes"],
};
const SOURCES = { request: "as given", html: "from the page", text: "from the dateline" };

const page = document.body.dataset;
const $ = (id) => document.getElementById(id);
const el = {
  askBox: $("ask-box"), form: $("ask"), text: $("text"), published: $("published"),
  keyField: $("key-field"), key: $("api-key"), submit: $("submit"), again: $("again"),
  status: $("status"), result: $("result"), about: $("about"), notice: $("notice"),
  article: $("article"), json: $("json-text"), jsonBox: $("json"), tip: $("tip"),
  lists: { actors: $("actors"), timeline: $("timeline"), undated: $("undated"), speakers: $("speakers") },
};

const state = {
  answer: null,
  chars: [], // the analysed text, one entry per code point; null where unknown (a sketch)
  shown: new Set(KINDS),
  drawn: { pieces: new Map(), spanOf: new WeakMap() },
  stops: [], // the first piece of every span, in text order: where the arrow keys go
  current: 0, // the stop that Tab reaches
  active: null, // the mark whose relations are lit
};

function say(message, isError) {
  el.status.textContent = message;
  el.status.classList.toggle("error", Boolean(isError));
}

/* ---------- the API ---------- */

function headers(extra) {
  const result = Object.assign({ Accept: "application/json" }, extra);
  const key = el.key.value.trim();
  // The API reads `Authorization: Bearer KEY`; a key is sent only when the reader typed one.
  if (key) result.Authorization = "Bearer " + key;
  return result;
}

async function call(url, init) {
  let response;
  try {
    response = await fetch(url, Object.assign({ credentials: "same-origin" }, init));
  } catch (error) {
    throw new Error("The service did not answer (" + error.message + ").");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(problemText(response.status, body));
    error.status = response.status;
    throw error;
  }
  return body;
}

/* A problem+json answer as a sentence, with each field's complaint. */
function problemText(status, body) {
  if (!body || typeof body.detail !== "string") return "The service answered " + status + ".";
  const parts = [body.detail];
  for (const [field, said] of Object.entries(body.errors || {})) {
    parts.push(field + ": " + (Array.isArray(said) ? said.join(" ") : JSON.stringify(said)));
  }
  return parts.join(" ");
}

function fail(error) {
  say(error.message + (error.status === 401 ? " Type the API key in and try again." : ""), true);
  if (error.status === 401) {
    // Keys are on (or the one typed is wrong): ask for one where the reader will see it.
    el.keyField.hidden = false;
    el.askBox.open = true;
    el.key.focus();
  }
}

function busy(on) {
  el.submit.disabled = on;
  el.result.setAttribute("aria-busy", on ? "true" : "false");
}

function storedKey() {
  const prefix = page.view + "/";
  const path = location.pathname;
  return path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : "";
}

async function submit(event) {
  event.preventDefault();
  const text = el.text.value;
  if (!text.trim()) {
    if (storedKey()) return openStored(storedKey());
    say("Paste an article first.", true);
    el.text.focus();
    return;
  }
  const format = el.form.elements.format.value;
  const body = { text: text, format: format };
  if (el.published.value) body.published = el.published.value;
  busy(true);
  say("Reading the article…");
  try {
    const answer = await call(page.api, {
      method: "POST",
      headers: headers({ "Content-Type": "application/json" }),
      body: JSON.stringify(body),
    });
    // The address names the stored answer, so it can be reopened. The service keeps only the
    // facts of a plain text, so the text rides along in this tab's history entry.
    const kept = format === "text" ? text : null;
    history.pushState({ key: answer.key, text: kept }, "",
      page.view + "/" + encodeURIComponent(answer.key));
    show(answer, kept);
  } catch (error) {
    fail(error);
  } finally {
    busy(false);
  }
}

async function openStored(key) {
  busy(true);
  say("Opening the stored answer…");
  try {
    const answer = await call(page.api + "/" + encodeURIComponent(key), { headers: headers() });
    const entry = history.state;
    show(answer, entry && entry.key === key ? entry.text : null);
    el.again.hidden = true;
  } catch (error) {
    el.again.hidden = false;
    fail(error);
  } finally {
    busy(false);
  }
}

/* ---------- the marked text ---------- */

function render() {
  state.drawn = draw(state.chars, spansOf(state.answer, state.shown));
  el.article.replaceChildren(state.drawn.fragment);
  state.stops = Array.from(state.drawn.pieces.values(), (pieces) => pieces[0]);
  state.current = 0;
  if (state.stops.length) state.stops[0].tabIndex = 0;
  activate(null);
}

function lit(selector) {
  for (const element of document.querySelectorAll(selector)) element.classList.add("lit");
}

/* Light up what belongs with a mark: its pieces; an actor's other mentions; a quote's other
 * parts and its speaker; a speaker's quotes; the entries beside the text. */
function activate(element) {
  for (const old of document.querySelectorAll(".lit, .lit-speaker")) {
    old.classList.remove("lit", "lit-speaker");
  }
  state.active = element;
  if (!element) {
    hideCard();
    return;
  }
  const span = state.drawn.spanOf.get(element);
  const id = CSS.escape(span.fact.id || "");
  for (const piece of state.drawn.pieces.get(span.key)) piece.classList.add("lit");
  if (span.kind === "actor") lit('[data-actor="' + id + '"]');
  if (span.kind === "date") lit('[data-date="' + id + '"]');
  for (const quote of span.speaks || []) lit('[data-quote="' + CSS.escape(quote) + '"]');
  if (span.kind === "quote") {
    lit('[data-quote="' + id + '"]');
    for (const speaker of el.article.querySelectorAll('[data-speaks~="' + id + '"]')) {
      speaker.classList.add("lit", "lit-speaker");
    }
  }
  showCard(element, span);
}

function stopOf(element) {
  const span = state.drawn.spanOf.get(element);
  return span ? state.stops.indexOf(state.drawn.pieces.get(span.key)[0]) : -1;
}

/* One fact at a time is in the Tab order (a roving tabindex); the arrow keys move it. */
function focusStop(index) {
  if (!state.stops.length) return;
  const to = Math.max(0, Math.min(state.stops.length - 1, index));
  state.stops[state.current].tabIndex = -1;
  state.current = to;
  state.stops[to].tabIndex = 0;
  state.stops[to].focus();
}

function jumpTo(key) {
  const pieces = state.drawn.pieces.get(key);
  if (pieces) focusStop(state.stops.indexOf(pieces[0]));
}

function markAt(target) {
  const found = target instanceof Element ? target.closest("mark.m") : null;
  return found && el.article.contains(found) ? found : null;
}

function onKey(event) {
  const here = markAt(event.target);
  const at = here ? stopOf(here) : -1;
  const moves = {
    ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: Math.max(0, at - 1),
    ArrowUp: Math.max(0, at - 1), Home: 0, End: state.stops.length - 1,
  };
  if (event.key in moves) {
    event.preventDefault();
    focusStop(moves[event.key]);
  } else if (event.key === "Escape") {
    activate(null);
  }
}

function onFocus(event) {
  const here = markAt(event.target);
  if (!here) return;
  const index = stopOf(here);
  if (index >= 0 && index !== state.current) {
    state.stops[state.current].tabIndex = -1;
    state.current = index;
    state.stops[index].tabIndex = 0;
  }
  activate(here);
}

/* ---------- the card ---------- */

function showCard(element, span) {
  const [title, rows] = cardOf(span, state.answer.quotes || []);
  const list = node("dl");
  for (const [name, value] of rows) list.append(node("dt", "", name), node("dd", "", value));
  el.tip.replaceChildren(node("p", "tip-title", title), list);
  el.tip.hidden = false;
  element.setAttribute("aria-describedby", "tip");
  // Below the mark's first line, kept inside the window (a narrow screen's CSS pins it below).
  const box = element.getClientRects()[0] || element.getBoundingClientRect();
  const room = document.documentElement.clientWidth - el.tip.offsetWidth - 8;
  el.tip.style.left = Math.max(8, Math.min(box.left, room)) + window.scrollX + "px";
  el.tip.style.top = box.bottom + window.scrollY + 8 + "px";
}

function hideCard() {
  el.tip.hidden = true;
  for (const element of el.article.querySelectorAll("[aria-describedby]")) {
    element.removeAttribute("aria-describedby");
  }
}

/* ---------- an answer ---------- */

function describe(answer, counts, wrong, whole) {
  const doc = answer.document;
  const about = [];
  if (doc.title) about.push(doc.title);
  about.push(number(doc.characters) + " characters");
  about.push(doc.published ? "published " + doc.published + " (" + SOURCES[doc.published_source] + ")"
    : "no publication date: relative dates stay open");
  if (answer.meta && answer.meta.cached) about.push("answered from the cache");
  el.about.textContent = about.join(" · ");
  const notices = [];
  if (!whole) {
    notices.push("The service keeps the facts of a plain text, not the text itself: only the "
      + "facts' own words are shown, “…” stands for the rest. Paste the article again to see it whole.");
  }
  if (wrong) {
    notices.push(wrong + " facts do not match this text at their offsets: it is not the text "
      + "that was analysed.");
  }
  el.notice.textContent = notices.join(" ");
  el.notice.hidden = !notices.length;
  for (const kind of KINDS) {
    document.querySelector('[data-count="' + kind + '"]').textContent = String(counts[kind]);
  }
}

function show(answer, text) {
  const analysed = typeof answer.document.text === "string" ? answer.document.text : text;
  const whole = typeof analysed === "string";
  state.answer = answer;
  state.chars = whole ? Array.from(analysed) : sketch(answer);
  const wrong = spansOf(answer, new Set(KINDS))
    .filter((span) => state.chars.slice(span.start, span.end).join("") !== span.text).length;
  const counts = {
    actor: (answer.actors || []).length, date: (answer.dates || []).length,
    quantity: (answer.quantities || []).length, quote: (answer.quotes || []).length,
  };
  describe(answer, counts, wrong, whole);
  fillLists(answer, el.lists, jumpTo);
  render();
  el.json.textContent = JSON.stringify(answer, null, 2);
  el.result.hidden = false;
  el.askBox.open = false;
  say("Found " + KINDS.map((kind) => counts[kind] + " " + NAMES[kind][counts[kind] === 1 ? 0 : 1])
    .join(", ") + ".");
  el.article.focus({ preventScroll: true });
}

function toggle(event) {
  const input = event.target;
  if (input.id === "labels") {
    el.article.classList.toggle("no-labels", !input.checked);
    return;
  }
  if (input.name !== "kind") return;
  if (input.checked) state.shown.add(input.value);
  else state.shown.delete(input.value);
  for (const section of document.querySelectorAll("[data-side]")) {
    section.hidden = !state.shown.has(section.dataset.side);
  }
  if (state.answer) render();
}

async function copyJson() {
  try {
    await navigator.clipboard.writeText(el.json.textContent);
    say("The JSON is copied.");
  } catch (error) {
    // No clipboard (a page over plain http from another machine): select it for Ctrl+C.
    el.jsonBox.open = true;
    const range = document.createRange();
    range.selectNodeContents(el.json);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    say("The JSON is selected: press Ctrl+C to copy it.");
  }
}

function start() {
  const key = storedKey();
  if (key) {
    openStored(key);
    return;
  }
  state.answer = null;
  el.result.hidden = true;
  el.askBox.open = true;
  say("");
}

el.form.addEventListener("submit", submit);
el.again.querySelector("button").addEventListener("click", () => openStored(storedKey()));
el.result.addEventListener("change", toggle);
$("copy-json").addEventListener("click", copyJson);
el.article.addEventListener("keydown", onKey);
el.article.addEventListener("focusin", onFocus);
el.article.addEventListener("focusout", (event) => {
  if (!markAt(event.relatedTarget)) activate(null);
});
el.article.addEventListener("mouseover", (event) => {
  const here = markAt(event.target);
  if (here && here !== state.active) activate(here);
});
el.article.addEventListener("mouseleave", () => activate(markAt(document.activeElement)));
window.addEventListener("resize", hideCard);
window.addEventListener("popstate", start);
start();
