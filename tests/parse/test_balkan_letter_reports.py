"""A report sent as an official letter in Bosnian, Serbian or Croatian: the letterhead, "Broj: …", the place and
day, the addressee, "PREDMET" over the subject that names the report, the covering paragraph ending "kako
slijedi:", hand-numbered sections whose names take their keys, a risk register (Rizik | Vjerovatnoća | Posljedice
| Kontrolne mjere | Nosilac) read row by row, and the signer's post over their name with "M.P." where the seal
goes. In Word and HTML."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

HEAD = ["BOSNA I HERCEGOVINA", "CENTAR ZA UKLANJANJE MINA", "Regionalni ured Lipovo Brdo", "Broj: 05-3-796/26",
        "Lipovo Brdo, 20.05.2026. godine", "ŠTAB CIVILNE ZAŠTITE", "n/r komandanta Štaba"]  # fmt: skip
SUBJECT = "Informacija o minskoj situaciji nakon poplava i klizišta, broj 3"
COVER = "U skladu sa zaključcima Štaba, dostavljamo Vam informaciju o minskoj situaciji, kako slijedi:"
SECTIONS = [
    ("1. Sažetak", "highlights", ["Do sada je pregledano 252.051 kvadratnih metara zemljišta."]),
    ("2. Provedene aktivnosti", "activity", ["Demineri su uništili pronađena sredstva na licu mjesta."]),
    ("3. Informisanje stanovništva", "communications", ["Letci upozorenja podijeljeni su u svim naseljima."]),
    ("4. Finansijska sredstva", "finance", ["Odobrena su sredstva u iznosu od 1,02 miliona KM."]),
]
RISK_ROW = ("Stradanje stanovnika pri povratku.", "Visoka", "Teške", "Pregled kuća prije povratka.", "BHMAC")
RISKS = ("5. Procjena rizika", ["Rizik", "Vjerovatnoća", "Posljedice", "Kontrolne mjere", "Nosilac"], [RISK_ROW])
SIGNATURE = ["RUKOVODILAC REGIONALNOG UREDA", "Mirsad Hodžić", "M.P."]


def _docx() -> bytes:
    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line).runs[0].bold = line.isupper()
    d.add_paragraph("PREDMET").runs[0].bold = True
    d.add_paragraph(SUBJECT)
    d.add_paragraph(COVER)
    for heading, _, items in SECTIONS:
        d.add_paragraph(heading).runs[0].bold = True
        for t in items:
            d.add_paragraph(f"-\t{t}")
    d.add_paragraph(RISKS[0]).runs[0].bold = True
    table = d.add_table(rows=0, cols=5)
    for row in [RISKS[1], *RISKS[2]]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for line in SIGNATURE:
        d.add_paragraph(line).runs[0].bold = line.isupper()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    head = "".join(f"<p>{line}</p>" for line in HEAD)
    body = "".join(f"<p><b>{h}</b></p>" + "".join(f"<p>-&nbsp;{t}</p>" for t in items) for h, _, items in SECTIONS)
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [RISKS[1], *RISKS[2]])
    sign = "".join(f"<p>{line}</p>" for line in SIGNATURE)
    return (
        f"<html><body>{head}<p><b>PREDMET</b></p><p>{SUBJECT}</p><p>{COVER}</p>{body}"
        f"<p><b>{RISKS[0]}</b></p><table>{rows}</table>{sign}</body></html>"
    ).encode()


@pytest.mark.parametrize("make,name", [(_docx, "dopis.docx"), (_html, "dopis.html")])
def test_a_balkan_letter_reads_as_its_report(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    assert report.title == SUBJECT
    assert report.number == 3
    got = [(s.heading, s.key, [(i.text, i.mitigation) for i in s.items]) for s in report.sections]
    risk, _, _, controls, _ = RISKS[2][0]
    assert got == [
        *((h, k, [(t, None) for t in items]) for h, k, items in SECTIONS),
        (RISKS[0], "risks", [(risk, controls)]),
    ]
