"""Examples for dates/rules/early_years.py (years before 1500, where the wording makes them
years). Each row: text and reference day in, (text, type, value) of each fact out."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.extract.dates.helpers import Facts, Reference, facts_of

LATER = date(2008, 5, 1)

EXAMPLES: list[tuple[str, Reference, Facts]] = [
    # a life span in parentheses: both ends, the second perhaps a whole date
    (
        "Theodorus of Tabennese (c. 314 – 368) was a monk.",
        LATER,
        [("314 – 368", "DATE", "0314"), ("314", "DATE", "0314"), ("368", "DATE", "0368")],
    ),
    (
        "Jerome (Latin: Hieronymus; c. 347 – 30 September 420) was a priest.",
        LATER,
        [
            ("347 – 30 September 420", "DATE", "0347"),
            ("347", "DATE", "0347"),
            ("30 September 420", "DATE", "0420-09-30"),
        ],
    ),
    (
        "Saint Pachomius (292 – 348) founded it.",
        LATER,
        [("292 – 348", "DATE", "0292"), ("292", "DATE", "0292"), ("348", "DATE", "0348")],
    ),
    ("The score (314 – 368) was close.", LATER, []),  # 54 years apart, but no life opens it
    ("The ward has beds (300 – 900) for all.", LATER, []),
    # a day and a month, or a month "of", before the number
    ("He died on 30 September 420.", LATER, [("30 September 420", "DATE", "0420-09-30")]),
    ("Damasus died in December of 384.", LATER, [("December of 384", "DATE", "0384-12")]),
    ("By 30 September 420 people had left.", LATER, []),  # a count: no year read into it
    # after "in", "around", "until about" ... in a text that names such a year plainly
    (
        "Theodorus (c. 314 – 368) arrived around 328. In 348 Pachomius died. Later that year "
        "the monks left.",
        LATER,
        [
            ("314 – 368", "DATE", "0314"),
            ("314", "DATE", "0314"),
            ("368", "DATE", "0368"),
            ("328", "DATE", "0328"),
            ("348", "DATE", "0348"),
            ("that year", "DATE", "0348"),
        ],
    ),
    (
        "He died in December of 384. He was baptized until about 360 - 366, in Rome.",
        LATER,
        [
            ("December of 384", "DATE", "0384-12"),
            ("360 - 366", "DATE", "0360"),
            ("360", "DATE", "0360"),
            ("366", "DATE", "0366"),
        ],
    ),
    (
        "He died in December of 384. In 348 cases the court ruled; in 420 stores sales rose.",
        LATER,
        [("December of 384", "DATE", "0384-12")],
    ),
    (
        "He died in 384 AD. A painting of him (1480) hangs in Rome.",
        LATER,
        [("384 AD", "DATE", "0384"), ("1480", "DATE", "1480")],
    ),  # fmt: skip
    # an era year makes "in 348" a year too, but not the story a history: "in March" is still
    # the reference's
    (
        "A coin from AD 347 was found in March. It lay there since 348.",
        LATER,
        [("AD 347", "DATE", "0347"), ("March", "DATE", "2008-03"), ("348", "DATE", "0348")],
    ),
    (  # nor does a year that short anchor the news around it
        "A coin from AD 70 was found in March.",
        LATER,
        [("AD 70", "DATE", "0070"), ("March", "DATE", "2008-03")],
    ),
    # news that counts: no such year named plainly, so nothing is one
    ("In 348 cases the court ruled. Police made arrests in 420.", LATER, []),
    ("Sales (1480) rose in 300 stores.", LATER, []),
]


@pytest.mark.parametrize("text, reference, expected", EXAMPLES)
def test_early_years(nlp: Any, text: str, reference: Reference, expected: Facts) -> None:
    assert facts_of(nlp, text, reference) == expected
