"""A report sent as an official letter: the reference, the addressee block, the subject line, the salutation and the
covering paragraph above its sections, and the request, the close, the signature, the endorsement and the copy list
below them, are the letter's. The subject names the report; none of the rest is a heading or an item.

Each letter is written in Word, as a web page and in Markdown, in English, Hindi and Bengali.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

LETTERS = {
    "en": {
        "head": ["Our ref: EPU/FL/2025/341\tDate: 4 August 2025", "To,", "The Chief Executive,", "County Hall."],
        "subject": ("Subject: ", "Daily flood situation report No. 3"),
        "salutation": "Dear Sir,",
        "covering": "With reference to the above subject, the flood situation as at 08:00 today is set out below.",
        "request": "I request that the above information be noted.",
        "close": "Yours faithfully,",
        "signature": ["Sd/-", "(Anil Kumar)", "Head of Emergency Planning", "Ref: EPU/FL/2025/341 Date: 4 August 2025"],
        "copies": "Copy to the following for information and necessary action:",
        "entries": ["Chief Constable, Northshire Police", "Director of Public Health"],
    },
    "hi": {
        "head": ["पत्रांक: बि.रा.आ.प्र.प्रा./बाढ़-2025/341\tदिनांक: 04.08.2025", "सेवा में,", "संयुक्त सचिव,", "नई दिल्ली।"],
        "subject": ("विषय:- ", "बिहार में बाढ़ की स्थिति पर दैनिक प्रतिवेदन (संख्या 3)"),
        "salutation": "महोदय,",
        "covering": "उपर्युक्त विषय के संबंध में सूचित करना है कि राज्य में बाढ़ की स्थिति निम्नवत है।",
        "request": "अनुरोध है कि उपर्युक्त सूचना को संज्ञान में लेने की कृपा की जाए।",
        "close": "भवदीय,",
        "signature": ["ह०/-", "(अनिल कुमार)", "संयुक्त सचिव", "ज्ञापांक: बि.रा.आ.प्र.प्रा./बाढ़-2025/341 दिनांक: 04.08.2025"],
        "copies": "प्रतिलिपि: निम्नलिखित को सूचनार्थ एवं आवश्यक कार्रवाई हेतु प्रेषित:-",
        "entries": ["मुख्य सचिव, बिहार", "सभी संबंधित जिलाधिकारी"],
    },
    "bn": {
        "head": ["স্মারক নং: ০৫.৪২.৯১০০.০০৬.৩৯.০০১.২৫-৩৪১", "তারিখ: ১৬ জুন ২০২৫"],
        "subject": ("বিষয়: ", "বন্যা পরিস্থিতি সংক্রান্ত দৈনিক প্রতিবেদন নং ৩"),
        "salutation": None,
        "covering": "উপর্যুক্ত বিষয়ের প্রেক্ষিতে সিলেট জেলার বন্যা পরিস্থিতির হালনাগাদ তথ্য নিম্নে দেওয়া হলো।",
        "request": None,
        "close": None,
        "signature": ["স্বাক্ষরিত/- ১৬.০৬.২০২৫ (মোঃ আব্দুল করিম) জেলা প্রশাসক, সিলেট ফোন: ০৮২১-৭১৬২০২"],
        "copies": "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):",
        "entries": ["সচিব, দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয়, ঢাকা।", "অফিস কপি।"],
    },
}
SECTIONS = {
    "1. Summary": ["Families displaced: 733.", "Water levels are falling slowly in the lower wards."],
    "2. Risks and mitigation": ["Waterborne disease in the camps remains the main concern this week."],
    "3. Workforce": ["Staff deployed: 2,379."],
}


def _lines(lang: str) -> list[tuple[str, str]]:
    """The letter as (kind, text): kind is "head" for the office's name, "bold", "para" or "entry"."""
    letter = LETTERS[lang]
    lines = [("head", "District Disaster Management Office")]
    lines += [("para", t) for t in letter["head"]]
    lines.append(("bold", "".join(letter["subject"])))
    lines += [("para", letter["salutation"])] if letter["salutation"] else []
    lines.append(("para", letter["covering"]))
    for heading, items in SECTIONS.items():
        lines.append(("bold", heading))
        lines += [("para", item) for item in items]
    lines += [("para", t) for t in (letter["request"], letter["close"]) if t]
    lines += [("para", t) for t in letter["signature"]]
    lines.append(("para", letter["copies"]))
    lines += [("entry", t) for t in letter["entries"]]
    return lines


def _docx(lang: str) -> bytes:
    document = docx.Document()
    for kind, text in _lines(lang):
        if kind == "entry":
            document.add_paragraph(text, style="List Number")
            continue
        run = document.add_paragraph().add_run(text)
        run.bold = kind in ("head", "bold")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _html(lang: str) -> bytes:
    tags = {"head": "<h1>{}</h1>", "bold": "<p><b>{}</b></p>", "para": "<p>{}</p>", "entry": "<li>{}</li>"}
    body = "".join(tags[kind].format(text) for kind, text in _lines(lang)).replace("<li>", "<ol><li>", 1)
    return f"<html><head><meta charset='utf-8'></head><body>{body}</ol></body></html>".encode()


def _markdown(lang: str) -> bytes:
    marks = {"head": "# {}", "bold": "**{}**", "para": "{}", "entry": "1. {}"}
    rows = [marks[kind].format(text) for kind, text in _lines(lang)]
    rows = [f"## {row[2:-2]}" if row[2:3].isdigit() else row for row in rows]  # the sections' headings
    return "\n\n".join(rows).encode()


WRITERS = {"docx": _docx, "html": _html, "md": _markdown}


@pytest.mark.parametrize("lang", list(LETTERS))
@pytest.mark.parametrize("fmt", list(WRITERS))
def test_the_letter_round_the_report_is_no_item(lang: str, fmt: str) -> None:
    report = parse_bytes(WRITERS[fmt](lang), f"letter.{fmt}")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert report.title == LETTERS[lang]["subject"][1]
    assert any("letter's head" in w for w in report.warnings)


def test_a_memo_without_salutation_keeps_its_opening_paragraph() -> None:
    text = (
        "Subject: Flood sitrep 3\n\nThe river peaked at 4.2 m overnight and 12 homes were flooded.\n\n"
        "1. Summary\n\nFamilies displaced: 733.\n\n2. Workforce\n\nStaff deployed: 2,379.\n"
    )
    report = parse_bytes(text.encode(), "memo.txt")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert "The river peaked at 4.2 m overnight and 12 homes were flooded." in items
    assert report.title == "Flood sitrep 3"


def test_a_close_followed_by_a_paragraph_is_no_letter_foot() -> None:
    text = (
        "1. Summary\n\nFamilies displaced: 733.\n\nYours faithfully,\n\n"
        "The centre will reopen the rest centre at the school on Monday if the river keeps falling as forecast.\n"
    )
    report = parse_bytes(text.encode(), "note.txt")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert any(t.startswith("The centre will reopen") for t in items)


def test_a_distribution_field_at_the_top_opens_no_copy_list() -> None:
    text = (
        "# Campus power failure – update 1\n\nDistribution: All staff and students\n\n## Summary\n\n"
        "- Power failed after a substation fault.\n\n## Next update\n\n- Next update on 6 February by 17:00.\n"
    )
    report = parse_bytes(text.encode(), "update.md")[0]
    assert [s.heading for s in report.sections] == ["Summary", "Next update"]
    assert [i.text for s in report.sections for i in s.items] == [
        "Power failed after a substation fault.",
        "Next update on 6 February by 17:00.",
    ]
