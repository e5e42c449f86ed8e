"""What the words around a number say: not a quantity at all, an age, a change, a rate.

Each rule looks at tokens and the dependency parse near one number phrase; none of them knows
about units or spans beyond token indices, which `extractor` turns into characters.
"""

from __future__ import annotations

import re
from typing import Any

from service.extract.shared.ages import MAX_AGE, bracketed_age
from service.extract.shared.facts import Change
from service.extract.shared.parsing import doc_text, token_strings

from .numbers import NumberPhrase
from .vocab import (
    DATE_WORDS,
    DECREASE_WORDS,
    DESIGNATOR_WORDS,
    FACTOR_VERBS,
    INCREASE_WORDS,
    NAME_ENTITY_TYPES,
    RATE_NOUNS,
    RATE_WORDS,
    SCALE_WORDS,
    TIME_NOUNS,
    YEAR_RANGE,
)

_YEAR = re.compile(r"^\d{4}$")
_HYPHENS = frozenset({"-", "–", "‐"})
_CLOSERS = frozenset({",", ")", ".", ";", ":", "—", "–"})


def lower(doc: Any, i: int) -> str:
    lowers = token_strings(doc, "LOWER")
    return lowers[i] if 0 <= i < len(lowers) else ""


def is_year(doc: Any, phrase: NumberPhrase) -> bool:
    """A bare four-digit number that reads as a year ("in 2023", "2023's budget")."""
    if phrase.end - phrase.start != 1 or phrase.spelled:
        return False
    text = doc[phrase.start].text
    return bool(_YEAR.match(text)) and YEAR_RANGE[0] <= int(text) <= YEAR_RANGE[1]


def is_code(doc: Any, phrase: NumberPhrase) -> bool:
    """A leading zero ("0800 UTC", "007"): a clock time or an identifier, never an amount."""
    text = doc[phrase.start].text
    return len(text) > 1 and text.startswith("0") and text[1].isdigit()


def in_date_entity(doc: Any, phrase: NumberPhrase) -> bool:
    """Inside a DATE/TIME entity that is a real date: it has a date word or a year in it.

    The tagger also labels bare numbers DATE ("Castell, 51,", "between 5"), which stay quantities.
    """
    for i in range(phrase.start, phrase.end):
        token = doc[i]
        if token.ent_type_ not in ("DATE", "TIME"):
            continue
        around = _entity_around(doc, i)
        if phrase.fraction and phrase.start <= around.start and around.stop <= phrase.end:
            return False  # "three quarters" alone is a share; "the past three quarters" a date
        for k in around:
            word = doc[k]
            if word.lower_ in DATE_WORDS or word.lemma_.lower() in DATE_WORDS:
                return True
            if k != i and _YEAR.match(word.text) and int(word.text) in range(*YEAR_RANGE):
                return True
        return False
    return False


def is_name_part(doc: Any, phrase: NumberPhrase) -> bool:
    """A number inside a name: "Apollo 11", "Boeing 747", "COVID-19", "FTSE 100"."""
    first = phrase.start
    if any(_in_name_entity(doc, i) for i in range(first, phrase.end)):
        return True
    if first == 0:
        return False
    prev = doc[first - 1]
    if lower(doc, first - 1) in DESIGNATOR_WORDS:
        return True
    if phrase.spelled:
        # "the Hartley Five Hundred": title-case number words right after a name.
        return bool(prev.pos_ == "PROPN" and doc[first].text.istitle() and prev.i > 0)
    if prev.text in _HYPHENS and not prev.whitespace_ and first >= 2:
        before = doc[first - 2]
        letters = any(c.isalpha() for c in before.text)
        return bool(letters and not before.whitespace_ and before.text[:1].isupper())
    if prev.text == "'s" and first >= 2 and doc[first - 2].pos_ == "PROPN":
        return _bare(doc, phrase.end)  # "Standard & Poor's 500 rose"
    # A capitalised proper noun right before, with no comma: a model or index number.
    capital = any(c.isupper() for c in prev.text)
    if not (prev.pos_ == "PROPN" and capital and prev.text[:1].isalpha()):
        return False
    # A capitalised first word is only a name when the tagger or the parse says so.
    named = prev.ent_type_ in NAME_ENTITY_TYPES or doc[first].head.i == prev.i
    return bool(not prev.is_sent_start or named)


def _bare(doc: Any, j: int) -> bool:
    """Nothing after the number that could be its noun or unit."""
    return j >= len(doc) or doc[j].pos_ not in ("NOUN", "SYM") and doc[j].text != "%"


def _in_name_entity(doc: Any, i: int) -> bool:
    """Token i belongs to a name entity that also has words in it ("Apollo 11", not "8,579.19")."""
    token = doc[i]
    if token.ent_type_ not in NAME_ENTITY_TYPES:
        return False
    return any(doc[k].is_alpha and doc[k].lower_ not in SCALE_WORDS for k in _entity_around(doc, i))


def _entity_around(doc: Any, i: int) -> range:
    """The token indices of the named entity that token i is part of."""
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return range(start, end)


