"""A sitrep written to attack its readers is inert everywhere sitroom shows it: the web pages, the API,
the HTML brief, the DOCX brief and the XLSX export (issue: stored XSS and formula injection)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import html as lxml_html
from openpyxl import load_workbook

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
LINK = '<a href="javascript:alert(2)">click</a>'
FORMULA = '=HYPERLINK("http://evil.example","open me")'


def _sitrep(n: int, day: int) -> bytes:
    return f"""Northfield Council – Hostile Services Sitrep No. {n} – as of {day} May 2020

KEY ACTIVITY HEADLINES

• Visits continue {SCRIPT} for children at highest risk {n};
• Two beds opened {IMG} at Elm House;
• Conferences are routine {LINK} with families.

RISKS / CHALLENGES (AND MITIGATION)

• {FORMULA} referrals are down by {30 + n}%. Mitigation is weekly contact {SCRIPT};
• +cmd|' /C calc'!A0 supplies of gloves are uncertain.

WORKFORCE UPDATE

• @SUM(A1:A9) staff absence is at {5 + n}% across the service.
""".encode()


@pytest.fixture
def hostile(fresh_client):
    for n, day in ((1, 4), (2, 11)):
        r = fresh_client.post("/api/v1/upload", files={"files": (f"hostile-{n}.txt", _sitrep(n, day), "text/plain")})
        assert r.status_code == 200, r.text
        assert r.json()["results"][0]["status"] == "stored", r.text
    reports = fresh_client.get("/api/v1/reports").json()["items"]
    return fresh_client, [r["id"] for r in reports]


def _assert_inert_html(text: str, where: str, shows_items: bool = True) -> None:
    doc = lxml_html.fromstring(text)
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "script":
            # Only the app's own scripts, loaded from its own files: never inline, never from report text.
            assert el.get("src", "").startswith(("/static/", "http://testserver/static/")), (where, el.get("src"))
            assert not (el.text or "").strip(), where
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (where, el.tag, name)
            assert not value.strip().lower().startswith("javascript:"), (where, el.tag, name, value)
        if el.tag == "img":
            assert el.get("src") != "x", where
    if shows_items:  # the attack is still there, as text a reader can see
        assert "alert(" in doc.text_content(), where


def test_web_pages_show_the_attack_as_text(hostile):
    client, ids = hostile
    with_items = [f"/reports/{ids[0]}", f"/reports/{ids[0]}/diff", "/risks", "/search?q=visits"]
    for path in [*with_items, "/", "/reports", "/series", f"/series/{_series_id(client)}", "/figures"]:
        r = client.get(path, headers={"accept": "text/html"})
        assert r.status_code == 200, (path, r.status_code)
        _assert_inert_html(r.text, path, shows_items=path in with_items)


def _series_id(client) -> int:
    return client.get("/api/v1/series").json()["items"][0]["id"]


def test_api_returns_the_text_as_data_not_markup(hostile):
    client, ids = hostile
    r = client.get(f"/api/v1/reports/{ids[0]}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"
    texts = [i["text"] for section in r.json()["sections"] for i in section["items"]]
    assert any(SCRIPT in t for t in texts) and any(LINK in t for t in texts)


def test_html_brief_is_inert(hostile):
    client, _ = hostile
    r = client.get("/api/v1/brief", params={"format": "html"})
    assert r.status_code == 200
    _assert_inert_html(r.text, "brief.html")
    # The brief carries its own policy too, for when it is opened from a file.
    assert "default-src 'none'" in r.text


def test_docx_brief_holds_the_attack_as_plain_text(hostile):
    client, _ = hostile
    r = client.get("/api/v1/brief", params={"format": "docx"})
    assert r.status_code == 200
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        xml = z.read("word/document.xml").decode()
        rels = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".rels"))
    assert "javascript:" not in rels  # no hyperlink made from report text
    assert "&lt;script&gt;" in xml and "<script" not in xml
    assert "w:fldSimple" not in xml and "w:instrText" not in xml  # no Word fields (no DDE, no HYPERLINK field)


def test_xlsx_and_csv_exports_neutralise_formulas(hostile):
    client, _ = hostile
    r = client.get("/api/v1/risks", params={"format": "xlsx"})
    assert r.status_code == 200
    wb = load_workbook(io.BytesIO(r.content))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    hostile_cells = [c for c in cells if re.search(r"HYPERLINK|calc|SUM\(", c.value)]
    assert hostile_cells
    for c in hostile_cells:
        assert c.data_type == "s", c.value  # stored as text, which Excel never evaluates
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any("<f>" in x or "<f " in x for x in sheets)  # not a single formula in the workbook
    csv = client.get("/api/v1/risks", params={"format": "csv"}).text
    for line in csv.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.strip('"').startswith(("=", "+", "@")), cell


INJECTIONS = ["'; DROP TABLE item; --", "1 OR 1=1", '" OR ""="', "1; SELECT pg_sleep(5)", "../../etc/passwd", "\u00b2"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_filters_and_search_take_injection_as_plain_input(hostile, value):
    client, _ = hostile
    before = client.get("/api/v1/reports").json()["total"]
    paths = [
        ("/search", {"q": value}),
        ("/api/v1/search", {"q": value}),
        ("/reports", {"series": value}),
        ("/api/v1/reports", {"series": value}),
        ("/risks", {"series": value, "sort": value}),
        ("/api/v1/risks", {"series": value}),
        ("/figures", {"subject": value}),
        ("/api/v1/figures", {"subject": value}),
    ]
    for path, params in paths:
        r = client.get(path, params=params, headers={"accept": "text/html"})
        assert r.status_code in (200, 400, 404, 422), (path, value, r.status_code)
    assert client.get("/api/v1/reports").json()["total"] == before
