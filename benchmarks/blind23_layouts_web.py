"""Web writer of the ``blind23_layouts`` set: a Breton commune's crisis cell's storm report ("Danevell war an
degouezh") written in LibreOffice Writer and saved with "Save As → HTML Document (Writer)" for the commune's intranet
— Writer's own HTML: the HTML 4.0 doctype, ``<meta name="generator" content="LibreOffice …">``, author and dates, the
style sheet of ``@page`` and ``h1.western`` / ``h1.cjk`` / ``h1.ctl``, the page header exported as ``<div
title="header">`` and the footer as ``<div title="footer">`` with its ``<sdfield type=PAGE>``, the "Title" paragraph
as a centred ``<p>`` of ``<font>`` and ``<b>``, a details table of ``<col width="…*">`` and bordered cells, the
index "Taolenn" as ``<div id="Table of Contents1">`` of links to ``__RefHeading___Toc…`` anchors with a tab and a page
number, headings ``<h1 class="western">`` with their anchor (the parent "Moioù" an itemless ``<h1>`` over two
``<h2>``), the situation as ``<p>`` paragraphs, the points ``<ul><li><p>`` entries, "<b>Diarbenn:</b>" inside a
risk's entry, the mayor's signature lines right-aligned; "1 250", "12 %", "3 400 €", "16 a viz Genver").
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind23_layouts_content import LEADS, MIZIOU
from council_layouts_gold import Doc

MAERED = {"Plougastell-Daoulaz": "Dominique Cap", "Karaez-Plougêr": "Christian Troadec",
          "Montroulez": "Jean-Paul Vermot", "Gwengamp": "Yann Le Goff"}  # fmt: skip
STYLE = """
		@page { size: 21cm 29.7cm; margin: 2cm }
		p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }
		h1 { margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }
		h1.western { font-family: "Liberation Sans", sans-serif; font-size: 16pt; font-weight: bold; color: #1f4e79 }
		h1.cjk { font-family: "Noto Sans CJK SC"; font-size: 16pt; font-weight: bold }
		h1.ctl { font-family: "Lohit Devanagari"; font-size: 16pt; font-weight: bold }
		h2 { margin-top: 0.35cm; margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }
		h2.western { font-family: "Liberation Sans", sans-serif; font-size: 13pt; font-weight: bold }
		h2.cjk { font-family: "Noto Sans CJK SC"; font-size: 13pt; font-weight: bold }
		h2.ctl { font-family: "Lohit Devanagari"; font-size: 13pt; font-weight: bold }
		td p { background: transparent }
		a:link { color: #000080; so-language: zxx; text-decoration: underline }
"""


def esc(text: str) -> str:
    """Text as Writer writes it: "&", "<" and ">" escaped, quotes as typed."""
    return escape(text, quote=False)


def _anchor(org: str, k: int) -> str:
    return f"__RefHeading___Toc{1000 + k * 7}_{zlib.crc32(org.encode()) % 9_000_000 + 1_000_000}"


def _li(it, last: bool) -> str:
    risk, lead, rest = split_mitigation(it, LEADS["br"])
    body = f"{esc(risk)} <b>{esc(lead)}</b> {esc(rest)}" if lead else esc(it.text)
    style = "margin-bottom: 0.2cm" if last else "margin-bottom: 0cm"
    return f'\t<li><p style="{style}">{body}</p>\n'


def html_writer_br(doc: Doc) -> bytes:
    """The report as Writer saves it to HTML."""
    when = report_day(doc)
    town = doc.organisation.removeprefix("Kumun ")
    mayor = MAERED[town]
    day = f"{when.day} a viz {MIZIOU[when.month - 1]} {when.year}"
    stamp = f"{when:%Y-%m-%d}T07:{20 + doc.number:02d}:{doc.number * 7 % 60:02d}.{zlib.crc32(town.encode())}"
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">', "<html>", "<head>",
           '\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>', "\t<title></title>",
           '\t<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>',
           '\t<meta name="author" content="Kellig enkadenn"/>', f'\t<meta name="created" content="{stamp}"/>',
           '\t<meta name="changedby" content="Kellig enkadenn"/>', f'\t<meta name="changed" content="{stamp}"/>',
           f'\t<style type="text/css">{STYLE}\t</style>', "</head>",
           '<body lang="br-FR" link="#000080" vlink="#800000" dir="ltr">'
           '<div title="header"><p style="margin-bottom: 0cm; line-height: 100%"><font size="2" '
           f'style="font-size: 9pt">{esc(doc.organisation)} – Kellig enkadenn</font></p>', "</div>",
           '<p class="western" align="center" style="margin-top: 0.42cm; margin-bottom: 0.21cm"><font face="Liberation '
           f'Sans, sans-serif"><font size="6" style="font-size: 24pt"><b>{esc(doc.title)}</b>'
           "</font></font></p>",
           '<table width="100%" cellpadding="4" cellspacing="0">', '\t<col width="64*"/>',
           '\t<col width="192*"/>']  # fmt: skip
    details = (("Deiziad", f"{day}, 8e00"), ("Degouezh", "Barr-amzer"), ("Aozet gant", "Kellig enkadenn ar gumun"),
               ("Danevell da-heul", "warc'hoazh, 8e00"))  # fmt: skip
    for label, value in details:
        out += ['\t<tr valign="top">', '\t\t<td width="25%" bgcolor="#dee6ef" style="border: 1px solid #000000; '
                f'padding: 0.1cm"><p><b>{label}</b></p></td>', '\t\t<td width="75%" style="border: 1px solid #000000; '
                f'padding: 0.1cm"><p>{esc(value)}</p></td>', "\t</tr>"]  # fmt: skip
    out += ["</table>", '<div id="Table of Contents1" dir="ltr">', '<div id="Table of Contents1_Head" dir="ltr">'
            '<p style="margin-top: 0.42cm; page-break-after: avoid"><font face="Liberation Sans, sans-serif">'
            '<font size="4" style="font-size: 14pt"><b>Taolenn</b></font></font></p>', "</div>"]  # fmt: skip
    for k, s in enumerate(doc.sections):
        indent = "0.5cm" if s.level == 2 else "0cm"
        out.append(f'<p style="margin-left: {indent}; margin-bottom: 0cm; line-height: 100%"><a href="#'
                   f'{_anchor(doc.organisation, k)}">{esc(s.heading)}</a>\t{1 + k // 6}</p>')  # fmt: skip
    out.append("</div>")
    for k, s in enumerate(doc.sections):
        tag = f"h{s.level}"
        name = _anchor(doc.organisation, k)
        out.append(f'<{tag} class="western"><a name="{name}"></a>{esc(s.heading)}</{tag}>')
        if not s.items:
            continue
        if s.key == "situation":
            out += [f'<p style="margin-bottom: 0.2cm">{esc(it.text)}</p>' for it in s.items]
            continue
        out.append("<ul>")
        out += [_li(it, n == len(s.items) - 1) for n, it in enumerate(s.items)]
        out.append("</ul>")
    out += ['<p align="right" style="margin-top: 0.8cm; margin-bottom: 0cm">Ar maer,</p>',
            f'<p align="right" style="margin-bottom: 0cm">{esc(mayor)}</p>',
            '<div title="footer"><p align="center" style="margin-top: 0.5cm; margin-bottom: 0cm; line-height: '
            '100%"><font size="2" style="font-size: 9pt">Pajenn <sdfield type=PAGE subtype=RANDOM format=PAGE>1'
            "</sdfield></font></p>", "</div>", "</body>", "</html>"]  # fmt: skip
    return "\n".join(out).encode()
