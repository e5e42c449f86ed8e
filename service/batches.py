"""Batches in Redis: what was asked, how far it got, and the answers, each article exactly once.

A batch is a few keys under one prefix: a hash of its state and counts, a hash of the articles
not yet answered (index -> request), a hash of the answers (index -> one NDJSON line) and a list
of callback delivery attempts. Workers record an answer with HSETNX inside a Lua script that
also moves the counts: a chunk run twice (its first worker died half way) cannot answer an
article twice or count it twice, and exactly one recording sees the batch end.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis
from redis.typing import EncodableT, FieldT

PREFIX = "newsfacts:batch:"
FINAL_STATES = ("done", "failed", "cancelled")
RESULTS_PAGE = 100

# KEYS: state, articles, results. ARGV: index, line, outcome (done|cached|failed), now, ttl.
# Returns 1 when this answer ended the batch, 0 when it did not, -1 when it was a repeat.
_RECORD = """
if redis.call('HSETNX', KEYS[3], ARGV[1], ARGV[2]) == 0 then
  redis.call('HDEL', KEYS[2], ARGV[1])
  return -1
end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[1], ARGV[3], 1)
if ARGV[3] == 'cached' then redis.call('HINCRBY', KEYS[1], 'done', 1) end
local state = redis.call('HMGET', KEYS[1], 'total', 'done', 'failed', 'status')
if tonumber(state[2]) + tonumber(state[3]) < tonumber(state[1]) then return 0 end
if state[4] == 'cancelled' then return 0 end
local status = 'done'
if redis.call('HGET', KEYS[1], 'lost') == '1' then status = 'failed' end
redis.call('HSET', KEYS[1], 'status', status, 'finished', ARGV[4])
for _, key in ipairs(KEYS) do redis.call('EXPIRE', key, ARGV[5]) end
return 1
"""

# KEYS: all the batch's keys, state first. ARGV: now, ttl. Cancel a batch that has not ended;
# returns the status it has after.
_CANCEL = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return false end
if status == 'queued' or status == 'running' then
  redis.call('HSET', KEYS[1], 'status', 'cancelled', 'finished', ARGV[1])
  for _, key in ipairs(KEYS) do redis.call('EXPIRE', key, ARGV[2]) end
  return 'cancelled'
end
return status
"""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_batch_id() -> str:
    return "b_" + secrets.token_hex(12)


@dataclass(frozen=True)
class BatchKeys:
    batch_id: str

    @property
    def state(self) -> str:
        return PREFIX + self.batch_id

    @property
    def articles(self) -> str:
        return self.state + ":articles"

    @property
    def results(self) -> str:
        return self.state + ":results"

    @property
    def deliveries(self) -> str:
        return self.state + ":deliveries"

    def all(self) -> list[str]:
        return [self.state, self.articles, self.results, self.deliveries]


