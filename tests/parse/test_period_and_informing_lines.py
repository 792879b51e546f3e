"""Under a report's title, the line naming the period it covers ("Rapporten gjelder perioden fra 3.3.2026 kl. 08.00
til 4.3.2026 kl. 08.00.", "Rapporten gælder perioden fra …") and the sender's line saying it informs the readers of
the state of things at a time ("Krízový štáb mesta Vás informuje o stave požiaru k 3. 8. 2026, 18:00 h.", a date
whose day and month close with stops) are the report's frame, not its points. In Word, Markdown and a mail."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "no": ("Situasjonsrapport nr. 3 – drikkevann",
           "Rapporten gjelder perioden fra 3.3.2026 kl. 08.00 til 4.3.2026 kl. 08.00.",
           [("Oppsummering", ["Kokevarselet gjelder fortsatt for 4 100 abonnenter."]),
            ("Videre plan", ["Nye prøver tas tirsdag og onsdag."])]),
    "da": ("Situationsrapport nr. 2 – oversvømmelse",
           "Rapporten gælder perioden fra 5.2.2026 kl. 12.00 til 6.2.2026 kl. 12.00.",
           [("Overblik", ["Vandstanden i åen er faldet 14 cm siden i går."])]),
    "sk": ("Informácia č. 3 o požiari",
           "Krízový štáb mesta Vás informuje o stave požiaru k 3. 8. 2026, 18:00 h.",
           [("Hlavné informácie", ["Požiar je lokalizovaný na ploche 84 hektárov."]),
            ("Ďalší postup", ["Hasiči zostávajú na mieste aj v noci."])]),
}  # fmt: skip


def _word(title: str, line: str, sections: list) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_heading(title, 0)
    d.add_paragraph(line)
    for heading, points in sections:
        d.add_heading(heading, 1)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "rapport.docx"


def _markdown(title: str, line: str, sections: list) -> tuple[bytes, str]:
    lines = [f"# {title}", "", line, ""]
    for heading, points in sections:
        lines += [f"## {heading}", "", *(f"- {p}" for p in points), ""]
    return "\n".join(lines).encode(), "rapport.md"


def _mail(title: str, line: str, sections: list) -> tuple[bytes, str]:
    m = EmailMessage()
    m["Subject"], m["From"], m["To"] = title, "krizovy.stab@mesto.example", "odberatelia@mesto.example"
    body = [line, ""]
    for heading, points in sections:
        body += [heading.upper(), *(f"- {p}" for p in points), ""]
    m.set_content("\n".join(body))
    return m.as_bytes(), "sprava.eml"


@pytest.mark.parametrize("make", [_word, _markdown, _mail])
@pytest.mark.parametrize("lang", list(REPORTS))
def test_the_period_and_the_informing_line_are_the_frame(lang: str, make) -> None:
    title, line, sections = REPORTS[lang]
    report = parse_bytes(*make(title, line, sections))[0]
    items = [i.text for s in report.sections for i in s.items]
    assert items == [p for _, points in sections for p in points]
