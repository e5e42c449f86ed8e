"""`Idempotency-Key`: a retried POST gets the first answer instead of doing the work again.

A key is remembered with a fingerprint of the request it came with (method, path, media type,
query and body) and, once answered, the answer. The same key with the same request replays the
answer (`Idempotent-Replayed: true`); with another request it is a 422, since one of the two
would otherwise be lost without a word; while the first is still being answered, a 409. Keys
are kept per API key, so two callers never see each other's, and as long as a batch is.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any, Protocol

import redis
from flask import current_app, request

from .access import caller
from .cache import MemoryCache
from .errors import InvalidFields, Problem

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
PREFIX = "newsfacts:idempotency:"

log = logging.getLogger(__name__)


class KeyInUse(Problem):
    status, slug = 409, "idempotency-key-in-use"


class KeysUnavailable(Problem):
    status, slug = 503, "idempotency-keys-unavailable"


class KeyStore(Protocol):
    def get(self, name: str) -> str | None: ...
    def add(self, name: str, value: str, ttl: int) -> bool: ...
    def put(self, name: str, value: str, ttl: int) -> None: ...
    def delete(self, name: str) -> None: ...


class RedisKeys:
    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def get(self, name: str) -> str | None:
        value = self.client.get(PREFIX + name)
        return None if value is None else value.decode()  # type: ignore[union-attr]

    def add(self, name: str, value: str, ttl: int) -> bool:
        return bool(self.client.set(PREFIX + name, value, ex=ttl, nx=True))

    def put(self, name: str, value: str, ttl: int) -> None:
        self.client.set(PREFIX + name, value, ex=ttl)

    def delete(self, name: str) -> None:
        self.client.delete(PREFIX + name)


class MemoryKeys:
    """For a single process without Redis (CACHE_BACKEND=memory): the cache's in-process LRU,
    holding the keys as text for as long as a batch is kept."""

    def __init__(self, ttl_seconds: int, max_entries: int = 10_000) -> None:
        self._entries = MemoryCache(max_entries, ttl_seconds)

    def get(self, name: str) -> str | None:
        value = self._entries.get(name)
        return None if value is None else value.decode()

    def add(self, name: str, value: str, ttl: int) -> bool:
        return self._entries.add(name, value.encode())

    def put(self, name: str, value: str, ttl: int) -> None:
        self._entries.put(name, value.encode())

    def delete(self, name: str) -> None:
        self._entries.delete(name)


@dataclass
class Claim:
    """A key this request holds: `answer` is set when an earlier request already answered."""

    store: KeyStore
    name: str
    fingerprint: str
    ttl: int
    answer: dict[str, Any] | None = None

    def keep(self, answer: dict[str, Any]) -> None:
        """Remember the answer for the retries to come (a retry while Redis is away is
        answered afresh, and then held in use until the key expires)."""
        entry = {"fingerprint": self.fingerprint, "answer": answer}
        try:
            self.store.put(self.name, json.dumps(entry), self.ttl)
        except redis.RedisError as error:
            log.warning("could not keep an idempotent answer: %s", error)

    def release(self) -> None:
        """The request failed: a retry (corrected or not) is answered afresh."""
        try:
            self.store.delete(self.name)
        except redis.RedisError as error:
            log.warning("could not release an idempotency key: %s", error)


def _request_fingerprint() -> str:
    digest = hashlib.sha256()
    for part in (request.method, request.path, request.mimetype, request.query_string.decode()):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(request.get_data())
    return digest.hexdigest()


def claim(scope: str, *, required: bool = True) -> Claim | None:
    """Hold the request's Idempotency-Key, or None when it sent none.

    Raises a 422 for a malformed key or one used with another request, a 409 while the first
    request with it is still being answered. When Redis does not answer: a 503 if the key is
    `required` to keep the work from being done twice, else None (the work is safe to repeat)."""
    try:
        return _claim(scope)
    except redis.RedisError as error:
        if required:
            raise KeysUnavailable(
                "Idempotency keys are kept in Redis, which does not answer; retry later."
            ) from error
        log.warning("idempotency keys unavailable, answering without: %s", error)
        return None


def _claim(scope: str) -> Claim | None:
    key = request.headers.get(HEADER)
    if key is None:
        return None
    if not key.strip() or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise InvalidFields({HEADER: [f"Give 1 to {MAX_KEY_LENGTH} printable characters."]})
    store: KeyStore = current_app.extensions["idempotency"]
    name = f"{scope}:{caller()}:{hashlib.sha256(key.encode('utf-8')).hexdigest()}"
    fingerprint = _request_fingerprint()
    ttl = int(current_app.config["BATCH_TTL_SECONDS"])
    held = Claim(store, name, fingerprint, ttl)
    pending = json.dumps({"fingerprint": fingerprint, "answer": None})
    if store.add(name, pending, ttl):
        return held
    raw = store.get(name)
    if raw is None:  # expired between the two calls: this request takes it
        store.put(name, pending, ttl)
        return held
    earlier = json.loads(raw)
    if earlier["fingerprint"] != fingerprint:
        raise InvalidFields(
            {HEADER: ["This key came with another request; use a new key for a new request."]}
        )
    if earlier["answer"] is None:
        raise KeyInUse("The first request with this Idempotency-Key is still being answered.")
    held.answer = earlier["answer"]
    return held


def make_key_store(client: redis.Redis | None, ttl_seconds: int) -> KeyStore:
    return MemoryKeys(ttl_seconds) if client is None else RedisKeys(client)
