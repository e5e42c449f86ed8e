"""Swagger UI is served by the service itself: nothing on the page asks another host."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

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
    assert 'url: "/openapi.yaml"' in script
    assert "validatorUrl: null" in script
    assert "//" not in script.replace('"/openapi.yaml"', "")


def test_unknown_asset_is_404(client: FlaskClient) -> None:
    assert client.get("/docs/assets/nothing-here.js").status_code == 404
