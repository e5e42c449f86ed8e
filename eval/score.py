"""Per-layer scoring rules (eval/data/gold/README.md), one file at a time; quotes: score_quotes.py.

Each `score_*` function compares one gold file's layer with our predictions and returns raw counts
(summed over files by the caller, so every figure is micro-averaged) and the gold items we missed
or got wrong. `mode` is gold.FULL (exhaustive: precision is counted) or gold.PARTIAL (recall only).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from service.extract.shared.facts import Actor, DateFact, Quantity

from .gold import FULL

Miss = dict[str, Any]
PRECISION_TYPES = frozenset({"person", "organization", "location"})
_QUOTE_CHARS = re.compile(r"[\"“”„«»‘’‚`]")
_IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child",
                      "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
                      "pence": "penny"}  # fmt: skip


def norm_name(name: str) -> str:
    """Case-insensitive, quote marks and a leading "the" ignored, whitespace collapsed."""
    text = _QUOTE_CHARS.sub("", name).strip(" '").lower()
    text = re.sub(r"\s+", " ", text)
    return text[4:] if text.startswith("the ") else text


def miss(start: int, end: int, gold: str, predicted: str, problem: str) -> Miss:
    """A gold item we missed or got wrong, and what we reported instead."""
    return {"start": start, "end": end, "gold": gold, "predicted": predicted, "problem": problem}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def overlap_len(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def unit_key(unit: str | None) -> str | None:
    """A unit's singular form, lower-cased: "Appeals" and "appeal" compare equal."""
    if unit is None:
        return None
    word = unit.strip().lower()
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(ss|x|ch|sh)es$", word):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)), abs(float(b)))


# --- actors ------------------------------------------------------------------------------------


def gold_names(item: Any) -> set[str]:
    if isinstance(item, str):
        return {norm_name(item)}
    return {norm_name(n) for n in [item.get("name", ""), *item.get("aliases", [])] if n}


def pred_names(actor: Actor) -> set[str]:
    return {norm_name(n) for n in [actor.name, *actor.aliases] if n}


def _first_position(text: str, gold: dict[str, Any]) -> tuple[int, int]:
    if gold.get("mentions"):
        start, end = gold["mentions"][0]
        return int(start), int(end)
    for name in [gold.get("name", ""), *gold.get("aliases", [])]:
        at = text.lower().find(name.lower()) if name else -1
        if at >= 0:
            return at, at + len(name)
    return -1, -1


def _describe_near(gold: dict[str, Any], actors: Sequence[Actor]) -> str:
    """What we had instead of a missed actor: same name with another type, or a related name."""
    names = gold_names(gold)
    same = [a for a in actors if pred_names(a) & names]
    if same:
        return "; ".join(f"{a.name} ({a.type})" for a in same)
    words = {w for n in names for w in n.split() if len(w) > 2}
    near = [a for a in actors if words & {w for n in pred_names(a) for w in n.split()}]
    return "; ".join(f"{a.name} ({a.type})" for a in near[:3]) or "nothing"


def score_actors(
    gold: dict[str, Any], text: str, actors: Sequence[Actor], mode: str
) -> tuple[Counter[str], list[Miss]]:
    counts: Counter[str] = Counter()
    misses: list[Miss] = []
    golds = gold.get("actors", [])
    optional: set[str] = set()
    for item in [*gold.get("optional_actors", []), *gold.get("unnamed_actors", [])]:
        optional |= gold_names(item)
    unnamed = {n for item in gold.get("unnamed_actors", []) for n in gold_names(item)}
    g_names = [gold_names(g) for g in golds]
    p_names = [pred_names(a) for a in actors]
    by_gold = [[j for j, pn in enumerate(p_names) if pn & gn] for gn in g_names]

    for i, g in enumerate(golds):
        counts["gold"] += 1
        typed = [actors[j] for j in by_gold[i] if actors[j].type == g.get("type")]
        if typed:
            counts["found"] += 1
        if len(by_gold[i]) >= 2:
            counts["splits"] += 1
        start, end = _first_position(text, g)
        if not typed:
            label = f"{g['name']} ({g.get('type')})"
            misses.append(miss(start, end, label, _describe_near(g, actors), "missed"))
        _score_mentions(g, typed, counts)
        for title in g.get("titles", []):
            counts["titles_gold"] += 1
            ours = {norm_name(t) for a in typed for t in a.titles}
            counts["titles_found"] += norm_name(title) in ours
    for j, actor in enumerate(actors):
        hit = [gn for gn in g_names if p_names[j] & gn]
        matched = len(hit)
        if matched >= 2:
            counts["merges"] += 1
            # Forced: the gold itself lists two actors under one name (GUM keeps some
            # coreference chains apart), so any actor of that name matches both.
            counts["merges_forced"] += any(sum(n in gn for gn in hit) >= 2 for n in p_names[j])
        if mode != FULL or actor.type not in PRECISION_TYPES:
            continue
        if matched:
            counts["pred_correct"] += 1
        elif p_names[j] & optional:
            counts["pred_optional"] += 1
        else:
            counts["pred_false"] += 1
            # GUM names some people only inside a description ("city mayor Hau Lung-bin"):
            # counted as false by the rule, but shown separately.
            counts["pred_false_in_unnamed"] += any(
                re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", u)
                for n in p_names[j]
                for u in unnamed
            )
    if mode == FULL:
        counts["exhaustive_files"] += 1
    return counts, misses


