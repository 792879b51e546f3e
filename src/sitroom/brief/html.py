"""The brief as one self-contained HTML page: inline CSS, no scripts, no external assets.

Report text is escaped by Jinja2's autoescape, and a Content-Security-Policy forbids scripts, so a
sitrep containing ``<script>`` or a ``javascript:`` link stays inert. Source links are built from
report and item ids and the base URL only, never from report text.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from sitroom.brief.model import Brief
from sitroom.brief.outline import Bullet, Heading, Note, Picture, SourceList, Table, outline

PAPER_SIZES = {"a4": "A4", "letter": "letter"}


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("sitroom.brief", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _blocks(brief: Brief) -> list[tuple[str, object]]:
    """Outline blocks for the template, consecutive bullets gathered into one list."""
    out: list[tuple[str, object]] = []
    for block in outline(brief):
        if isinstance(block, Bullet):
            if out and out[-1][0] == "list":
                out[-1][1].append(block)  # type: ignore[union-attr]
            else:
                out.append(("list", [block]))
        elif isinstance(block, Heading):
            out.append(("heading", block))
        elif isinstance(block, Note):
            out.append(("note", block))
        elif isinstance(block, Table):
            out.append(("table", block))
        elif isinstance(block, SourceList):
            out.append(("sources", block))
        elif isinstance(block, Picture):
            # The SVG comes from brief.linechart, which escapes the text it draws; inlined so the
            # page stays one self-contained file.
            out.append(("chart", (block.chart, Markup(_svg_body(block.chart.svg)))))
    return out


def _svg_body(svg: str) -> str:
    """The SVG element alone (no XML declaration), hidden from screen readers: the caption says it."""
    start = svg.find("<svg")
    return svg[start:].replace("<svg", '<svg aria-hidden="true" focusable="false"', 1) if start >= 0 else ""


def render_html(brief: Brief, base_url: str = "", paper: str = "a4") -> str:
    """The brief as HTML; ``base_url`` (e.g. ``https://sitroom.example``) makes each source a link to
    its item, otherwise sources link to the closing list. ``paper`` (a4, letter) sizes the printed page."""
    template = _environment().get_template("brief.html.j2")
    return template.render(
        title=brief.title, blocks=_blocks(brief), base_url=base_url.rstrip("/"), paper=PAPER_SIZES[paper]
    )
