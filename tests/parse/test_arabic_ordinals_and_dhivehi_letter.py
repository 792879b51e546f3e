"""Two writers the layout rules knew no words of.

An Omani directorate's mail counts its parts with Arabic ordinals ("أولاً: الملخص", "ثانياً: الحالة الجوية" …), each
over its points: the ordinal and its name head the part, whose key its name gives (the weather as it is the
situation, the impacts on the services an impact, the staff a workforce), and each risk carries the measures taken
("الإجراءات المتخذة:"). In plain text and in the mail's HTML.

A Maldivian island council writes a letter in Dhivehi (Thaana, right to left) in Word: the invocation over it
("بسم الله الرحمن الرحيم"), its number, whom it is for, the subject ("މައުޟޫޢު: …"), the greeting ("ސަލާމަށްފަހު
ދަންނަވަމެވެ."), the cover, the report's name ("ހާލަތު ރިޕޯޓު ނަންބަރު 1"), numbered sections, then "ވީމާ، …" (so it
is submitted), the dates, the signer and "ކޮޕީ:" over whom copies go to. Only the sections are the report, keyed by
their names, each risk with the steps taken ("އަޅާފައިވާ ފިޔަވަޅު:")."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

ARABIC = [
    ("أولاً: الملخص", "highlights", ["تأثرت المحافظة بالحالة المدارية منذ 19 أكتوبر."]),
    ("ثانياً: الحالة الجوية", "situation", ["تم رصد جريان الأودية في عدد من الولايات."]),
    ("ثالثاً: التأثيرات على الخدمات الصحية", "impacts", ["المؤسسات الصحية المتأثرة بانقطاع الكهرباء: 22."]),
    ("رابعاً: الكوادر الصحية", "workforce", ["عدد الكوادر الصحية المشاركة في الاستجابة: 218."]),
    ("خامساً: المخاطر", "risks", ["خطر انقطاع التيار: في ازدياد. الإجراءات المتخذة: توفير مولدات احتياطية."]),
]
DHIVEHI = [
    ("1. ޚުލާސާ", "highlights", ["ފެން އަރާފައިވާ ގޭގެ އަދަދު: 23."]),
    ("2. މޫސުމީ ހާލަތު", "situation", ["ރާޅުގެ އުސްމިން 2 މީޓަރަށް ދާނެ ކަމަށް ލަފާކުރެވޭ."]),
    ("3. އެހީތެރިކަން", "assistance", ["އަސަރުކޮށްފައިވާ ގޭބިސީތަކަށް ކާނާ ބަހާލަމުންދޭ."]),
    ("4. ޚަރަދު", "finance", ["އެދިފައިވާ ބަޖެޓް: 2.63 މިލިއަން ރުފިޔާ."]),
    ("5. ނުރައްކާތައް", "risks", ["އިތުރަށް ފެން އެރުމުގެ ނުރައްކާ: ބަލަމުން. އަޅާފައިވާ ފިޔަވަޅު: ވެލިގޮނި ޖަހަމުންދޭ."]),
]


def _sections(report) -> list[tuple[str | None, str | None, list[str]]]:
    return [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.heading or s.items]


def _arabic_mail(html: bool) -> bytes:
    opening = ["السادة/ رئيس وأعضاء اللجنة الفرعية لإدارة الحالات الطارئة المحترمين", "",
               "السلام عليكم ورحمة الله وبركاته،،،", "نرفق لكم التقرير رقم (2) حول الوضع الصحي.", ""]  # fmt: skip
    parts = []
    for heading, _, points in ARABIC:
        parts += [heading, *(f"- {p}" for p in points), ""]
    closing = ["وتفضلوا بقبول فائق الاحترام،،،", "مدير دائرة الطوارئ الصحية"]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "health@example.om", "committee@example.om", "التقرير رقم (2)"
    msg["Date"] = "Thu, 22 Oct 2026 14:20:00 +0400"
    lines = [*opening, *parts, *closing]
    if html:
        body = "".join(
            f"<div><b><u>{x}</u></b></div>" if any(x == h for h, _, _ in ARABIC) else f"<div>{x or '<br>'}</div>"
            for x in lines
        )
        msg.set_content(f'<html><body dir="rtl">{body}</body></html>', subtype="html")
    else:
        msg.set_content("\n".join(lines))
    return bytes(msg)


@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
def test_arabic_ordinals_head_their_parts(html: bool) -> None:
    report = parse_bytes(_arabic_mail(html), "report.eml")[0]
    assert _sections(report) == ARABIC
    risks = next(s for s in report.sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == ["توفير مولدات احتياطية."]


def _dhivehi_letter() -> bytes:
    d = docx.Document()
    for line in ["بسم الله الرحمن الرحيم", "ގދ. ގައްދޫ ކައުންސިލްގެ އިދާރާ", "ނަންބަރު: (IUL)682-GDh/682/2026/45"]:
        d.add_paragraph(line).alignment = 1
    for line in ["ނޭޝަނަލް ޑިޒާސްޓަރ މެނޭޖްމަންޓް އޮތޯރިޓީ", "މާލެ، ދިވެހިރާއްޖެ"]:
        d.add_paragraph(line).alignment = 2
    d.add_paragraph().add_run("މައުޟޫޢު: ކަނޑު ބޮޑުވުމުގެ ސަބަބުން ދިމާވެފައިވާ ހާލަތުގެ ރިޕޯޓު ހުށަހެޅުން").bold = True
    d.add_paragraph("ސަލާމަށްފަހު ދަންނަވަމެވެ.")
    d.add_paragraph("ކަނޑު ބޮޑުވެ ރަށަށް ފެން އެރުމުގެ ސަބަބުން ދިމާވެފައިވާ ހާލަތު ތިރީގައި ހުށަހަޅަމެވެ.")
    d.add_paragraph("ހާލަތު ރިޕޯޓު ނަންބަރު 2", style="Title")
    for heading, _, points in DHIVEHI:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(point, style="List Bullet")
    for line in ["ވީމާ، މި ކަން ދެންނެވީ އަދަބާއެކުއެވެ.", "25 ޛުލްޙިއްޖާ 1447", "11 ޖޫން 2026", "އަޙްމަދު ނާޝިދު", "ރައީސް"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run("ކޮޕީ:").bold = True
    for line in ["ގދ. އަތޮޅު ކައުންސިލް", "މޯލްޑިވްސް ޕޮލިސް ސަރވިސް"]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_dhivehi_letters_frame_is_left_out_and_its_sections_keyed() -> None:
    report = parse_bytes(_dhivehi_letter(), "letter.docx")[0]
    assert _sections(report) == DHIVEHI
    assert report.title != "بسم الله الرحمن الرحيم"
    risks = next(s for s in report.sections if s.key == "risks")
    assert [i.mitigation for i in risks.items] == ["ވެލިގޮނި ޖަހަމުންދޭ."]
