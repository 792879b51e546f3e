"""A district unit's report sent as a letter set the Sri Lankan way: the letterhead, the letter's own
number over its date ("මගේ අංකය: … දිනය: …", "My No.: … Date: …"), the addressee's lines (a post, an
office, a street, a town), the subject as a bold heading naming the report with no label, a table of
figures (in Word under its caption, set smaller than the text, its hour in brackets), the numbered
sections; then the request to note the report ("ඉහත කරුණු … දැනගැනීම සඳහා ඉදිරිපත් කරමි.", "The
above is submitted for your kind information."), the signer's name, post and office with no close,
and the copies ("පිටපත්:"). None of the frame is an item; the subject titles the report, the
sections are keyed and the risk mitigated ("ගත් පියවර:"). In Sinhala and in English, in Word and in
HTML."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest
from docx.shared import Pt

from sitroom.read import parse_bytes

LETTERS = {
    "sinhala": {
        "head": ["ආපදා කළමනාකරණ මධ්‍යස්ථානය", "දිස්ත්‍රික් ආපදා කළමනාකරණ සම්බන්ධීකරණ ඒකකය - කෑගල්ල"],
        "reference": "මගේ අංකය: DMC/කෑගල්ල/ගං/2026/103 දිනය: 2026.06.03",
        "address": ["අධ්‍යක්ෂ ජනරාල්,", "ආපදා කළමනාකරණ මධ්‍යස්ථානය,", "විද්‍යා මාවත,", "කොළඹ 07."],
        "subject": "කෑගල්ල දිස්ත්‍රික්කයේ ගංවතුර තත්ත්වය - වාර්තා අංක 03",
        "caption": "ප්‍රාදේශීය ලේකම් කොට්ඨාස අනුව බලපෑම (පැය 16.00 ට)",
        "sections": [
            ("01. සාරාංශය", "highlights", ["පුද්ගලයින් 24,401 දෙනෙකු ආපදාවෙන් බලපෑමට ලක් වී ඇත."]),
            ("02. සහන සැලසීම", "assistance", ["පවුල් 4,479 කට වියළි ආහාර සලාක ලබා දී ඇත."]),
            ("03. මානව සම්පත්", "workforce", ["නාවික හමුදා බෝට්ටු 10 ක් යොදවා ඇත."]),
            ("04. අවදානම්", "risks", ["ඩෙංගු පැතිරීමේ අවදානම වැඩි වෙමින් පවතී. ගත් පියවර: මදුරු මර්දන වැඩසටහන් ක්‍රියාත්මකයි."]),
            ("05. ඉදිරි කටයුතු", "next-steps", ["ජූනි 5 දින දිස්ත්‍රික් කමිටුව රැස් වේ."]),
        ],
        "mitigation": "මදුරු මර්දන වැඩසටහන් ක්‍රියාත්මකයි.",
        "foot": ["ඉහත කරුණු කාරුණිකව ඔබගේ දැනගැනීම සඳහා ඉදිරිපත් කරමි.", "කේ. ඒ. රුවන් බණ්ඩාර", "සහකාර අධ්‍යක්ෂ",
                 "දිස්ත්‍රික් ආපදා කළමනාකරණ සම්බන්ධීකරණ ඒකකය, කෑගල්ල."],
        "copies": ["පිටපත්:", "දිස්ත්‍රික් ලේකම්, කෑගල්ල.", "ලේකම්, ආරක්ෂක අමාත්‍යාංශය."],
    },
    "english": {
        "head": ["Disaster Management Centre", "District Disaster Management Coordination Unit - Kegalle"],
        "reference": "My No.: DMC/KEG/FL/2026/103 Date: 2026.06.03",
        "address": ["Director General,", "Disaster Management Centre,", "Vidya Mawatha,", "Colombo 07."],
        "subject": "Kegalle District flood situation - Report No. 03",
        "caption": "Impact by Divisional Secretariat (as at 16.00)",
        "sections": [
            ("01. Summary", "highlights", ["24,401 people have been affected by the floods."]),
            ("02. Relief", "assistance", ["Dry rations were given to 4,479 families."]),
            ("03. Human resources", "workforce", ["10 navy boats are deployed for rescue work."]),
            ("04. Risks", "risks", ["The risk of dengue spreading is rising. Mitigation: mosquito control drives."]),
            ("05. Next steps", "next-steps", ["The district committee meets on 5 June."]),
        ],
        "mitigation": "mosquito control drives.",
        "foot": ["The above is submitted for your kind information.", "K. A. Ruwan Bandara", "Assistant Director",
                 "District Disaster Management Coordination Unit, Kegalle."],
        "copies": ["Copies:", "District Secretary, Kegalle.", "Secretary, Ministry of Defence."],
    },
}  # fmt: skip
FIGURES = [("Division", "Families", "People"), ("Ruwanwella", "1,204", "4,310"), ("Yatiyantota", "842", "3,020")]


def _word(letter: dict) -> bytes:
    d = docx.Document()
    for n, line in enumerate(letter["head"]):
        run = d.add_paragraph().add_run(line)
        run.bold, run.font.size = True, Pt(14 - 2 * n)
    d.add_paragraph(letter["reference"])
    for line in letter["address"]:
        d.add_paragraph(line)
    subject = d.add_paragraph().add_run(letter["subject"])
    subject.bold = subject.underline = True
    caption = d.add_paragraph().add_run(letter["caption"])
    caption.bold, caption.font.size = True, Pt(10)
    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in FIGURES:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for heading, _, points in letter["sections"]:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in letter["foot"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run(letter["copies"][0]).bold = True
    for line in letter["copies"][1:]:
        d.add_paragraph(line, style="List Number")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(letter: dict) -> bytes:
    head = "".join(f"<p><b>{escape(line)}</b></p>" for line in letter["head"])
    address = "".join(f"<p>{escape(line)}</p>" for line in [letter["reference"], *letter["address"]])
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in FIGURES)
    body = "".join(
        f"<p><b>{escape(h)}</b></p><ul>{''.join(f'<li>{escape(p)}</li>' for p in pts)}</ul>"
        for h, _, pts in letter["sections"]
    )
    foot = "".join(f"<p>{escape(line)}</p>" for line in letter["foot"])
    copies = f"<p><b>{escape(letter['copies'][0])}</b></p><ol>"
    copies += "".join(f"<li>{escape(line)}</li>" for line in letter["copies"][1:]) + "</ol>"
    return (
        f"<html><body>{head}{address}<p><b><u>{escape(letter['subject'])}</u></b></p>"
        f"<table>{rows}</table>{body}{foot}{copies}</body></html>"
    ).encode()


@pytest.mark.parametrize("make,name", [(_word, "r.docx"), (_html, "r.html")])
@pytest.mark.parametrize("language", list(LETTERS))
def test_the_letter_frame_is_no_part_of_the_report(language: str, make, name: str) -> None:
    letter = LETTERS[language]
    report = parse_bytes(make(letter), name)[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == letter["sections"]
    assert report.title == letter["subject"]
    assert report.sections[3].items[0].mitigation == letter["mitigation"]
