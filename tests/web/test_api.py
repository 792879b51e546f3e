"""The JSON API under /api/v1: reads on the shared seeded store, uploads on fresh SQLite and PostgreSQL stores."""

from __future__ import annotations

import csv
import io
import re

import pytest

from sitroom.generate import iter_series

API = "/api/v1"
STATUSES = {"new", "updated", "continuing"}
ENDPOINTS = {
    ("GET", "/api/v1/health"),
    ("GET", "/api/v1/series"),
    ("GET", "/api/v1/series/{series_id}"),
    ("GET", "/api/v1/reports"),
    ("GET", "/api/v1/reports/{report_id}"),
    ("GET", "/api/v1/reports/{report_id}/original"),
    ("GET", "/api/v1/reports/{report_id}/diff"),
    ("GET", "/api/v1/items/{item_id}"),
    ("GET", "/api/v1/links"),
    ("GET", "/api/v1/risks"),
    ("GET", "/api/v1/figures"),
    ("GET", "/api/v1/themes"),
    ("GET", "/api/v1/search"),
    ("POST", "/api/v1/upload"),
    ("GET", "/api/v1/brief"),
}


def get(client, path: str, **params):
    return client.get(API + path, params=params)


def ok(client, path: str, **params):
    r = get(client, path, **params)
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    return r.json()


def error(client, path: str, status: int, **params) -> str:
    r = get(client, path, **params)
    assert r.status_code == status, (path, r.status_code, r.text[:300])
    return r.json()["error"]["message"]


def series_reports(client, series_id: int) -> list[dict]:
    """The reports of a series, oldest first."""
    return list(reversed(ok(client, "/reports", series=series_id, limit=200)["items"]))


# --- the schema ------------------------------------------------------------------------------------


