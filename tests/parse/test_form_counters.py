"""A form's answers printed section by section carry its counter over each section ("Section 1 of 2", "Sección 2 de
2", "Kutaa 1 keessaa 2", "Page 3 of 4"): it counts the form's parts, it is no point of the report. Left out and
counted, in HTML, Markdown and plain text."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

COUNTERS = {"english": ("Section 1 of 2", "Section 2 of 2"), "spanish": ("Sección 1 de 2", "Sección 2 de 2"),
            "oromo": ("Kutaa 1 keessaa 2", "Kutaa 2 keessaa 2")}  # fmt: skip
SECTIONS = [("Summary", ["42 new cases were reported this week."]), ("Risks", ["Heavy rain may flood the camp."])]


def _html(first: str, second: str) -> bytes:
    body = "".join(
        f"<p>{c}</p><h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in pts)}</ul>"
        for c, (h, pts) in zip((first, second), SECTIONS, strict=True)
    )
    return f"<html><body><main><h1>Weekly cholera report</h1>{body}</main></body></html>".encode()


def _markdown(first: str, second: str) -> bytes:
    body = "".join(
        f"\n{c}\n\n## {h}\n\n" + "".join(f"- {p}\n" for p in pts)
        for c, (h, pts) in zip((first, second), SECTIONS, strict=True)
    )
    return f"# Weekly cholera report\n{body}".encode()


def _text(first: str, second: str) -> bytes:
    body = "".join(
        f"\n{c}\n\n{h.upper()}\n" + "".join(f"- {p}\n" for p in pts)
        for c, (h, pts) in zip((first, second), SECTIONS, strict=True)
    )
    return f"Weekly cholera report\n{body}".encode()


@pytest.mark.parametrize("make,name", [(_html, "f.html"), (_markdown, "f.md"), (_text, "f.txt")])
@pytest.mark.parametrize("language", list(COUNTERS))
def test_the_form_counter_is_no_point(make, name: str, language: str) -> None:
    report = parse_bytes(make(*COUNTERS[language]), name)[0]
    assert [[i.text for i in s.items] for s in report.sections if s.items] == [pts for _, pts in SECTIONS]
    assert "2 form counter(s) left out" in report.warnings
