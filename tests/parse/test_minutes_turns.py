"""Minutes written as speaker turns: each turn one item with its wrapped lines, the speaker's name kept,
"Topic:" lines and topic headings as headings, RESOLUTION/ACTION lines items of their own, in plain
text, Markdown, HTML and Word."""

from __future__ import annotations

import importlib
import io
import sys
from pathlib import Path

import docx
import pytest

from sitroom.read import parse_bytes

# the PDF drawing kit the extract tests share
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract"))
_sheets = importlib.import_module("pdf_sheets")
Sheet = _sheets.Sheet

TURNS = [
    ("Alice", "we agreed to reopen the two hubs on Monday,", "subject to the cleaning contract being signed."),
    ("Bob Jones", "the depot staff are back to full strength", "and gritting can resume next week."),
    ("Carol (Finance)", "the cost of the cleaning contract is", "within the winter budget."),
]
RECORDS = ["RESOLUTION: the hubs reopen on Monday 7 December.", "ACTION: Alice to confirm the date to the cell."]
IRC = [("bob", "gritting routes are planned for the whole county"), ("carol", "any overspend goes to the reserve")]
EXPECTED_TURNS = [f"{who}: {a} {b}" for who, a, b in TURNS]
EXPECTED_IRC = [f"<{who}> {said}" for who, said in IRC]


def _text() -> str:
    lines = ["Recovery group minutes, 3 December 2026", "", "Topic: Hub reopening", ""]
    for who, a, b in TURNS:
        lines += [f"{who}: {a}", b]
    lines += [*RECORDS, "", "Topic: Winter gritting", ""]
    lines += [f"<{who}> {said}" for who, said in IRC]
    return "\n".join(lines) + "\n"


def _markdown() -> str:
    return _text().replace("Topic: ", "## ")


def _html() -> str:
    turns = "".join(f"<p>{who}: {a} {b}</p>" for who, a, b in TURNS)
    records = "".join(f"<p>{r}</p>" for r in RECORDS)
    irc = "".join(f"<dt>&lt;{who}&gt;</dt><dd>{said}</dd>" for who, said in IRC)
    return (
        "<html><body><h1>Recovery group minutes</h1><h2>Hub reopening</h2>"
        f"{turns}{records}<h2>Winter gritting</h2><dl>{irc}</dl></body></html>"
    )


def _docx() -> bytes:
    d = docx.Document()
    d.add_heading("Recovery group minutes", 1)
    d.add_heading("Hub reopening", 2)
    for who, a, b in TURNS:
        p = d.add_paragraph()
        p.add_run(f"{who}: ").bold = True
        p.add_run(f"{a} {b}")
    for r in RECORDS:
        d.add_paragraph(r)
    d.add_heading("Winter gritting", 2)
    for who, said in IRC:
        d.add_paragraph(f"<{who}> {said}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf() -> bytes:
    s = Sheet()
    s.heading("Recovery group minutes", size=16)
    s.heading("Topic: Hub reopening")
    for who, a, b in TURNS:
        s.line(f"{who}: {a}")
        s.line(b)
    for r in RECORDS:
        s.line(r)
    s.heading("Topic: Winter gritting")
    for who, said in IRC:
        s.line(f"<{who}> {said}")
    return s.pdf()


LAYOUTS = {
    "pdf": (_pdf, "minutes.pdf"),
    "text": (lambda: _text().encode(), "minutes.txt"),
    "markdown": (lambda: _markdown().encode(), "minutes.md"),
    "html": (lambda: _html().encode(), "minutes.html"),
    "docx": (_docx, "minutes.docx"),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_turn_is_one_item_under_its_topic(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(), name)[0]
    sections = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    hub = next(items for heading, items in sections if heading and "Hub reopening" in heading)
    gritting = next(items for heading, items in sections if heading and "Winter gritting" in heading)
    assert hub == EXPECTED_TURNS + RECORDS
    assert gritting == EXPECTED_IRC


def test_a_definition_list_of_speakers_gives_one_item_per_speaker() -> None:
    html = "<h2>Updates</h2><dl><dt>Bob</dt><dd>routes are planned</dd><dt>Carol</dt><dd>budget holds</dd></dl>"
    report = parse_bytes(html.encode(), "m.html")[0]
    assert [i.text for i in report.items()] == ["Bob: routes are planned", "Carol: budget holds"]


def test_one_labelled_line_in_a_report_is_no_conversation() -> None:
    text = "KEY ACTIVITY\n- Visits continued at normal levels\nacross the county.\nNote: figures are provisional\n"
    report = parse_bytes(text.encode(), "r.txt")[0]
    texts = [i.text for i in report.items()]
    assert "Visits continued at normal levels across the county." in texts


def test_actions_heading_gets_the_actions_key() -> None:
    text = _text() + "\nACTIONS\n\nACTION: Bob to report salt use weekly.\n"
    report = parse_bytes(text.encode(), "minutes.txt")[0]
    actions = [s for s in report.sections if s.heading == "ACTIONS"]
    assert actions and actions[0].key == "actions"
    assert [i.text for i in actions[0].items] == ["ACTION: Bob to report salt use weekly."]


def test_a_chat_log_with_time_stamps_gives_one_item_per_line() -> None:
    text = (
        "Topic: Budget\n\n[09:14] <alice> the budget holds for this quarter\n"
        "[09:15] <bob> agreed, with the winter reserve\nas a fallback\n09:16 <alice> fine by me\n"
    )
    report = parse_bytes(text.encode(), "log.txt")[0]
    assert report.sections[-1].heading == "Topic: Budget"
    assert [i.text for i in report.items()] == [
        "[09:14] <alice> the budget holds for this quarter",
        "[09:15] <bob> agreed, with the winter reserve as a fallback",
        "09:16 <alice> fine by me",
    ]
