"""An administration's information note: its name ("ՏԵՂԵԿԱՆՔ", the information note) over the line saying what it is
about and its number ("… իրավիճակի վերաբերյալ (№ 2)", closing with "regarding"), the numbered sections, then the signer
as post and name after a colon ("Մարզպետի տեղակալ: Արմեն Սարգսյան", "Deputy Governor: Armen Sargsyan") and the line
saying when it was drawn up ("Տեղեկանքը կազմվել է … դրությամբ։"). The frame is no section and no item. In Armenian
and with the signer in English, in Word and in HTML."""

from __future__ import annotations

import io
from html import escape

import docx
import pytest
from docx.shared import Pt

from sitroom.read import parse_bytes

HEAD = ["ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", "ԼՈՌՈՒ ՄԱՐԶՊԵՏԱՐԱՆ"]
NAME = "ՏԵՂԵԿԱՆՔ"
ABOUT = "մարզում սելավների հետևանքով ստեղծված իրավիճակի վերաբերյալ (№ 2)"
SECTIONS = [
    ("1. Ամփոփում", ["ա) Տուժած ընտանիքներ՝ 250։"]),
    ("2. Իրավիճակը", ["ա) Մարզի մի շարք համայնքներում հորդառատ անձրևները սելավներ են առաջացրել։"]),
    ("3. Հաջորդ քայլերը", ["ա) Վնասների գնահատում համայնքների ղեկավարների հետ։"]),
]
SIGNERS = {"armenian": "Մարզպետի տեղակալ: Արմեն Սարգսյան", "english": "Deputy Governor: Armen Sargsyan"}
DRAWN_UP = "Տեղեկանքը կազմվել է մայիսի 27-ի ժամը 09:00-ի դրությամբ։"


def _word(signer: str) -> bytes:
    d = docx.Document()
    for line in HEAD:
        d.add_paragraph().add_run(line).bold = True
    d.add_paragraph("ք. Վանաձոր 27.05.2025 թ.")
    name = d.add_paragraph().add_run(NAME)
    name.bold, name.font.size = True, Pt(15)
    d.add_paragraph(ABOUT)
    for heading, points in SECTIONS:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point)
    d.add_paragraph().add_run(signer).bold = True
    d.add_paragraph().add_run(DRAWN_UP).font.size = Pt(9)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(signer: str) -> bytes:
    head = "".join(f"<p><b>{escape(line)}</b></p>" for line in HEAD)
    body = "".join(f"<h2>{escape(h)}</h2>" + "".join(f"<p>{escape(p)}</p>" for p in pts) for h, pts in SECTIONS)
    return (
        f"<html><body>{head}<p>ք. Վանաձոր 27.05.2025 թ.</p><h1>{NAME}</h1><p>{escape(ABOUT)}</p>{body}"
        f"<p><b>{escape(signer)}</b></p><p><small>{escape(DRAWN_UP)}</small></p></body></html>"
    ).encode()


@pytest.mark.parametrize("make,name", [(_word, "note.docx"), (_html, "note.html")])
@pytest.mark.parametrize("signer", list(SIGNERS))
def test_the_information_note_frame_is_no_part_of_the_report(signer: str, make, name: str) -> None:
    report = parse_bytes(make(SIGNERS[signer]), name)[0]
    assert report.title is not None and report.title.startswith(NAME)
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == SECTIONS
