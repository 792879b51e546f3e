"""The brief as Markdown a coordinator can paste: every line ends with its citation."""

from __future__ import annotations

import re

from sitroom.brief.model import Brief, Source
from sitroom.brief.outline import Bullet, Heading, Note, Picture, Table, outline

# Characters that would turn report text into markup (links, emphasis, raw HTML) in a Markdown viewer.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Report text made literal in Markdown."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def cite(sources: list[Source]) -> str:
    """``— Series, 4 May 2020; Other series, 5 May 2020``."""
    return "— " + "; ".join(escape(s.citation) for s in sources)


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown text."""
    out: list[str] = []
    for block in outline(brief):
        if isinstance(block, Heading):
            if out and out[-1] != "":
                out.append("")
            out += ["#" * block.level + " " + escape(block.text), ""]
        elif isinstance(block, Note):
            out += [escape(block.text), ""]
        elif isinstance(block, Bullet):
            tag = f"**{block.tag}:** " if block.tag else ""
            extras = "".join(f" ({label}: {escape(text)})" for label, text in block.extras)
            out.append(f"- {tag}{escape(block.text)}{extras} {cite(block.sources)}")
        elif isinstance(block, Picture):
            # Markdown carries no pictures: the chart's trend in words stands in for it.
            out += [f"**Chart: {escape(block.chart.title)}.** {escape(block.chart.alt)}", ""]
        elif isinstance(block, Table):
            if out and out[-1] != "":
                out.append("")
            out.append("| " + " | ".join([*block.header, "Source"]) + " |")
            out.append("|" + "---|" * (len(block.header) + 1))
            for row, source in zip(block.rows, block.sources, strict=True):
                out.append("| " + " | ".join([*(escape(c) for c in row), escape(source.citation)]) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"
