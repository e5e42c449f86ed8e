"""Examples for dates/extractor.py, the steps after the rules: a clock time takes the day of its
line, the words before a fact become its mod, "since the start of" names a first day, and the
offsets of every fact point into the text."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import extract_dates
from tests.extract.dates.helpers import FRIDAY, Facts, Reference, facts_of

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # clock times take the date of their line
    (
        "Update 4/8/2023, 5:55 p.m. ET: The story was updated.",
        FRIDAY,
        [("4/8/2023", "DATE", "2023-04-08"), ("5:55 p.m. ET", "TIME", "2023-04-08T17:55")],
    ),
    ("Trading stopped at 14:48 UTC.", FRIDAY, [("14:48 UTC", "TIME", "2023-04-07T14:48Z")]),
    # ... not of a sentence before it, however long the paragraph
    (
        "The hall will reopen after Christmas next year, the mayor said in a long statement. "
        "Her deputy joined her at a quarter to noon.",
        FRIDAY,
        [
            ("Christmas next year", "DATE", "2024-12-25"),
            ("a quarter to noon", "TIME", "2023-04-07T11:45"),
        ],
    ),
    # ... and, told in the past with no day of its own, the latest day told before it, not one
    # on the line above nor one the text looks ahead to
    (
        "A man was arrested Thursday afternoon after a standoff.\n"
        "He is set to be arraigned at 1 p.m. Friday, Aug. 23.\n"
        "The incident began around 8:30 a.m. when police responded to a report.",
        date(2024, 8, 23),
        [
            ("Thursday", "DATE", "2024-08-22"),
            ("afternoon", "TIME", "2024-08-22TAF"),
            ("1 p.m. Friday, Aug. 23", "TIME", "2024-08-23T13:00"),
            ("8:30 a.m.", "TIME", "2024-08-22T08:30"),
        ],
    ),
    # "since the start of" names the first day
    (
        "The Dow has fallen since the start of this year.",
        date(2009, 2, 20),
        [("the start of this year", "DATE", "2009-01-01")],
    ),
    # a story of long ago (a biography): a day or month without a year is of the year last named
    (
        "Galois was born in 1811. He entered school in 1823 and was arrested in 1831. "
        "The report reached him in October; he died on 31 May in Paris.",
        date(2004, 8, 18),
        [
            ("1811", "DATE", "1811"),
            ("1823", "DATE", "1823"),
            ("1831", "DATE", "1831"),
            ("October", "DATE", "1831-10"),
            ("31 May", "DATE", "1831-05-31"),
        ],
    ),
    # ... and "two years later" there is the story's year moved on
    (
        "Bernoulli was born on 8 February 1700. He studied in 1715 and went to Venice in "
        "1724. Two years later he moved.",
        date(2002, 3, 30),
        [
            ("8 February 1700", "DATE", "1700-02-08"),
            ("1715", "DATE", "1715"),
            ("1724", "DATE", "1724"),
            ("Two years later", "DATE", "1726"),
        ],
    ),
    # in news, a year written in the sentence before anchors a bare month; further back, not
    (
        "The plant opened in 2019. In March it closed.",
        date(2024, 6, 7),
        [("2019", "DATE", "2019"), ("March", "DATE", "2019-03")],
    ),
    (
        "The plant opened in 2019. Workers were hired. Costs rose. In March it closed.",
        date(2024, 6, 7),
        [("2019", "DATE", "2019"), ("March", "DATE", "2024-03")],
    ),
    # ... unless "this year" comes after the year written
    (
        "The firm has grown since its debut in 2015 and is the best stock this year. Its "
        "shares fell on Oct. 4 after a report.",
        date(2017, 10, 11),
        [
            ("2015", "DATE", "2015"),
            ("this year", "DATE", "2017"),
            ("Oct. 4", "DATE", "2017-10-04"),
        ],
    ),
    # a modal or a deadline points a bare weekday or holiday ahead; a guess about a date does not
    (
        "We have one senator in the hospital, so we can't do it by Friday.",
        date(2017, 9, 28),
        [("Friday", "DATE", "2017-09-29")],
    ),
    (
        "The president is adamant about seeing this bill on his desk by Independence Day.",
        date(2025, 6, 26),
        [("Independence Day", "DATE", "2025-07-04")],
    ),
    (
        "A glitch in the computer system pushed the filing until possibly Monday.",
        date(2020, 1, 24),
        [("Monday", "DATE", "2020-01-27")],
    ),
    # a forecast looks ahead: predicted to, expected (passive, present), could begin to
    (
        "The hurricane is predicted to hit the coast late Thursday.",
        date(2018, 9, 11),
        [("late Thursday", "DATE", "2018-09-13")],
    ),
    ("Landfall is expected Thursday.", date(2018, 9, 11), [("Thursday", "DATE", "2018-09-13")]),
    (
        "The Carolinas could begin to feel the storm as early as Wednesday.",
        date(2018, 9, 11),
        [("Wednesday", "DATE", "2018-09-12")],
    ),
    # an imperative looks ahead
    (
        "See you ten minutes past 6pm on Friday.",
        date(2024, 3, 14),
        [("ten minutes past 6pm on Friday", "TIME", "2024-03-15T18:10")],
    ),
    (
        "I don't remember the date; it should be Tuesday.",
        date(2018, 11, 15),
        [("Tuesday", "DATE", "2018-11-13")],
    ),
    # a record's stretch is a duration, whatever the tense ("plans to tour")
    (
        "David Gilmour has announced his plans to tour for the first time in eight years.",
        date(2024, 5, 10),
        [("eight years", "DURATION", "P8Y")],
    ),
    # a year named in the sentence is no anchor for a day the text looks ahead to
    (
        "The duo's sixth LP, the follow-up to 2021's album, will drop on May 17.",
        date(2024, 5, 10),
        [("2021", "DATE", "2021"), ("May 17", "DATE", "2024-05-17")],
    ),
    # news that names recent years keeps the reference's year
    (
        "Sales rose in 2021, 2022 and 2023. The firm hired staff in October.",
        date(2024, 2, 1),
        [
            ("2021", "DATE", "2021"),
            ("2022", "DATE", "2022"),
            ("2023", "DATE", "2023"),
            ("October", "DATE", "2023-10"),
        ],
    ),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_extractor(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("After more than a year of war", FRIDAY, ("more than a year", "MORE_THAN")),
        ("It lasted almost 15 years.", None, ("almost 15 years", "LESS_THAN")),
        ("Rules are due by the end of the year.", FRIDAY, ("the end of the year", "END")),
        ("Earlier in March, officials met.", FRIDAY, ("Earlier in March", "START")),
        ("Bids close Friday by 5pm.", FRIDAY, ("Friday by 5pm", "BEFORE")),
        ("Rain is due Monday after 9 p.m.", FRIDAY, ("Monday after 9 p.m.", "AFTER")),
        (
            "After the third month of 2021, rules change.",
            None,
            ("After the third month of 2021", "AFTER"),
        ),
    ],
)
def test_mods(nlp: Any, text: str, reference: date | None, expected: tuple[str, str]) -> None:
    facts = extract_dates(nlp(text), reference=reference)
    assert [(f.text, f.mod) for f in facts] == [expected]


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("It began last September.", FRIDAY, (True, ("2022-09-01", "2022-09-30"))),
        ("It began on May 7, 2015.", FRIDAY, (False, ("2015-05-07", "2015-05-07"))),
        ("It began in winter.", FRIDAY, (True, ("2022-12-01", "2023-02-28"))),
        ("It lasted two years.", FRIDAY, (False, None)),
    ],
)
def test_relative_flag_and_range(
    nlp: Any, text: str, reference: date | None, expected: tuple[bool, tuple[str, str] | None]
) -> None:
    (fact,) = extract_dates(nlp(text), reference=reference)
    span = (fact.range.start, fact.range.end) if fact.range else None
    assert (fact.relative, span) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Update 4/8/2023, 5:55 p.m. ET: On Friday, last February, for more than a year, per day.",
        "Ügyes  café — on Monday\n\nthe 1990s and 12:00 UTC Monday, “yesterday” ✓ three weeks ago",
    ],
)
def test_offsets_point_into_text(nlp: Any, text: str) -> None:
    facts = extract_dates(nlp(text), reference=FRIDAY)
    assert facts
    assert all(text[f.start : f.end] == f.text and f.id == "" for f in facts)
    assert [f.start for f in facts] == sorted(f.start for f in facts)
