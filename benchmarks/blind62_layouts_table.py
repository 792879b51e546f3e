"""Table writer of the ``blind62_layouts`` set (python-docx): a Bangladeshi upazila health complex's daily flood
report, a government letter whose report is one ruled table.

An upazila health complex of Bangladesh in a flash flood: the daily report of the upazila health and family planning
officer (UH&FPO) to the civil surgeon, typed in Word in Nikosh, the Unicode Bengali font the government prescribes,
on the government letter's form — the emblem, "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", the office and the complex centred
with the e-mail address, "স্মারক নং: …" with its long numeric code at the left and "তারিখ:" at the right with the
date twice, in the Bengali calendar over a rule and in the Gregorian under it ("০২ আষাঢ় ১৪৩৩ বঙ্গাব্দ" /
"১৬ জুন ২০২৬ খ্রিস্টাব্দ"), "বিষয়:" in bold, "সূত্র:", the opening sentence, then the report as one ruled table
"ক্রমিক নং | বিবরণ": each section a shaded row merged across both columns holding its number and name in bold
("১. সংক্ষিপ্ত বিবরণ"), each point a row of its own with its serial ("১.১") and its text, "গৃহীত ব্যবস্থা:" in bold
in a risk's row; the closing sentence, the officer's signature block (name in brackets, post, upazila, mobile and
e-mail), "প্রাপক:" and the civil surgeon after the signature as the Secretariat Instructions place it, the memo
number again with "অনুলিপি …(জ্যেষ্ঠতার ক্রমানুসারে নয়):" and its list, and the signature again. Every figure in
Bengali digits: "৩.৭৪ কোটি টাকা", "১,২৫,০০০", "১৬ জুন", "(পূর্ববর্তী প্রতিবেদন: ৫)", each sentence closed by "।".
"""

from __future__ import annotations

import io
import zlib
from datetime import date, timedelta

from blind7_layouts_content import report_day
from blind46_layouts_word import _save, _shade, _widths
from blind47_layouts_word import logo
from blind61_layouts_word import _bold, _borderless, _centred, _script
from blind62_layouts_banks_east import BONNA
from blind62_layouts_content import MASH, bengali, parts
from council_layouts_gold import Doc
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

W = nsdecls("w")
BANGLA = ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র")


def bangla_day(day: date) -> tuple[int, int, int]:
    """(day, month index, year) in Bangladesh's revised Bengali calendar: the year opens on 14 April, its first six
    months have 31 days, Falgun 30 in a leap year (29 otherwise) and the others 30."""
    y = day.year if (day.month, day.day) >= (4, 14) else day.year - 1
    n = (day - date(y, 4, 14)).days
    leap = (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0)
    for m, length in enumerate((31,) * 6 + (30,) * 4 + (30 if leap else 29, 30)):
        if n < length:
            return n + 1, m, y - 593
        n -= length
    raise ValueError(day)


def _date_block(cell, when) -> None:
    """The date block: "তারিখ:" and the date in the Bengali calendar over a rule, the Gregorian under it."""
    bd, bm, by = bangla_day(when.date())
    p = cell.paragraphs[0]
    p.add_run("তারিখ: ")
    p.add_run(bengali(f"{bd:02d} {BANGLA[bm]} {by} বঙ্গাব্দ"))
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="single" w:sz="6" w:space="1" '
                                           'w:color="000000"/></w:pBdr>'))  # fmt: skip
    q = cell.add_paragraph(bengali(f"{when.day:02d} {MASH[when.month - 1]} {when.year} খ্রিস্টাব্দ"))
    q.paragraph_format.left_indent = Cm(1.2)


UHC = (
    ("দোয়ারাবাজার", "সুনামগঞ্জ", "সিলেট", "ডা. মোহাম্মদ রফিকুল ইসলাম", "dowarabazar.sunamganj", "৯০২৯"),
    ("কোম্পানীগঞ্জ", "সিলেট", "সিলেট", "ডা. তাহমিনা আক্তার", "companiganj.sylhet", "৯১৫৩"),
    ("কলমাকান্দা", "নেত্রকোণা", "ময়মনসিংহ", "ডা. এ. কে. এম. শামসুল হক", "kalmakanda.netrokona", "৭২৪০"),
    ("চিলমারী", "কুড়িগ্রাম", "রংপুর", "ডা. মোছা. নাসরিন সুলতানা", "chilmari.kurigram", "৪৯০৬"),
)
NIKOSH = "Nikosh"


