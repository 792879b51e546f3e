"""Markdown writer of the ``blind63_layouts`` set: a Liechtenstein municipality's IT department's situation report
after a ransomware attack, a note kept in HedgeDoc.

The IT department of a municipal administration of Liechtenstein (Gemeindeverwaltung) after a ransomware attack on
the municipalities' shared IT: the daily "Lagebericht" to the national crisis staff kept as a note on the
department's own HedgeDoc and exported as Markdown — the YAML header HedgeDoc reads (``title``, ``tags``, ``lang``,
``breaks``), the title as the note's only ``#`` heading, an ``:::info`` container with "Stand:", "Verfasst:",
"Verteiler:" and the traffic light protocol's "TLP:AMBER", HedgeDoc's ``[TOC]``, then each section a ``##`` heading,
the summary as paragraphs, the other points a list, "**Massnahmen:**" in bold in a risk's point, a status table of
systems under the systems section, the next steps as a task list (``- [ ]``), a rule and the note's closing line in
italics. Swiss writing as Liechtenstein's offices use it: "ss" for "ß", "CHF 5'650", "CHF 1.13 Millionen", "1'250",
"16. November", "(Vortag: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import MONATE, report_day
from blind63_layouts_banks_mainland import CYBER
from blind63_layouts_content import parts
from council_layouts_gold import Doc

GEMEINDEN = (
    ("Vaduz", "Marco Beck", "Leiter Informatik", "237 78 40"),
    ("Schaan", "Sandra Frommelt", "Leiterin Informatik", "237 72 15"),
    ("Triesen", "Thomas Kindle", "IT-Verantwortlicher", "399 36 20"),
    ("Balzers", "Daniela Vogt", "Leiterin Informatik", "388 05 30"),
)
SYSTEMS = ("Einwohnerkontrolle", "Finanzbuchhaltung", "Geschäftsverwaltung", "Steuern", "Bauverwaltung", "Telefonie")
STATUS = ("🔴 ausser Betrieb", "🟠 eingeschränkt", "🟢 in Betrieb")


def md_hedgedoc_cyber_gemeinde_li(doc: Doc) -> bytes:
    """The department's situation report as its HedgeDoc note, exported as Markdown."""
    when = report_day(doc)
    gemeinde, author, post, phone = GEMEINDEN[CYBER.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day}. {MONATE[when.month - 1]} {when.year}"
    title = f"Lagebericht Nr. {doc.number} – Cyberangriff Gemeindeinformatik {gemeinde}"
    out = ["---", f"title: {title}", f"tags: krisenstab, cyber, lagebericht, {gemeinde.lower()}", "lang: de-CH",
           "breaks: false", "---", "", f"# {title}", "", ":::info",
           f"**Stand:** {day}, {16 + h % 3}:00 Uhr  ", f"**Verfasst:** {author}, {post}, Gemeinde {gemeinde}  ",
           "**Verteiler:** Landesführungsstab, Gemeindevorsteher/in, Gemeindeschreiber/in  ",
           "**Klassifizierung:** TLP:AMBER", ":::", "", "[TOC]", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "li")
            text = f"{risk} **{lead}** {rest}" if lead else it.text
            out.append(f"- [ ] {text}" if s.key == "next-steps" else f"- {text}")
        out.append("")
        if s.heading == "Systeme und Fachanwendungen":
            out += ["| System | Status | Bemerkung |", "|:--|:--|:--|"]
            for k, system in enumerate(SYSTEMS):
                state = STATUS[(h >> k) % 3 if doc.number > 1 else 0]
                out.append(f"| {system} | {state} | {'Notbetrieb' if state == STATUS[1] else '–'} |")
            out.append("")
    out += ["---", "", f"*Rückfragen: {author}, informatik@{gemeinde.lower()}.li, Tel. +423 {phone}*", ""]
    return "\n".join(out).encode()
