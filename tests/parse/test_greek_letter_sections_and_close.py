"""A Greek municipality's report: sections lettered in the Greek way, the sixth "ΣΤ." ("Α. Γενική εικόνα" …
"ΣΤ. Στήριξη κτηνοτρόφων"), each name keyed whatever its letter; the close signed by post over name ("Ο Δήμαρχος"
over "Γεώργιος Καραλής") and the internal distribution list ("Εσωτερική διανομή:") under it, none of it a point.

Layouts: Word (bold names) and plain text.
"""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Α. Γενική εικόνα", "highlights", ["Η ευλογιά των προβάτων επιβεβαιώθηκε σε τρεις κτηνοτροφικές μονάδες."]),
    ("Β. Επιπτώσεις", "impacts", ["Ζώα που θανατώθηκαν: 1.240."]),
    ("ΣΤ. Στήριξη κτηνοτρόφων", "assistance", ["Ο Δήμος διανέμει ζωοτροφές σε 37 κτηνοτρόφους."]),
    ("Θ. Κίνδυνοι", "risks", ["Κίνδυνος εξάπλωσης σε γειτονικές μονάδες: αυξανόμενος."]),
]
CLOSE = ["Ο Δήμαρχος", "Γεώργιος Καραλής", "Εσωτερική διανομή:", "Γραφείο Δημάρχου",
         "Διεύθυνση Τεχνικών Υπηρεσιών"]  # fmt: skip


def _word() -> bytes:
    d = docx.Document()
    d.add_paragraph("Δήμος Παλαμά – Ενημέρωση αρ. 1")
    for name, _, points in SECTIONS:
        d.add_paragraph().add_run(name).bold = True
        for p in points:
            d.add_paragraph(p, style="List Bullet")
    for line in CLOSE:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _text() -> bytes:
    lines = ["Δήμος Παλαμά – Ενημέρωση αρ. 1", ""]
    for name, _, points in SECTIONS:
        lines += [name, *(f"- {p}" for p in points), ""]
    return "\n".join([*lines, CLOSE[0], CLOSE[1], "", *CLOSE[2:]]).encode()


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_lettered_names_keys_and_close(fmt: str) -> None:
    report = parse_bytes(_word() if fmt == "docx" else _text(), f"enimerosi.{fmt}")[0]
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == SECTIONS
