"""A report's last line giving the next report's time and where questions go meanwhile ("Next SCC sitrep: 08:00
tomorrow. Escalations to the NHS England regional team via the SCC.") is its close, not a point; a line giving the
next report's time and then news stays. In Word, plain text and HTML."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [("Beds", ["A&E is at OPEL 3 this morning."]), ("Communications", ["A press release went out at 10:00."])]
CLOSE = "Next SCC sitrep: 08:00 tomorrow. Escalations to the NHS England regional team via the SCC."


def _word(last: str) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_paragraph("System Coordination Centre sitrep 4", style="Title")
    for heading, points in SECTIONS:
        d.add_heading(heading, 2)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    d.add_paragraph(last)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "r.docx"


def _text(last: str) -> tuple[bytes, str]:
    body = "".join(f"{h.upper()}\n\n" + "".join(f"- {p}\n" for p in ps) + "\n" for h, ps in SECTIONS)
    return f"System Coordination Centre sitrep 4\n\n{body}{last}\n".encode(), "r.txt"


def _html(last: str) -> tuple[bytes, str]:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in ps) + "</ul>" for h, ps in SECTIONS)
    return f"<html><body><main><h1>SCC sitrep 4</h1>{body}<p>{last}</p></main></body></html>".encode(), "r.html"


@pytest.mark.parametrize("make", [_word, _text, _html])
def test_the_next_report_and_the_route_close_the_report(make) -> None:
    report = parse_bytes(*make(CLOSE))[0]
    assert [[i.text for i in s.items] for s in report.sections] == [ps for _, ps in SECTIONS]


@pytest.mark.parametrize("make", [_word, _text, _html])
def test_news_after_the_next_reports_time_stays(make) -> None:
    last = "Next SCC sitrep: 08:00 tomorrow. 12 wards are closed to new admissions."
    report = parse_bytes(*make(last))[0]
    assert last in [i.text for i in report.items()]


@pytest.mark.parametrize(
    "last",
    ["Nächster Lagebericht: Sonntag, 23. Juni 2024, 06.00 Uhr", "Neste situasjonsrapport vert send ut torsdag 16. "
     "januar kl. 12.00.", "Next note on Thursday. Corrections to the resilience cell, please."],
)  # fmt: skip
@pytest.mark.parametrize("make", [_word, _text])
def test_a_next_report_line_with_a_days_or_an_abbreviations_stop_is_the_close(make, last: str) -> None:
    # the stop after a day ("23.") or an abbreviation ("kl.") ends no sentence: the line is the next report's, whole
    report = parse_bytes(*make(last))[0]
    assert [[i.text for i in s.items] for s in report.sections] == [ps for _, ps in SECTIONS]
