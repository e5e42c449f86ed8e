"""The texts the bench sends: the gold articles, and distinct variants of them for cache misses."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "eval" / "data" / "gold"


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    published: str | None  # "YYYY-MM-DD" as the gold file has it, or None

    @property
    def words(self) -> int:
        return word_count(self.text)

    def published_date(self) -> date | None:
        return None if self.published is None else date.fromisoformat(self.published[:10])


def word_count(text: str) -> int:
    """Words as whitespace-separated runs: what "words per second" counts."""
    return len(text.split())


def load_articles(gold_dir: Path = GOLD_DIR) -> list[Article]:
    """Every gold article (eval/data/gold/**/*.json), sorted by path, with its text and date."""
    articles = []
    for path in sorted(gold_dir.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            continue
        published = data.get("published")
        articles.append(
            Article(
                name=str(path.relative_to(gold_dir)),
                text=data["text"],
                published=published if isinstance(published, str) and published else None,
            )
        )
    if not articles:
        raise SystemExit(f"No gold articles under {gold_dir}")
    return articles


def distinct_text(text: str, number: int, tag: str = "Reference") -> str:
    """`text` with one sentence appended that no other number gives: "... Reference 7."."""
    return f"{text.rstrip()}\n\n{tag} {number}."


def request_body(article: Article, text: str | None = None) -> dict[str, Any]:
    """The JSON body of POST /v1/extractions for an article (optionally with another text)."""
    body: dict[str, Any] = {"text": article.text if text is None else text}
    if article.published is not None:
        body["published"] = article.published
    return body


def distinct_bodies(
    articles: list[Article], count: int, *, start: int = 0, tag: str = "Reference"
) -> list[dict[str, Any]]:
    """`count` request bodies with pairwise distinct texts, cycling through the articles.

    Body i is article i % len(articles) with "<tag> <start + i>." appended, so no two bodies
    (nor two calls with disjoint numbers or different tags) share a cache key.
    """
    if not articles:
        raise ValueError("no articles to make texts from")
    return [
        request_body(article, distinct_text(article.text, start + i, tag))
        for i, article in ((i, articles[i % len(articles)]) for i in range(count))
    ]
