"""Web writer of the ``blind25_layouts`` set: a Bangladeshi district administration's daily flood report published as a
notice on the district's page of the national portal (the template every district and upazila site of Bangladesh
shares), saved from the browser — the top bar with "বাংলাদেশ জাতীয় তথ্য বাতায়ন", the language switch and the search,
the district's name and the office under the logo, the main menu with its drop-down lists, the breadcrumbs, the
notice's ``<h2>`` title and its date, then the letter pasted into the editor: "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", the
office and the branch, "স্মারক নং: …" at the left and the date in the Bengali and the Gregorian calendars at the right
("তারিখ: ০৪ আষাঢ় ১৪৩২ বঙ্গাব্দ" over "১৮ জুন ২০২৫ খ্রিস্টাব্দ"), "বিষয়:" in bold, the headings bold paragraphs
numbered by hand "১। সংক্ষিপ্ত বিবরণ" (a Bengali digit and the dari), the points ``<li>`` of ``<ol
style="list-style-type: bengali">`` (the browser numbers them "১.", "২."), the situation as justified ``<p>``,
"<strong>গৃহীত ব্যবস্থা:</strong>" inside a risk's entry, under the damage a table of upazilas with a "মোট" row, the
deputy commissioner's signature block, "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):" and its ``<ol>`` of recipients, the
attachment's link; a sidebar of emergency hotlines and the notice board under ``<h3>`` headings of their own, and the
portal's footer; Bengali digits and the Indian grouping throughout, "৬৮,৮০৮", "৪,৬৩,০০০ টাকা", "২০ জুন").
"""

from __future__ import annotations

import zlib
from datetime import date
from html import escape

from blind7_layouts_content import report_day
from blind25_layouts_content import BENGALI_DIGITS, MASH, indian, split_lead
from council_layouts_gold import Doc, Item

BONGABDO = ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র")
DISTRICTS = {
    "সিলেট": ("sylhet", "মোঃ আব্দুল করিম", "০৮২১-৭১৬২০২", ("কোম্পানীগঞ্জ", "গোয়াইনঘাট", "জৈন্তাপুর", "কানাইঘাট")),
    "কুড়িগ্রাম": ("kurigram", "নুসরাত জাহান", "০৫৮১-৬১৫০১", ("চিলমারী", "উলিপুর", "রৌমারী", "নাগেশ্বরী")),
    "সুনামগঞ্জ": ("sunamganj", "মোঃ রাশেদুল ইসলাম", "০৮৭১-৬১৩৩০", ("তাহিরপুর", "ছাতক", "দোয়ারাবাজার", "বিশ্বম্ভরপুর")),
    "ফেনী": ("feni", "শাহীনা আক্তার", "০৩৩১-৭৪০০১", ("ফুলগাজী", "পরশুরাম", "ছাগলনাইয়া", "দাগনভূঞা")),
}
MENU = (("জেলা সম্পর্কিত", ("এক নজরে জেলা", "ভৌগোলিক পরিচিতি", "ঐতিহাসিক পটভূমি")),
        ("সরকারি অফিস", ("জেলা প্রশাসকের কার্যালয়", "উপজেলা নির্বাহী অফিস", "জেলা ত্রাণ ও পুনর্বাসন অফিস")),
        ("ই-সেবা", ("ই-নথি", "জাতীয় তথ্য বাতায়ন", "অনলাইন আবেদন")), ("গ্যালারি", ("ফটোগ্যালারি", "ভিডিও গ্যালারি")))  # fmt: skip
HOTLINES = (("জাতীয় জরুরি সেবা", "৯৯৯"), ("জাতীয় তথ্য বাতায়ন কল সেন্টার", "৩৩৩"), ("দুর্যোগের আগাম বার্তা", "১০৯০"),
            ("নারী ও শিশু নির্যাতন প্রতিরোধে", "১০৯"))  # fmt: skip
RECIPIENTS = ("সচিব, দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয়, বাংলাদেশ সচিবালয়, ঢাকা।",
              "মহাপরিচালক, দুর্যোগ ব্যবস্থাপনা অধিদপ্তর, মহাখালী, ঢাকা।", "বিভাগীয় কমিশনার, {division}।",
              "উপজেলা নির্বাহী অফিসার (সকল), {district}।", "অফিস কপি।")  # fmt: skip


