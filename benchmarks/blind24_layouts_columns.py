"""Two-column PDF writer of the ``blind24_layouts`` set: an Iranian Red Crescent provincial branch's rescue and relief
deputy's flood "گزارش وضعیت" as its reporting system prints it — an HTML template set right to left (``dir="rtl"``)
and printed to PDF (weasyprint, which shapes the Persian letters and lays out the lines and columns right to left):
"بسمه تعالی" centred at the top, the society, the branch and the deputy at the right, a drawn crescent in the middle,
"شماره:", "تاریخ:" and "پیوست:" at the left, a red band with the title, the time line, then the sections in two
columns read right column first (CSS columns in a right-to-left block), red headings over a rule, the situation as
paragraphs, the other points "•" entries at the right of their lines, "راهکار:" in bold inside a risk's entry, the
branch head's signature at the left under the columns, "صفحه ۱ از ۲" in Persian digits and the system's name in the
page margin; every figure in Persian digits "۱٬۲۵۰", "۱۲٪", "۳۴۰٬۰۰۰ میلیون ریال" and every date in the Solar Hijri
calendar, "۱۴ فروردین", "۱۴۰۴/۰۱/۱۴").
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind24_layouts_content import LEADS, MAHHA, RUZHA, fa_digits, jalali
from council_layouts_gold import Doc

HEADS = {"گیلان": "دکتر محمدرضا کاظمی", "مازندران": "حسین رضایی‌نژاد", "گلستان": "علی‌اکبر نوروزی",
         "لرستان": "مهدی امیری"}  # fmt: skip
STYLE = """
@page { size: A4; margin: 1.6cm 1.7cm 1.8cm 1.7cm;
  @bottom-center { content: "صفحه " counter(page, persian) " از " counter(pages, persian);
                   font: 8pt "DejaVu Sans"; color: #555 }
  @bottom-right { content: "سامانه گزارش‌دهی امداد و نجات"; font: 7pt "DejaVu Sans"; color: #888 } }
body { font-family: "DejaVu Sans"; font-size: 9.5pt; line-height: 1.55; direction: rtl; color: #111 }
.bism { text-align: center; font-size: 10pt; margin: 0 0 4pt }
table.head { width: 100%; border-collapse: collapse }
table.head td { vertical-align: middle; font-size: 8.5pt; line-height: 1.6 }
td.org { width: 52%; text-align: right; font-weight: bold; font-size: 8pt }
td.logo { width: 14% }
td.meta { width: 34%; text-align: left }
.crescent { width: 34pt; height: 34pt; border-radius: 50%; background: #d0021b; margin: auto; position: relative }
.crescent div { position: absolute; width: 30pt; height: 30pt; border-radius: 50%; background: #fff; top: 2pt;
                left: 9pt }
.band { background: #c4161c; color: #fff; font-weight: bold; font-size: 14pt; text-align: center;
        padding: 5pt 0; margin: 8pt 0 3pt }
.asof { text-align: center; font-size: 9pt; color: #333; margin: 0 0 10pt }
.cols { columns: 2; column-gap: 0.9cm; column-rule: 0.5pt solid #bbb; text-align: justify }
h2 { color: #c4161c; font-size: 11pt; border-bottom: 0.8pt solid #c4161c; margin: 8pt 0 4pt; padding-bottom: 1pt;
     break-after: avoid }
ul { margin: 0; padding: 0 14pt 0 0 }
li { margin-bottom: 3pt }
p.s { margin: 0 0 4pt }
.sign { margin-top: 18pt; text-align: left; line-height: 1.7; font-weight: bold }
"""


def _li(it) -> str:
    risk, lead, rest = split_mitigation(it, LEADS["fa"])
    if lead:
        return f"<li>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</li>"
    return f"<li>{escape(it.text)}</li>"


def pdf_columns_fa(doc: Doc) -> bytes:
    """The branch's situation report as its reporting system prints it to PDF."""
    from weasyprint import HTML

    when = report_day(doc).date()
    jy, jm, jd = jalali(when)
    province = doc.organisation.removeprefix("جمعیت هلال احمر استان ")
    ref = f"{doc.number}/{4000 + zlib.crc32(province.encode()) % 900}/ص"
    out = ['<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">',
           f"<title>{fa_digits(f'گزارش وضعیت شماره {doc.number}')}</title><style>{STYLE}</style></head><body>",
           '<div class="bism">بسمه تعالی</div><table class="head"><tr>',
           f'<td class="org">جمعیت هلال احمر جمهوری اسلامی ایران<br>{escape(doc.organisation)}<br>معاونت امداد و نجات'
           '</td><td class="logo"><div class="crescent"><div></div></div></td>',
           f'<td class="meta">شماره: {fa_digits(ref)}<br>تاریخ: {fa_digits(f"{jy}/{jm:02d}/{jd:02d}")}<br>'
           "پیوست: ندارد</td></tr></table>",
           f'<div class="band">{fa_digits(f"گزارش وضعیت شماره {doc.number}")} – سیلاب</div>',
           f'<p class="asof">{fa_digits(f"وضعیت تا ساعت ۸:۰۰ صبح {RUZHA[when.weekday()]} {jd} {MAHHA[jm - 1]} {jy}")}'
           '</p><div class="cols">']  # fmt: skip
    for s in doc.sections:
        out.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "situation":
            out += [f'<p class="s">{escape(it.text)}</p>' for it in s.items]
        else:
            out += ["<ul>", *(_li(it) for it in s.items), "</ul>"]
    out += ["</div>", f'<div class="sign">{HEADS[province]}<br>مدیرعامل {escape(doc.organisation)}</div>',
            "</body></html>"]  # fmt: skip
    return HTML(string="\n".join(out)).write_pdf()
