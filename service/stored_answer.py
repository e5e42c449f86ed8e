"""An Extraction answer as the cache keeps it: its JSON text, with the per-request fields left
neutral (`document.id` null, `meta.elapsed_ms` 0, `meta.cached` false).

One caller's answer is made from it by splicing those fields in at the two places the contract
puts them (the answer opens with `key` and `document.id`, and closes with meta's `elapsed_ms` and
`cached`), not by parsing and re-encoding the whole text: on a cache hit those two steps cost
more than everything else the service did for the request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

_NEUTRAL_ID = b"null"
_NEUTRAL_TAIL = b',"elapsed_ms":0.0,"cached":false}}'


def _head(key: str) -> bytes:
    """What an answer for `key` opens with, up to the value of `document.id`."""
    return b'{"key":' + json.dumps(key).encode("ascii") + b',"document":{"id":'


@dataclass(frozen=True)
class StoredAnswer:
    """The neutral JSON text (UTF-8) of the Extraction for `key`; `id_at` is where the value of
    `document.id` starts in it."""

    key: str
    text: bytes
    id_at: int

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> StoredAnswer:
        """Serialise an Extraction as the schema dumped it, per-request fields neutral."""
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        stored = cls.read(str(document["key"]), text)
        if stored is None:
            raise ValueError(
                "The Extraction no longer opens with key and a null document.id, or no longer "
                "closes with meta's neutral elapsed_ms and cached: the splice needs them there."
            )
        return stored

    @classmethod
    def read(cls, key: str, payload: bytes) -> StoredAnswer | None:
        """The stored answer for `key` in a cache entry, or None when the entry is not one
        (corrupted, truncated, another key's, or an older release's format): then it is a miss.

        Only the two splice points are checked, not the whole JSON: that check is what a hit no
        longer pays for, and only this service writes the entries, which Redis keeps whole.
        """
        head = _head(key)
        if payload.startswith(head + _NEUTRAL_ID) and payload.endswith(_NEUTRAL_TAIL):
            return cls(key, payload, len(head))
        return None

    def answer(self, caller_id: str | None, elapsed_ms: float, cached: bool) -> bytes:
        """The JSON text of this request's answer: the caller's id and this request's meta."""
        return b"".join(
            (
                self.text[: self.id_at],
                # ASCII escapes: any string the caller sent encodes, and the text stays UTF-8.
                json.dumps(caller_id).encode("ascii"),
                self.text[self.id_at + len(_NEUTRAL_ID) : -len(_NEUTRAL_TAIL)],
                b',"elapsed_ms":',
                json.dumps(round(elapsed_ms, 1)).encode("ascii"),
                b',"cached":true}}' if cached else b',"cached":false}}',
            )
        )
