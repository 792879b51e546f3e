"""A message pasted into a report, small print that is not the body, and a speaker's sentences that
carry on with an ellipsis, each in generated documents of several formats: the report's own content
stays, the letter around the message goes (and is counted), and nothing is split or promoted."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Pt

from sitroom.model import Report
from sitroom.read import parse_bytes

NOTES = [
    "Created the first draft of the rota for the rest centre volunteers.",
    "We wrote to the supplier to ask when the sandbags will arrive:",
]
MESSAGE = [
    "Our rest centre at the leisure centre is open and needs a further delivery of sandbags.",
    "Could you confirm whether the delivery can reach us before the high tide on Thursday evening? The "
    "cell has asked for two hundred filled bags for the houses on the quay, and the volunteers can unload "
    "them from the car park behind the leisure centre if the lorry cannot reach the front entrance.",
]
LETTER = ["Hello Sam,", *MESSAGE, "Thanks,", "Priya Shah"]
AFTER = "We agreed to meet again on Thursday morning to review the reply and the tide forecast."


def _items(report: Report) -> list[str]:
    return [i.text for s in report.sections for i in s.items]


def _headings(report: Report) -> list[str]:
    return [s.heading for s in report.sections if s.heading]


def _docx(small_message: bool, styled_headings: bool) -> bytes:
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Flood cell notes 14", 0)
    d.add_paragraph("Lead officer: Dana Reid")
    d.add_paragraph("Note taker: Priya Shah")
    if styled_headings:
        d.add_heading("Notes and actions", 1)
    else:
        head = d.add_paragraph()
        run = head.add_run("Notes and actions")
        run.bold, run.font.size = True, Pt(14)
    for text in NOTES:
        d.add_paragraph(text)
    for text in LETTER:
        para = d.add_paragraph(text)
        if small_message:
            para.runs[0].font.size = Pt(8)
    d.add_paragraph(AFTER)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("styled_headings", [True, False])
def test_a_message_pasted_in_small_print_does_not_make_the_body_text_a_heading(styled_headings: bool) -> None:
    report = parse_bytes(_docx(small_message=True, styled_headings=styled_headings), "notes.docx")[0]
    assert _headings(report) == ["Notes and actions"]
    assert "Lead officer: Dana Reid" in _items(report)


def _text() -> str:
    return "\n\n".join(["NOTES AND ACTIONS", *NOTES, *LETTER, AFTER, ""])


def _html() -> str:
    paras = "".join(f"<p>{t}</p>" for t in [*NOTES, *LETTER, AFTER])
    return f"<html><body><h1>Flood cell notes 14</h1><h2>Notes and actions</h2>{paras}</body></html>"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes.docx", _docx(small_message=False, styled_headings=True)),
        ("notes.docx", _docx(small_message=True, styled_headings=False)),
        ("notes.txt", _text().encode()),
        ("notes.html", _html().encode()),
    ],
)
def test_a_pasted_message_keeps_its_text_and_loses_its_letter(name: str, data: bytes) -> None:
    report = parse_bytes(data, name)[0]
    items = _items(report)
    for text in [*NOTES, *MESSAGE, AFTER]:
        assert text in items, text
    for text in ("Hello Sam,", "Thanks,", "Priya Shah"):
        assert text not in items
    assert any("pasted message" in w for w in report.warnings)


def test_a_lone_thanks_or_greeting_word_without_its_pair_stays() -> None:
    lines = ["KEY ACTIVITY", "Hi-vis jackets issued to all volunteers at the rest centre.", "Thanks", ""]
    report = parse_bytes("\n\n".join(lines).encode(), "return.txt")[0]
    assert "Hi-vis jackets issued to all volunteers at the rest centre." in _items(report)
    assert not any("pasted message" in w for w in report.warnings)


TURNS = [
    ("dana: the pumps at the quay are running", "… the river level is falling slowly"),
    ("sam: can we stand down the rest centre?", "... not before Thursday's tide"),
]


def _minutes_html() -> str:
    paras = "".join(f"<p>{a}</p><p>{b}</p>" for a, b in TURNS)
    return f"<html><body><h1>Flood call minutes</h1><h2>Pumping</h2>{paras}</body></html>"


def _minutes_md() -> str:
    return "# Flood call minutes\n\n## Pumping\n\n" + "".join(f"{a}\n\n{b}\n\n" for a, b in TURNS)


@pytest.mark.parametrize(("name", "data"), [("m.html", _minutes_html()), ("m.md", _minutes_md())])
def test_a_sentence_opening_with_an_ellipsis_carries_on_the_turn_before(name: str, data: str) -> None:
    report = parse_bytes(data.encode(), name)[0]
    assert _items(report) == [f"{a} {b}" for a, b in TURNS]


WRITEUPS = ["Northfield council's write-up", "The water company's write-up"]
AFTER_LIST = "... as well as a number of posts by volunteers on the night."


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("w.md", "# Flood review\n\n## Write-ups\n\n" + "".join(f"* {w}\n" for w in WRITEUPS) + f"\n{AFTER_LIST}\n"),
        (
            "w.html",
            "<html><body><h1>Flood review</h1><h2>Write-ups</h2><ul>"
            + "".join(f"<li>{w}</li>" for w in WRITEUPS)
            + f"</ul><p>{AFTER_LIST}</p></body></html>",
        ),
    ],
)
def test_a_paragraph_after_a_list_opening_with_an_ellipsis_is_not_the_last_entrys_rest(name: str, data: str) -> None:
    report = parse_bytes(data.encode(), name)[0]
    assert _items(report) == [*WRITEUPS, AFTER_LIST]
