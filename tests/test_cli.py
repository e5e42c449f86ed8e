"""`python -m service extract FILE` prints the Extraction JSON without a server; `... extract
--jsonl IN --out OUT` answers a file of requests, one a line, and resumes where it stopped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_extract_a_text_file(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Prime Minister Jacinda Ardern said on Friday that 50 people died.")
    result = run_cli("extract", str(article), "--published", "2019-03-16")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["document"]["published"] == "2019-03-16"
    assert {"actors", "dates", "quantities", "quotes", "meta"} <= set(document)


def test_extract_html_from_stdin() -> None:
    result = run_cli("extract", "-", "--html", stdin="<p>Paris is in France.</p>")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["text"] == "Paris is in France."


def test_a_bad_date_is_refused_with_the_field_named(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Some text.")
    result = run_cli("extract", str(article), "--published", "yesterday")
    assert result.returncode == 2
    assert "published" in result.stderr


@pytest.mark.parametrize(
    "content, said",
    [
        (None, "No such file or directory"),
        (b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
        (b"", "The text is empty or only white space."),
        (b" \n\t\n", "The text is empty or only white space."),
    ],
)
def test_bad_input_is_one_clear_line_and_status_2(
    tmp_path: Path, content: bytes | None, said: str
) -> None:
    article = tmp_path / "article.txt"
    if content is not None:
        article.write_bytes(content)
    result = run_cli("extract", str(article))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfacts: ") and said in lines[0]


ARDERN = "Prime Minister Jacinda Ardern said on Friday that 50 people died."
PARIS = "Paris is in France. The mayor said on Monday that the bridge would reopen next month."
COUNCIL = "The council approved the budget last October, after 3,000 residents signed a petition."


def _no_redis() -> dict[str, str]:
    """The environment without REDIS_URL: the backfill's cache is then its own, in process."""
    return {name: value for name, value in os.environ.items() if name != "REDIS_URL"}


def _jsonl(*lines: dict[str, Any] | str) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)


def _backfill(
    source: Path, out: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "extract", "--jsonl", str(source), "--out", str(out), *args, env=env or _no_redis()
    )


def _answers(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _settled(answer: dict[str, Any]) -> dict[str, Any]:
    """An answer without what says how this run got it (timing, cache): the rest must not
    depend on chunking, the cache or a resumed run."""
    meta = answer.get("meta", {})
    kept = {name: value for name, value in meta.items() if name not in ("elapsed_ms", "cached")}
    return {**answer, "meta": kept}


def test_a_backfill_answers_each_line_in_order(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        _jsonl(
            {"text": ARDERN, "published": "2019-03-16", "id": "first"},
            '{"text": "unfinished',
            {"text": PARIS, "published": "yesterday", "id": "bad-date"},
            {"text": ARDERN, "published": "2019-03-16", "id": "again"},
            {"text": PARIS, "id": "last"},
            '{"text": "half a character", "id": "\\ud800"}',
        )
    )
    result = _backfill(source, out, "--batch-size", "2", "--progress")
    assert result.returncode == 0, result.stderr
    first, unreadable, invalid, again, last, surrogate = _answers(out)
    assert [first["document"]["id"], again["document"]["id"], last["document"]["id"]] == [
        "first",
        "again",
        "last",
    ]
    assert unreadable["status"] == 400 and unreadable["line"] == 2
    assert "not valid JSON" in unreadable["detail"]
    assert invalid["status"] == 422 and invalid["line"] == 3 and invalid["id"] == "bad-date"
    assert "published" in invalid["errors"]
    # An id that cannot be written in UTF-8 is not echoed: the line number says which line.
    assert surrogate["status"] == 400 and surrogate["line"] == 6 and surrogate["id"] is None
    # The same article under another id: answered from the cache, with its own id.
    assert again["key"] == first["key"] and again["meta"]["cached"] is True
    assert "articles/s" in result.stderr  # the bar, forced on though stderr is a pipe
    summary = result.stderr.splitlines()[-1]
    assert "6 articles" in summary and "3 failed" in summary and "1 from the cache" in summary


def test_a_resumed_backfill_ends_as_a_straight_run_does(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        _jsonl(
            {"text": ARDERN, "published": "2019-03-16", "id": "a"},
            {"text": PARIS, "published": "2023-04-07", "id": "b"},
            "not json",
            {"text": COUNCIL, "published": "2023-04-07", "id": "d"},
        )
    )
    straight, resumed = tmp_path / "straight.jsonl", tmp_path / "resumed.jsonl"
    assert _backfill(source, straight, "--batch-size", "2").returncode == 0
    # A run killed while writing line 2: line 1 complete, half of line 2.
    first, second = straight.read_bytes().splitlines(keepends=True)[:2]
    resumed.write_bytes(first + second[: len(second) // 2])

    result = _backfill(source, resumed, "--batch-size", "2")
    assert result.returncode == 0, result.stderr
    assert "already answers lines 1-1; cut off a partial line" in result.stderr
    assert [_settled(a) for a in _answers(resumed)] == [_settled(a) for a in _answers(straight)]
    assert _answers(resumed)[2]["line"] == 3  # numbered in IN, not from where the run resumed

    finished = resumed.read_bytes()
    again = _backfill(source, resumed)
    assert again.returncode == 0 and "nothing to do" in again.stderr
    assert resumed.read_bytes() == finished


def test_a_backfill_shares_the_services_redis_cache(
    tmp_path: Path, client: FlaskClient, redis_url: str
) -> None:
    """With REDIS_URL, a backfill reuses what the API answered and fills the cache for it."""
    ardern = {"text": ARDERN, "published": "2019-03-16"}
    paris = {"text": PARIS, "published": "2023-04-07"}
    assert client.post("/v1/extractions", json=ardern).headers["X-Cache"] == "miss"
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(_jsonl({**ardern, "id": "x"}, {**paris, "id": "y"}))
    env = {**_no_redis(), "REDIS_URL": redis_url}

    result = _backfill(source, out, env=env)
    assert result.returncode == 0, result.stderr
    assert [a["meta"]["cached"] for a in _answers(out)] == [True, False]
    assert client.post("/v1/extractions", json=paris).headers["X-Cache"] == "hit"

    # --restart answers every line again (here all from the cache) over the old file.
    result = _backfill(source, out, "--restart", env=env)
    assert result.returncode == 0, result.stderr
    assert "2 from the cache (Redis at REDIS_URL)" in result.stderr
    assert [a["document"]["id"] for a in _answers(out)] == ["x", "y"]


@pytest.mark.parametrize(
    "args, said",
    [
        (["extract", "article.txt", "--jsonl", "in.jsonl"], "give FILE or --jsonl IN, not both"),
        (["extract", "--jsonl", "in.jsonl"], "--jsonl needs --out OUT"),
        (["extract", "--jsonl", "in.jsonl", "--out", "o", "--html"], "--html: only with FILE"),
        (["extract", "article.txt", "--restart"], "--restart: only with --jsonl"),
    ],
)
def test_backfill_usage_errors_are_status_2(args: list[str], said: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert said in result.stderr


def test_a_backfill_leaves_a_file_that_is_not_its_output_alone(tmp_path: Path) -> None:
    source, notes = tmp_path / "in.jsonl", tmp_path / "notes.txt"
    source.write_text(_jsonl({"text": ARDERN}))
    notes.write_text("my notes\nhalf a line")
    result = _backfill(source, notes)
    assert result.returncode == 2
    assert "not the output of a backfill" in result.stderr
    assert notes.read_text() == "my notes\nhalf a line"
