"""Type fixes for name mentions where the text itself tells the small model's label is wrong."""

from __future__ import annotations

from collections import Counter
from typing import Any

from service.extract.shared.ages import bracketed_age
from service.extract.shared.parsing import is_dateline

from .candidates import Candidate
from .countries import is_country
from .given_names import is_given_name
from .names import without_legal_form
from .spans import SCORE, looks_like_a_person
from .vocab import (
    BAND_ROLES,
    BUILDINGS_OF,
    CLUB_WORDS,
    COMPANY_NOUNS,
    COMPANY_VERBS,
    CONTEST_VERBS,
    DWELLING_VERBS,
    LABEL_TYPES,
    LOCATION_NOUNS,
    NAME_PARTICLES,
    NEWSPAPER_WORDS,
    ORG_DESCRIPTORS,
    ORG_KEYWORDS,
    PLACE_HEADS,
    PLACE_OF_NOUNS,
    PLACE_PREPOSITIONS,
    PLATFORM_NAMES,
    ROUTE_PREPOSITIONS,
    SEATED_INSTITUTIONS,
    SPORT_WORDS,
    SURNAME_PLACE_HEADS,
)

_NON_PERSON = {"ORG", "GPE", "LOC", "FAC"}
_PLACE_LABELS = {"GPE", "LOC", "NORP"}


def _relabel(cand: Candidate, label: str) -> None:
    cand.label, cand.type = label, LABEL_TYPES[label]


def _under_location_noun(tok: Any) -> bool:
    """Whether a name hangs off a list of places: "cities, including Varna, Plovdiv and ..."."""
    seen = 0
    while tok.head.i != tok.i and seen < 6:
        tok = tok.head
        seen += 1
        if tok.lower_ in LOCATION_NOUNS:
            return True
        if tok.pos_ == "VERB" and tok.lower_ not in {"including"}:
            return False
    return False


def _where_one_dwells(tok: Any) -> bool:
    """ "He settled in Trier", "travelled through Thrace": the object of a route preposition
    on a verb of living, dying or travelling. Not an acronym, nor what acts as a company."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ROUTE_PREPOSITIONS or _is_acronym(tok.text):
        return False
    return bool(prep.head.pos_ == "VERB" and prep.head.lemma_ in DWELLING_VERBS)


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _place_after_comma(doc: Any, end: int) -> bool:
    """ "Arles, France", "from Arles in France": a name followed by a country is a place (not
    by the subject of the next clause: "After Pachomius, Theodorus lived ...")."""
    if end + 1 >= len(doc) or doc[end].text not in {",", "in"} or doc[end + 1].ent_type_ != "GPE":
        return False
    last = end + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return doc[last].dep_ not in {"nsubj", "nsubjpass"}


def _place_before_comma(doc: Any, start: int, by_end: dict[int, Candidate]) -> bool:
    """ "born in Exeter, Devon": a name after a place that follows "in" and a comma is the
    larger place it lies in (not the subject of the next clause: "In Antioch, Jerome wrote").
    `by_end`: the candidates by their end token, with the labels fixed so far."""
    place = by_end.get(start - 1)
    if place is None or place.label not in _PLACE_LABELS or doc[start - 1].text != ",":
        return False
    if doc[start].dep_ in {"nsubj", "nsubjpass"}:
        return False
    return place.tok_start > 0 and doc[place.tok_start - 1].lower_ in PLACE_PREPOSITIONS


def _named_place(doc: Any, start: int) -> bool:
    """ "the town of Kellsby": a place noun and "of" before a name say it is a place."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_OF_NOUNS


def _acts_as_company(doc: Any, cand: Candidate) -> bool:
    """ "Cisco sues Apple", "Ubisoft's new game": a one-word name the model took for a place
    that does what companies do, or owns what they own. Countries keep their type. A one-word
    "person" listed among organisations ("Ubisoft, Microsoft and Sony") is one of them."""
    if cand.tok_end - cand.tok_start != 1:
        return False
    tok = doc[cand.tok_start]
    if cand.label == "PERSON":
        return not is_given_name(cand.text) and _listed_with_orgs(tok)
    if cand.label not in {"GPE", "LOC"} or is_country(cand.text):
        return False
    if _listed_with_orgs(tok):
        return True
    if tok.dep_ == "nsubj" and tok.head.lemma_ in COMPANY_VERBS:
        return True
    if _according_to(tok):
        return True  # "the 135th most popular site according to Quantcast": a source, no place
    owned = tok.head if tok.dep_ == "poss" else None
    return owned is not None and owned.lemma_.lower() in COMPANY_NOUNS


