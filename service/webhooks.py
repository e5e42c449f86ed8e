"""Callbacks: a batch's final status POSTed to the caller, signed as Standard Webhooks says.

The receiver verifies `webhook-signature` (HMAC-SHA256 over id, timestamp and body with the
shared WEBHOOK_SECRET; any Standard Webhooks library does it) and dedupes by `webhook-id`, which
stays the same across the retries of one message. The service only calls hosts its operator
allowed: a caller must not make it send requests into the network it runs in.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from standardwebhooks.webhooks import Webhook

from .batches import now_iso

TIMEOUT_SECONDS = 10.0
EVENT_TYPE = "batch.ended"


def allowed_hosts(setting: str) -> set[str]:
    return {host.strip().lower() for host in setting.split(",") if host.strip()}


def callback_problem(url: str, allowed: set[str], secret: str) -> str | None:
    """Why `url` cannot be a callback here, or None when it can."""
    if not secret:
        return "Callbacks are off: this service has no WEBHOOK_SECRET to sign them with."
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "A callback_url is an absolute http or https URL."
    host = parts.hostname.lower()
    if host not in allowed and f"{host}:{parts.port}" not in allowed:
        return (
            f"The host {host!r} is not one this service calls back (CALLBACK_ALLOWED_HOSTS); "
            "ask its operator to allow it."
        )
    return None


def retry_intervals(setting: str) -> list[int]:
    """WEBHOOK_RETRY_SECONDS ("10,60,300") as the waits before each further attempt."""
    return [int(float(part)) for part in setting.split(",") if part.strip()]


def signed_request(
    url: str, message_id: str, payload: dict[str, Any], secret: str
) -> urllib.request.Request:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    moment = datetime.now(UTC)
    signature = Webhook(secret).sign(message_id, moment, body)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "newsfacts-webhooks",
        "webhook-id": message_id,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": signature,
    }
    return urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")


def deliver(
    url: str, batch_id: str, status: dict[str, Any], *, secret: str, attempt: int
) -> dict[str, Any]:
    """One delivery attempt; what happened, as the batch status lists it."""
    payload = {"type": EVENT_TYPE, "timestamp": now_iso(), "data": status}
    request = signed_request(url, f"msg_{batch_id}", payload, secret)
    record: dict[str, Any] = {"attempt": attempt, "at": now_iso(), "status_code": None}
    try:
        with _OPENER.open(request, timeout=TIMEOUT_SECONDS) as response:
            record["status_code"] = response.status
    except urllib.error.HTTPError as error:
        record["status_code"] = error.code
        record["error"] = f"HTTP {error.code}"
    except (urllib.error.URLError, OSError) as error:
        record["error"] = type(error).__name__ + ": " + str(getattr(error, "reason", error))
    record["delivered"] = record["status_code"] is not None and 200 <= record["status_code"] < 300
    return record


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect would take the request to a host nobody allowed: it counts as a failure."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)
