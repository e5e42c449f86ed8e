"""Backfills without a server: a JSON-lines file of requests in, one answer a line out.

Line N of OUT answers line N of IN, so a run stopped at any point leaves a prefix of the
answers: the next run counts OUT's complete lines, cuts off a partial last one, skips as many
input lines and appends. Answers are written and flushed a chunk at a time (the articles parsed
together through nlp.pipe), so a kill loses at most the chunk in flight.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, Literal, Never

from marshmallow import ValidationError
from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from .cache import Cache, MemoryCache, make_cache
from .config import load_config
from .errors import Problem, UnreadableBody
from .extract import Pipeline, load_pipeline
from .extractions import Answer, extract_documents
from .loading import read_request
from .ndjson import ndjson_text
from .schemas import ExtractionRequest

_ID = ExtractionRequest().fields["id"]

# Exit statuses, as `newsfacts extract --help` and the README give them.
COMPLETE, USAGE, INTERRUPTED = 0, 2, 130

_BLOCK = 1 << 20
# How the lines written here open (compact JSON, the key or the type first).
_OPENINGS = (b'{"key":', b'{"type":')


class BackfillError(Exception):
    """A file cannot be read or written, or OUT cannot be the answers to IN."""


@dataclass(frozen=True)
class Plan:
    """Where a run starts: IN's line count (None for standard input), the lines OUT answers."""

    source: str
    target: Path
    total: int | None
    done: int
    cut: int  # bytes of a partial last line cut off OUT


@dataclass
class Tally:
    answered: int = 0
    failed: int = 0
    cached: int = 0
    seconds: float = 0.0


def backfill(
    source: str,
    target: Path,
    *,
    model: str | None,
    restart: bool,
    progress: bool | None,
    batch_size: int,
) -> int:
    """Answer every line of `source` (a path, or - for standard input) into `target`."""
    try:
        plan = plan_run(source, target, restart=restart)
    except BackfillError as error:
        return _fail(str(error))
    if plan.total is not None and plan.done == plan.total:
        _say(f"{target} already answers all {plan.total} lines of {source}; nothing to do")
        return COMPLETE
    if plan.done or plan.cut:
        cut = f"; cut off a partial line of {plan.cut:,} bytes" if plan.cut else ""
        _say(f"resuming: {target} already answers lines 1-{plan.done}{cut}")
    config = load_config()
    cache, cache_name = _cache(config)
    tally = Tally()
    try:
        pipeline = load_pipeline(model or config["SPACY_MODEL"])
        with _logging_beside_the_bar():
            answer_lines(
                plan,
                tally,
                pipeline=pipeline,
                cache=cache,
                config=config,
                batch_size=batch_size,
                progress=progress,
            )
    except BackfillError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        written = plan.done + tally.answered
        _say(f"interrupted: {target} answers lines 1-{written}; the same command resumes")
        return INTERRUPTED
    _say(summary(plan, tally, cache_name))
    return COMPLETE


def plan_run(source: str, target: Path, *, restart: bool) -> Plan:
    """Count IN's lines, and make OUT ready to append to: emptied, or cut after its last
    complete line once it is clear OUT holds answers to IN."""
    total = None if source == "-" else _count_input_lines(Path(source))
    if source != "-" and target.exists() and target.samefile(source):
        raise BackfillError(f"{target} is the input too; give another --out")
    if restart or not target.exists():
        _open(target, "wb").close()
        return Plan(source, target, total, 0, 0)
    done, end, size = _scan_output(target)
    if total is not None and done > total:
        raise BackfillError(
            f"{target} has {done} lines, more than the {total} of {source}: it answers another "
            "input (--restart overwrites it)"
        )
    if end < size:
        with _open(target, "r+b") as out:
            out.truncate(end)
    return Plan(source, target, total, done, size - end)


def _count_input_lines(path: Path) -> int:
    with _open(path, "rb") as stream:
        complete, end = _scan(stream)
        # A last line without its newline is a line too.
        return complete + (1 if stream.tell() > end else 0)


