"""E-mail, web page and Markdown writers of council sitreps in layouts sitroom ships no template for:
a return typed into an e-mail (plain text, or an HTML-only body), a page of the council's website with
navigation, breadcrumbs and a footer, and Markdown with front matter and a risk table.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from council_layouts_gold import OWNERS, RAG, Doc

from sitroom.generate.writers import wrap


def email_return(doc: Doc) -> bytes:
    """A return typed into an e-mail: greeting, capitals headings with a colon, dashes, sign-off, signature."""
    lines = ["Dear colleagues,", "", f"Please see below this week's update from {doc.service}.", ""]
    for s in doc.sections:
        lines.append(f"{s.heading}:")
        for it in s.items:
            wrapped = wrap(it.text, 70)
            lines.append(f"- {wrapped[0]}")
            lines += [f"  {x}" for x in wrapped[1:]]
        lines.append("")
    lines += ["Kind regards,", "", "Sam Taylor", f"{doc.service} Duty Manager", doc.organisation,
              "Tel: 01632 960 456"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Sam Taylor <sam.taylor@example.gov.uk>"
    msg["To"] = "sitreps@example.gov.uk"
    msg["Subject"] = doc.title
    msg["Date"] = format_datetime(datetime(2020, 4, 6, 9, 30, tzinfo=UTC))
    msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


def email_html(doc: Doc) -> bytes:
    """A return written in a mail client: an HTML-only body, headings as bold paragraphs, bulleted lists."""
    out = ["<html><body><p>Hi all,</p>", f"<p>Here is the {escape(doc.service)} update for this week.</p>"]
    for s in doc.sections:
        out.append(f"<p><b>{escape(s.heading)}</b></p><ul>")
        out += [f"<li>{escape(it.text)}</li>" for it in s.items]
        out.append("</ul>")
    out += ["<p>Thanks,<br>Sam</p>", f"<p>Sam Taylor<br>{escape(doc.service)} Duty Manager<br>",
            f"{escape(doc.organisation)}</p></body></html>"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Sam Taylor <sam.taylor@example.gov.uk>"
    msg["To"] = "sitreps@example.gov.uk"
    msg["Subject"] = doc.title
    msg["Date"] = format_datetime(datetime(2020, 4, 6, 9, 30, tzinfo=UTC))
    msg.set_content("\n".join(out), subtype="html")
    return bytes(msg)


def html_page(doc: Doc) -> bytes:
    """A page of the council's website: header, navigation, the return in <main>, a risk table, a footer."""
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(doc.title)} | {escape(doc.organisation)}</title></head><body>",
        f"<header><a href='/'>{escape(doc.organisation)}</a>",
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/services'>Services</a></li>",
        "<li><a href='/news'>News</a></li><li><a href='/contact'>Contact us</a></li></ul></nav></header>",
        "<main><p class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/services'>Services</a> &gt; Updates</p>",
        f"<h1>{escape(doc.title)}</h1><p>Last updated: {doc.date}</p>",
    ]
    for s in doc.sections:
        out.append(f"<h{s.level + 1}>{escape(s.heading)}</h{s.level + 1}>")
        if s.risks:
            out.append(
                "<table><thead><tr><th>Risk</th><th>RAG</th><th>Mitigation</th><th>Lead</th></tr></thead><tbody>"
            )
            for n, it in enumerate(s.items):
                out.append(
                    f"<tr><td>{escape(it.body)}</td><td>{RAG[it.level]}</td><td>{escape(it.mitigation or '')}</td>"
                    f"<td>{OWNERS[n % len(OWNERS)]}</td></tr>"
                )
            out.append("</tbody></table>")
        elif s.items:
            out.append("<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>")
    out += [
        "</main><footer><ul><li><a href='/privacy'>Privacy</a></li><li><a href='/accessibility'>Accessibility</a>",
        f"</li></ul><p>© {escape(doc.organisation)} 2020</p></footer></body></html>",
    ]
    return "\n".join(out).encode("utf-8")


def markdown_return(doc: Doc) -> bytes:
    """Markdown with front matter, ``##`` headings, dash lists and the risks as a pipe table."""
    out = ["---", f'title: "{doc.title}"', "---", ""]
    for s in doc.sections:
        out += ["#" * (s.level + 1) + " " + s.heading, ""]
        if s.risks:
            out += ["| Risk | Rating | Mitigation |", "| --- | --- | --- |"]
            out += [f"| {it.body} | {RAG[it.level]} | {it.mitigation or ''} |" for it in s.items]
        else:
            out += [f"- {it.text}" for it in s.items]
        out.append("")
    return "\n".join(out).encode("utf-8")
