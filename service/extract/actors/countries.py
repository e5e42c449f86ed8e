"""Which place names are countries ("Taiwan", "North Korea"), from the Unicode CLDR's English
territory names as Babel ships them, and the other forms news writes ("U.S.", "America").

"The country" takes the latest country, "the city" the latest place that is not one. The names
are read once, when the module is imported (before gunicorn forks, so workers share them).
"""

from __future__ import annotations

from typing import Final

from babel import Locale

from .vocab import COUNTRY_SHORT_FORMS, COUNTRY_SYNONYMS


def _territories(countries: bool) -> frozenset[str]:
    names = Locale("en").territories
    # Two-letter codes are countries and territories; three-digit ones are regions ("Europe").
    return frozenset(
        name.lower() for code, name in names.items() if code.isalpha() is countries
    ) - {"world", "unknown region"}


# With the other names news gives a country ("America", "Holland"), which `names` folds into one.
COUNTRY_NAMES: Final[frozenset[str]] = (
    _territories(countries=True) | COUNTRY_SHORT_FORMS | frozenset(COUNTRY_SYNONYMS)
)
# Continents and world regions: "Asia", "North America", "Eastern Europe".
REGION_NAMES: Final[frozenset[str]] = _territories(countries=False)


def is_country(name: str) -> bool:
    """ "Taiwan", "the United States", "U.S." are countries; "Taipei" and "Europe" are not."""
    lowered = name.lower()
    return lowered.removeprefix("the ") in COUNTRY_NAMES


def is_country_or_region(name: str) -> bool:
    """A country or a world region ("Asia", "Latin America")."""
    return is_country(name) or name.lower() in REGION_NAMES
