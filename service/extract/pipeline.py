"""Parse once, extract many: one spaCy `Doc` per article, every extractor over it."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from .actors import extract_actors
from .dates import extract_dates, find_publication_date
from .quantities import extract_quantities
from .quotes import extract_quotes
from .shared.facts import Actor, DateFact, Quantity, Quote
from .shared.parsing import parse, parse_many, with_paragraph_starts

FACT_KINDS: tuple[str, ...] = ("actors", "dates", "quantities", "quotes")
ID_PREFIXES = {"actors": "A", "dates": "D", "quantities": "N", "quotes": "Q"}


def _source_fingerprint() -> str:
    """Hash this package's code, so that any change to a rule changes the pipeline version.

    The cache key includes the pipeline version: a release that extracts differently must never
    be answered with facts cached by the one before it.
    """
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


SOURCE_FINGERPRINT = _source_fingerprint()


@dataclass(frozen=True)
class Article:
    """One article to extract from, with what decides its answer besides the text."""

    text: str
    published: date | datetime | None = None
    published_source: Literal["request", "html"] = "request"
    include: tuple[str, ...] = FACT_KINDS


@dataclass
class Extraction:
    """Everything the pipeline found in one article."""

    characters: int
    language: str
    published: date | datetime | None
    published_source: Literal["request", "html", "text"] | None
    actors: list[Actor] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def assign_ids(prefix: str, facts: Sequence[Any]) -> None:
    """Number facts in order of first appearance: stable ids for the same input."""
    for number, fact in enumerate(facts, start=1):
        fact.id = f"{prefix}{number}"


class Pipeline:
    """A loaded spaCy pipeline and the extractors that read its output."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        meta = nlp.meta
        self.model = (
            f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
        )
        self.version = f"{SOURCE_FINGERPRINT}+{self.model}"

    def run(
        self,
        text: str,
        *,
        published: date | datetime | None = None,
        published_source: Literal["request", "html"] = "request",
        include: Iterable[str] = FACT_KINDS,
    ) -> Extraction:
        """Parse `text` once and extract the requested fact kinds from the one `Doc`.

        `published_source` says where a given `published` came from: the caller's request, or
        the metadata of the HTML page the text was taken from.
        """
        article = Article(text, published, published_source, tuple(include))
        return self._extract(parse(self.nlp, text), article)

    def run_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[Extraction | Exception]:
        """`run` over many articles, parsed together through `nlp.pipe`; the answers in order.

        An article whose extraction fails gives its exception in its place: one bad article
        must not cost the others theirs.
        """
        pending: deque[Article] = deque()

        def text_of(article: Article) -> str:
            pending.append(article)
            return article.text

        for doc in parse_many(self.nlp, (text_of(a) for a in articles), batch_size=batch_size):
            article = pending.popleft()
            try:
                yield self._extract(doc, article)
            except Exception as error:  # handed to the caller, in the article's place
                yield error

    def _extract(self, doc: Any, article: Article) -> Extraction:
        wanted = set(article.include)
        published = article.published
        source: Literal["request", "html", "text"] | None = (
            article.published_source if published is not None else None
        )
        if published is None:
            # A dateline ("Updated 4/8/2023") is the best reference the article itself offers.
            published = find_publication_date(doc)
            source = "text" if published is not None else None
        result = Extraction(
            characters=len(article.text),
            language=doc.lang_,
            published=published,
            published_source=source,
        )
        actors: list[Actor] = []
        if wanted & {"actors", "quotes"}:
            # Quotes name their speakers by actor id, so actors are found whenever quotes are.
            actors = sorted(extract_actors(doc), key=lambda actor: actor.start)
            assign_ids("A", actors)
        if "actors" in wanted:
            result.actors = actors
        if "dates" in wanted:
            result.dates = sorted(extract_dates(doc, reference=published), key=lambda d: d.start)
            assign_ids("D", result.dates)
        if "quantities" in wanted:
            result.quantities = sorted(extract_quantities(doc), key=lambda q: q.start)
            assign_ids("N", result.quantities)
        if wanted & {"actors", "quotes"}:
            # Quotes also complete the actors: a speaker's "I" inside its own words is a mention.
            quotes = sorted(extract_quotes(doc, actors), key=lambda q: q.start)
            if "quotes" in wanted:
                result.quotes = quotes
                assign_ids("Q", result.quotes)
        return result


def load_pipeline(model: str) -> Pipeline:
    """Load an installed spaCy pipeline by package name or path; nothing is downloaded."""
    import spacy

    return Pipeline(with_paragraph_starts(spacy.load(model)))