def _saint(words: list[str]) -> bool:
    return len(words) == 2 and words[0].lower().rstrip(".") in {"saint", "st"}


def _building_of(text: str) -> bool:
    """ "Metropolitan Museum of Art", "Palace of Westminster": a building named with "of"."""
    head, of, _ = text.partition(" of ")
    return bool(of) and head.split()[-1].lower() in BUILDINGS_OF


def _according_to(tok: Any) -> bool:
    prep = tok.head
    return bool(
        tok.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and tok.doc[prep.i - 1].lower_ == "according"
    )


_LIST_LINKS = {",", "and", "or", "&"}


def _listed_with_orgs(tok: Any) -> bool:
    """Whether the token stands in a list ("Ubisoft, Microsoft, and Sony") whose other items,
    two at least, the model tagged as organisations. Read off the words, not the parse, which
    often breaks such lists."""
    doc, labels = tok.doc, []
    for step in (1, -1):
        k = tok.i
        while True:
            k += step  # past the item's last (or first) word
            linked = False
            while 0 <= k < len(doc) and doc[k].text in _LIST_LINKS:
                k, linked = k + step, True
            if not linked or not 0 <= k < len(doc) or not doc[k].ent_type_:
                break
            labels.append(doc[k].ent_type_)
            while 0 <= k + step < len(doc) and doc[k + step].ent_type_ == doc[k].ent_type_:
                k += step  # over the rest of a longer name
    return len(labels) >= 2 and all(label == "ORG" for label in labels)


def _plays_as_team(doc: Any, cand: Candidate) -> bool:
    """ "Brazil beat Germany 2-1": a place that beats or is beaten by another place is its team,
    an organisation by the contract's convention."""
    if cand.label != "GPE" or cand.tok_end - cand.tok_start > 3:
        return False
    tok = doc[cand.tok_end - 1]
    verb = tok.head
    if tok.dep_ not in {"nsubj", "dobj"} or verb.lemma_ not in CONTEST_VERBS:
        return False
    other = "dobj" if tok.dep_ == "nsubj" else "nsubj"
    # The other side a place or any name ("West Ham beat Wolves 4-0").
    if not any(
        c.dep_ == other and (c.ent_type_ == "GPE" or c.pos_ == "PROPN") for c in verb.children
    ):
        return False
    # A game, not a war: a score or a word of sport in the sentence.
    sentence = tok.sent
    return bool(SCORE.search(sentence.text)) or any(
        t.lemma_.lower() in SPORT_WORDS for t in sentence
    )


def _described_as_org(doc: Any, cand: Candidate) -> bool:
    """ "Activist group Green Dawn", "automaker Brightwell": a common noun says what it is."""
    if cand.tok_start == 0:
        return False
    prev = doc[cand.tok_start - 1]
    return bool(prev.pos_ == "NOUN" and prev.lemma_.lower() in ORG_DESCRIPTORS)


def _seat_places(cands: list[Candidate]) -> set[str]:
    """One-word names that are the place of an institution named after it: "Copenhagen" of
    "University of Copenhagen", "America" of "Bank of America"."""
    found = set()
    for cand in cands:
        head, of, place = cand.text.partition(" of ")
        if of and cand.label == "ORG" and head.split()[-1].lower() in SEATED_INSTITUTIONS:
            if " " not in place and place[:1].isupper():
                found.add(place)
    return found


