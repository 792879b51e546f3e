"""A PDF set right to left (Arabic, Persian, Hebrew) is read in its reading order: each line from its right
edge, its bullet at the right, a lam-alef ligature in its letters' order, and of two columns the right one
first. Printed from HTML with ``dir="rtl"``: an Arabic report with bullets, a Hebrew one with numbered
headings, a Persian one in two columns with Persian digits."""

from __future__ import annotations

import pytest
from weasyprint import HTML

from sitroom.read import parse_bytes

ARABIC = {
    "ملخص": ["عدد الأسر المتضررة: ١٢٥٠ أسرة.", "تم فتح 12 مركز إيواء في المدينة."],
    "الوضع الحالي": ["لا تزال الطرق الرئيسية مغلقة في الأحياء الشرقية."],
    "الخطوات التالية": ["اجتماع اللجنة القادم يوم الأحد."],
}
HEBREW = {
    "1. סיכום": ["מספר המשפחות שפונו: 340.", "נפתחו 4 מרכזי קליטה בעיר."],
    "2. מצב נוכחי": ["הכבישים הראשיים עדיין סגורים."],
    "3. צעדים הבאים": ["ישיבת המטה הבאה ביום ראשון."],
}
PERSIAN = {
    "خلاصه": ["تعداد خانوارهای آسیب‌دیده: ۱۲۵۰ خانوار.", "۱۲ مرکز اسکان اضطراری باز شده است."],
    "وضعیت کنونی": ["جاده‌های اصلی شرق شهر هنوز بسته است."],
    "اقدامات": ["توزیع ۳۴۰۰ بسته غذایی انجام شد."],
    "گام‌های بعدی": ["جلسه بعدی ستاد روز یکشنبه برگزار می‌شود."],
}


def _pdf(title: str, sections: dict[str, list[str]], lang: str, columns: int = 1) -> bytes:
    body = "".join(
        f"<h2>{heading}</h2><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        for heading, items in sections.items()
    )
    style = "font-family: DejaVu Sans; font-size: 11pt;"
    if columns > 1:
        body = f'<div style="column-count: {columns}; column-gap: 30pt">{body}</div>'
    html = f'<html dir="rtl" lang="{lang}"><body style="{style}"><h1>{title}</h1>{body}</body></html>'
    return HTML(string=html).write_pdf()


def _read(data: bytes) -> dict[str | None, list[str]]:
    report = parse_bytes(data, "report.pdf")[0]
    return {s.heading: [i.text for i in s.items] for s in report.sections if s.heading or s.items}


def _printed(sections: dict[str, list[str]]) -> dict[str, list[str]]:
    """The sections as the PDF holds them: the printer writes no zero-width non-joiner (Persian "آسیب‌دیده")
    into the page's text, only the gap it makes."""
    return {h.replace("\u200c", ""): [i.replace("\u200c", "") for i in items] for h, items in sections.items()}


@pytest.mark.parametrize(
    ("title", "sections", "lang"),
    [("تقرير الحالة رقم ٣", ARABIC, "ar"), ("דוח מצב מספר 3", HEBREW, "he"), ("گزارش وضعیت شماره ۳", PERSIAN, "fa")],
    ids=["arabic", "hebrew", "persian"],
)
def test_a_page_set_right_to_left_reads_in_its_reading_order(title: str, sections: dict, lang: str) -> None:
    assert _read(_pdf(title, sections, lang)) == _printed(sections)


def test_two_columns_set_right_to_left_read_the_right_one_first() -> None:
    assert _read(_pdf("گزارش وضعیت شماره ۳", PERSIAN, "fa", columns=2)) == _printed(PERSIAN)


@pytest.mark.parametrize(
    ("lang", "risk", "lead", "measure"),
    [
        ("ar", "خطر حدوث فيضان جديد تحت المراقبة.", "الإجراء:", "تفحص الفرق منسوب المياه كل يوم."),
        ("fa", "خطر سیل تازه زیر نظر است.", "اقدام:", "گروه‌ها هر روز سطح آب را بررسی می‌کنند."),
        ("he", "סכנת הצפה חדשה נמצאת במעקב.", "צעד:", "הצוותים בודקים את מפלס המים מדי יום."),
    ],
    ids=["arabic", "persian", "hebrew"],
)
def test_the_words_after_a_bold_lead_in_a_line_are_kept(lang: str, risk: str, lead: str, measure: str) -> None:
    # the run after the bold lead opens with a space and ends with its stop: neither edge is a letter of its
    # script, and the run was read as its stop alone
    item = f"{risk} <strong>{lead}</strong> {measure}"
    sections = {"ملخص" if lang != "he" else "סיכום": [item]}
    got = _read(_pdf("3", sections, lang))
    text = next(iter(got.values()))[0].replace("\u200c", "")
    assert text == f"{risk} {lead} {measure}".replace("\u200c", "")