def test_openapi_schema_lists_every_endpoint_with_precise_models(client):
    spec = client.get("/openapi.json").json()
    found = {(method.upper(), path) for path, ops in spec["paths"].items() for method in ops}
    assert found == ENDPOINTS
    schemas = spec["components"]["schemas"]
    assert {"sections", "dropped", "previous", "next"} <= set(schemas["ReportDetail"]["properties"])
    assert set(schemas["ReportItem"]["properties"]["status"]["anyOf"][0]["enum"]) == STATUSES
    # Invalid input is documented in the app's error shape, not FastAPI's default one.
    reports = spec["paths"]["/api/v1/reports/{report_id}"]["get"]["responses"]
    assert reports["422"]["content"]["application/json"]["schema"]["$ref"].endswith("ValidationErrorBody")
    assert reports["404"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorBody")


# --- series and reports ----------------------------------------------------------------------------


def test_series_list_and_detail(client):
    page = ok(client, "/series")
    series = page["items"]
    assert page["total"] == 3 and len(series) == 3 and all(s["reports"] == 4 for s in series)
    second = ok(client, "/series", limit=1, offset=1)
    assert second["total"] == 3 and [s["id"] for s in second["items"]] == [series[1]["id"]]
    one = ok(client, f"/series/{series[0]['id']}")
    assert one["name"] == series[0]["name"] and len(one["report_list"]) == 4
    assert {r["series_id"] for r in one["report_list"]} == {one["id"]}
    dates = [r["date"] for r in one["report_list"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == one["last"]
    assert "no series" in error(client, "/series/999999", 404)
    assert get(client, "/series/0").status_code == 422
    assert get(client, "/series/abc").status_code == 422
    assert get(client, "/series/99999999999999999999").status_code == 422


def test_report_list_pages_and_filters(client):
    everything = ok(client, "/reports", limit=200)
    assert everything["total"] == 12 and len(everything["items"]) == 12
    ids = [r["id"] for r in everything["items"]]
    for limit, offset in ((5, 0), (5, 3), (4, 10), (3, 12)):
        page = ok(client, "/reports", limit=limit, offset=offset)
        assert page["total"] == 12
        assert [r["id"] for r in page["items"]] == ids[offset : offset + limit]
    first = everything["items"][0]
    by_name = ok(client, "/reports", series=first["series"])
    assert by_name["total"] == 4 and {r["series"] for r in by_name["items"]} == {first["series"]}
    assert ok(client, "/reports", series=first["series_id"])["items"] == by_name["items"]
    org = ok(client, "/reports", organisation=first["organisation"], limit=200)
    assert org["items"] and {r["organisation"] for r in org["items"]} == {first["organisation"]}
    window = ok(client, "/reports", since="2020-04-13", until="2020-04-20", limit=200)
    assert window["total"] == 6 and all("2020-04-13" <= r["date"] <= "2020-04-20" for r in window["items"])
    changed = ok(client, "/reports", status="dropped", limit=200)
    assert changed["items"] and all(r["counts"]["dropped"] > 0 for r in changed["items"])
    assert "since" in error(client, "/reports", 400, since="2020-05-01", until="2020-04-01")
    assert "no series" in error(client, "/reports", 404, series="No such series")
    assert get(client, "/reports", since="yesterday").status_code == 422
    assert get(client, "/reports", limit=0).status_code == 422
    assert get(client, "/reports", limit=100000).status_code == 422


def test_report_marks_each_item_against_the_report_before(client):
    series = ok(client, "/series")["items"][0]
    reports = series_reports(client, series["id"])
    first = ok(client, f"/reports/{reports[0]['id']}")
    assert first["previous"] is None and first["next"]["id"] == reports[1]["id"]
    assert {i["status"] for s in first["sections"] for i in s["items"]} == {"new"} and first["dropped"] == []
    later = ok(client, f"/reports/{reports[2]['id']}")
    assert later["previous"]["id"] == reports[1]["id"]
    items = [i for s in later["sections"] for i in s["items"]]
    assert {i["status"] for i in items} <= STATUSES and "continuing" in {i["status"] for i in items}
    assert len(items) == later["items"]
    for status in STATUSES:
        assert later["counts"][status] == sum(i["status"] == status for i in items)
    earlier_ids = {i["id"] for s in ok(client, f"/reports/{reports[1]['id']}")["sections"] for i in s["items"]}
    for i in items:
        if i["status"] != "new":
            assert i["prev_item_id"] and i["prev_text"]
    for d in later["dropped"]:
        assert d["id"] in earlier_ids or d["report_id"] < later["id"]
    assert later["counts"]["dropped"] == len(later["dropped"])
    assert "no report" in error(client, "/reports/999999", 404)


def test_original_is_a_safe_download_of_the_stored_bytes(client):
    series = ok(client, "/series")["items"][0]
    report = series_reports(client, series["id"])[1]
    r = get(client, f"/reports/{report['id']}/original")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment;") and f'filename="{report["source"]}"' in disposition
    # The seeded file is a generated report: the download is exactly its bytes.
    generated = {}
    for it in iter_series(3, 4, seed=1, organisations=2):
        for rep in it:
            generated[f"{rep.series.replace('/', '-')}-{rep.number}.txt"] = rep.render("txt")
    assert r.content == generated[report["source"]]
    assert get(client, "/reports/999999/original").status_code == 404


def test_diff_pairs_items_with_status(client):
    series = ok(client, "/series")["items"][1]
    reports = series_reports(client, series["id"])
    detail = ok(client, f"/reports/{reports[3]['id']}")
    diff = ok(client, f"/reports/{reports[3]['id']}/diff")
    assert diff["old"]["id"] == reports[2]["id"] and diff["new"]["id"] == reports[3]["id"]
    # Against the report before it, the diff is the stored links: the same statuses the report shows.
    shown = {i["id"]: i["status"] for s in detail["sections"] for i in s["items"]}
    paired = {p["new"]["id"]: p["status"] for p in diff["pairs"] if p["new"]}
    assert paired == shown
    assert sorted(p["old"]["id"] for p in diff["pairs"] if p["status"] == "dropped") == sorted(
        d["id"] for d in detail["dropped"]
    )
    assert diff["counts"] == detail["counts"]
    # Against any other report the items are linked afresh.
    far = ok(client, f"/reports/{reports[3]['id']}/diff", against=reports[0]["id"])
    assert far["old"]["id"] == reports[0]["id"]
    assert {p["status"] for p in far["pairs"]} <= STATUSES | {"dropped"}
    assert sum(1 for p in far["pairs"] if p["new"]) >= detail["items"]
    assert all(p["old"]["report_id"] == reports[0]["id"] for p in far["pairs"] if p["old"])
    assert "first of its series" in error(client, f"/reports/{reports[0]['id']}/diff", 404)
    assert get(client, f"/reports/{reports[3]['id']}/diff", against=999999).status_code == 404


def test_item_thread_and_links(client):
    series = ok(client, "/series")["items"][0]
    reports = series_reports(client, series["id"])
    last = ok(client, f"/reports/{reports[-1]['id']}")
    item = next(i for s in last["sections"] for i in s["items"] if i["status"] == "continuing")
    thread = ok(client, f"/items/{item['id']}")
    assert thread["text"] == item["text"] and thread["next"] == []
    assert thread["previous"] and thread["previous"][-1]["id"] == item["prev_item_id"]
    order = [r["id"] for r in reports]
    positions = [order.index(p["report_id"]) for p in thread["previous"]] + [order.index(thread["report_id"])]
    assert positions == sorted(positions)
    oldest = ok(client, f"/items/{thread['previous'][0]['id']}")
    assert [n["id"] for n in oldest["next"]][-1] == item["id"]
    page = ok(client, "/links", report=last["id"])
    links = page["items"]
    assert page["total"] == len(links) and page["offset"] == 0
    assert ok(client, "/links", report=last["id"], limit=2, offset=1)["items"] == links[1:3]
    assert {link["item_id"]: link["status"] for link in links if link["item_id"]} == {
        i["id"]: i["status"] for s in last["sections"] for i in s["items"]
    }
    assert sum(link["status"] == "dropped" for link in links) == len(last["dropped"])
    assert error(client, "/items/999999", 404)
    assert get(client, "/links").status_code == 422
    assert get(client, "/links", report=999999).status_code == 404


# --- risks, figures, themes, search ----------------------------------------------------------------


def test_risk_register_with_history_and_exports(client):
    register = ok(client, "/risks", limit=500)
    assert register["total"] == len(register["items"]) > 0
    for t in register["items"]:
        assert len(t["history"]) == t["reports"] == len(t["items"])
        dates = [h["report_date"] for h in t["history"]]
        assert dates == sorted(dates) and dates[0] == t["first_seen"] and dates[-1] == t["last_seen"]
        assert t["history"][-1]["text"] == t["risk"]
    page = ok(client, "/risks", limit=2, offset=1)
    assert [t["thread"] for t in page["items"]] == [t["thread"] for t in register["items"][1:3]]
    assert {t["status"] for t in ok(client, "/risks", open=True, limit=500)["items"]} <= {"open", "unreported"}
    text = get(client, "/risks", format="csv")
    assert text.headers["content-type"].startswith("text/csv")
    assert "attachment" in text.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(text.text)))
    assert len(rows) == register["total"] and rows[0]["risk"] == register["items"][0]["risk"]
    from openpyxl import load_workbook

    xlsx = get(client, "/risks", format="xlsx")
    assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row == register["total"] + 1 and sheet.cell(1, 8).value == "risk"
    assert get(client, "/risks", format="pdf").status_code == 422
    assert get(client, "/risks", series="nope").status_code == 404


def test_figures_and_themes(client):
    figures = ok(client, "/figures", limit=500)
    assert figures["total"] == len(figures["items"]) > 0
    group = figures["items"][0]
    assert group["latest"] == group["points"][-1]["value"]
    subject = ok(client, "/figures", subject=group["subject"], limit=500)
    assert subject["items"] and all(group["subject"].lower() in g["subject"].lower() for g in subject["items"])
    assert ok(client, "/figures", limit=1, offset=1)["items"] == figures["items"][1:2]
    weekly = ok(client, "/themes")
    assert weekly["by"] == "week" and weekly["total"] == 4 and len(weekly["items"]) == 4
    monthly = ok(client, "/themes", by="month")
    assert [p["period"] for p in monthly["items"]] == ["2020-04"]
    assert sum(monthly["items"][0]["themes"].values()) == sum(sum(p["themes"].values()) for p in weekly["items"])
    assert ok(client, "/themes", limit=2, offset=3)["items"] == weekly["items"][3:]
    assert get(client, "/themes", by="year").status_code == 422


def test_search_pages_one_ranking(client):
    whole = ok(client, "/search", q="staff", limit=12)
    assert whole["total"] >= len(whole["items"]) == 12
    pages = [ok(client, "/search", q="staff", limit=4, offset=k) for k in (0, 4, 8)]
    assert all(p["total"] == whole["total"] and p["offset"] == k for p, k in zip(pages, (0, 4, 8), strict=True))
    assert [h["item_id"] for p in pages for h in p["items"]] == [h["item_id"] for h in whole["items"]]
    past = ok(client, "/search", q="staff", offset=whole["total"])
    assert past["items"] == [] and past["total"] == whole["total"]
    assert ok(client, "/search", q="zzzznothing")["total"] == 0
    assert get(client, "/search", q="staff", offset=500).status_code == 422


def test_search(client):
    found = ok(client, "/search", q="staff", limit=5)
    assert found["query"] == "staff" and 0 < len(found["items"]) <= 5 and found["limit"] == 5
    assert all("«" in h["snippet"] for h in found["items"])
    series = found["items"][0]["series"]
    scoped = ok(client, "/search", q="staff", series=series)
    assert scoped["items"] and {h["series"] for h in scoped["items"]} == {series}
    assert ok(client, "/search", q="staff", since="2020-04-27")["items"]
    assert all(h["date"] == "2020-04-27" for h in ok(client, "/search", q="staff", since="2020-04-27")["items"])
    assert "nothing to search for" in error(client, "/search", 400, q="?!")
    assert get(client, "/search").status_code == 422
    assert get(client, "/search", q="a\x00b").status_code == 422


# --- the brief -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [
        ("html", "text/html"),
        ("md", "text/markdown"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("pdf", "application/pdf"),
    ],
)
def test_brief_downloads_in_each_format(client, fmt, media_type):
    r = get(client, "/brief", format=fmt, date="2020-04-27")
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith(media_type)
    assert f'filename="brief-2020-04-27.{fmt}"' in r.headers["content-disposition"]
    if fmt == "html":
        assert "<h1" in r.text and "Consolidated brief: 27 April 2020" in r.text
        # Downloaded from the web app: each source links to its item on this server.
        assert re.search(r'class="cite" href="http://testserver/reports/\d+#item-\d+"', r.text)
    elif fmt == "md":
        assert r.text.startswith("# Consolidated brief: 27 April 2020")
        assert re.search(r"\]\(http://testserver/reports/\d+#item-\d+\)", r.text)
    elif fmt == "docx":
        from docx import Document

        doc = Document(io.BytesIO(r.content))
        assert any("Consolidated brief" in p.text for p in doc.paragraphs)
    else:
        assert r.content.startswith(b"%PDF")