def fix_types(doc: Any, cands: list[Candidate]) -> None:
    """Correct labels where the text tells: a name that is elsewhere a person is a person."""
    described = {c.text for c in cands if _described_as_org(doc, c)}
    person_words = {
        w
        for c in cands
        if c.label == "PERSON" and c.tok_end - c.tok_start > 1 and c.text not in described
        for w in c.text.split()
    }
    # "Hartley" is the company where "Hartley Motor Company" is named too,
    # ... a name the text describes as one counts ("his team Hoonigan Racing").
    org_first_words = {
        c.text.split()[0]
        for c in cands
        if (c.label == "ORG" or c.text in described) and " " in c.text
    }
    # "Detwiler Fenton" is the firm where "Detwiler Fenton & Company" is named too.
    org_short_forms = {without_legal_form(c.text) for c in cands} - {None}
    person_texts = {
        c.text for c in cands if c.label == "PERSON" and c.text.lower() not in PLATFORM_NAMES
    } - org_short_forms
    votes: Counter[tuple[str, str]] = Counter((c.text, c.label) for c in cands)
    # Words the text uses as places ("China" in "China Eastern Airlines"): no given names there.
    place_words = {w.lower() for c in cands if c.label in _PLACE_LABELS for w in c.text.split()}

    def other_place_words(cand: Candidate) -> set[str]:
        return {
            w.lower()
            for c in cands
            if c.label in _PLACE_LABELS and c.text != cand.text
            for w in c.text.split()
        }

    label_at = {c.tok_end - 1: c.label for c in cands}
    seat_places = _seat_places(cands)
    by_end = {c.tok_end: c for c in cands}
    lone_people = {c.text for c in cands if c.label == "PERSON" and " " not in c.text}
    for cand in cands:
        words = cand.text.split()
        lowered = {w.lower() for w in words}
        if len(words) == 1 and _is_acronym(cand.text) and cand.text.title() in person_words:
            _relabel(cand, "PERSON")  # "NORTON" signing a proclamation of Joshua Norton's
        elif cand.text in described or (cand.label == "PERSON" and _is_acronym(cand.text)):
            _relabel(cand, "ORG")
        elif (
            cand.label != "GPE"
            and cand.tok_end - cand.tok_start == 1
            and is_dateline(doc[cand.tok_start])
        ):
            _relabel(cand, "GPE")  # "INDIANAPOLIS (AP) —": a dateline names a place
        elif cand.text.lower() in PLATFORM_NAMES and cand.label != "ORG":
            _relabel(cand, "ORG")  # "said on Twitter"
        elif _acts_as_company(doc, cand) or _plays_as_team(doc, cand):
            _relabel(cand, "ORG")
        elif (
            cand.label == "PERSON"
            and cand.tok_end < len(doc)
            and doc[cand.tok_end].lower_ in BAND_ROLES
        ):
            _relabel(cand, "ORG")  # "the former Pink Floyd guitarist"
        elif cand.label != "ORG" and cand.text in org_short_forms:
            _relabel(cand, "ORG")
        elif (
            cand.label == "PERSON"
            and len(words) == 1
            and not is_given_name(cand.text)
            and cand.text not in person_words
            and _coordinated_with(doc, cand, label_at) == {"GPE"}
        ):
            _relabel(cand, "GPE")  # "talks between Kyiv and Moscow"
        elif cand.label == "PERSON" and len(words) > 1 and words[-1].lower() in CLUB_WORDS:
            _relabel(cand, "ORG")  # "Manchester United"
        elif (
            cand.label in {"ORG", "NORP", "FAC"}
            or cand.label in _PLACE_LABELS
            and doc[cand.tok_start].head.lower_ not in PLACE_PREPOSITIONS
            and not is_country(cand.text)
        ) and _age_follows(doc, cand.tok_end):
            _relabel(cand, "PERSON")  # "Smith, 45, told the BBC"
        elif (
            cand.label in {"ORG", "FAC"}
            and words[0].lower() not in place_words
            and looks_like_a_person(doc, cand.tok_start, cand.tok_end)
        ) or (
            cand.label == "GPE"
            and looks_like_a_person(doc, cand.tok_start, cand.tok_end)
            and words[-1].lower() not in PLACE_OF_NOUNS  # "Washington City"
            and doc[cand.tok_start].head.lower_ not in PLACE_PREPOSITIONS
            and not other_place_words(cand) & lowered
        ):
            _relabel(cand, "PERSON")  # "Brock Holt" taken for a club, "Michail Antonio" a place
        elif len(words) > 1 and words[-1].lower() in NEWSPAPER_WORDS:
            _relabel(cand, "ORG")
        elif (
            len(words) > 1
            and words[-1].lower() in PLACE_HEADS
            and not (cand.label == "PERSON" and words[-1].lower() in SURNAME_PLACE_HEADS)
        ) or _building_of(cand.text):
            _relabel(cand, "FAC")  # "Grand Mosque", "Metropolitan Museum of Art"
        elif cand.label in {"ORG", "PERSON"} and _named_place(doc, cand.tok_start):
            _relabel(cand, "GPE")
        elif (
            cand.label != "PERSON"
            and not _is_acronym(cand.text)
            and (
                cand.text in person_texts
                or len(words) == 1
                and cand.text in person_words
                or _particle_surname_of(words, person_texts)
            )
            and not (len(words) == 1 and cand.text in org_first_words)
            and not _place_after_comma(doc, cand.tok_end)
        ):
            _relabel(cand, "PERSON")  # but "Austin, Texas" stays a place beside Austin Smith
        elif cand.label != "PERSON" and _saint(words) and words[1] in lone_people:
            _relabel(cand, "PERSON")  # "Saint Jerome" where "Jerome" is a person
        elif cand.label == "ORG" and len(words) == 1 and cand.text in seat_places:
            _relabel(cand, "GPE")  # "returned to Copenhagen" beside "University of Copenhagen"
        elif cand.label == "ORG" and len(words) == 1 and _where_one_dwells(doc[cand.tok_start]):
            _relabel(cand, "GPE")
        elif cand.label in {"FAC", "GPE", "LOC", "NORP"} and lowered & ORG_KEYWORDS:
            _relabel(cand, "ORG")
        elif (
            cand.label == "PERSON"
            and cand.tok_end - cand.tok_start == 1
            and (
                doc[cand.tok_start].head.lower_ in PLACE_PREPOSITIONS
                or _place_after_comma(doc, cand.tok_end)
                or _place_before_comma(doc, cand.tok_start, by_end)
            )
            and cand.text not in person_words
        ):
            _relabel(cand, "GPE")
        elif (
            cand.label == "PERSON"
            and len(words) == 1
            and cand.text in org_first_words
            and cand.text not in person_words
            and not is_given_name(cand.text)
        ):
            _relabel(cand, "ORG")  # "Rice" beside "Rice University", with no one called Rice
        elif cand.label in {"GPE", "ORG", "LOC"} and cand.tok_end - cand.tok_start == 1:
            tok = doc[cand.tok_start]
            if tok.tag_ in {"JJ", "NNPS"} and votes[(cand.text, "NORP")] + (tok.tag_ == "JJ") > 0:
                _relabel(cand, "NORP")
            elif cand.label == "ORG" and not lowered & ORG_KEYWORDS and _under_location_noun(tok):
                _relabel(cand, "GPE")
    _agree(cands)


