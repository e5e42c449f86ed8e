"""The article page as served: one policy that forbids inline script, local assets only, and
open even when keys are on (it holds no data; its script sends the key the reader types in).

What the page does in a browser is tested in test_view_browser.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from service import create_app
from service.extract import Pipeline

STATIC = Path(__file__).resolve().parent.parent / "service" / "static" / "view"
EXTERNAL = re.compile(r"""(?:src|href|action)\s*=\s*["'](?:https?:)?//""", re.IGNORECASE)


def directives(header: str) -> dict[str, str]:
    pairs = (part.strip().partition(" ") for part in header.split(";"))
    return {name: value for name, _, value in pairs}


@pytest.mark.parametrize("path", ["/view", "/view/" + "a" * 64])
def test_the_page_forbids_inline_script_and_other_hosts(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "text/html"
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"  # no 'unsafe-inline', no 'unsafe-eval'
    assert policy["style-src"] == "'self'"
    assert policy["connect-src"] == "'self'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_page_has_no_inline_script_or_style_and_loads_only_local_assets(
    client: FlaskClient,
) -> None:
    html = client.get("/view").get_data(as_text=True)
    assert not EXTERNAL.search(html)
    # The policy would block these anyway: none may be written, or the page would break.
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "<style" not in html and not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)
    assets = re.findall(r"""(?:src|href)="(/static/[^"]+)\"""", html)
    assert sorted(assets) == [
        "/static/view/icon.svg",
        "/static/view/page.js",
        "/static/view/view.css",
    ]
    # page.js imports the other modules, from the same folder and nowhere else.
    script = client.get("/static/view/page.js").get_data(as_text=True)
    imports = re.findall(r"""^import .* from "(.+)";$""", script, re.MULTILINE)
    assert imports and all(re.fullmatch(r"\./[a-z]+\.js", name) for name in imports)
    for asset in assets + ["/static/view/" + name[2:] for name in imports]:
        response = client.get(asset)
        assert response.status_code == 200 and response.data, asset


def test_a_stored_key_in_the_address_stays_text(client: FlaskClient) -> None:
    html = client.get('/view/"><img src=x onerror=alert(1)>').get_data(as_text=True)
    assert "<img" not in html
    assert 'data-key="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html


@pytest.mark.parametrize("script", sorted(STATIC.glob("*.js")), ids=lambda path: path.name)
def test_the_scripts_never_write_html(script: Path) -> None:
    # Article text and answers enter the page through textContent and text nodes only.
    code = script.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in code, sink


def test_the_docs_link_to_the_page_and_keep_their_own_policy(client: FlaskClient) -> None:
    docs = client.get("/docs")
    assert 'href="/view"' in docs.get_data(as_text=True)
    # Swagger UI's page has an inline style: the view's policy must not reach it.
    assert "Content-Security-Policy" not in docs.headers


@pytest.mark.parametrize("docs_require_key", [False, True])
def test_with_keys_the_page_stays_open_and_asks_for_one(
    pipeline: Pipeline, redis_url: str, docs_require_key: bool
) -> None:
    config = {"REDIS_URL": redis_url, "API_KEYS": "k1", "DOCS_REQUIRE_KEY": docs_require_key}
    client = create_app(config, pipeline=pipeline).test_client()
    page = client.get("/view")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'data-keys-required="true"' in html
    assert re.search(r'<label class="field" id="key-field">', html)  # shown, not hidden
    assert client.get("/static/view/page.js").status_code == 200
    assert client.get("/view/" + "a" * 64).status_code == 200
    assert client.post("/v1/extractions", json={"text": "It rained."}).status_code == 401


def test_without_keys_the_key_field_is_hidden(client: FlaskClient) -> None:
    html = client.get("/view").get_data(as_text=True)
    assert 'data-keys-required="false"' in html
    assert '<label class="field" id="key-field" hidden>' in html
