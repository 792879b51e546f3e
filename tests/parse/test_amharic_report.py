"""A situation report in Amharic, as an Ethiopian zone's disaster risk management office writes it: numbered
sections whose names are keyed (summary, situation, forecast, aid, manpower, budget, risks, next tasks), a table's
caption "ሠንጠረዥ 1፦ …" over its figures, a risk register "ስጋት | የመፍትሄ እርምጃ | ኃላፊነት የሚወስደው" whose rows are risks
with their mitigations, and the letter's close "ከሰላምታ ጋር", the signer and the copy list "ግልባጭ፦". In Word (heading
styles or bold lines) and in HTML."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("1. ማጠቃለያ", "highlights", ["በዞኑ 5 ወረዳዎች የድርቅ ተጽዕኖ ቀጥሏል።"]),
    ("2. አጠቃላይ ሁኔታ", "situation", ["የበልግ ዝናብ ከመደበኛው በታች ነበር።", "የውሃ ምንጮች እየደረቁ ነው።"]),
    ("3. የአየር ትንበያ", "forecast", ["በሚቀጥሉት ሁለት ሳምንታት ዝናብ አይጠበቅም።"]),
    ("4. የምግብ እርዳታ ስርጭት", "assistance", ["ለ 12,400 ተረጂዎች እህል ተሰራጭቷል።"]),
    ("5. የሰው ኃይል", "workforce", ["38 ባለሙያዎች በመስክ ላይ ናቸው።"]),
    ("6. በጀት", "finance", ["ለውሃ ማጓጓዣ 1,250,000 ብር ተመድቧል።"]),
]
RISKS = [
    ("በመንገድ ችግር ምክንያት ራቅ ወዳሉ ቀበሌዎች እርዳታ ያለመድረስ", "በአህያና በግመል ማጓጓዝ ተጀምሯል።"),
    ("የኮሌራ ወረርሽኝ የመከሰት ስጋት", "የውሃ ማከሚያ ኬሚካሎች ተሰራጭተዋል።"),
]
NEXT = ("8. ቀጣይ ተግባራት", "next-steps", ["ከአጋር ድርጅቶች ጋር የድርቅ ተጽዕኖ ዳሰሳ ማካሄድ።"])
CLOSE = ["ከሰላምታ ጋር", "አቶ ሙሉጌታ ተፈራ", "የጽሕፈት ቤቱ ኃላፊ", "ግልባጭ፦", "ለዞኑ ዋና አስተዳዳሪ ጽሕፈት ቤት", "ለዞኑ ጤና መምሪያ"]
HEADER = ["ተ.ቁ", "ስጋት", "የመፍትሄ እርምጃ", "ኃላፊነት የሚወስደው"]


def _docx(styled: bool) -> bytes:
    d = docx.Document()
    d.add_paragraph("የድርቅ ሁኔታ ሪፖርት ቁጥር 3", style="Title")

    def heading(text: str) -> None:
        if styled:
            d.add_heading(text, 1)
        else:
            d.add_paragraph().add_run(text).bold = True

    for n, (name, _, points) in enumerate(SECTIONS):
        heading(name)
        for p in points:
            d.add_paragraph(p, style="List Bullet")
        if n == 3:
            d.add_paragraph("ሠንጠረዥ 1፦ በወረዳ የምግብ እርዳታ ስርጭት", style="Caption")
            t = d.add_table(rows=1, cols=3)
            for cell, text in zip(t.rows[0].cells, ["ወረዳ", "ተረጂዎች", "እህል (ኩንታል)"], strict=True):
                cell.text = text
            for row in (["አዲስ ዓለም", "3,988", "2,524"], ["ጎሐ ጽዮን", "3,191", "2,019"]):
                for cell, text in zip(t.add_row().cells, row, strict=True):
                    cell.text = text
    heading("7. ስጋቶች")
    t = d.add_table(rows=1, cols=4)
    for cell, text in zip(t.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for n, (risk, mitigation) in enumerate(RISKS, start=1):
        for cell, text in zip(t.add_row().cells, [str(n), risk, mitigation, "የዞኑ ጤና መምሪያ"], strict=True):
            cell.text = text
    heading(NEXT[0])
    d.add_paragraph(NEXT[2][0], style="List Bullet")
    for line in CLOSE:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html() -> bytes:
    body = ""
    for name, _, points in SECTIONS:
        body += f"<h2>{name}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    body += "<h2>7. ስጋቶች</h2><table><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"
    for n, (risk, mitigation) in enumerate(RISKS, start=1):
        body += f"<tr><td>{n}</td><td>{risk}</td><td>{mitigation}</td><td>የዞኑ ጤና መምሪያ</td></tr>"
    body += f"</table><h2>{NEXT[0]}</h2><ul><li>{NEXT[2][0]}</li></ul>" + "".join(f"<p>{c}</p>" for c in CLOSE)
    return f"<html><body><main><h1>የድርቅ ሁኔታ ሪፖርት ቁጥር 3</h1>{body}</main></body></html>".encode()


@pytest.mark.parametrize("make,name", [(lambda: _docx(True), "r.docx"), (lambda: _docx(False), "r.docx"),
                                       (_html, "r.html")])  # fmt: skip
def test_an_amharic_report_is_read_keyed_and_its_risks_mitigated(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    expected = [(h, k, p) for h, k, p in SECTIONS] + [("7. ስጋቶች", "risks", [r for r, _ in RISKS]), NEXT]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections] == expected
    risks = report.sections[-2].items
    assert [i.mitigation for i in risks] == [m for _, m in RISKS]