def test_brief_as_json(client):
    brief = ok(client, "/brief", format="json", date="2020-04-20", max_items=3)
    assert brief["date"] == "2020-04-20" and brief["title"] == "Consolidated brief: 20 April 2020"
    assert len(brief["reports"]) == 3 and {r["report_date"] for r in brief["reports"]} == {"2020-04-20"}
    changes = brief["changes"]
    kept = sum(len(changes[k]) for k in ("new", "updated", "dropped", "new_risks", "escalating_risks", "closed_risks"))
    assert 0 < kept <= 3
    line = next(line for k in ("new", "updated", "dropped") for line in changes[k])
    assert line["sources"][0]["report_id"] in {r["report_id"] for r in brief["reports"]} | {
        r["id"] for r in ok(client, "/reports", until="2020-04-13", limit=200)["items"]
    }
    series = brief["reports"][0]["series"]
    one = ok(client, "/brief", format="json", series=series, date="2020-04-20")
    assert {r["series"] for r in one["reports"]} == {series}
    assert get(client, "/brief", format="odt").status_code == 422
    assert get(client, "/brief", date="0001-01-01").status_code == 422
    assert get(client, "/brief", series="nope").status_code == 404


# --- uploads (fresh stores: SQLite and PostgreSQL) -------------------------------------------------


