"""Examples for dates/compose.py (neighbouring facts joined into one: ranges, a day and its clock
time). Each row: text and reference day in, (text, type, value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import extract_dates
from tests.extract.dates.helpers import (
    FRIDAY,
    Facts,
    FirstRange,
    Reference,
    facts_of,
    first_range_of,
)

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # a day and the clock time written next to it are one moment; a comma keeps them apart
    (
        "The vote is tomorrow at 10am.",
        FRIDAY,
        [("tomorrow at 10am", "TIME", "2023-04-08T10:00")],
    ),
    (
        "It ended at 16:15 UTC on April 6th.",
        FRIDAY,
        [("16:15 UTC on April 6th", "TIME", "2023-04-06T16:15Z")],
    ),
    # a day and a deadline clock time: one TIME, the link word its mod (see test_mods too)
    (
        "I'll be back Thursday before 5pm",
        FRIDAY,
        [("Thursday before 5pm", "TIME", "2023-04-13T17:00")],
    ),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_compose(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("Prices rose from 2019 to 2021.", None, ("from 2019 to 2021", "2019", "2021-12-31")),
        (
            "Sales grew between 2007 and 2009.",
            None,
            ("between 2007 and 2009", "2007", "2009-12-31"),
        ),
        (
            "It ran Nov 18-Dec 19, 2015.",
            FRIDAY,
            ("Nov 18-Dec 19, 2015", "2015-11-18", "2015-12-19"),
        ),
        (
            "My vacation is 10/1/2018 - 10/7/2018.",
            None,
            ("10/1/2018 - 10/7/2018", "2018-10-01", "2018-10-07"),
        ),
        ("The range is 2014~2018.", None, ("2014~2018", "2014", "2018-12-31")),
        # "this" before the opening month reads against the reference, the closing year stays
        (
            "I will leave from this May to Oct 2020",
            date(2018, 10, 24),
            ("from this May to Oct 2020", "2018-05", "2020-10-31"),
        ),
        # a bare closing weekday follows the opening one
        (
            "I will be off from next monday to friday",
            date(2019, 9, 5),
            ("from next monday to friday", "2019-09-09", "2019-09-13"),
        ),
        # "now" as an end is the reference day; "the end of" still closes with its period
        (
            "I have finished my work between Jan 22 and now",
            date(2019, 4, 25),
            ("between Jan 22 and now", "2019-01-22", "2019-04-25"),
        ),
        (
            "It has been closed from April until the end of June.",
            date(2016, 11, 7),
            ("from April until the end of June", "2016-04", "2016-06-30"),
        ),
        # not ranges: two dates joined by "and", or a date and the period around it
        ("Elections were held in 2019 and 2021.", None, ("2019", "2019", "2019-12-31")),
        ("Shares rose 2 to 3 March on news.", None, ("3 March", "XXXX-03-03", None)),
        ("They met on May 3 and 5.", FRIDAY, ("May 3", "2023-05-03", "2023-05-03")),
        ("Rates for June 3 to 5 percent.", None, ("June 3", "XXXX-06-03", None)),
        ("It opened February 6 - this year.", FRIDAY, ("February 6", "2023-02-06", "2023-02-06")),
    ],
)
def test_ranges(nlp: Any, text: str, reference: Reference, expected: FirstRange) -> None:
    """A range is one DATE from its opening value to the last day of its closing one."""
    assert first_range_of(nlp, text, reference) == expected


def test_slash_pairs_without_opener_or_year_are_not_dates(nlp: Any) -> None:
    assert extract_dates(nlp("Scores were 1/2-3/4 on both."), reference=FRIDAY) == []
