"""/docs and /redoc render the API in a real browser with nothing fetched from outside the app."""

from __future__ import annotations


def _offline(page, server) -> list[str]:
    """Refuse every request that leaves the test server; return the list of those refused."""
    refused: list[str] = []

    def route(r) -> None:
        if r.request.url.startswith(server.url) or r.request.url.startswith(("blob:", "data:")):
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return refused


def test_swagger_ui_lists_the_api_offline(page, live_server):
    refused = _offline(page, live_server)
    page.goto(f"{live_server.url}/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/search" in p for p in paths)
    assert refused == []


def test_redoc_renders_the_api_offline(browser, live_server):
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    refused = _offline(page, live_server)
    page.goto(f"{live_server.url}/redoc")
    page.wait_for_selector("h1", timeout=20_000)
    assert "sitroom" in page.locator("h1").first.inner_text()
    page.get_by_placeholder("Search...").fill("search")
    page.wait_for_selector("[role=search] li, [data-role='search:result']", timeout=10_000)
    context.close()
    # ReDoc's own "by Redocly" logo is a CDN image the CSP blocks; nothing else may fail or leave the app.
    assert [e for e in errors if "cdn.redoc.ly" not in e] == []
    assert refused == []


def test_docs_assets_are_served_locally(client):
    html = client.get("/docs").text
    assert "cdn" not in html.lower() and "<script>" not in html
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs-assets/redoc.standalone.js").status_code == 200


def test_swagger_ui_shows_the_models_examples(page, live_server):
    refused = _offline(page, live_server)
    page.goto(f"{live_server.url}/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    page.locator(".opblock-summary-path", has_text="/api/v1/series").first.click()
    example = page.locator(".responses-wrapper .example, .responses-wrapper .microlight").first
    example.wait_for(timeout=10_000)
    text = example.inner_text()
    assert '"total"' in text and '"items"' in text and "Northfield Council" in text
    assert refused == []
