"""The store on SQLite and PostgreSQL: migrations, writing, reading back, search, series."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
from sqlalchemy import func, inspect, select

from sitroom.read import parse_text
from sitroom.store import session_scope
from sitroom.store.engine import current_revision, make_engine
from sitroom.store.queries import ReportNotFound, get_report, list_reports, report_to_dict
from sitroom.store.search import BadQuery, SearchFilters, search_items, search_page
from sitroom.store.series import SeriesConflict, get_or_create_series, merge_series, rename_series
from sitroom.store.tables import Item, Original, Report
from sitroom.store.write import add_report, store_original
from sitroom.views.serieslist import list_series

SITREP = """Children's Services Sitrep No. {n} – as of {d} April 2020

KEY ACTIVITY HEADLINES

• Face to face visits continue for the children at highest risk;
• Virtual conferences are routine.

RISKS / CHALLENGES (AND MITIGATION)

• Referrals from schools remain low. Mitigation is weekly calls with safeguarding leads;
"""


def _store(session, n: int, day: int, series: str = "Children's Services") -> Report:
    parsed = parse_text(SITREP.format(n=n, d=day), f"sitrep-{n}.txt")
    sha = f"{n:064d}"
    store_original(session, sha, parsed.source, SITREP.encode())
    s = get_or_create_series(session, series, "Northfield Council", parsed.template)
    return add_report(session, parsed, series_id=s.id, sha256=sha, part=0)


def test_the_head_revision_constant_is_the_newest_migration():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from sitroom.store.engine import HEAD_REVISION

    cfg = Config()
    with resources.as_file(resources.files("sitroom.store") / "migrations") as path:
        cfg.set_main_option("script_location", str(path))
        assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_a_store_that_cannot_be_opened_is_named_in_the_error(tmp_path):
    from sitroom.store.engine import DatabaseError

    with pytest.raises(DatabaseError, match="nowhere"):
        make_engine(f"sqlite:///{tmp_path}/nowhere/x.db")


def test_migrations_create_the_schema_and_run_again_harmlessly(db_url):
    from sitroom.store.engine import HEAD_REVISION

    engine = make_engine(db_url)
    assert current_revision(engine) == HEAD_REVISION  # the newest script's (checked above)
    make_engine(db_url).dispose()  # a second open migrates nothing and fails nothing
    tables = set(inspect(engine).get_table_names())
    assert {
        "organisation",
        "series",
        "original",
        "report",
        "section",
        "item",
        "link",
        "figure",
        "item_theme",
        "draft",
        "series_alias",
        "series_suggestion",
        "report_fingerprint",
    } <= tables
    engine.dispose()


def test_a_report_reads_back_as_it_was_parsed(engine):
    with session_scope(engine) as session:
        rid = _store(session, 4, 20).id
    with session_scope(engine) as session:
        data = report_to_dict(get_report(session, rid))
    assert data["date"] == "2020-04-20" and data["number"] == 4
    assert [s["key"] for s in data["sections"]] == ["activity", "risks"]
    risk = data["sections"][1]["items"][0]
    assert risk["mitigation"] == "weekly calls with safeguarding leads;"
    assert [i["position"] for s in data["sections"] for i in s["items"]] == [0, 1, 2]


def test_missing_report_is_a_named_error(engine):
    with session_scope(engine) as session, pytest.raises(ReportNotFound, match="no report with id 999"):
        get_report(session, 999)


def test_list_reports_filters_by_series_and_dates(engine):
    with session_scope(engine) as session:
        for n, day in [(1, 6), (2, 13), (3, 20)]:
            _store(session, n, day)
        _store(session, 9, 21, series="Adult Social Care")
    with session_scope(engine) as session:
        rows = list_reports(session, series="Children's Services", since=date(2020, 4, 10))
    assert [r["number"] for r in rows] == [3, 2]
    assert rows[0]["items"] == 3 and rows[0]["organisation"] == "Northfield Council"


def test_search_ranks_highlights_and_filters(engine):
    with session_scope(engine) as session:
        _store(session, 1, 6)
        _store(session, 2, 13, series="Adult Social Care")
    with session_scope(engine) as session:
        hits = search_items(session, "referrals schools")
        assert len(hits) == 2
        assert "«Referrals»" in hits[0]["snippet"]
        assert hits[0]["section"] == "risks"
        only = search_items(session, "visit", SearchFilters(series="Adult Social Care"))
        assert [h["series"] for h in only] == ["Adult Social Care"]  # prefix "visit" finds "visits"
        assert search_items(session, "visits", SearchFilters(section="risks")) == []
        assert search_items(session, "referrals", SearchFilters(until=date(2020, 4, 7)))[0]["date"] == "2020-04-06"


def test_search_pages_one_ranking_with_its_total(engine):
    with session_scope(engine) as session:
        for n in range(1, 5):
            _store(session, n, 6 + n)
    with session_scope(engine) as session:
        everything = search_items(session, "referrals", SearchFilters(limit=50))
        total, first = search_page(session, "referrals", SearchFilters(limit=2))
        assert total == len(everything) >= 4 and first == everything[:2]
        later, rest = search_page(session, "referrals", SearchFilters(limit=50), offset=2)
        assert later == total and rest == everything[2:]
        assert search_page(session, "referrals", SearchFilters(limit=5), offset=total) == (total, [])
        assert search_page(session, "zzzznothing") == (0, [])


@pytest.mark.parametrize("query", ["'; DROP TABLE item; --", 'NEAR("a" "b")', "referrals OR 1=1", "a*b:c^"])
def test_search_input_is_never_sql_or_query_syntax(engine, query):
    with session_scope(engine) as session:
        _store(session, 1, 6)
    with session_scope(engine) as session:
        search_items(session, query)  # no exception: words only
        assert session.scalar(select(func.count(Item.id))) == 3


def test_search_with_no_words_is_a_bad_query(engine):
    with session_scope(engine) as session, pytest.raises(BadQuery):
        search_items(session, "  ;; ")


def test_series_rename_and_merge(engine):
    with session_scope(engine) as session:
        _store(session, 1, 6, series="CS")
        _store(session, 2, 13, series="Childrens Services")
    with session_scope(engine) as session:
        with pytest.raises(SeriesConflict):
            rename_series(session, "CS", "Childrens Services")
        assert merge_series(session, "CS", "Childrens Services") == 1
    with session_scope(engine) as session:
        rows = list_series(session)
        assert [(r["name"], r["reports"]) for r in rows] == [("Childrens Services", 2)]
        rename_series(session, "Childrens Services", "Children's Services")
    with session_scope(engine) as session:
        assert list_series(session)[0]["name"] == "Children's Services"


def test_the_store_version_moves_on_changes_that_add_no_rows(engine):
    from sitroom.store.delete import delete_report
    from sitroom.store.version import store_version

    with session_scope(engine) as session:
        _store(session, 1, 6, series="A")
        _store(session, 2, 13, series="B")
        third = _store(session, 3, 20, series="B").id
    versions = []

    def version() -> tuple:
        with session_scope(engine, write=False) as session:
            versions.append(store_version(session))
        return versions[-1]

    version()
    with session_scope(engine) as session:
        rename_series(session, "A", "A renamed")
    version()
    with session_scope(engine) as session:
        delete_report(session, third)  # not the newest report of the store: no newest id moves
    version()
    with session_scope(engine) as session:
        merge_series(session, "A renamed", "B")
    version()
    with session_scope(engine, write=False) as session:
        list_series(session)  # reading changes nothing
    assert version() == versions[-2]
    assert len(set(versions[:4])) == 4


def test_a_failed_transaction_leaves_nothing(engine):
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        _store(session, 1, 6)
        raise RuntimeError("crash after the writes")
    with session_scope(engine) as session:
        assert session.scalar(select(func.count(Report.id))) == 0
        assert session.scalar(select(func.count(Original.sha256))) == 0
        assert session.scalar(select(func.count(Item.id))) == 0


def test_series_name_is_the_title_without_number_and_date():
    from sitroom import model
    from sitroom.store.series import infer_series_name

    def name(title, org=None):
        return infer_series_name(model.Report("f.txt", "txt", title=title), org, "folder")

    assert name("Novel Coronavirus(2019-nCoV) Situation Report - 16") == "Novel Coronavirus(2019-nCoV) Situation Report"
    assert name("DSWD DROMIC Report #153 on the Coronavirus Disease (COVID19)") == (
        "DSWD DROMIC Report on the Coronavirus Disease (COVID19)"
    )
    assert name("Housing Sitrep No. 4 – as of 20 April 2020", "Northfield Council") == (
        "Northfield Council – Housing Sitrep"
    )
    title = "Adult Social Care Situation Report No. 3 – Southfield County Council"
    assert name(title, "Southfield County Council") == "Adult Social Care Situation Report – Southfield County Council"
    assert infer_series_name(model.Report("f.txt", "txt"), None, "returns") == "returns"
