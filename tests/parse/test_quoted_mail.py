"""Pasted e-mail chains are older messages, not the document's content: in a return sent as text, Word,
HTML, Markdown, PDF or an e-mail body, the quoted messages (header blocks, "wrote:" lines, "Original
Message" rules, ">" lines) are left out and counted, and their dates do not date the report."""

from __future__ import annotations

import importlib
import io
import sys
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from sitroom.read import parse_bytes

# the PDF drawing kit the extract tests share
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extract"))
_sheets = importlib.import_module("pdf_sheets")
BOLD = _sheets.BOLD
Sheet = _sheets.Sheet

OWN = [
    "Home care visits continued at normal levels across all three localities.",
    "Two new providers joined the framework this week.",
]
RISK = "Agency staffing costs may exceed the budget by March."
QUOTED = "Could you send the return by noon please? The cell needs the staffing figures."
OUTLOOK = [
    "From: Bob Jones <bob.jones@example.org>",
    "Sent: 02 November 2026 09:14",
    "To: Jane Smith <jane@example.org>",
    "Subject: RE: Weekly return",
    "Hi Jane,",
    QUOTED,
    "Thanks,",
    "Bob",
]
CLOSE = ["Kind regards,", "Jane Smith", "Service Manager | Adult Social Care", "Tel: 01234 567890"]


def _text_return(chain: list[str]) -> str:
    lines = ["WEEKLY RETURN", "", "KEY ACTIVITY", *(f"- {t}" for t in OWN), "", "RISKS", f"- {RISK}", ""]
    return "\n".join([*lines, *CLOSE, "", *chain, ""])


def _docx_minutes() -> bytes:
    d = docx.Document()
    d.add_heading("Recovery group minutes", 1)
    d.add_heading("Key activity", 2)
    for t in OWN:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Correspondence", 2)
    d.add_paragraph("The chair read out the exchange with the regional cell below.")
    for t in OUTLOOK:
        d.add_paragraph(t)
    d.add_heading("Risks", 2)
    d.add_paragraph(RISK, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html_page() -> bytes:
    chain = "<br>".join(OUTLOOK[:4])
    html = (
        "<html><body><h1>Weekly return</h1><h2>Key activity</h2><ul>"
        + "".join(f"<li>{t}</li>" for t in OWN)
        + f"</ul><p>{chain}</p><p>{QUOTED}</p><h2>Risks</h2><ul><li>{RISK}</li></ul></body></html>"
    )
    return html.encode()


def _markdown() -> bytes:
    lines = ["# Weekly return", "", "## Key activity", "", *(f"- {t}" for t in OWN), ""]
    lines += ["-----Original Message-----", "", *OUTLOOK[:4], "", QUOTED, "", "## Risks", "", f"- {RISK}", ""]
    return "\n".join(lines).encode()


def _pdf() -> bytes:
    s = Sheet()
    s.heading("Weekly return", size=16)
    s.heading("KEY ACTIVITY")
    for t in OWN:
        s.bullet([t])
    s.gap()
    for t in OUTLOOK:
        s.line(t)
    s.heading("RISKS", font=BOLD)
    s.bullet([RISK])
    return s.pdf()


def _mail(reply: str) -> bytes:
    m = EmailMessage()
    m["From"] = "jane@example.org"
    m["To"] = "cell@example.org"
    m["Subject"] = "Weekly return"
    m["Date"] = "Thu, 03 Dec 2026 10:00:00 +0000"
    m.set_content(_text_return([]).replace("\n".join(CLOSE), "") + reply)
    return bytes(m)


LAYOUTS = {
    "outlook header in text": (lambda: _text_return(OUTLOOK).encode(), "return.txt"),
    "original message rule in text": (
        lambda: _text_return(["-----Original Message-----", *OUTLOOK[:4], QUOTED]).encode(),
        "return.txt",
    ),
    "french header in text": (
        lambda: _text_return(
            ["De : Bob Jones", "Envoyé : lundi 2 novembre 2026 09:14", "À : Jane Smith", "Objet : Retour", QUOTED]
        ).encode(),
        "return.txt",
    ),
    "pasted chain in Word minutes": (_docx_minutes, "minutes.docx"),
    "header in one HTML paragraph": (_html_page, "return.html"),
    "chain in Markdown": (_markdown, "return.md"),
    "header block in a PDF": (_pdf, "return.pdf"),
    "wrote line and > quotes in a mail": (
        lambda: _mail(f"On Mon, 2 Nov 2026 at 09:14, Bob Jones <bob@example.org> wrote:\n> Hi Jane,\n> {QUOTED}\n"),
        "reply.eml",
    ),
    "outlook header in a mail": (lambda: _mail("\n".join(OUTLOOK)), "reply.eml"),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_quoted_messages_are_left_out_and_counted(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(), name)[0]
    texts = [i.text for i in report.items()]
    assert all(any(own in t for t in texts) for own in OWN), texts
    assert any(RISK in t for t in texts), texts
    joined = " ".join(texts)
    for furniture in (QUOTED, "Bob Jones", "Subject:", "Kind regards", "Tel: 01234"):
        assert furniture not in joined, (layout, texts)
    assert any("quoted e-mail line" in w for w in report.warnings), report.warnings
    # the quoted message's date (2 November) is not the report's
    assert report.date is None or report.date.month != 11


def test_the_section_after_a_pasted_chain_is_read_again() -> None:
    report = parse_bytes(_docx_minutes(), "minutes.docx")[0]
    by_heading = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert by_heading["Correspondence"] == ["The chair read out the exchange with the regional cell below."]
    assert by_heading["Risks"] == [RISK]


def test_a_from_line_that_opens_no_header_block_is_content() -> None:
    text = "KEY ACTIVITY\n- From: the north depot, 14 gritters went out overnight.\n- Salt stocks are at 80%.\n"
    report = parse_bytes(text.encode(), "return.txt")[0]
    assert [i.text for i in report.items()] == [
        "From: the north depot, 14 gritters went out overnight.",
        "Salt stocks are at 80%.",
    ]
    assert not any("quoted" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("Dear all,", ["Kind regards,", "Sam Green", "Duty Manager", "07700 900123"]),
        ("Hi team", ["Many thanks", "Sam"]),
        ("Bonjour à tous,", ["Cordialement,", "Sam Green"]),
    ],
)
def test_a_document_written_as_a_letter_keeps_only_its_message(opening: str, closing: list[str]) -> None:
    text = "\n".join([opening, "", "KEY ACTIVITY", *(f"- {t}" for t in OWN), "", *closing, ""])
    report = parse_bytes(text.encode(), "return.txt")[0]
    assert [i.text for i in report.items()] == OWN
    assert any("greeting line" in w for w in report.warnings)
    assert any("sign-off and signature line" in w for w in report.warnings)


def test_a_closing_thanks_followed_by_sentences_is_content() -> None:
    text = "KEY ACTIVITY\n- Visits continued.\n\nThanks\n\nThe depot reopens on Monday after the repairs.\n"
    report = parse_bytes(text.encode(), "return.txt")[0]
    assert "The depot reopens on Monday after the repairs." in [i.text for i in report.items()]


def test_a_confidentiality_notice_in_a_word_return_is_left_out() -> None:
    d = docx.Document()
    d.add_heading("Key activity", 1)
    for t in OWN:
        d.add_paragraph(t, style="List Bullet")
    notice = (
        "This email and any attachments are confidential and intended solely for the addressee. "
        "If you have received it in error, please tell the sender and delete it."
    )
    d.add_paragraph(notice)
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "return.docx")[0]
    assert [i.text for i in report.items()] == OWN
    assert "1 disclaimer(s) left out" in report.warnings


