"""Markdown and web writers of the unseen council layouts (``unseen_layouts``): Markdown with YAML front
matter, headings written as links, paragraphs wrapped over several source lines and a fenced block of
figures; a web page built of plain ``<div>``s with a left-hand list of links and a footer.
"""

from __future__ import annotations

import re
from html import escape

from council_layouts_gold import Doc

from sitroom.generate.writers import wrap


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def markdown_linked(doc: Doc) -> bytes:
    """Front matter (title, date, author, tags, a folded summary), ``## [Heading](url)`` headings, items as
    paragraphs hard-wrapped at 72 columns or as ``*`` lists, a fenced block of figures, an HTML comment."""
    out = ["---", f'title: "{doc.title}"', f"date: {doc.date}", "author: Sam Taylor", "tags:", "  - sitrep",
           f"  - {_slug(doc.service)}", "summary: >", f"  Weekly return from {doc.service},", "  for partners.",
           "---", "", "<!-- produced from the weekly return form -->", ""]  # fmt: skip
    for n, s in enumerate(doc.sections):
        out += [f"## [{s.heading}](https://example.gov.uk/returns/{_slug(doc.service)}#{_slug(s.heading)})", ""]
        if n % 2 == 0:
            for it in s.items:
                out += [*wrap(it.text, 72), ""]
        else:
            out += [f"* {it.text}" for it in s.items] + [""]
        if n == 0:
            figures = [(len(x.items), x.heading) for x in doc.sections]
            out += ["```text", f"{'Section':<32}{'Items':>6}"]
            out += [f"{h[:30]:<32}{c:>6}" for c, h in figures]
            out += ["```", ""]
    return "\n".join(out).encode("utf-8")


def html_left_nav(doc: Doc) -> bytes:
    """A page of plain ``<div>``s: a left column of links, the return in the content column, a footer div."""
    links = ("Home", "Council services", "Coronavirus updates", "Adult social care", "Children and families",
             "Waste and recycling", "Council tax", "Contact us")  # fmt: skip
    nav = "".join(f"<li><a href='/{_slug(x)}'>{x}</a></li>" for x in links)
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(doc.title)}</title></head><body><div class='wrapper'>",
        f"<div class='masthead'><a href='/'>{escape(doc.organisation)}</a></div>",
        f"<div class='sidebar'><h4>In this section</h4><ul>{nav}</ul></div>",
        f"<div class='content'><h1>{escape(doc.title)}</h1>",
    ]
    for s in doc.sections:
        out.append(f"<h3>{escape(s.heading)}</h3>")
        if s.items:
            out.append("<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>")
    out += [
        "</div><div class='footer'><p><a href='/privacy'>Privacy notice</a> | <a href='/cookies'>Cookies</a> | ",
        "<a href='/accessibility'>Accessibility statement</a></p>",
        f"<p>{escape(doc.organisation)}, Civic Centre, Market Street, Northfield NF1 2AB</p>",
        f"<p>© {escape(doc.organisation)} 2020</p></div></div></body></html>",
    ]
    return "\n".join(out).encode("utf-8")