class BatchStore:
    """Batches kept in one Redis, shared by the API (which writes them) and the workers."""

    def __init__(self, client: redis.Redis, ttl_seconds: int) -> None:
        self.client = client
        self.ttl_seconds = ttl_seconds
        self._record = client.register_script(_RECORD)
        self._cancel = client.register_script(_CANCEL)

    def create(
        self,
        articles: list[dict[str, Any]],
        callback_url: str | None,
        chunk_size: int,
        owner: str = "",
    ) -> str:
        """Store a new batch of validated article requests; nothing is queued here."""
        batch_id = new_batch_id()
        keys = BatchKeys(batch_id)
        state: dict[FieldT, EncodableT] = {
            "id": batch_id,
            "status": "queued",
            "total": len(articles),
            "done": 0,
            "cached": 0,
            "failed": 0,
            "created": now_iso(),
            "chunk_size": chunk_size,
            "callback_url": callback_url or "",
            "owner": owner,
        }
        encoded: dict[FieldT, EncodableT] = {
            str(i): json.dumps(a, ensure_ascii=False) for i, a in enumerate(articles)
        }
        # No expiry until the batch ends (then BATCH_TTL_SECONDS): a Redis short of memory may
        # evict what expires (the cache), never a batch still being answered.
        with self.client.pipeline() as pipe:
            pipe.hset(keys.state, mapping=state)
            pipe.hset(keys.articles, mapping=encoded)
            pipe.execute()
        return batch_id

    def state(self, batch_id: str) -> dict[str, str] | None:
        raw: dict[bytes, bytes] = self.client.hgetall(BatchKeys(batch_id).state)  # type: ignore[assignment]
        if not raw:
            return None
        return {k.decode(): v.decode() for k, v in raw.items()}

    def status(self, batch_id: str) -> dict[str, Any] | None:
        """The batch as GET /v1/batches/{id} shows it."""
        state = self.state(batch_id)
        if state is None:
            return None
        deliveries = [
            json.loads(entry) for entry in self.client.lrange(BatchKeys(batch_id).deliveries, 0, -1)
        ]
        callback = None
        if state.get("callback_url"):
            callback = {
                "url": state["callback_url"],
                "delivered": any(attempt["delivered"] for attempt in deliveries),
                "attempts": deliveries,
            }
        return {
            "id": batch_id,
            "status": state["status"],
            "counts": {
                "total": int(state["total"]),
                "done": int(state["done"]),
                "cached": int(state["cached"]),
                "failed": int(state["failed"]),
            },
            "created": state["created"],
            "started": state.get("started"),
            "finished": state.get("finished"),
            "results": f"/v1/batches/{batch_id}/results",
            "callback": callback,
            "owner": state.get("owner", ""),
        }

    def start(self, batch_id: str) -> bool:
        """Mark the batch running when its first chunk starts; False once it has ended."""
        keys = BatchKeys(batch_id)
        status: bytes | None = self.client.hget(keys.state, "status")  # type: ignore[assignment]
        if status is None or status.decode() in FINAL_STATES:
            return False
        if self.client.hsetnx(keys.state, "started", now_iso()):
            self.client.hset(keys.state, "status", "running")
        return True

    def pending(self, batch_id: str, indices: range) -> list[tuple[int, dict[str, Any]]]:
        """The articles of `indices` not answered yet (a retried chunk skips what is done)."""
        fields = [str(i) for i in indices]
        raw = self.client.hmget(BatchKeys(batch_id).articles, fields)
        found = zip(indices, _list(raw), strict=True)
        return [(i, json.loads(value)) for i, value in found if value is not None]

    def record(self, batch_id: str, index: int, line: str, outcome: str) -> int:
        """Keep one article's answer; 1 when it ended the batch, 0 if not, -1 for a repeat."""
        keys = BatchKeys(batch_id)
        ended = self._record(
            keys=[keys.state, keys.articles, keys.results],
            args=[index, line, outcome, now_iso(), self.ttl_seconds],
        )
        return int(ended)

    def mark_lost(self, batch_id: str) -> None:
        """A chunk was given up on: the batch ends `failed`, not `done`."""
        self.client.hset(BatchKeys(batch_id).state, "lost", "1")

    def cancel(self, batch_id: str) -> str | None:
        """Cancel what has not started; the status after, or None for an unknown batch."""
        status = self._cancel(keys=BatchKeys(batch_id).all(), args=[now_iso(), self.ttl_seconds])
        return None if status is None else status.decode()

    def add_delivery(self, batch_id: str, attempt: dict[str, Any]) -> None:
        keys = BatchKeys(batch_id)
        with self.client.pipeline() as pipe:
            pipe.rpush(keys.deliveries, json.dumps(attempt))
            pipe.expire(keys.deliveries, self.ttl_seconds)
            pipe.execute()

    def result_lines(self, batch_id: str, total: int, after: int, final: bool) -> Iterator[str]:
        """The answers in input order from index `after`, read a page at a time.

        While the batch runs, the lines stop before the first article not answered yet (resume
        with `?after=`); once it has ended (cancelled), an article never answered gets a
        problem line in its place."""
        key = BatchKeys(batch_id).results
        for start in range(after, total, RESULTS_PAGE):
            indices = range(start, min(start + RESULTS_PAGE, total))
            lines = _list(self.client.hmget(key, [str(i) for i in indices]))
            for index, line in zip(indices, lines, strict=True):
                if line is None:
                    if not final:
                        return
                    yield json.dumps(never_answered(index))
                else:
                    yield line.decode()


def _list(reply: Any) -> list[Any]:
    """A Redis reply as the list it is (redis-py types replies for its async client too)."""
    return list(reply)


def never_answered(index: int) -> dict[str, Any]:
    return {
        "type": "/problems/cancelled",
        "title": "Cancelled",
        "status": 409,
        "detail": "The batch was cancelled before this article was extracted.",
        "index": index,
    }


STORE_TIMEOUT_SECONDS = 5.0


def make_batch_store(url: str | None, ttl_seconds: int) -> BatchStore | None:
    """The batch store on the Redis at `url`; None without one (CACHE_BACKEND=memory)."""
    if url is None:
        return None
    client = redis.Redis.from_url(
        url, socket_timeout=STORE_TIMEOUT_SECONDS, socket_connect_timeout=STORE_TIMEOUT_SECONDS
    )
    return BatchStore(client, ttl_seconds)
