"""Table tests for the dates extractor: (text, reference) in, (text, type, value) out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from service.extract.dates import extract_dates, find_publication_date
from service.extract.dates.resolve import resolve_relative_date, value_range

FRIDAY = date(2023, 4, 7)  # the Newsweek article's publication date, a Friday


def facts_of(nlp: Any, text: str, reference: date | None) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.value) for f in extract_dates(nlp(text), reference=reference)]


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        # explicit dates in common written forms
        ("It was signed on May 7, 2015.", None, [("May 7, 2015", "DATE", "2015-05-07")]),
        (
            "Published Thursday, May 7, 2015",
            None,
            [("Thursday, May 7, 2015", "DATE", "2015-05-07")],
        ),
        ("It opened on 14th February 2019.", None, [("14th February 2019", "DATE", "2019-02-14")]),
        ("They met in July 2003.", None, [("July 2003", "DATE", "2003-07")]),
        ("The plant closed in 1998.", None, [("1998", "DATE", "1998")]),
        ("Cars of the 1990s were boxy.", None, [("the 1990s", "DATE", "199")]),
        (
            "Losses in the fourth quarter of 2005 grew.",
            None,
            [("the fourth quarter of 2005", "DATE", "2005-Q4")],
        ),
        ("Deliveries resume in spring 2024.", None, [("spring 2024", "DATE", "2024-SP")]),
        # relative expressions anchored on the reference
        ("The ministry said on Friday that it agreed.", FRIDAY, [("Friday", "DATE", "2023-04-07")]),
        ("The talks collapsed on Tuesday.", FRIDAY, [("Tuesday", "DATE", "2023-04-04")]),
        ("The trial will begin on Wednesday.", FRIDAY, [("Wednesday", "DATE", "2023-04-12")]),
        ("Russia invaded Ukraine last February.", FRIDAY, [("last February", "DATE", "2022-02")]),
        ("Appeals doubled from last month.", FRIDAY, [("last month", "DATE", "2023-03")]),
        ("A storm yesterday caused damage.", FRIDAY, [("yesterday", "DATE", "2023-04-06")]),
        ("It happened two weeks ago.", FRIDAY, [("two weeks ago", "DATE", "2023-03-24")]),
        (
            "There were 3,500 appeals in November, which is the same month when it began.",
            FRIDAY,
            [("November", "DATE", "2022-11"), ("the same month", "DATE", "2022-11")],
        ),
        ("The expected spring counteroffensive", FRIDAY, [("spring", "DATE", "2023-SP")]),
        ("Sales fell this week.", FRIDAY, [("this week", "DATE", "2023-W14")]),
        # no reference: keep what is known, never invent a day
        ("The ministry said on Friday that it agreed.", None, [("Friday", "DATE", "XXXX-WXX-5")]),
        ("There were appeals in November.", None, [("November", "DATE", "XXXX-11")]),
        # durations, qualified ones included; ages and counts are not dates
        (
            "After more than a year of the conflict",
            FRIDAY,
            [("more than a year", "DURATION", "P1Y")],
        ),
        ("She has been with the firm for 33 years.", None, [("33 years", "DURATION", "P33Y")]),
        ("The flight took 3 hours.", None, [("3 hours", "DURATION", "PT3H")]),
        ("Barra, who is 51 years old, was named chief.", None, []),
        ("Some 2,000 troops and 1500 tanks moved.", None, []),
        # sets
        ("They get three meals per day.", None, [("per day", "SET", "P1D")]),
        ("The group meets every Monday.", None, [("every Monday", "SET", "XXXX-WXX-1")]),
        ("Claims are published weekly.", None, [("weekly", "SET", "P1W")]),
        ("The board meets Tuesdays at 9am.", None, [("Tuesdays at 9am", "SET", "XXXX-WXX-2T09")]),
        ("The shop shuts Friday mornings.", None, [("Friday mornings", "SET", "XXXX-WXX-5TMO")]),
        (
            "Rent is due on the 3rd of every month.",
            None,
            [("the 3rd of every month", "SET", "XXXX-XX-03")],
        ),
        ("The club meets every other day.", None, [("every other day", "SET", "P2D")]),
        ("Reports are filed each quarter.", None, [("each quarter", "SET", "P3M")]),
        ("Dividends are paid semi-annually.", None, [("semi-annually", "SET", "P0.5Y")]),
        ("The market opens weekends.", None, [("weekends", "SET", "P1WE")]),
        ("Guards patrol every night.", None, [("every night", "SET", "TNI")]),
        ("It is an everyday chore.", None, [("everyday", "SET", "P1D")]),
        ("The festival runs three weekends.", None, [("three weekends", "DURATION", "P3WE")]),
        ("Crews worked all day.", None, [("all day", "DURATION", "P1D")]),
        ("She came back for a weekend.", None, []),
        # clock times in words
        (
            "It rang at ten past 9 in the evening.",
            FRIDAY,
            [("ten past 9 in the evening", "TIME", "2023-04-07T21:10")],
        ),
        (
            "The vote ended at 5 in the morning.",
            FRIDAY,
            [("5 in the morning", "TIME", "2023-04-07T05:00")],
        ),
        (
            "We land in the afternoon at 3.",
            FRIDAY,
            [("in the afternoon at 3", "TIME", "2023-04-07T15:00")],
        ),
        ("We meet tonight around 7.", FRIDAY, [("tonight around 7", "TIME", "2023-04-07T19:00")]),
        ("Be there noonish.", FRIDAY, [("noonish", "TIME", "2023-04-07T12:00")]),
        ("Police arrested 5 in the morning.", FRIDAY, []),
        ("Two past presidents attended.", None, []),
        # years in words
        ("He was born in nineteen sixty two.", None, [("nineteen sixty two", "DATE", "1962")]),
        (
            "It opened March two thousand and nine.",
            None,
            [("March two thousand and nine", "DATE", "2009-03")],
        ),
        (
            "They met on fifth May nineteen eighty one.",
            None,
            [("fifth May nineteen eighty one", "DATE", "1981-05-05")],
        ),
        ("In two thousand and five cases the court agreed.", None, []),
        # references to the present and past
        ("She is currently the head of product.", None, [("currently", "DATE", "PRESENT_REF")]),
        ("Markets have recently fallen.", None, [("recently", "DATE", "PAST_REF")]),
        # clock times take the date of their line
        (
            "Update 4/8/2023, 5:55 p.m. ET: The story was updated.",
            FRIDAY,
            [("4/8/2023", "DATE", "2023-04-08"), ("5:55 p.m. ET", "TIME", "2023-04-08T17:55")],
        ),
        ("Trading stopped at 14:48 UTC.", FRIDAY, [("14:48 UTC", "TIME", "2023-04-07T14:48Z")]),
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
        # spans written as one expression, centuries, holidays, lower-case and dashed months
        (
            "Play resumed in the 2014-15 season.",
            None,
            [("2014-15", "DATE", "2014"), ("2014", "DATE", "2014"), ("15", "DATE", "2015")],
        ),
        ("Is this a valid date? 2015-32", None, []),
        ("Wars of the 21st century differ.", None, [("the 21st century", "DATE", "20")]),
        ("They met on Christmas.", FRIDAY, [("Christmas", "DATE", "2022-12-25")]),
        ("Sales peaked at Thanksgiving 2021.", None, [("Thanksgiving 2021", "DATE", "2021-11-25")]),
        ("I went back in april.", FRIDAY, [("april", "DATE", "2023-04")]),
        ("Troops will march in May.", FRIDAY, [("May", "DATE", "2023-05")]),
        ("What is your plan for Dec-2018?", None, [("Dec-2018", "DATE", "2018-12")]),
        (
            "GM admitted Thursday night that the loss grew.",
            date(2006, 1, 27),
            [("Thursday", "DATE", "2006-01-26"), ("night", "TIME", "2006-01-26TNI")],
        ),
        # counts from the reference keep the day; counts from a named day are that day moved
        (
            "Typhoon Xangsane hit two months ago.",
            FRIDAY,
            [("two months ago", "DATE", "2023-02-07")],
        ),
        ("I will leave in 3 years.", FRIDAY, [("3 years", "DATE", "2026-04-07")]),
        (
            "It happened 3 days after January 12th.",
            FRIDAY,
            [
                ("3 days after January 12th", "DATE", "2023-01-15"),
                ("January 12th", "DATE", "2023-01-12"),
            ],
        ),
        (
            "Where were you two days before yesterday?",
            FRIDAY,
            [
                ("two days before yesterday", "DATE", "2023-04-04"),
                ("yesterday", "DATE", "2023-04-06"),
            ],
        ),
        (
            "The talks lasted 3 hours after noon.",
            FRIDAY,
            [("3 hours", "DURATION", "PT3H"), ("noon", "TIME", "2023-04-07T12:00")],
        ),
        # a weekday of a named week; the n-th week of a year
        (
            "We met on Tuesday of last week.",
            FRIDAY,
            [("Tuesday of last week", "DATE", "2023-03-28")],
        ),
        (
            "Schedule it next week on Monday.",
            FRIDAY,
            [("next week on Monday", "DATE", "2023-04-10")],
        ),
        (
            "How about the first week of 2015?",
            None,
            [("the first week of 2015", "DATE", "2015-W01")],
        ),
        ("How about the last week of 2019?", None, [("the last week of 2019", "DATE", "2019-W52")]),
        (
            "How about 3rd week of January?",
            date(2018, 11, 29),
            [("3rd week of January", "DATE", "2018-W03")],
        ),
        # clock-time spellings: spaced or dotted meridiems, spelled hours, "at 9a"
        ("Create an appointment at 3 p . m .", FRIDAY, [("3 p . m .", "TIME", "2023-04-07T15:00")]),
        ("Dinner is at seven p.m. sharp.", FRIDAY, [("seven p.m.", "TIME", "2023-04-07T19:00")]),
        ("I'll be back at 9.am.", FRIDAY, [("9.am", "TIME", "2023-04-07T09:00")]),
        ("Book a call today at 9p.", FRIDAY, [("today at 9p", "TIME", "2023-04-07T21:00")]),
        ("Section 9a of the law applies.", FRIDAY, []),
        ("Sales of 5 a month are low.", FRIDAY, []),
        # month and day written with a slash
        ("I'll go back Oct/2.", None, [("Oct/2", "DATE", "XXXX-10-02")]),
        # "since the start of" names the first day; a present-tense deadline is this year's
        (
            "The Dow has fallen since the start of this year.",
            date(2009, 2, 20),
            [("the start of this year", "DATE", "2009-01-01")],
        ),
        (
            "It opened in 2004. They are looking at rules by the end of the year.",
            date(2006, 2, 23),
            [("2004", "DATE", "2004"), ("the end of the year", "DATE", "2006")],
        ),
        (
            "In 2004 they said it would close by the end of the year.",
            date(2006, 2, 23),
            [("2004", "DATE", "2004"), ("the end of the year", "DATE", "2004")],
        ),
        # days written out, and the year after "of"/"in"
        (
            "They met on February twenty second.",
            FRIDAY,
            [("February twenty second", "DATE", "2023-02-22")],
        ),
        (
            "It began on the fourth of July of 1995.",
            None,
            [("the fourth of July of 1995", "DATE", "1995-07-04")],
        ),
        ("She left on 28 June in 2020.", None, [("28 June in 2020", "DATE", "2020-06-28")]),
        ("It was April the ninth.", FRIDAY, [("April the ninth", "DATE", "2023-04-09")]),
        ("We march first to the square.", FRIDAY, []),
        ("The first May Day rally drew crowds.", FRIDAY, [("May Day", "DATE", "2022-05-01")]),
        ("In May the 3 firms merged.", FRIDAY, [("May", "DATE", "2022-05")]),
        # a weekday with a day number: the nearest month where that day is that weekday
        ("The vote was held on Mon 13th.", FRIDAY, [("Mon 13th", "DATE", "2023-03-13")]),
        ("They met on Tuesday the fourth.", FRIDAY, [("Tuesday the fourth", "DATE", "2023-04-04")]),
        ("On Friday 3 people died.", FRIDAY, [("Friday", "DATE", "2023-04-07")]),
        # holidays that move with Easter or follow Thanksgiving; "previous"/"following"
        ("Shops opened on Easter 2018.", None, [("Easter 2018", "DATE", "2018-04-01")]),
        ("It was signed on Good Friday.", FRIDAY, [("Good Friday", "DATE", "2023-04-07")]),
        ("Sales rose on Black Friday 2010.", None, [("Black Friday 2010", "DATE", "2010-11-26")]),
        (
            "They met the previous Christmas.",
            FRIDAY,
            [("previous Christmas", "DATE", "2022-12-25")],
        ),
        # compact written forms
        ("See report-20170302.html for details.", None, [("20170302", "DATE", "2017-03-02")]),
        ("Revenue of 20161016 dollars", None, []),
        ("Filed as archive-2018-09-23-page-01", None, [("2018-09-23", "DATE", "2018-09-23")]),
        ("Due 2019-aug-01 at the latest", None, [("2019-aug-01", "DATE", "2019-08-01")]),
        ("Due 23/Sep/2020 at the latest", None, [("23/Sep/2020", "DATE", "2020-09-23")]),
        ("Due Sep-23-2020 at the latest", None, [("Sep-23-2020", "DATE", "2020-09-23")]),
        ("Sales in 2015-12 fell.", None, [("2015-12", "DATE", "2015-12")]),
        ("Sales in 12-2015 fell.", None, [("12-2015", "DATE", "2015-12")]),
        (
            "The 2010-11 season",
            None,
            [("2010-11", "DATE", "2010"), ("2010", "DATE", "2010"), ("11", "DATE", "2011")],
        ),
        ("Growth slowed in 2017 q1.", None, [("2017 q1", "DATE", "2017-Q1")]),
        ("Growth slowed in Q3-2019.", None, [("Q3-2019", "DATE", "2019-Q3")]),
        # a month counted into a year
        (
            "They leave the third month of 2021.",
            None,
            [("the third month of 2021", "DATE", "2021-03")],
        ),
        (
            "The 9th month of next year.",
            FRIDAY,
            [("The 9th month of next year", "DATE", "2024-09")],
        ),
        ("In the last month of 2020.", None, [("the last month of 2020", "DATE", "2020-12")]),
        ("A month of 2021 sales.", None, [("2021", "DATE", "2021")]),
        # a day and a deadline clock time: one TIME, the link word its mod (see test_mods too)
        (
            "I'll be back Thursday before 5pm",
            FRIDAY,
            [("Thursday before 5pm", "TIME", "2023-04-13T17:00")],
        ),
        ("Growth slows in 2019 H2.", None, [("2019 H2", "DATE", "2019-H2")]),
        # durations: abbreviations, fractions
        ("The outage lasted 3h.", None, [("3h", "DURATION", "PT3H")]),
        ("The outage lasted 5 mins.", None, [("5 mins", "DURATION", "PT5M")]),
        ("It took 3.5years to build.", None, [("3.5years", "DURATION", "P3.5Y")]),
        ("It took one and a half hours.", None, [("one and a half hours", "DURATION", "PT1.5H")]),
        ("It took one hour and half.", None, [("one hour and half", "DURATION", "PT1.5H")]),
        (
            "It ran for a year and a quarter.",
            None,
            [("a year and a quarter", "DURATION", "P1.25Y")],
        ),
        ("A ½ hour call", None, [("½ hour", "DURATION", "PT0.5H")]),
        # clock-sized counts from a reference that carries a time of day
        (
            "We meet in half an hour.",
            datetime(2022, 1, 7, 18, 55),
            [("half an hour", "TIME", "2022-01-07T19:25")],
        ),
        (
            "The fire started two hours ago.",
            datetime(2022, 1, 7, 18, 55),
            [("two hours ago", "TIME", "2022-01-07T16:55")],
        ),
        (
            "The fire started two hours ago.",
            date(2022, 1, 7),
            [("two hours ago", "DATE", "2022-01-07")],
        ),
        # a bare period after "for/of/in" at a clause's end; awards and "in the year 2000" are not
        ("I'm away for the month.", date(2018, 5, 22), [("the month", "DATE", "2018-05")]),
        ("She was blocked for the day.", date(2018, 5, 22), [("the day", "DATE", "2018-05-22")]),
        (
            "We met earlier in the week.",
            date(2018, 5, 31),
            [("earlier in the week", "DATE", "2018-W22")],
        ),
        ("He won Player of the Year.", date(2018, 5, 22), []),
        (
            "The month's sales were in the month of May.",
            date(2018, 5, 22),
            [("May", "DATE", "2018-05")],
        ),
        # "end of year" without articles, "EOY", "year to date"
        ("The party is at the EOY.", date(2018, 11, 23), [("EOY", "DATE", "2018")]),
        ("Pay them end of month.", date(2018, 11, 27), [("end of month", "DATE", "2018-11")]),
        (
            "The stock is down 20% year to date.",
            date(2018, 9, 7),
            [("year to date", "DATE", "2018")],
        ),
        ("The eoy report is out.", date(2018, 11, 23), []),
        # weeks named from another day, or from nothing
        (
            "I was not there that weekend.",
            date(2016, 11, 11),
            [("that weekend", "DATE", "XXXX-WXX-WE")],
        ),
        ("He left the same week.", date(2017, 11, 17), [("the same week", "DATE", "XXXX-WXX")]),
        (
            "Book it for the following week.",
            date(2018, 7, 31),
            [("the following week", "DATE", "2018-W32")],
        ),
        # the week holding a day
        (
            "Free the week of April 10th.",
            date(2018, 3, 14),
            [("the week of April 10th", "DATE", "2018-W15")],
        ),
        ("Meet w/c Feb 4.", date(2019, 1, 7), [("w/c Feb 4", "DATE", "2019-W06")]),
        ("He was in the week of mourning.", date(2019, 1, 7), []),
        # joined durations, largest unit first
        (
            "It took 1 hour and 30 minutes.",
            None,
            [("1 hour and 30 minutes", "DURATION", "PT1H30M")],
        ),
        ("He served 2 years and 3 months.", None, [("2 years and 3 months", "DURATION", "P2Y3M")]),
        ("It took 3 days, 2 hours.", None, [("3 days, 2 hours", "DURATION", "P3DT2H")]),
        (
            "It took 5 minutes and 2 hours.",
            None,
            [("5 minutes", "DURATION", "PT5M"), ("2 hours", "DURATION", "PT2H")],
        ),
        # unit letters after a word asking for a length
        ("The plants were grown for 3Y.", None, [("3Y", "DURATION", "P3Y")]),
        ("The cold lasted 2W", None, [("2W", "DURATION", "P2W")]),
        ("I'll leave for 10D", None, [("10D", "DURATION", "P10D")]),
        ("It was built for 3D printing.", None, []),
        ("It sold for 10M.", None, []),
        # a day over 12 before a zero-padded month
        ("I'll go back on 22/04", date(2016, 11, 7), [("22/04", "DATE", "2017-04-22")]),
        ("We met on 22/04.", date(2016, 11, 7), [("22/04", "DATE", "2016-04-22")]),
        ("Open 24/7 and 15/2 odds.", date(2016, 11, 7), []),
        ("The ratio was 4/05.", date(2016, 11, 7), []),
        # a future date the distance rules out still takes the reference year; a past one not
        ("I'll go back Oct/2", date(2016, 11, 7), [("Oct/2", "DATE", "2016-10-02")]),
        ("He bought it on Dec 12.", date(2019, 7, 15), []),
    ],
)
def test_extract_dates(
    nlp: Any, text: str, reference: date | None, expected: list[tuple[str, str, str]]
) -> None:
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
    "text, reference, expected",
    [
        ("Prices rose from 2019 to 2021.", None, ("from 2019 to 2021", "2019", "2021-12-31")),
        (
            "Sales grew between 2007 and 2009.",
            None,
            ("between 2007 and 2009", "2007", "2009-12-31"),
        ),
        (
            "I will leave from May to Oct 2020.",
            FRIDAY,
            ("from May to Oct 2020", "2020-05", "2020-10-31"),
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
        # day ranges with the month written once
        ("Talks ran May 3-5, 2021.", None, ("May 3-5, 2021", "2021-05-03", "2021-05-05")),
        (
            "We were off april 9th through 17th.",
            FRIDAY,
            ("april 9th through 17th", "2023-04-09", "2023-04-17"),
        ),
        (
            "Shops will shut between 3 and 12 of Sept.",
            FRIDAY,
            ("between 3 and 12 of Sept.", "2023-09-03", "2023-09-12"),
        ),
        (
            "The fair runs from ninth till seventeenth of April.",
            FRIDAY,
            ("from ninth till seventeenth of April", "2023-04-09", "2023-04-17"),
        ),
        (
            "I will leave from this May to Oct 2020",
            date(2018, 10, 24),
            ("from this May to Oct 2020", "2018-05", "2020-10-31"),
        ),
        (
            "Sales from april to June in 2017 were low.",
            date(2019, 5, 16),
            ("from april to June in 2017", "2017-04", "2017-06-30"),
        ),
        # two months, the year written once; the year turns between them where it must
        (
            "What will happen from May to September",
            date(2018, 9, 7),
            ("from May to September", "2018-05", "2018-09-30"),
        ),
        (
            "What will happen from Nov to March",
            date(2018, 9, 7),
            ("from Nov to March", "2018-11", "2019-03-31"),
        ),
        (
            "Where were you from March to May",
            date(2018, 9, 7),
            ("from March to May", "2018-03", "2018-05-31"),
        ),
        ("APEC will happen in Korea Jan-Feb 2017", None, ("Jan-Feb 2017", "2017-01", "2017-02-28")),
        # month/day pairs need an opener or a year; a bare closing weekday follows the opening
        (
            "from 10/25 to 01/25",
            date(2018, 10, 24),
            ("from 10/25 to 01/25", "2018-10-25", "2019-01-25"),
        ),
        ("The period is 10/1-11/2/2017", None, ("10/1-11/2/2017", "2017-10-01", "2017-11-02")),
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
def test_ranges(
    nlp: Any, text: str, reference: date | None, expected: tuple[str, str, str]
) -> None:
    """A range is one DATE from its opening value to the last day of its closing one."""
    first = extract_dates(nlp(text), reference=reference)[0]
    assert (first.text, first.value, first.range.end if first.range else None) == expected


def test_slash_pairs_without_opener_or_year_are_not_dates(nlp: Any) -> None:
    assert extract_dates(nlp("Scores were 1/2-3/4 on both."), reference=FRIDAY) == []


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


@pytest.mark.parametrize(
    "expression, reference, expected",
    [
        ("yesterday", FRIDAY, "2023-04-06"),
        ("next week", FRIDAY, "2023-W15"),
        ("last year", FRIDAY, "2022"),
        ("this quarter", FRIDAY, "2023-Q2"),
        ("last month", None, "XXXX-XX"),
        ("the other day", FRIDAY, None),
    ],
)
def test_resolve_relative_date(expression: str, reference: date | None, expected: str) -> None:
    assert resolve_relative_date(reference, expression) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023-W14-WE", ("2023-04-08", "2023-04-09")),
        ("2023-Q1", ("2023-01-01", "2023-03-31")),
        ("199", ("1990-01-01", "1999-12-31")),
        ("20", ("2000-01-01", "2099-12-31")),
        ("P1Y", None),
    ],
)
def test_value_range(value: str, expected: tuple[str, str] | None) -> None:
    found = value_range(value)
    assert (None if found is None else (found.start, found.end)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Crane collapse kills 107\n\nSaturday, September 12, 2015\n\nA storm yesterday ...",
            date(2015, 9, 12),
        ),
        (
            "Headline\nPublished Friday, May 7, 2015 at 9:00\nBody mentions June 1, 2010.",
            date(2015, 5, 7),
        ),
        ("Russians surrender\nUpdated 4/8/2023 at 5:55 p.m. ET\nText.", date(2023, 4, 8)),
        ("The treaty of June 1, 2010 was signed in Paris by both sides.", None),
    ],
)
def test_find_publication_date(nlp: Any, text: str, expected: date | None) -> None:
    assert find_publication_date(nlp(text)) == expected
