"""The scoring rules of `python -m eval`, on small synthetic gold and hand-built predictions.

No spaCy model is loaded: facts are built with the dataclasses from service/extract/shared/facts.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eval.conformance import (
    canon_time,
    case_type,
    date_matches,
    datetime_case_correct,
    number_case_correct,
)
from eval.gold import FULL, PARTIAL, GoldDoc, corpus_of, layer_modes, summaries_of
from eval.report import flatten, format_diff, pick_worst
from eval.run import metrics, sentence_around
from eval.score import (
    norm_name,
    score_actors,
    score_dates,
    score_quantities,
    unit_key,
)
from eval.score_quotes import score_quotes
from service.extract.shared.facts import (
    Actor,
    DateFact,
    DateRange,
    Mention,
    NumberRange,
    Quantity,
    Quote,
    Speaker,
)


def actor(name: str, type_: str = "person", aliases: tuple[str, ...] = (), **kw: Any) -> Actor:
    mentions = kw.pop("mentions", [Mention(0, len(name), name)])
    return Actor(name, type_, "X", mentions, aliases=list(aliases), **kw)  # type: ignore[arg-type]


def date(start: int, end: int, value: str, rng: tuple[str, str] | None = None) -> DateFact:
    return DateFact("x", start, end, "DATE", value, range=DateRange(*rng) if rng else None)


def qty(start: int, end: int, value: float, unit: str | None, kind: str = "count", **kw: Any):
    return Quantity("x", start, end, value, unit, kind, **kw)  # type: ignore[arg-type]


def quote(start: int, end: int, type_: str = "direct", speaker: Speaker | None = None) -> Quote:
    return Quote("x", start, end, type_, speaker)  # type: ignore[arg-type]


# --- actors ------------------------------------------------------------------------------------

PUTIN = {"name": "Vladimir Putin", "type": "person", "aliases": ["Putin"]}
DEFENSE = {"name": "Ukrainian defense ministry", "type": "organization", "aliases": ["MoD"]}
FOUND_CASES = [
    (PUTIN, actor("Vladimir Putin"), 1),
    (PUTIN, actor("putin"), 1),  # gold alias, case-insensitive
    (PUTIN, actor("V. Putin", aliases=("Putin",)), 1),  # predicted alias
    (DEFENSE, actor("The Ukrainian Defense Ministry", "organization"), 1),  # leading "the"
    (DEFENSE, actor('"MoD"', "organization"), 1),  # quote marks ignored
    (PUTIN, actor("Putin", "organization"), 0),  # type disagrees
    (PUTIN, actor("Vladimir"), 0),  # a part of the name is not the name
]


@pytest.mark.parametrize(("gold", "pred", "found"), FOUND_CASES)
def test_actor_found(gold: dict[str, Any], pred: Actor, found: int) -> None:
    counts, misses = score_actors({"actors": [gold]}, "", [pred], FULL)
    assert counts["found"] == found
    assert len(misses) == 1 - found


@pytest.mark.parametrize(
    ("golds", "preds", "merges", "splits"),
    [
        ([PUTIN, DEFENSE], [actor("Putin", aliases=("MoD",))], 1, 0),
        ([PUTIN], [actor("Putin"), actor("Vladimir Putin")], 0, 1),
        ([PUTIN, DEFENSE], [actor("Putin"), actor("MoD", "organization")], 0, 0),
    ],
)
def test_merges_and_splits(golds: list, preds: list[Actor], merges: int, splits: int) -> None:
    counts, _ = score_actors({"actors": golds}, "", preds, FULL)
    assert (counts["merges"], counts["splits"]) == (merges, splits)


def test_merge_forced_by_gold_sharing_a_name() -> None:
    golds = [{"name": "Taipei City", "type": "location", "aliases": ["Taipei"]},
             {"name": "Taipei", "type": "location", "aliases": []}, DEFENSE]  # fmt: skip
    preds = [actor("Taipei", "location"), actor("MoD", "organization", aliases=("Taipei City",))]
    counts, _ = score_actors({"actors": golds}, "", preds, FULL)
    assert (counts["merges"], counts["merges_forced"]) == (2, 1)


@pytest.mark.parametrize(
    ("pred", "mode", "correct", "false"),
    [
        (actor("Putin"), FULL, 1, 0),
        (actor("Putin", "location"), FULL, 1, 0),  # matches a gold actor of another type
        (actor("Kremlin", "organization"), FULL, 0, 0),  # optional_actors
        (actor("the pilgrims"), FULL, 0, 0),  # unnamed_actors count as optional
        (actor("Joe Nobody"), FULL, 0, 1),
        (actor("Russians", "group"), FULL, 0, 0),  # groups are not in precision
        (actor("Joe Nobody"), PARTIAL, 0, 0),  # no precision without exhaustive annotation
    ],
)
def test_actor_precision(pred: Actor, mode: str, correct: int, false: int) -> None:
    gold = {
        "actors": [PUTIN],
        "optional_actors": ["Kremlin"],
        "unnamed_actors": [{"name": "pilgrims", "type": "person", "aliases": []}],
    }
    counts, _ = score_actors(gold, "", [pred], mode)
    assert (counts["pred_correct"], counts["pred_false"]) == (correct, false)


def test_false_actor_named_inside_unnamed_description() -> None:
    gold = {"actors": [], "unnamed_actors": [{"name": "city mayor Hau Lung-bin", "aliases": []}]}
    preds = [actor("Hau Lung-bin"), actor("Hau"), actor("Lung")]
    counts, _ = score_actors(gold, "", preds, FULL)
    assert (counts["pred_false"], counts["pred_false_in_unnamed"]) == (3, 2)


def test_actor_mentions_and_titles() -> None:
    gold = {
        "actors": [
            {**PUTIN, "mentions": [[0, 5], [10, 12], [20, 30]], "titles": ["Russian President"]},
        ]
    }
    gold["actors"][0]["mention_kinds"] = ["name", "pronoun", "nominal"]
    pred = actor(
        "Putin",
        mentions=[Mention(0, 5, "Putin"), Mention(11, 13, "he", "pronoun")],
        titles=["russian president"],
    )
    counts, _ = score_actors(gold, "", [pred], FULL)
    assert (counts["mentions_found"], counts["mentions_gold"]) == (2, 3)
    assert counts["mentions_found:pronoun"] == 1 and counts["mentions_found:nominal"] == 0
    assert (counts["titles_found"], counts["titles_gold"]) == (1, 1)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [("The Kremlin", "kremlin"), ("“I Want to Live”", "i want to live"), ("Theresa", "theresa")],
)
def test_norm_name(raw: str, normal: str) -> None:
    assert norm_name(raw) == normal


# --- dates -------------------------------------------------------------------------------------

WINTER = {"start": 10, "end": 16, "text": "winter", "value": "2022-WI", "alt": ["2023-WI"]}


@pytest.mark.parametrize(
    ("pred", "found", "correct"),
    [
        (date(10, 16, "2022-WI"), 1, 1),
        (date(8, 12, "2023-WI"), 1, 1),  # an `alt` value, overlapping span
        (date(10, 16, "2024-WI"), 1, 0),
        (date(16, 20, "2022-WI"), 0, 0),  # touching is not overlapping
    ],
)
def test_dates(pred: DateFact, found: int, correct: int) -> None:
    counts, _ = score_dates({"dates": [WINTER]}, [pred], FULL)
    assert (counts["found"], counts["correct"], counts["gold_valued"]) == (found, correct, 1)
    assert (counts["pred"], counts["pred_matched"]) == (1, found)


@pytest.mark.parametrize(
    ("gold", "correct"),
    [
        ({"start": 13, "end": 17, "text": "2012", "value": "2012"}, 1),  # marks its end
        ({"start": 5, "end": 9, "text": "1980", "value": "1980"}, 1),  # marks its start
        ({"start": 13, "end": 17, "text": "2012", "value": "2013"}, 0),  # another year
        ({"start": 13, "end": 16, "text": "201", "value": "201"}, 0),  # the spans end apart
    ],
)
def test_a_range_is_right_for_a_gold_date_that_marks_an_end(gold: dict, correct: int) -> None:
    # "1980 to 2012" at 5-17, read as one range whose value is neither end's
    ours = date(5, 17, "XXXX", ("1980-01-01", "2012-12-31"))
    counts, _ = score_dates({"dates": [gold]}, [ours], PARTIAL)
    assert counts["correct"] == correct


def test_dates_partial_has_no_precision() -> None:
    counts, _ = score_dates({"dates": [WINTER]}, [date(50, 60, "2020")], PARTIAL)
    assert counts["pred"] == 0 and counts["exhaustive_files"] == 0
    assert metrics("dates", counts)["P"] is None


# --- quantities --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "correct"),
    [
        ({"value": 3000, "unit": "appeal"}, qty(0, 9, 3000, "appeals"), 1),
        ({"value": 14e6, "unit": "people"}, qty(0, 9, 14e6, "person"), 1),
        ({"value": 84, "unit": "Percent"}, qty(0, 9, 84, "percent", "percent"), 1),
        ({"value": 84, "unit": "percent"}, qty(0, 9, 85, "percent", "percent"), 0),
        ({"value": 3, "unit": "meal"}, qty(0, 9, 3, "day"), 0),
    ],
)
def test_quantity_value_and_unit(gold: dict, pred: Quantity, correct: int) -> None:
    item = {"start": 0, "end": 9, "text": "x", **gold}
    counts, _ = score_quantities({"quantities": [item]}, [pred], FULL)
    assert (counts["found"], counts["correct"]) == (1, correct)


def test_quantity_span_only_and_qualifier() -> None:
    golds = [
        {"start": 0, "end": 5, "text": "51"},
        {"start": 10, "end": 20, "text": "around 5", "value": 5, "unit": None,
         "qualifier": "approximately"},
    ]  # fmt: skip
    preds = [qty(1, 3, 7, None), qty(10, 20, 5, None, qualifier="more than")]
    counts, _ = score_quantities({"quantities": golds}, preds, FULL)
    assert (counts["found"], counts["gold_valued"], counts["correct"]) == (2, 1, 1)
    assert (counts["qualifier_gold"], counts["qualifier_correct"]) == (1, 0)


@pytest.mark.parametrize(("unit", "key"), [("Appeals", "appeal"), ("cities", "city"), ("km", "km")])
def test_unit_key(unit: str, key: str) -> None:
    assert unit_key(unit) == key


# --- quotes ------------------------------------------------------------------------------------


def quote_doc(quotes: list[dict], mode: str = FULL, **gold: Any) -> GoldDoc:
    key = "quotes" if mode == FULL else "quote_spans"
    data = {key: quotes, "actors": [PUTIN], **gold}
    return GoldDoc("t", "t.json", "seed", "", None, {"quotes": mode}, data)


GOLD_Q = {"start": 100, "end": 200, "text": "x", "type": "direct", "speaker": "Vladimir Putin",
          "speaker_span": [50, 55]}  # fmt: skip
HE = Speaker("he", 50, 52, "he")
HE_A1 = Speaker("he", 50, 52, "V. Putin", "A1")


@pytest.mark.parametrize(
    ("preds", "found"),
    [
        # the two pieces of an interrupted quote, one speaker, half of the gold together
        ([quote(100, 130, speaker=HE_A1), quote(160, 190, speaker=HE_A1)], 1),
        ([quote(100, 130, speaker=HE_A1), quote(160, 170, speaker=HE_A1)], 0),  # too little
        ([quote(100, 130, speaker=HE_A1), quote(160, 190, speaker=HE)], 0),  # two speakers
        ([quote(120, 140, "partial")], 1),  # a partial quote inside the gold's reported clause
        ([quote(120, 140, "direct")], 0),
    ],
)
def test_interrupted_and_inner_partial_quotes_find_the_gold(preds: list[Quote], found: int) -> None:
    counts, _ = score_quotes(quote_doc([GOLD_Q]), preds, [], FULL)
    assert counts["found:direct"] == found


@pytest.mark.parametrize(
    ("pred", "found", "attributed"),
    [
        (quote(150, 260, speaker=HE_A1), 1, 1),  # exactly half the gold content; speaker_span
        (quote(151, 260, speaker=HE_A1), 0, 0),  # less than half
        (quote(100, 200, "indirect", Speaker("Putin", 0, 5, "Putin")), 1, 1),  # gold alias
        (quote(100, 200, speaker=Speaker("he", 60, 62, "he", "A1")), 1, 1),  # via actor A1
        (quote(100, 200, speaker=Speaker("Biden", 60, 65, "Biden")), 1, 0),
        (quote(100, 200), 1, 0),  # no speaker
        # a pronoun over the gold's local mention counts, unless it resolves to someone else
        (quote(100, 200, speaker=HE), 1, 1),  # resolved to nobody: the README's local mention
        (quote(100, 200, speaker=Speaker("he", 50, 52, "Joe Biden", "A2")), 1, 0),  # wrong man
        (quote(100, 200, speaker=Speaker("Putin", 50, 55, "Kremlin")), 1, 1),  # a name there
    ],
)
def test_quote_found_and_attributed(pred: Quote, found: int, attributed: int) -> None:
    ours = [actor("V. Putin", aliases=("Vladimir Putin",), id="A1"), actor("Joe Biden", id="A2")]
    counts, _ = score_quotes(quote_doc([GOLD_Q]), [pred], ours, FULL)
    assert (counts["found:direct"], counts["attributed:direct"]) == (found, attributed)


def test_an_unresolved_pronoun_attribution_is_counted_apart() -> None:
    ours = [actor("V. Putin", aliases=("Vladimir Putin",), id="A1")]
    counts, _ = score_quotes(quote_doc([GOLD_Q]), [quote(100, 200, speaker=HE)], ours, FULL)
    assert counts["attributed_unresolved:direct"] == 1
    counts, _ = score_quotes(quote_doc([GOLD_Q]), [quote(100, 200, speaker=HE_A1)], ours, FULL)
    assert counts["attributed:direct"] == 1 and counts["attributed_unresolved:direct"] == 0


NOT_QUOTES = [
    {"start": 300, "end": 310, "text": "I Want to Live"},
    {"start": 400, "end": 420, "text": "smo", "note": "may be reported as a partial quote without "
     "a speaker, never as a direct quote"},
]  # fmt: skip


@pytest.mark.parametrize(
    ("pred", "counted", "false"),
    [
        (quote(100, 200), 1, 0),
        (quote(190, 250), 1, 0),  # overlaps a gold quote, even if too little to find it
        (quote(500, 550), 1, 1),  # over no gold quote
        (quote(299, 311), 1, 1),  # over a not_quotes item
        (quote(400, 420, "direct"), 1, 1),
        (quote(400, 420, "partial"), 0, 0),  # allowed by the item's note
        (quote(400, 420, "partial", HE), 1, 1),  # ... but not with a speaker
    ],
)
def test_false_quotes(pred: Quote, counted: int, false: int) -> None:
    doc = quote_doc([GOLD_Q], not_quotes=NOT_QUOTES)
    counts, _ = score_quotes(doc, [pred], [], FULL)
    assert (counts[f"pred:{pred.type}"], counts[f"false:{pred.type}"]) == (counted, false)


def test_partial_quotes_count_unmatched_direct_only() -> None:
    preds = [quote(100, 200), quote(500, 550), quote(600, 650, "partial")]
    counts, _ = score_quotes(quote_doc([GOLD_Q], PARTIAL), preds, [], PARTIAL)
    assert (counts["pred_direct_unscored"], counts["unmatched_direct"]) == (2, 1)
    assert sum(counts[f"false:{t}"] for t in ("direct", "partial")) == 0
    m = metrics("quotes", counts)
    assert "false_quotes" not in m and m["unmatched_direct"] == 1


def test_a_gold_quote_that_names_no_speaker_is_left_out_of_attribution() -> None:
    unsaid = {k: v for k, v in GOLD_Q.items() if k not in ("speaker", "speaker_span")}
    counts, misses = score_quotes(quote_doc([unsaid, GOLD_Q]), [quote(100, 200)], [], FULL)
    assert (counts["found:direct"], counts["attributable:direct"]) == (2, 1)
    assert metrics("quotes", counts)["attribution"] == 0.0
    assert [m["problem"] for m in misses] == ["not attributed"]


@pytest.mark.parametrize(
    ("path", "corpus", "rows"),
    [
        ("gold/gum-extra/gum-bio-byron.json", "gum-extra", ("all",)),
        ("gold/wikinews/gum-news-crane.json", "gum", ("news", "all")),
        ("gold/newsweek-russian-surrenders.json", "seed", ("news", "all")),
    ],
)
def test_corpora_and_summary_rows(path: str, corpus: str, rows: tuple[str, ...]) -> None:
    assert corpus_of(Path(path), {}) == corpus
    assert summaries_of(corpus) == rows


def test_gold_quote_spans_are_direct_and_partial() -> None:
    data = {"layers": ["actors"], "partial_layers": {"dates": "", "quote_spans": ""}}
    assert layer_modes(data) == {"actors": FULL, "dates": PARTIAL, "quotes": PARTIAL}
    doc = quote_doc([{k: v for k, v in GOLD_Q.items() if k != "type"}], PARTIAL)
    assert doc.quotes[0]["type"] == "direct"


# --- conformance -------------------------------------------------------------------------------

FRIDAY = {"text": "Friday", "type": "date", "value": "XXXX-WXX-5", "start": 16, "end": 22,
          "resolution": [{"value": "2016-11-04"}, {"value": "2016-11-11"}]}  # fmt: skip
QUARTER = {"text": "coming quarter", "type": "daterange", "value": "(2019-10-01,2020-01-01,P3M)",
           "start": 0, "end": 14,
           "resolution": [{"start": "2019-10-01", "end": "2020-01-01"}]}  # fmt: skip
CLOCK = {"text": "7:56:30 pm", "type": "time", "value": "T19:56:30", "start": 0, "end": 10,
         "resolution": [{"value": "19:56:30"}]}  # fmt: skip


@pytest.mark.parametrize(
    ("expected", "ours", "ok"),
    [
        (FRIDAY, date(16, 22, "XXXX-WXX-5"), True),  # the TIMEX value itself
        (FRIDAY, date(16, 22, "2016-11-04", ("2016-11-04", "2016-11-04")), True),  # past reading
        (FRIDAY, date(16, 22, "2016-11-18"), False),
        (QUARTER, date(0, 14, "2019-Q4", ("2019-10-01", "2019-12-31")), True),  # inclusive end
        (QUARTER, date(0, 14, "2019-Q4", ("2019-10-01", "2020-01-01")), True),  # exclusive end
        (QUARTER, date(0, 14, "2019-Q4", ("2019-10-02", "2019-12-31")), False),
        (CLOCK, date(0, 10, "2016-11-07T19:56:30"), True),  # anchored to the reference day
        (CLOCK, date(0, 10, "2016-11-07T07:56:30"), False),
    ],
)
def test_date_matches(expected: dict, ours: DateFact, ok: bool) -> None:
    assert date_matches(expected, ours) is ok


@pytest.mark.parametrize(
    ("expected", "ours", "ok"),
    [
        ([FRIDAY], [date(16, 22, "2016-11-11")], True),  # future reading is listed too
        ([FRIDAY], [date(0, 5, "2016-11-11")], False),  # right value, wrong place
        ([], [], True),
        ([], [date(0, 5, "2016")], False),
    ],
)
def test_datetime_case(expected: list, ours: list[DateFact], ok: bool) -> None:
    assert datetime_case_correct({"expected": expected}, ours) is ok


YEARS = {"text": "from 2014 to 2018", "type": "daterange", "value": "(2014-01-01,2018-01-01,P4Y)",
         "start": 0, "end": 17,
         "resolution": [{"start": "2014-01-01", "end": "2018-01-01"}]}  # fmt: skip
HOURS = {"text": "5 to 6pm", "type": "timerange", "value": "(T17,T18,PT1H)", "start": 0, "end": 8,
         "resolution": [{"start": "17:00:00", "end": "18:00:00"}]}  # fmt: skip
Y2014 = date(5, 9, "2014", ("2014-01-01", "2014-12-31"))
Y2018 = date(13, 17, "2018", ("2018-01-01", "2018-12-31"))


def clock(start: int, end: int, value: str) -> DateFact:
    return DateFact("x", start, end, "TIME", value, range=DateRange(value[:10], value[:10]))


@pytest.mark.parametrize(
    ("expected", "ours", "ok"),
    [
        (YEARS, [Y2014, Y2018], True),  # the closing year begins where the spec's range ends
        (
            YEARS,
            [
                date(5, 9, "2018", ("2018-01-01", "2018-12-31")),
                date(13, 17, "2014", ("2014-01-01", "2014-12-31")),
            ],
            False,
        ),  # ends swapped
        (YEARS, [Y2014], False),
        (YEARS, [Y2014, date(13, 17, "2017", ("2017-01-01", "2017-12-31"))], False),
        (HOURS, [clock(0, 1, "2016-11-07T17:00"), clock(5, 8, "2016-11-07T18:00")], True),
        (HOURS, [clock(0, 1, "2016-11-07T05:00"), clock(5, 8, "2016-11-07T18:00")], False),
        (
            HOURS,
            [clock(0, 1, "2016-11-07T17:00"), clock(5, 9, "2016-11-07T18:00")],
            False,
        ),  # outside
    ],
)
def test_range_as_two_dates(expected: dict, ours: list[DateFact], ok: bool) -> None:
    assert datetime_case_correct({"expected": [expected]}, ours) is ok
    assert datetime_case_correct({"expected": [expected]}, ours, as_two_dates=False) is False


MORNING = {"text": "in the morning", "type": "timerange", "value": "TMO", "start": 0, "end": 14,
           "resolution": [{"start": "08:00:00", "end": "12:00:00"}]}  # fmt: skip
TUESDAY_MORNING = {"text": "tuesday morning", "type": "datetimerange", "value": "XXXX-WXX-2TMO",
                   "start": 0, "end": 15, "resolution": [
                       {"start": "2016-11-01T08:00:00", "end": "2016-11-01T12:00:00"},
                       {"start": "2016-11-08T08:00:00", "end": "2016-11-08T12:00:00"}]}  # fmt: skip


@pytest.mark.parametrize(
    ("expected", "value", "ok"),
    [
        (MORNING, "2016-11-07TMO", True),  # a morning of an unnamed day: the reference day's
        (MORNING, "2016-11-07TEV", False),
        (TUESDAY_MORNING, "2016-11-08TMO", True),
        (TUESDAY_MORNING, "2016-11-09TMO", False),
    ],
)
def test_part_of_day(expected: dict, value: str, ok: bool) -> None:
    assert date_matches(expected, clock(0, 5, value)) is ok


DEADLINE = {"text": "Thursday before 5pm", "type": "datetimerange", "value": "XXXX-WXX-4T17",
            "mod": "before", "start": 0, "end": 19,
            "resolution": [{"end": "2016-11-03T17:00:00"},
                           {"end": "2016-11-10T17:00:00"}]}  # fmt: skip


@pytest.mark.parametrize(
    ("mod", "value", "ok"),
    [
        ("BEFORE", "2016-11-10T17:00", True),  # the open range's bound, qualified as ours
        (None, "2016-11-10T17:00", False),  # the same moment without the qualifier
        ("BEFORE", "2016-11-10T18:00", False),
    ],
)
def test_open_range_bound(mod: str | None, value: str, ok: bool) -> None:
    fact = clock(0, 19, value)
    fact.mod = mod  # type: ignore[assignment]
    assert date_matches(DEADLINE, fact) is ok


@pytest.mark.parametrize(
    ("kind", "expected", "ours", "ok"),
    [
        ("currency", {"value": 5, "unit": "Dollar"}, qty(0, 4, 5, "USD", "money"), True),
        ("currency", {"value": 5, "unit": "Dollar"}, qty(0, 4, 5, "AUD", "money"), False),
        ("currency", {"value": 5, "unit": "Canadian dollar", "iso_currency": "CAD"},
         qty(0, 4, 5, "CAD", "money"), True),
        ("dimension", {"value": 2, "unit": "Pound"}, qty(0, 4, 2, "lb", "measure"), True),
        ("currency", {"value": 2, "unit": "Pound"}, qty(0, 4, 2, "GBP", "money"), True),
        ("temperature", {"value": 20, "unit": "C"}, qty(0, 4, 20, "°C", "measure"), True),
        ("percent", {"value": 84, "unit": "%"}, qty(0, 4, 84, "percent", "percent"), True),
        ("number", {"value": 103.666666666667, "unit": None}, qty(0, 4, 311 / 3, None), True),
        ("number", {"value": 0.8, "unit": None}, qty(0, 4, 0.81, None), False),
        ("number_range", {"value": "[20,100)", "unit": None},
         qty(0, 4, 20, None, range=NumberRange(20, 100)), True),
        ("number_range", {"value": "(3000,)", "unit": None},
         qty(0, 4, 3000, None, qualifier="more than"), True),
        ("number_range", {"value": "(3000,)", "unit": None},
         qty(0, 4, 3000, None, qualifier="at least"), False),
    ],
)  # fmt: skip
def test_number_case(kind: str, expected: dict, ours: Quantity, ok: bool) -> None:
    case = {"expected": [{"start": 0, "end": 4, "type": kind, **expected}]}
    assert number_case_correct(kind, case, [ours]) is ok


@pytest.mark.parametrize(
    ("kind", "ours", "ok"),
    [("currency", qty(4, 6, 70, None), True), ("currency", qty(4, 6, 70, "USD", "money"), False),
     ("number", qty(4, 6, 70, None), False)],
)  # fmt: skip
def test_negative_number_cases(kind: str, ours: Quantity, ok: bool) -> None:
    assert number_case_correct(kind, {"expected": []}, [ours]) is ok


def test_canon_time_and_case_type() -> None:
    assert canon_time("2016-11-07 16:12:00") == canon_time("2016-11-07T16:12") == "2016-11-07T16:12"
    assert canon_time("T11") == "11:00"
    assert case_type({"expected": [FRIDAY, QUARTER]}) == "mixed"
    assert case_type({"expected": []}) == "negative"


# --- metrics and report ------------------------------------------------------------------------


def test_actor_metrics_micro_average() -> None:
    from collections import Counter

    c = Counter(files=2, gold=4, found=3, pred_correct=3, pred_false=1, exhaustive_files=1)
    m = metrics("actors", c)
    assert (m["P"], m["R"], m["F1"]) == (0.75, 0.75, 0.75)


def test_diff_arrows() -> None:
    def results(f1: float, splits: int) -> dict[str, Any]:
        entry = {"metrics": {"F1": f1, "splits": splits}}
        return {"layers": {"actors": {"all": entry}}, "meta": {}}

    old, new = results(0.5, 2), results(0.6, 3)
    assert flatten(new) == {"actors/all/F1": 0.6, "actors/all/splits": 3}
    text = format_diff(old, new)
    assert "50.0 -> 60.0  +10.0  ↑ better" in text
    assert "2 -> 3  +1  ↓ worse" in text


def test_diff_shows_false_actor_counts_as_counts_where_fewer_is_better() -> None:
    def results(false_in_unnamed: int) -> dict[str, Any]:
        entry = {"metrics": {"false_actors_in_unnamed": false_in_unnamed}}
        return {"layers": {"actors": {"all": entry}}, "meta": {}}

    assert "28 -> 26  -2  ↑ better" in format_diff(results(28), results(26))


def test_worst_misses_prefer_missed_and_spread_over_files() -> None:
    misses = [{"file": "a", "problem": "missed"}] * 3 + [
        {"file": "b", "problem": "wrong value"},
        {"file": "c", "problem": "missed"},
    ]
    files = [(m["file"], m["problem"]) for m in pick_worst(misses, 3)]
    assert files == [("a", "missed"), ("c", "missed"), ("a", "missed")]


def test_sentence_around() -> None:
    text = "First one. The Kremlin said no.\nNext line " + "x" * 300
    assert sentence_around(text, 15, 22) == "The Kremlin said no."
    long = sentence_around(text, 45, 48)
    assert len(long) <= 162 and long.startswith("Next line")
