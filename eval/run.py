"""Run the pipeline over the gold files, score each layer, and turn counts into metrics."""

from __future__ import annotations

import re
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .gold import CORPORA, LAYERS, SUMMARIES, GoldDoc, summaries_of
from .score import score_actors, score_dates, score_quantities
from .score_quotes import QUOTE_TYPES, score_quotes

MENTION_KINDS: tuple[str, ...] = ("name", "pronoun", "nominal")
DOC_SECONDS = 120
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise TimeoutError if the block runs longer (an extractor stuck in a loop fails one file)."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"took more than {seconds}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def score_doc(doc: GoldDoc, result: Any) -> dict[str, tuple[Counter[str], list[dict[str, Any]]]]:
    """Counts and misses for every scored layer of one gold file."""
    out: dict[str, tuple[Counter[str], list[dict[str, Any]]]] = {}
    for layer in LAYERS:
        mode = doc.mode(layer)
        if mode is None:
            continue
        if layer == "actors":
            out[layer] = score_actors(doc.gold, doc.text, result.actors, mode)
        elif layer == "dates":
            out[layer] = score_dates(doc.gold, result.dates, mode)
        elif layer == "quantities":
            out[layer] = score_quantities(doc.gold, result.quantities, mode)
        else:
            out[layer] = score_quotes(doc, result.quotes, result.actors, mode)
    return out


def evaluate(docs: Sequence[GoldDoc], pipeline: Any) -> dict[str, Any]:
    """Sum counts per layer x corpus (and "all"); collect misses with their sentence."""
    from service.extract.pipeline import Extraction

    totals: dict[str, dict[str, Counter[str]]] = {layer: {} for layer in LAYERS}
    misses: dict[str, list[dict[str, Any]]] = {layer: [] for layer in LAYERS}
    errors: list[str] = []
    for doc in docs:
        try:
            with time_limit(DOC_SECONDS):
                result = pipeline.run(doc.text, published=doc.published)
        except Exception as error:  # a crash scores as "found nothing", and is reported
            errors.append(f"{doc.id}: {error!r}")
            print(f"eval: pipeline failed on {doc.id}: {error!r}", file=sys.stderr)
            result = Extraction(len(doc.text), "en", doc.published, None)
        for layer, (counts, found_misses) in score_doc(doc, result).items():
            counts["files"] += 1
            for corpus in (doc.corpus, *summaries_of(doc.corpus)):
                totals[layer].setdefault(corpus, Counter()).update(counts)
            for miss in found_misses:
                sentence = sentence_around(doc.text, miss["start"], miss["end"])
                misses[layer].append({**miss, "file": doc.id, "sentence": sentence})
    layers = {
        layer: {
            corpus: {
                "counts": dict(totals[layer][corpus]),
                "metrics": metrics(layer, totals[layer][corpus]),
            }
            for corpus in (*CORPORA, *SUMMARIES)
            if corpus in totals[layer]
        }
        for layer in LAYERS
    }
    return {"layers": layers, "misses": misses, "errors": errors}


def sentence_around(text: str, start: int, end: int, width: int = 160) -> str:
    """The sentence holding text[start:end], on one line, trimmed to about `width` characters."""
    if start < 0:
        return ""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    right = m.start() + 1 if m else len(text)
    sentence = " ".join(text[left:right].split())
    if len(sentence) <= width:
        return sentence
    at = len(" ".join(text[left:start].split()))
    lo = max(0, min(at - width // 3, len(sentence) - width))
    return (
        ("…" if lo else "")
        + sentence[lo : lo + width]
        + ("…" if lo + width < len(sentence) else "")
    )


def ratio(num: int | float, den: int | float) -> float | None:
    return num / den if den else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(c: Counter[str], p: float | None) -> dict[str, float | int | None]:
    """Gold count, precision (given), recall and F1 of one layer's summed counts."""
    r = ratio(c["found"], c["gold"])
    return {"gold": c["gold"], "P": p, "R": r, "F1": f1(p, r)}


def metrics(layer: str, c: Counter[str]) -> dict[str, float | int | None]:
    """Figures from summed counts: P only where some file is exhaustive for the layer."""
    m: dict[str, float | int | None] = {"files": c["files"]}
    if layer == "actors":
        p = (
            ratio(c["pred_correct"], c["pred_correct"] + c["pred_false"])
            if c["exhaustive_files"]
            else None
        )
        m |= _prf(c, p)
        m |= {"merges": c["merges"], "splits": c["splits"]}
        m["merges_forced"] = c["merges_forced"]
        m["false_actors"] = c["pred_false"] if c["exhaustive_files"] else None
        m["false_actors_in_unnamed"] = c["pred_false_in_unnamed"] if c["exhaustive_files"] else None
        m["mention_recall"] = ratio(c["mentions_found"], c["mentions_gold"])
        present = sorted(k.split(":", 1)[1] for k in c if k.startswith("mentions_gold:"))
        for kind in [*MENTION_KINDS, *(k for k in present if k not in MENTION_KINDS)]:
            m[f"mention_recall:{kind}"] = ratio(
                c[f"mentions_found:{kind}"], c[f"mentions_gold:{kind}"]
            )
        m["title_recall"] = ratio(c["titles_found"], c["titles_gold"])
    elif layer in ("dates", "quantities"):
        p = ratio(c["pred_matched"], c["pred"]) if c["exhaustive_files"] else None
        m |= _prf(c, p)
        m["value_acc"] = ratio(c["correct"], c["gold_valued"])
        if layer == "quantities":
            m["qualifier_acc"] = ratio(c["qualifier_correct"], c["qualifier_gold"])
    else:
        gold = sum(c[f"gold:{t}"] for t in QUOTE_TYPES)
        found = sum(c[f"found:{t}"] for t in QUOTE_TYPES)
        m |= {"gold": gold, "R": ratio(found, gold)}
        m["attribution"] = ratio(
            sum(c[f"attributed:{t}"] for t in QUOTE_TYPES),
            sum(c[f"attributable:{t}"] for t in QUOTE_TYPES),
        )
        for t in QUOTE_TYPES:
            m[f"gold:{t}"] = c[f"gold:{t}"]
            m[f"R:{t}"] = ratio(c[f"found:{t}"], c[f"gold:{t}"])
            m[f"attribution:{t}"] = ratio(c[f"attributed:{t}"], c[f"attributable:{t}"])
            m[f"false:{t}"] = c[f"false:{t}"] if c["exhaustive_files"] else None
        if c["exhaustive_files"]:
            m["false_quotes"] = sum(c[f"false:{t}"] for t in QUOTE_TYPES)
            m["predicted"] = sum(c[f"pred:{t}"] for t in QUOTE_TYPES)
        if c["partial_files"]:
            m["unmatched_direct"] = c["unmatched_direct"]
            m["direct_predicted_partial_files"] = c["pred_direct_unscored"]
    return m
