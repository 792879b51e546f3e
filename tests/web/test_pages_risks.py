"""The risk register page: every thread, sorting, filters, thread history, and CSV/XLSX exports."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.views.risks import RiskFilters, risk_views
from sitroom.views.serieslist import list_series

HTML = {"accept": "text/html"}
HTMX = {"accept": "text/html", "hx-request": "true"}
ROW = re.compile(r'<tr id="risk-(\d+-\d+)">(.*?)</tr>', re.S)

FORMULA_SITREP = """Eastfield Council – Housing Sitrep No. 3 – as of 11 May 2020

KEY ACTIVITY HEADLINES

• Rough sleepers housed in hotels: 42 people.

RISKS AND MITIGATIONS

• =HYPERLINK("http://example.com","Click") cost of hotel rooms rising. Mitigation: weekly review of bookings;
• Staff shortages in the outreach team.
"""


def _rows(html: str) -> list[tuple[str, str]]:
    return ROW.findall(html)


def _cell(row_html: str, label: str) -> str:
    m = re.search(rf'<td data-label="{label}"[^>]*>(.*?)</td>', row_html, re.S)
    assert m, f"no {label} cell"
    return re.sub(r"<[^>]+>", "", m.group(1)).strip()


def _date_cell(row_html: str, label: str) -> date:
    m = re.search(rf'<td data-label="{label}"[^>]*><time datetime="([\d-]+)"', row_html)
    assert m, f"no {label} date"
    return date.fromisoformat(m.group(1))


def _views(client, **filters):
    with session_scope(client.app.state.engine, write=False) as s:
        return risk_views(s, RiskFilters(**filters), with_history=True)


_QUIET = re.compile(r"not reported since \d{1,2} [A-Z][a-z]+ \d{4}$")


def test_register_lists_every_thread_with_its_history(client):
    r = client.get("/risks", headers=HTML)
    assert r.status_code == 200
    rows = _rows(r.text)
    expected = _views(client)
    assert [k for k, _ in rows] == [v.key for v in expected]  # the register's own order by default
    assert len(rows) >= 10
    # the statuses of the brief: a quiet risk is to chase with its last date, resolved only when said
    statuses = {_cell(html, "Status") for _, html in rows}
    assert "resolved" in statuses and any(s.startswith("not reported since ") for s in statuses)
    assert all(s in {"open", "escalating", "de-escalating", "resolved"} or _QUIET.match(s) for s in statuses)
    assert [v.thread.label for v in expected] == [_cell(html, "Status") for _, html in rows]
    # The history of each thread links every report it appeared in, to the item itself.
    v = next(v for v in expected if v.thread.reports >= 3)
    row_html = dict(rows)[v.key]
    assert "<details>" in row_html and f"History ({v.thread.reports} reports)" in row_html
    for rid, iid in zip(v.thread.report_ids, v.thread.item_ids, strict=True):
        assert f'href="/reports/{rid}#item-{iid}"' in row_html
    assert len(v.history) == v.thread.reports
    assert {h.status for h in v.history} <= {"new", "continuing", "updated"}
    assert v.history[0].status == "new"
    # Every form control is labelled.
    for control in ("risk-series", "risk-trend", "risk-q", "risk-open"):
        assert f'<label for="{control}"' in r.text


@pytest.mark.parametrize(
    ("sort", "label", "reverse"),
    [("last_seen", "Last seen", False), ("-first_seen", "First seen", True), ("-reports", "Reports", True)],
)
def test_sorting_by_column_sets_order_and_aria_sort(client, sort, label, reverse):
    r = client.get("/risks", params={"sort": sort}, headers=HTML)
    assert r.status_code == 200
    rows = _rows(r.text)
    if label == "Reports":
        values = [int(_cell(html, label)) for _, html in rows]
    else:
        values = [_date_cell(html, label) for _, html in rows]
    assert values == sorted(values, reverse=reverse)
    assert len(set(values)) > 1  # the sort is tested on values that differ
    direction = "descending" if reverse else "ascending"
    th = re.search(rf'<th scope="col" aria-sort="(\w+)"[^>]*><a href="([^"]+)"[^>]*>{label}', r.text)
    assert th and th.group(1) == direction
    assert r.text.count("aria-sort=") == 1
    # The header link toggles the direction.
    key = sort.removeprefix("-")
    assert th.group(2) == f"/risks?sort={key if reverse else '-' + key}"


def test_sorting_by_risk_text_and_series(client):
    rows = _rows(client.get("/risks?sort=risk", headers=HTML).text)
    texts = [_cell(html, "Risk").split("\n")[0].lower() for _, html in rows]
    assert texts == sorted(texts)
    rows = _rows(client.get("/risks?sort=-series", headers=HTML).text)
    series = [_cell(html, "Series") for _, html in rows]
    assert series == sorted(series, key=str.lower, reverse=True)


def test_filters_open_trend_text_and_series(client):
    all_rows = _rows(client.get("/risks", headers=HTML).text)
    open_rows = _rows(client.get("/risks?open=1", headers=HTML).text)
    assert 0 < len(open_rows) < len(all_rows)
    assert all(_cell(html, "Status") != "resolved" for _, html in open_rows)

    rows = _rows(client.get("/risks?trend=de-escalating", headers=HTML).text)
    assert rows and all(_cell(html, "Trend") == "de-escalating" for _, html in rows)

    rows = _rows(client.get("/risks?q=FOSTER", headers=HTML).text)
    assert rows and all("foster" in html.lower() for _, html in rows)
    assert len(rows) < len(all_rows)

    series = next(s for s in list_series_of(client) if "Education" in s["name"])
    rows = _rows(client.get(f"/risks?series={series['id']}", headers=HTML).text)
    assert rows and all(_cell(html, "Series") == series["name"] for _, html in rows)
    assert all(k.startswith(f"{series['id']}-") for k, _ in rows)
    # Filters combine, and the page keeps them in its controls and export links.
    r = client.get(f"/risks?series={series['id']}&open=1&sort=-reports", headers=HTML)
    assert f'<option value="{series["id"]}" selected>' in r.text
    assert 'id="risk-open" name="open" value="1" class="risk-filter" checked' in r.text
    assert f'href="/risks/export.csv?series={series["id"]}&amp;open=1&amp;sort=-reports"' in r.text
    assert '<input type="hidden" name="sort" value="-reports" form="risk-filters">' in r.text


def list_series_of(client) -> list[dict]:
    with session_scope(client.app.state.engine, write=False) as s:
        return list_series(s)


def test_no_match_says_so(client):
    r = client.get("/risks?q=zzzznotthere", headers=HTML)
    assert r.status_code == 200
    assert not _rows(r.text)
    assert "No risks match these filters." in r.text


def test_htmx_gets_the_table_fragment_only(client):
    r = client.get("/risks?sort=-last_seen", headers=HTMX)
    assert r.status_code == 200
    assert "<html" not in r.text and "<form" not in r.text
    assert _rows(r.text)
    assert r.headers["vary"] == "HX-Request"
    # The back button after a cache miss asks htmx for the whole page.
    r = client.get("/risks?sort=-last_seen", headers={**HTMX, "hx-history-restore-request": "true"})
    assert "<html" in r.text


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/risks?sort=colour", 400, "sort must be one of"),
        ("/risks?trend=sideways", 400, "trend must be one of"),
        ("/risks?series=9999", 404, "no series"),
        ("/risks/1-999999", 404, "no risk thread"),
        ("/risks/9999-1", 404, "no risk thread"),
        ("/risks/not-a-key", 404, "not a risk thread key"),
        ("/risks/export.csv?sort=colour", 400, "sort must be one of"),
    ],
)
def test_bad_input_is_a_clear_error(client, url, status, message):
    r = client.get(url, headers=HTML)
    assert r.status_code == status
    assert message in r.text


def test_thread_page_and_fragment_show_the_history(client):
    v = next(v for v in _views(client) if v.thread.reports >= 3)
    r = client.get(f"/risks/{v.key}", headers=HTML)
    assert r.status_code == 200
    assert "<h1>Risk thread</h1>" in r.text
    assert v.thread.series.replace("'", "&#39;") in r.text
    for h in v.history:
        assert f'href="/reports/{h.report_id}#item-{h.item_id}"' in r.text
        assert f'datetime="{h.report_date.isoformat()}"' in r.text
    frag = client.get(f"/risks/{v.key}", headers=HTMX)
    assert "<html" not in frag.text
    assert frag.text.count("<li>") == v.thread.reports


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_applies_the_filters_and_order(client):
    r = client.get("/risks/export.csv?open=1&sort=-reports")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="risks.csv"' in r.headers["content-disposition"]
    text = r.content.decode("utf-8")
    assert text.startswith("\ufeff")  # so Excel reads UTF-8
    rows = _csv(text.removeprefix("\ufeff"))
    expected = _views(client, open_only=True, sort="reports", descending=True)
    assert [row["thread"] for row in rows] == [v.key for v in expected]
    assert all(row["status"] in ("open", "unreported") for row in rows)
    assert [int(row["reports"]) for row in rows] == sorted((int(row["reports"]) for row in rows), reverse=True)
    first = expected[0].thread
    assert rows[0]["risk"] == first.text
    assert rows[0]["items"] == "; ".join(str(i) for i in first.item_ids)
    assert rows[0]["first_seen"] == first.first_seen.isoformat()


def test_xlsx_export_is_one_sheet_of_the_filtered_register(client):
    r = client.get("/risks/export.xlsx?trend=stable")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    wb = load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames == ["Risks"]
    ws = wb["Risks"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["thread", "series", "status", "trend"]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)]
    expected = _views(client, trend="stable")
    assert [row["thread"] for row in rows] == [v.key for v in expected]
    assert all(row["trend"] == "stable" for row in rows)
    assert rows[0]["first_seen"].date() == expected[0].thread.first_seen  # a real date, not text


def test_exports_neutralise_formula_like_risks(fresh_client):
    engine = fresh_client.app.state.engine
    result = ingest_bytes(engine, FORMULA_SITREP.encode(), "eastfield-3.txt", IngestOptions(organisation="Eastfield"))
    assert result.report_ids, result
    page = fresh_client.get("/risks", headers=HTML)
    assert "=HYPERLINK(&#34;http://example.com&#34;" in page.text  # shown as text on the page

    rows = _csv(fresh_client.get("/risks/export.csv").content.decode("utf-8-sig"))
    risky = next(row for row in rows if "HYPERLINK" in row["risk"])
    assert risky["risk"].startswith("'=HYPERLINK(")  # the apostrophe spreadsheets use to mark text
    assert not any(str(v).startswith("=") for row in rows for v in row.values())

    wb = load_workbook(io.BytesIO(fresh_client.get("/risks/export.xlsx").content))
    cells = [c for row in wb["Risks"].iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    formula = next(c for c in cells if "HYPERLINK" in c.value)
    assert formula.value.startswith("=HYPERLINK(")
    assert formula.data_type == "s"  # text, never a formula
    assert formula.quotePrefix
    assert not any(c.data_type == "f" for c in cells)


def test_empty_store_has_an_empty_register(fresh_client):
    r = fresh_client.get("/risks", headers=HTML)
    assert r.status_code == 200
    assert "No risks match these filters." in r.text
    rows = _csv(fresh_client.get("/risks/export.csv").content.decode("utf-8-sig"))
    assert rows == []
