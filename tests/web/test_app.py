"""The app shell: pages render, assets are local, security headers are set, errors are mapped once."""

from __future__ import annotations

import re

from sitroom.web.security import CSP


def test_dashboard_renders_with_local_assets_only(client):
    r = client.get("/", headers={"accept": "text/html"})
    assert r.status_code == 200
    assert "text/html" in r.headers["content-type"]
    assert "/static/htmx.min.js" in r.text and "/static/app.css" in r.text
    # Nothing loaded from elsewhere (SVG namespaces are names, not fetches).
    page = r.text.replace("http://testserver/", "/")  # url_for gives this app's own absolute URLs
    assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", page)
    assert "<script>" not in r.text  # no inline script: the CSP forbids it


def test_static_assets_are_served(client):
    for path in ("/static/htmx.min.js", "/static/app.js", "/static/app.css"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert len(r.content) > 100


def test_security_headers_on_pages_api_and_errors(client):
    for path in ("/", "/api/v1/health", "/no-such-page"):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP
        assert "script-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


def test_health_reports_the_database(client):
    r = client.get("/api/v1/health")
    assert r.json() == {"status": "ok", "version": r.json()["version"], "database": "sqlite"}


def test_unknown_page_is_a_404_page_for_browsers_and_json_for_the_api(client):
    page = client.get("/nowhere", headers={"accept": "text/html"})
    assert page.status_code == 404 and "Not found" in page.text
    api = client.get("/api/v1/nowhere")
    assert api.status_code == 404 and api.json()["error"]["message"] == "Not Found"


def test_openapi_schema_is_served(client):
    spec = client.get("/openapi.json").json()
    assert spec["info"]["title"] == "sitroom"
    assert "/api/v1/health" in spec["paths"]
    assert not any(p == "/" for p in spec["paths"])  # pages are not part of the API
