"""A notice's status banner under its title ("PORT STATUS: OPEN – RESTRICTED OPERATIONS", "Service status: Degraded")
and a row of its particulars ("Update No. 1 | Issued 06:00, Monday 9 December 2024 | Next update: 14:00") are the
masthead, whether the banner is set as a heading or as a line: neither is a section, an item nor the title. In Word,
HTML and Markdown. A section whose heading names a status with no value keeps its points."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

TITLE = "PORT OF KINGSFERRY – CUSTOMER UPDATE"
SECTIONS = [
    ("SUMMARY", ["High winds stopped crane operations for 8 hours overnight.", "18 vessels are waiting for a berth."]),
    ("RISKS", ["Further crane stoppages if gusts exceed 45 knots."]),
]
BANNERS = ["PORT STATUS: OPEN – RESTRICTED OPERATIONS", "Service status: Degraded", "Network status: Amber"]
PARTICULARS = "Update No. 1 | Issued 06:00, Monday 9 December 2024 | Next update: 14:00"


def _docx(banner: str, sections: list = SECTIONS) -> bytes:
    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    d.add_heading(banner, 1)
    d.add_paragraph(PARTICULARS)
    for h, items in sections:
        d.add_heading(h, 1)
        for t in items:
            d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(banner: str, sections: list = SECTIONS) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{t}</li>" for t in it) + "</ul>" for h, it in sections)
    return f"<html><body><h1>{TITLE}</h1><h2>{banner}</h2><p>{PARTICULARS}</p>{body}</body></html>".encode()


def _markdown(banner: str, sections: list = SECTIONS) -> bytes:
    body = "".join(f"\n## {h}\n\n" + "".join(f"- {t}\n" for t in items) for h, items in sections)
    return f"# {TITLE}\n\n**{banner}**\n\n{PARTICULARS}\n{body}".encode()


LAYOUTS = {"word": (_docx, "n.docx"), "html": (_html, "n.html"), "markdown": (_markdown, "n.md")}


@pytest.mark.parametrize("banner", BANNERS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_status_banner_and_particulars_are_the_masthead(layout: str, banner: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(banner), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert banner.lower() not in (report.title or "").lower()
    assert "Update No. 1" not in (report.title or "")
    assert report.number == 1


@pytest.mark.parametrize("layout", ["word", "html", "markdown"])
def test_a_section_naming_a_status_keeps_its_points(layout: str) -> None:
    make, name = LAYOUTS[layout]
    sections = [("Network status", ["Two of the five lines are closed.", "The ferry runs hourly."]), *SECTIONS]
    report = parse_bytes(make("Service status: Degraded", sections), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
