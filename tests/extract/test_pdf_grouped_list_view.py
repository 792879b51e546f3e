"""A list printed from the browser in a view grouped by a column (Update | Mitigation | Owner | Status | Modified, a
group row "⌄ Section : Risks (2)" over each group's rows): the update in the first column is each row's item, its
Mitigation cell the risk's mitigation, its owner, status and date fields; each group row heads its section by the
group's value. Drawn with status pills of different widths, whose spaces on a row may come out alike (a line of
cells, not a justified line of words), and with plain status words."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", [("Cryptosporidium was found at the Hollins Lane treatment works.", None),
                 ("A boil water notice has been in place for 4,483 properties since 10 September.", None)]),
    ("Alternative supplies", [("276,160 litres of bottled water were handed out at 12 stations.", None),
                              ("Deliveries to customers on the priority services register continue daily.", None)]),
    ("Risks", [("The risk of vulnerable customers drinking unboiled water is increasing.",
                "Door-to-door visits to every customer on the priority register."),
               ("The risk of bottled water stocks running out is being monitored.",
                "A second supplier contracted and a reserve held at the depot.")]),
]  # fmt: skip
PEOPLE = ("Gemma Lloyd", "Tom Okafor", "Hannah Bright")
STATUSES = ("New", "Ongoing", "Open")
CSS = """@page { size: A4 landscape; margin: 12mm 10mm; }
body { font: 8.5pt "Liberation Sans", Arial, sans-serif; color: #222; }
h1 { font-size: 14pt; } table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { text-align: left; font-weight: 600; border-bottom: 1pt solid #999; padding: 4pt; }
td { border-bottom: 0.5pt solid #e1e1e1; padding: 5pt 4pt; vertical-align: top; }
tr.group td { font-weight: bold; padding-top: 8pt; }
.pill { background: #fff4ce; border-radius: 8pt; padding: 1pt 6pt; }"""


def _list_view(pills: bool) -> bytes:
    from weasyprint import HTML

    rows = []
    for s, (heading, items) in enumerate(SECTIONS):
        rows.append(f'<tr class="group"><td colspan="5">⌄ Section : {escape(heading)} ({len(items)})</td></tr>')
        for k, (text, mitigation) in enumerate(items):
            status = STATUSES[(s + k) % 3]
            cell = f'<span class="pill">{status}</span>' if pills else status
            rows.append(f"<tr><td>{escape(text)}</td><td>{escape(mitigation or '')}</td><td>{PEOPLE[(s + k) % 3]}</td>"
                        f"<td>{cell}</td><td>{40 + 6 * k} minutes ago</td></tr>")  # fmt: skip
    html = (f"<html><head><style>{CSS}</style></head><body><h1>Sitrep log</h1><table><colgroup>"
            '<col style="width:40%"><col style="width:30%"><col style="width:11%"><col style="width:8%">'
            '<col style="width:11%"></colgroup><thead><tr><th>Update</th><th>Mitigation</th><th>Owner</th>'
            "<th>Status</th><th>Modified</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></body></html>")  # fmt: skip
    return HTML(string=html).write_pdf()


@pytest.mark.parametrize("pills", [True, False], ids=["status pills", "status words"])
def test_each_group_is_a_section_and_each_update_an_item(pills: bool) -> None:
    report = parse_bytes(_list_view(pills), "list.pdf")[0]
    got = [(s.heading, [(i.text, i.mitigation) for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
