"""Two frames a force or a ministry sends its sitrep in.

A police or military staff paper in Word: numbered paragraphs, each opening with its bold title closed by a full stop
("1.\tSummary. A cyclone warning …"), more paragraphs under it, then "(Sgd) J. P. Lagesse", the post and a distribution
list. Each title heads a section named as printed ("1. Summary"), its text the first point; the next report's time
under "10. Future action", the signature and the distribution close it.

A Malay official letter printed to PDF: the letterhead, "Ruj. Kami:" and "Tarikh:", the addressee (its lines read as
one), "Yang Mulia," and the greeting "Assalamualaikum Warahmatullahi Wabarakatuh.", the report's name in bold with
no label, the cover ("Dengan hormatnya saya merujuk kepada perkara di atas. …"), numbered sections, a risk table
("Bil. | Risiko | Langkah Kawalan | Tindakan"), then "Sekian, dimaklumkan.", the closing prayer, "Yang benar,", the
signer's name in brackets, the post and "s.k.:" over whom copies go to. Only the sections are the report; each risk
carries its control measure."""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sitroom.read import parse_bytes

STAFF = [
    ("Summary", ["A cyclone warning of Class III has been in force since 1 February."]),
    ("Incidents and damage", ["Trees fallen across roads: 87.", "Roofs blown off in Flacq: 12."]),
    ("Future action", ["A damage assessment is planned for 3 February.",
                       "The next situation report will be submitted on 3 February."]),
]  # fmt: skip


def _staff_paper() -> bytes:
    d = docx.Document()
    for line in ["MAURITIUS POLICE FORCE", "EASTERN DIVISION HEADQUARTERS, FLACQ"]:
        d.add_paragraph().add_run(line).bold = True
    d.add_paragraph().add_run("SITUATION REPORT No. 1 – CYCLONIC CONDITIONS").bold = True
    for n, (title, points) in enumerate(STAFF, 1):
        p = d.add_paragraph()
        p.add_run(f"{n}.\t{title}.").bold = True
        p.add_run(f" {points[0]}")
        for point in points[1:]:
            d.add_paragraph(point)
    d.add_paragraph().add_run("(Sgd) J. P. Lagesse").bold = True
    for line in ["Superintendent of Police", "Divisional Commander, Eastern Division"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("Distribution:").bold = True
    for line in ["Commissioner of Police", "NEOC, Line Barracks", "File"]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_staff_papers_stopped_titles_head_its_sections() -> None:
    report = parse_bytes(_staff_paper(), "sitrep.docx")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    want = [(f"{n}. {t}", p[:-1] if t == "Future action" else p) for n, (t, p) in enumerate(STAFF, 1)]
    assert got == want


MALAY = {
    "sections": [("1. RINGKASAN", ["Hujan lebat berterusan sejak 2 Januari telah menyebabkan banjir kilat."]),
                 ("2. KESAN BANJIR", ["Beberapa jalan raya ditutup kepada lalu lintas kerana dinaiki air."])],
    "risks": [("Risiko banjir susulan di kawasan rendah adalah dalam pemantauan.",
               "Pam mudah alih ditempatkan di kawasan berisiko.", "Pegawai Operasi"),
              ("Risiko tanah runtuh di lereng bukit semakin meningkat.",
               "Penduduk di kawasan lereng dinasihatkan berpindah sementara.", "Unit Penyelamat Air")],
}  # fmt: skip


def _malay_letter(addressee_lines: bool) -> bytes:
    buf = io.BytesIO()
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6)
    centre = ParagraphStyle("c", parent=bold, alignment=1, fontSize=11)
    right = ParagraphStyle("r", parent=body, alignment=2)
    address = ["Pengarah,", "Pusat Pengurusan Bencana Kebangsaan,", "Kementerian Hal Ehwal Dalam Negeri,",
               "Jalan Kebangsaan, Bandar Seri Begawan BB3910."]  # fmt: skip
    flow = [Paragraph("JABATAN BOMBA DAN PENYELAMAT<br/>NEGARA BRUNEI DARUSSALAM", centre), Spacer(1, 10),
            Paragraph("Ruj. Kami: JBPM/Z1/OPS/600-1/1", right), Paragraph("Tarikh: 5 Januari 2026", right),
            Spacer(1, 10)]  # fmt: skip
    flow += [Paragraph(line, body) for line in address] if addressee_lines else [Paragraph("<br/>".join(address), body)]
    flow += [
        Spacer(1, 8),
        Paragraph("Yang Mulia,", body),
        Spacer(1, 6),
        Paragraph("Assalamualaikum Warahmatullahi Wabarakatuh.", body),
        Spacer(1, 6),
        Paragraph("LAPORAN SITUASI BANJIR BIL. 1/2026 – ZON 1 BRUNEI DAN MUARA", bold),
        Paragraph(
            "Dengan hormatnya saya merujuk kepada perkara di atas. Bersama-sama ini dikemukakan laporan "
            "situasi banjir bagi kawasan Zon 1 untuk makluman pihak Yang Mulia selanjutnya.",
            body,
        ),
    ]
    for heading, points in MALAY["sections"]:
        flow += [Paragraph(heading, bold), *(Paragraph(p, body) for p in points)]
    cell = ParagraphStyle("cell", parent=body, fontSize=9)
    rows = [["Bil.", "Risiko", "Langkah Kawalan", "Tindakan"]]
    rows += [[f"3.{n}", *r] for n, r in enumerate(MALAY["risks"], 1)]
    table = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[35, 180, 170, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))  # fmt: skip
    flow += [Paragraph("3. RISIKO", bold), table, Spacer(1, 12)]
    flow += [
        Paragraph(t, body)
        for t in [
            "Sekian, dimaklumkan.",
            "Wabillahi Taufiq Walhidayah, Wassalamualaikum Warahmatullahi Wabarakatuh.",
            "Yang benar,",
        ]
    ]
    flow += [Spacer(1, 30), Paragraph("(Hj Md Rosli bin Hj Abd Rahman)", bold),
             Paragraph("Ketua Zon 1 Brunei dan Muara<br/>b.p. Pesuruhjaya Bomba dan Penyelamat", body), Spacer(1, 8),
             Paragraph("s.k.:<br/>1. Pesuruhjaya Bomba dan Penyelamat<br/>2. Pegawai Daerah Brunei dan Muara"
                       "<br/>3. Fail", body)]  # fmt: skip
    SimpleDocTemplate(buf, pagesize=A4).build(flow)
    return buf.getvalue()


@pytest.mark.parametrize("addressee_lines", [True, False], ids=["lines", "one-paragraph"])
def test_a_malay_letters_frame_is_left_out_and_its_risks_carry_their_measures(addressee_lines: bool) -> None:
    report = parse_bytes(_malay_letter(addressee_lines), "laporan.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]
    assert got == [*MALAY["sections"], ("3. RISIKO", [r[0] for r in MALAY["risks"]])]
    assert [i.mitigation for i in report.sections[-1].items] == [r[1] for r in MALAY["risks"]]