OWN_HEADER = ["From: Jane Smith <jane@example.org>", "Sent: 03 December 2026 10:00", "To: Cell", "Subject: Return"]


def _saved_pdf() -> bytes:
    s = Sheet()
    for t in OWN_HEADER:
        s.line(t)
    s.heading("KEY ACTIVITY")
    for t in OWN:
        s.bullet([t])
    s.gap()
    for t in OUTLOOK[:4]:
        s.line(t)
    s.line(QUOTED)
    return s.pdf()


def _saved_docx() -> bytes:
    d = docx.Document()
    for t in OWN_HEADER:
        d.add_paragraph(t)
    d.add_paragraph("KEY ACTIVITY", style="Heading 1")
    for t in OWN:
        d.add_paragraph(t, style="List Bullet")
    for t in [*OUTLOOK[:4], QUOTED]:
        d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("make", "name"), [(_saved_pdf, "return.pdf"), (_saved_docx, "return.docx")])
def test_a_message_saved_whole_keeps_its_body_and_drops_its_header(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [i.text for i in report.items()] == OWN
    assert any("e-mail header line" in w for w in report.warnings)
    assert any("quoted e-mail line" in w for w in report.warnings)
    assert str(report.date) == "2026-12-03"


def test_a_comparison_sign_is_no_quotation_and_a_reply_after_quoted_lines_is_kept() -> None:
    text = (
        "KEY ACTIVITY\n- > 50% of homes now have their power back.\n- Crews are on all sites.\n\n"
        "UPDATE FROM THE CELL\n> Please confirm the crews for Friday.\n> Thanks, Bob\n\n"
        "All four crews are confirmed for Friday.\n"
    )
    report = parse_bytes(text.encode(), "return.txt")[0]
    texts = [i.text for i in report.items()]
    assert "> 50% of homes now have their power back." in texts
    assert "All four crews are confirmed for Friday." in texts
    assert not any("Please confirm" in t for t in texts)
    assert "2 quoted e-mail line(s) left out" in report.warnings


def test_a_bold_heading_in_word_ends_the_pasted_message() -> None:
    d = docx.Document()
    d.add_paragraph("Correspondence").runs[0].bold = True
    for t in OUTLOOK[:4]:
        d.add_paragraph(t)
    d.add_paragraph(QUOTED)
    d.add_paragraph("Key activity").runs[0].bold = True
    for t in OWN:
        d.add_paragraph(t, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "minutes.docx")[0]
    assert [i.text for i in report.items()] == OWN
