"""POST /v1/extractions and GET /v1/extractions/{key} through the Flask test client."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient

from service.extract import FACT_KINDS

SHORT = "Angela Merkel said on Tuesday that 3,000 people had left Berlin."


def post(client: FlaskClient, body: Any, **kwargs: Any) -> Any:
    return client.post("/v1/extractions", json=body, **kwargs)


def assert_offsets(text: str, document: dict[str, Any]) -> None:
    for kind in FACT_KINDS:
        for fact in document.get(kind, []):
            spans = [fact] if kind != "actors" else fact["mentions"]
            if kind == "quotes":
                spans += [part for part in (fact["speaker"], fact["cue"]) if part]
                spans += fact["parts"]
                pieces = fact["parts"]
                assert (pieces[0]["start"], pieces[-1]["end"]) == (fact["start"], fact["end"])
            for span in spans:
                assert text[span["start"] : span["end"]] == span["text"], (kind, span)


def test_seed_article_has_every_fact_kind(client: FlaskClient, seed: dict[str, Any]) -> None:
    response = post(client, {"text": seed["text"], "published": seed["published"], "id": "seed"})
    assert response.status_code == 200
    document = response.get_json()
    assert document["document"] == {
        "id": "seed",
        "characters": len(seed["text"]),
        "language": "en",
        "published": "2023-04-07",
        "published_source": "request",
    }
    for kind in FACT_KINDS:
        assert document[kind], f"no {kind} in the seed article"
    assert_offsets(seed["text"], document)
    assert document["meta"]["cached"] is False
    assert response.headers["X-Cache"] == "miss"


def test_second_post_is_a_cache_hit_with_the_callers_id(client: FlaskClient) -> None:
    first = post(client, {"text": SHORT, "id": "one"})
    second = post(client, {"text": SHORT, "id": "two"})
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")
    assert second.get_json()["meta"]["cached"] is True
    assert second.get_json()["document"]["id"] == "two"
    assert first.get_json()["key"] == second.get_json()["key"]
    assert first.headers["ETag"] == second.headers["ETag"]


@pytest.mark.parametrize("caller_id", [None, 'Zürich "2" \\ 東京', "\u2028"])
def test_a_hit_answers_what_the_miss_answered_in_the_same_order(
    client: FlaskClient, caller_id: str | None
) -> None:
    miss = post(client, {"text": SHORT, "id": "first"})
    hit = post(client, {"text": SHORT, "id": caller_id})
    assert (miss.headers["X-Cache"], hit.headers["X-Cache"]) == ("miss", "hit")
    assert hit.mimetype == miss.mimetype == "application/json"
    answered, expected = json.loads(hit.data), json.loads(miss.data)
    expected["document"]["id"] = caller_id
    expected["meta"].update(cached=True, elapsed_ms=answered["meta"]["elapsed_ms"])
    assert answered == expected
    assert list(answered) == ["key", "document", *FACT_KINDS, "meta"]
    assert list(answered["document"])[0] == "id"
    assert list(answered["meta"])[-2:] == ["elapsed_ms", "cached"]


def test_include_limits_the_kinds_and_changes_the_key(client: FlaskClient) -> None:
    everything = post(client, {"text": SHORT}).get_json()
    dates_only = post(client, {"text": SHORT, "include": ["dates", "dates"]}).get_json()
    assert [kind for kind in FACT_KINDS if kind in dates_only] == ["dates"]
    assert dates_only["key"] != everything["key"]


def test_get_by_key_returns_the_stored_extraction(client: FlaskClient) -> None:
    posted = post(client, {"text": SHORT, "id": "mine"}).get_json()
    response = client.get(f"/v1/extractions/{posted['key']}")
    assert response.status_code == 200
    stored = response.get_json()
    assert stored["actors"] == posted["actors"]
    assert stored["document"]["id"] is None
    assert stored["meta"]["cached"] is True


def test_unknown_key_is_404_problem(client: FlaskClient) -> None:
    response = client.get("/v1/extractions/" + "0" * 64)
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["status"] == 404


@pytest.mark.parametrize("method", ["post", "get"])
def test_if_none_match_answers_304(client: FlaskClient, method: str) -> None:
    first = post(client, {"text": SHORT})
    etag = first.headers["ETag"]
    if method == "post":
        again = post(client, {"text": SHORT}, headers={"If-None-Match": etag})
    else:
        url = f"/v1/extractions/{first.get_json()['key']}"
        again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    other = post(client, {"text": SHORT}, headers={"If-None-Match": 'W/"something-else"'})
    assert other.status_code == 200


def test_plain_text_body_with_query_parameters(client: FlaskClient) -> None:
    response = client.post(
        "/v1/extractions?published=2023-04-07&id=p1&include=dates,actors",
        data=SHORT.encode(),
        content_type="text/plain; charset=utf-8",
    )
    assert response.status_code == 200
    document = response.get_json()
    assert document["document"]["id"] == "p1"
    assert document["document"]["published"] == "2023-04-07"
    assert sorted(kind for kind in FACT_KINDS if kind in document) == ["actors", "dates"]


def test_html_is_turned_into_text_and_offsets_follow_it(client: FlaskClient) -> None:
    markup = (
        "<html><head><script>var tracking = 1;</script><style>p {color: red}</style></head>"
        f"<body><nav>Home | Sport</nav><article><p>{SHORT}</p></article></body></html>"
    )
    response = post(client, {"text": markup, "format": "html"})
    assert response.status_code == 200
    document = response.get_json()
    text = document["document"]["text"]
    assert "Angela Merkel" in text and "<" not in text and "tracking" not in text
    assert document["document"]["characters"] == len(text)
    assert_offsets(text, document)


@pytest.mark.parametrize(
    "body, field",
    [
        ({"text": ""}, "text"),
        ({"text": " \n\t "}, "text"),
        ({}, "text"),
        ({"text": 42}, "text"),
        ({"text": SHORT, "published": "last Friday"}, "published"),
        ({"text": SHORT, "published": "2023-13-45"}, "published"),
        ({"text": SHORT, "published": 20230407}, "published"),
        ({"text": SHORT, "include": ["actors", "weather"]}, "include"),
        ({"text": SHORT, "include": "actors"}, "include"),
        ({"text": SHORT, "include": []}, "include"),
        ({"text": SHORT, "format": "pdf"}, "format"),
        ({"text": SHORT, "id": ["a"]}, "id"),
        ({"text": SHORT, "colour": "blue"}, "colour"),
    ],
)
def test_invalid_fields_are_422_naming_the_field(
    client: FlaskClient, body: dict[str, Any], field: str
) -> None:
    response = post(client, body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert problem["status"] == 422 and field in problem["errors"]
    assert field in problem["detail"]


@pytest.mark.parametrize("body", [b"{not json", b'{"text": "a"', b"\xff\xfe{}", b""])
def test_unreadable_json_is_400(client: FlaskClient, body: bytes) -> None:
    response = client.post("/v1/extractions", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    "body, content_type",
    [
        (json.dumps({"text": "\n\n  " + SHORT + "\n  "}), "application/json"),
        ("\n" + SHORT, "text/plain"),
        (
            json.dumps(
                {"text": "\n<html><body><p>" + SHORT + "</p></body></html>", "format": "html"}
            ),
            "application/json",
        ),
    ],
)
def test_white_space_around_the_text_is_fine(
    client: FlaskClient, body: str, content_type: str
) -> None:
    response = client.post("/v1/extractions", data=body, content_type=content_type)
    assert response.status_code == 200
    assert response.get_json()["dates"][0]["text"] == "Tuesday"


@pytest.mark.parametrize("text", ["", " ", "\n\t \n"])
def test_empty_or_white_space_text_is_422_saying_so(client: FlaskClient, text: str) -> None:
    response = post(client, {"text": text})
    assert response.status_code == 422
    assert response.get_json()["errors"]["text"] == ["The text is empty or only white space."]


def test_a_json_value_that_is_not_an_object_is_422(client: FlaskClient) -> None:
    response = client.post(
        "/v1/extractions", data=json.dumps(["text"]), content_type="application/json"
    )
    assert response.status_code == 422


def test_other_media_types_are_415(client: FlaskClient) -> None:
    response = client.post("/v1/extractions", data=b"<xml/>", content_type="application/xml")
    assert response.status_code == 415
    assert response.mimetype == "application/problem+json"


def test_text_over_the_limit_is_413(client: FlaskClient) -> None:
    limit = client.application.config["MAX_TEXT_CHARS"]
    response = post(client, {"text": "word " * (limit // 5 + 1)})
    assert response.status_code == 413
    assert "limit" in response.get_json()["detail"]


def test_huge_body_is_refused_before_it_is_read(client: FlaskClient) -> None:
    limit = client.application.config["MAX_CONTENT_LENGTH"]
    response = client.post(
        "/v1/extractions", data=b"x" * (limit + 1), content_type="application/json"
    )
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"


def test_unknown_route_and_method_are_problems(client: FlaskClient) -> None:
    assert client.get("/v2/nothing").status_code == 404
    wrong = client.delete("/v1/extractions")
    assert wrong.status_code == 405
    assert wrong.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    "text, published, source",
    [
        ("Published Friday, May 7, 2015\nThe minister resigned on Tuesday.", "2015-05-07", "text"),
        (
            "The minister resigned.\nUpdated 4/8/2023, 5:55 p.m. ET: adds comment.",
            "2023-04-08",
            "text",
        ),
        ("The minister resigned on Tuesday.", None, None),
    ],
)
def test_publication_date_found_in_the_text_when_the_request_has_none(
    client: FlaskClient, text: str, published: str | None, source: str | None
) -> None:
    document = post(client, {"text": text}).get_json()["document"]
    assert (document["published"], document["published_source"]) == (published, source)


def test_query_fields_beside_a_json_body_count(client: FlaskClient) -> None:
    response = client.post(
        "/v1/extractions?published=2023-04-07&include=dates", json={"text": SHORT}
    )
    assert response.status_code == 200
    answer = response.get_json()
    assert answer["document"]["published"] == "2023-04-07" and "actors" not in answer


def test_a_field_with_two_values_in_body_and_query_is_refused(client: FlaskClient) -> None:
    body = {"text": SHORT, "published": "2023-04-08"}
    response = client.post("/v1/extractions?published=2023-04-07", json=body)
    assert response.status_code == 422
    assert response.get_json()["errors"]["published"] == [
        "The JSON body and the query parameter give two values; give one."
    ]
    same = client.post("/v1/extractions?published=2023-04-08", json=body)
    assert same.status_code == 200 and same.get_json()["document"]["published"] == "2023-04-08"


@pytest.mark.parametrize("query", ["publised=2023-04-07", "utm_source=x"])
def test_unknown_query_parameters_are_refused_not_lost(client: FlaskClient, query: str) -> None:
    name = query.split("=")[0]
    as_json = client.post(f"/v1/extractions?{query}", json={"text": SHORT})
    as_text = client.post(f"/v1/extractions?{query}", data=SHORT, content_type="text/plain")
    for response in (as_json, as_text):
        assert response.status_code == 422
        assert name in response.get_json()["errors"]
