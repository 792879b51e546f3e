"""A report of keyed sections written three ways for the language tests: Word with bold lines for its title and
headings (no heading styles), HTML with ``<h1>`` and ``<h2>`` over lists, and Markdown. Sections are (heading, key,
points)."""

from __future__ import annotations

import io

import docx

Sections = list[tuple[str, str, list[str]]]


def word_bold_lines(title: str, sections: Sections, dash: str = "-") -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run(title).bold = True
    for heading, _, points in sections:
        d.add_paragraph().add_run(heading).bold = True
        for point in points:
            d.add_paragraph(f"{dash} {point}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def html_page(title: str, sections: Sections) -> bytes:
    body = "".join(
        f"<h2>{heading}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
        for heading, _, points in sections
    )
    return f"<html><body><main><h1>{title}</h1>{body}</main></body></html>".encode()


def markdown(title: str, sections: Sections) -> bytes:
    body = "".join(f"\n## {heading}\n\n" + "".join(f"- {p}\n" for p in points) for heading, _, points in sections)
    return f"# {title}\n{body}".encode()
