"""A typed script over a client generated from openapi.yaml (see docs/client-config.yaml).

    python docs/client_example.py http://127.0.0.1:8000

Checked by tests/test_generated_client.py: mypy --strict, then a run against a live server.
"""

from __future__ import annotations

import sys

from newsfacts_client import Client
from newsfacts_client.api.batches import cancel_batch, create_batch
from newsfacts_client.api.extractions import create_extraction
from newsfacts_client.models import Batch, BatchRequest, Extraction, ExtractionRequest, Problem
from newsfacts_client.types import Unset

ARTICLE = (
    "Harbour City mayor Anna Petrova said on Friday that the old bridge would reopen next "
    'month. "We will finish the repairs before the summer," Petrova told reporters. "The '
    'bridge was never unsafe."'
)


def main(base_url: str) -> int:
    client = Client(base_url=base_url)
    answer = create_extraction.sync(
        client=client, body=ExtractionRequest(text=ARTICLE, published="2023-04-07")
    )
    if not isinstance(answer, Extraction):
        raise SystemExit(f"expected an Extraction, got {answer!r}")
    if isinstance(answer.quotes, Unset) or isinstance(answer.dates, Unset):
        raise SystemExit("the answer lacks quotes or dates")
    for quote in answer.quotes:
        speaker = quote.speaker.name if quote.speaker is not None else "nobody"
        words = " ... ".join(part.text for part in quote.parts)  # without the attribution
        print(f"{quote.type_.value}: {speaker} said {words!r}")
    for date in answer.dates:
        span = f"{date.range_.start} to {date.range_.end}" if date.range_ is not None else "-"
        print(f"{date.text!r} is {date.value} ({span})")

    refused = create_extraction.sync(client=client, body=ExtractionRequest(text="   "))
    if not isinstance(refused, Problem) or isinstance(refused.errors, Unset):
        raise SystemExit(f"expected a 422 problem with errors, got {refused!r}")
    for field, said in refused.errors.additional_properties.items():
        print(f"{refused.status} {field}: {said}")

    # A batch, submitted twice under one Idempotency-Key: the second is the first answer.
    articles = [
        ExtractionRequest(text=ARTICLE, published="2023-04-07", id=f"cms-{n}") for n in (1, 2)
    ]
    batch = create_batch.sync(
        client=client, body=BatchRequest(articles=articles), idempotency_key="example-1"
    )
    again = create_batch.sync(
        client=client, body=BatchRequest(articles=articles), idempotency_key="example-1"
    )
    if not isinstance(batch, Batch) or not isinstance(again, Batch) or again.id != batch.id:
        raise SystemExit(f"expected the same batch twice, got {batch!r} and {again!r}")
    print(f"batch of {batch.counts.total}: {batch.status.value}")
    cancelled = cancel_batch.sync(batch.id, client=client)
    if isinstance(cancelled, Batch):
        print(f"batch after DELETE: {cancelled.status.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
