"""Word lists the actor extractor reads, kept apart so rules stay readable and lists can grow."""

from __future__ import annotations

from typing import Final

from .facts import ActorType

LABEL_TYPES: Final[dict[str, ActorType]] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "NORP": "group",
}

# Words that make a name an organisation whatever the small model tagged it (FAC, GPE, ...).
ORG_KEYWORDS: Final[frozenset[str]] = frozenset(
    """agency alliance association authority bank board bureau center centre coalition college
    commission committee company corporation council court department directorate foundation fund
    government group headquarters inc institute institution league ltd ministry network office
    organisation organization parliament party police program programme school service society
    studies team tribunal union university""".split()
)

# Lowercase heads that, with a nationality or place before them, name an organisation
# ("Ukraine's defense ministry", "the Russian foreign ministry").
ORG_HEAD_NOUNS: Final[frozenset[str]] = frozenset(
    """agency army authorities committee council department embassy government ministry navy
    parliament police""".split()
)

# Of these heads only those that read as one institution are kept as actors.
ORG_HEAD_ACTORS: Final[frozenset[str]] = frozenset(
    """agency committee council department embassy ministry parliament""".split()
)

# Nouns under which a list of names is a list of places ("cities, including A, B and C").
LOCATION_NOUNS: Final[frozenset[str]] = frozenset(
    """areas capitals cities countries districts nations places provinces regions states
    territories towns villages""".split()
)

# Heads of pre-name titles and appositions ("Russian President", "a senior adviser").
TITLE_WORDS: Final[frozenset[str]] = frozenset(
    """adviser advisor ambassador analyst anchor archbishop attorney author bishop ceo cfo chair
    chairman chairperson chairwoman chancellor chief coach commander commissioner congressman
    congresswoman correspondent councillor councilman councilor coo colonel columnist deputy
    director diplomat doctor dr economist editor envoy executive expert founder general governor
    head investigator journalist judge justice king leader lieutenant lawmaker major manager
    mayor minister mp officer official pastor police pope premier president presenter
    prime producer professor prosecutor queen rabbi representative reporter researcher rep
    secretary senator sen sergeant sheriff speaker spokesman spokesperson spokeswoman superintendent
    teacher treasurer trustee vice writer""".split()
)

PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "him", "her", "his", "hers"})

# Small words skipped when reading initials off a name ("Center for ... Studies" -> CSIS).
FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {"of", "for", "and", "the", "on", "in", "at", "to", "de", "du", "la", "&"}
)

LEADING_ARTICLES: Final[frozenset[str]] = frozenset({"the", "a", "an"})
POSSESSIVE_MARKS: Final[frozenset[str]] = frozenset({"'s", "\u2019s", "'", "\u2019"})

# Codes the small model tags as organisations or places: time zones and currencies.
NOT_ACTORS: Final[frozenset[str]] = frozenset(
    {"utc", "gmt", "est", "edt", "pst", "pdt", "cet", "bst", "usd", "eur", "gbp", "jpy"}
    | {"north", "south", "east", "west"}
)

# Legal-form words that do not change which company is named ("Apple Inc." is "Apple").
CORPORATE_SUFFIXES: Final[frozenset[str]] = frozenset(
    {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "co",
        "co.",
        "company",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "limited",
        "ag",
        "sa",
        "s.a.",
        "gmbh",
    }
)

# Title words that are also the first word of company names ("General Motors").
AMBIGUOUS_TITLES: Final[frozenset[str]] = frozenset({"general", "major", "king", "queen", "chief"})

# Prepositions after which a lone name the model called a person is a place ("in Toulouse").
PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "near"})
