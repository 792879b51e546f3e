"""A Cambodian provincial committee's report sent as an official letter: the national motto over an ornament typed
in a picture font ("3" in Tacteing), the committee, its number, "របាយការណ៍" and what it is about, "គោរពជូន" and the
addressee, the subject ("កម្មវត្ថុ៖"), the reference ("យោង៖") and the covering paragraph "… ដូចខាងក្រោម៖"; after the
sections, the request to note it ("អាស្រ័យ…"), the close ("… ទទួលនូវការគោរព …"), the dates, the governor's posts and
name and the copy list ("ចម្លងជូន៖"). None of the frame is an item; the sections are keyed and the risk mitigated.
In Word (the ornament a paragraph of its own) and in HTML."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from sitroom.read import parse_bytes

HEAD = ["ព្រះរាជាណាចក្រកម្ពុជា", "ជាតិ សាសនា ព្រះមហាក្សត្រ", "@ORNAMENT", "គណៈកម្មាធិការគ្រប់គ្រងគ្រោះមហន្តរាយ",
        "ខេត្តបាត់ដំបង", "លេខ៖ ២៧៦ គ.គ.ម.ខ", "@ORNAMENT", "របាយការណ៍", "ស្ដីពី ស្ថានភាពទឹកជំនន់ (លើកទី១)", "គោរពជូន",
        "ប្រធានគណៈកម្មាធិការជាតិគ្រប់គ្រងគ្រោះមហន្តរាយ",
        "កម្មវត្ថុ៖ ការរាយការណ៍ស្ដីពីស្ថានភាពទឹកជំនន់នៅខេត្តបាត់ដំបង។",
        "យោង៖ លិខិតណែនាំរបស់គណៈកម្មាធិការជាតិគ្រប់គ្រងគ្រោះមហន្តរាយ។",
        "តបតាមកម្មវត្ថុ និងយោងខាងលើ គណៈកម្មាធិការខេត្ត សូមគោរពជម្រាបជូននូវស្ថានភាពទឹកជំនន់ ដូចខាងក្រោម៖"]  # fmt: skip
RISK, MEASURE = "ហានិភ័យនៃជំងឺរាគរូសនៅទីតាំងសុវត្ថិភាព កំពុងត្រូវបានតាមដាន។", "ចែកទឹកស្អាត និងអប់រំអនាម័យ។"
SECTIONS = [
    ("១. សេចក្ដីសង្ខេប", "highlights", ["ទឹកជំនន់បានជន់លិច ៣ ស្រុក។"]),
    ("២. ស្ថានភាពបច្ចុប្បន្ន", "situation", ["កម្ពស់ទឹកទន្លេមាន ៨៥៣ សង់ទីម៉ែត្រ។"]),
    ("៣. ហានិភ័យ", "risks", [f"{RISK} វិធានការ៖ {MEASURE}"]),
    ("៤. ទិសដៅបន្ត", "next-steps", ["រៀបចំកិច្ចប្រជុំបូកសរុបការខូចខាតនៅថ្ងៃទី២២ ខែកញ្ញា។"]),
]
FOOT = ["អាស្រ័យដូចបានគោរពជម្រាបជូនខាងលើ សូមប្រធាន មេត្តាជ្រាបជាព័ត៌មាន។",
        "សូមប្រធាន មេត្តាទទួលនូវការគោរពដ៏ខ្ពង់ខ្ពស់អំពីយើងខ្ញុំ។", "ខេត្តបាត់ដំបង ថ្ងៃទី២១ ខែកញ្ញា ឆ្នាំ២០២៦",
        "អភិបាលខេត្ត", "សុខ លូ", "ចម្លងជូន៖", "- ក្រសួងមហាផ្ទៃ", "- ឯកសារ-កាលប្បវត្តិ"]  # fmt: skip


def _word() -> bytes:
    d = docx.Document()
    for line in HEAD:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if HEAD.index(line) < 9 else None
        if line == "@ORNAMENT":
            run = p.add_run("3")
            run.font.name, run.font.size = "Tacteing", Pt(26)
        else:
            p.add_run(line)
    for heading, _, points in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(f"- {point}")
    for line in FOOT:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    head = "".join(f"<p>{escape(line)}</p>" for line in HEAD if line != "@ORNAMENT")
    body = "".join(
        f"<p><b>{escape(h)}</b></p>" + "".join(f"<p>- {escape(p)}</p>" for p in pts) for h, _, pts in SECTIONS
    )
    foot = "".join(f"<p>{escape(line)}</p>" for line in FOOT)
    return f"<html><body>{head}{body}{foot}</body></html>".encode()


@pytest.mark.parametrize("make,name", [(_word, "r.docx"), (_html, "r.html")])
def test_the_letter_frame_is_no_part_of_the_report(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert report.sections[2].items[0].mitigation == MEASURE
