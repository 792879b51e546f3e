"""A report written in a notebook and exported to HTML: the Markdown cells are the report; the code cells, their
"In [n]:" / "Out[n]:" prompts and what the code printed are the tools that made it, left out and counted; a
heading's permalink ("Summary¶") is no part of its words. A table a cell printed stays a table.

Layouts: JupyterLab's export (``jp-*`` classes), the classic notebook's (``input_prompt``, ``output_area``), and a
documentation page with highlighted code listings (pygments) and "¶" permalinks.
"""

from __future__ import annotations

import pytest
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["The cyclone crossed the coast overnight.", "No deaths have been reported so far."]),
    ("Impacts", ["Schools closed: 10.", "Houses flooded: 241."]),
    ("Next steps", ["The committee meets again at 07:00."]),
]
CODE = 'df = pd.read_csv("impacts.csv")\nprint(f"Report {n} ready")\n'


def _markdown(heading: str, points: list[str], level: int = 2) -> str:
    anchor = heading.replace(" ", "-")
    items = "".join(f"<li>{p}</li>" for p in points)
    return f'<h{level} id="{anchor}">{heading}<a class="anchor-link" href="#{anchor}">¶</a></h{level}><ul>{items}</ul>'


def _lab() -> str:
    def md(html: str) -> str:
        return (
            '<div class="jp-Cell jp-MarkdownCell"><div class="jp-InputArea"><div class="jp-InputPrompt"></div>'
            f'<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown">{html}</div></div></div>'
        )

    def code(n: int, printed: str) -> str:
        return (
            '<div class="jp-Cell jp-CodeCell"><div class="jp-InputArea">'
            f'<div class="jp-InputPrompt">In&nbsp;[{n}]:</div>'
            f'<div class="jp-CodeMirrorEditor jp-InputArea-editor">{highlight(CODE, PythonLexer(), HtmlFormatter())}'
            f'</div></div><div class="jp-OutputArea"><div class="jp-OutputPrompt">Out[{n}]:</div>'
            f'<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain"><pre>{printed}</pre></div>'
            "</div></div>"
        )

    cells = [md('<h1 id="t">Cyclone report 2<a class="anchor-link" href="#t">¶</a></h1>'), code(1, "Report 2 ready")]
    for n, (heading, points) in enumerate(SECTIONS, start=2):
        cells += [md(_markdown(heading, points)), code(n, "ok")]
    return (
        f'<html><head><title>report</title></head><body class="jp-Notebook"><main>{"".join(cells)}</main></body></html>'
    )


def _classic() -> str:
    def md(html: str) -> str:
        return (
            '<div class="cell border-box-sizing text_cell rendered"><div class="inner_cell">'
            f'<div class="text_cell_render">{html}</div></div></div>'
        )

    def code(n: int, printed: str) -> str:
        return (
            '<div class="cell border-box-sizing code_cell rendered"><div class="input">'
            f'<div class="prompt input_prompt">In&nbsp;[{n}]:</div><div class="inner_cell"><div class="input_area">'
            f"{highlight(CODE, PythonLexer(), HtmlFormatter())}</div></div></div>"
            '<div class="output_wrapper"><div class="output"><div class="output_area">'
            '<div class="prompt"></div><div class="output_subarea output_stream output_stdout output_text">'
            f"<pre>{printed}</pre>"
            "</div></div></div></div></div>"
        )

    cells = [md("<h1>Cyclone report 2</h1>"), code(1, "Report 2 ready")]
    for n, (heading, points) in enumerate(SECTIONS, start=2):
        cells += [md(_markdown(heading, points)), code(n, "ok")]
    return f'<html><head><title>report</title></head><body><div id="notebook">{"".join(cells)}</div></body></html>'


def _docs_page() -> str:
    listing = highlight(CODE, PythonLexer(), HtmlFormatter(cssclass="highlight"))
    parts = [
        f'<h1>Cyclone report 2<a class="headerlink" href="#top">¶</a></h1><p>How the figures were read:</p>{listing}'
    ]
    parts += [_markdown(h, p) for h, p in SECTIONS]
    return f"<html><head><title>Cyclone report 2</title></head><body><main>{''.join(parts)}</main></body></html>"


@pytest.mark.parametrize("page", [_lab, _classic, _docs_page], ids=["jupyterlab", "classic-notebook", "docs-page"])
def test_the_markdown_is_the_report_and_the_code_is_not(page) -> None:
    report = parse_bytes(page().encode(), "report.html")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == SECTIONS
    texts = " ".join(i.text for s in report.sections for i in s.items)
    assert "read_csv" not in texts and "In [" not in texts and "ready" not in texts