def is_list_number(doc: Any, phrase: NumberPhrase) -> bool:
    """ "1." or "2)" opening a line: numbering, not an amount."""
    start_char = doc[phrase.start].idx
    if start_char > 0 and doc_text(doc)[start_char - 1] != "\n":
        return False
    nxt = phrase.end
    return (
        nxt + 1 < len(doc)
        and doc[nxt].text in (".", ")")
        and not doc[phrase.end - 1].whitespace_
        and doc[nxt + 1].is_alpha
    )


def is_phone_number(doc: Any, phrase: NumberPhrase) -> bool:
    """Digit groups glued by hyphens, like 555-1234 or 020-7946-0000."""
    i = phrase.start
    text = doc[i].text
    if not text.isdigit():
        return False
    nxt = phrase.end
    if lower(doc, nxt) in _HYPHENS and not doc[nxt - 1].whitespace_ and nxt + 1 < len(doc):
        after = doc[nxt + 1].text
        return after.isdigit() and len(after) >= 4 and (len(text) >= 3 or text.startswith("0"))
    prev = i - 1
    return (
        lower(doc, prev) in _HYPHENS
        and prev > 0
        and doc[prev - 1].text.isdigit()
        and (len(text) >= 4 and len(doc[prev - 1].text) >= 3)
    )


def is_time_noun(token: Any) -> bool:
    return str(token.lemma_).lower() in TIME_NOUNS or str(token.lower_) in TIME_NOUNS


def read_age(doc: Any, phrase: NumberPhrase) -> tuple[int, int, str] | None:
    """Token span and unit of an age: "51-year-old", "five years old", "aged 51", "Castell, 51,"."""
    value = phrase.value
    if value <= 0:
        return None
    j = phrase.end
    if lower(doc, j) in _HYPHENS:
        j += 1
    if lower(doc, j) in ("yo", "y.o."):
        return phrase.start, j + 1, "year"
    if j < len(doc) and is_time_noun(doc[j]):
        # The words say it is an age, so no upper bound ("500 years old" for a wall).
        unit = str(doc[j].lemma_).lower()
        k = j + 1
        if lower(doc, k) in _HYPHENS:
            k += 1
        if lower(doc, k) == "old":
            return phrase.start, k + 1, unit
        if lower(doc, k) == "of" and lower(doc, k + 1) == "age":
            return phrase.start, k + 2, unit
        return None
    if value > MAX_AGE:
        return None
    start = phrase.start
    if lower(doc, start - 1) in ("aged", "age") and value == int(value):
        return start - 1, phrase.end, "year"
    if phrase.spelled or value != int(value) or start < 2:
        return None
    if not bracketed_age(lower(doc, start - 1), value, lower(doc, phrase.end)):
        return None
    person = doc[start - 2]
    # A name the model tagged a person, or left untagged or mistook for a firm or a place
    # ("Lafferty, 52, sat ...", as the actors layer reads it).
    named = person.ent_type_ == "PERSON" or (
        person.ent_type_ in ("", "ORG", "GPE", "NORP")
        and person.pos_ == "PROPN"
        and person.text.istitle()
    )
    return (start, phrase.end, "year") if named else None


def read_rate(doc: Any, j: int) -> tuple[int, str] | None:
    """A rate after the unit ("per day", "a year", "each month"): end index and the noun."""
    word = lower(doc, j)
    if word not in RATE_WORDS or j + 1 >= len(doc):
        return None
    noun = doc[j + 1]
    lemma = str(noun.lemma_).lower()
    if word in ("per", "/") and noun.pos_ in ("NOUN", "PROPN") or lemma in RATE_NOUNS:
        return j + 2, lemma
    return None


def span_root(doc: Any, start: int, end: int) -> Any:
    """The token of [start, end) whose head lies outside it: where the span hangs in the parse."""
    for i in range(start, end):
        head = doc[i].head
        if head.i == i or not start <= head.i < end:
            return doc[i]
    return doc[end - 1]


def _direction(lemma: str) -> str | None:
    if lemma in INCREASE_WORDS:
        return "increase"
    if lemma in DECREASE_WORDS:
        return "decrease"
    return None


def read_change(doc: Any, start: int, end: int, value: float) -> Change | None:
    """How the sentence says this quantity moved: "doubled to", "fell by", "up 5%", "a 9% drop"."""
    prev = lower(doc, start - 1)
    if prev in ("up", "down") and lower(doc, start) != "to":
        return Change("increase" if prev == "up" else "decrease", delta=abs(value))
    root = span_root(doc, start, end)
    preposition = None
    governor = root.head
    if root.dep_ == "pobj":
        preposition = str(governor.lower_)
        governor = governor.head
    elif root.dep_ not in ("dobj", "npadvmod", "attr", "advmod", "compound", "amod", "nmod"):
        return None
    if preposition not in (None, "by", "to", "of"):
        return None
    lemma = str(governor.lemma_).lower()
    if lemma in FACTOR_VERBS and preposition in (None, "to", "by"):
        factor = FACTOR_VERBS[lemma]
        return Change("increase" if factor > 1 else "decrease", factor=factor)
    direction = _direction(lemma) or _direction(str(governor.lower_))
    if direction is None:
        return None
    if preposition == "of" and governor.pos_ != "NOUN":
        return None
    if preposition == "to":
        return Change(direction)  # type: ignore[arg-type]
    return Change(direction, delta=abs(value))  # type: ignore[arg-type]
