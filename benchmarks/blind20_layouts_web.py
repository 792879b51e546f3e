"""HTML writer of the ``blind20_layouts`` set: a Malaysian district disaster management committee's "Laporan Situasi
Banjir" in Malay as Google Docs exports it ("Muat turun → Halaman web"): one ``<style>`` of generated classes
(".c3", ".c12", the ``lst-kix_…`` list classes and their ``li:before`` glyphs), the header's "TERHAD" and the footer
as the ``<div>``s Google Docs puts first and last, the title a ``<p class="title">``, every run an inline ``<span>``
with a class, the headings either ``<h2>`` with a Google id ("h.3znysh7") or — where the officer made them by hand —
a ``<p>`` whose span is big and bold, the points ``<li class="c0 li-bullet-0">`` in ``<ul class="c2 lst-kix_…-0">``
lists, empty ``<p>`` between sections, links through ``https://www.google.com/url?q=…``, a table of evacuees by
"mukim" with its caption in the evacuation centres' section, "Tindakan mitigasi:" in a bold span inside a risk's
point and a reviewer's comments as ``[a]`` marks with their text at the foot; "1,250", "12%", "RM3,400", "3
Disember").
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count, split_mitigation
from blind20_layouts_content import BULAN_MS, LEADS
from council_layouts_gold import Doc, Item

STYLE = (
    "@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFnFbQqOh6j5sDg);"
    'ul.lst-kix_{k}-0{{list-style-type:none}}.lst-kix_{k}-0>li:before{{content:"\\0025cf   "}}'
    '.lst-kix_{k}-1>li:before{{content:"\\0025cb   "}}ul.lst-kix_{k}-1{{list-style-type:none}}'
    "ol{{margin:0;padding:0}}table td,table th{{padding:0}}"
    ".c0{{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;"
    "widows:2;text-align:left}}.c1{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;"
    'font-size:11pt;font-family:"Arial";font-style:normal}}.c2{{padding:0;margin:0}}'
    ".c3{{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}}"
    ".c4{{padding-top:14pt;padding-bottom:4pt;line-height:1.15;orphans:2;widows:2;text-align:left}}"
    ".c5{{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;"
    'text-align:left}}.c7{{color:#666666;font-weight:400;font-size:9pt;font-family:"Arial"}}'
    '.c8{{color:#1c4587;font-weight:400;font-size:16pt;font-family:"Arial"}}'
    '.c10{{color:#000000;font-weight:400;font-size:24pt;font-family:"Arial"}}'
    ".c11{{color:#1155cc;text-decoration:underline}}.c12{{background-color:#ffffff;max-width:451.4pt;"
    "padding:72pt 72pt 72pt 72pt}}"
    '.c13{{color:#1c4587;font-weight:700;font-size:14pt;font-family:"Arial"}}'
    ".c14{{border:1px solid black;margin:5px}}.c15{{border-right-style:solid;padding:5pt 5pt 5pt 5pt;"
    "border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;vertical-align:top}}"
    '.c17{{color:#000000;font-weight:700;font-size:11pt;font-family:"Arial"}}'
    '.c18{{color:#000000;font-weight:400;font-style:italic;font-size:10pt;font-family:"Arial"}}'
    '.title{{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";'
    "line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}"
    'h2{{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;'
    "page-break-after:avoid;orphans:2;widows:2;text-align:left}}"
)
LINKS = {"Info Bencana": "https://infobencana.jkm.gov.my", "MetMalaysia": "https://www.met.gov.my"}
MUKIM = ("Mukim Batu Mengkebang", "Mukim Dabong", "Mukim Olak Jeram", "Mukim Kuala Pergau", "Mukim Manik Urai")


def _gid(text: str) -> str:
    return f"h.{zlib.crc32(text.encode()):x}"[:11]


def _span(text: str, cls: str = "c1") -> str:
    out = escape(text)
    for name, url in LINKS.items():
        if name in text:
            q = (f"https://www.google.com/url?q={url}&amp;sa=D&amp;source=editors"
                 f"&amp;ust=17331{len(text):05d}&amp;usg=AOvVaw")  # fmt: skip
            out = out.replace(escape(name), f'</span><span class="c11 {cls}"><a class="c11" href="{q}">'
                              f'{escape(name)}</a></span><span class="{cls}">')  # fmt: skip
    return f'<span class="{cls}">{out}</span>'


def _item(item: Item) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS["ms"])
    if not lead:
        return _span(item.text)
    return _span(risk + " ") + f'<span class="c17">{escape(lead)}</span>' + _span(" " + mitigation)


def html_gdocs_laporan_ms(doc: Doc) -> bytes:
    """The committee's report as the district's operations room officer downloads it from Google Docs as a web
    page and sends it on."""
    when = report_day(doc)
    day = f"{when.day} {BULAN_MS[when.month - 1]} {when.year}"
    daerah = doc.organisation.removeprefix("Pejabat Daerah ")
    key = f"{zlib.crc32(doc.organisation.encode()):08x}"[:4] + "m1x9q1a"
    body = ['<div><p class="c3" style="text-align:right"><span class="c7">TERHAD</span></p></div>',
            f'<p class="c4 title" id="{_gid(doc.title)}"><span class="c10">LAPORAN SITUASI BANJIR DAERAH '
            f"{escape(daerah.upper())}</span></p>",
            f'<p class="c3"><span class="c1">Laporan No. {doc.number} | {day} | Jam 8.00 pagi</span></p>',
            '<p class="c3"><span class="c1">Disediakan oleh: Bilik Gerakan Jawatankuasa Pengurusan Bencana '
            f"Daerah (JPBD) {escape(daerah)}</span></p>",
            '<p class="c3"><span class="c1"></span></p>']  # fmt: skip
    comments = []
    for k, s in enumerate(doc.sections):
        if zlib.crc32(f"{doc.organisation}{s.heading}".encode()) % 3 == 0:
            body.append(f'<p class="c4"><span class="c13">{escape(s.heading)}</span></p>')
        else:
            body.append(f'<h2 class="c5" id="{_gid(s.heading + str(k))}"><span class="c8">{escape(s.heading)}'
                        "</span></h2>")  # fmt: skip
        if s.items:
            lis = []
            for n, it in enumerate(s.items):
                mark = ""
                if len(comments) < 2 and n == 0 and k in (1, 4):
                    c = len(comments) + 1
                    mark = f'<sup><a href="#cmnt{c}" id="cmnt_ref{c}">[{"ab"[c - 1]}]</a></sup>'
                    comments.append("Sila sahkan angka dengan APM sebelum dihantar ke negeri."
                                     if c == 1 else "Kemas kini selepas mesyuarat jam 7.30 pagi.")  # fmt: skip
                lis.append(f'<li class="c0 li-bullet-0">{_item(it)}{mark}</li>')
            body.append(f'<ul class="c2 lst-kix_{key}-0{" start" if k == 0 else ""}">{"".join(lis)}</ul>')
        if s.key == "assistance":
            total = count(doc, ("PPS",), 800)
            body.append('<p class="c3"><span class="c18">Jadual 1: Mangsa di PPS mengikut mukim</span></p>')
            rows = "".join(
                f'<tr class="c9"><td class="c15" colspan="1" rowspan="1"><p class="c3"><span class="c1">{m}'
                f'</span></p></td><td class="c15" colspan="1" rowspan="1"><p class="c3"><span class="c1">'
                f"{(total * (j + 2)) // 17 + j}</span></p></td></tr>"
                for j, m in enumerate(MUKIM)
            )
            head = ('<tr class="c9"><td class="c15"><p class="c3"><span class="c17">Mukim</span></p></td>'
                    '<td class="c15"><p class="c3"><span class="c17">Bil. mangsa</span></p></td></tr>')  # fmt: skip
            body.append(f'<table class="c14"><tbody>{head}{rows}</tbody></table>')
        body.append('<p class="c3"><span class="c1"></span></p>')
    body.append(f'<div><p class="c3" style="text-align:center"><span class="c7">JPBD {escape(daerah)} · '
                "Bilik Gerakan 09-960 1234 · TERHAD</span></p></div>")  # fmt: skip
    body += [f'<div class="c14"><p class="c3"><a href="#cmnt_ref{c}" id="cmnt{c}">[{"ab"[c - 1]}]</a>'
             f'<span class="c1">{escape(text)}</span></p></div>' for c, text in enumerate(comments, 1)]  # fmt: skip
    page = (f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<style type="text/css">{STYLE.format(k=key)}</style></head>'
            f'<body class="c12 doc-content">{"".join(body)}</body></html>')  # fmt: skip
    return page.encode()
