"""Reports in Turkish, Indonesian, Slovenian, Estonian, Vietnamese, Filipino and Swahili: the report's name is
its title, its date is read in the language's month names, every section gets its key, and under the risks a
run-in label after the risk ("Alınan tedbir:", "Upaya penanganan:", "Ukrepi:", "Meetmed:", "Biện pháp:",
"Tugon:", "Hatua:") introduces its mitigation. Two layouts: a Word document and a Markdown page.
"""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "turkish": ("DEPREM DURUM RAPORU", "10 Şubat 2025", date(2025, 2, 10), "1. ÖZET", "7. RİSKLER", "Alınan tedbir:"),
    "indonesian": (
        "LAPORAN SITUASI BANJIR",
        "10 Februari 2025",
        date(2025, 2, 10),
        "A. RINGKASAN KEJADIAN",
        "G. POTENSI RISIKO",
        "Upaya penanganan:",
    ),
    "slovenian": ("Poročilo o stanju št. 2", "8. avgusta 2025", date(2025, 8, 8), "Povzetek", "Tveganja", "Ukrepi:"),
    "estonian": ("Olukorra ülevaade nr 2", "12. märts 2025", date(2025, 3, 12), "Kokkuvõte", "Riskid", "Meetmed:"),
    "swahili": ("Ripoti ya Hali Na. 2", "14 Machi 2025", date(2025, 3, 14), "1. Muhtasari", "7. Hatari", "Hatua:"),
}
POINT = "12 345 people are affected in 4 districts."
RISK, MITIGATION = "The river may rise again tonight.", "Teams watch the levees around the clock."


def _word(title: str, dateline: str, summary: str, risks: str, lead: str) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_heading(title, 0)
    d.add_paragraph(dateline)
    for heading, point in ((summary, POINT), (risks, f"{RISK} {lead} {MITIGATION}")):
        d.add_heading(heading, 1)
        d.add_paragraph(point, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue(), "report.docx"


def _markdown(title: str, dateline: str, summary: str, risks: str, lead: str) -> tuple[bytes, str]:
    text = f"# {title}\n\n{dateline}\n\n## {summary}\n\n- {POINT}\n\n## {risks}\n\n- {RISK} **{lead}** {MITIGATION}\n"
    return text.encode(), "report.md"


@pytest.mark.parametrize("make", [_word, _markdown], ids=["word", "markdown"])
@pytest.mark.parametrize("language", list(REPORTS))
def test_a_report_in_another_language_is_titled_dated_keyed_and_its_risks_answered(make, language: str) -> None:
    title, dateline, day, summary, risks, lead = REPORTS[language]
    data, name = make(title, dateline, summary, risks, lead)
    report = parse_bytes(data, name)[0]
    assert report.title == title
    assert report.date == day
    assert [(s.heading, s.key) for s in report.sections] == [(summary, "highlights"), (risks, "risks")]
    assert [(i.text, i.mitigation) for i in report.sections[1].items] == [(f"{RISK} {lead} {MITIGATION}", MITIGATION)]
