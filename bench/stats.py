"""Pure helpers for the numbers: percentiles and latency summaries (no I/O, no timing)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0..100), interpolating linearly between the closest ranks.

    The same definition as numpy's default ("linear"): rank (n - 1) * q / 100 into the sorted
    values. None for no values.
    """
    if not 0 <= q <= 100 or math.isnan(q):
        raise ValueError(f"percentile must be within 0..100, not {q}")
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    if low == high:
        return float(ordered[low])
    fraction = rank - low
    return ordered[low] + (ordered[high] - ordered[low]) * fraction


def latency_summary(seconds: Sequence[float]) -> dict[str, float | None]:
    """p50/p95/p99/mean/max of latencies given in seconds, reported in milliseconds."""

    def ms(value: float | None) -> float | None:
        return None if value is None else round(value * 1000, 2)

    return {
        "p50_ms": ms(percentile(seconds, 50)),
        "p95_ms": ms(percentile(seconds, 95)),
        "p99_ms": ms(percentile(seconds, 99)),
        "mean_ms": ms(statistics.fmean(seconds)) if seconds else None,
        "max_ms": ms(max(seconds)) if seconds else None,
    }


def median(values: Sequence[float]) -> float:
    """The median of the rounds (statistics.median, named here so callers read alike)."""
    return float(statistics.median(values))


# Issue 16: a cache hit at least 100 times cheaper than a miss.
HIT_VERSUS_MISS_GOAL = 100


def ratio(miss: float | None, hit: float | None) -> float | None:
    """How many cache hits cost as much as one miss (None when either is unknown, or hits are
    free as far as the clock can tell)."""
    if miss is None or not hit:
        return None
    return round(miss / hit, 1)
