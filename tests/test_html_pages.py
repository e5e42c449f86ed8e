"""HTML pages as news sites serve them: size limits, what the page says of itself, page chrome.

The pages in tests/data/pages are written for the project in the shapes real sites use (Open
Graph and JSON-LD heads, WordPress markup, wire-story bylines); `with_page_state` adds the bulk
of scripts and inline JSON that makes real pages hundreds of kilobytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from service import create_app
from service.extract import Pipeline
from service.html_text import without_chrome

PAGES = Path(__file__).resolve().parent / "data" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def with_page_state(markup: str, kilobytes: int) -> str:
    """The page with an inline script of `kilobytes` of JSON state, as news sites embed."""
    items = [{"id": i, "headline": f"Story number {i} of the day", "tags": ["news"] * 5}
             for i in range(kilobytes * 1024 // 80)]  # fmt: skip
    script = f"<script>window.__STATE__ = {json.dumps({'items': items})};</script>"
    return markup.replace("</head>", script + "</head>", 1)


def post_html(client: FlaskClient, markup: str, **fields: Any) -> Any:
    return client.post("/v1/extractions", json={"text": markup, "format": "html", **fields})


def limited_client(pipeline: Pipeline, redis_url: str, **limits: int) -> FlaskClient:
    return create_app({"REDIS_URL": redis_url, **limits}, pipeline=pipeline).test_client()


def test_a_page_of_hundreds_of_kilobytes_is_read(client: FlaskClient) -> None:
    markup = with_page_state(page("wire-story.html"), 800)
    assert len(markup.encode()) > 800_000 > client.application.config["MAX_TEXT_CHARS"]
    response = post_html(client, markup)
    assert response.status_code == 200
    document = response.get_json()["document"]
    assert "port workers walked off the job" in document["text"]
    assert document["characters"] == len(document["text"]) < 5_000


def test_html_over_its_byte_limit_is_413(
    pipeline: Pipeline, redis_url: str, redis_client: object
) -> None:
    client = limited_client(pipeline, redis_url, MAX_HTML_BYTES=50_000)
    response = post_html(client, with_page_state(page("wire-story.html"), 60))
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert problem["type"] == "/problems/too-large" and "MAX_HTML_BYTES" in problem["detail"]


def test_text_taken_from_html_over_the_text_limit_is_413(
    pipeline: Pipeline, redis_url: str, redis_client: object
) -> None:
    client = limited_client(pipeline, redis_url, MAX_TEXT_CHARS=300)
    markup = page("wire-story.html")
    assert len(markup) > 300
    response = post_html(client, markup)
    assert response.status_code == 413
    problem = response.get_json()
    assert "taken from the HTML" in problem["detail"] and "MAX_TEXT_CHARS" in problem["detail"]


@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
def test_a_body_over_the_cap_is_our_too_large_problem(
    pipeline: Pipeline, redis_url: str, redis_client: object, content_type: str
) -> None:
    client = limited_client(pipeline, redis_url, MAX_TEXT_CHARS=1_000, MAX_HTML_BYTES=1_000)
    cap = client.application.config["MAX_CONTENT_LENGTH"]
    assert cap == 1_000 * 6 + 65_536
    response = client.post("/v1/extractions", data=b"x" * (cap + 1), content_type=content_type)
    assert response.status_code == 413
    problem = response.get_json()
    assert problem["type"] == "/problems/too-large"
    assert f"{cap:,} bytes" in problem["detail"] and "MAX_HTML_BYTES" in problem["detail"]


# (page, what the page declares about itself, a relative date in it and the day it names)
DECLARED: list[tuple[str, dict[str, Any], tuple[str, str]]] = [
    (
        "wire-story.html",  # Open Graph and JSON-LD, two bylines, a canonical address
        {"published": "2020-03-14", "title": "Port workers strike over pay as talks collapse",
         "authors": ["Lena Hart", "Tomas Varga"], "site": "Harbour Wire",
         "url": "https://www.harbourwire.example/business/port-workers-strike-2020-03-14/"},
        ("Saturday", "2020-03-14"),
    ),
    (
        "local-news.html",  # WordPress: <meta name="date">, <meta name="author">, a leading newline
        {"published": "2021-06-02", "title": "Library reopens after flood repairs",
         "authors": ["Anna Berg"], "site": "Kellsby Courier"},
        ("Tuesday", "2021-06-01"),
    ),
    (
        "magazine.html",  # a Next.js page: JSON-LD with a time zone, og:url, inline state
        {"published": "2019-08-23", "title": "The last lighthouse keepers",
         "authors": ["Jonas Lind"], "site": "Coastline Magazine",
         "url": "https://coastline.example/features/last-lighthouse-keepers"},
        ("Tuesday", "2019-08-27"),
    ),
    (
        "agency.html",  # article:published_time, an author list in one <meta>, a dateline
        {"published": "2023-07-16", "title": "Wildfire forces thousands to flee as winds shift",
         "authors": ["Clara Dunmore", "Paul Grant"], "site": "Meridian Press"},
        ("Wednesday", "2023-07-12"),
    ),
    (
        "broadcaster.html",  # JSON-LD only, the organisation as author
        {"published": "2022-11-06", "title": "Ferry service cut as fuel costs soar",
         "site": "North Sea News"},
        ("Sunday", "2022-11-06"),
    ),
]  # fmt: skip


@pytest.mark.parametrize("name, declared, relative", DECLARED, ids=[d[0] for d in DECLARED])
def test_the_page_says_when_and_what_it_is(
    client: FlaskClient, name: str, declared: dict[str, Any], relative: tuple[str, str]
) -> None:
    answer = post_html(client, page(name)).get_json()
    document = answer["document"]
    said = {
        k: document[k] for k in ("published", "title", "authors", "url", "site") if k in document
    }
    assert said == declared
    assert document["published_source"] == "html"
    days = {(d["text"], d["value"]) for d in answer["dates"]}
    assert relative in days


def test_a_published_date_in_the_request_wins_over_the_page(client: FlaskClient) -> None:
    document = post_html(client, page("wire-story.html"), published="2020-03-16").get_json()
    assert (document["document"]["published"], document["document"]["published_source"]) == (
        "2020-03-16",
        "request",
    )


def test_a_fragment_without_metadata_says_nothing_of_itself(client: FlaskClient) -> None:
    markup = "<p>Published May 7, 2015</p><p>The minister resigned on Tuesday.</p>"
    document = post_html(client, markup).get_json()["document"]
    assert (document["published"], document["published_source"]) == ("2015-05-07", "text")
    assert not {"title", "authors", "url", "site"} & set(document)


CHROME = ["©", "All rights reserved", "All Rights Reserved", "Watch video", "02:17", "Photo:",
          "Photograph:", "Reporting by", "reporting by", "Our Standards", "Related", "- Ferries",
          "Read more", "___", "More on this story"]  # fmt: skip
PAGE_NAMES = sorted(path.name for path in PAGES.glob("*.html"))
# Outlets, photographers and staff named only in credit and copyright lines: no actors.
CREDITED_ONLY = {"Harbour Wire", "Kellsby Courier", "Anna Berg", "North Sea News", "Meridian Press",
                 "Coastline Media Ltd.", "Lena Hart", "Tomas Varga"}  # fmt: skip


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_chrome_is_no_text_and_no_fact(client: FlaskClient, name: str) -> None:
    answer = post_html(client, page(name)).get_json()
    text = answer["document"]["text"]
    assert [piece for piece in CHROME if piece in text] == []
    names = {actor["name"] for actor in answer["actors"]}
    assert not names & CREDITED_ONLY
    assert all(":" not in fact["text"] for fact in answer["dates"] if fact["type"] == "TIME")


@pytest.mark.parametrize(
    "line, chrome",
    [
        ("© Harbour Wire 2020. All rights reserved.", True),
        ("Copyright © 2021 Kellsby Courier. Proudly powered by WordPress.", True),
        ("Copyright 2022 North Sea News.", True),
        ("Photo: Anna Berg/Kellsby Courier", True),
        ("Image source, Getty Images", True),
        ("Watch video 02:17", True),
        ("1:45", True),
        ("Reporting by Lena Hart and Tomas Varga; Editing by Omar Reza", True),
        ("Our Standards: The Harbour Wire Trust Principles.", True),
        ("Jane Doe in Varna contributed to this report.", True),
        ("Read more: How the coast was lit", True),
        ("* * *", True),
        # prose that starts like chrome stays
        ("Copyright lawyers said the case would close.", False),
        ("Video, released by police, shows the crash on Sunday.", False),
        ("Images of the flood spread online, he said.", False),
        ("Editing the law took two years.", False),
        ("The minister contributed to the fund.", False),
    ],
)
def test_chrome_lines_go_prose_stays(line: str, chrome: bool) -> None:
    text = f"The minister resigned on Friday.\n{line}\nShe left on Monday."
    assert (line not in without_chrome(text)) == chrome


def test_related_lists_and_repeated_bylines_go() -> None:
    text = (
        "By Lena Hart\nTalks failed.\nRelated Topics\n- Ferries\n- Fuel prices\nBy Lena Hart\nEnd."
    )
    assert without_chrome(text) == "By Lena Hart\nTalks failed.\nEnd."
