"""Group name mentions into referents: "Okafor" with "Grace Okafor", "CUS" with its expansion."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .candidates import Candidate
from .given_names import unaccented
from .vocab import (
    CORPORATE_SUFFIXES,
    COUNTRY_SYNONYMS,
    FUNCTION_WORDS,
    NAMED_ORG_NOMINALS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_MARKS,
)

_QUOTES = "\"'\u201c\u201d\u2018\u2019"
_SPACES = re.compile(r"\s+")
_DOTTED_LETTERS = re.compile(r"(?:[a-z]\.)+[a-z]?\.?")
# "(ACR)": one word in brackets, blanks allowed inside. An acronym (letters and dots) is found
# by comparing this word, where a pattern built for each acronym would cost a compilation each.
_BRACKETED_WORD = re.compile(r"\(\s*([^\s()]+)\s*\)")
# The keys below are pure functions of a name's text, asked for again and again while groups are
# compared pairwise; an article names a few hundred forms at most.
_KEY_CACHE_SIZE = 4096


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def surface_key(text: str) -> str:
    """Forms that differ only in case, spacing, quote marks or a possessive are one alias."""
    text = _SPACES.sub(" ", text.strip(_QUOTES + " ")).lower()
    for mark in POSSESSIVE_MARKS:
        text = text.removesuffix(mark)
    return text.removeprefix("the ")


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def name_key(text: str) -> str:
    """Beyond surface differences, legal forms, dots and accents do not change who is named."""
    text = unaccented(surface_key(text))
    words = text.split()
    if len(words) > 1 and words[0] in {"st.", "st"}:
        words[0] = "saint"  # "St. Jerome" and "Saint Jerome", "St. Louis" and "Saint Louis"
    if (short := without_legal_form(" ".join(words))) is not None:
        words = short.split()
    # "New Citizen's Party" and "New Citizen Party" are one name.
    text = " ".join(w.removesuffix("'s").removesuffix("\u2019s") for w in words)
    # "U.S." and "US" are one name.
    text = text.replace(".", "") if _DOTTED_LETTERS.fullmatch(text) else text
    # "America", "the US" and "the United States" are one country.
    return COUNTRY_SYNONYMS.get(text, text)


def without_legal_form(name: str) -> str | None:
    """ "Shopify Inc" -> "Shopify", "Detwiler Fenton & Company" -> "Detwiler Fenton"."""
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].strip(",").lower() in CORPORATE_SUFFIXES:
        cut -= 1
    if cut > 1 and words[cut - 1] == "&":
        cut -= 1
    return " ".join(words[:cut]).rstrip(",") if cut < len(words) else None


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def initials(text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", text) if w and w.lower() not in FUNCTION_WORDS]
    return "".join(w[0] for w in words if w[0].isupper())


def _acronym(text: str) -> str | None:
    bare = text.replace(".", "")
    if 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() and " " not in text:
        return bare
    return None


class Group:
    """Mentions believed to name one referent."""

    def __init__(self, first: Candidate) -> None:
        self.cands: list[Candidate] = [first]

    @property
    def type(self) -> str:
        return self.cands[0].type

    @property
    def first(self) -> int:
        return min(c.start for c in self.cands)

    def forms(self) -> set[str]:
        return {name_key(c.text) for c in self.cands}

    def longest(self) -> str:
        plain = [c for c in self.cands if not c.derived] or self.cands
        best = max(plain, key=lambda c: (len(c.text.split()), len(c.text), -c.start))
        return best.text


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def _person_tokens(text: str) -> tuple[str, ...]:
    return tuple(w for w in name_key(text).replace(".", " ").split() if len(w) > 1)


def _person_fits(short: str, full: str) -> bool:
    """ "Okafor" or "Anna Lindqvist" names the same person as "Anna B. Lindqvist"."""
    small, big = _person_tokens(short), _person_tokens(full)
    if not small or len(small) >= len(big) and small != big:
        return False
    if small == big:
        return True
    if len(small) == 1:
        return small[0] in (big[0], big[-1])
    return small[-1] == big[-1] and set(small) <= set(big)


def _demonym_twin(a: str, b: str) -> bool:
    """ "Norway's defence ministry" and "Norwegian defence ministry": same tail, related place."""
    wa, wb = a.replace("'s ", " ").split(), b.replace("'s ", " ").split()
    if len(wa) < 2 or wa[1:] != wb[1:] or wa[0] == wb[0]:
        return False
    stem = min(len(wa[0]), len(wb[0]), 5)
    return stem >= 4 and wa[0][: stem - 1] == wb[0][: stem - 1]


def group_candidates(cands: Sequence[Candidate], text: str) -> list[Group]:
    by_key: dict[tuple[str, str], Group] = {}
    groups: list[Group] = []
    for cand in sorted(cands, key=lambda c: c.start):
        key = (cand.type, name_key(cand.text))
        if key in by_key:
            by_key[key].cands.append(cand)
        else:
            by_key[key] = Group(cand)
            groups.append(by_key[key])
    groups = _merge_types(groups, text)
    groups = _merge_people(groups)
    groups = _merge_acronyms(groups, text)
    groups = _merge_twins(groups)
    groups = _merge_of_tails(groups)
    groups = _merge_heads(groups)
    return _merge_prefixes(groups)


# Which type wins a tie between two readings of one name: the model's GPE for a name it does not
# know is as often a company ("Shares of Nvidia rose"), unless the text puts it after "in" or
# "near"; a group label on a place or company name is a misreading.
_TYPE_PREFERENCE = {"organization": 2, "location": 1, "group": 0}


def _merge_types(groups: list[Group], text: str) -> list[Group]:
    """One name the model read as two kinds of thing ("Nvidia" once a place, once a company) is
    one referent, of the kind most of its mentions have. People stay apart: "Washington" the
    city and "Washington" the general are two."""
    by_name: dict[str, list[Group]] = {}
    for group in groups:
        if group.type in _TYPE_PREFERENCE:
            by_name.setdefault(name_key(group.cands[0].text), []).append(group)
    for readings in by_name.values():
        if len(readings) < 2:
            continue
        host = max(readings, key=lambda g: (len(g.cands), _tie_preference(g, text)))
        for group in readings:
            if group is not host:
                host.cands.extend(group.cands)
                groups.remove(group)
    return groups


def _tie_preference(group: Group, text: str) -> int:
    if group.type == "location" and any(_after_place_preposition(c, text) for c in group.cands):
        return len(_TYPE_PREFERENCE)  # "born in Auchleuchries, Aberdeenshire"
    return _TYPE_PREFERENCE[group.type]


def _after_place_preposition(cand: Candidate, text: str) -> bool:
    words = text[max(0, cand.start - 8) : cand.start].split()
    return bool(words) and words[-1].lower() in PLACE_PREPOSITIONS


def _merge_prefixes(groups: list[Group]) -> list[Group]:
    """ "Corvane" or "NTV" names the one organisation whose longer name starts with it."""
    for group in sorted(groups, key=lambda g: len(g.longest())):
        if group.type != "organization" or group not in groups:
            continue
        short = name_key(group.longest())
        hosts = [
            g
            for g in groups
            if g is not group
            and g.type == "organization"
            and any(f.startswith(short + " ") for f in g.forms())
            and not _owned_by(group, g)
        ]
        if len(hosts) > 1:
            # "Hartley" beside "Hartley Roadster" and "Hartley Motor Company": the company is the
            # one with a legal form.
            hosts = [h for h in hosts if h.longest().split()[-1].lower() in CORPORATE_SUFFIXES]
        if len(hosts) == 1:
            hosts[0].cands.extend(group.cands)
            groups.remove(group)
    return groups


def _merge_heads(groups: list[Group]) -> list[Group]:
    """ "the Council" names the one organisation called "City Council": an institution's head
    noun, capitalised alone, is the short form of the only organisation whose name ends on it."""
    for group in list(groups):
        forms = group.forms()
        if group.type != "organization" or len(forms) != 1:
            continue
        head = next(iter(forms))
        if head not in NAMED_ORG_NOMINALS:
            continue
        hosts = [
            g
            for g in groups
            if g is not group
            and g.type == "organization"
            and any(f.endswith(" " + head) for f in g.forms())
        ]
        if len(hosts) == 1:
            hosts[0].cands.extend(group.cands)
            groups.remove(group)
    return groups


def _owned_by(short: Group, host: Group) -> bool:
    """ "Board of Aldermen's Finance Committee" belongs to the Board of Aldermen; it is not it."""
    name = short.longest().lower()
    return any(c.text.lower().startswith((name + "'s", name + "\u2019s")) for c in host.cands)


def _merge_of_tails(groups: list[Group]) -> list[Group]:
    """ "Lumenism" names the one organisation called "Church of Lumenism"."""
    for group in list(groups):
        forms = group.forms()
        if group.type != "organization" or any(" " in f for f in forms):
            continue
        hosts = [
            g
            for g in groups
            if g is not group
            and g.type == "organization"
            and any(f.split(" of ")[-1] in forms for f in g.forms() if " of " in f)
        ]
        if len(hosts) == 1:
            hosts[0].cands.extend(group.cands)
            groups.remove(group)
    return groups


def _merge_people(groups: list[Group]) -> list[Group]:
    people = [g for g in groups if g.type == "person"]
    people.sort(key=lambda g: -max(len(_person_tokens(c.text)) for c in g.cands))
    # Every mention is compared with every other person's longest name; that name changes only
    # when a mention moves, so it is worked out once per group and again after a move.
    longest = {g: g.longest() for g in people}
    absorbed: set[int] = set()
    for group in people:
        if id(group) in absorbed:
            continue
        for cand in list(group.cands):
            hosts = [
                h
                for h in people
                if h is not group
                and id(h) not in absorbed
                and _person_fits(cand.text, longest[h])
                and longest[h] != cand.text
            ]
            if not hosts:
                continue
            # Two people share a surname: a bare surname is the one introduced first, the person
            # the story is about ("Jared Padalecki ... born to Sherri Padalecki ... Padalecki").
            host = min(hosts, key=lambda h: h.first)
            host.cands.append(cand)
            group.cands.remove(cand)
            longest[host] = host.longest()
            if group.cands:
                longest[group] = group.longest()
        if not group.cands:
            absorbed.add(id(group))
    return [g for g in groups if g.cands]


def _spelled_out(group: Group, acr: str, groups: list[Group], text: str) -> Group | None:
    """The group written just before "(ACR)" in the text, if any, whose name starts as the
    acronym does (not the dateline's city before "(AP)")."""
    for match in _BRACKETED_WORD.finditer(text):
        if match[1] != acr:
            continue
        for other in groups:
            names = {c.text for c in other.cands} | {c.alias for c in other.cands if c.alias}
            if other is group or not any(n[:1].upper() == acr[:1].upper() for n in names):
                continue
            if any(0 <= match.start() - c.end < 4 for c in other.cands):
                return other
    return None


def _merge_acronyms(groups: list[Group], text: str) -> list[Group]:
    for group in list(groups):
        acr = _acronym(group.longest())
        if acr is None or group.type == "person":
            continue
        host = _spelled_out(group, group.longest(), groups, text)
        if host is None:
            matches = [
                g
                for g in groups
                if g is not group
                and g.type != "person"
                and len(g.longest().split()) > 1
                and (
                    initials(g.longest()) == acr
                    # "US" for "United States of America": initials of the head words.
                    or g.type == "location"
                    and initials(g.longest().split(" of ")[0]) == acr
                )
            ]
            host = matches[0] if len(matches) == 1 else None
        if host is not None and host.type != "person":
            host.cands.extend(group.cands)
            groups.remove(group)
    return groups


def _merge_twins(groups: list[Group]) -> list[Group]:
    result: list[Group] = []
    for group in groups:
        twin = None
        if group.type == "organization":
            forms = group.forms()
            twin = next(
                (
                    g
                    for g in result
                    if g.type == "organization"
                    and any(_demonym_twin(a, b) for a in g.forms() for b in forms)
                ),
                None,
            )
        if twin is None:
            result.append(group)
        else:
            twin.cands.extend(group.cands)
    return result
