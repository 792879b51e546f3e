"""Series told apart by content: a renamed publication, an erratum and a layout change stay one series;
an unrelated publication dropped in the same folder is another; unsure choices become suggestions."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import docx
import pytest
from sqlalchemy import select, update

from sitroom.ingest import IngestOptions, ingest_paths
from sitroom.store import session_scope
from sitroom.store.series_suggestions import MERGE, accept
from sitroom.store.tables import Report, Series, SeriesAlias, SeriesSuggestion
from sitroom.views.serieslist import list_series
from sitroom.views.suggestions import open_suggestions

FLOOD_ITEMS = [
    "Rest centres at the leisure centre and two schools remain open overnight",
    "Sandbag collection points open at the depot from 8am",
    "Road closures on the river road and the bypass slip road",
    "Welfare calls to vulnerable residents on the priority register",
    "Environment Agency flood warnings in force for the lower valley",
]
SCHOOL_ITEMS = [
    "Attendance figures returned by all secondary schools",
    "Free school meal vouchers issued to eligible families",
    "Home learning packs delivered to primary pupils without devices",
    "Teacher absence covered by the supply pool",
]


def _flood(n: int, on: date, *, renamed: bool, erratum: bool = False, new_layout: bool = False) -> list[str]:
    name = "Storm and Flood Response" if renamed else "Flood Response"
    title = f"Northfield {name} Situation Report No. {n}{' – ERRATUM' if erratum else ''}"
    headings = ["SUMMARY", "ACTIONS", "RISKS"] if not new_layout else ["Key highlights", "ACTIONS", "RISKS"]
    return [
        title,
        f"As of {on.day} {on:%B %Y}",
        headings[0],
        f"• {n * 3} households evacuated since the start of the incident",
        FLOOD_ITEMS[0],
        headings[1],
        *(f"• {t}" for t in FLOOD_ITEMS[1:]),
        headings[2],
        "• River levels forecast to rise again at the weekend",
    ]


def _schools(n: int, on: date) -> list[str]:
    return [
        f"Eastvale Education Bulletin No. {n}",
        f"As of {on.day} {on:%B %Y}",
        "ATTENDANCE",
        *(f"• {t}" for t in SCHOOL_ITEMS[:2]),
        "SUPPORT FOR FAMILIES",
        *(f"• {t}" for t in SCHOOL_ITEMS[2:]),
    ]


def _pdf(path: Path, lines: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for i, line in enumerate(lines):
        heading = i == 0 or line.isupper() or line == "Key highlights"
        c.setFont("Helvetica-Bold" if heading else "Helvetica", 16 if i == 0 else 12)
        c.drawString(50, y, line)
        y -= 26 if heading else 18
    c.save()


def _write(folder: Path, name: str, lines: list[str]) -> None:
    if name.endswith(".pdf"):
        _pdf(folder / name, lines)
    elif name.endswith(".docx"):
        d = docx.Document()
        d.add_heading(lines[0], level=0)
        for line in lines[1:]:
            if line.isupper() or line == "Key highlights":
                d.add_heading(line, level=1)
            elif line.startswith("• "):
                d.add_paragraph(line[2:], style="List Bullet")
            else:
                d.add_paragraph(line)
        d.save(folder / name)
    else:
        (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")


def _inbox(tmp_path: Path, ext: str) -> Path:
    """Eight flood reports (renamed from no. 5, an erratum at no. 3, a new layout at no. 8) and four school
    bulletins, shuffled under meaningless names."""
    start = date(2021, 2, 1)
    docs = [
        _flood(n, start + timedelta(days=n), renamed=n >= 5, erratum=n == 3, new_layout=n == 8) for n in range(1, 9)
    ]
    docs += [_schools(n, start + timedelta(days=7 * n)) for n in range(1, 5)]
    random.Random(3).shuffle(docs)
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i, lines in enumerate(docs, 1):
        _write(folder, f"sitrep ({i}){ext}", lines)
    return folder


def _series(engine) -> dict[str, list[int | None]]:
    with session_scope(engine, write=False) as s:
        rows = s.execute(select(Series.name, Report.number).join(Report, Report.series_id == Series.id)).all()
    found: dict[str, list[int | None]] = {}
    for name, number in rows:
        found.setdefault(name, []).append(number)
    return {k: sorted(v, key=lambda n: (n is None, n)) for k, v in found.items()}


def test_a_renamed_corrected_and_relaid_publication_stays_one_series(engine, tmp_path):
    summary = ingest_paths(engine, [_inbox(tmp_path, ".txt")], IngestOptions())
    assert not summary.failed
    series = _series(engine)
    assert len(series) == 2, series
    numbers = sorted(series.values(), key=len)
    assert numbers == [[1, 2, 3, 4], [1, 2, 3, 4, 5, 6, 7, 8]]
    flood = next(name for name, nums in series.items() if len(nums) == 8)
    assert "Flood Response" in flood and "ERRATUM" not in flood
    with session_scope(engine, write=False) as s:
        titles = set(
            s.scalars(
                select(SeriesAlias.title).join(Series, Series.id == SeriesAlias.series_id).where(Series.name == flood)
            )
        )
    # The old and the new title are both known, without numbers or edition words.
    assert {"Northfield Flood Response Situation Report", "Northfield Storm and Flood Response Situation Report"} <= (
        titles
    )


@pytest.mark.parametrize("ext", [".docx", ".pdf"])
def test_word_and_pdf_documents_are_told_apart_the_same_way(engine, tmp_path, ext):
    ingest_paths(engine, [_inbox(tmp_path, ext)], IngestOptions())
    assert sorted(len(v) for v in _series(engine).values()) == [4, 8]


def test_a_number_that_does_not_fit_its_date_is_flagged(engine, tmp_path):
    folder = tmp_path / "run"
    folder.mkdir()
    for n in (1, 2, 3):
        _write(folder, f"r{n}.txt", _flood(n, date(2021, 2, n), renamed=False))
    _write(folder, "r4.txt", _flood(4, date(2021, 2, 20), renamed=False))  # no. 4 expected about 4 February
    ingest_paths(engine, [folder], IngestOptions())
    with session_scope(engine, write=False) as s:
        warnings = dict(s.execute(select(Report.number, Report.warnings)).all())
    assert [n for n, w in warnings.items() if any("does not fit its date" in x for x in w)] == [4]


def test_reingesting_into_a_named_series_teaches_it_the_title(engine, tmp_path):
    folder = tmp_path / "first"
    folder.mkdir()
    for n in (1, 2):
        _write(folder, f"r{n}.txt", _flood(n, date(2021, 2, n), renamed=False))
    ingest_paths(engine, [folder], IngestOptions(series="Floods"))
    later = tmp_path / "later"
    later.mkdir()
    _write(later, "x.txt", _flood(3, date(2021, 2, 3), renamed=True))
    ingest_paths(engine, [later], IngestOptions())
    assert _series(engine) == {"Floods": [1, 2, 3]}


def test_a_merge_suggestion_is_accepted_in_one_action_and_keeps_the_titles(engine, tmp_path):
    for name, lines in (("a", _flood(1, date(2021, 2, 1), renamed=False)), ("b", _schools(1, date(2021, 2, 8)))):
        folder = tmp_path / name
        folder.mkdir()
        _write(folder, "x.txt", lines)
        ingest_paths(engine, [folder], IngestOptions())
    with session_scope(engine) as s:
        ids = {r["name"]: r["id"] for r in list_series(s)}
        flood = next(i for n, i in ids.items() if "Flood" in n)
        school = next(i for n, i in ids.items() if "Education" in n)
        s.add(
            SeriesSuggestion(
                kind=MERGE,
                series_id=school,
                other_series_id=flood,
                score=0.25,
                reason="test",
                status="open",
                created_at=date(2021, 3, 1),
            )
        )
    with session_scope(engine) as s:
        (view,) = open_suggestions(s)
        assert "Eastvale Education Bulletin" in view.text and "Northfield Flood Response" in view.text
        message = accept(s, view.id)
    assert "Eastvale Education Bulletin" in message and "into 'Northfield Flood Response" in message
    with session_scope(engine, write=False) as s:
        assert [r["reports"] for r in list_series(s)] == [2]
        assert "Eastvale Education Bulletin" in set(s.scalars(select(SeriesAlias.title)))
        assert open_suggestions(s) == []


def test_an_untitled_report_is_named_the_same_by_upload_and_command_line(tmp_path):
    from sitroom.ingest import ingest_bytes
    from sitroom.store import make_engine

    text = (
        "KEY ACTIVITY HEADLINES\n\n• Visits continue where safe\n\n• Schools stay open for vulnerable children\n\n"
        "RISKS / CHALLENGES (AND MITIGATION)\n\n• Staff absence – mitigation: agency cover\n"
    ).encode()
    names = []
    for folder in ("seeds", ""):
        engine = make_engine(f"sqlite:///{tmp_path}/{folder or 'upload'}.db")
        result = ingest_bytes(engine, text, "return.txt", IngestOptions(), folder=folder)
        names.append(result.series[0])
        engine.dispose()
    assert names[0] == names[1] != "seeds"


def _minutes(day: int, headings: list[str], items: list[str]) -> str:
    lines = [f"As of {day} March 2021"]
    for heading, item in zip(headings, items, strict=True):
        lines += [heading, f"• {item}"]
    return "\n\n".join(lines) + "\n"


def test_an_unsure_choice_joins_the_likeliest_series_and_records_a_split_to_confirm(engine, tmp_path):
    first = _minutes(
        3,
        ["ATTENDEES", "AGENDA", "DECISIONS", "ACTIONS"],
        ["Alice Jones and Bob Smith", "Budget review", "Approved the budget", "Bob Smith to circulate minutes"],
    )
    # Half the headings and one name in common: maybe the same meeting's minutes, maybe not.
    second = _minutes(
        10,
        ["ATTENDEES", "AGENDA", "NOTES", "NEXT STEPS"],
        ["Carol White and Dan Brown", "Budget options", "Three options discussed", "Alice Green to cost option two"],
    )
    for name, text in (("a.txt", first), ("b.txt", second)):
        (tmp_path / name).write_text(text)
        ingest_paths(engine, [tmp_path / name], IngestOptions())
    assert [len(v) for v in _series(engine).values()] == [2]  # never a silent new series
    with session_scope(engine) as s:
        (view,) = open_suggestions(s)
        assert view.kind == "split" and "2021-03-10" in view.text
        accept(s, view.id)
    assert sorted(len(v) for v in _series(engine).values()) == [1, 1]


def _status(project: str, week: int, on: date) -> list[str]:
    return [
        f"{project} Status Report",
        f"Week {week} – {on.day} {on:%B %Y}",
        "MEMBERS",
        "• Mentor – Alex Moreno",
        "ACCOMPLISHMENTS",
        f"• Finished task {week} of the plan – intern – {on:%d/%m}",
        "MILESTONES",
        "• Demo to the programme team at the end of the month",
        "ISSUES",
        "• None this week",
    ]


def test_two_projects_on_one_form_a_year_apart_are_two_series_with_nothing_to_merge(engine, tmp_path):
    folder = tmp_path / "status"
    folder.mkdir()
    for week in range(1, 5):
        _write(folder, f"a{week}.txt", _status("Parsing Engine", week, date(2020, 6, 7) + timedelta(weeks=week)))
        _write(folder, f"b{week}.txt", _status("Course Laptop Option", week, date(2021, 6, 25) + timedelta(weeks=week)))
    ingest_paths(engine, [folder], IngestOptions())
    assert sorted(len(v) for v in _series(engine).values()) == [4, 4]
    with session_scope(engine, write=False) as s:
        assert [v for v in open_suggestions(s) if v.kind == MERGE] == []


def _notes(meetings: list[str], names: list[str]) -> bytes:
    import io

    d = docx.Document()
    for day in meetings:
        d.add_paragraph().add_run(f"Meeting {day}").underline = True  # a pseudo-heading, no heading style
        d.add_paragraph(", ".join(names))
        d.add_paragraph(f"{names[0]} ordered the beacons and {names[1]} set up the database.", style="List Bullet")
        d.add_paragraph(f"To do: {names[2]} writes the heat map page.", style="List Bullet")
    d.core_properties.modified = d.core_properties.created = __import__("datetime").datetime(2018, 4, 14)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_untitled_monthly_meeting_notes_are_one_series_named_from_their_headings(engine, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    months = [["9/18", "9/25"], ["10/2", "10/16"], ["11/6", "11/13"], ["1/16", "1/23"]]
    for n, meetings in enumerate(months, 1):
        (folder / f"sitrep ({n}).docx").write_bytes(_notes(meetings, ["Justin", "Jordan", "Nick"]))
    ingest_paths(engine, [folder], IngestOptions())
    series = _series(engine)
    assert list(series) == ["Meeting"] and len(series["Meeting"]) == 4
    with session_scope(engine, write=False) as s:
        dates = sorted(s.scalars(select(Report.period_date)))
    assert dates == [date(2017, 9, 18), date(2017, 10, 2), date(2017, 11, 6), date(2018, 1, 16)]


def test_a_day_and_month_without_a_year_takes_the_year_of_its_series_neighbours(engine, tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    body = "\n\nAttendees: Ana, Ben, Carla\n\n• Beacons ordered for the library.\n\n• Database pruning set up.\n"
    for day in (3, 10):
        (folder / f"n{day}.txt").write_text(f"Weekly bulletin – {day} March 2021{body}", encoding="utf-8")
    ingest_paths(engine, [folder], IngestOptions())
    later = tmp_path / "later"
    later.mkdir()
    (later / "n.txt").write_text(f"Weekly bulletin – 17 March{body}", encoding="utf-8")
    ingest_paths(engine, [later], IngestOptions())
    with session_scope(engine, write=False) as s:
        rows = s.execute(select(Series.name, Report.period_date, Report.warnings).join(Series)).all()
    assert {name for name, _, _ in rows} == {"Weekly bulletin"}
    dated = {on: warnings for _, on, warnings in rows}
    assert sorted(dated) == [date(2021, 3, 3), date(2021, 3, 10), date(2021, 3, 17)]
    assert any("year from the neighbouring reports of its series" in w for w in dated[date(2021, 3, 17)])


def _service_return(service: str, n: int, on: date, items: list[str]) -> list[str]:
    """A return on the council's one house template: same headings for every service."""
    return [
        f"Northfield Council – {service} Sitrep No. {n}",
        f"As of {on.day} {on:%B %Y}",
        "KEY ACTIVITY",
        f"• {items[0]}",
        "RISKS",
        f"• {items[1]}",
        "WORKFORCE",
        f"• {items[2]}",
    ]


