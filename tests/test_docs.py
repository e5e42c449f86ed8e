"""Swagger UI is served by the service itself: nothing on the page asks another host."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from flask.testing import FlaskClient

from service import create_app
from service.extract import Pipeline

ROOT = Path(__file__).resolve().parent.parent

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", re.IGNORECASE)


def test_docs_page_loads_only_local_assets(client: FlaskClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert not EXTERNAL.search(html)
    assets = re.findall(r"""(?:src|href)="([^"]+)\"""", html)
    assert len(assets) >= 4
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert len(response.data) > 0


def test_swagger_ui_reads_the_live_spec_and_never_an_online_validator(client: FlaskClient) -> None:
    script = client.get("/docs/swagger-initializer.js").get_data(as_text=True)
    assert 'url: "/docs/openapi.yaml"' in script
    assert "validatorUrl: null" in script
    assert "//" not in script.replace('"/docs/openapi.yaml"', "")


def test_unknown_asset_is_404(client: FlaskClient) -> None:
    assert client.get("/docs/assets/nothing-here.js").status_code == 404


def test_the_spec_is_the_repositorys_file(client: FlaskClient) -> None:
    served = client.get("/openapi.yaml").get_data(as_text=True)
    assert served == (ROOT / "openapi.yaml").read_text(encoding="utf-8")


def test_without_keys_swagger_ui_shows_no_locks(client: FlaskClient) -> None:
    spec = yaml.safe_load(client.get("/docs/openapi.yaml").get_data(as_text=True))
    assert "securitySchemes" not in spec["components"] and "security" not in spec
    operations = [op for path in spec["paths"].values() for op in path.values()]
    assert operations and not [op for op in operations if "security" in op]


def test_with_keys_swagger_ui_offers_authorize(pipeline: Pipeline, redis_url: str) -> None:
    app = create_app({"REDIS_URL": redis_url, "API_KEYS": "k1"}, pipeline=pipeline)
    spec = yaml.safe_load(app.test_client().get("/docs/openapi.yaml").get_data(as_text=True))
    assert set(spec["components"]["securitySchemes"]) == {"bearerKey", "headerKey"}
    assert spec["security"] == [{}, {"bearerKey": []}, {"headerKey": []}]


@pytest.mark.parametrize("path", ["/", "/docs/"])
def test_the_front_page_is_the_docs(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"] == "/docs"
