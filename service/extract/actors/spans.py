"""Name mentions the small model misses or mislabels, found from the words around them."""

from __future__ import annotations

import re
from typing import Any

from service.extract.shared.facts import ActorType
from service.extract.shared.parsing import doc_text, span_offsets, span_text, token_strings

from .candidates import Candidate
from .countries import is_country, is_country_or_region
from .given_names import given_name_gender, is_given_name
from .vocab import (
    CALENDAR_WORDS,
    CORPORATE_SUFFIXES,
    COUNTRY_METONYMS,
    COUNTRY_SHORT_FORMS,
    FEMALE_CUES,
    LABEL_TYPES,
    MALE_CUES,
    MARKET_NOUNS,
    NEWSPAPER_WORDS,
    NON_PERSON_HEADS,
    ORG_KEYWORDS,
    PLACE_HEADS,
    POSSESSIVE_MARKS,
    QUOTED_ORG_HEADS,
    REGION_NOUNS,
    TITLE_WORDS,
)

_QUOTE_MARKS = {'"', "\u201c", "\u201d", "''", "``"}
_AMOUNT_LABELS = {"PERCENT", "MONEY", "QUANTITY", "DATE", "TIME"}
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A quoted name is short; longer quoted stretches are speech.
_MAX_QUOTED_TOKENS = 6


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def is_product(doc: Any, start: int, end: int) -> bool:
    """ "Boeing 787", "Airbus A380", "FTSE 100", "Hang Seng index": a maker's or index's name on a
    model number or a market names the thing, not the organisation behind it."""
    last = doc[end - 1].text
    if end - start > 1 and _has_digit(last) and not _YEAR.fullmatch(last):
        return True
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.lower_ in MARKET_NOUNS:
        return True
    # Counts and amounts after a name are about it ("gave Norlund 20 percent"), not its models.
    if nxt.ent_type_ in _AMOUNT_LABELS or _YEAR.fullmatch(nxt.text):
        return False
    # "beat Chelsea 2-1": a match's score, not a model number.
    if SCORE.match(doc_text(doc), nxt.idx):
        return False
    return _has_digit(nxt.text)


# A match's score: "2-1", "3 – 0".
SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,])")


def suffix_end(doc: Any, end: int) -> int:
    """ "Brightwell LLC": the model leaves a legal form out of the company's name."""
    if end < len(doc) and doc[end].ent_type_ == "" and doc[end].text[:1].isupper():
        if doc[end].lower_ in CORPORATE_SUFFIXES:
            return end + 1
    return end


def _make(doc: Any, start: int, end: int, label: str, type_: ActorType) -> Candidate:
    start_char, end_char = span_offsets(doc, start, end)
    text = span_text(doc, start, end)
    return Candidate(start, end, start_char, end_char, text, label, type_)


def quoted_org_names(doc: Any, taken: set[int]) -> list[Candidate]:
    """'the "Safe Harbour" hotline': a short capitalised name in quote marks right before an
    organisation noun names that organisation."""
    texts = token_strings(doc, "ORTH")
    lowers = token_strings(doc, "LOWER")
    found: list[Candidate] = []
    opening = -1
    for i, text in enumerate(texts):
        if text not in _QUOTE_MARKS:
            continue
        if opening < 0 or i - opening - 1 > _MAX_QUOTED_TOKENS or i == opening + 1:
            opening = i
            continue
        start, end = opening + 1, i
        opening = -1
        if end + 1 >= len(doc) or lowers[end + 1] not in QUOTED_ORG_HEADS:
            continue
        if not texts[start][:1].isupper() or any(k in taken for k in range(start, end)):
            continue
        found.append(_make(doc, start, end, "ORG", "organization"))
    return found


def region_places(doc: Any, taken: set[int]) -> list[Candidate]:
    """ "the Varna region", "the town of Kellsby": a proper noun a place noun governs or
    modifies is a place, tagged or not."""
    found: list[Candidate] = []
    for i, word in enumerate(token_strings(doc, "LOWER")):
        if word not in REGION_NOUNS or i == 0:
            continue
        tok, prev = doc[i], doc[i - 1]
        if prev.i in taken or prev.tag_ != "NNP" or not prev.is_alpha or prev.head.i != tok.i:
            continue
        start = prev.i
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].head.i == tok.i:
            start -= 1
        if any(i in taken for i in range(start, prev.i)):
            continue
        found.append(_make(doc, start, prev.i + 1, "GPE", "location"))
    return found