def _coordinated_with(doc: Any, cand: Candidate, label_at: dict[int, str]) -> set[str]:
    """The labels of the names coordinated with a one-word name ("Kyiv and Moscow")."""
    tok = doc[cand.tok_end - 1]
    conjuncts = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        conjuncts.append(tok.head)
    return {label_at[c.i] for c in conjuncts if c.i in label_at}


def _age_follows(doc: Any, end: int) -> bool:
    """ "Smith, 45, said", "Jane Doe (45)": news gives a person's age right after the name."""
    if end + 2 >= len(doc) or not doc[end + 1].text.isdigit():
        return False
    return bracketed_age(doc[end].text, int(doc[end + 1].text), doc[end + 2].text)


def _particle_surname_of(words: list[str], person_texts: set[str]) -> bool:
    """ "De Gaulle" where "Charles de Gaulle" is a person: a surname opening on a particle."""
    if len(words) < 2 or words[0].lower() not in NAME_PARTICLES:
        return False
    tail = " " + " ".join([words[0].lower(), *words[1:]])
    return any(text.endswith(tail) for text in person_texts)


def _agree(cands: list[Candidate]) -> None:
    """One name, one type: "Lumenism" tagged ORG twice and LOC once is an organisation."""
    labels: dict[str, Counter[str]] = {}
    for cand in cands:
        if cand.label in _NON_PERSON:
            labels.setdefault(cand.text, Counter())[cand.label] += 1
    for cand in cands:
        counts = labels.get(cand.text)
        if not counts or len(counts) < 2:
            continue
        (top, n), (_, m) = counts.most_common(2)
        if n > m and cand.label != top:
            _relabel(cand, top)