def _reports(series_seed: int = 2, n: int = 3):
    return list(next(iter(iter_series(1, n, seed=series_seed, organisations=1))))


def _total(client) -> int:
    return ok(client, "/reports")["total"]


def _upload(client, files: list[tuple[str, bytes]], **form):
    return client.post(API + "/upload", files=[("files", (name, data)) for name, data in files], data=form)


def test_upload_stores_reports_and_links_them(fresh_client):
    reps = _reports()
    org = reps[0].organisation
    r = _upload(
        fresh_client, [("one.txt", reps[0].render("txt")), ("two.docx", reps[1].render("docx"))], organisation=org
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] == 2 and body["failed"] == 0
    first, second = body["results"]
    assert [first["filename"], second["filename"]] == ["one.txt", "two.docx"]
    assert first["status"] == second["status"] == "stored" and first["series"] == second["series"]
    detail = ok(fresh_client, f"/reports/{second['report_ids'][0]}")
    assert detail["previous"]["id"] == first["report_ids"][0] and detail["format"] == "docx"
    statuses = {i["status"] for s in detail["sections"] for i in s["items"]}
    assert statuses <= STATUSES and "continuing" in statuses
    diff = ok(fresh_client, f"/reports/{second['report_ids'][0]}/diff")
    assert diff["old"]["id"] == first["report_ids"][0]
    assert diff["counts"]["continuing"] > 0 and diff["counts"] == detail["counts"]
    third = _upload(fresh_client, [("three.pdf", reps[2].render("pdf"))], organisation=org).json()["results"][0]
    assert third["status"] == "stored" and third["series"] == first["series"]
    assert ok(fresh_client, f"/reports/{third['report_ids'][0]}")["previous"]["id"] == second["report_ids"][0]


