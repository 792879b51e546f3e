"""A sheet of updates printed to PDF (a tracker in a spreadsheet tool: Row | Update | RAG | Owner | Mitigation |
Modified): its row numbers and dates are no grid of figures. Each parent row (its name, with or without the triangle
that folds its children away, beside its row number and date) is a section; each child row's update is an item, its
owner and date fields, the Mitigation cell its risk's mitigation; the title over the sheet stays the title. Drawn in
three layouts: parent rows with triangles, parent rows plain, and a Status column in place of RAG."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

TITLE = "Wearside Metro – Signalling failure – Incident tracker (Sitrep 1)"
SECTIONS = [
    ("Summary", [("A failure of the signalling interlocking at Central began at 06:40.", None)]),
    ("Service pattern", [("The line is split in two with trains turning back at Park Lane.", None),
                         ("61% of scheduled trains ran yesterday.", None)]),
    ("Risks", [("The risk of overcrowding on the platforms at Park Lane is being monitored.",
                "Platform staff control entry and extra trains run in the peaks."),
               ("The risk of a cable fault in the tunnel is increasing.", "Engineers patrol the tunnel each night.")]),
]  # fmt: skip
LAYOUTS = {
    "triangles": ("RAG", "▾ "),
    "plain parent rows": ("RAG", ""),
    "status column": ("Status", "▾ "),
}


CSS = """@page { size: A4 landscape; margin: 18mm 10mm 14mm 10mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #555; } }
body { font: 8.5pt "Liberation Sans", Arial, sans-serif; color: #222; } .title { font: bold 11pt sans-serif; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { background: #dfe6ee; text-align: left; font-weight: bold; border: 0.5pt solid #b8c2cc; padding: 3pt 4pt; }
td { border: 0.5pt solid #d4d9de; padding: 3pt 4pt; vertical-align: top; }
td.n { background: #f2f3f5; color: #777; text-align: right; } tr.parent td { font-weight: bold; }
td.child { padding-left: 22pt; } .ball { display: inline-block; width: 9pt; height: 9pt; border-radius: 50%; }"""


def _sheet(layout: str) -> bytes:
    from weasyprint import HTML

    rating, fold = LAYOUTS[layout]
    rows, n = [], 0
    for heading, entries in SECTIONS:
        n += 1
        rows.append(f'<tr class="parent"><td class="n">{n}</td><td>{fold}{heading}</td><td></td><td></td><td></td>'
                    "<td>09/03/26 05:32</td></tr>")  # fmt: skip
        for k, (update, mitigation) in enumerate(entries):
            n += 1
            owner = ("Duty Control Manager", "Head of Operations")[k % 2]
            # a RAG rating drawn as a coloured ball, a status written out
            ball = '<span class="ball" style="background:#3a3"></span>' if rating == "RAG" else "Open"
            rows.append(f'<tr><td class="n">{n}</td><td class="child">{update}</td><td>{ball}</td><td>{owner}</td>'
                        f"<td>{mitigation or ''}</td><td>08/03/26 1{k}:2{n % 10}</td></tr>")  # fmt: skip
    head = f"<tr><th></th><th>Update</th><th>{rating}</th><th>Owner</th><th>Mitigation</th><th>Modified</th></tr>"
    html = (f'<html><head><style>{CSS}</style></head><body><div class="title">{TITLE}</div><table><colgroup>'
            '<col style="width:4%"><col style="width:40%"><col style="width:5%"><col style="width:14%">'
            f'<col style="width:26%"><col style="width:11%"></colgroup><thead>{head}</thead>'
            f"<tbody>{''.join(rows)}</tbody></table></body></html>")  # fmt: skip
    return HTML(string=html).write_pdf()


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_parent_row_is_a_section_and_each_update_an_item(layout: str) -> None:
    report = parse_bytes(_sheet(layout), "tracker.pdf")[0]
    assert report.title == TITLE
    got = [(s.heading, [(i.text, i.mitigation) for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
