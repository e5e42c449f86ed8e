"""Recognizers-Text conformance cases (eval/data/conformance/recognizers/README.md).

datetime: a case is correct when every expected entity has an overlapping date of ours whose value
equals the TIMEX value, or whose resolved date / range equals one of the spec's `resolution`
entries; a negative case (expected []) is correct when we output nothing.
A range may also be given as two dates (the issue allows "two dates or a range"): two of our dates
inside its span, the first beginning at the spec's start and the second at the spec's end. The
spec's end is where its closing expression begins ("from 2014 to 2018" ends 2018-01-01, "from 5
to 6pm" at 18:00), so that is the point compared. The report counts the cases that pass only so.
numbers and units: every expected entity needs an overlapping quantity of ours with an equal value
and, for unit files, the same unit once the spec's unit name is mapped to ours (units_map.py).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from service.extract.shared.facts import DateFact, Quantity

from .run import time_limit
from .score import overlaps, same_number
from .units_map import NEGATIVE_KINDS, NUMBER_FILES, expected_units

DEFAULT_DIR = Path(__file__).parent / "data" / "conformance" / "recognizers"
_DATEISH = re.compile(r"\d{4}-\d\d-\d\d(T\d\d(:\d\d){0,2})?|T\d\d(:\d\d){0,2}")
CASE_SECONDS = 20
_INTERVAL = re.compile(r"^([\[(])\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*([\])])$")


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def canon_time(value: str) -> str:
    """One spelling: "2016-11-07 16:12:00" == "2016-11-07T16:12" and "T11" == "11:00"."""
    text = value.strip().replace(" ", "T")
    text = re.sub(r"(\d\d:\d\d):00$", r"\1", text)
    text = text[1:] if text.startswith("T") else text
    return text + ":00" if re.fullmatch(r"(.*T)?\d\d", text) else text


def _next_day(value: str) -> str | None:
    try:
        return (date.fromisoformat(value) + timedelta(days=1)).isoformat()
    except ValueError:
        return None


_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT|NT|ME[BLD])$")


def _same_part_of_day(expected: dict[str, Any], value: str) -> bool:
    """ "in the morning" (TMO): ours names the morning of a day the spec resolves to, or of the
    reference day when the spec leaves the day open, like a clock time without a date."""
    part = _PART_OF_DAY.search(str(expected.get("value")))
    if part is None or not value.endswith(part[0]) or not _DATEISH.fullmatch(value[:10]):
        return False
    days = {str(r.get("start", r.get("value", "")))[:10] for r in expected.get("resolution") or []}
    return expected["value"] == part[0] or value[:10] in days


def date_matches(expected: dict[str, Any], ours: DateFact) -> bool:
    """Our value equals the TIMEX value, or our resolution equals one of the spec's.

    Range ends: the spec's end is exclusive (the day after), ours is the last day covered;
    both readings are accepted. A clock time the spec leaves without a date ("T19:56:30") is
    matched by ours anchored to the reference day ("2016-11-07T19:56:30"): same time of day.
    An open range ("before 5pm Thursday": only an end) is matched by our moment at its bound
    when ours carries BEFORE or AFTER.
    """
    if ours.value == expected.get("value") or _same_part_of_day(expected, ours.value):
        return True
    resolved = set()
    if _DATEISH.fullmatch(ours.value):
        resolved.add(canon_time(ours.value))
        if "T" in ours.value[1:]:
            resolved.add(canon_time(ours.value).split("T", 1)[1])
    if _DATEISH.fullmatch(str(expected.get("value"))):
        if canon_time(str(expected["value"])) in resolved:
            return True
    if ours.range is not None and ours.range.start == ours.range.end:
        resolved.add(canon_time(ours.range.start))
    for entry in expected.get("resolution") or []:
        if "value" in entry and canon_time(str(entry["value"])) in resolved:
            return True
        bound = entry.get("end", entry.get("start")) if len(entry) == 1 else None
        if bound and ours.mod in ("BEFORE", "AFTER") and canon_time(bound) in resolved:
            return True  # "before 5pm Thursday": the open range's bound is our qualified moment
        if ("start" in entry or "end" in entry) and ours.range is not None:
            start_ok = "start" not in entry or canon_time(entry["start"]) == ours.range.start
            end = entry.get("end")
            end_ok = end is None or canon_time(end) in (ours.range.end, _next_day(ours.range.end))
            if start_ok and end_ok:
                return True
    return False


def _begins(fact: DateFact) -> set[str]:
    """The moments a fact begins at, as the spec may spell them: a day, a date-time, a clock."""
    if fact.type == "TIME" and _DATEISH.fullmatch(fact.value):
        moment = canon_time(fact.value)
        return {moment, moment.split("T", 1)[1]} if "T" in moment else {moment}
    return {fact.range.start} if fact.type == "DATE" and fact.range is not None else set()


def endpoints_match(expected: dict[str, Any], near: Sequence[DateFact]) -> bool:
    """A range written as two of our dates: one begins at its start, a later one at its end."""
    spans = [r for r in expected.get("resolution") or [] if r.get("start") and r.get("end")]
    ends = [(canon_time(r["start"]), canon_time(r["end"])) for r in spans]
    inside = [d for d in near if expected["start"] <= d.start and d.end <= expected["end"]]
    return any(
        start in _begins(first) and end in _begins(second)
        for start, end in ends
        for first in inside
        for second in inside
        if first.end <= second.start
    )


def datetime_case_correct(
    case: dict[str, Any], dates: Sequence[DateFact], *, as_two_dates: bool = True
) -> bool:
    expected = case["expected"]
    if not expected:
        return not dates
    for e in expected:
        near = [d for d in dates if overlaps(d.start, d.end, e["start"], e["end"])]
        if not any(date_matches(e, d) for d in near) and not (
            as_two_dates and endpoints_match(e, near)
        ):
            return False
    return True


def _interval_matches(value: str, q: Quantity) -> bool:
    """ "[20,100)" = our range 20..100; "(3000,)" = more than 3000; "[5000,5000]" = 5000."""
    m = _INTERVAL.match(value.replace(" ", ""))
    if m is None:
        return False
    opening, low, high, closing = m.groups()
    if low and high:
        if float(low) == float(high):
            return same_number(q.value, float(low)) and q.range is None
        return q.range is not None and (
            same_number(q.range.low, float(low)) and same_number(q.range.high, float(high))
        )
    if low:
        wanted = {"(": ("more than",), "[": ("at least",)}[opening]
        return same_number(q.value, float(low)) and q.qualifier in wanted
    if high:
        wanted = {")": ("less than",), "]": ("at most", "up to")}[closing]
        return same_number(q.value, float(high)) and q.qualifier in wanted
    return False


def quantity_matches(kind: str, expected: dict[str, Any], q: Quantity) -> bool:
    if kind == "number_range":
        return _interval_matches(str(expected["value"]), q)
    if not same_number(q.value, expected.get("value")):
        return False
    units = expected_units(kind, expected)
    return units is None or q.unit in units


def number_case_correct(kind: str, case: dict[str, Any], quantities: Sequence[Quantity]) -> bool:
    expected = case["expected"]
    if not expected:
        return not any(NEGATIVE_KINDS[kind](q) for q in quantities)
    for e in expected:
        near = [q for q in quantities if overlaps(q.start, q.end, e["start"], e["end"])]
        if not any(quantity_matches(kind, e, q) for q in near):
            return False
    return True


def case_type(case: dict[str, Any]) -> str:
    types = {e["type"] for e in case["expected"]}
    return "negative" if not types else types.pop() if len(types) == 1 else "mixed"


def _reference(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def run_conformance(nlp: Any, directory: Path = DEFAULT_DIR) -> dict[str, Any]:
    """Score every case file found; returns {"files": {name: {...}}, "datetime_types": {...}}."""
    files: dict[str, Any] = {}
    by_type: dict[str, Counter[str]] = {}
    for name in ("datetime", *NUMBER_FILES):
        path = directory / f"{name}.jsonl"
        if not path.exists():
            continue
        cases = load_cases(path)
        counts: Counter[str] = Counter()
        failures: list[dict[str, Any]] = []
        for case, doc in zip(cases, nlp.pipe(c["input"] for c in cases), strict=True):
            facts: list[Any]
            try:
                with time_limit(CASE_SECONDS):
                    ok, facts = _check(name, case, doc)
            except Exception as error:  # an extractor crash is a failed case
                counts["errors"] += 1
                facts, ok = [f"error: {error!r}"], False
            counts["cases"] += 1
            counts["correct"] += ok
            if name == "datetime" and ok:
                counts["as_two_dates"] += not datetime_case_correct(case, facts, as_two_dates=False)
            if name == "datetime":
                row = by_type.setdefault(case_type(case), Counter())
                row["cases"] += 1
                row["correct"] += ok
            if not ok and len(failures) < 20:
                failures.append({"input": case["input"], "expected": case["expected"],
                                 "ours": [_brief(f) for f in facts]})  # fmt: skip
        files[name] = {**counts, "failures": failures}
    return {"files": files, "datetime_types": {k: dict(v) for k, v in sorted(by_type.items())}}


def _check(name: str, case: dict[str, Any], doc: Any) -> tuple[bool, list[Any]]:
    from service.extract.dates import extract_dates
    from service.extract.quantities import extract_quantities

    if name == "datetime":
        dates = extract_dates(doc, reference=_reference(case["reference"]))
        return datetime_case_correct(case, dates), dates
    quantities = extract_quantities(doc)
    return number_case_correct(name, case, quantities), quantities


def _brief(fact: Any) -> Any:
    if isinstance(fact, DateFact):
        rng = f" [{fact.range.start}..{fact.range.end}]" if fact.range else ""
        return f"{fact.text!r} {fact.type} {fact.value}{rng}"
    if isinstance(fact, Quantity):
        extra = f" {fact.qualifier}" if fact.qualifier else ""
        rng = f" [{fact.range.low:g}..{fact.range.high:g}]" if fact.range else ""
        return f"{fact.text!r} {fact.value:g} {fact.unit}{extra}{rng}"
    return str(fact)
