"""From a reporting verb to its speaker (quotes/speakers.py): pronouns, nominals, apposition, and
the hearer who is not the speaker."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.quotes.helpers import (
    Row,
    assert_cases,
    case_ids,
    quotes_of,
)

SPEAKERS = [
    (
        "quoted as saying: the one quoted, not the one quoting",
        '"It is over for good," Jane Doe quoted John Smith as saying.',
        [("direct", "It is over for good,", "John Smith")],
    ),
    (
        "cited as saying, reported clause",
        "The paper cited John Smith as saying the talks had failed completely.",
        [("indirect", "the talks had failed completely", "John Smith")],
    ),
    (
        "a title of a company, then the name",
        'The CEO of Acme Corp, John Smith, said: "The plan will cut our costs by half."',
        [("direct", "The plan will cut our costs by half.", "John Smith")],
    ),
    (
        "a country's title before the name",
        'Britain\'s Prime Minister Rishi Sunak said: "The talks will resume next week."',
        [("direct", "The talks will resume next week.", "Rishi Sunak")],
    ),
    (
        "pronoun",
        'Mark Cole arrived on Monday. "We are ready for the storm," he said.',
        [("direct", "We are ready for the storm,", "Mark Cole")],
    ),
    (
        "nominal: the ministry",
        "The Defence Ministry of Estonia issued figures on Monday. "
        '"The troops are ready for the exercise," the ministry said.',
        [("direct", "The troops are ready for the exercise,", "Defence Ministry of Estonia")],
    ),
    (
        "apposition: the spokesperson, Name, said",
        '"The plant will reopen in May," the spokesperson, Julia Fern, said.',
        [("direct", "The plant will reopen in May,", "Julia Fern")],
    ),
    (
        "apposition: Name, a title, said",
        '"The plant will reopen in May," Julia Fern, a spokesperson for the company, said.',
        [("direct", "The plant will reopen in May,", "Julia Fern")],
    ),
    (
        "hearer is not the speaker: 'the army was told'",
        'The army has been told to prepare for a "long and hard winter" at the front.',
        [("partial", "long and hard winter", None)],
    ),
    (
        "plural pronoun: the officials ... they said",
        "Though local officials don't publish the figures, they have said that "
        '"the number is growing every week."',
        [("partial", "the number is growing every week.", "local officials")],
    ),
    (
        "a letter stating: its writer",
        "Steve Jobs resigned in a letter to the board stating, "
        '"I have always said I would be the first to let you know."',
        [("direct", "I have always said I would be the first to let you know.", "Steve Jobs")],
    ),
    (
        "a country as speaker: it added",
        'North Korea warned the South on Monday. "Provocation deserves punishment," it added.',
        [("direct", "Provocation deserves punishment,", "North Korea")],
    ),
    (
        "a participle parsed as a second subject is not the speaker",
        "The duo\u2019s sixth LP will drop on May 17 via Fueled By Ramen. Comprised of Tyler "
        "Joseph and Josh Dun, Twenty One Pilots have confirmed that they will be releasing "
        "accompanying music videos for every song on the album.",
        [
            (
                "indirect",
                "they will be releasing accompanying music videos for every song on the album",
                "Twenty One Pilots",
            )
        ],
    ),
    (
        "a dateline is never a subject",
        "DALLAS \u2014 A class action over a 2023 data breach at Mr. Cooper Group Inc. will "
        "proceed with fewer claims after a Texas federal judge partly granted the firm\u2019s "
        "motion to dismiss.\n\nDENVER \u2014 A federal judge in Colorado has granted final "
        "approval to a $3.57 million settlement between the maker of health care products and "
        "plaintiffs, noting that nearly 100,000 claim forms have been filed.",
        [("indirect", "nearly 100,000 claim forms have been filed", "federal judge")],
    ),
    (
        "a dateline with the wire's name is never a subject either",
        "Pence won\u2019t say\n\nINDIANAPOLIS (AP) \u2014 Indiana Gov. Mike Pence isn\u2019t "
        "saying whether he would have signed the state Senate\u2019s failed proposal.",
        [
            (
                "indirect",
                "he would have signed the state Senate\u2019s failed proposal",
                "Mike Pence",
            )
        ],
    ),
    (
        "a person's spokesman is not the person",
        '"We are not going anywhere," Obama\'s spokesman said on Monday.',
        [("direct", "We are not going anywhere,", "Obama's spokesman")],
    ),
    (
        "an organisation's spokesman is the organisation speaking",
        '"We will appeal the ruling," Google\'s spokesman said on Monday.',
        [("direct", "We will appeal the ruling,", "Google")],
    ),
    (
        "inverted after the quote, a definite noun",
        "\u201cFirst of all, I came here for humanitarian reasons. But Lavrov did not want to "
        "promise anything on this point,\u201d insisted the head of Ukrainian diplomacy.",
        [
            (
                "direct",
                "First of all, I came here for humanitarian reasons. But Lavrov did not want to "
                "promise anything on this point,",
                "head",
            )
        ],
    ),
    (
        "a sentence parsed as one noun phrase: the noun the verb modifies",
        "Acme declined to comment. Its chief executive, Tobi Lutke, tweeted on Tuesday that "
        "Left was a \u201cshort-selling troll\u201d and he was looking forward to the call.",
        [("partial", "short-selling troll", "Tobi Lutke")],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), SPEAKERS, ids=case_ids(SPEAKERS))
def test_speakers(nlp: Any, case: str, text: str, expected: list[Row]) -> None:
    assert_cases(nlp, text, expected)


def test_an_unresolved_he_is_not_the_nearest_name(nlp: Any) -> None:
    # Coreference finds no man here; the nearest name before is a woman's.
    text = 'Mary Jones stayed silent for an hour. "We will win this vote tomorrow," he said.'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker is not None and quote.speaker.name != "Mary Jones"


def test_a_which_heading_no_clause_of_a_noun_is_no_speaker(nlp: Any) -> None:
    text = (
        "The Republican governor says he laid out his position during last month\u2019s State of "
        "the State speech, during which said he wouldn\u2019t sign a gay rights bill that he "
        "believed diminished religious freedoms."
    )
    speakers = [q.speaker.text for q in quotes_of(nlp, text) if q.speaker is not None]
    assert speakers and "which" not in speakers
