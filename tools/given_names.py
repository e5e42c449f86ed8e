"""Build service/extract/actors/data/given_names.txt from the nomquamgender package's data.

    python -m tools.given_names          # rewrite the file (make given-names)
    python -m tools.given_names --check  # exit 1 when the file is not what the package gives

nomquamgender (MIT, Ian Van Buskirk) counts given names and the share of women among the people
who bear them, over many national name registers. Loading all of it costs a quarter of a
gigabyte and a second; the service needs only the common names whose gender is nearly certain,
which fit in a small text file read at start-up. The package is a development dependency; its
module is never imported (it pulls pandas): only its data file is read.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from tools.tables import build_or_check

TARGET = (
    Path(__file__).resolve().parent.parent
    / "service" / "extract" / "actors" / "data" / "given_names.txt"
)  # fmt: skip
# A name counts when at least this many bearers are on record, and when at least this share
# of them has one gender.
MIN_BEARERS = 1000
MIN_SHARE = 0.95
# A name shared by both genders ("Jean", "Morgan") is listed without one, to tell a person from
# a club or a company, when this many bearers are on record: rarer shared "names" are as often
# words, brands or places in the registers ("Sony", "Dell").
MIN_SHARED_BEARERS = 20000

HEADER = f"""\
# Given names: name, then f or m where the gender is nearly certain, u where it is shared.
# Built by tools/given_names.py from nomquamgender 0.1.4's name_data.json: names of letters only
# with at least {MIN_BEARERS} bearers on record and at least {MIN_SHARE:.0%} of one gender, and
# names with at least {MIN_SHARED_BEARERS} bearers and no such majority.
# Data: Copyright (c) 2022 Ian Van Buskirk, MIT licence:
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify, merge,
#   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
#   to whom the Software is furnished to do so, subject to the following conditions: The above
#   copyright notice and this permission notice shall be included in all copies or substantial
#   portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


def _package_data() -> dict[str, list[object]]:
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is not installed (make install installs it for dev)")
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    data: dict[str, list[object]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def build() -> str:
    lines = [HEADER.rstrip("\n")]
    for name, row in sorted(_package_data().items()):
        bearers, share_female = row[1], row[2]
        if not (name.isascii() and name.isalpha()) or not isinstance(bearers, int):
            continue
        if bearers < MIN_BEARERS or not isinstance(share_female, int | float):
            continue
        if share_female >= MIN_SHARE:
            lines.append(f"{name}\tf")
        elif share_female <= 1 - MIN_SHARE:
            lines.append(f"{name}\tm")
        elif bearers >= MIN_SHARED_BEARERS:
            lines.append(f"{name}\tu")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return build_or_check(argv, __doc__, TARGET, build, "given-names")


if __name__ == "__main__":
    sys.exit(main())
