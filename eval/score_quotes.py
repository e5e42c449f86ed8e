"""Quote scoring rules (eval/data/gold/README.md): found, attributed, false quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from service.extract.shared.facts import Actor, Quote

from .gold import FULL
from .score import Miss, gold_names, miss, norm_name, overlap_len, overlaps, pred_names

QUOTE_TYPES: tuple[str, ...] = ("direct", "partial", "indirect")
# Speaker mentions that name nobody by themselves: they must resolve to the gold speaker.
PRONOUNS = frozenset(
    "he she they it we i you him her them his hers their its our us this that who".split()
)


def attributed(g: dict[str, Any], q: Quote, actors: Sequence[Actor], golds: Sequence[dict]) -> bool:
    """Speaker name (or its actor's name/alias) matches the gold speaker, or spans overlap.

    The gold speaker's own aliases (from the gold actor of that name) count as the speaker too.
    A pronoun over the gold speaker's local mention counts as the README says, unless it
    resolves to someone the gold does not name: "he said" given to the wrong man is no
    attribution (an unresolved "he" over the gold's "he" still is; `local_pronoun` tells them
    apart so the report can count them).
    """
    if q.speaker is None:
        return False
    if local_pronoun(g, q):
        return q.speaker.actor_id is None or _names_the_speaker(g, q, actors, golds)
    span = g.get("speaker_span")
    if span and overlaps(q.speaker.start, q.speaker.end, span[0], span[1]):
        return True
    return _names_the_speaker(g, q, actors, golds)


def local_pronoun(g: dict[str, Any], q: Quote) -> bool:
    """`q`'s speaker is a pronoun over the gold's local mention of a speaker the gold names."""
    span = g.get("speaker_span")
    if q.speaker is None or not span:
        return False
    named = norm_name(g.get("speaker") or "") not in PRONOUNS | {""}
    pronoun = norm_name(q.speaker.text) in PRONOUNS
    return named and pronoun and overlaps(q.speaker.start, q.speaker.end, span[0], span[1])


def _names_the_speaker(
    g: dict[str, Any], q: Quote, actors: Sequence[Actor], golds: Sequence[dict]
) -> bool:
    assert q.speaker is not None
    wanted = {norm_name(g.get("speaker") or "")} - {""}
    for actor in golds:
        if gold_names(actor) & wanted:
            wanted |= gold_names(actor)
    ours = {norm_name(q.speaker.name)}
    for actor in actors:
        if q.speaker.actor_id and actor.id == q.speaker.actor_id:
            ours |= pred_names(actor)
    return bool(ours & wanted)


def finding(g: dict[str, Any], quotes: Sequence[Quote]) -> list[Quote]:
    """The predictions that find a gold quote (eval/data/gold/README.md):
    - one overlapping at least half of it;
    - else the pieces of an interrupted quote inside it, with one speaker, covering half of it
      together ("A," she said. "B" marked as one span);
    - else a partial quote inside it (the gold marks the whole reported clause around it)."""
    start, end = g["start"], g["end"]
    whole = [q for q in quotes if 2 * overlap_len(q.start, q.end, start, end) >= end - start]
    if whole:
        return whole
    inside = [q for q in quotes if start <= q.start and q.end <= end]
    by_speaker: dict[tuple[str | None, str], list[Quote]] = {}
    for q in inside:
        if q.speaker is not None:
            by_speaker.setdefault((q.speaker.actor_id, q.speaker.name), []).append(q)
    for pieces in by_speaker.values():
        if len(pieces) > 1 and 2 * sum(q.end - q.start for q in pieces) >= end - start:
            return pieces
    return [q for q in inside if q.type == "partial"]


def _tolerated(item: dict[str, Any], q: Quote) -> bool:
    """A not_quotes item whose note allows a speakerless partial quote over it."""
    note = str(item.get("note", "")).lower()
    return "partial quote without a speaker" in note and q.type == "partial" and q.speaker is None


def score_quotes(
    gold_doc: Any, quotes: Sequence[Quote], actors: Sequence[Actor], mode: str
) -> tuple[Counter[str], list[Miss]]:
    counts: Counter[str] = Counter()
    misses: list[Miss] = []
    golds = gold_doc.quotes
    gold_actors = gold_doc.gold.get("actors", [])
    for g in golds:
        kind = g.get("type", "direct")
        hits = finding(g, quotes)
        counts[f"gold:{kind}"] += 1
        counts[f"found:{kind}"] += bool(hits)
        # Attribution is measured over found quotes whose gold says who spoke (GUM's extra files
        # mark quote spans without speakers).
        says_who = bool(g.get("speaker") or g.get("speaker_span"))
        counts[f"attributable:{kind}"] += bool(hits) and says_who
        right = [q for q in hits if says_who and attributed(g, q, actors, gold_actors)]
        ok = bool(right)
        counts[f"attributed:{kind}"] += ok
        # Attributed only by an unresolved pronoun over the gold's "he": reported apart.
        counts[f"attributed_unresolved:{kind}"] += ok and all(
            local_pronoun(g, q) and q.speaker is not None and q.speaker.actor_id is None
            for q in right
        )
        label = f"{kind} {g['text'][:60]!r} by {g.get('speaker')}"
        if not hits:
            part = [q for q in quotes if overlaps(q.start, q.end, g["start"], g["end"])]
            ours = "; ".join(f"{q.type} {q.text[:40]!r}" for q in part) or "nothing"
            misses.append(miss(g["start"], g["end"], label, ours, "missed"))
        elif says_who and not ok:
            ours = "; ".join(q.speaker.text if q.speaker else "no speaker" for q in hits)
            misses.append(miss(g["start"], g["end"], label, f"speaker {ours}", "not attributed"))
    not_quotes = gold_doc.gold.get("not_quotes", [])
    for q in quotes:
        over_gold = any(overlaps(q.start, q.end, g["start"], g["end"]) for g in golds)
        over_not = [n for n in not_quotes if overlaps(q.start, q.end, n["start"], n["end"])]
        if mode == FULL:
            refused = [n for n in over_not if not _tolerated(n, q)]
            if over_not and not refused and not over_gold:
                continue  # allowed by the item's note: neither right nor wrong
            counts[f"pred:{q.type}"] += 1
            counts[f"false:{q.type}"] += bool(refused) or not over_gold
        elif q.type == "direct":
            counts["pred_direct_unscored"] += 1
            counts["unmatched_direct"] += not over_gold
    counts["exhaustive_files" if mode == FULL else "partial_files"] += 1
    return counts, misses