def _score_mentions(gold: dict[str, Any], typed: Sequence[Actor], counts: Counter[str]) -> None:
    spans = gold.get("mentions") or []
    kinds = gold.get("mention_kinds") or ["name"] * len(spans)
    ours = [m for a in typed for m in a.mentions]
    for (start, end), kind in zip(spans, kinds, strict=False):
        hit = any(overlaps(start, end, m.start, m.end) for m in ours)
        counts["mentions_gold"] += 1
        counts["mentions_found"] += hit
        counts[f"mentions_gold:{kind}"] += 1
        counts[f"mentions_found:{kind}"] += hit


# --- dates and quantities ----------------------------------------------------------------------


def _spans_precision(counts: Counter[str], golds: Sequence[dict[str, Any]], preds: Iterable[Any]):
    counts["exhaustive_files"] += 1
    for p in preds:
        counts["pred"] += 1
        counts["pred_matched"] += any(overlaps(p.start, p.end, g["start"], g["end"]) for g in golds)


def marks_an_end(d: DateFact, g: dict[str, Any]) -> bool:
    """A predicted range whose end the gold date marks ("from 1980 to 2012" against a gold
    "2012"): the range ends on a day of the gold value and the two spans end together; likewise
    for its start."""
    if d.range is None or d.start == d.end:
        return False
    value = str(g["value"])
    ends = d.end == g["end"] and d.range.end.startswith(value)
    starts = d.start == g["start"] and d.range.start.startswith(value)
    return ends or starts


def score_dates(
    gold: dict[str, Any], dates: Sequence[DateFact], mode: str
) -> tuple[Counter[str], list[Miss]]:
    counts: Counter[str] = Counter()
    misses: list[Miss] = []
    golds = gold.get("dates", [])
    for g in golds:
        near = [d for d in dates if overlaps(d.start, d.end, g["start"], g["end"])]
        counts["gold"] += 1
        counts["found"] += bool(near)
        ours = "; ".join(f"{d.text!r} = {d.value}" for d in near) or "nothing"
        item = {"start": g["start"], "end": g["end"], "predicted": ours}
        if not g.get("value"):
            if not near:
                misses.append({**item, "gold": repr(g["text"]), "problem": "missed"})
            continue
        counts["gold_valued"] += 1
        accepted = {g["value"], *g.get("alt", [])}
        correct = any(d.value in accepted or marks_an_end(d, g) for d in near)
        counts["correct"] += correct
        if not correct:
            problem = "wrong value" if near else "missed"
            misses.append({**item, "gold": f"{g['text']!r} = {g['value']}", "problem": problem})
    if mode == FULL:
        _spans_precision(counts, golds, dates)
    return counts, misses


def quantity_correct(g: dict[str, Any], q: Quantity) -> bool:
    """Value equal (when gold has one) and unit equal up to singular/plural and case."""
    if g.get("value") is not None and not same_number(g["value"], q.value):
        return False
    return g.get("unit") is None or unit_key(g["unit"]) == unit_key(q.unit)


def score_quantities(
    gold: dict[str, Any], quantities: Sequence[Quantity], mode: str
) -> tuple[Counter[str], list[Miss]]:
    counts: Counter[str] = Counter()
    misses: list[Miss] = []
    golds = gold.get("quantities", [])
    for g in golds:
        near = [q for q in quantities if overlaps(q.start, q.end, g["start"], g["end"])]
        counts["gold"] += 1
        counts["found"] += bool(near)
        ours = "; ".join(f"{q.text!r} = {q.value:g} {q.unit or ''}".strip() for q in near)
        item = {"start": g["start"], "end": g["end"], "predicted": ours or "nothing"}
        label = f"{g['text']!r}"
        if g.get("value") is None and g.get("unit") is None:
            if not near:
                misses.append({**item, "gold": label, "problem": "missed"})
            continue
        label += f" = {g.get('value')} {g.get('unit') or ''}".rstrip()
        counts["gold_valued"] += 1
        right = [q for q in near if quantity_correct(g, q)]
        counts["correct"] += bool(right)
        best = (right or near or [None])[0]
        counts["qualifier_gold"] += 1
        qualifier_ok = best is not None and best.qualifier == g.get("qualifier")
        counts["qualifier_correct"] += qualifier_ok
        if not right:
            misses.append({**item, "gold": label, "problem": "wrong value" if near else "missed"})
        elif not qualifier_ok:
            misses.append({**item, "gold": f"{label} ({g.get('qualifier')})",
                           "problem": f"qualifier {best.qualifier}"})  # fmt: skip
    if mode == FULL:
        _spans_precision(counts, golds, quantities)
    return counts, misses
