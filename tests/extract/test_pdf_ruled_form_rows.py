"""A report filed as an entry of a web form and exported to PDF is one ruled table of two columns: each field's
label in the left cell, its value in the right one, a paragraph or a list of points, however many lines. The label
column stands apart from the values as a page's column would, and where the values run to several lines few of
their baselines are the labels'; still, the rules run under both cells of every row, so each label heads the
value beside it, row by row, and no label comes out in a run of headings over every point.

Three layouts (weasyprint): grey label cells beside bulleted values, ruled between the rows, on one page; plain
label cells beside bullets and a paragraph, ruled between the rows, running onto a second page; and grey label cells
in boxed cells, as a spreadsheet's sheet of sections draws them.
"""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

TITLE = "Situation Report #3"
ENTRY = "Form: Situation Report - Entry #214 - Created by Dana Whitfield"
# the labels' letters stand on the line, the values' hang below it: the two share few baselines as printed
SECTIONS = [
    (
        "Situation Overview",
        [
            "The river crested overnight at 7.4 m at the Elm Ford gauge.",
            "Levels are expected to fall slowly through Thursday, with a second, lower crest possible if the"
            " forecast rain over the upper valley arrives on Wednesday night.",
        ],
    ),
    ("Shelters", ["Three shelters remain open with 214 residents registered."]),
    (
        "Road Closures",
        [
            "Highway 12 is closed between Elm Ford and Crane Bay.",
            "County Road 4 reopened to local traffic on Monday evening.",
            "Detour signs are up along the frontage road for heavy goods vehicles.",
        ],
    ),
    (
        "Water Service",
        [
            "A boil water advisory remains in effect for the Crane Bay water system until two consecutive rounds of"
            " samples come back clear, which the utility expects by the end of next week."
        ],
    ),
    (
        "Health",
        [
            "Two clinics are operating from the Elm Ford community hall.",
            "Tetanus shots are offered to volunteers and residents cleaning up flooded homes.",
        ],
    ),
    ("Debris Removal", ["Curbside pickup of flood debris begins on Friday in the Riverside district."]),
    (
        "Volunteers and Donations Coordination",
        [
            "126 volunteers were deployed through the reception centre yesterday.",
            "Donated clothing is no longer accepted; cash donations are preferred.",
        ],
    ),
    (
        "Next Actions",
        [
            "Reopen Highway 12 once the bridge inspection is complete.",
            "Brief the county board on the recovery plan on Thursday.",
        ],
    ),
]


def _form(shaded: bool, boxed: bool, paragraphs: frozenset[int] = frozenset(), push: float = 0) -> bytes:
    """The entry as the form exports it: a table of label and value cells, ruled between its rows (and round each
    cell where ``boxed``), the values in the rich-text field's bullets or typed as paragraphs; ``push`` lowers the
    table to run it onto a second page."""
    from weasyprint import HTML

    def value(n: int, points: list[str]) -> str:
        if n in paragraphs:
            return "".join(f"<p>{escape(t)}</p>" for t in points)
        return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in points) + "</ul>"

    rows = "".join(
        f"<tr><th>{escape(name)}</th><td>{value(n, points)}</td></tr>" for n, (name, points) in enumerate(SECTIONS)
    )
    shade = "background: #eeeeee;" if shaded else ""
    rule = "border: 0.6pt solid #bbb;" if boxed else "border-top: 0.6pt solid #bbb; border-bottom: 0.6pt solid #bbb;"
    html = f"""<html><head><style>
      @page {{ size: letter; margin: 2cm; }}
      body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
      h1 {{ font-size: 15pt; margin: 0 0 4pt; }}
      .entry {{ font-size: 7.5pt; color: #666; margin: 0 0 12pt; height: {push}pt; }}
      table {{ border-collapse: collapse; width: 100%; }}
      th, td {{ {rule} padding: 5pt 6pt; vertical-align: top; text-align: left; }}
      th {{ width: 30%; font-weight: bold; {shade} }}
      td p {{ margin: 0 0 4pt; }}
      ul {{ margin: 0; padding-left: 14pt; }}
      li {{ margin-bottom: 3pt; }}
      tr {{ page-break-inside: avoid; }}
    </style></head><body>
      <h1>{escape(TITLE)}</h1><div class="entry">{escape(ENTRY)}</div>
      <table>{rows}</table>
    </body></html>"""
    return HTML(string=html).write_pdf()


def _shaded_labels_ruled_between_rows() -> bytes:
    return _form(shaded=True, boxed=False)


def _plain_labels_over_two_pages() -> bytes:
    return _form(shaded=False, boxed=False, paragraphs=frozenset({3}), push=380)


def _shaded_labels_in_boxed_cells() -> bytes:
    return _form(shaded=True, boxed=True, paragraphs=frozenset({3}))


@pytest.mark.parametrize(
    "make", [_shaded_labels_ruled_between_rows, _plain_labels_over_two_pages, _shaded_labels_in_boxed_cells]
)
def test_each_label_cell_of_a_ruled_form_heads_the_value_beside_it(make) -> None:
    report = parse_bytes(make(), "sitrep.pdf")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == [(name, points) for name, points in SECTIONS]
