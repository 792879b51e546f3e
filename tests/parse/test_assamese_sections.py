"""Assamese is written in the Bengali script with letters of its own for r and w ("ৰ", "ৱ" where Bengali has "র",
"ব"): the words the two languages share, spelt so, name the same sections ("পৰিস্থিতি", "কৰ্মী আৰু নাও",
"পৰৱৰ্তী কাৰ্যসূচী"), and "আৰু" joins two names as "ও" does. In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

SECTIONS = [
    ("পৰিস্থিতি", "situation", ["ব্ৰহ্মপুত্ৰৰ পানী এতিয়াও বিপদসীমাৰ ওপৰেৰে বৈ আছে।"]),
    ("ক্ষয়-ক্ষতি", "impacts", ["পানীত বুৰ যোৱা গাঁৱৰ সংখ্যা: ১৫।"]),
    ("কৰ্মী আৰু নাও", "workforce", ["উদ্ধাৰৰ বাবে দেশী নাও ব্যৱহাৰ কৰা হৈছে।"]),
    ("ব্যয়", "finance", ["এতিয়ালৈকে হোৱা মুঠ ব্যয়: ২.১০ লাখ টকা।"]),
    ("বিপদাশংকা", "risks", ["ত্ৰাণ শিবিৰত পেটৰ অসুখ বিয়পাৰ আশংকা।"]),
    ("পৰৱৰ্তী কাৰ্যসূচী", "next-steps", ["৮ জুলাই তাৰিখৰ ভিতৰত ক্ষতিৰ জৰীপ সম্পূৰ্ণ কৰা হ'ব।"]),
]


@pytest.mark.parametrize(
    ("make", "name"),
    [(word_bold_lines, "r.docx"), (html_page, "r.html"), (markdown, "r.md")],
    ids=["docx", "html", "md"],
)
def test_assamese_headings_are_read_as_the_bengali_words_they_share(make, name: str) -> None:
    report = parse_bytes(make("বানপানী প্ৰতিবেদন ৩", SECTIONS), name)[0]
    assert [(s.heading, s.key) for s in report.sections] == [(h, k) for h, k, _ in SECTIONS]


@pytest.mark.parametrize(
    ("title", "number"),
    [("বানপানী প্ৰতিবেদন ৩", 3), ("বন্যা পরিস্থিতি প্রতিবেদন নং ৪", 4), ("बाढ़ स्थिति रिपोर्ट संख्या 2", 2),
     ("வெள்ள நிலவர அறிக்கை எண் 5", 5)],
)  # fmt: skip
def test_a_reports_name_and_number_in_an_indic_script_are_its_title(title: str, number: int) -> None:
    report = parse_bytes(word_bold_lines(title, SECTIONS), "r.docx")[0]
    assert (report.title, report.number) == (title, number)
    assert report.sections[0].heading == SECTIONS[0][0]
