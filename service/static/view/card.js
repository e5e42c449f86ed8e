/* What the card beside a focused or hovered fact says: a title and rows of name and value. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function number(value) {
  return new Intl.NumberFormat("en", { maximumFractionDigits: 6 }).format(value);
}

/* A concrete date range as an editor says it: "7 Apr 2023", "May 2023", "Jun–Aug 2023". */
export function formatRange(range) {
  const a = ISO_DAY.exec(range.start);
  const b = ISO_DAY.exec(range.end);
  if (!a || !b) return range.start + " – " + range.end;
  const [ay, am, ad] = a.slice(1).map(Number);
  const [by, bm, bd] = b.slice(1).map(Number);
  const day = (y, m, d) => d + " " + MONTHS[m - 1] + " " + y;
  if (range.start === range.end) return day(ay, am, ad);
  const lastDay = new Date(Date.UTC(by, bm, 0)).getUTCDate();
  if (ad !== 1 || bd !== lastDay) return day(ay, am, ad) + " – " + day(by, bm, bd);
  if (ay === by && am === 1 && bm === 12) return String(ay);
  if (ay === by && am === bm) return MONTHS[am - 1] + " " + ay;
  if (ay === by) return MONTHS[am - 1] + "–" + MONTHS[bm - 1] + " " + ay;
  return MONTHS[am - 1] + " " + ay + " – " + MONTHS[bm - 1] + " " + by;
}

function change(fact) {
  if (!fact.change) return "";
  const { direction, factor, delta } = fact.change;
  return [direction, factor !== null ? "× " + number(factor) : "",
    delta !== null ? "by " + number(delta) : ""].join(" ").trim();
}

/* [title, [[name, value], ...]] for one span; rows with an empty value are left out. */
export function cardOf(span, quotes) {
  const fact = span.fact;
  const said = (ids) => ids.map((id) => {
    const quote = quotes.find((candidate) => candidate.id === id);
    return quote ? id + " (" + quote.type + ")" : id;
  }).join(", ");
  let title;
  let rows;
  if (span.kind === "actor") {
    title = fact.name;
    rows = [
      ["type", fact.type + " (" + fact.label + ")"],
      ["titles", fact.titles.join("; ")],
      ["aliases", fact.aliases.join(", ")],
      ["this mention", span.mention.kind],
      ["mentions", String(fact.mentions.length)],
      ["salience", fact.salience.toFixed(2)],
      ["says", span.speaks ? said(span.speaks) : ""],
    ];
  } else if (span.kind === "date") {
    title = "“" + fact.text + "”";
    rows = [
      ["type", fact.type],
      ["value", fact.value],
      ["mod", fact.mod || ""],
      ["range", fact.range ? formatRange(fact.range) + " (" + fact.range.start + " to "
        + fact.range.end + ")" : ""],
      ["relative", fact.relative ? "yes: counted from the publication date" : ""],
    ];
  } else if (span.kind === "quantity") {
    title = "“" + fact.text + "”";
    rows = [
      ["value", number(fact.value) + (fact.unit ? " " + fact.unit : "")],
      ["kind", fact.kind],
      ["qualifier", fact.qualifier || ""],
      ["range", fact.range ? number(fact.range.low) + " to " + number(fact.range.high) : ""],
      ["change", change(fact)],
      ["per", fact.per || ""],
    ];
  } else if (span.kind === "quote") {
    title = fact.type + " quote " + fact.id;
    rows = [
      ["speaker", fact.speaker ? fact.speaker.name : "not found"],
      ["cue", fact.cue ? fact.cue.text : ""],
      ["parts", fact.parts.length > 1 ? String(fact.parts.length) : ""],
    ];
  } else {
    title = fact.name;
    rows = [["says", said(span.speaks)]];
  }
  return [title, rows.filter(([, value]) => value)];
}
