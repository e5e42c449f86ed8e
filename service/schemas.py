"""Marshmallow schemas: requests are loaded through one, answers dumped through the others.

openapi.yaml is generated from these (`make openapi`), so the spec cannot drift from the code.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates

from .extract import FACT_KINDS


class IsoMoment(fields.Field[date | datetime]):
    """An ISO 8601 date ("2023-04-07") or date-time ("2023-04-07T09:30:00Z")."""

    default_error_messages = {"invalid": "Not an ISO 8601 date or date-time."}

    def _deserialize(
        self, value: Any, attr: str | None, data: Any, **kwargs: Any
    ) -> date | datetime:
        if not isinstance(value, str):
            raise self.make_error("invalid")
        text = value.strip()
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            return datetime.fromisoformat(text)
        except ValueError as error:
            raise self.make_error("invalid") from error

    def _serialize(
        self, value: date | datetime | None, attr: str | None, obj: Any, **kwargs: Any
    ) -> str | None:
        return None if value is None else value.isoformat()


class Numeric(fields.Number[float]):
    """A JSON number that stays an integer when it is one: 3000, not 3000.0."""

    num_type = float

    def _format_num(self, value: Any) -> float:
        number = float(value)
        if math.isfinite(number) and number.is_integer() and abs(number) < 2**53:
            return int(number)
        return number


class ExtractionRequest(Schema):
    """The body of POST /v1/extractions."""

    text = fields.String(
        required=True,
        metadata={
            "description": "The article: plain text, or HTML when `format` is `html`. White "
            "space around it is fine; empty or only white space is not.",
            # What the spec can say of "not only white space": a JSON Schema pattern matches
            # anywhere in the string. `_has_words` checks the same when loading.
            "pattern": r"\S",
        },
    )
    format = fields.String(
        load_default="text",
        validate=validate.OneOf(["text", "html"]),
        metadata={
            "description": "`html` is turned into plain text first; offsets then refer to "
            "`document.text`."
        },
    )
    id = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=512),
        metadata={"description": "The caller's own article id, echoed back."},
    )
    published = IsoMoment(
        load_default=None,
        allow_none=True,
        metadata={
            "type": "string",
            "description": "Publication date or date-time (ISO 8601): "
            "the reference for relative dates.",
            "example": "2023-04-07",
        },
    )
    include = fields.List(
        fields.String(validate=validate.OneOf(FACT_KINDS)),
        load_default=list(FACT_KINDS),
        validate=validate.Length(min=1, max=len(FACT_KINDS) * 4),
        metadata={"description": "Which fact kinds to return (default: all)."},
    )

    @validates("text")
    def _has_words(self, value: str, **kwargs: Any) -> None:
        if not value.strip():
            raise ValidationError("The text is empty or only white space.")


class SpanSchema(Schema):
    """A stretch of the analysed text: `text == analysed_text[start:end]`."""

    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class FactSchema(Schema):
    """The fields every fact opens with, in the contract's order."""

    id = fields.String(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class MentionSchema(SpanSchema):
    kind = fields.String(
        required=True,
        validate=validate.OneOf(["name", "pronoun", "nominal"]),
        metadata={
            "description": "name (the actor named), pronoun (he, she) or nominal "
            "(the minister), the last two resolved by the service."
        },
    )


class ActorSchema(Schema):
    id = fields.String(required=True, metadata={"example": "A1"})
    name = fields.String(required=True)
    type = fields.String(
        required=True, validate=validate.OneOf(["person", "organization", "location", "group"])
    )
    label = fields.String(required=True, metadata={"description": "The NER label it came from."})
    aliases = fields.List(fields.String(), required=True)
    titles = fields.List(fields.String(), required=True)
    mentions = fields.List(fields.Nested(MentionSchema), required=True)
    salience = fields.Float(required=True, validate=validate.Range(0, 1))


class DateRangeSchema(Schema):
    start = fields.String(required=True, metadata={"format": "date"})
    end = fields.String(required=True, metadata={"format": "date"})


class DateFactSchema(FactSchema):
    type = fields.String(
        required=True, validate=validate.OneOf(["DATE", "TIME", "DURATION", "SET"])
    )
    value = fields.String(required=True, metadata={"description": "TIMEX3 value (TimeML)."})
    mod = fields.String(required=True, allow_none=True)
    range = fields.Nested(DateRangeSchema, required=True, allow_none=True)
    relative = fields.Boolean(required=True)


class NumberRangeSchema(Schema):
    low = Numeric(required=True)
    high = Numeric(required=True)


class ChangeSchema(Schema):
    direction = fields.String(required=True, validate=validate.OneOf(["increase", "decrease"]))
    factor = Numeric(required=True, allow_none=True)
    delta = Numeric(required=True, allow_none=True)


class QuantitySchema(FactSchema):
    value = Numeric(required=True)
    unit = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "The counted noun's lemma (appeal), `percent` or `percentage point`, "
            "an ISO 4217 code (USD) or a unit symbol (km, kg, °C); null for a bare number."
        },
    )
    kind = fields.String(
        required=True, validate=validate.OneOf(["count", "percent", "money", "measure", "age"])
    )
    qualifier = fields.String(
        required=True,
        allow_none=True,
        validate=validate.OneOf(
            ["approximately", "more than", "less than", "at least", "at most", "up to"]
        ),
        metadata={"x-enum-name": "Qualifier"},
    )
    range = fields.Nested(NumberRangeSchema, required=True, allow_none=True)
    change = fields.Nested(ChangeSchema, required=True, allow_none=True)
    per = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "Rate denominator: day, year, capita ..."},
    )


