"""The brief as Markdown a coordinator can paste: every statement ends with its numbered sources.

With a base URL each reference links to the item on the web app; without one the references point
to the closing list of sources, so no link of a saved brief points nowhere.
"""

from __future__ import annotations

import re

from sitroom.brief.model import Brief
from sitroom.brief.outline import Bullet, Cite, Heading, Note, Picture, SourceList, Table, outline

# Characters that would turn report text into markup (links, emphasis, raw HTML) in a Markdown viewer.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Report text made literal in Markdown."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def cite(cites: list[Cite], base_url: str = "", labels: bool = True) -> str:
    """``— Children's Services [1]; Education [2]``, each a link to its item when ``base_url`` is set;
    ``[1] [2]`` without ``labels`` (a table row whose series is in its own column)."""
    parts = []
    for c in cites:
        ref = f"{escape(c.label)} \\[{c.number}\\]" if labels else f"\\[{c.number}\\]"
        parts.append(f"[{ref}]({base_url}{c.source.link})" if base_url else ref)
    return "— " + "; ".join(parts) if labels else " ".join(parts)


def render_markdown(brief: Brief, base_url: str = "") -> str:
    """The brief as Markdown text; ``base_url`` (e.g. ``https://sitroom.example``) makes sources links."""
    base = base_url.rstrip("/")
    out: list[str] = []
    for block in outline(brief):
        if isinstance(block, Heading):
            if out and out[-1] != "":
                out.append("")
            out += ["#" * block.level + " " + escape(block.text), ""]
        elif isinstance(block, Note):
            out += [escape(block.text), ""]
        elif isinstance(block, Bullet):
            tag = f"**{escape(block.tag)}:** " if block.tag else ""
            extras = "".join(
                f" ({x.label}: {escape(x.text)}{' ' + cite(x.cites, base) if x.cites else ''})" for x in block.extras
            )
            out.append(f"- {tag}{escape(block.text)} {cite(block.cites, base)}{extras}")
        elif isinstance(block, Picture):
            # Markdown carries no pictures: the chart's trend in words stands in for it.
            out += [f"**Chart: {escape(block.chart.title)}.** {escape(block.chart.alt)}", ""]
        elif isinstance(block, Table):
            if out and out[-1] != "":
                out.append("")
            out.append("| " + " | ".join([*block.header, "Source"]) + " |")
            out.append("|" + "---|" * (len(block.header) + 1))
            for row, cites in zip(block.rows, block.cites, strict=True):
                out.append("| " + " | ".join([*(escape(c) for c in row), cite(cites, base, labels=False)]) + " |")
            out.append("")
        elif isinstance(block, SourceList):
            for ref in block.references:
                where = f" <{base}/reports/{ref.report_id}>" if base else ""
                out.append(f"{ref.number}. {escape(ref.text)}{where}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"
