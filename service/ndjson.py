"""One JSON value per line (NDJSON), as batch results and backfill files carry answers."""

from __future__ import annotations

import json
from typing import Any

# JSON leaves these raw inside strings, but str.splitlines() and some JSON-lines readers break a
# line at them: escaped, an article's text can never split its answer's line.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def ndjson_text(value: bytes | dict[str, Any]) -> str:
    """`value` (compact JSON text as UTF-8 bytes, or a JSON object) as one line, without its
    newline: compact, UTF-8 characters left as they are, the line breaks JSON allows escaped."""
    if isinstance(value, bytes):
        text = value.decode("utf-8")
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text
