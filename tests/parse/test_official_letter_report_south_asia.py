"""A district authority's report set as an official letter (Pakistan, India): the government's and the office's
names over the letter's number and date ("No. DDMA/Flood/2025/296 Dated: 24 August 2025"), then the report's
numbered name, its sections, the signing officer's post and office set bold, and whom copies go to. The numbered
name is the title, the letterhead, reference, signature and copy list are none of the report's points, the date is
read (in Urdu too, with Urdu month names), Urdu sections have their meanings and "تدارکی اقدامات:" leads a risk's
mitigation. In Word, Markdown and a web page, in Urdu and in English."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

URDU = {
    "head": ["حکومتِ پنجاب", "ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی، چناب آباد"],
    "ref": "نمبر: ڈی ڈی ایم اے/فلڈ/2025/296 مورخہ: 24 اگست 2025",
    "title": "روزانہ سیلابی صورتحال رپورٹ نمبر 3",
    "sections": [
        ("1۔ خلاصہ", ["دریائے چناب میں درمیانے درجے کا سیلاب ہے۔"]),
        ("2۔ جانی و مالی نقصانات", ["سیلاب سے 1,250 مکانات کو نقصان پہنچا ہے۔"]),
        ("3۔ خطرات", ["حفاظتی بند ٹوٹنے کا خطرہ زیر نگرانی ہے۔ تدارکی اقدامات: بند پر مشینری موجود ہے۔"]),
    ],
    "keys": ["highlights", "impacts", "risks"],
    "mitigation": "بند پر مشینری موجود ہے۔",
    "sign": ["ڈپٹی کمشنر / چیئرمین", "ضلعی ڈیزاسٹر مینجمنٹ اتھارٹی، چناب آباد"],
    "cc": "نقل برائے اطلاع: ڈائریکٹر جنرل پی ڈی ایم اے، کمشنر ڈویژن",
}
ENGLISH = {
    "head": ["Government of Punjab", "District Disaster Management Authority, Chenab Abad"],
    "ref": "No. DDMA/Flood/2025/296 Dated: 24 August 2025",
    "title": "Daily Flood Situation Report No. 3",
    "sections": [
        ("1. Summary", ["The Chenab is in medium flood."]),
        ("2. Losses", ["1,250 houses have been damaged by the flood."]),
        ("3. Risks", ["A breach of the flood bund is being monitored. Mitigation: machinery is on the bund."]),
    ],
    "keys": ["highlights", "impacts", "risks"],
    "mitigation": "machinery is on the bund.",
    "sign": ["Deputy Commissioner / Chairman", "District Disaster Management Authority, Chenab Abad"],
    "cc": "Copy for information: Director General PDMA, Commissioner",
}


def _word(lang: dict) -> bytes:
    d = docx.Document()
    for line in lang["head"]:
        p = d.add_paragraph()
        p.alignment = 1
        p.add_run(line).bold = True
    d.add_paragraph(lang["ref"])
    d.add_heading(lang["title"], level=1)
    for heading, points in lang["sections"]:
        d.add_heading(heading, level=2)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in lang["sign"]:
        d.add_heading(line, level=2)
    d.add_paragraph(lang["cc"])
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _markdown(lang: dict) -> bytes:
    out = [f"**{line}**  " for line in lang["head"]] + ["", lang["ref"], "", f"# {lang['title']}", ""]
    for heading, points in lang["sections"]:
        out += [f"## {heading}", "", *[f"- {p}" for p in points], ""]
    out += [f"## {line}" for line in lang["sign"]] + ["", lang["cc"], ""]
    return "\n".join(out).encode()


def _html(lang: dict) -> bytes:
    head = "".join(f"<p style='text-align:center'><b>{line}</b></p>" for line in lang["head"])
    body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, points in lang["sections"])
    sign = "".join(f"<h2>{line}</h2>" for line in lang["sign"])
    top = f"{head}<p>{lang['ref']}</p><h1>{lang['title']}</h1>"
    return f"<html><body>{top}{body}{sign}<p>{lang['cc']}</p></body></html>".encode()


@pytest.mark.parametrize("lang", [URDU, ENGLISH], ids=["urdu", "english"])
@pytest.mark.parametrize("write,name", [(_word, "report.docx"), (_markdown, "report.md"), (_html, "report.html")])
def test_the_letter_reads_as_its_report(lang, write, name) -> None:
    report = parse_bytes(write(lang), name)[0]
    assert report.title == lang["title"] and report.number == 3
    assert report.date.isoformat() == "2025-08-24"
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == lang["sections"]
    assert [s.key for s in report.sections if s.items] == lang["keys"]
    assert [s for s in report.sections if s.items][-1].items[0].mitigation == lang["mitigation"]
    assert not any(s.heading in lang["sign"] for s in report.sections)
