"""A report's date printed with the month's name in Low German ("14. Januaar 2026"), Asturian ("30 de payares de
2026"), Upper Sorbian, in the genitive a date puts it in ("10. awgusta 2026") and Hawaiian ("2 Kepakemapa 2026") dates
the report. Before, such a report had no date unless its file name gave one. Layouts: a plain-text report and a Word
document, the date line under the title."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from sitroom.read import parse_bytes

CASES = {
    "low-german": ("Laagbericht Nr. 1", "14. Januaar 2026, 16:00 Klock", ("In 't Kört", "Dat Water steiht hooch."),
                   date(2026, 1, 14)),
    "asturian": ("Informe de situación 2", "30 de payares de 2026", ("Resume", "Quemáronse 161 hectárees."),
                 date(2026, 11, 30)),
    "sorbian": ("Rozprawa čo. 1", "10. awgusta 2026", ("Zjeće", "Spalene je 661 hektarow lěsa."), date(2026, 8, 10)),
    "hawaiian": ("Hōʻike 1", "2 Kepakemapa 2026", ("Ke kūlana", "Ua pani ʻia ke alanui."), date(2026, 9, 2)),
}  # fmt: skip


def _text(title: str, dated: str, section: tuple[str, str]) -> tuple[bytes, str]:
    return f"{title}\n{dated}\n\n{section[0]}\n- {section[1]}\n".encode(), "report.txt"


def _word(title: str, dated: str, section: tuple[str, str]) -> tuple[bytes, str]:
    d = docx.Document()
    d.add_heading(title, 0)
    d.add_paragraph(dated)
    d.add_heading(section[0], 1)
    d.add_paragraph(section[1], style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue(), "report.docx"


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("write", [_text, _word], ids=["text", "word"])
def test_the_month_named_in_the_language_dates_the_report(write, case: str) -> None:
    title, dated, section, expected = CASES[case]
    data, name = write(title, dated, section)
    assert parse_bytes(data, name)[0].date == expected
