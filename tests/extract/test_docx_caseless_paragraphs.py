"""A plain short paragraph in a script without capitals (Thai, Arabic, Hebrew, Hindi) is not "set in
capitals": under a bold heading it is the section's text, not a heading of its own."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

CASES = {
    "th": ("๒. สถานการณ์ปัจจุบัน", "ระดับน้ำในแม่น้ำสายหลักเริ่มลดลง แต่พื้นที่ลุ่มต่ำยังมีน้ำท่วมขัง"),
    "ar": ("٢. الوضع الحالي", "بدأ منسوب المياه في الأنهار الرئيسية بالانخفاض"),
    "hi": ("2. वर्तमान स्थिति", "प्रमुख नदियों का जलस्तर घटने लगा है"),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_plain_short_paragraph_is_the_sections_text(lang: str) -> None:
    heading, text = CASES[lang]
    d = docx.Document()
    d.add_paragraph("Report 2")
    d.add_paragraph().add_run(heading).bold = True
    d.add_paragraph(text)
    d.add_paragraph().add_run("3. " + heading[3:]).bold = True
    d.add_paragraph(text + " ٣")
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "r.docx")[0]
    assert text not in [s.heading for s in report.sections]
    assert [i.text for s in report.sections if s.heading == heading for i in s.items] == [text]
