"""A bulletin's particulars as a description list under its title ("Storm level — G4 (severe)", "Next bulletin —
06:00 UTC tomorrow", "Duty forecaster — …"), each value wrapped in a paragraph as Asciidoctor and docutils write
it: values, not sections; with a marking and its handling caveat over them ("OFFICIAL. For government departments
…; not for onward release."), the masthead's, none of the report's points. A description list whose values are
sentences or lists still gives sections.

Layouts: Asciidoctor's (a ``div.dlist`` and an admonition table), docutils' (``dl.field-list``), and a plain
``<dl>`` without paragraphs."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

FIELDS = [("Storm level", "G4 (severe)"), ("Next bulletin", "06:00 UTC tomorrow"), ("Duty forecaster", "Rachel Simms")]
MARK = "OFFICIAL. For government departments and infrastructure operators; not for onward release."
SECTIONS = {
    "1. Summary": ["A severe (G4) geomagnetic storm is in progress.", "Further storm conditions are possible."],
    "2. Impacts": ["HF radio blackouts are affecting aviation on polar routes."],
}


def _body() -> str:
    return "".join(
        f"<h2>{h}</h2><ul>{''.join(f'<li><p>{p}</p></li>' for p in points)}</ul>" for h, points in SECTIONS.items()
    )


def _asciidoctor() -> bytes:
    dl = "".join(f'<dt class="hdlist1">{k}</dt><dd><p>{v}</p></dd>' for k, v in FIELDS)
    mark = f'<div class="admonitionblock important"><table><tr><td class="icon"><div class="title">Important</div></td><td class="content">{MARK}</td></tr></table></div>'  # noqa: E501
    return (
        f'<html><body><div id="header"><h1>Geomagnetic storm bulletin 4</h1></div><div id="content">'
        f'<div id="preamble">{mark}<div class="dlist"><dl>{dl}</dl></div></div>{_body()}</div></body></html>'
    ).encode()


def _docutils() -> bytes:
    dl = "".join(f"<dt>{k}<span class='colon'>:</span></dt><dd><p>{v}</p></dd>" for k, v in FIELDS)
    return (
        f"<html><body><h1>Geomagnetic storm bulletin 4</h1><p>{MARK}</p>"
        f"<dl class='field-list simple'>{dl}</dl>{_body()}</body></html>"
    ).encode()


def _plain() -> bytes:
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in FIELDS)
    return (
        f"<html><body><h1>Geomagnetic storm bulletin 4</h1><p>{MARK}</p><dl>{dl}</dl>{_body()}</body></html>".encode()
    )


@pytest.mark.parametrize("write", [_asciidoctor, _docutils, _plain])
def test_the_particulars_and_the_marking_are_the_masthead(write) -> None:
    report = parse_bytes(write(), "bulletin.html")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.number == 4


def test_descriptions_that_are_sentences_still_give_sections() -> None:
    dl = "".join(f"<dt>{h}</dt><dd><p>{points[0]}</p><p>More follows.</p></dd>" for h, points in SECTIONS.items())
    report = parse_bytes(f"<html><body><h1>Bulletin 4</h1><dl>{dl}</dl></body></html>".encode(), "b.html")[0]
    assert [s.heading for s in report.sections if s.heading] == list(SECTIONS)
