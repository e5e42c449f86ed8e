"""Pipeline speed in one process: our Pipeline.run against bare spaCy over the same gold texts."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

from .corpus import Article
from .stats import median

GOAL_RATIO = 1.25  # ours / nlp.pipe, from the issue: the extractors may add at most a quarter

MODES = ("ours", "spacy_each", "spacy_pipe")
LABELS = {
    "ours": "ours: Pipeline.run(text) each",
    "spacy_each": "spaCy: nlp(text) each",
    "spacy_pipe": "spaCy: list(nlp.pipe(texts))",
}


def _runners(pipeline: Any, articles: list[Article]) -> dict[str, Callable[[], None]]:
    nlp = pipeline.nlp  # the very Language object our pipeline parses with
    texts = [article.text for article in articles]
    dated = [(article.text, article.published_date()) for article in articles]

    def ours() -> None:
        for text, published in dated:
            pipeline.run(text, published=published)

    def spacy_each() -> None:
        for text in texts:
            nlp(text)

    def spacy_pipe() -> None:
        list(nlp.pipe(texts))

    return {"ours": ours, "spacy_each": spacy_each, "spacy_pipe": spacy_pipe}


def _timed(run: Callable[[], None]) -> tuple[float, float]:
    """Wall seconds and this process's CPU seconds (less disturbed by other busy processes)."""
    gc.collect()
    cpu = time.process_time()
    started = time.perf_counter()
    run()
    return time.perf_counter() - started, time.process_time() - cpu


def measure(
    pipeline: Any, articles: list[Article], *, rounds: int, log: Callable[[str], None]
) -> dict[str, Any]:
    """Warm up every mode once, then `rounds` rounds of all modes (interleaved); medians."""
    runners = _runners(pipeline, articles)
    words = sum(article.words for article in articles)
    log(f"pipeline: warm-up over {len(articles)} articles")
    warmup = {mode: round(_timed(run)[0], 4) for mode, run in runners.items()}
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    cpu_times: dict[str, list[float]] = {mode: [] for mode in MODES}
    for number in range(1, rounds + 1):
        # Rotate the order each round so no mode always runs first (or right after another).
        order = MODES[number % len(MODES) :] + MODES[: number % len(MODES)]
        for mode in order:
            wall, cpu = _timed(runners[mode])
            times[mode].append(wall)
            cpu_times[mode].append(cpu)
        log(
            f"pipeline: round {number}/{rounds}: "
            + ", ".join(f"{mode} {times[mode][-1]:.2f}s" for mode in MODES)
        )
    modes = {}
    for mode in MODES:
        seconds = median(times[mode])
        modes[mode] = {
            "label": LABELS[mode],
            "seconds_median": round(seconds, 4),
            "seconds_rounds": [round(value, 4) for value in times[mode]],
            "cpu_seconds_median": round(median(cpu_times[mode]), 4),
            "cpu_seconds_rounds": [round(value, 4) for value in cpu_times[mode]],
            "articles_per_second": round(len(articles) / seconds, 2),
            "words_per_second": round(words / seconds, 1),
        }
    ours = modes["ours"]["seconds_median"]
    return {
        "model": getattr(pipeline, "model", None),
        "pipeline_version": getattr(pipeline, "version", None),
        "articles": len(articles),
        "words": words,
        "rounds": rounds,
        "warmup_seconds": warmup,
        "modes": modes,
        "ratio_vs_pipe": round(ours / modes["spacy_pipe"]["seconds_median"], 3),
        "ratio_vs_each": round(ours / modes["spacy_each"]["seconds_median"], 3),
        "cpu_ratio_vs_pipe": _ratio(modes, "ours", "spacy_pipe", "cpu_seconds_median"),
        "cpu_ratio_vs_each": _ratio(modes, "ours", "spacy_each", "cpu_seconds_median"),
        "goal_ratio_vs_pipe": GOAL_RATIO,
    }


def _ratio(modes: dict[str, Any], top: str, bottom: str, key: str) -> float | None:
    below = modes[bottom][key]
    return round(modes[top][key] / below, 3) if below else None


def run(model: str, articles: list[Article], *, rounds: int, log: Callable[[str], None]) -> Any:
    """Load the model (timed) and measure; the caller turns exceptions into a failed part."""
    from service.extract import load_pipeline

    started = time.perf_counter()
    pipeline = load_pipeline(model)
    load_seconds = time.perf_counter() - started
    log(f"pipeline: loaded {model} in {load_seconds:.1f}s")
    result = measure(pipeline, articles, rounds=rounds, log=log)
    result["load_seconds"] = round(load_seconds, 2)
    return result
