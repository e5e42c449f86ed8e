"""The bench's pure helpers: percentiles, smaps_rollup parsing, distinct texts. No server, no
model, and no timing is asserted."""

from __future__ import annotations

import pytest

from bench.cache_cost import compare, cost_summary, per_article_ratio
from bench.corpus import Article, distinct_bodies, distinct_text, word_count
from bench.load import Outcome, summarise
from bench.memory import parse_smaps_rollup, private_kib, shared_kib, stat_cpu_ticks
from bench.report import goal_verdict, one_in, render
from bench.server_load import hit_versus_miss
from bench.stats import latency_summary, percentile, ratio


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([], 50, None),
        ([7.0], 0, 7.0),
        ([7.0], 99, 7.0),
        ([1.0, 2.0], 50, 1.5),
        ([3.0, 1.0, 2.0], 50, 2.0),  # unsorted input
        ([1.0, 2.0, 3.0, 4.0], 50, 2.5),
        ([1.0, 2.0, 3.0, 4.0], 0, 1.0),
        ([1.0, 2.0, 3.0, 4.0], 100, 4.0),
        ([1.0, 2.0, 3.0, 4.0], 25, 1.75),
        (list(range(1, 101)), 95, 95.05),  # numpy's "linear": 1 + 0.95 * 99
        (list(range(1, 101)), 99, 99.01),
        ([5.0, 5.0, 5.0], 95, 5.0),
    ],
)
def test_percentile(values: list[float], q: float, expected: float | None) -> None:
    result = percentile(values, q)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


@pytest.mark.parametrize("q", [-1, 100.5, float("nan")])
def test_percentile_rejects_out_of_range(q: float) -> None:
    with pytest.raises(ValueError):
        percentile([1.0], q)


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        ([], {"p50_ms": None, "p99_ms": None, "mean_ms": None, "max_ms": None}),
        ([0.010, 0.020, 0.030], {"p50_ms": 20.0, "mean_ms": 20.0, "max_ms": 30.0}),
    ],
)
def test_latency_summary_in_milliseconds(seconds: list[float], expected: dict[str, float]) -> None:
    summary = latency_summary(seconds)
    for name, value in expected.items():
        assert summary[name] == (None if value is None else pytest.approx(value))


def test_summarise_counts_non_200_and_exceptions_as_errors() -> None:
    outcomes = [
        Outcome(0.1, 200, "miss", None),
        Outcome(0.2, 200, "hit", None),
        Outcome(0.3, 503, None, "not ready"),
        Outcome(0.4, None, None, "ConnectionError"),
    ]
    summary = summarise(outcomes, planned=5, wall_seconds=2.0, concurrency=2)
    assert (summary["sent"], summary["not_sent"], summary["ok"], summary["errors"]) == (4, 1, 2, 2)
    assert summary["statuses"] == {"200": 2, "503": 1, "exception": 1}
    assert summary["x_cache"] == {"hit": 1, "miss": 1, "none": 2}
    assert summary["throughput_rps"] == 1.0  # ok answers only
    assert summary["max_ms"] == 200.0  # latencies of ok answers only


