"""Word writer of the ``blind40_layouts`` set: a Word document saved as a web page.

A Lesotho district disaster management team's situation report in a heavy snowfall, in Sesotho, typed in Word from
the Authority's template (Title, Subtitle, a details table, "Heading 1" sections, "List Bullet" points) and saved with
"File → Save As → Web Page (*.htm; *.html)" — not the filtered kind — for the Authority's website, which serves the
file as it is: Word's HTML in Windows-1252 (the Sesotho letters Word cannot put in the code page written as character
references), the ``xmlns:o``/``xmlns:w`` root, ``ProgId`` "Word.Document" and "Microsoft Word 15", the links to the
``_files`` folder (``filelist.xml``, the theme, the header and footer of ``header.htm``, which the page itself does
not hold), the document's properties and Word's settings and latent styles in conditional comments, the style sheet
with the ``@list`` definitions; in the body ``p.MsoTitle`` and ``p.MsoSubtitle``, the details table (district,
report, time, prepared by) as ``MsoTableGrid``, each section an ``<h1>`` with its ``_Toc`` anchor, the summary as
``MsoNormal`` paragraphs, the other points ``MsoListBulletCxSpFirst`` / ``CxSpMiddle`` / ``CxSpLast`` paragraphs with
the Symbol "·" behind ``<![if !supportLists]>``, "Mehato e nkuoang:" in bold inside a risk's point, "E lokisitsoe
ke:" with the officer's name, post, committee and telephone; the source's lines wrapped near 80 columns as Word
wraps them. "M3,400", "M1.25 milione", "1,250", "12%", "16 Phupu", "(tlalehong e fetileng: 5)".
"""

from __future__ import annotations

import re
import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind40_layouts_banks_far import LEHLOA
from blind40_layouts_content import ST_MONTHS, parts, slug
from council_layouts_gold import Doc

OFFICERS = (("Mamello Mokhothu", "Mookameli oa Setereke oa Taolo ea Likoluoa"),
            ("Thabo Ramokoena", "Ofisiri ea Taolo ea Likoluoa"),
            ("'Mathabo Letsie", "Mookameli oa Setereke oa Taolo ea Likoluoa"),
            ("Tšepo Mohapi", "Ofisiri ea Taolo ea Likoluoa"))  # fmt: skip
STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
h1
	{mso-style-priority:9;
	mso-style-qformat:yes;
	mso-style-link:"Heading 1 Char";
	mso-style-next:Normal;
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	mso-outline-level:1;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-qformat:yes;
	margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{mso-style-priority:11;
	mso-style-qformat:yes;
	margin-bottom:8.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
p.MsoListBullet, li.MsoListBullet, div.MsoListBullet
	{mso-style-priority:99;
	mso-style-unhide:no;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:18.0pt;
	text-indent:-18.0pt;
	mso-list:l0 level1 lfo1;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListBulletCxSpFirst, li.MsoListBulletCxSpFirst, div.MsoListBulletCxSpFirst
	{mso-style-type:export-only;
	margin:0cm 0cm 0cm 18.0pt;
	text-indent:-18.0pt;
	mso-list:l0 level1 lfo1;}
p.MsoListBulletCxSpMiddle, li.MsoListBulletCxSpMiddle, div.MsoListBulletCxSpMiddle
	{mso-style-type:export-only;
	margin:0cm 0cm 0cm 18.0pt;
	text-indent:-18.0pt;
	mso-list:l0 level1 lfo1;}
p.MsoListBulletCxSpLast, li.MsoListBulletCxSpLast, div.MsoListBulletCxSpLast
	{mso-style-type:export-only;
	margin:0cm 0cm 8.0pt 18.0pt;
	text-indent:-18.0pt;
	mso-list:l0 level1 lfo1;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-header:url("FILES/header.htm") h1;
	mso-footer:url("FILES/header.htm") f1;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:-119;
	mso-list-type:simple;
	mso-list-template-ids:-1170355282;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-style-link:"List Bullet";
	mso-level-text:\\F0B7;
	mso-level-tab-stop:18.0pt;
	mso-level-number-position:left;
	margin-left:18.0pt;
	text-indent:-18.0pt;
	font-family:Symbol;}
-->
</style>"""
BULLET = ("<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:"
          "Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;"
          "&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>")  # fmt: skip


def _wrap(html: str, width: int = 78) -> str:
    """The source's lines broken at a space near ``width`` columns, as Word writes its HTML."""
    out = []
    for line in html.split("\n"):
        while len(line) > width and (cut := line.rfind(" ", 0, width)) > 0:
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def _p(cls: str, inner: str, style: str = "") -> str:
    st = f" style='{style}'" if style else ""
    return f"<p class={cls}{st}>{inner}<o:p></o:p></p>\n"


def html_word_webpage_st(doc: Doc) -> bytes:
    """The district's snowfall report as Word saves it as a web page."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = LEHLOA.organisations.index(doc.organisation)
    district = doc.organisation.split("Likoluoa ")[-1]
    name, post = OFFICERS[k]
    day = f"{when.day} {ST_MONTHS[when.month - 1]} {when.year}"
    files = f"Tlaleho_{doc.number}_{slug(district).replace('-', '_')}_files"
    body = [_p("MsoTitle", "Tlaleho ea Boemo ba Lehloa"),
            _p("MsoSubtitle", f"Setereke sa {escape(district)} – Tlaleho ea {doc.number}")]  # fmt: skip
    details = (("Setereke", district), ("Nako", f"{day}, 16:00"), ("E lokisitsoe ke", name),
               ("Tlaleho e latelang", f"{(when + timedelta(days=1)).day} {ST_MONTHS[when.month - 1]}"))  # fmt: skip
    rows = "".join(
        f"<tr><td width=180 valign=top style='width:135.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm "
        f"5.4pt'><p class=MsoNormal style='margin-bottom:0cm'><b>{escape(a)}</b><o:p></o:p></p></td><td width=421 "
        "valign=top style='width:315.8pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm "
        f"5.4pt'><p class=MsoNormal style='margin-bottom:0cm'>{escape(b)}<o:p></o:p></p></td></tr>\n"
        for a, b in details
    )
    body.append(f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                f"border:none'>\n{rows}</table>\n")  # fmt: skip
    body.append(_p("MsoNormal", "<o:p>&nbsp;</o:p>"))
    for n, s in enumerate(doc.sections):
        body.append(f"<h1><a name=\"_Toc{190000000 + h % 9000000 + n * 13}\">{escape(s.heading)}</a><o:p></o:p>"
                    "</h1>\n")  # fmt: skip
        for j, it in enumerate(s.items):
            if s.key == "highlights":
                body.append(_p("MsoNormal", escape(it.text)))
                continue
            risk, lead, rest = parts(it, "st")
            inner = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            pos = "" if len(s.items) == 1 else "CxSpFirst" if j == 0 else "CxSpLast" if j == len(s.items) - 1 else (
                "CxSpMiddle")  # fmt: skip
            body.append(_p(f"MsoListBullet{pos}", BULLET + inner, "mso-list:l0 level1 lfo1"))
    body.append(_p("MsoNormal", "<o:p>&nbsp;</o:p>"))
    body.append(_p("MsoNormal", "<b>E lokisitsoe ke:</b>", "margin-bottom:0cm"))
    for line in (name, post, doc.organisation, f"Mohala: +266 2{k + 2}{h % 900000 + 100000}"):
        body.append(_p("MsoNormal", escape(line), "margin-bottom:0cm"))
    created = when.replace(hour=6, minute=h % 50 + 5)
    props = (f"<o:DocumentProperties>\n  <o:Author>{escape(name)}</o:Author>\n  <o:LastAuthor>DMA Webmaster"
             f"</o:LastAuthor>\n  <o:Revision>{3 + h % 5}</o:Revision>\n  <o:TotalTime>{30 + h % 60}</o:TotalTime>\n"
             f"  <o:Created>{created:%Y-%m-%dT%H:%M}:00Z</o:Created>\n  <o:LastSaved>{created:%Y-%m-%d}T14:"
             f"{h % 50 + 10}:00Z</o:LastSaved>\n  <o:Pages>2</o:Pages>\n  <o:Company>Disaster Management Authority"
             "</o:Company>\n  <o:Version>16.00</o:Version>\n </o:DocumentProperties>")  # fmt: skip
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns:m="http://schemas.microsoft.com/office/2004/12/omml"'
        '\nxmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n<meta http-equiv=Content-Type content="text/html; '
        'charset=windows-1252">\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft '
        'Word 15">\n<meta name=Originator content="Microsoft Word 15">\n'
        f'<link rel=File-List href="{files}/filelist.xml">\n<!--[if !mso]>\n<style>\nv\\:* {{behavior:url(#default#'
        "VML);}}\no\\:* {{behavior:url(#default#VML);}}\nw\\:* {{behavior:url(#default#VML);}}\n.shape {{behavior:"
        f"url(#default#VML);}}\n</style>\n<![endif]-->\n<title>Tlaleho ea Boemo ba Lehloa</title>\n<!--[if gte mso 9]>"
        f"<xml>\n {props}\n <o:OfficeDocumentSettings>\n  <o:AllowPNG/>\n </o:OfficeDocumentSettings>\n</xml>"
        f'<![endif]-->\n<link rel=themeData href="{files}/themedata.thmx">\n<link rel=colorSchemeMapping href="'
        f'{files}/colorschememapping.xml">\n<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:SpellingState>'
        "Clean</w:SpellingState>\n  <w:GrammarState>Clean</w:GrammarState>\n  <w:TrackMoves>false</w:TrackMoves>\n"
        "  <w:ValidateAgainstSchemas/>\n  <w:LidThemeOther>EN-ZA</w:LidThemeOther>\n  <w:LidThemeAsian>X-NONE"
        "</w:LidThemeAsian>\n  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>\n </w:WordDocument>\n"
        '</xml><![endif]--><!--[if gte mso 9]><xml>\n <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed='
        '"false" DefSemiHidden="false" DefQFormat="false" DefPriority="99" LatentStyleCount="376">\n  '
        '<w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>\n  <w:LsdException Locked='
        '"false" Priority="9" QFormat="true" Name="heading 1"/>\n  <w:LsdException Locked="false" Priority="10" '
        'QFormat="true" Name="Title"/>\n </w:LatentStyles>\n</xml><![endif]-->\n'
        f'{STYLE.replace("FILES", files)}\n<!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext="edit" spidmax='
        "\"1026\"/>\n</xml><![endif]-->\n</head>\n\n<body lang=EN-ZA style='tab-interval:36.0pt;word-wrap:break-word'>"
        f"\n\n<div class=WordSection1>\n\n{''.join(body)}\n</div>\n\n</body>\n\n</html>\n"
    )
    return re.sub(r"\n{3,}", "\n\n", _wrap(html)).replace("\n", "\r\n").encode("cp1252", "xmlcharrefreplace")
