"""An Arabic official letter carrying a report: its head and its close are the letter's, not the report's.

Under the letterhead stand the date ("التاريخ: …", often with the Hijri date beside it), whom it goes to ("إلى: …"),
the subject with its article ("الموضوع: …"), the greeting ("تحية طيبة وبعد،،،") and the covering sentence that hands
the report over ("نرفع إليكم التقرير … كالتالي:"). After the last section: the close, its commas tripled ("وتفضلوا
بقبول فائق الاحترام والتقدير،،،", "والله الموفق،،،"), the signature, and the copy list ("نسخة:", "صورة إلى:").

Layouts: Word (python-docx, right to left), plain text as Notepad saves it (Windows-1256, CRLF) and an HTML page.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_bytes

HEAD = [
    "بلدية الوادي الأخضر",
    "لجنة الطوارئ",
    "التاريخ: 3/8/2026م        الموافق: 9/2/1448هـ",
    "إلى: غرفة عمليات الطوارئ في المحافظة",
    "الموضوع: التقرير اليومي رقم (2) حول انقطاع المياه",
    "تحية طيبة وبعد،،،",
    "نرفع إليكم التقرير اليومي رقم (2) حول انقطاع المياه في البلدة، وهو كالتالي:",
]
SECTIONS = [
    ("أولاً: الملخص", ["انقطعت المياه عن الأحياء الشرقية منذ ثلاثة أيام.", "عدد الأسر المتضررة: 640."]),
    ("ثانياً: الإجراءات", ["وزعت البلدية 40 صهريجاً على الأحياء المتضررة.", "تم إصلاح الخط الرئيسي جزئياً."]),
    ("ثالثاً: الخطوات القادمة", ["استكمال إصلاح الخط الرئيسي قبل 6 أغسطس."]),
]  # fmt: skip


def _foot(close: str, copy: str) -> list[str]:
    return [close, "رئيس البلدية", "م. سامي خليل", f"{copy}:", "وزارة الحكم المحلي", "سلطة المياه", "الملف"]


def _lines(close: str, copy: str) -> list[tuple[str, str]]:
    out = [("p", line) for line in HEAD]
    for name, points in SECTIONS:
        out += [("h", name), *(("li", p) for p in points)]
    return out + [("p", line) for line in _foot(close, copy)]


def _word() -> bytes:
    d = docx.Document()
    for kind, text in _lines("وتفضلوا بقبول فائق الاحترام والتقدير،،،", "نسخة"):
        p = d.add_paragraph(("- " if kind == "li" else "") + text)
        p.paragraph_format.alignment = 2  # right, as a right-to-left letter sets it
        if kind == "h":
            p.runs[0].bold = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _plain() -> bytes:
    # the blocks of the letter parted by blank lines, as its writer types them
    out = [*HEAD[:2], "", *HEAD[2:5], "", HEAD[5], "", HEAD[6]]
    for name, points in SECTIONS:
        out += ["", name, *(f"- {p}" for p in points)]
    foot = _foot("والله الموفق،،،", "صورة إلى")
    out += ["", foot[0], "", *foot[1:3], "", *foot[3:]]
    return "\r\n".join(out).encode("cp1256")


def _html() -> bytes:
    tags = {"p": "<p>{}</p>", "h": "<p><b>{}</b></p>", "li": "<p>- {}</p>"}
    body = "".join(tags[k].format(t) for k, t in _lines("مع فائق الاحترام والتقدير،،", "نسخة إلى"))
    return f'<html dir="rtl" lang="ar"><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()


LAYOUTS = {"word": (_word, "letter.docx"), "plain text": (_plain, "letter.txt"), "html": (_html, "letter.html")}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_only_the_reports_points_are_items(layout: str) -> None:
    make, name = LAYOUTS[layout]
    report = parse_bytes(make(), name)[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS


@pytest.mark.parametrize(
    ("heading", "key"),
    # two names joined by the "and" Arabic writes onto the second word: either name is read, with its article
    [("الكلفة والتمويل", "finance"), ("العناصر والمتطوعون", "workforce"), ("الحرائق والتمويل", "finance")],
)
def test_a_name_after_the_joined_and_is_read(heading: str, key: str) -> None:
    assert classify_heading(heading)[0].value == key


def test_a_short_word_opening_with_those_letters_is_its_own() -> None:
    assert classify_heading("والي المحافظة")[0] is None  # the governor


@pytest.mark.parametrize(
    ("heading", "key"),
    # the rain as it stands, the effect on the citizens, the field teams and equipment, the works planned
    [("الحالة المطرية", "situation"), ("ج- الأثر على المواطنين", "impacts"), ("الفرق والمعدات الميدانية", "workforce"),
     ("الأعمال المخطط لها", "next-steps")],
)  # fmt: skip
def test_more_arabic_names(heading: str, key: str) -> None:
    assert classify_heading(heading)[0].value == key


def test_a_system_s_generated_line_is_the_service_s() -> None:
    from sitroom.parse.message import is_service_notice

    assert is_service_notice("تم إنشاء هذا التقرير آلياً من نظام إدارة الطوارئ والبلاغات")
