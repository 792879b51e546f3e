"""Reports in Bambara and in Hausa, and section names in Pijin and Albanian.

A Malian community health association's mail in Bambara numbers its parts with a hyphen ("1- Kunnafoni surun"):
each heads its points; the greeting ("I ni wula."), the cover ("Nin ye … kunnafoni sɛbɛn nimɔrɔ 1 ye …") and the
thanks ("An bɛ barika da aw ye.") are the letter's; a risk carries the measures taken ("Fɛɛrɛ minnu tigɛra:").

A Nigerien communal committee's report in Hausa stands in a French administration's letter, in Word: the
letterhead (the region, the department, the commune, the committee, the state and its motto, all centred, with the
letter's number, place and date at the margin), the report's name ("RAHOTON … LAMBA 1"), the sections, then the
signer's post ("Le Président du Comité,"), name and "Ampliations :" over whom copies go to. Only the sections are
the report.

A Solomon Islands office names the weather as it is "Wetha an solwata" and the help "Helpem olketa pipol"; a Kosovan
municipality its impact on services "Ndikimi në shërbimet komunale"; an earthquake swarm's report the seismic
activity, which is the situation."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes, parse_text

BAMBARA = [
    ("1- Kunnafoni surun", "highlights", ["Funteni ba min daminɛna Awirilikalo tile 3 la, o bɛ ka mɔgɔw bana."]),
    ("2- Funteni cogoya", "situation", ["Funteni hakɛ bi (degere): 42."]),
    ("3- Baarakɛlaw", "workforce", ["Dɔgɔtɔrɔw ani nɔrɔsiw minnu bɛ baara la: 66."]),
    ("4- Faratiw", "risks", ["Funteni bana farati: an b'a kɔlɔsi. Fɛɛrɛ minnu tigɛra: Kunnafoni bɛ di arajo fɛ."]),
    ("5- Baara nataw", "next-steps", ["Kunnafoni nata bɛna ci Awirilikalo tile 7."]),
]
HAUSA = [
    ("A. Taƙaitawa", "highlights", ["Ruwan sama mai ƙarfi ya haddasa ambaliya a unguwanni da dama."]),
    ("B. Yanayin ruwan sama", "situation", ["Yawan ruwan saman da aka auna (milimita): 116."]),
    ("C. Tallafin da aka bayar", "assistance", ["An raba abinci ga iyalai 320."]),
    ("D. Haɗurran da ake fuskanta", "risks", ["Ruwan kogi na iya ƙara tashi."]),
]


def _sections(report) -> list[tuple[str | None, str | None, list[str]]]:
    return [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


def test_a_bambara_mail_numbered_with_hyphens_reads_as_its_sections() -> None:
    lines = ["Meri bonyalen,", "", "I ni wula.", "",
             "Nin ye funteni kunnafoni sɛbɛn nimɔrɔ 1 ye, ASACO Pélengana ka CSCom fɛ.", ""]  # fmt: skip
    for heading, _, points in BAMBARA:
        lines += [heading, *(f"- {p}" for p in points), ""]
    lines += ["An bɛ barika da aw ye.", "", "Dr Boubacar Diarra", "CSCom Pélengana", "Tél. : +223 76 21 55 09"]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "asaco@example.ml", "mairie@example.ml", "Funteni kunnafoni sɛbɛn 1"
    msg["Date"] = "Mon, 06 Apr 2026 17:00:00 +0000"
    msg.set_content("\n".join(lines))
    report = parse_bytes(bytes(msg), "funteni.eml")[0]
    assert _sections(report) == BAMBARA
    risks = next(s for s in report.sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == ["Kunnafoni bɛ di arajo fɛ."]


def _hausa_letter() -> bytes:
    d = docx.Document()
    for line in ["RÉGION DE ZINDER", "DÉPARTEMENT DE MIRRIAH", "COMMUNE URBAINE DE MIRRIAH", "RÉPUBLIQUE DU NIGER"]:
        p = d.add_paragraph()
        p.add_run(line).bold = True
        p.alignment = 1
    d.add_paragraph("Fraternité – Travail – Progrès").alignment = 1
    d.add_paragraph("N° 045/CU/MRH/CCPGC\tMirriah, le 10 août 2026")
    title = d.add_paragraph()
    title.add_run("RAHOTON HALIN DA AKE CIKI NA AMBALIYAR RUWA LAMBA 1").bold = True
    title.alignment = 1
    for heading, _, points in HAUSA:
        d.add_heading(heading, level=2)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in ["Le Président du Comité,", "Maire de la Commune"]:
        d.add_paragraph(line).alignment = 2
    d.add_paragraph().add_run("ALMOUSTAPHA ILLIASSOU").bold = True
    d.add_paragraph().add_run("Ampliations :").bold = True
    for line in ["Gouverneur Région de Zinder 1", "Préfet de Mirriah 1"]:
        d.add_paragraph(line, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_hausa_report_in_a_french_administrations_letter_reads_as_its_sections() -> None:
    report = parse_bytes(_hausa_letter(), "rahoto.docx")[0]
    assert _sections(report) == HAUSA
    assert report.title == "RAHOTON HALIN DA AKE CIKI NA AMBALIYAR RUWA LAMBA 1"


@pytest.mark.parametrize(
    ("heading", "key"),
    [("WETHA AN SOLWATA", "situation"), ("HELPEM OLKETA PIPOL", "assistance"), ("SELEN", "finance"),
     ("Ndikimi në shërbimet komunale", "impacts"), ("Hapat e ardhshëm", "next-steps"),
     ("Attività sismica", "situation")],
)  # fmt: skip
def test_these_section_names_take_their_keys(heading: str, key: str) -> None:
    report = parse_text(f"Situation Report No. 3\n\n{heading}\n\n- A point of the section.\n\nRisks\n\n- A risk.\n")
    assert next((s.heading, s.key) for s in report.sections) == (heading, key)
