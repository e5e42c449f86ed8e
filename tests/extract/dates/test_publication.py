"""dates/publication.py: the publication date an article states about itself."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.extract.dates import find_publication_date


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Crane collapse kills 107\n\nSaturday, September 12, 2015\n\nA storm yesterday ...",
            date(2015, 9, 12),
        ),
        (
            "Headline\nPublished Friday, May 7, 2015 at 9:00\nBody mentions June 1, 2010.",
            date(2015, 5, 7),
        ),
        ("Russians surrender\nUpdated 4/8/2023 at 5:55 p.m. ET\nText.", date(2023, 4, 8)),
        ("The treaty of June 1, 2010 was signed in Paris by both sides.", None),
    ],
)
def test_find_publication_date(nlp: Any, text: str, expected: date | None) -> None:
    assert find_publication_date(nlp(text)) == expected
