"""A letter's close whose signature is set in a table (the writer and the countersigner side by side) or is an image
has nothing readable under it: the close on a short line ending in a comma is then the last line of the letter, and
the copy list under the signature ("প্ৰতিলিপি:", "પ્રતિલિપિ:", "நகல்:", "Copy to:") closes the report too. In
Assamese, Bengali, Gujarati, Tamil and English, in Word (the signature in a table), in plain text and in HTML (the
signature an image)."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

LETTERS = {
    "assamese": (
        [("সামগ্ৰিক পৰিস্থিতি", ["বানপানীত ক্ষতিগ্ৰস্ত লোকৰ সংখ্যা: ২,৯১৮।"]), ("ব্যয়", ["মুঠ ব্যয়: ২.১০ লাখ টকা।"])],
        "আপোনাৰ বিশ্বাসী,",
        ("প্ৰতিলিপি:", ["১। জিলা দুৰ্যোগ ব্যৱস্থাপনা প্ৰাধিকৰণ", "২। অফিচ নথি"]),
    ),
    "bengali": (
        [("সার্বিক পরিস্থিতি", ["বন্যায় ক্ষতিগ্রস্ত মানুষের সংখ্যা: ৪,২১০।"]), ("খরচ", ["মোট খরচ: ৩.৫ লাখ টাকা।"])],
        "আপনার বিশ্বস্ত,",
        ("প্রতিলিপি:", ["১। জেলা প্রশাসক", "২। অফিস নথি"]),
    ),
    "gujarati": (
        [("એકંદર પરિસ્થિતિ", ["પૂરથી અસરગ્રસ્ત લોકોની સંખ્યા: ૧,૨૦૦."]), ("ખર્ચ", ["કુલ ખર્ચ: ૪.૨ લાખ રૂપિયા."])],
        "આપનો વિશ્વાસુ,",
        ("પ્રતિલિપિ:", ["૧. જિલ્લા કલેક્ટર", "૨. કચેરી ફાઇલ"]),
    ),
    "tamil": (
        [("பொது நிலவரம்", ["வெள்ளத்தால் பாதிக்கப்பட்டவர்கள்: 3,450."]), ("செலவு", ["மொத்த செலவு: ரூ. 6.2 லட்சம்."])],
        "தங்கள் உண்மையுள்ள,",
        ("நகல்:", ["1. மாவட்ட ஆட்சியர்", "2. அலுவலகக் கோப்பு"]),
    ),
    "english": (
        [("Overview", ["The river fell below the warning level overnight."]), ("Costs", ["Spend to date: £42,000."])],
        "Yours faithfully,",
        ("Copy to:", ["1. The District Emergency Officer", "2. Office file"]),
    ),
}


def _docx(sections, close, copies) -> bytes:
    d = docx.Document()
    for heading, points in sections:
        d.add_paragraph(heading, style="Heading 2")
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    d.add_paragraph(close)
    sign = d.add_table(rows=2, cols=2)
    for col, (name, post) in enumerate((("(R. Gogoi)", "Secretary"), ("(B. Das)", "President"))):
        sign.cell(0, col).text, sign.cell(1, col).text = name, post
    label, lines = copies
    d.add_paragraph().add_run(label).bold = True
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text(sections, close, copies) -> bytes:
    out = ["Situation report 3", ""]
    for heading, points in sections:
        out += [heading, *[f"- {p}" for p in points], ""]
    label, lines = copies
    out += [close, "", label, *lines]
    return "\n".join(out).encode()


def _html(sections, close, copies) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, points in sections)
    label, lines = copies
    body += f'<p>{close}</p><p><img src="signature.png" alt=""></p><p><b>{label}</b></p>'
    body += "".join(f"<p>{line}</p>" for line in lines)
    head = "<head><meta charset='utf-8'><title>Report</title></head>"
    return f"<!DOCTYPE html><html>{head}<body>{body}</body></html>".encode()


WRITERS = {"docx": _docx, "txt": _text, "html": _html}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("language", sorted(LETTERS))
def test_the_close_over_a_signature_table_and_the_copy_list_are_not_the_report(language: str, fmt: str) -> None:
    sections, close, copies = LETTERS[language]
    report = parse_bytes(WRITERS[fmt](sections, close, copies), f"letter.{fmt}")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_a_last_point_is_kept_when_no_close_ends_the_report(fmt: str) -> None:
    sections = [("Overview", ["The river fell below the warning level overnight."]), ("Next steps", ["Survey, clean,"])]
    report = parse_bytes(WRITERS[fmt](sections, "Review on Friday.", ("Copy to:", ["1. Office file"])), f"r.{fmt}")[0]
    assert [i.text for i in report.sections[-1].items][:1] == ["Survey, clean,"]