@pytest.mark.parametrize("housing_first", [True, False])
def test_two_services_on_one_house_template_are_two_series_with_a_merge_to_consider(engine, tmp_path, housing_first):
    """Same headings, numbers that run in step, different titles and nothing else in common: the later
    service starts its own series, whichever arrives first, and the merge is left to a person."""
    housing = ("Housing", ["Rest centre at the leisure centre stays open", "Damp in temporary flats", "Two off"])
    schools = ("Education", ["Attendance returns in from every secondary", "Supply pool short", "Absence at 6%"])
    first, second = (housing, schools) if housing_first else (schools, housing)
    _write(tmp_path, "a.txt", _service_return(first[0], 1, date(2021, 3, 1), first[1]))
    _write(tmp_path, "b.txt", _service_return(second[0], 2, date(2021, 3, 8), second[1]))
    for name in ("a.txt", "b.txt"):
        ingest_paths(engine, [tmp_path / name], IngestOptions())
    assert sorted(len(v) for v in _series(engine).values()) == [1, 1]
    with session_scope(engine, write=False) as s:
        (merge,) = open_suggestions(s)
    assert merge.kind == MERGE and "another title" in merge.text


def test_reparse_refreshes_the_fingerprint_later_reports_are_compared_with(engine, tmp_path):
    from sitroom.ingest.reparse import reparse
    from sitroom.store.tables import ReportFingerprint

    _write(tmp_path, "a.txt", _service_return("Housing", 1, date(2021, 3, 1), ["Rest centre open", "Damp", "Two off"]))
    ingest_paths(engine, [tmp_path / "a.txt"], IngestOptions())
    with session_scope(engine) as s:  # as a fingerprint an earlier parser version stored
        s.execute(update(ReportFingerprint).values(lines=["stale"], title_key="stale"))
    reparse(engine, None, "auto")
    with session_scope(engine, write=False) as s:
        (row,) = s.scalars(select(ReportFingerprint)).all()
    assert row.title_key == "northfield council housing sitrep" and "stale" not in row.lines and row.lines
