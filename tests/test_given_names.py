"""The given-name table the actors read is what tools/given_names.py makes of its source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from service.extract.actors.given_names import GIVEN_NAMES, given_name_gender, is_given_name

ROOT = Path(__file__).resolve().parent.parent


def test_the_table_is_built_from_the_package_data() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tools.given_names", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_common_names_have_their_gender_and_shared_ones_none() -> None:
    assert (given_name_gender("Rebecca"), given_name_gender("BROCK")) == ("female", "male")
    assert given_name_gender("Taylor") is None and given_name_gender("Kim") is None
    assert len(GIVEN_NAMES) > 10_000


def test_shared_names_are_names_without_a_gender() -> None:
    assert is_given_name("Jean") and is_given_name("George") and is_given_name("Morgan")
    assert given_name_gender("Jean") is None
    assert not is_given_name("Sony") and not is_given_name("Copenhagen")


def test_accents_and_double_names_are_read_as_their_parts() -> None:
    assert (given_name_gender("Gérard"), given_name_gender("Zoë")) == ("male", "female")
    assert given_name_gender("Jean-Pierre") == "male" and is_given_name("Pierre-Simon")
    assert given_name_gender("Anne-Marie") == "female"
    assert not is_given_name("X-Men") and not is_given_name("Bernoulli-Euler")
