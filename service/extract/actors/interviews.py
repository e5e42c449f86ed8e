"""Question-and-answer interviews: the answers' "I" and the questions' "you" are the interviewee.

News sites print interviews as a short introduction, then paragraphs that alternate between the
interviewer's questions (paragraphs ending in "?") and the interviewee's answers, with no label
on either. In such a text the first person of an answer is the person answering, and the second
person of a question the person asked: the person the introduction says is interviewed, or else
the person it names most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from service.extract.shared.facts import Actor, Mention
from service.extract.shared.parsing import doc_text, token_strings

from .coreference import mention_roots
from .vocab import ANSWER_PRONOUNS, QUESTION_PRONOUNS

# A question, then an answer: this many pairs make a text an interview.
MIN_EXCHANGES = 2
_PARAGRAPH = re.compile(r"[^\n]+")


def add_interview_mentions(doc: Any, actors: Sequence[Actor]) -> None:
    """In a Q&A interview, add the interviewee's first- and second-person mentions."""
    text = doc_text(doc)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    questions = [i for i, (s, e) in enumerate(paragraphs) if text[s:e].rstrip().endswith("?")]
    answers = [i + 1 for i in questions if i + 1 < len(paragraphs) and i + 1 not in questions]
    if len(answers) < MIN_EXCHANGES:
        return
    first_question = paragraphs[questions[0]][0]
    interviewee = _interviewed(doc, actors, first_question) or _interviewee(actors, first_question)
    if interviewee is None:
        return
    asked = [paragraphs[i] for i in questions]
    answered = _answer_runs(paragraphs, questions)
    lowers = token_strings(doc, "LOWER")
    taken = {(m.start, m.end) for m in interviewee.mentions}
    for i, word in enumerate(lowers):
        if word not in ANSWER_PRONOUNS and word not in QUESTION_PRONOUNS:
            continue
        token = doc[i]
        said = word in ANSWER_PRONOUNS and _inside(token.idx, answered)
        if not said and not (word in QUESTION_PRONOUNS and _inside(token.idx, asked)):
            continue
        span = (token.idx, token.idx + len(token.text))
        if span not in taken:
            interviewee.mentions.append(Mention(span[0], span[1], token.text, "pronoun"))
    interviewee.mentions.sort(key=lambda m: m.start)


def _interviewed(doc: Any, actors: Sequence[Actor], first_question: int) -> Actor | None:
    """The person the introduction says is interviewed: "Wikinews interviews Robert Sarvis",
    "Interview with philosopher Noam Chomsky", "we interviewed him". Headlines parse badly, so
    this reads the words after "interview", not the parse: the first person named within a few
    words, in the same sentence."""
    roots = mention_roots(doc, actors)
    for i, lemma in enumerate(token_strings(doc, "LEMMA")):
        if lemma != "interview":
            continue
        tok = doc[i]
        if tok.idx >= first_question:
            break
        for follower in doc[tok.i + 1 : min(tok.i + 1 + _REACH, tok.sent.end)]:
            person = roots.get(follower.i)
            if person is not None and person.type == "person":
                return person
    return None


# How many words after "interview" the person interviewed may be named.
_REACH = 8


def _interviewee(actors: Sequence[Actor], first_question: int) -> Actor | None:
    """The person named most before the first question: the one the introduction presents."""
    counts = [
        (sum(m.kind == "name" and m.start < first_question for m in a.mentions), a)
        for a in actors
        if a.type == "person"
    ]
    best = max(counts, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] else None


def _answer_runs(
    paragraphs: Sequence[tuple[int, int]], questions: Sequence[int]
) -> list[tuple[int, int]]:
    """Every paragraph after a question up to the next question: the answer."""
    runs: list[tuple[int, int]] = []
    for n, first in enumerate(questions):
        last = questions[n + 1] if n + 1 < len(questions) else len(paragraphs)
        runs += [paragraphs[i] for i in range(first + 1, last)]
    return runs


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)
