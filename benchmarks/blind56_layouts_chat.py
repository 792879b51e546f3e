"""Chat writer of the ``blind56_layouts`` set: a Thai provincial disaster prevention office's flood report posted in
the province's LINE group and saved from LINE as a text file.

A Thai provincial office of the Department of Disaster Prevention and Mitigation (ปภ.) in a river flood: the duty
officer posts the daily "รายงานสถานการณ์อุทกภัย" in the LINE group of the province's emergency operations centre,
where the district chiefs, agencies and the governor's office read it, and the group is saved with LINE's "บันทึก
ประวัติการแชท" (Thai interface) as the text file that is forwarded on: "[LINE] ประวัติการแชทของกลุ่ม …", "วันที่
บันทึก: 14/10/2569 18:20" (the Buddhist year), a line per day ("พ. 14/10/2569"), each message "time<TAB>sender<TAB>
text", a message of several lines inside double quotes, "[รูปภาพ]" and "[สติกเกอร์]" for a photo and a sticker,
the members' acknowledgements ("รับทราบครับ") before and after the report. The report is one message: "📢" and its
title, the number, date and hour, a rule of "━", each section's name after its number ("1. สรุปสถานการณ์"), the
summary as lines, the other points after "- ", "มาตรการ:" after a space, no full stops, and the close "จึงเรียนมาเพื่อ
โปรดทราบ" with the centre and its hotline 1784. "340,000 บาท", "1.25 ล้านบาท", "1,250", "12%", "16 ตุลาคม",
"(รายงานครั้งก่อน: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind56_layouts_banks_away import NAMTHUAM
from blind56_layouts_content import DUAN
from council_layouts_gold import Doc

DAYS = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")
PEOPLE = (("นครสวรรค์", "สมชาย ปภ.นว.", ("นายอำเภอชุมแสง", "ปภ.เขต 12", "Nok สสจ.นว.", "อบจ.นครสวรรค์")),
          ("อุบลราชธานี", "วิชัย ศูนย์ฯ ปภ.อบ.", ("นอภ.วารินชำราบ", "ชลประทานอุบลฯ", "Joy สนง.จังหวัด", "ทสจ.อบ.")),
          ("สุโขทัย", "ปภ.สุโขทัย เวร", ("นอภ.สวรรคโลก", "สสจ.สุโขทัย", "Ton ทหารพราน", "อบจ.สท.")),
          ("พิจิตร", "ธนพล ปภ.พจ.", ("นอภ.โพทะเล", "ชป.พิจิตร", "Mint สนจ.พจ.", "กฟภ.พิจิตร")))  # fmt: skip


def _be(d) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def _report(doc: Doc, province: str, when) -> list[str]:
    lines = [f"📢 รายงานสถานการณ์อุทกภัย จังหวัด{province}",
             f"ฉบับที่ {doc.number} ประจำวันที่ {when.day} {DUAN[when.month - 1]} {when.year + 543} เวลา 08.00 น.",
             "━━━━━━━━━━━━━━━"]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        for it in s.items:
            lines.append(it.text if s.key == "highlights" else f"- {it.text}")
        lines.append("")
    lines += ["จึงเรียนมาเพื่อโปรดทราบ", f"ศูนย์ปฏิบัติการป้องกันและบรรเทาสาธารณภัยจังหวัด{province}",
              "☎️ สายด่วน 1784"]  # fmt: skip
    return lines


def txt_line_chat_export_namthuam_th(doc: Doc) -> bytes:
    """The province's LINE group as LINE saves its history, with the day's flood report in it."""
    when = report_day(doc)
    province, officer, members = PEOPLE[NAMTHUAM.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    group = f"ศูนย์ EOC อุทกภัย จ.{province}"
    before = when - timedelta(days=1)
    out = [f"[LINE] ประวัติการแชทของกลุ่ม {group}", f"วันที่บันทึก: {_be(when)} 18:{20 + h % 30}", "",
           f"{DAYS[before.weekday()]} {_be(before)}",
           f"19:{10 + h % 40}\t{members[0]}\tระดับน้ำที่สะพานหน้าอำเภอขึ้นอีกประมาณ 10 ซม. ครับ",
           f"19:{52 + h % 7}\t{members[2]}\t[รูปภาพ]",
           f"21:0{h % 9}\t{officer}\tรับทราบครับ เดี๋ยวพรุ่งนี้เช้าสรุปรายงานให้ครับ", "",
           f"{DAYS[when.weekday()]} {_be(when)}",
           f"08:{15 + h % 10}\t{officer}\t[รูปภาพ]"]  # fmt: skip
    body = _report(doc, province, when)
    out.append(f'08:{26 + h % 10}\t{officer}\t"{body[0]}')
    out += body[1:-1]
    out.append(f'{body[-1]}"')
    out += [f"08:{40 + h % 10}\t{members[1]}\t[สติกเกอร์]",
            f"08:{51 + h % 8}\t{members[3]}\tรับทราบค่ะ 🙏",
            f"09:0{h % 9}\t{members[0]}\tรับทราบครับ"]  # fmt: skip
    return ("\ufeff" + "\r\n".join(out) + "\r\n").encode("utf-8")
