"""Figures and themes computed on ingest, read back as time series and counts."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.views.analysis import figure_series, theme_counts

REPORT = (
    "Children's Services Sitrep No. {n} – as of {d} April 2020\n\nWORKFORCE UPDATE\n\n"
    "• Staff absence at around {a}% across the service.\n• Greater access to PPE for home visits.\n"
)


def _ingest(engine, n, day, absence):
    text = REPORT.format(n=n, d=day, a=absence)
    ingest_bytes(engine, text.encode(), f"cs-{n}.txt", IngestOptions(series="CS"))


def test_figures_form_a_time_series_with_latest_previous_and_change(engine):
    _ingest(engine, 1, 6, 5)
    _ingest(engine, 2, 13, 7)
    _ingest(engine, 3, 20, 9)
    with session_scope(engine, write=False) as s:
        [absence] = figure_series(s, subject="off sick")
    assert absence["unit"] == "percent" and absence["series"] == "CS"
    assert [(p["date"], p["value"], p["qualifier"]) for p in absence["points"]] == [
        ("2020-04-06", 5, "approximate"),
        ("2020-04-13", 7, "approximate"),
        ("2020-04-20", 9, "approximate"),
    ]
    assert (absence["latest"], absence["previous"], absence["change"]) == (9, 7, 2)


def test_items_are_tagged_with_themes_counted_by_period(engine):
    _ingest(engine, 1, 6, 5)
    _ingest(engine, 2, 13, 7)
    with session_scope(engine, write=False) as s:
        weekly = theme_counts(s, by="week")
        monthly = theme_counts(s, "CS", by="month")
    assert list(weekly) == ["2020-04-06", "2020-04-13"]
    assert weekly["2020-04-06"]["ppe"] == 1 and weekly["2020-04-06"]["workforce"] >= 1
    assert sum(monthly["2020-04"].values()) >= 4


def test_figures_and_themes_commands(db_url, engine):
    _ingest(engine, 1, 6, 5)
    _ingest(engine, 2, 13, 7)
    runner = CliRunner()
    figs = json.loads(runner.invoke(app, ["figures", "--db", db_url, "--subject", "off sick", "-f", "json"]).stdout)
    assert figs[0]["latest"] == 7
    table = runner.invoke(app, ["themes", "--db", db_url, "--by", "month"])
    assert table.exit_code == 0 and "2020-04" in table.stdout


def test_organisations_and_places_named_in_reports(db_url, engine):
    text = (
        "Children's Services Sitrep No. 1 – as of 6 April 2020\n\nKEY ACTIVITY HEADLINES\n\n"
        "• Guidance from Public Health England followed in Peterborough.\n• PHE advice shared with Cambridgeshire "
        "County Council.\n"
    )
    ingest_bytes(engine, text.encode(), "e-1.txt", IngestOptions(series="CS"))
    result = CliRunner().invoke(app, ["entities", "--db", db_url, "-f", "json"])
    assert result.exit_code == 0, result.output
    found = {r["name"]: r for r in json.loads(result.stdout)}
    assert found["Public Health England"]["mentions"] == 2  # the name and its abbreviation
    assert found["Public Health England"]["kind"] == "organisation"
    assert found["Peterborough"]["kind"] == "place"
    assert found["Public Health England"]["first"] == "2020-04-06"