def test_upload_of_a_known_file_is_a_duplicate(fresh_client):
    data = _reports(n=1)[0].render("txt")
    assert _upload(fresh_client, [("report.txt", data)]).json()["stored"] == 1
    again = _upload(fresh_client, [("copy.txt", data)])
    assert again.status_code == 200
    assert again.json()["results"][0] | {"report_ids": []} == {
        "filename": "copy.txt",
        "status": "duplicate",
        "report_ids": [],
        "series": [],
        "error": None,
        "http_status": 200,
    }
    assert _total(fresh_client) == 1


def test_upload_of_garbage_fails_naming_the_file_and_changes_nothing(fresh_client):
    good = _reports(n=1)[0].render("txt")
    before = _total(fresh_client)
    r = _upload(fresh_client, [("../../etc/broken.pdf", b"\x00\x01")])
    assert r.status_code == 422
    result = r.json()["results"][0]
    assert result["status"] == "failed" and result["filename"] == "broken.pdf"
    assert result["error"].startswith("broken.pdf: ") and result["http_status"] == 422
    assert _total(fresh_client) == before
    # One bad file does not spoil the others sent with it.
    mixed = _upload(fresh_client, [("empty.txt", b""), ("good.txt", good)], date="2021-03-04")
    assert mixed.status_code == 200
    assert [x["status"] for x in mixed.json()["results"]] == ["failed", "stored"]
    assert "empty.txt" in mixed.json()["results"][0]["error"]
    stored = ok(fresh_client, f"/reports/{mixed.json()['results'][1]['report_ids'][0]}")
    assert _total(fresh_client) == before + 1 and stored["date"] == "2021-03-04"


def test_upload_limits(fresh_client):
    fresh_client.app.state.max_upload_bytes = 1000
    big = _upload(fresh_client, [("big.txt", b"word " * 400)])
    assert big.status_code == 413
    result = big.json()["results"][0]
    assert result["http_status"] == 413 and "big.txt" in result["error"] and "limit" in result["error"]
    assert _total(fresh_client) == 0
    many = _upload(fresh_client, [(f"f{n}.txt", b"x") for n in range(51)])
    assert many.status_code == 400 and "at most 50" in many.json()["error"]["message"]
    assert fresh_client.post(API + "/upload").status_code == 422
    assert _upload(fresh_client, [("a.txt", b"x")], date="not a date").status_code == 422


def test_risk_exports_keep_formulas_as_text(fresh_client):
    rep = _reports(series_seed=3, n=1)[0]
    formula = '=HYPERLINK("http://evil.example/x","click") spreadsheets may run this'
    text = rep.render("txt").decode()
    heading = "RISKS / CHALLENGES (AND MITIGATION)\n\n"
    assert heading in text
    text = text.replace(heading, f"{heading}• {formula}. Mitigation is escaping every cell;\n", 1)
    assert _upload(fresh_client, [("formula.txt", text.encode())]).json()["stored"] == 1
    register = ok(fresh_client, "/risks")["items"]
    assert any(t["risk"].startswith("=HYPERLINK") for t in register)  # JSON keeps the text as said
    rows = list(csv.DictReader(io.StringIO(get(fresh_client, "/risks", format="csv").text)))
    risky = [row["risk"] for row in rows if "HYPERLINK" in row["risk"]]
    assert risky and all(r.startswith("'=HYPERLINK") for r in risky)
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(get(fresh_client, "/risks", format="xlsx").content)).active
    cells = [c for c in sheet["H"] if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_brief_renders_report_text_with_control_characters(fresh_client):
    # Found by schemathesis: a control character in an uploaded report broke the DOCX brief.
    text = _reports(n=1)[0].render("txt").decode().replace("• ", "• Odd\x01byte: ", 1)
    assert _upload(fresh_client, [("odd.txt", text.encode())]).json()["stored"] == 1
    assert ok(fresh_client, "/search", q="odd byte")["items"][0]["text"].startswith("Odd\x01byte")
    from docx import Document

    r = get(fresh_client, "/brief", format="docx", charts=False)
    assert r.status_code == 200
    assert any("Oddbyte" in p.text for p in Document(io.BytesIO(r.content)).paragraphs)


def test_brief_max_pages_shortens_and_says_what_it_left_out(client):
    full = client.get("/api/v1/brief", params={"format": "json", "max_pages": 0}).json()
    short = client.get("/api/v1/brief", params={"format": "json", "max_pages": 1}).json()
    assert full["omitted"] == {} and short["omitted"]
    kept = sum(len(g["lines"]) for s in short["sections"] for g in s["groups"])
    total = sum(len(g["lines"]) for s in full["sections"] for g in s["groups"])
    assert kept < total
