"""A report written as a letter in Chinese (Simplified and Traditional), Japanese, Korean, Thai, Hindi, Bengali
or Tamil: the greeting or the addressee's line opening it and the close and signature ending it ("特此报告。",
"以上", "감사합니다", "จึงเรียนมาเพื่อโปรดทราบ…", "भवदीय,", "ह०/-", "বিনীত") are the letter's, not the report's
items.

Two layouts: plain text and Markdown.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes
from sitroom.text.reportnames import names_numbered_report
from sitroom.text.salutations import is_greeting, is_sign_off
from sitroom.text.signoffs import opens_signature

LETTERS = {
    "zh": ("敬启者：", "特此报告。", "县应急管理局"),
    "zh-tw": ("各位長官、同仁，您好：", "此致", "花蓮縣災害應變中心"),
    "ja": ("拝啓", "以上", "防災対策課"),
    "ko": ("안녕하십니까", "감사합니다", "재난안전상황실"),
    "th": ("เรียน ผู้ว่าราชการจังหวัด", "จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการ", "(นายสมชาย ใจดี)"),
    "hi": ("महोदय,", "भवदीय,", "(अनिल कुमार)"),
    "bn": ("মহোদয়,", "বিনীত", "(মোঃ আব্দুল করিম)"),
    "ta": ("அன்புடையீர்,", "இப்படிக்கு,", "மாவட்ட ஆட்சியர்"),
}
TITLE = "SITREP 2 – DISTRICT DISASTER CENTRE"
SECTIONS = {
    "SUMMARY": ["Families displaced: 733.", "No deaths reported so far."],
    "NEXT STEPS": ["The centre meets again on 5 March."],
}


def _text(lang: str, layout: str) -> str:
    greeting, close, signer = LETTERS[lang]
    mark = "## " if layout == "md" else ""
    body = "\n\n".join(f"{mark}{h}\n\n" + "\n".join(f"- {p}" for p in pts) for h, pts in SECTIONS.items())
    title = f"# {TITLE}" if layout == "md" else TITLE
    return f"{greeting}\n\n{title}\n\n{body}\n\n{close}\n\n{signer}\n"


@pytest.mark.parametrize("lang", list(LETTERS))
def test_greeting_and_close_are_recognised(lang: str) -> None:
    greeting, close, _ = LETTERS[lang]
    assert is_greeting(greeting)
    assert is_sign_off(close) or opens_signature(close)


@pytest.mark.parametrize("lang", list(LETTERS))
@pytest.mark.parametrize("layout", ["txt", "md"])
def test_letter_furniture_is_no_item(lang: str, layout: str) -> None:
    report = parse_bytes(_text(lang, layout).encode(), f"sitrep.{layout}")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS


@pytest.mark.parametrize("text", ["各位同仁辛苦了，本次降雨造成多处积水。", "เรียนรู้จากเหตุการณ์", "以上游水库泄洪为主"])
def test_sentences_are_no_greeting_or_close(text: str) -> None:
    assert not is_sign_off(text)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("วันที่ ๑๕ กันยายน ๒๕๖๘", "2025-09-15"),
        ("दिनांक 04 अगस्त 2025", "2025-08-04"),
        ("১৬ জুন ২০২৫", "2025-06-16"),
        ("15 ஜூலை 2025", "2025-07-15"),
    ],
)
def test_dates_in_thai_and_indic_months(line: str, day: str) -> None:
    text = f"{line}\n\n## SUMMARY\n\n- Families displaced: 733.\n"
    assert str(parse_bytes(text.encode(), "sitrep.md")[0].date) == day


@pytest.mark.parametrize(
    "name",
    [
        "有关情况的报告（第1期）",
        "被害状況等について（第3報）",
        "집중호우 대처 상황보고(제3보)",
        "รายงานสถานการณ์อุทกภัย ครั้งที่ ๑",
        "दैनिक प्रतिवेदन (संख्या 1)",
        "দৈনিক প্রতিবেদন নং ১",
        "வெள்ள நிலை அறிக்கை எண் 1",
    ],
)
def test_report_names_with_their_numbers(name: str) -> None:
    assert names_numbered_report(name)
    assert not names_numbered_report(name + "。")