class SpeakerSchema(Schema):
    actor_id = fields.String(required=True, allow_none=True)
    name = fields.String(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class QuoteSchema(FactSchema):
    parts = fields.List(
        fields.Nested(SpanSchema),
        required=True,
        validate=validate.Length(min=1),
        metadata={
            "description": "The quoted pieces, in order: one, or several when the quote is "
            "interrupted by its attribution or runs over paragraphs; `start`, `end` and `text` "
            "run from the first piece to the last."
        },
    )
    type = fields.String(required=True, validate=validate.OneOf(["direct", "partial", "indirect"]))
    speaker = fields.Nested(SpeakerSchema, required=True, allow_none=True)
    cue = fields.Nested(SpanSchema, required=True, allow_none=True)


class DocumentSchema(Schema):
    id = fields.String(required=True, allow_none=True)
    characters = fields.Integer(required=True)
    language = fields.String(required=True)
    published = IsoMoment(required=True, allow_none=True, metadata={"type": "string"})
    published_source = fields.String(
        required=True,
        allow_none=True,
        validate=validate.OneOf(["request", "html", "text"]),
        metadata={
            "x-enum-name": "PublishedSource",
            "description": "Where `published` came from: the request, the HTML page's metadata "
            "(Open Graph, JSON-LD, meta tags), or a dateline in the text; null when none says.",
        },
    )
    text = fields.String(
        metadata={"description": "Only when format was html: the plain text the offsets refer to."}
    )
    title = fields.String(
        metadata={"description": "Only when format was html and the page declares one: its title."}
    )
    authors = fields.List(
        fields.String(),
        metadata={"description": "Only when format was html and the page names them: the bylines."},
    )
    url = fields.String(
        metadata={"description": "Only when format was html and the page declares it: its address."}
    )
    site = fields.String(
        metadata={"description": "Only when format was html and the page says so: the site's name."}
    )


class MetaSchema(Schema):
    service_version = fields.String(required=True)
    pipeline_version = fields.String(required=True)
    model = fields.String(required=True)
    elapsed_ms = fields.Float(required=True)
    cached = fields.Boolean(required=True)


class ExtractionSchema(Schema):
    """The answer: the facts of one article. Kinds left out of `include` are absent."""

    key = fields.String(
        required=True,
        metadata={
            "description": "Cache key: hash of the normalised request and the pipeline version."
        },
    )
    document = fields.Nested(DocumentSchema, required=True)
    actors = fields.List(fields.Nested(ActorSchema))
    dates = fields.List(fields.Nested(DateFactSchema))
    quantities = fields.List(fields.Nested(QuantitySchema))
    quotes = fields.List(fields.Nested(QuoteSchema))
    meta = fields.Nested(MetaSchema, required=True)


class BatchRequest(Schema):
    """The body of POST /v1/batches as JSON (NDJSON carries one article a line instead)."""

    articles = fields.List(
        fields.Nested(ExtractionRequest),
        required=True,
        validate=validate.Length(min=1),
        metadata={
            "description": "The articles, each with the fields of POST /v1/extractions; at most "
            "MAX_BATCH_ARTICLES (default 1,000)."
        },
    )
    callback_url = fields.String(
        load_default=None,
        allow_none=True,
        metadata={
            "description": "Where to POST the batch's final status, signed as Standard Webhooks "
            "says; its host must be on CALLBACK_ALLOWED_HOSTS.",
            "format": "uri",
        },
    )


class BatchCountsSchema(Schema):
    total = fields.Integer(required=True)
    done = fields.Integer(
        required=True, metadata={"description": "Answered with an Extraction (cached included)."}
    )
    cached = fields.Integer(required=True, metadata={"description": "Of `done`, from the cache."})
    failed = fields.Integer(required=True, metadata={"description": "Answered with a problem."})


class DeliverySchema(Schema):
    attempt = fields.Integer(required=True)
    at = fields.String(required=True, metadata={"format": "date-time"})
    status_code = fields.Integer(required=True, allow_none=True)
    delivered = fields.Boolean(required=True)
    error = fields.String(metadata={"description": "Why the attempt failed, when it did."})


class CallbackSchema(Schema):
    url = fields.String(required=True)
    delivered = fields.Boolean(required=True)
    attempts = fields.List(fields.Nested(DeliverySchema), required=True)


class BatchSchema(Schema):
    """A batch's state: GET /v1/batches/{id}, and the body of its callback's `data`."""

    id = fields.String(required=True)
    status = fields.String(
        required=True,
        validate=validate.OneOf(["queued", "running", "done", "failed", "cancelled"]),
        metadata={
            "description": "`done`: every article answered (some perhaps by a problem, see "
            "`counts.failed`); `failed`: the workers gave up on part of it; `cancelled`: "
            "stopped by DELETE before every article started."
        },
    )
    counts = fields.Nested(BatchCountsSchema, required=True)
    created = fields.String(required=True, metadata={"format": "date-time"})
    started = fields.String(required=True, allow_none=True, metadata={"format": "date-time"})
    finished = fields.String(required=True, allow_none=True, metadata={"format": "date-time"})
    results = fields.String(required=True, metadata={"description": "Where the answers are."})
    callback = fields.Nested(CallbackSchema, required=True, allow_none=True)


class ProblemSchema(Schema):
    """RFC 9457 problem details."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.Raw(),
        metadata={"description": "422 only: what is wrong, by field."},
    )
    checks = fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        metadata={"description": "503 from /readyz only: each check's state."},
    )


class HealthSchema(Schema):
    status = fields.String(required=True)
    checks = fields.Dict(keys=fields.String(), values=fields.String())
