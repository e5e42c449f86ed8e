"""Single days in rarer forms and days counted from another day: (text, reference) in, facts out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from service.extract.dates import extract_dates


def facts_of(nlp: Any, text: str, reference: date | datetime | None) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in extract_dates(nlp(text), reference=reference)]


MAY_20 = datetime(2019, 5, 20, 12, 0)


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        # a weekday beside an explicit month and day: the month and day win, in one fact
        ("It is due friday 5/12", MAY_20, [("friday 5/12", "DATE", "2019-05-12")]),
        ("It is due next friday 5/12", MAY_20, [("next friday 5/12", "DATE", "2019-05-12")]),
        (
            "A call on this Friday 7.6 with Jim.",
            MAY_20,
            [("this Friday 7.6", "DATE", "2019-07-06")],
        ),
        (
            "A call this Friday-Jun-15 with Jim",
            date(2018, 6, 20),
            [("this Friday-Jun-15", "DATE", "2018-06-15")],
        ),
        (
            "A call this friday (jun-15) with Jim",
            date(2018, 6, 20),
            [("this friday (jun-15)", "DATE", "2018-06-15")],
        ),
        ("Results are due on Friday, 5/15.", MAY_20, [("Friday, 5/15", "DATE", "2019-05-15")]),
        # a stated direction: next = the first such day after the reference
        ("It is due this 5/12", MAY_20, [("this 5/12", "DATE", "2019-05-12")]),
        ("It is due next 5/12", MAY_20, [("next 5/12", "DATE", "2020-05-12")]),
        ("It is due next 6th of April", MAY_20, [("next 6th of April", "DATE", "2020-04-06")]),
        # month and day without a year, where the words around make it a date
        (
            "Find us 30 minutes on 11/20, 11/22 or 11/25",
            date(2018, 11, 28),
            [
                ("30 minutes", "DURATION", "PT30M"),
                ("11/20", "DATE", "2018-11-20"),
                ("11/22", "DATE", "2018-11-22"),
                ("11/25", "DATE", "2018-11-25"),
            ],
        ),
        (
            "The date? 11/20, 12 of Nov?",
            date(2018, 11, 28),
            [("11/20", "DATE", "2018-11-20"), ("12 of Nov", "DATE", "2018-11-12")],
        ),  # fmt: skip
        ("He won 3/4 of the vote on 1/2 of the days.", MAY_20, []),
        ("Since 9/11 the city has changed.", MAY_20, []),
        ("I drank coffee on mar4.", date(2019, 7, 17), [("mar4", "DATE", "2019-03-04")]),
        # the nth day of a month
        (
            "We will come back on the 15th day of next month",
            date(2020, 7, 1),
            [("the 15th day of next month", "DATE", "2020-08-15")],
        ),
        (
            "We will come back on the twenty third day of September",
            date(2020, 7, 1),
            [("the twenty third day of September", "DATE", "2020-09-23")],
        ),
        (
            "Set something up around the 21st this month.",
            date(2018, 8, 8),
            [("the 21st this month", "DATE", "2018-08-21")],
        ),
        ("Police said on the 15th day of the hunger strike he collapsed.", MAY_20, []),
        # rarer spellings
        (
            "Set it up for October, 1st.",
            date(2018, 8, 21),
            [("October, 1st", "DATE", "2018-10-01")],
        ),
        (
            "I am looking at 18 and 19 June.",
            date(2018, 8, 29),
            [("18", "DATE", "2018-06-18"), ("19 June.", "DATE", "2018-06-19")],
        ),
        ("On 2016 10 16, the conference started.", None, [("2016 10 16", "DATE", "2016-10-16")]),
        ("In 2015 12 people died.", None, [("2015", "DATE", "2015")]),
        ("I'll go back September-2020-23.", None, [("September-2020-23", "DATE", "2020-09-23")]),
        ("i'll go back 23-2020-September", None, [("23-2020-September", "DATE", "2020-09-23")]),
        ("I was born in April of 87", date(2018, 1, 7), [("April of 87", "DATE", "1987-04")]),
        (
            "I was born on 15 April of 87",
            date(2018, 1, 7),
            [("15 April of 87", "DATE", "1987-04-15")],
        ),
        ("He left in April of '05 and came back.", None, [("April of '05", "DATE", "2005-04")]),
    ],
)
def test_day_forms(
    nlp: Any, text: str, reference: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert facts_of(nlp, text, reference) == expected


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        # "in two weeks": a point ahead unless the clause is past or measures a record
        (
            "We will meet in 2 weeks, so please schedule a meeting in 2 weeks.",
            date(2018, 3, 23),
            [("2 weeks", "DATE", "2018-04-06"), ("2 weeks", "DATE", "2018-04-06")],
        ),
        ("The tickets sold out in 2 weeks.", date(2018, 3, 23), [("2 weeks", "DURATION", "P2W")]),
        ("Oil is at its highest level in two years.", MAY_20, [("two years", "DURATION", "P2Y")]),
        ("in a fortnight's time", date(2021, 5, 20), [("a fortnight", "DATE", "2021-06-03")]),
        # "N later": from the day last spoken of, else from the reference
        (
            "He was arrested on March 3. Two days later, he was freed.",
            date(2015, 5, 7),
            [("March 3", "DATE", "2015-03-03"), ("Two days later", "DATE", "2015-03-05")],
        ),
        (
            "The company was founded in 2001. Three years later it went public.",
            date(2015, 5, 7),
            [("2001", "DATE", "2001"), ("Three years later", "DATE", "2004")],
        ),
        (
            "It played out in Kolkata a fortnight later.",
            date(2021, 5, 20),
            [("a fortnight later", "DATE", "2021-06-03")],
        ),
        (
            "I left here 2 years 1 month 21 days later",
            date(2017, 11, 23),
            [("2 years 1 month 21 days later", "DATE", "2020-01-13")],
        ),
        (
            "Let's take a walk 30 minutes later",
            datetime(2019, 5, 27, 12, 0),
            [("30 minutes later", "TIME", "2019-05-27T12:30")],
        ),
        ("It arrives three days later than planned.", MAY_20, [("three days", "DURATION", "P3D")]),
        # counted from a day named by a rare word
        (
            "Are you available three weeks from tmrw?",
            date(2018, 5, 31),
            [("three weeks from tmrw", "DATE", "2018-06-22"), ("tmrw", "DATE", "2018-06-01")],
        ),
        (
            "We will meet 5 days before new year.",
            date(2016, 11, 7),
            [("5 days before new year", "DATE", "2016-12-27"), ("new year", "DATE", "2017-01-01")],
        ),
        ("Sales rose after new year celebrations.", date(2016, 11, 7), []),
        # a weekday qualifying a counted day: that weekday in the counted day's week
        (
            "I'll go back Monday two weeks from now.",
            date(2016, 11, 9),
            [("Monday two weeks from now", "DATE", "2016-11-21"), ("now", "DATE", "PRESENT_REF")],
        ),
        (
            "I'll go back 3 weeks after Christmas on Friday.",
            date(2021, 1, 2),
            [
                ("3 weeks after Christmas on Friday", "DATE", "2022-01-14"),
                ("Christmas", "DATE", "2021-12-25"),
            ],
        ),
        (
            "I'll go back Sunday 3 weeks after January 15th.",
            date(2021, 1, 2),
            [
                ("Sunday 3 weeks after January 15th", "DATE", "2021-01-31"),
                ("January 15th", "DATE", "2021-01-15"),
            ],
        ),
        # days named from the day last spoken of, else from the reference
        (
            "What's your plan for the day after?",
            date(2018, 11, 8),
            [("the day after", "DATE", "2018-11-09")],
        ),  # fmt: skip
        (
            "Do you have any arrangement on following Friday?",
            date(2019, 1, 31),
            [("following Friday", "DATE", "2019-02-01")],
        ),
        (
            "He was charged on Monday, March 2. The previous Wednesday he had fled.",
            date(2015, 5, 7),
            [
                ("Monday, March 2", "DATE", "2015-03-02"),
                ("previous Wednesday", "DATE", "2015-02-25"),
            ],
        ),
    ],
)
def test_counted_days(
    nlp: Any, text: str, reference: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert facts_of(nlp, text, reference) == expected


def test_after_before_qualify_the_nth_day(nlp: Any) -> None:
    """The mod of "after the 15th day of June" comes with the words in front of the day."""
    (fact,) = extract_dates(
        nlp("We will come back after the 15th day of next month"), reference=date(2020, 7, 1)
    )
    assert (fact.text, fact.value, fact.mod) == (
        "after the 15th day of next month",
        "2020-08-15",
        "AFTER",
    )