def bn(text: str) -> str:
    return text.translate(BENGALI_DIGITS)


def bangla_date(day: date) -> str:
    """``day`` in the Bangladeshi revised Bengali calendar: the year from 14 April, six months of 31 days first."""
    start = date(day.year if day >= date(day.year, 4, 14) else day.year - 1, 4, 14)
    year = start.year - 593
    left = (day - start).days
    leap = (start.year + 1) % 4 == 0 and ((start.year + 1) % 100 != 0 or (start.year + 1) % 400 == 0)
    for k, length in enumerate((31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30 if leap else 29, 30)):
        if left < length:
            return bn(f"{left + 1:02d} {BONGABDO[k]} {year}")
        left -= length
    return bn(f"{year}")


def _upazilas(doc: Doc, names: tuple[str, ...]) -> list[str]:
    seed = zlib.crc32(f"{names[0]}{doc.number}".encode())
    rows = [(n, 2 + (seed >> k) % 9, 500 + (seed >> (2 * k)) % 20000, 3 + (seed >> (3 * k)) % 40)
            for k, n in enumerate(names)]  # fmt: skip
    total = ("মোট", sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows))
    out = ['<p><strong>উপজেলাভিত্তিক তথ্য:</strong></p>', '<table border="1" cellpadding="4" cellspacing="0" '
           'style="width: 100%;"><tbody>', "<tr><th>উপজেলা</th><th>ক্ষতিগ্রস্ত ইউনিয়ন</th><th>পানিবন্দি পরিবার</th>"
           "<th>আশ্রয়কেন্দ্র</th></tr>"]  # fmt: skip
    for name, a, b, c in (*rows, total):
        out.append(f"<tr><td>{name}</td><td>{bn(str(a))}</td><td>{bn(indian(b))}</td><td>{bn(str(c))}</td></tr>")
    return [*out, "</tbody></table>"]


def _submenu(entries: tuple[str, ...]) -> str:
    return "".join(f'<li><a href="/site/page/{k}">{x}</a></li>' for k, x in enumerate(entries))


def _li(it: Item) -> str:
    risk, lead, rest = split_lead(it.text, "bn")
    if lead:
        return f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>"
    return f"<li>{escape(it.text)}</li>"


