"""Word lists the quote extractor reads: reporting verbs, source nouns, quote marks."""

from __future__ import annotations

from typing import Final

# Verbs that only report speech when they take a clause; with a plain object they do not
# ("the ministry reported that ..." vs "reported losses").
CLAUSE_ONLY_LEMMAS: Final[frozenset[str]] = frozenset(
    {
        "ask",
        "describe",
        "estimate",
        "predict",
        "promise",
        "read",
        "recall",
        "report",
        "reveal",
        "urge",
        "write",
    }
)

# Verbs that report speech only with one preposition: "they call for ...", not "they called".
PREPOSITION_REPORTING: Final[dict[str, str]] = {"call": "for", "appeal": "for"}

# Verbs that give a thing a name in the speaker's words: 'called the plan "a disaster"',
# 'described it as "reckless"'. The quoted name is a partial quote of the verb's subject.
NAMING_VERBS: Final[frozenset[str]] = frozenset(
    """brand call characterise characterize deem denounce describe dub label term""".split()
)

# Verbs whose object is the one spoken to ("told the Herald", "asked officials"): their object is
# never the speaker, and their passive subject ("the army was told") is the hearer.
HEARER_VERBS: Final[frozenset[str]] = frozenset({"tell", "ask"})

# Verbs that report speech with a clause or a quotation but not with a plain noun object:
# a quoted fragment inside that object is a name, not words spoken ("adding the words "X"").
OBJECT_NOT_SPEECH: Final[frozenset[str]] = frozenset({"add"})

# Entity labels that never speak: "wrote" with a misparsed subject "Friday" has no speaker.
NOT_SPEAKER_ENTITIES: Final[frozenset[str]] = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
)

# Nouns that stand for the one who issued them ("the statement said" -> its author).
SOURCE_NOUNS: Final[frozenset[str]] = frozenset(
    """announcement communique letter memo post press release report source spokesman
    spokesperson spokeswoman statement tweet""".split()
)

# How someone put it, said of them before a colon ('The minister was blunt: "..."').
SPEAKING_MANNERS: Final[frozenset[str]] = frozenset(
    """adamant blunt candid categorical clear defiant direct emphatic explicit firm frank
    succinct unambiguous unequivocal""".split()
)

# What a person's words are quoted from, after "in" and the person: 'In his memoirs, "..."',
# 'In a letter to her sister, Moreau: "..."' (with "words": "in the words of X").
WRITTEN_SOURCES: Final[frozenset[str]] = SOURCE_NOUNS | frozenset(
    """autobiography blog book column diary email essay interview memoir memoirs note
    speech testimony words""".split()
)

# Nouns for quoted words, introduced with their author before a colon or dash: 'a quote from
# Virgil — "..."', 'a line attributed to Einstein: "..."'.
QUOTATION_NOUNS: Final[frozenset[str]] = frozenset(
    """adage dictum line maxim motto phrase proverb quip quotation quote remark saying""".split()
)
# The words between such a noun and its author.
AUTHOR_LINKS: Final[tuple[tuple[str, ...], ...]] = (
    ("from",), ("by",), ("of",), ("attributed", "to"), ("credited", "to"),
)  # fmt: skip

PLURAL_PRONOUNS: Final[frozenset[str]] = frozenset({"they", "them"})

# A speaker's words for themselves: a person's singular, an organisation's plural.
FIRST_PERSON_SINGULAR: Final[frozenset[str]] = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PERSON_PLURAL: Final[frozenset[str]] = frozenset({"we", "us", "our", "ours", "ourselves"})

# A quoted span shorter than this (in words) is a name, title or scare quote unless a
# reporting verb claims it.
MIN_DIRECT_WORDS: Final[int] = 4

# Honorifics a transcript's labels open with ("MS. PSAKI:", "SEN. WARREN:"), lower-cased.
TRANSCRIPT_HONORIFICS: Final[frozenset[str]] = frozenset("""dr gen gov mr mrs ms rep sen""".split())
# Words in capitals before a colon that head a line but name no speaker.
NOT_TRANSCRIPT_LABELS: Final[frozenset[str]] = frozenset(
    """advertisement breaking caption close correction credit editor's editors email
    exclusive live note photo photos read related source sources update updated video
    watch""".split()
)
