"""Lines around a report that say who sends it and close it, in more languages:
- who sends it under the title, two names parted by a middle dot, one a place's council ending in a common noun
  ("Kreppubólkurin · Klaksvíkar kommuna");
- the one sentence closing it with who prepared it and when ("Prepared by the monitoring unit, CRGRC Vatovavy,
  12 February 2025.", "Namboarin'ny sampana fanaraha-maso, …"), with who may see it after it ("Not to be shared
  outside the committee.", "Tsy azo zaraina ivelan'ny komity.");
- "Questions?" closing a deck or a post, in Faroese, French, Spanish, German and Swedish;
- the marking closing it with who may see it ("Confidential – for partners only. Do not distribute without
  permission.", "Dìomhair – do chom-pàirtichean a-mhàin. Na sgaoil gun chead."), and the system's note that it
  exported the report ("Exported by … This report was generated automatically.", in Scottish Gaelic too).
None is an item. In Markdown and in Word."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [("Samandráttur", ["Hús uttan streym: 290."]), ("Næstu stig", ["Nýggj støðufrágreiðing í morgin kl. 10."])]
REPORTS = {
    "faroese": ("Kreppubólkurin · Klaksvíkar kommuna", "Spurningar?"),
    "english": ("Crisis group · Northfield council", "Prepared by the monitoring unit, CRGRC Vatovavy, 12 February "
                "2025. Not to be shared outside the committee."),
    "malagasy": ("Sampana fanaraha-maso · CRGRC Vatovavy", "Namboarin'ny sampana fanaraha-maso, CRGRC Vatovavy, 12 "
                 "Febroary 2025. Tsy azo zaraina ivelan'ny komity."),
    "french": ("Cellule de crise · Mairie de Lannion", "Des questions ?"),
    "spanish": ("Gabinete de crisis · Ayuntamiento de Lorca", "¿Preguntas?"),
    "german": ("Krisenstab · Stadt Passau", "Fragen?"),
    "swedish": ("Krisledningsgruppen · Kiruna kommun", "Frågor?"),
    "english, marked": ("Resilience group · Harris", "Confidential – for partners only. Do not distribute without "
                        "permission."),
    "english, exported": ("Resilience group · Harris", "Exported by the Group Officer, Harris. This report was "
                          "generated automatically."),
    "gaelic, marked": ("Buidheann Èiginn · Na Hearadh", "Dìomhair – do chom-pàirtichean a-mhàin. Na sgaoil gun chead."),
    "gaelic, exported": ("Buidheann Èiginn · Na Hearadh", "Air a às-mhalairt le Oifigear na Buidhne, na Hearadh. "
                         "Chaidh an aithisg seo a chruthachadh gu fèin-ghluasadach."),
}  # fmt: skip


def _markdown(sender: str, close: str) -> bytes:
    body = "".join(f"## {h}\n\n" + "".join(f"- {p}\n" for p in pts) + "\n" for h, pts in SECTIONS)
    return f"# Støðufrágreiðing nr. 1\n\n{sender}\n\n{body}{close}\n".encode()


def _word(sender: str, close: str) -> bytes:
    d = docx.Document()
    d.add_heading("Støðufrágreiðing nr. 1", level=1)
    d.add_paragraph(sender)
    for heading, points in SECTIONS:
        d.add_heading(heading, level=2)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    d.add_paragraph(close)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("make,name", [(_markdown, "r.md"), (_word, "r.docx")])
@pytest.mark.parametrize("language", list(REPORTS))
def test_sender_and_closing_lines_are_no_items(language: str, make, name: str) -> None:
    report = parse_bytes(make(*REPORTS[language]), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
