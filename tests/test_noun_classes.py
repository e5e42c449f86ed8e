"""The noun-class table the actors read is what tools/noun_classes.py makes of WordNet."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from service.extract.actors.noun_classes import NOUN_CLASSES, noun_class

ROOT = Path(__file__).resolve().parent.parent


def test_the_table_is_built_from_the_package_data() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tools.noun_classes", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_nouns_take_the_class_of_their_first_sense() -> None:
    assert [noun_class(w) for w in ("teammate", "Team", "city", "morning")] == [
        "person",
        "group",
        "location",
        "time",
    ]
    # "point" is first a location in no sense anyone means; "command" is an act.
    assert noun_class("point") is None and noun_class("command") is None


def test_names_written_with_a_capital_in_wordnet_are_left_out() -> None:
    assert noun_class("russia") is None and noun_class("jaspers") is None
    assert len(NOUN_CLASSES) > 5_000
