"""Gold files: loading, which corpus a file belongs to, and how each layer of it is scored.

The format is described in eval/data/gold/README.md. A layer listed in `layers` is annotated
exhaustively (precision, recall, F1); one listed in `partial_layers` only partly (recall and value
accuracy, no precision); any other layer is not scored for that file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

DEFAULT_GOLD = Path(__file__).parent / "data" / "gold"
LAYERS: tuple[str, ...] = ("actors", "dates", "quantities", "quotes")
CORPORA: tuple[str, ...] = ("seed", "gum", "meantime", "gum-extra", "other")
# Rows that sum several corpora: the news files (what the service is for), and everything.
NEWS: tuple[str, ...] = ("seed", "gum", "meantime")
SUMMARIES: tuple[str, ...] = ("news", "all")


def summaries_of(corpus: str) -> tuple[str, ...]:
    """The summary rows a file of this corpus counts in."""
    return SUMMARIES if corpus in NEWS else ("all",)


FULL, PARTIAL = "full", "partial"


@dataclass
class GoldDoc:
    """One annotated article."""

    id: str
    path: str
    corpus: str
    text: str
    published: date | None
    modes: dict[str, str]  # layer -> FULL | PARTIAL (absent: not scored)
    gold: dict[str, Any] = field(default_factory=dict)

    def mode(self, layer: str) -> str | None:
        return self.modes.get(layer)

    @property
    def quotes(self) -> list[dict[str, Any]]:
        """Gold quotes: `quotes`, plus GUM's `quote_spans` read as direct quotes."""
        found = [dict(q) for q in self.gold.get("quotes", [])]
        for span in self.gold.get("quote_spans", []):
            found.append({**span, "type": span.get("type", "direct")})
        return found


def corpus_of(path: Path, data: dict[str, Any]) -> str:
    """seed = the Newsweek article; gum-extra = the GUM interviews and biographies (their folder);
    gum / meantime by file-name prefix; else other."""
    name = path.name
    source = data.get("source") or {}
    if name.startswith("newsweek") or source.get("corpus") == "seed":
        return "seed"
    if path.parent.name == "gum-extra":
        return "gum-extra"
    if name.startswith("gum-"):
        return "gum"
    if name.startswith("meantime-"):
        return "meantime"
    return "other"


def layer_modes(data: dict[str, Any]) -> dict[str, str]:
    """How each of our four layers is scored in this file.

    GUM's `quote_spans` layer is our `quotes` layer (direct quotes only).
    """
    modes: dict[str, str] = {}
    for name in data.get("partial_layers") or {}:
        layer = "quotes" if name == "quote_spans" else name
        if layer in LAYERS:
            modes[layer] = PARTIAL
    for name in data.get("layers") or []:
        layer = "quotes" if name == "quote_spans" else name
        if layer in LAYERS:
            modes[layer] = FULL
    return modes


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    return date.fromisoformat(value[:10])


def load_doc(path: Path) -> GoldDoc:
    data = json.loads(path.read_text(encoding="utf-8"))
    return GoldDoc(
        id=str(data.get("id") or path.stem),
        path=str(path),
        corpus=corpus_of(path, data),
        text=data["text"],
        published=parse_date(data.get("published")),
        modes=layer_modes(data),
        gold=data.get("gold") or {},
    )


def load_gold(path: str | Path = DEFAULT_GOLD) -> list[GoldDoc]:
    """Every gold file at `path` (one file, or a directory searched recursively), by path."""
    root = Path(path)
    if root.is_file():
        return [load_doc(root)]
    if not root.is_dir():
        raise FileNotFoundError(f"no gold file or directory at {root}")
    files = sorted(p for p in root.rglob("*.json") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no *.json gold files under {root}")
    return [load_doc(p) for p in files]
