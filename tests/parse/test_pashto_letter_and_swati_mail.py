"""Two more languages read whole, and section names of four more.

An Afghan provincial directorate's letter in Pashto, in Word: its report's numbered name ("… راپور ګڼه ۲", the report
number 2) is its title, its sections take their keys ("لنډیز" the summary, "مرګ ژوبله او زیانونه" the casualties and
damage, "بشري ځواک" the staff …), a risk carries the measures taken ("نیول شوي تدابیر:"), and the close ("په درنښت"),
the signer and whom copies go to ("کاپي:") are no part of the report.

An Eswatini Inkhundla's mail in siSwati: the greeting, "Nangu umbiko …" (here is the report) and "Ngiyabonga." with
the signer are the letter's; "EMAPHUZU LAMCOKA" (the main points) … "LOKUTAWENTIWA" (what will be done) are its
sections, each risk with what is being done ("Lokwentiwako:").

A Bolivian unit's report closes "Es cuanto informo para su conocimiento y fines consiguientes." and names its next
steps "Acciones a seguir"; a Samoan mayor names the weather as it is "Tulaga o le tau" and the help to families
"Fesoasoani i aiga"; an Andorran comú its help to the people "Atenció a la població" and its means "Mitjans humans i
materials"; a French Polynesian commune its summary "L'essentiel"."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes, parse_text

PASHTO = [
    ("لنډیز", "highlights", ["زیانمنې شوې کورنۍ: ۳٬۷۸۲."]),
    ("مرګ ژوبله او زیانونه", "impacts", ["مړه شوي کسان: ۹۸."]),
    ("بشري ځواک", "workforce", ["د سره میاشتې ټولنې ټیمونه په ساحه کې فعال دي."]),
    ("لګښتونه", "finance", ["تر اوسه شوی لګښت: ۵٫۰۴ میلیونه افغانۍ."]),
    ("خطرونه", "risks", ["د نورو ټکانونو خطر: تر څارنې لاندې. نیول شوي تدابیر: خلکو ته ویل شوي چې بیرون ووسي."]),
    ("راتلونکي ګامونه", "next-steps", ["راتلونکی راپور به د ۱۳ وږی په ورځ واستول شي."]),
]
SWATI = [
    ("1. EMAPHUZU LAMCOKA", "highlights", ["Imindeni letsintsekile: 2,201."]),
    ("2. SIMO SELITULU NEMANTI", "situation", ["Imvula itawuba ncane kunalejwayelekile."]),
    ("3. BASEBENTI", "workforce", ["Basebenti nemavolontiya lasebentako: 131."]),
    ("4. TIMALI", "finance", ["Timali letisetjentisiwe kuze kube manje: E1.29 million."]),
    ("5. TINGOTI", "risks", ["Ingoti yekugula: iyabukwa. Lokwentiwako: Imindeni inikwa emaphilisi ekuhlanta emanti."]),
    ("6. LOKUTAWENTIWA", "next-steps", ["Umbiko lolandzelako: 12 Imphala."]),
]


def _sections(report) -> list[tuple[str | None, str | None, list[str]]]:
    return [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


def _pashto_letter() -> bytes:
    d = docx.Document()
    for line in ["د افغانستان اسلامي امارت", "د ناڅاپي پېښو د مدیریت ملي اداره", "د ننګرهار ولایت ریاست"]:
        d.add_paragraph().add_run(line).bold = True
    d.add_paragraph("د زلزلې د وضعیت راپور ګڼه ۲", style="Title")
    for heading, _, points in PASHTO:
        d.add_heading(heading, level=2)
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in ["په درنښت", "انجنیر محمد اسماعیل شینواری", "د ننګرهار ولایت د ناڅاپي پېښو د مدیریت رئیس"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("کاپي:").bold = True
    for line in ["۱- د والي دفتر ته", "۲- د عامې روغتیا ریاست ته"]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_pashto_letter_reads_as_its_sections() -> None:
    report = parse_bytes(_pashto_letter(), "report.docx")[0]
    assert _sections(report) == PASHTO
    risks = next(s for s in report.sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == ["خلکو ته ویل شوي چې بیرون ووسي."]


def test_a_swati_mail_reads_as_its_sections() -> None:
    lines = ["Mphatsi weSifundza loHloniphekile,", "",
             "Nangu umbiko wesomiso weNkhundla yaseSigwe. Umbiko nombolo 2, lusuku: 12 Imphala.", ""]  # fmt: skip
    for heading, _, points in SWATI:
        lines += [heading, *(f"* {p}" for p in points), ""]
    lines += ["Ngiyabonga.", "", "Thembi Nxumalo", "Nobhala weNkhundla", "Lucingo: +268 2207 2215"]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "inkhundla@example.sz", "region@example.sz", "Umbiko wesomiso nombolo 2"
    msg["Date"] = "Mon, 12 Oct 2026 16:00:00 +0200"
    msg.set_content("\n".join(lines))
    report = parse_bytes(bytes(msg), "umbiko.eml")[0]
    assert _sections(report) == SWATI
    risks = next(s for s in report.sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == ["Imindeni inikwa emaphilisi ekuhlanta emanti."]


def test_an_official_spanish_close_is_no_point() -> None:
    text = ("INFORME DE SITUACIÓN N° 3\n\nI. RESUMEN.-\n\n- Focos de calor activos: 42.\n\nX. ACCIONES A SEGUIR.-\n\n"
            "- Continuar con el monitoreo de focos de calor.\n\nEs cuanto informo para su conocimiento y fines "
            "consiguientes.\n\nIng. Rodrigo Choque\nResponsable UGR\n")  # fmt: skip
    report = parse_text(text, "informe.txt")
    assert _sections(report) == [("I. RESUMEN.-", "highlights", ["Focos de calor activos: 42."]),
                                 ("X. ACCIONES A SEGUIR.-", "next-steps",
                                  ["Continuar con el monitoreo de focos de calor."])]  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "key"),
    [("TULAGA O LE TAU", "situation"), ("FESOASOANI I AIGA", "assistance"), ("Atenció a la població", "assistance"),
     ("Mitjans humans i materials", "workforce"), ("L’essentiel", "highlights"), ("Pasos a seguir", "next-steps")],
)  # fmt: skip
def test_these_section_names_take_their_keys(heading: str, key: str) -> None:
    report = parse_text(f"Situation Report No. 3\n\n{heading}\n\n- A point of the section.\n\nRisks\n\n- A risk.\n")
    assert next((s.heading, s.key) for s in report.sections) == (heading, key)
