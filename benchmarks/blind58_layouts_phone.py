"""Mail writer of the ``blind58_layouts`` set typed on a phone: a Zambian provincial health office's cholera
situation report sent from Samsung Email.

A Zambian provincial health office in a cholera outbreak: the provincial surveillance officer types the daily
"CHOLERA SITREP" in Samsung Email on a Galaxy phone between the treatment centres and sends it to the public health
institute's emergency operations centre, the ministry's directors and the district health offices: no formatting at
all — each line the ``<div dir="auto">`` the app writes, an empty line ``<div dir="auto"><br></div>``, "Dear All,"
and a line on what follows, the report's name, province and "DATE:" in capitals, each section's name typed in
capitals after its number ("1. HIGHLIGHTS"), the summary as lines, the other points after "- ", "Interventions:"
typed in the line of its risk, "Regards," and the signature typed by hand, and the app's "Sent from my Galaxy" in
its ``composer_signature`` block; the plain text part the same lines. "K10.2 million" (a pound as thirty kwacha),
"1,250", "2%", "16th January", "(previous: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind58_layouts_banks_home import CHOLERA
from blind58_layouts_mail import message
from council_layouts_gold import Doc

OFFICES = (("Lusaka", "Dr. Mwila Banda", "Provincial Surveillance Officer", "mwila.banda"),
           ("Copperbelt", "Dr. Chanda Mulenga", "Provincial Health Director", "chanda.mulenga"),
           ("Central", "Mr. Joseph Phiri", "Provincial Surveillance Officer", "joseph.phiri"),
           ("Southern", "Dr. Mutinta Hamoonga", "Provincial Health Director", "mutinta.hamoonga"))  # fmt: skip


def _lines(doc: Doc, province: str, when) -> list[str]:
    day = f"{when:%d/%m/%Y}"
    out = [
        "Dear All,",
        "",
        f"Please find below the cholera situation report for {province} Province as at {day}.",
        "",
        f"CHOLERA SITREP NO. {doc.number}",
        f"{province.upper()} PROVINCE",
        f"DATE: {day}",
        "",
    ]
    for s in doc.sections:
        out.append(s.heading)
        out += [it.text if s.key == "highlights" else f"- {it.text}" for it in s.items]
        out.append("")
    return out


def eml_samsung_email_cholera_zm(doc: Doc) -> bytes:
    """The office's cholera sitrep as Samsung Email sends it from the officer's phone."""
    when = report_day(doc)
    province, name, post, user = OFFICES[CHOLERA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    lines = [*_lines(doc, province, when), "Regards,", "", name, post, doc.organisation, "Ministry of Health"]
    divs = "".join(f'<div dir="auto">{escape(x)}</div>' if x else '<div dir="auto"><br></div>' for x in lines)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'{divs}<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
        '<div style="font-size:85%;color:#575757" dir="auto">Sent from my Galaxy</div></div></body></html>'
    )
    text = "\n".join(lines) + "\n\n\n\nSent from my Galaxy\n"
    subject = f"CHOLERA SITREP NO. {doc.number} - {province.upper()} PROVINCE - {when:%d/%m/%Y}"
    to = "eoc@znphi.co.zm, director.ph@moh.gov.zm"
    cc = ", ".join(f"dho.{d}@moh.gov.zm" for d in ("surveillance", province.lower(), "ims"))
    return message(f"{name.split(' ', 1)[1]} <{user}@moh.gov.zm>", to, subject, when, 19, 2,
                   f"<{h:x}.{doc.number}{h % 99991:x}@email.android.com>", text, html,
                   {"Cc": cc, "Importance": "Normal"})  # fmt: skip
