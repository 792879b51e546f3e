"""Web writer of the ``blind46_layouts`` set: a Kurdistan Region governorate's flood report, in Sorani Kurdish, as
its website (a Wagtail site) publishes it and prints it to PDF with WeasyPrint for the page's "Download PDF" button.

The page set right to left (``dir="rtl"``, weasyprint shaping the Arabic letters and laying the lines out right to
left) under the site's print style sheet: the governorate's emblem, its name and "ماڵپەڕی فەرمی" at the top, the
breadcrumbs "سەرەکی › هەواڵ و ڕاپۆرت › ڕاپۆرتی دۆخ", the title as ``<h1>``, the line of the publication date and the
crisis room, the page's tags, then the body as Wagtail's StreamField blocks — each section's name an ``<h2>`` block,
the summary as a rich-text paragraph block, the other points as a list in a rich-text block, "ڕێوشوێن:" in bold
inside a risk's point, a picture block of the flooded road with its caption after the damage, and an "ئاگاداری"
box (the emergency numbers) after the last section; the site's name at the top right of every page, "لاپەڕە ١ لە ٢"
in Arabic-Indic digits at the foot and the page's address at the bottom left. Every figure in Arabic-Indic digits:
"٣٬٤٠٠٬٠٠٠ دینار", "١٫٢٥ ملیار دینار", "١٬٢٥٠", "١٦ی ئازار", "(ڕاپۆرتی پێشوو: ٥)".
"""

from __future__ import annotations

from html import escape

from blind7_layouts_content import report_day
from blind46_layouts_banks_new import LAFAW
from blind46_layouts_content import ARABIC_DIGITS, CKB_MONTHS, parts
from council_layouts_gold import Doc

SITES = ("hewler.gov.krd", "slemani.gov.krd", "duhok.gov.krd", "germiyan.gov.krd")
STYLE = """
@page { size: A4; margin: 1.8cm 1.6cm 2cm 1.6cm;
  @top-right { content: "SITE"; font: 8pt "DejaVu Sans"; color: #666 }
  @bottom-center { content: "لاپەڕە " counter(page, arabic-indic) " لە " counter(pages, arabic-indic);
                   font: 8pt "DejaVu Sans"; color: #555 }
  @bottom-left { content: "URL"; font: 7pt "DejaVu Sans"; color: #888; direction: ltr } }
html { direction: rtl }
body { font-family: "DejaVu Sans"; font-size: 10pt; line-height: 1.6; color: #1b1b1b }
header.site { display: flex; align-items: center; border-bottom: 2pt solid #0d6b3b; padding-bottom: 6pt }
.emblem { width: 34pt; height: 34pt; border-radius: 50%; background: #0d6b3b; border: 3pt solid #f2c230;
          margin-left: 10pt }
.site-name { font-weight: bold; font-size: 12pt; color: #0d6b3b }
.site-sub { font-size: 8pt; color: #666 }
nav.breadcrumb { font-size: 8pt; color: #777; margin: 8pt 0 }
h1 { font-size: 17pt; color: #0d3b66; margin: 4pt 0 4pt; line-height: 1.4 }
.meta { font-size: 8.5pt; color: #555; margin-bottom: 4pt }
.tags span { display: inline-block; background: #eef3ee; color: #0d6b3b; font-size: 7.5pt; padding: 1pt 6pt;
             margin-left: 4pt; border-radius: 6pt }
.block-heading h2 { font-size: 12.5pt; color: #0d6b3b; margin: 14pt 0 4pt; break-after: avoid }
.block-paragraph p { margin: 0 0 6pt; text-align: justify }
.rich-text ul { margin: 0 0 6pt; padding: 0 16pt 0 0 }
.rich-text li { margin-bottom: 3pt }
figure { margin: 10pt 0; break-inside: avoid }
figure .img { height: 120pt; background: linear-gradient(#9bb7c9, #6f8a6a); border-radius: 3pt }
figcaption { font-size: 8pt; color: #666; margin-top: 3pt }
aside.notice { border-right: 3pt solid #d9822b; background: #fdf3e7; padding: 6pt 10pt; margin-top: 14pt;
               font-size: 9pt }
"""


def pdf_wagtail_weasyprint_ckb(doc: Doc) -> bytes:
    """The governorate's report page as its site prints it to PDF (WeasyPrint)."""
    from weasyprint import HTML

    when = report_day(doc)
    k = LAFAW.organisations.index(doc.organisation)
    day = f"{when.day}ی {CKB_MONTHS[when.month - 1]} {when.year}".translate(ARABIC_DIGITS)
    url = f"https://{SITES[k]}/ckb/news/raporti-dox-lafaw-{doc.number}/"
    css = STYLE.replace("SITE", f"{doc.organisation} – ماڵپەڕی فەرمی").replace("URL", url)
    out = ['<!DOCTYPE html><html lang="ckb" dir="rtl"><head><meta charset="utf-8">',
           f"<title>{escape(doc.title)}</title><style>{css}</style></head><body>",
           '<header class="site"><div class="emblem"></div><div><div class="site-name">'
           f'{escape(doc.organisation)}</div><div class="site-sub">ماڵپەڕی فەرمی · حکومەتی هەرێمی کوردستان</div>'
           "</div></header>",
           '<nav class="breadcrumb">سەرەکی › هەواڵ و ڕاپۆرت › ڕاپۆرتی دۆخ</nav>',
           f"<main><article class=\"page-report\"><h1>{escape(doc.title)}</h1>",
           f'<div class="meta">بڵاوکراوەتەوە: {day} · ژووری قەیرانی پارێزگا</div>',
           '<div class="tags"><span>لافاو</span><span>ژووری قەیران</span><span>ڕاپۆرت</span></div>',
           '<div class="body">']  # fmt: skip
    for s in doc.sections:
        out.append(f'<div class="block-heading"><h2>{escape(s.heading)}</h2></div>')
        if s.key == "highlights":
            out.append('<div class="block-paragraph rich-text">'
                       + "".join(f"<p>{escape(it.text)}</p>" for it in s.items) + "</div>")  # fmt: skip
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "ckb")
                lis.append(f"<li>{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</li>" if lead
                           else f"<li>{escape(it.text)}</li>")  # fmt: skip
            out.append(f'<div class="block-paragraph rich-text"><ul>{"".join(lis)}</ul></div>')
        if s.key == "impacts":
            out.append(
                '<figure class="block-image"><div class="img"></div><figcaption>وێنە: ڕێگایەکی ئاو بردوو لە '
                f"{('دەشتی هەولێر', 'شارەزوور', 'زاخۆ', 'کەلار')[k]} – ژووری قەیران</figcaption></figure>"
            )
    out += ['<aside class="notice"><b>ئاگاداری:</b> بۆ فریاکەوتن پەیوەندی بکەن بە ژمارەی ١٢٥ یان ١١٥. '
            "تکایە لە نزیک ڕووبارەکان دوور بکەونەوە.</aside>",
            "</div></article></main></body></html>"]  # fmt: skip
    return HTML(string="\n".join(out)).write_pdf()