def docx_nikosh_uhc_bonna_bd(doc: Doc) -> bytes:
    """The complex's flood report as the Word letter sent to the civil surgeon."""
    when = report_day(doc)
    upazila, district, division, officer, host, code = UHC[BONNA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    memo = f"স্মারক নং: ৪৫.০১.{code}.০০০.০৬.০০১.২৬-{bengali(300 + doc.number * 4 + h % 3)}"
    d = Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin = Cm(2.5), Cm(2), Cm(1.5)
    _script(d, NIKOSH, 12, "bn-BD")
    p = _centred(d, "")
    p.add_run().add_picture(io.BytesIO(logo((0, 106, 78), "GoB")), width=Cm(1.6))
    _centred(d, "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", False, 13)
    _centred(d, "উপজেলা স্বাস্থ্য ও পরিবার পরিকল্পনা কর্মকর্তার কার্যালয়", True, 14)
    _centred(d, f"উপজেলা স্বাস্থ্য কমপ্লেক্স, {upazila}, {district}।")
    _centred(d, f"ই-মেইল: uhfpo@{host}.dghs.gov.bd", after=8)
    t = _borderless(d, (Cm(9.5), Cm(7)))
    t.rows[0].cells[0].paragraphs[0].add_run(memo)
    _date_block(t.rows[0].cells[1], when)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.5), Cm(-1.5)
    _bold(p, f"বিষয়:\tবন্যা পরিস্থিতি ও স্বাস্থ্যসেবা সংক্রান্ত দৈনিক প্রতিবেদন (প্রতিবেদন নং-{bengali(doc.number)}) "
             "প্রেরণ প্রসঙ্গে।")  # fmt: skip
    p = d.add_paragraph()
    p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.5), Cm(-1.5)
    since = when - timedelta(days=doc.number + 2)
    p.add_run(f"সূত্র:\tসিভিল সার্জন, {district}-এর স্মারক নং-৪৫.০১.{code[:2]}০০.০০০.০৬.০০১.২৬-"
              f"{bengali(110 + h % 40)}, তারিখ: {bengali(f'{since:%d.%m.%Y}')} খ্রি.।")  # fmt: skip
    p = d.add_paragraph(
        f"উপর্যুক্ত বিষয় ও সূত্রের পরিপ্রেক্ষিতে জানানো যাচ্ছে যে, {upazila} উপজেলার বন্যা পরিস্থিতি ও "
        f"স্বাস্থ্যসেবা সংক্রান্ত {bengali(when.day)} {MASH[when.month - 1]} {bengali(when.year)} তারিখ সকাল ৮টা "
        "পর্যন্ত তথ্য নিম্নের ছকে উপস্থাপন করা হলো:"
    )
    p.alignment, p.paragraph_format.first_line_indent = WD_ALIGN_PARAGRAPH.JUSTIFY, Cm(1.25)
    rows = 1 + sum(1 + len(s.items) for s in doc.sections)
    t = d.add_table(rows=rows, cols=2)
    t.style, t.alignment = "Table Grid", WD_TABLE_ALIGNMENT.CENTER
    _widths(t, (Cm(2.2), Cm(14.3)))
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
    for cell, text in zip(t.rows[0].cells, ("ক্রমিক নং", "বিবরণ"), strict=True):
        _shade(cell, "BFBFBF")
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bold(cell.paragraphs[0], text)
    r = 1
    for k, s in enumerate(doc.sections, 1):
        cell = t.rows[r].cells[0].merge(t.rows[r].cells[1])
        _shade(cell, "E2EFDA")
        _bold(cell.paragraphs[0], s.heading)
        r += 1
        for n, it in enumerate(s.items, 1):
            num, text = t.rows[r].cells
            num.paragraphs[0].add_run(bengali(f"{k}.{n}"))
            num.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            risk, lead, rest = parts(it, "bd")
            text.paragraphs[0].add_run(risk if lead else it.text)
            if lead:
                text.paragraphs[0].add_run(" ")
                _bold(text.paragraphs[0], lead)
                text.paragraphs[0].add_run(f" {rest}")
            r += 1
    p = d.add_paragraph("বিষয়টি সদয় অবগতি ও পরবর্তী প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো।")
    p.paragraph_format.space_before, p.paragraph_format.first_line_indent = Pt(8), Cm(1.25)
    signature = (f"({officer})", "উপজেলা স্বাস্থ্য ও পরিবার পরিকল্পনা কর্মকর্তা", f"{upazila}, {district}।")
    for line in ("", "", *signature, f"মোবাইল: ০১৭{bengali(h % 90 + 10)}-{bengali(h % 900000 + 100000)}",
                 f"ই-মেইল: uhfpo@{host}.dghs.gov.bd"):  # fmt: skip
        p = d.add_paragraph(line)
        p.alignment, p.paragraph_format.left_indent = WD_ALIGN_PARAGRAPH.CENTER, Cm(8.5)
        p.paragraph_format.space_after = Pt(0)
    _bold(d.add_paragraph(), "প্রাপক:")
    for line in ("সিভিল সার্জন", f"{district}।"):
        d.add_paragraph(line).paragraph_format.left_indent = Cm(1)
    t = _borderless(d, (Cm(9.5), Cm(7)))
    t.rows[0].cells[0].paragraphs[0].add_run(f"{memo}/১(৪)")
    _date_block(t.rows[0].cells[1], when)
    d.add_paragraph("সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য অনুলিপি প্রেরণ করা হলো (জ্যেষ্ঠতার ক্রমানুসারে নয়):")
    for k, line in enumerate((f"পরিচালক (স্বাস্থ্য), {division} বিভাগ, {division}।",
                              "পরিচালক, হেলথ ইমার্জেন্সি অপারেশন সেন্টার ও কন্ট্রোল রুম, স্বাস্থ্য অধিদপ্তর, মহাখালী, "
                              "ঢাকা।", f"উপজেলা নির্বাহী অফিসার, {upazila}, {district}।", "অফিস কপি।"), 1):  # fmt: skip
        d.add_paragraph(f"{bengali(k)}। {line}").paragraph_format.left_indent = Cm(0.75)
    for line in ("", "", *signature):
        p = d.add_paragraph(line)
        p.alignment, p.paragraph_format.left_indent = WD_ALIGN_PARAGRAPH.CENTER, Cm(8.5)
        p.paragraph_format.space_after = Pt(0)
    d.core_properties.author, d.core_properties.language = "UH&FPO", "bn-BD"
    d.core_properties.title = f"বন্যা প্রতিবেদন {bengali(doc.number)}"
    return _save(d)
