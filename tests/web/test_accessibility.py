"""WCAG 2 A and AA checks with axe-core in real Chromium, on every main page, on desktop and phone.

axe-core comes from the npm registry (CI installs it; ``SITROOM_AXE`` points at axe.min.js). The
pages must have no violation that axe rates serious or critical: contrast, labels, names, landmarks.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

AXE = Path(os.environ.get("SITROOM_AXE", Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"))
PAGES = ["/", "/reports", "/reports/2", "/reports/2/diff", "/series", "/series/1", "/risks", "/figures"]
PAGES += ["/search?q=staff", "/upload", "/submit", "/submit/1", "/admin/users", "/admin/mail", "/admin/audit"]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"axe-core not found at {AXE}: CI installs it with npm")
        pytest.skip(f"axe-core not found at {AXE} (npm install axe-core)")
    return AXE.read_text()


def _violations(pg, axe_source: str) -> list[str]:
    pg.add_script_tag(content=axe_source)
    result = pg.evaluate(
        """async () => (await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}}))
            .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))"""
    )
    return list(result)


def _check(pg, base: str, axe_source: str) -> dict[str, list[str]]:
    found = {}
    for path in PAGES:
        pg.goto(base + path)
        # axe is injected as a script by the test (bypassing the page's CSP the way a browser extension does).
        bad = _violations(pg, axe_source)
        if bad:
            found[path] = bad
    return found


def test_pages_meet_wcag_aa_on_desktop(seeded_server, browser, axe_source):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    try:
        assert _check(context.new_page(), seeded_server.url, axe_source) == {}
    finally:
        context.close()


def test_pages_meet_wcag_aa_on_a_phone(seeded_server, browser, axe_source):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, bypass_csp=True)
    try:
        assert _check(context.new_page(), seeded_server.url, axe_source) == {}
    finally:
        context.close()
