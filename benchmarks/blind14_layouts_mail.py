"""Mail writer of the ``blind14_layouts`` set: a South African municipality's disaster management centre's
situation report sent from Outlook to the municipality's Joint Operations Committee (multipart/alternative;
Outlook's Word HTML: "Good day Colleagues,", the covering line, the report's title and a "Date: … Time: 12h00"
line in bold, numbered capitals headings "3. IMPACTS" in bold navy body type, the points as Word's Outlook
bullets (``MsoListParagraphCxSp…`` with the "·" of the Symbol font behind ``<![if !supportLists]>``), a Ward |
Households affected | People displaced | Shelter table with a TOTAL row under the impacts, the risks a Risk |
Mitigation | Responsible table, "Kind regards", the head of the centre's signature with the 24-hour call centre
and the municipality's e-mail disclaimer; the plain part with "-" points and the tables' rows typed with
"|"; "1 250", "12%", "R3 400", "R1,25 million", "12h00").
"""

from __future__ import annotations

import zlib
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind14_layouts_pdf import _count, _split
from council_layouts_gold import Doc

WARDS = (("Ward 12", 0.36, "Umhlali Community Hall"), ("Ward 15", 0.27, "Siyathuthuka Church Hall"),
         ("Ward 21", 0.22, "Ndwedwe Sports Centre"), ("Ward 33", 0.15, "Host families"))  # fmt: skip
RESPONSIBLE = (("settlements", "Disaster Management / Human Settlements"), ("bridge", "Roads and Stormwater"),
               ("Looting", "SAPS / Metro Police"))  # fmt: skip
SA_FIGURE = r"\d{1,3}(?: \d{3})*"
SENDER = ("Sipho Dlamini", "Head: Disaster Management Centre")
DISCLAIMER = ("This e-mail and its contents are subject to the municipality's e-mail legal notice available on "
              "its website. The views expressed are those of the sender unless clearly stated as those of the "
              "municipality.")  # fmt: skip


def _p(text: str, style: str = "") -> str:
    return f'<p class="MsoNormal"{f" style={chr(34)}{style}{chr(34)}" if style else ""}>{text}</p>'


def _bullet(text: str, n: int, pos: str) -> str:
    return (f'<p class="MsoListParagraphCxSp{pos}" style="text-indent:-18.0pt;mso-list:l{n} level1 lfo{n + 1}">'
            '<![if !supportLists]><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New '
            f'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{escape(text, quote=False)}'
            "</p>")  # fmt: skip


def _table(rows: list[tuple[str, ...]]) -> str:
    out = []
    for k, row in enumerate(rows):
        cells = "".join(f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
                        f"{'<b>' if k == 0 or row[0] == 'TOTAL' else ''}{escape(c, quote=False)}"
                        f"{'</b>' if k == 0 or row[0] == 'TOTAL' else ''}</p></td>" for c in row)  # fmt: skip
        out.append(f"<tr>{cells}</tr>")
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:'
            f'collapse;border:none">{"".join(out)}</table>')  # fmt: skip


def _responsible(risk: str) -> str:
    return next((who for word, who in RESPONSIBLE if word in risk), "Disaster Management")


def _sa(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def email_dmc_za(doc: Doc) -> bytes:
    """The centre's situation report as its head sends it after the midday JOC meeting."""
    when = report_day(doc)
    muni = doc.organisation
    domain = muni.split()[0].lower() + ".gov.za"
    title = f"SITUATION REPORT NO. {doc.number}: {doc.service.upper()}"
    stamp = f"Date: {when.day} {when:%B %Y} | Time: 12h00"
    html = [_p("Good day Colleagues,"), _p("&nbsp;"),
            _p(f"Please find below the situation report of the {escape(muni)} Disaster Management Centre as at "
               "12h00 today, for your information and action."), _p("&nbsp;"),
            _p(f"<b><span style='font-size:13.0pt;color:#1F3864'>{escape(title)}</span></b>"),
            _p(f"<b>{escape(stamp)}</b>")]  # fmt: skip
    text = ["Good day Colleagues,", "", f"Please find below the situation report of the {muni} Disaster "
            "Management Centre as at 12h00 today, for your information and action.", "", title, stamp, ""]  # fmt: skip
    for n, s in enumerate(doc.sections, start=1):
        html += [_p("&nbsp;"), _p(f"<b><span style='color:#1F3864'>{escape(s.heading)}</span></b>")]
        text.append(s.heading)
        if s.risks:
            rows = [("Risk", "Mitigation", "Responsible")]
            rows += [(it.body, it.mitigation or "–", _responsible(it.body)) for it in s.items]
            html.append(_table(rows))
            text += [" | ".join(r) for r in rows]
            text.append("")
            continue
        for k, it in enumerate(s.items):
            pos = "Middle" if 0 < k < len(s.items) - 1 else ("First" if k == 0 else "Last")
            html.append(_bullet(it.text, n, pos if len(s.items) > 1 else "First"))
            text.append(f"- {it.text}")
        if s.key == "impacts":
            hh = _split(_count(doc, ("households",), 600, SA_FIGURE), [(w, f) for w, f, _ in WARDS])
            ppl = _split(_count(doc, ("displaced",), 240, SA_FIGURE), [(w, f) for w, f, _ in WARDS])
            rows = [("Ward", "Households affected", "People displaced", "Shelter")]
            rows += [(w, _sa(h), _sa(p), shelter) for (w, _, shelter), h, p in zip(WARDS, hh, ppl, strict=True)]
            rows.append(("TOTAL", _sa(sum(hh)), _sa(sum(ppl)), ""))
            html += [_p("&nbsp;"), _table(rows)]
            text += ["", *[" | ".join(r) for r in rows]]
        text.append("")
    sign = [SENDER[0], SENDER[1], muni, "Tel: 031 000 1234 | Cell: 082 000 5678",
            "24-hour Disaster Management Call Centre: 0800 00 1234"]  # fmt: skip
    html += [_p("&nbsp;"), _p("Kind regards"), _p("&nbsp;"), _p("<b>" + "<br>".join(escape(x) for x in sign) + "</b>"),
             _p("&nbsp;"), _p(escape(DISCLAIMER), "font-size:7.5pt;color:gray")]  # fmt: skip
    text += ["Kind regards", "", *sign, "", DISCLAIMER, ""]
    msg = EmailMessage()
    msg["From"] = f"{SENDER[0]} <sipho.dlamini@{domain}>"
    msg["To"] = f"JOC Members <joc@{domain}>"
    msg["Cc"] = f"Provincial Disaster Management Centre <pdmc@{domain}>"
    msg["Subject"] = f"Sitrep {doc.number}: {doc.service} – {when.day} {when:%B %Y} 12h00"
    msg["Date"] = format_datetime(when.replace(hour=10, minute=20 + doc.number % 30, tzinfo=UTC))
    msg["Message-ID"] = f"<{zlib.crc32(muni.encode()):08x}.{doc.number}@{domain}>"
    msg.set_content("\n".join(text))
    body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:'
            'word"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
            'content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-ZA" link="#0563C1">'
            '<div class="WordSection1">' + "\n".join(html) + "</div></body></html>")  # fmt: skip
    msg.add_alternative(body, subtype="html")
    return msg.as_bytes()
