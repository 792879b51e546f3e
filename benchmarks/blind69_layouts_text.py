"""Text writer of the ``blind69_layouts`` set: a Hadramawt district local council's flood report typed in Notepad and
saved as an ANSI text, that is in Windows-1256.

The emergency committee of a district's local council in Wadi Hadramawt (the council, its district director general
and the district offices of health, public works and civil defence), after flash floods have run down the wadis and
brought down mud-brick houses: its report to the emergency operations room of the local authority of the Wadi and
Desert, typed in Notepad on the council's old computer, which keeps a text as "ANSI" (Windows-1256, the Arabic code
page, with Windows line ends and Western digits, the Arabic-Indic ones having no place in it), and sent as an
attachment — "بسم الله الرحمن الرحيم", the republic, governorate, local authority and committee at the right, the
title with the report's number indented with spaces, the Gregorian and the Hijri day, "إلى:" and the operations
room; then each section's name on a line of its own closed by a colon ("الملخص:"), the summary as lines, the other
points after "- ", "ما تم عمله:" in the point; a line of dashes, "والله الموفق،،،", the chairman's post and name
and "نسخة إلى:". "46.2 مليون ريال", "1,250", "16 أغسطس", "(التقرير الماضي: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind63_layouts_content import hijri
from blind69_layouts_banks_arabic import SUYUL
from council_layouts_gold import Doc

DISTRICTS = (
    ("سيئون", "م. عبدالله سالم باوزير"),
    ("تريم", "أ. أحمد عوض بن شهاب"),
    ("شبام", "أ. صالح محمد بامطرف"),
    ("القطن", "م. علي سعيد الكثيري"),
)


def txt_notepad_suyul_district_ye(doc: Doc) -> bytes:
    """The committee's flood report as the Notepad text (Windows-1256) sent to the operations room."""
    when = report_day(doc)
    district, chairman = DISTRICTS[SUYUL.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    hd, hm, hy = hijri(when.date())
    out = ["بسم الله الرحمن الرحيم", "", "الجمهورية اليمنية", "محافظة حضرموت",
           f"السلطة المحلية - مديرية {district}", "لجنة الطوارئ بالمجلس المحلي", "",
           f"                    تقرير رقم ({doc.number}) عن أضرار السيول في مديرية {district}",
           f"التاريخ: {when.day}/{when.month}/{when.year}م        الموافق: {hd}/{hm + 1}/{hy}هـ",
           "إلى: غرفة عمليات الطوارئ - السلطة المحلية بالوادي والصحراء", "",
           f"نرفع إليكم التقرير رقم ({doc.number}) عن الوضع في المديرية حتى الساعة الخامسة عصراً، وهو كالتالي:",
           ""]  # fmt: skip
    for s in doc.sections:
        out.append(f"{s.heading}:")
        if s.key == "highlights":
            out += [it.text for it in s.items]
        else:
            out += [f"- {it.text}" for it in s.items]
        out.append("")
    out += ["-" * 40, "والله الموفق،،،", "", "رئيس لجنة الطوارئ", f"مدير عام مديرية {district}", chairman, "",
            "نسخة إلى: مكتب الصحة العامة والسكان بالمديرية - إدارة الدفاع المدني بالوادي",
            f"(رقم القيد: {h % 900 + 100}/ط/{when.year})", ""]  # fmt: skip
    return "\r\n".join(out).encode("cp1256")
