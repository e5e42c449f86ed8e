"""Country names from CLDR (actors/countries.py)."""

from __future__ import annotations

import pytest

from service.extract.actors.countries import is_country


@pytest.mark.parametrize(
    "name", ["Taiwan", "North Korea", "the Netherlands", "U.S.", "Britain", "America", "Holland"]
)
def test_countries(name: str) -> None:
    assert is_country(name)


@pytest.mark.parametrize("name", ["Taipei", "Europe", "Ontario", "Paris"])
def test_places_that_are_not_countries(name: str) -> None:
    assert not is_country(name)