def split_place_prefix(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """ "US Coast Guard", "the United States Postal Service": a country written before an
    organisation's name is a place of its own, and the organisation goes by the rest too. A
    state or a town before one is part of its name ("Massachusetts Institute of Technology",
    "Altoona Curve"); named alone elsewhere, it gets its nested mention from `nested`."""
    places = {
        c.text.lower() for c in cands if c.type == "location" and is_country(c.text)
    } | COUNTRY_SHORT_FORMS
    found: list[Candidate] = []
    for cand in cands:
        if cand.type != "organization" or cand.alias:
            continue
        for size in (2, 1):
            start, cut = cand.tok_start, cand.tok_start + size
            if cut >= cand.tok_end or doc[start:cut].text.lower() not in places:
                continue
            rest = doc[cut : cand.tok_end]
            # "the US Government" is the country itself.
            if not rest.text[:1].isupper() or rest.text.lower() in COUNTRY_METONYMS:
                break
            found.append(_make(doc, start, cut, "GPE", "location"))
            cand.alias, cand.text = cand.text, rest.text
            cand.tok_start, cand.start = cut, rest.start_char
            break
    return found


_PROPER_TAGS = {"NNP", "NNPS"}


def _untagged_name(doc: Any, i: int, taken: set[int], tags: list[str]) -> bool:
    if i in taken or tags[i] not in _PROPER_TAGS:
        return False
    tok = doc[i]
    return tok.ent_type_ in {"", "NORP"} and tok.is_alpha and tok.text[:1].isupper()


def untagged_names(doc: Any, taken: set[int], cands: list[Candidate]) -> list[Candidate]:
    """Runs of capitalised proper nouns the model left untagged, typed by what is around them:
    "Kingsmere Bridge" and "Halifax Star" by their last word, "Mira Holt" after
    "New Citizen Party's", "Solvane" after "Oren Blake of"."""
    people_end = {c.tok_end for c in cands if c.type == "person"}
    org_end = {c.tok_end for c in cands if c.type == "organization"}
    tags = token_strings(doc, "TAG")
    found: list[Candidate] = []
    # A run starts at a proper noun: pick those out in one pass rather than test every token.
    proper = [i for i, tag in enumerate(tags) if tag in _PROPER_TAGS]
    resume = 0
    for i in proper:
        if i < resume or not _untagged_name(doc, i, taken, tags):
            continue
        end = i
        while end < len(doc) and _untagged_name(doc, end, taken, tags) and end - i < 5:
            end += 1
        # A capitalised first word of a sentence may be an ordinary word: only a name's last
        # word decides there.
        label = _run_label(doc, i, end, people_end, org_end)
        if (
            doc[i].is_sent_start
            and label not in {"FAC", "ORG", "PERSON"}
            or end - i < 2
            and doc[i].is_sent_start
        ):
            label = ""
        if label:
            found.append(_make(doc, i, end, label, LABEL_TYPES[label]))
        resume = end
    return found


def looks_like_a_person(doc: Any, start: int, end: int) -> bool:
    """Two or three capitalised words opening with a common given name, none of them a word that
    names a place, an organisation or a title: "Aner Shalev", "Isabel Ruiz", "Brock Holt"."""
    if not 2 <= end - start <= 3 or not is_given_name(doc[start].text):
        return False
    words = [doc[i] for i in range(start, end)]
    if not all(w.is_alpha and w.text[:1].isupper() and w.tag_ in _PROPER_TAGS for w in words):
        return False
    lowered = {w.lower_ for w in words}
    barred = ORG_KEYWORDS | PLACE_HEADS | NEWSPAPER_WORDS | NON_PERSON_HEADS | TITLE_WORDS
    return lowered.isdisjoint(barred)


def person_named_in(doc: Any, start: int, end: int) -> Candidate | None:
    """A person at the head of an entity the model took for a work, product or event:
    "Isabel Ruiz of Heaven Sent Gaming" (WORK_OF_ART) opens with the person Isabel Ruiz."""
    stop = start
    while stop < end and stop - start < 3 and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
        stop += 1
    if stop < end and doc[stop].text[:1].isupper():
        return None  # more capitalised words follow: a title, not a name
    if not looks_like_a_person(doc, start, stop):
        return None
    return _make(doc, start, stop, "PERSON", "person")


# A lone given name the model leaves untagged is a person when the text uses it this often, and
# at least once as a subject or owner ("Byron received his early education ..."): one stray
# "Grant" or "Will" is not enough.
_LONE_NAME_USES = 3
_PERSON_ROLES = {"nsubj", "nsubjpass", "poss"}


def repeated_given_names(doc: Any, taken: set[int]) -> list[Candidate]:
    """Lone untagged given names used again and again, as people are: "Byron" in his biography."""
    tags = token_strings(doc, "TAG")
    uses: dict[str, list[int]] = {}
    for i, tag in enumerate(tags):
        if tag != "NNP" or i in taken or doc[i].ent_type_ or not doc[i].is_title:
            continue
        if given_name_gender(doc[i].text) is None:
            continue
        alone = (i == 0 or tags[i - 1] not in _PROPER_TAGS) and (
            i + 1 == len(doc) or tags[i + 1] not in _PROPER_TAGS
        )
        if alone:
            uses.setdefault(doc[i].text, []).append(i)
    found: list[Candidate] = []
    for places in uses.values():
        if len(places) >= _LONE_NAME_USES and any(doc[i].dep_ in _PERSON_ROLES for i in places):
            found += [_make(doc, i, i + 1, "PERSON", "person") for i in places]
    return found


def untagged_countries(doc: Any, taken: set[int]) -> list[Candidate]:
    """Countries and world regions the model leaves untagged ("claiming to be 'Protector of
    Mexico'", "in Europe and Asia Monday"), read off the words: capitalised, and not part of a
    longer name ("Chad Johnson", "Georgia Tech", "the US West Coast")."""
    texts, ents = token_strings(doc, "ORTH"), token_strings(doc, "ENT_TYPE")
    # Only a run of capitalised, untagged words may be one; most tokens are ruled out by a look.
    free = [t[:1].isupper() and not ents[k] and k not in taken for k, t in enumerate(texts)]
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        if not free[i]:
            i += 1
            continue
        size = next(
            (
                n
                for n in (3, 2, 1)
                if i + n <= len(doc)
                and all(free[i : i + n])
                and is_country_or_region(" ".join(texts[i : i + n]))
            ),
            0,
        )
        if size and not _glued(doc, i, i + size):
            found.append(_make(doc, i, i + size, "GPE", "location"))
        i += size or 1
    return found


def _glued(doc: Any, start: int, end: int) -> bool:
    """A capitalised name word right before or after the span makes it part of that name."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        if after.lower_ not in CALENDAR_WORDS:
            return True
    return bool(
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not before.is_sent_start
    )


def _run_label(doc: Any, start: int, end: int, people_end: set[int], org_end: set[int]) -> str:
    last = doc[end - 1].lower_
    if any(doc[i].lower_ in TITLE_WORDS for i in range(start, end)):
        return ""
    if not any(doc[i].ent_type_ for i in range(start, end)) and looks_like_a_person(
        doc, start, end
    ):
        return "PERSON"
    if any(doc[i].ent_type_ for i in range(start, end)) and last not in ORG_KEYWORDS:
        # A nationality word inside: only "Harbour Democrats" after "of" below.
        if not _after_person_of(doc, start, end, people_end):
            return ""
        return "ORG"
    if end - start >= 2 and last in PLACE_HEADS:
        return "FAC"
    if end - start >= 2 and (last in NEWSPAPER_WORDS or last in ORG_KEYWORDS):
        return "ORG"
    if _after_person_of(doc, start, end, people_end):
        return "ORG"
    # "PWU's Lena Hart": a two- or three-word name after an organisation's possessive.
    if 2 <= end - start <= 3 and start >= 2 and doc[start - 1].text in POSSESSIVE_MARKS:
        if start - 1 in org_end:
            return "PERSON"
    return ""


def _after_person_of(doc: Any, start: int, end: int, people_end: set[int]) -> bool:
    """ "Oren Blake of Solvane", "Ivo Marsh of the Harbour Democrats"."""
    at = start - 1
    # "Daniel Ruiz of the Engineering, Planning ... constituency": a list is no name.
    if end < len(doc) and doc[end].text in {",", "and", "&"}:
        return False
    if at >= 0 and doc[at].lower_ == "the":
        at -= 1
    return at >= 1 and doc[at].lower_ == "of" and at in people_end


def given_name_start(doc: Any, start: int, end: int) -> int:
    """ "Thaddeus Wu", "Joshua Abraham Norton": the model sometimes tags only the surname after
    an unfamiliar given name, or leaves out a given name it parsed as a sentence of its own."""
    if start == 0:
        return start
    prev = doc[start - 1]
    if (
        prev.ent_type_ != ""
        or prev.tag_ != "NNP"
        or not prev.is_alpha
        or not prev.is_title
        or prev.lower_ in TITLE_WORDS | MALE_CUES | FEMALE_CUES
    ):
        return start
    if is_given_name(prev.text):
        return start - 1
    attached = prev.dep_ == "compound" and prev.head.i == start and not prev.is_sent_start
    return start - 1 if attached and end - start == 1 else start
