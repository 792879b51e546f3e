"""Text writer of the ``blind68_layouts`` set: a Lomé neighbourhood development committee's flood report typed in
Ewe in Notepad++ and sent to the commune as a text file.

A neighbourhood development committee of Lomé (comité de développement de quartier, CDQ, the elected committee of a
quartier, recognised by and working with its commune of the Grand Lomé district) in floods: its daily report to the
mayor, typed in Ewe by the committee's secretary in Notepad++ (UTF-8 without a byte order mark, so that "ɖ ƒ ɣ ŋ ɔ ɛ
ʋ" survive, Windows line ends, no line wrapped: each paragraph one long line) and sent as an attachment — the
committee's name in French capitals, its commune and telephone; "Na:", "Tso:", "Nya:" and "Ŋkeke:" (to, from, matter,
day) with the mayor, the secretary, the report's number and the day and hour; "Mido gbe na mi," and the sentence
saying why the report is sent; then each section's name in capitals between three asterisks ("*** NYA VEVITƆWO
***"), the summary as paragraphs, the other points after "- ", "Nusi míewɔ:" in its risk's point; "Akpe na mi.", the
secretary's name, post, committee and telephone. "2.584.000 F CFA", "1.250", "masa 16 lia",
"(nyatakaka si do ŋgɔ: 5)".
"""

from __future__ import annotations

from blind7_layouts_content import report_day
from blind68_layouts_banks_africa import TSIDODO
from blind68_layouts_content import EE_MONTHS
from council_layouts_gold import Doc

QUARTIERS = (
    ("Bè-Kpota", "Golfe 1", "Kossi Agbeko", "90 12 34 56"),
    ("Adidogomé", "Golfe 5", "Ama Dzifa Akakpo", "91 45 07 83"),
    ("Baguida", "Golfe 6", "Yao Mensah Kuevi", "99 63 28 14"),
    ("Agoè-Zongo", "Agoè-Nyivé 1", "Komi Selom Adjavon", "92 80 51 36"),
)


def txt_notepadpp_tsidodo_cdq_tg(doc: Doc) -> bytes:
    """The committee's flood report as the Notepad++ text file sent to the commune."""
    when = report_day(doc)
    quartier, commune, secretary, phone = QUARTIERS[TSIDODO.organisations.index(doc.organisation)]
    of = "D'" if quartier[0] in "AEIOU" else "DE "
    day = f"{EE_MONTHS[when.month - 1]} {when.day} lia {when.year}"
    out = [
        f"COMITÉ DE DÉVELOPPEMENT DE QUARTIER (CDQ) {of}{quartier.upper()}",
        f"Commune {commune} – Lomé",
        f"Tél. : +228 {phone}",
        "",
        f"Na: {commune} commune ƒe Meɖa (Maire)",
        f"Tso: CDQ {quartier} ƒe Nuŋlɔla",
        f"Nya: Tsiɖɔɖɔ ƒe nyatakaka no. {doc.number}",
        f"Ŋkeke: {day}, fiẽ ga 6",
        "",
        "Mido gbe na mi,",
        "",
        "Míeɖo nyatakaka sia ɖe mia gbɔ be mianya alesi tsiɖɔɖɔ la le le míaƒe nutome egbe.",
        "",
    ]
    for s in doc.sections:
        out += [f"*** {s.heading} ***", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        out += [f"- {it.text}" for it in s.items]
        out.append("")
    out += ["Akpe na mi.", "", secretary, f"Nuŋlɔla (Secrétaire), CDQ {quartier}", f"Tél. : +228 {phone}", ""]
    return "\r\n".join(out).encode("utf-8")
