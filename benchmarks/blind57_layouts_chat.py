"""Chat writer of the ``blind57_layouts`` set: a Montenegrin municipality's flood information posted in the Viber
group of its team for emergency situations and saved with Viber's message history export.

A Montenegrin municipality in a flood of the Lim: the head of the municipal protection and rescue service posts the
daily "Informacija o stanju" in the Viber group of the municipal team for emergency situations (the president of the
municipality, the secretaries, the utility company, the health centre, the police and the electricity distribution
office), and the group's history is saved with Viber for Android's "Email message history" (Settings → Calls and
messages), which mails a ZIP of CSV files, one a chat, that is forwarded on: no header row, each message a row
"date,time,sender,phone,text" (the date "17/11/2026", the time with seconds, the sender's name as the phone keeps it
or "Me", the number "+382 …"), a message of several lines quoted, a photo or sticker the app's label in the text
cell ("Fotografija", "Stiker"), the members' acknowledgements ("Primljeno", "👍") before and after the report. The
report is one message: its title in capitals with the municipality, "Broj: 3, 17. 11. 2026. u 08:00 h", each
section's name in capitals on its own line ("SAŽETAK"), the summary as lines, the other points after "- ",
"Preduzete mjere:" after the risk, and the close "Komandant Opštinskog tima" with the president's name. "340.000 €",
"1,25 mil. €", "1.250", "12%", "16. novembra", "(u prethodnoj informaciji: 5)".
"""

from __future__ import annotations

import csv
import io
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind57_layouts_banks_away import POPLAVE
from council_layouts_gold import Doc

TEAMS = (("BIJELO POLJE", "Petar Smolović",
          ("Dom zdravlja BP", "Vodovod BP Dragan", "CEDIS BP dispečer", "Sekretarijat za uređenje prostora")),
         ("BERANE", "Vuka Golubović",
          ("DZ Berane Jelena", "Milan komunalno", "CEDIS Berane", "Policija Berane dežurni")),
         ("ANDRIJEVICA", "Srđan Mašović",
          ("Dom zdravlja And", "Vodovod Andrijevica", "CEDIS Andrijevica", "Mjesna zajednica Trepča")),
         ("PLAV", "Nihad Canović",
          ("DZ Plav", "Adnan komunalno Plav", "CEDIS Plav", "Policija Plav")))  # fmt: skip


def _phone(who: str) -> str:
    """The member's number, the same in every saved history."""
    h = zlib.crc32(who.encode())
    n = h % 900_000 + 100_000
    return f"+382 6{h % 9 + 1} {n // 1000:03d} {n % 1000:03d}"


def _report(doc: Doc, place: str, chief: str, when) -> str:
    lines = [f"INFORMACIJA O STANJU NA TERITORIJI OPŠTINE {place}",
             f"Broj: {doc.number}, {when.day}. {when.month}. {when.year}. u 08:00 h", ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        lines += [it.text if s.key == "highlights" else f"- {it.text}" for it in s.items]
        lines.append("")
    lines += ["Komandant Opštinskog tima", chief]
    return "\n".join(lines)


def csv_viber_history_poplave_me(doc: Doc) -> bytes:
    """The team's Viber group as Viber for Android mails its history, with the day's information in it."""
    when = report_day(doc)
    place, chief, members = TEAMS[POPLAVE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    before = when - timedelta(days=1)
    day, eve = f"{when:%d/%m/%Y}", f"{before:%d/%m/%Y}"
    health, utility, power, other = members
    me = _phone(doc.organisation)
    rows = [
        (eve, f"19:{10 + h % 40}:{h % 60:02d}", health, _phone(health),
         "Ekipa hitne pomoći je obišla porodice u poplavljenom dijelu naselja, nema povrijeđenih."),
        (eve, f"19:{52 + h % 7}:{(h >> 3) % 60:02d}", utility, _phone(utility), "Fotografija"),
        (eve, f"21:0{h % 9}:{(h >> 5) % 60:02d}", "Me", me, "Primljeno. Sjutra ujutru šaljem informaciju o stanju."),
        (day, f"07:{40 + h % 10}:{(h >> 7) % 60:02d}", power, _phone(power),
         "Dobro jutro, struja je vraćena u dva sela, ostali su i dalje bez napajanja."),
        (day, f"08:{15 + h % 10}:{(h >> 9) % 60:02d}", "Me", me, _report(doc, place, chief, when)),
        (day, f"08:{31 + h % 10}:{(h >> 11) % 60:02d}", other, _phone(other), "Stiker"),
        (day, f"08:{44 + h % 10}:{(h >> 13) % 60:02d}", utility, _phone(utility), "Primljeno 👍"),
        (day, f"09:0{h % 9}:{(h >> 15) % 60:02d}", health, _phone(health), "Primljeno, hvala."),
    ]  # fmt: skip
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue().encode("utf-8")