SMAPS_ROLLUP = """\
558a5e8b4000-7fff870c0000 ---p 00000000 00:00 0                          [rollup]
Rss:              188172 kB
Pss:               68007 kB
Pss_Dirty:         60000 kB
Shared_Clean:      52436 kB
Shared_Dirty:     126096 kB
Private_Clean:      3104 kB
Private_Dirty:      6536 kB
Swap:                  0 kB
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SMAPS_ROLLUP,
            {
                "Rss": 188172,
                "Pss": 68007,
                "Pss_Dirty": 60000,
                "Shared_Clean": 52436,
                "Shared_Dirty": 126096,
                "Private_Clean": 3104,
                "Private_Dirty": 6536,
                "Swap": 0,
            },
        ),
        ("", {}),
        ("Rss: 12 kB\nOdd line\nPss: x kB\nRss_Pages: 3 pages\n", {"Rss": 12}),
    ],
)
def test_parse_smaps_rollup(text: str, expected: dict[str, int]) -> None:
    assert parse_smaps_rollup(text) == expected


def test_shared_and_private_sum_clean_and_dirty() -> None:
    rollup = parse_smaps_rollup(SMAPS_ROLLUP)
    assert shared_kib(rollup) == 52436 + 126096
    assert private_kib(rollup) == 3104 + 6536
    assert shared_kib({}) == private_kib({}) == 0


@pytest.mark.parametrize(
    ("stat", "ticks"),
    [
        ("12458 (gunicorn) S 1 12458 12458 0 -1 4194560 9 0 0 0 250 31 0 0 20 0 1 0", 281),
        ("7 (a) b (c)) R 1 7 7 0 -1 0 0 0 0 0 3 4 0 0 20 0 1 0", 7),  # odd command name
    ],
)
def test_stat_cpu_ticks(stat: str, ticks: int) -> None:
    assert stat_cpu_ticks(stat) == ticks


ARTICLES = [
    Article("a.json", "Alpha said so.\n", "2023-04-07"),
    Article("b.json", "Beta did it.", None),
]


@pytest.mark.parametrize(
    ("text", "number", "tag", "expected"),
    [
        ("Alpha said so.\n", 7, "Reference", "Alpha said so.\n\nReference 7."),
        ("Beta.", 0, "Warm-up", "Beta.\n\nWarm-up 0."),
    ],
)
def test_distinct_text(text: str, number: int, tag: str, expected: str) -> None:
    assert distinct_text(text, number, tag) == expected


@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_distinct_bodies_are_distinct_and_cycle_the_articles(count: int) -> None:
    bodies = distinct_bodies(ARTICLES, count)
    assert len(bodies) == count
    assert len({body["text"] for body in bodies}) == count
    for number, body in enumerate(bodies):
        article = ARTICLES[number % len(ARTICLES)]
        assert body["text"].startswith(article.text.rstrip())
        assert body["text"].endswith(f"Reference {number}.")
        assert body.get("published") == article.published


def test_distinct_bodies_with_other_tags_or_numbers_do_not_collide() -> None:
    first = {b["text"] for b in distinct_bodies(ARTICLES, 4)}
    warmup = {b["text"] for b in distinct_bodies(ARTICLES, 4, tag="Warm-up")}
    later = {b["text"] for b in distinct_bodies(ARTICLES, 4, start=4)}
    assert not first & warmup and not first & later


@pytest.mark.parametrize(("text", "words"), [("", 0), ("one", 1), (" two  words\n", 2)])
def test_word_count(text: str, words: int) -> None:
    assert word_count(text) == words


@pytest.mark.parametrize(
    ("miss", "hit", "expected"),
    [(150.0, 1.5, 100.0), (10.0, 3.0, 3.3), (None, 1.0, None), (1.0, None, None), (1.0, 0.0, None)],
)
def test_ratio_of_a_miss_to_a_hit(miss: float | None, hit: float | None, expected: float) -> None:
    assert ratio(miss, hit) == expected


def test_cost_summary_in_milliseconds() -> None:
    summary = cost_summary([0.001, 0.002, 0.006], [0.002, 0.003, 0.010])
    assert summary == {
        "requests": 3,
        "cpu_ms_mean": 3.0,
        "cpu_ms_p50": 2.0,
        "wall_ms_mean": 5.0,
        "wall_ms_p50": 3.0,
    }
    assert cost_summary([], [])["cpu_ms_mean"] is None


def test_compare_divides_the_means() -> None:
    miss = cost_summary([0.2, 0.4], [0.3, 0.5])
    hit = cost_summary([0.002, 0.002], [0.004, 0.004])
    assert compare(miss, hit) == {"ratio_cpu": 150.0, "ratio_wall": 100.0, "goal_ratio": 100}


def test_per_article_ratio_pairs_each_miss_with_its_own_hits() -> None:
    # Two rounds of hits over three articles, in the order of the misses.
    misses = [0.100, 0.300, 0.050]
    hits = [0.001, 0.002, 0.001, 0.001, 0.004, 0.001]
    assert per_article_ratio(misses, hits) == 100.0  # the median of 100, 100 and 50
    assert per_article_ratio(misses, hits[:4]) is None  # not whole rounds
    assert per_article_ratio([], []) is None


def test_hit_versus_miss_through_the_server() -> None:
    uncached = {"server_cpu_ms_per_request": 150.0, "p50_ms": 240.0}
    cached = {"server_cpu_ms_per_request": 1.5, "p50_ms": 8.0}
    assert hit_versus_miss(uncached, cached) == {
        "ratio_cpu": 100.0,
        "ratio_p50": 30.0,
        "goal_ratio": 100,
    }
    assert hit_versus_miss(uncached, {})["ratio_cpu"] is None


def test_the_report_gives_hit_and_miss_cost_and_their_ratio() -> None:
    costs = {"requests": 2, "cpu_ms_p50": 1.0, "wall_ms_mean": 1.0, "wall_ms_p50": 1.0}
    results = {
        "started": "2026-12-07T10:00:00+00:00",
        "machine": {
            "cores": 2,
            "cpu_model": "x",
            "memory_mib": 1,
            "platform": "p",
            "python": "3.11",
            "spacy": "3.8",
            "model": "m",
            "model_version": "1",
            "gunicorn": "23",
        },
        "cache": {
            "articles": 2,
            "hit_rounds": 5,
            "redis_url": "redis://127.0.0.1:6379/15",
            "miss": {**costs, "cpu_ms_mean": 150.0, "x_cache": {"miss": 2}},
            "hit": {**costs, "requests": 10, "cpu_ms_mean": 1.2, "x_cache": {"hit": 10}},
            "ratio_cpu": 125.0,
            "ratio_wall": 1.0,
            "ratio_cpu_per_article_p50": 90.0,
            "goal_ratio": 100,
        },
        "seconds": 1.0,
        "json": "latest.json",
    }
    text = render(results)
    assert "Cache-hit versus miss cost" in text
    assert "a hit costs 1/125 of a miss by mean CPU (goal at most 1/100: met)" in text
    assert "per article, the median is 1/90 by CPU" in text
    assert one_in(None) == "-" and one_in(61.2) == "1/61.2"
    assert goal_verdict(99.9, 100) == goal_verdict(None, 100) == "goal at most 1/100: not met"
