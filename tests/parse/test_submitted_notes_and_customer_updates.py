"""Notes submitted for the reader's information, and a service's update to its customers.

A Greek or Romanian service's note closes by submitting itself for information ("Υποβάλλεται για ενημέρωσή σας.",
"Se prezintă spre informare.") over its signer and whom copies go to ("Κοιν.: …"); the hour its figures stand at is
a bracketed line under the title ("(Κατάσταση στις 08:00 της 23ης Ιουλίου 2026)", "(situația la ora 08:00, …)").
A utility or a municipal committee opens by saying it updates its customers or informs the people of the situation
("… wishes to update its valued customers in … on the water supply situation …", "… informa a la población sobre la
situación …", "… informa a população sobre a situação …") and closes regretting the trouble ("… regrets any
inconvenience caused …") or with the numbers to call ("Linha verde: 800 11 12 · Bombeiros: 131"). None of these is
a point. Their sections' names take their keys: the general picture, information or situation in brief a note opens
with is its highlights, the weather as it is the situation, an impact on something an impact, the planned actions the
next steps, the service to residents and the support to communities the assistance."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes, parse_text

GREEK = [
    ("1. Γενική εικόνα", "highlights", ["Η πυρκαγιά συνεχίζει να καίει σε δασική έκταση."]),
    ("2. Καιρικές συνθήκες", "situation", ["Οι άνεμοι πνέουν βορειοδυτικοί, 5 μποφόρ."]),
    ("3. Επιπτώσεις στις κοινότητες", "impacts", ["Κατοικίες που υπέστησαν ζημιές: 12."]),
    ("4. Κίνδυνοι", "risks", ["Ο κίνδυνος αναζωπυρώσεων παραμένει υψηλός."]),
]
ROMANIAN = [
    ("I. Informație generală", "highlights", ["Ninsorile abundente îngreunează deplasarea echipelor."]),
    ("II. Condițiile meteorologice", "situation", ["Temperaturile nocturne vor coborî până la minus 9 grade."]),
    ("III. Impactul asupra activității", "impacts", ["Mai multe sate rămân izolate."]),
    ("IV. Cheltuieli suplimentare", "finance", ["Cheltuieli pentru combustibil: 310 000 lei."]),
    ("V. Acțiuni planificate", "next-steps", ["Următoarea notă va fi prezentată la 27 noiembrie."]),
]


def _greek_word() -> bytes:
    """The note typed in Word's "Normal" style, each section's number and name bold at a tab."""
    d = docx.Document()
    for line in ["ΚΥΠΡΙΑΚΗ ΔΗΜΟΚΡΑΤΙΑ", "ΠΥΡΟΣΒΕΣΤΙΚΗ ΥΠΗΡΕΣΙΑ"]:
        d.add_paragraph().add_run(line).bold = True
    for line in ["Αρ. Φακ.: 4.12.07/3", "Προς:\tΕπαρχιακό Λειτουργό Πάφου"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("Θέμα:\tΑναφορά Κατάστασης αρ. 2 – Πυρκαγιά στην περιοχή Τάλας").bold = True
    d.add_paragraph("(Κατάσταση στις 08:00 της 23ης Ιουλίου 2026)")
    for heading, _, points in GREEK:
        number, name = heading.split(" ", 1)
        d.add_paragraph().add_run(f"{number}\t{name}").bold = True
        for point in points:
            d.add_paragraph(point)
    d.add_paragraph("Υποβάλλεται για ενημέρωσή σας.")
    for line in ["(Μαρία Γεωργίου)", "Πυροσβεστική Διοικήτρια Πάφου", "Κοιν.: Αρχηγό Πυροσβεστικής Υπηρεσίας"]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _romanian_text() -> str:
    lines = ["NOTĂ INFORMATIVĂ nr. 2", "privind activitatea stației în condiții de viscol",
             "(situația la ora 08:00, 26.11.2026)", ""]  # fmt: skip
    for heading, _, points in ROMANIAN:
        lines += [heading, *(f"– {p}" for p in points), ""]
    return "\n".join([*lines, "Se prezintă spre informare.", "", "Șef stație", "Ion Popescu"])


def _sections(report) -> list[tuple[str | None, str | None, list[str]]]:
    return [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


def test_a_greek_note_submitted_for_information_reads_as_its_sections() -> None:
    report = parse_bytes(_greek_word(), "note.docx")[0]
    assert _sections(report) == GREEK
    assert report.date is not None and report.date.isoformat() == "2026-07-23"


def test_a_romanian_note_submitted_for_information_reads_as_its_sections() -> None:
    report = parse_text(_romanian_text(), "note.txt")
    assert _sections(report) == ROMANIAN
    assert report.date is not None and report.date.isoformat() == "2026-11-26"


UPDATE = [
    ("Summary", "highlights", ["Supply to 12 villages was interrupted by a burst main."]),
    ("Current situation", "situation", ["Repairs on the 600 mm main are under way."]),
    ("Next steps", "next-steps", ["The next update will be issued on 10 February."]),
]


@pytest.mark.parametrize("layout", ["html", "text"])
@pytest.mark.parametrize(
    ("opening", "close"),
    [
        (
            "The Water Corporation wishes to update its valued customers in Mahalapye and surrounding villages on "
            "the water supply situation as at 16:00 hours on 9 February 2026.",
            "The Corporation regrets any inconvenience caused and appreciates the patience of its customers.",
        ),
        (
            "El Comité Municipal de Emergencias de Liberia informa a la población sobre la situación del cantón al "
            "9 de febrero de 2026.",
            "We apologise for any inconvenience caused.",
        ),
        (
            "O Serviço Municipal de Proteção Civil informa a população sobre a situação no concelho na sequência "
            "das chuvas fortes.",
            "Linha verde da Proteção Civil: 800 11 12 · Bombeiros: 131 · Polícia Nacional: 132",
        ),
        (
            "La XI Región Sanitaria informa sobre la situación del dengue en el departamento.",
            "Línea gratuita: 154 · Emergencias: 911",
        ),
    ],
    ids=["customers", "población", "população", "región"],
)
def test_an_update_to_customers_keeps_only_its_sections(layout: str, opening: str, close: str) -> None:
    if layout == "html":
        body = "".join(f"<h2>{h}</h2><ul>{''.join(f'<li>{p}</li>' for p in ps)}</ul>" for h, _, ps in UPDATE)
        page = f"<html><body><h1>Water Supply Update No. 1</h1><p>{opening}</p>{body}<p>{close}</p></body></html>"
        report = parse_bytes(page.encode(), "update.html")[0]
    else:
        body = "\n\n".join(f"{h}\n" + "\n".join(f"- {p}" for p in ps) for h, _, ps in UPDATE)
        report = parse_text(f"Water Supply Update No. 1\n\n{opening}\n\n{body}\n\n{close}\n", "update.txt")
    assert _sections(report) == UPDATE


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Condiciones del tiempo", "situation"),
        ("APPUI AUX POPULATIONS", "assistance"),
        ("Asistența acordată populației", "assistance"),
        ("Impactul asupra rețelei", "impacts"),
        ("Επιπτώσεις στο δίκτυο", "impacts"),
        ("Lage in Kürze", "highlights"),
        ("Stand der Analyse", "situation"),
        ("Bürgerservice", "assistance"),
        ("Appui aux communautés", "assistance"),
    ],
)
def test_section_names_of_these_notes_take_their_keys(heading: str, key: str) -> None:
    report = parse_text(f"Situation Report No. 3\n\n{heading}\n\n- A point of the section.\n\nRisks\n\n- A risk.\n")
    assert next((s.heading, s.key) for s in report.sections) == (heading, key)
