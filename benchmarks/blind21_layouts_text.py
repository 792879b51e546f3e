"""Markdown and text writers of the ``blind21_layouts`` set: a New Zealand emergency management group's cyclone
"Pūrongo Āhuatanga | Situation Report" kept as a Notion page and exported to Markdown (the page's title as "# …",
its properties as "Status: …", "Date: …", "Owner: …", "Tags: …" lines, an ``<aside>`` callout of who prepares it,
headings "## Whakarāpopototanga | Summary" in both languages, "- " points, links to other pages of the workspace
under Notion's file names with their UUID ("Emergency%20Coordination%20Centre%20<32 hex>.md"), each risk a toggle
exported as ``<details><summary>`` with "**Treatment:** …" inside, the next steps as "- [ ]" to-dos, a rule and the
linked database of earlier reports as a table; "1,250", "12%", "$3,400", "15 February") — and a Rwandan district's
"Raporo y'ibihe" on floods and landslides as its disaster management officer posts it to the sector leaders'
WhatsApp group, in the chat's export cut to the day ("28/04/2025, 07:52 - Name: …" lines, the report one long
message with its lines unprefixed, the title and each heading between "*" asterisks at Ngororero and Nyabihu and in
capitals after an emoji at Rubavu and Musanze, "- " or "• " points, "Ingamba:" inside a risk's point, the officer's
name and post at the message's foot, the replies before and after it, "<Media omitted>" and a member added;
"1.250", "3.400.000 Frw", "28 Mata").
"""

from __future__ import annotations

import uuid
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind21_layouts_content import LEADS, localise
from council_layouts_gold import Doc

PAGES = ("Emergency Coordination Centre", "Student Volunteer Army", "NEMA")
BOLD_RW = ("Akarere ka Ngororero", "Akarere ka Nyabihu")
RW_EMOJI = ("📌", "🌊", "🌧️", "🏚️", "🚑", "👷", "💰", "⚠️", "📢", "➡️")


def _uid(text: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"notion.so/{text}").hex


def _file(title: str) -> str:
    return title.replace(" ", "%20").replace("'", "%27") + "%20" + _uid(title)


def _linked(text: str) -> str:
    for page in PAGES:
        if page in text:
            return text.replace(page, f"[{page}]({_file(page)}.md)", 1)
    return text


def markdown_notion_mi(doc: Doc) -> bytes:
    """The group's report page as Notion's "Export → Markdown & CSV" writes it."""
    when = report_day(doc)
    us = f"{when:%B} {when.day}, {when.year}"
    lines = [f"# Pūrongo Āhuatanga {doc.number} | Situation Report {doc.number} – Cyclone", "",
             "Status: Issued" if doc.number % 2 else "Status: In progress", f"Date: {us}",
             "Owner: Intelligence Function (ECC)", "Tags: Cyclone, Sitrep",
             f"Distribution: {doc.organisation}, Partner Agencies, Iwi Liaison", "",
             "<aside>", "📌 Prepared by the Intelligence function of the Emergency Coordination Centre from partner "
             "reports received up to 0700 hours. Kia tūpato – stay safe.", "</aside>", ""]  # fmt: skip
    lead = LEADS["mi"]
    for s in doc.sections:
        lines += [f"## {s.heading}", ""]
        for it in s.items:
            if s.risks:
                risk, has, mitigation = split_mitigation(it, lead)
                lines += ["<details>", f"<summary>{_linked(risk)}</summary>", ""]
                if has:
                    lines += [f"**{lead}** {_linked(mitigation)}", ""]
                lines += ["</details>", ""]
            elif s.key == "next-steps":
                done = "x" if zlib.crc32(it.text.encode()) % 3 == 0 else " "
                lines.append(f"- [{done}] {_linked(it.text)}")
            else:
                lines.append(f"- {_linked(it.text)}")
        if not s.risks:
            lines.append("")
    lines += ["---", "", f"[Sitrep log]({_file('Sitrep log')}.csv)", "", "| Name | Date | Status |",
              "| --- | --- | --- |"]  # fmt: skip
    for n in range(doc.number - 1, 0, -1):
        d = when - timedelta(days=doc.number - n)
        lines.append(
            f"| [Situation Report {n}]({_file(f'Situation Report {n}')}.md) | {d:%B} {d.day}, {d.year} | Issued |"
        )
    lines.append("")
    return "\n".join(lines).encode()


# ---------------------------------------------------------------- Rwandan district: a WhatsApp group's export


def restyle_rw(doc: Doc) -> None:
    """The district's conventions; the headings in capitals where its officer types them so."""
    localise(doc, "rw")
    for s in doc.sections:
        s.heading = s.heading.capitalize() if doc.organisation in BOLD_RW else s.heading.upper()


def text_whatsapp_rw(doc: Doc) -> bytes:
    """The sector leaders' group chat of the day, exported, with the district's report as one message."""
    when = report_day(doc)
    akarere = doc.organisation.removeprefix("Akarere ka ")
    bold = doc.organisation in BOLD_RW
    officer = ("Jean Bosco Ndayisaba", "Claudine Uwase", "Eric Habimana", "Vestine Mukamana")[
        zlib.crc32(akarere.encode()) % 4
    ]
    day = f"{when:%d/%m/%Y}"
    before = when - timedelta(days=1)
    out = [f"{before:%d/%m/%Y}, 18:03 - {officer} added +250 78{doc.number} 441 920",
           f"{before:%d/%m/%Y}, 18:40 - Gitifu Kabaya: Amazi yatangiye kugabanuka ku kiraro 👍",
           f"{before:%d/%m/%Y}, 18:41 - Gitifu Kabaya: <Media omitted>",
           f"{before:%d/%m/%Y}, 21:15 - Mudugudu Rugendabari: Imvura iracyagwa cyane hano 🌧️🌧️"]  # fmt: skip
    title = f"RAPORO Y'IBIHE No {doc.number} – AKARERE KA {akarere.upper()}"
    msg = [f"*{title}*" if bold else f"🔴 {title}", f"📅 {day}, saa 07:00", ""]
    lead = LEADS["rw"]
    for k, s in enumerate(doc.sections):
        msg.append(f"*{s.heading}*" if bold else f"{RW_EMOJI[k % len(RW_EMOJI)]} {s.heading}")
        for it in s.items:
            risk, has, mitigation = split_mitigation(it, lead)
            text = f"{risk} {'*' + lead + '*' if bold else lead} {mitigation}" if has else it.text
            msg.append(("- " if bold else "• ") + text)
        msg.append("")
    msg += ["Murakoze 🙏", officer, f"Ushinzwe imicungire y'ibiza, {doc.organisation}"]
    out.append(f"{day}, 07:52 - {officer}: " + "\n".join(msg))
    out += [f"{day}, 07:58 - SEDO Muhororo: Byakiriwe, murakoze 🙏",
            f"{day}, 08:03 - Gitifu Kabaya: Twabyakiriye. Tugiye gukurikirana imiryango yimuwe",
            f"{day}, 08:05 - Gitifu Kabaya: <Media omitted>",
            f"{day}, 08:11 - Mudugudu Rugendabari: 👍👍"]  # fmt: skip
    return ("\n".join(out) + "\n").encode()