def _scan_output(path: Path) -> tuple[int, int, int]:
    """OUT's complete lines, the offset after the last, and its size; refused unless its
    first line is an answer, so that a mistyped --out is not cut or appended to."""
    with _open(path, "rb") as stream:
        first = stream.readline()
        if not _looks_like_an_answer(first):
            raise BackfillError(
                f"{path} is not the output of a backfill (its first line is no Extraction or "
                "problem); give another --out, or --restart to overwrite it"
            )
        stream.seek(0)
        complete, end = _scan(stream)
        return complete, end, stream.tell()


def _looks_like_an_answer(line: bytes) -> bool:
    """An Extraction has a "key", a problem a "type"; a partial line written by a killed run
    (the first is partial only when nothing else was written) opens with one of them."""
    if not line.endswith(b"\n"):
        return any(line.startswith(opening) or opening.startswith(line) for opening in _OPENINGS)
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and ("key" in value or "type" in value)


def _scan(stream: BinaryIO) -> tuple[int, int]:
    """The complete lines (ending in a newline) in `stream`, and the offset just after the last;
    read in blocks, since a backfill's files may not fit in memory."""
    lines = end = offset = 0
    while block := stream.read(_BLOCK):
        count = block.count(b"\n")
        if count:
            lines += count
            end = offset + block.rindex(b"\n") + 1
        offset += len(block)
    return lines, end


def _open(path: Path, mode: Literal["rb", "wb", "ab", "r+b"]) -> BinaryIO:
    try:
        return open(path, mode)  # the caller closes it
    except OSError as error:
        raise BackfillError(f"cannot open {path}: {error.strerror or error}") from error


def answer_lines(
    plan: Plan,
    tally: Tally,
    *,
    pipeline: Pipeline,
    cache: Cache,
    config: dict[str, Any],
    batch_size: int,
    progress: bool | None,
) -> None:
    """Append the answers to IN's lines after the first `plan.done` to OUT, a chunk at a time."""
    limits = {
        "max_text_chars": config["MAX_TEXT_CHARS"],
        "max_html_bytes": config["MAX_HTML_BYTES"],
    }
    # tqdm's convention: no bar unless stderr is a terminal (disable=None), or when asked.
    disable = None if progress is None else not progress
    bar: tqdm[Never] = tqdm(
        total=plan.total,
        initial=plan.done,
        desc="extract",
        unit=" articles",
        disable=disable,
        dynamic_ncols=True,
    )
    started = time.monotonic()
    try:
        with _input(plan.source) as stream, _open(plan.target, "ab") as out, bar:
            lines = islice(_numbered(stream, plan.source), plan.done, None)
            for chunk in _chunks(lines, batch_size):
                answers = _answer_chunk(chunk, pipeline, cache, limits)
                _write(out, plan.target, b"".join(map(_encode, answers)))
                _count(tally, answers)
                bar.set_postfix(failed=tally.failed, cached=tally.cached, refresh=False)
                bar.update(len(chunk))
    finally:
        tally.seconds = time.monotonic() - started


@contextmanager
def _input(source: str) -> Iterator[BinaryIO]:
    if source == "-":
        yield sys.stdin.buffer
        return
    with _open(Path(source), "rb") as stream:
        yield stream


def _numbered(stream: BinaryIO, source: str) -> Iterator[tuple[int, bytes]]:
    """IN's lines with their numbers from 1; split at newlines only (JSON may hold U+2028)."""
    try:
        yield from enumerate(stream, start=1)
    except OSError as error:
        raise BackfillError(f"cannot read {source}: {error.strerror or error}") from error


def _chunks(lines: Iterable[tuple[int, bytes]], size: int) -> Iterator[list[tuple[int, bytes]]]:
    iterator = iter(lines)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _answer_chunk(
    chunk: list[tuple[int, bytes]], pipeline: Pipeline, cache: Cache, limits: dict[str, int]
) -> list[Answer | dict[str, Any]]:
    """Each line's Extraction, or its problem object; the readable ones parsed together."""
    readings = [_read(raw, limits) for _number, raw in chunk]
    loaded = [reading for reading in readings if not isinstance(reading, Problem)]
    answers = extract_documents(
        loaded,
        pipeline=pipeline,
        cache=cache,
        max_text_chars=limits["max_text_chars"],
        batch_size=max(1, len(loaded)),
    )
    results: list[Answer | dict[str, Any]] = []
    for (number, raw), reading in zip(chunk, readings, strict=True):
        if isinstance(reading, Problem):
            results.append(_problem(reading, number, _caller_id(raw)))
            continue
        answer = next(answers)
        if isinstance(answer, Problem):
            results.append(_problem(answer, number, reading["id"]))
        else:
            results.append(answer)
    return results