def html_portal_bn(doc: Doc) -> bytes:
    """The notice as the district's portal page serves it."""
    when = report_day(doc).date()
    district = doc.organisation.removeprefix("জেলা প্রশাসন, ")
    site, dc, phone, upazilas = DISTRICTS[district]
    division = "সিলেট" if site in ("sylhet", "sunamganj") else "রংপুর" if site == "kurigram" else "চট্টগ্রাম"
    day = bn(f"{when.day:02d} {MASH[when.month - 1]} {when.year}")
    title = f"বন্যা পরিস্থিতি সংক্রান্ত দৈনিক প্রতিবেদন নং {bn(str(doc.number))}"
    memo = bn(f"০৫.৪৬.{9100 + len(site)}.০০৭.১৬.০০১.{when.year % 100}-{300 + doc.number}")
    out = ["<!DOCTYPE html>", '<html lang="bn">', "<head>", '<meta charset="utf-8">',
           f"<title>{escape(title)} - {district} জেলা</title>",
           '<link rel="stylesheet" href="/themes/responsive_npf/css/style.css">', "</head>", "<body>",
           '<div id="top-bar"><a href="https://bangladesh.gov.bd">বাংলাদেশ জাতীয় তথ্য বাতায়ন</a> '
           f'<a href="https://{site}.gov.bd/en" lang="en">English</a> <form action="/search"><input name="q" '
           'placeholder="খুঁজুন"><button>খুঁজুন</button></form></div>',
           f'<header><img src="/sites/default/files/logo.png" alt="বাংলাদেশ সরকারের লোগো"><div class="site-name">'
           f'{district} জেলা</div><div class="site-slogan">জেলা প্রশাসকের কার্যালয়</div></header>',
           '<nav id="main-menu"><ul class="menu">', '<li><a href="/">প্রথম পাতা</a></li>',
           *(f'<li class="expanded"><a href="#">{m}</a><ul>{_submenu(sub)}</ul></li>' for m, sub in MENU),
           "</ul></nav>",
           '<div class="breadcrumb"><a href="/">প্রথম পাতা</a> » <a href="/site/notices">নোটিশ</a> » '
           f"{escape(title)}</div>", '<div id="content"><div class="notice">',
           f'<h2 class="title">{escape(title)}</h2>',
           f'<div class="date">প্রকাশের তারিখ: {bn(f"{when:%d-%m-%Y}")}</div>', '<div class="field-body">',
           '<p style="text-align: center;">গণপ্রজাতন্ত্রী বাংলাদেশ সরকার<br>জেলা প্রশাসকের কার্যালয়, '
           f'{district}<br>(জেলা ত্রাণ ও পুনর্বাসন শাখা)<br><a href="https://{site}.gov.bd">www.{site}.gov.bd</a></p>',
           f'<table style="width: 100%;"><tbody><tr><td>স্মারক নং: {memo}</td><td style="text-align: right;">'
           f"তারিখ: {bangla_date(when)} বঙ্গাব্দ<br>{day} খ্রিস্টাব্দ</td></tr></tbody></table>",
           f"<p><strong>বিষয়: {title}।</strong></p>",
           f"<p style=\"text-align: justify;\">উপর্যুক্ত বিষয়ের প্রেক্ষিতে {district} জেলার বন্যা পরিস্থিতির "
           f"{day} তারিখ সকাল ১০টা পর্যন্ত হালনাগাদ তথ্য নিম্নে উপস্থাপন করা হলো:</p>"]  # fmt: skip
    for s in doc.sections:
        out.append(f"<p><strong>{escape(s.heading)}</strong></p>")
        if s.key == "situation":
            out += [f'<p style="text-align: justify;">{escape(it.text)}</p>' for it in s.items]
        else:
            out += ['<ol style="list-style-type: bengali;">', *(_li(it) for it in s.items), "</ol>"]
        if s.key == "impacts":
            out += _upazilas(doc, upazilas)
    out += ['<p style="text-align: right;">স্বাক্ষরিত/-<br>'
            f"{bn(f'{when:%d.%m.%Y}')}<br>({dc})<br>জেলা প্রশাসক, {district}<br>ফোন: {phone}<br>"
            f"ই-মেইল: dc{site}@mopa.gov.bd</p>", "<p>বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):</p>",
            '<ol style="list-style-type: bengali;">',
            *(f"<li>{r.format(division=division, district=district)}</li>" for r in RECIPIENTS), "</ol>",
            "</div>", f'<div class="attachment">সংযুক্তি: <a href="/sites/default/files/files/{site}.portal.gov.bd/'
            f'notices/bonna-protibedon-{doc.number}.pdf">bonna-protibedon-{doc.number}.pdf</a></div>', "</div></div>",
            '<aside id="sidebar"><h3>জরুরি হটলাইন</h3><ul>',
            *(f'<li>{n}: <a href="tel:{t}">{t}</a></li>' for n, t in HOTLINES), "</ul>", "<h3>নোটিশ বোর্ড</h3><ul>",
            *(f'<li><a href="/site/notices/{k}">বন্যা পরিস্থিতি সংক্রান্ত দৈনিক প্রতিবেদন নং {bn(str(k))}</a></li>'
              for k in range(doc.number - 1, 0, -1)),
            '<li><a href="/site/notices/all">সকল নোটিশ</a></li>', "</ul>", "<h3>জাতীয় সংগীত</h3>",
            '<audio controls src="/sites/default/files/national_anthem.mp3"></audio>', "</aside>",
            '<footer><p>পরিকল্পনা এবং বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস।</p>'
            f"<p>সাইটটি শেষ হাল-নাগাদ করা হয়েছে: {bn(f'{when:%Y-%m-%d}')} ১০:৪৫:১২</p></footer>", "</body>",
            "</html>"]  # fmt: skip
    return "\n".join(out).encode()
