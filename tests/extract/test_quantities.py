"""Table tests for the quantities extractor: values, units, kinds, qualifiers, ranges, changes."""

from __future__ import annotations

from typing import Any

import pytest

from service.extract.quantities import extract_quantities
from service.extract.shared.facts import Change, NumberRange


def _facts(nlp: Any, text: str) -> list[tuple[str, float, str | None, str, str | None]]:
    doc = nlp(text)
    found = extract_quantities(doc)
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.value, q.unit, q.kind, q.qualifier) for q in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        # digits and separators
        ("Officials received 3,000 appeals.", ("3,000 appeals", 3000, "appeal", "count", None)),
        ("The rate was 3.5 points higher.", ("3.5 points", 3.5, "point", "count", None)),
        ("It closed at 1,234.5 yesterday.", ("1,234.5", 1234.5, None, "count", None)),
        # spelled numbers
        ("They offer three meals.", ("three meals", 3, "meal", "count", None)),
        ("We saw twenty-one ships.", ("twenty-one ships", 21, "ship", "count", None)),
        ("He bought a dozen eggs.", ("a dozen eggs", 12, "egg", "count", None)),
        (
            "It cost half a million dollars.",
            ("half a million dollars", 500000, "USD", "money", None),
        ),
        (
            "The firm will cut three thousand employees.",
            ("three thousand employees", 3000, "employee", "count", None),
        ),
        # scales and counted nouns past adjectives
        (
            "Over 14 million people called.",
            ("Over 14 million people", 14000000, "people", "count", "more than"),
        ),
        (
            "The wives of 21 mobilized Russian soldiers spoke.",
            ("21 mobilized Russian soldiers", 21, "soldier", "count", None),
        ),
        # money
        ("It raised $2.5bn last week.", ("$2.5bn", 2.5e9, "USD", "money", None)),
        ("Totaling US$180 billion, it ended.", ("US$180 billion", 1.8e11, "USD", "money", None)),
        ("The fine was €40 million.", ("€40 million", 4e7, "EUR", "money", None)),
        ("He paid £500 for it.", ("£500", 500, "GBP", "money", None)),
        ("They pay 5,000 hryvnias in fees.", ("5,000 hryvnias", 5000, "UAH", "money", None)),
        ("It cost 200 rubles.", ("200 rubles", 200, "RUB", "money", None)),
        ("It earned 361 million pounds.", ("361 million pounds", 3.61e8, "GBP", "money", None)),
        # percent
        (
            "Around 84 percent of visitors came.",
            ("Around 84 percent", 84, "percent", "percent", "approximately"),
        ),
        ("Support was 45% on Monday.", ("45%", 45, "percent", "percent", None)),
        ("Turnout was 60 per cent.", ("60 per cent", 60, "percent", "percent", None)),
        # measures
        ("The road is 120 km long.", ("120 km", 120, "km", "measure", None)),
        ("It carries twenty tonnes of equipment.", ("twenty tonnes", 20, "t", "measure", None)),
        ("Temperatures hit 40 degrees Celsius.", ("40 degrees Celsius", 40, "°C", "measure", None)),
        ("The plant makes 500 MW of power.", ("500 MW", 500, "MW", "measure", None)),
        ("It has a 3.5-inch screen.", ("3.5-inch", 3.5, "in", "measure", None)),
        ("He weighs 200lbs.", ("200lbs", 200, "lb", "measure", None)),
        # qualifiers
        (
            "There were around 3,500 appeals.",
            ("around 3,500 appeals", 3500, "appeal", "count", "approximately"),
        ),
        ("Nearly 500 homes burned.", ("Nearly 500 homes", 500, "home", "count", "approximately")),
        ("At least 12 people died.", ("At least 12 people", 12, "people", "count", "at least")),
        ("It seats up to 840 people.", ("up to 840 people", 840, "people", "count", "up to")),
        ("Fewer than 50 staff remain.", ("Fewer than 50 staff", 50, "staff", "count", "less than")),
        ("Stocks fell below 9,000 today.", ("below 9,000", 9000, None, "count", "less than")),
        (
            "No more than 20 guests came.",
            ("No more than 20 guests", 20, "guest", "count", "at most"),
        ),
        # negatives
        (
            "The index closed at -366.94 points.",
            ("-366.94 points", -366.94, "point", "count", None),
        ),
        # ages
        ("Barra, 51, will lead the company.", ("51", 51, "year", "age", None)),
        ("A 51-year-old man was arrested.", ("51-year-old", 51, "year", "age", None)),
        ("The victim, aged 34, was released.", ("aged 34", 34, "year", "age", None)),
        ("She was five years old then.", ("five years old", 5, "year", "age", None)),
        # money: article before "$", codes glued or prefixed with M, minor units
        (
            "It won a $48.2 million contract.",
            ("$48.2 million", 48.2e6, "USD", "money", None),
        ),
        ("The fee is USD115.5 now.", ("USD115.5", 115.5, "USD", "money", None)),
        ("They lost 75 USD million.", ("75 USD million", 75e6, "USD", "money", None)),
        ("Losses reached 30 MUSD.", ("30 MUSD", 30e6, "USD", "money", None)),
        ("It only cost 3 dollars 50 cents.", ("3 dollars 50 cents", 3.5, "USD", "money", None)),
        (
            "It cost a quarter million us dollars.",
            ("a quarter million us dollars", 250000, "USD", "money", None),
        ),
        ("Hey, the cost is 100元!", ("100元", 100, "CNY", "money", None)),
        ("It was a one-yen bid.", ("one-yen", 1, "JPY", "money", None)),
        # measures: glued letters, brackets, compound feet, speeds, case
        ("I'm 1.8m tall.", ("1.8m", 1.8, "m", "measure", None)),
        ("The weight is 20 (kg) net.", ("20 (kg)", 20, "kg", "measure", None)),
        ("He is 5 feet 2 inches.", ("5 feet 2 inches", 5 + 2 / 12, "ft", "measure", None)),
        (
            "It moves 50 meters per millisecond.",
            ("50 meters per millisecond", 50, "m/ms", "measure", None),
        ),
        ("Keep it at 75 degrees f today.", ("75 degrees f", 75, "°F", "measure", None)),
        # percent named before the number
        ("percent of 10", ("percent of 10", 10, "percent", "percent", None)),
        (
            "They scored 4 percentage points.",
            ("4 percentage points", 4, "percentage point", "percent", None),
        ),
    ],
)
def test_single_quantity(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    assert _facts(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("between 10 and 20 people attended.", (10, 20, "people")),
        ("Growth of between 5 and 7% is expected.", (5, 7, "percent")),
        ("Demand rose 15-20% this year.", (15, 20, "percent")),
        ("Some 25,000 to 30,000 positions go.", (25000, 30000, "position")),
        ("Losses were 5 to 7 million dollars.", (5e6, 7e6, "USD")),
    ],
)
def test_ranges(nlp: Any, text: str, expected: tuple[Any, ...]) -> None:
    low, high, unit = expected
    found = extract_quantities(nlp(text))
    assert [(q.value, q.range, q.unit) for q in found] == [(low, NumberRange(low, high), unit)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Appeals doubled from last month to 3,000 appeals.",
            ("3,000 appeals", Change("increase", factor=2)),
        ),
        ("Prices halved to 40 dollars.", ("40 dollars", Change("decrease", factor=0.5))),
        ("The Dow fell by 340 points on Friday.", ("340 points", Change("decrease", delta=340))),
        ("Sales rose by 12% last year.", ("12%", Change("increase", delta=12))),
        ("The index was up 5% at noon.", ("5%", Change("increase", delta=5))),
        ("The Dow was down 3.76% at noon.", ("3.76%", Change("decrease", delta=3.76))),
        ("It saw a 45% drop in sales.", ("45%", Change("decrease", delta=45))),
        ("Claims rose to 444,000 claims.", ("444,000 claims", Change("increase"))),
        ("The company employs 500 workers.", ("500 workers", None)),
    ],
)
def test_change(nlp: Any, text: str, expected: tuple[str, Change | None]) -> None:
    found = [(q.text, q.change) for q in extract_quantities(nlp(text))]
    assert expected in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They get three meals per day.", ("three meals per day", "meal", "day")),
        ("Workers earn $5 an hour.", ("$5 an hour", "USD", "hour")),
        ("Output is 200 barrels a day.", ("200 barrels a day", "bbl", "day")),
    ],
)
def test_rates(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    found = [(q.text, q.unit, q.per) for q in extract_quantities(nlp(text))]
    assert found == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two-thirds of voters agreed.", ("Two-thirds", 2 / 3)),
        ("A third of the budget went.", ("A third", 1 / 3)),
        ("It is 1.2 trillion yen.", ("1.2 trillion yen", 1.2e12)),
        ("There are 1 234 567 residents.", ("1 234 567 residents", 1234567)),
        ("They found thousands of pages.", ("thousands of pages", 1000)),
        # spelled fractions: the longest denominator that reads as a number
        ("The answer is twenty-three fifths.", ("twenty-three fifths", 23 / 5)),
        ("The answer is one hundred thirty fifths.", ("one hundred thirty fifths", 100 / 35)),
        ("The answer is three twenty-firsts.", ("three twenty-firsts", 3 / 21)),
        ("It weighs five and a quarter.", ("five and a quarter", 5.25)),
        ("The value is forty two and a third.", ("forty two and a third", 42 + 1 / 3)),
        ("I counted six million and two thirds.", ("six million and two thirds", 2e7 / 3)),
        ("They won two thirds of a million.", ("two thirds of a million", 2e6 / 3)),
        ("It has one billion and a half million.", ("one billion and a half million", 1.0005e9)),
        # ratios, powers, groupings and scale letters
        ("The odds are 1 in twenty-one.", ("1 in twenty-one", 1 / 21)),
        ("Two out of five hundred tvs broke.", ("Two out of five hundred", 2 / 500)),
        ("The value is 1.3x10^6 now.", ("1.3x10^6", 1.3e6)),
        ("The result is 12,34,567.89", ("12,34,567.89", 1234567.89)),
        ("The total is three lakh crore.", ("three lakh crore", 3e12)),
        ("I can give you 10M.", ("10M.", 1e7)),
        ("We ordered half a  dozen.", ("half a  dozen", 6)),
        ("The answer is minus one.", ("minus one", -1)),
    ],
)
def test_values(nlp: Any, text: str, expected: tuple[str, float]) -> None:
    found = [(q.text, q.value) for q in extract_quantities(nlp(text))]
    assert found == [(expected[0], pytest.approx(expected[1]))]


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2022.",
        "It happened on April 8.",
        "He served for 33 years.",
        "The meeting starts at 10:30.",
        "Results came in the third quarter.",
        "She finished 1st in the race.",
        "COVID-19 spread quickly.",
        "Apollo 11 landed on the moon.",
        "The F-16 flew overhead.",
        "The G7 met in Japan.",
        "Call 555-1234 for help.",
        "The Nikkei 225 index fell.",
        "Upgrade to version 10.4 now.",
        "At 0800 UTC the bank opened.",
        "They flew in the 1990s.",
        "At one point the talks stalled.",
        "The 5G network launched.",
        "Results came in the past three quarters.",
        "He had a second thought.",
    ],
)
def test_not_quantities(nlp: Any, text: str) -> None:
    assert _facts(nlp, text) == []


def test_numbered_list_is_not_a_quantity(nlp: Any) -> None:
    text = "Steps:\n1. Open the door\n2. Walk in"
    assert _facts(nlp, text) == []


def test_seed_article(nlp: Any, seed: dict[str, Any]) -> None:
    found = extract_quantities(nlp(seed["text"]))
    for gold in seed["gold"]["quantities"]:
        matches = [q for q in found if q.start < gold["end"] and gold["start"] < q.end]
        assert matches, gold["text"]
        q = matches[0]
        assert (q.text, q.value, q.unit, q.qualifier) == (
            gold["text"],
            gold["value"],
            gold["unit"],
            gold.get("qualifier"),
        )