def _read(raw: bytes, limits: dict[str, int]) -> dict[str, Any] | Problem:
    # Without its line end, so that a JSON error's position is within the line.
    line = raw.removesuffix(b"\n").removesuffix(b"\r")
    if not line.strip():
        return UnreadableBody("The line is empty; each line must be one JSON object.")
    try:
        return read_request(line, what="The line", **limits)
    except Problem as problem:
        return problem


def _caller_id(raw: bytes) -> str | None:
    """The id a refused line gives, so its problem can name it: only an id the schema takes,
    written in UTF-8 (a lone surrogate has no UTF-8 to be written in)."""
    try:
        value = json.loads(raw)
        found = _ID.deserialize(value.get("id")) if isinstance(value, dict) else None
        return found.encode("utf-8").decode("utf-8") if isinstance(found, str) else None
    except (ValueError, RecursionError, ValidationError):  # UnicodeError is a ValueError
        return None


def _problem(problem: Problem, number: int, caller_id: str | None) -> dict[str, Any]:
    """RFC 9457 members, then which input line it answers (and its id): a reader of OUT alone
    can tell which article failed and why."""
    return {**problem.body(), "line": number, "id": caller_id}


def _encode(answer: Answer | dict[str, Any]) -> bytes:
    return ndjson_text(answer.body if isinstance(answer, Answer) else answer).encode() + b"\n"


def _write(out: BinaryIO, target: Path, data: bytes) -> None:
    # Flushed to the kernel per chunk: a killed process loses only the chunk it was parsing.
    try:
        out.write(data)
        out.flush()
    except OSError as error:
        raise BackfillError(f"cannot write {target}: {error.strerror or error}") from error


def _count(tally: Tally, answers: list[Answer | dict[str, Any]]) -> None:
    for answer in answers:
        tally.answered += 1
        if isinstance(answer, Answer):
            tally.cached += answer.cached
        else:
            tally.failed += 1


def _cache(config: dict[str, Any]) -> tuple[Cache, str]:
    """The service's Redis when REDIS_URL names one (a backfill fills it for the API and reuses
    what the API answered); else an LRU in this process. The embedded Redis is not started here:
    its starter stops it at exit, which would pull the cache from under a server that joined it."""
    if config["REDIS_URL"] and config["CACHE_BACKEND"] in ("", "redis"):
        return make_cache({**config, "CACHE_BACKEND": "redis"}), "Redis at REDIS_URL"
    return MemoryCache(config["CACHE_MAX_ENTRIES"], config["CACHE_TTL_SECONDS"]), "in-process"


@contextmanager
def _logging_beside_the_bar() -> Iterator[None]:
    """Our warnings (a failed article, a Redis outage) as plain lines that leave the bar whole.

    Only the service's: a library's (trafilatura on a thin page) would repeat article after
    article, and the article's problem line already says what went wrong with it.
    """
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("newsfacts: %(message)s"))
    handler.addFilter(logging.Filter("service"))
    logging.root.addHandler(handler)
    try:
        with logging_redirect_tqdm():
            yield
    finally:
        logging.root.removeHandler(handler)


def summary(plan: Plan, tally: Tally, cache_name: str) -> str:
    rate = tally.answered / tally.seconds if tally.seconds > 0 else 0.0
    written = plan.done + tally.answered
    of = f" of {plan.total}" if plan.total is not None else ""
    return (
        f"{tally.answered} articles in {tally.seconds:.1f} s ({rate:.1f} articles/s): "
        f"{tally.failed} failed, {tally.cached} from the cache ({cache_name}); "
        f"{plan.target} answers lines 1-{written}{of}"
    )


def _say(message: str) -> None:
    print(f"newsfacts: {message}", file=sys.stderr)


def _fail(message: str) -> int:
    _say(message)
    return USAGE
