"""A report sent by web mail and printed from the browser to PDF: the browser's time and page title in the top
margin and the address at the foot, the mailbox's banner, the subject, the count of messages, the sender with the day
sent, the To and Cc lines, the greeting and covering line, the close and the signature. The subject names the report,
the day sent dates it, and only the sections are read.

Generated with reportlab as Gmail prints a message, in English and in Irish.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sitroom.read import parse_bytes

LETTERS = {
    "en": {
        "subject": "Flood update 3 – Riverside Community Trust",
        "greeting": "Dear all,",
        "covering": "Please find below update 3 from the trust on the flooding in the valley.",
        "close": "Kind regards,",
        "sections": {
            "Summary": ["8 households are still without power.", "The river peaked at 4.2 m on Sunday."],
            "Risks": ["Elderly residents in cold homes. Mitigation: Welfare calls twice a day."],
            "Next steps": ["The community meeting is on 28 January at 19:00."],
        },
    },
    "ga": {
        "subject": "Nuashonrú stoirme uimh. 3 – Comharchumann Forbartha",
        "greeting": "A chairde,",
        "covering": "Seo thíos nuashonrú uimh. 3 ón gcomharchumann ar thionchar na stoirme ar an oileán.",
        "close": "Le meas,",
        "sections": {
            "Achoimre": ["Tá 8 teaghlach fós gan leictreachas.", "Bhuail an stoirm an t-oileán ar 26 Eanáir."],
            "Rioscaí": ["Baol do dhaoine scothaosta. Maolú: Glaonna leasa faoi dhó sa lá."],
            "Na chéad chéimeanna eile": ["Cruinniú den choiste pobail ar 28 Eanáir ag 19:00."],
        },
    },
}


def _pdf(lang: str) -> bytes:
    letter = LETTERS[lang]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    c.setFont("Helvetica", 8)
    c.drawString(20, height - 16, "27/01/2025, 09:05")
    c.drawCentredString(width / 2, height - 16, f"Gmail - {letter['subject']}")
    c.setFont("Helvetica", 18)
    c.drawString(36, height - 48, "Gmail")
    c.setFont("Helvetica", 10)
    c.drawString(100, height - 48, "Jo Bloggs <jo.bloggs@county.example.ie>")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(36, height - 76, letter["subject"])
    c.setFont("Helvetica", 8)
    c.drawString(36, height - 90, "1 message")
    c.setFont("Helvetica", 10)
    c.drawString(36, height - 110, "Community Trust <trust.office@example.org>")
    c.drawRightString(width - 36, height - 110, "Mon, 27 Jan 2025 at 08:41")
    c.drawString(36, height - 123, "To: Jo Bloggs <jo.bloggs@county.example.ie>")
    c.drawString(36, height - 136, "Cc: Islands Office <islands@county.example.ie>")
    y = height - 160
    for text, font in ((letter["greeting"], "Helvetica"), (letter["covering"], "Helvetica")):
        c.setFont(font, 10)
        c.drawString(40, y, text)
        y -= 22
    for heading, items in letter["sections"].items():
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, heading)
        y -= 14
        c.setFont("Helvetica", 10)
        for item in items:
            c.drawString(52, y, "\u2022")
            c.drawString(62, y, item)
            y -= 13
        y -= 6
    for text in (letter["close"], "Máire Ní Fhlatharta", "", "--", "Máire Ní Fhlatharta", "Bainisteoir, Comharchumann"):
        c.drawString(40, y, text)
        y -= 13
    c.drawString(40, y, "Fón: 099 61 234 | trust.office@example.org")
    c.setFont("Helvetica", 8)
    c.drawString(20, 14, "https://mail.google.com/mail/u/0/?ik=3f9a2c1b7e&view=pt&search=all&permthid=thread-f:1822")
    c.drawRightString(width - 20, 14, "1/1")
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("lang", list(LETTERS))
def test_a_printed_web_mail_reads_as_its_report(lang: str) -> None:
    report = parse_bytes(_pdf(lang), "message.pdf")[0]
    letter = LETTERS[lang]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == letter["sections"]
    assert report.title == letter["subject"]
    assert report.date == dt.date(2025, 1, 27)
    assert any("mail program's header line" in w for w in report.warnings)
    assert any("browser's page title" in w for w in report.warnings)


def test_irish_sections_get_their_keys_and_the_mitigation_its_lead() -> None:
    report = parse_bytes(_pdf("ga"), "message.pdf")[0]
    assert [s.key for s in report.sections] == ["highlights", "risks", "next-steps"]
    risk = report.sections[1].items[0]
    assert risk.mitigation == "Glaonna leasa faoi dhó sa lá."
