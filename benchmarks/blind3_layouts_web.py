"""E-mail, web and Markdown writers of the fifth blind council layouts (``blind3_layouts``): HTML exported
from Google Docs, a plain-text e-mail forwarded twice, Markdown for a static-site generator (HTML comments,
admonitions, footnotes, an aligned figures table) and a web page that is one Area | Status | Update |
Risks | Actions table.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from council_layouts_gold import RAG, Doc

_NUMBER = re.compile(r"\d[\d,.%]*\d%?|\d%?")
FLOW = ("actions", "next-steps", "response", "recovery")  # what a status table puts in its Actions column


def _kix(text: str, n: int = 6) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- Google Docs export


def _spans(text: str) -> str:
    """Runs as Google Docs splits them: figures in a bold run, a "Mitigation" lead in bold, a link."""
    out = escape(text, quote=False)  # no entities: a number inside "&#x27;" is not a figure
    out = _NUMBER.sub(lambda m: f'</span><span class="c9">{m.group()}</span><span class="c1">', out, count=1)
    # the lead after the figure, so that no digit of a class name is taken for a figure
    out = re.sub(r"(Mitigation(?: is|:))", r'</span><span class="c9">\1</span><span class="c1">', out)
    link = "https://www.google.com/url?q=https://www.example.gov.uk/coronavirus&amp;sa=D&amp;source=editors&amp;ust=1586160000"
    out = out.replace("council website", f'</span><span class="c8"><a class="c7" href="{link}">council website</a>'
                      '</span><span class="c1">')  # fmt: skip
    return f'<span class="c1">{out}</span>'.replace('<span class="c1"></span>', "")


def html_google_docs(doc: Doc) -> bytes:
    """File → Download → Web page: a style sheet of generated classes (bullets drawn by ``li:before``), the
    title as ``<p class="title">``, a subtitle, headings as ``<h2 id="h.…">`` / ``<h3>`` with spans inside,
    each list a flat ``<ul class="lst-kix_…-0">``, empty paragraphs between blocks and runs split by format."""
    lists = [_kix(s.heading + doc.service) for s in doc.sections if s.items]
    css = "".join(
        f'ul.lst-kix_{k}-0{{list-style-type:none}}.lst-kix_{k}-0>li:before{{content:"\\0025cf   "}}' for k in lists
    )
    out = [
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
        "@import url(https://themes.googleusercontent.com/fonts/css?kit=abc);ol{margin:0;padding:0}"
        f'{css}.c1{{color:#000000;font-weight:400;font-size:11pt;font-family:"Arial"}}'
        ".c9{font-weight:700}.c7{color:inherit;text-decoration:inherit}.c8{color:#1155cc;text-decoration:underline}"
        ".c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15}.c4{padding:0;margin:0}"
        ".c2{margin-left:36pt;padding-left:0pt}.title{font-size:26pt}.subtitle{color:#666666;font-size:15pt}"
        f'</style></head><body class="c12 doc-content"><p class="c3 title" id="h.{_kix(doc.title, 12)}">'
        f'<span class="c11">{escape(doc.title)}</span></p>',
        f'<p class="c3 subtitle" id="h.{_kix(doc.date, 12)}"><span class="c10">{escape(doc.organisation)} · '
        f"{doc.date}</span></p>",
        '<p class="c3 c6"><span class="c1"></span></p>',
    ]
    for s in doc.sections:
        tag = "h2" if s.level == 1 else "h3"
        out.append(f'<{tag} class="c5" id="h.{_kix(s.heading + doc.title, 12)}"><span class="c13">'
                   f"{escape(s.heading)}</span></{tag}>")  # fmt: skip
        if s.items:
            k = _kix(s.heading + doc.service)
            out.append(f'<ul class="c4 lst-kix_{k}-0 start">')
            out += [f'<li class="c2 c3 li-bullet-0">{_spans(it.text)}</li>' for it in s.items]
            out.append("</ul>")
        out.append('<p class="c3 c6"><span class="c1"></span></p>')
    out.append("</body></html>")
    return "".join(out).encode("utf-8")


# ---------------------------------------------------------------- e-mail forwarded twice


def _wrapped(lead: str, text: str, width: int = 76) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=lead, subsequent_indent=" " * len(lead))


def email_forwarded(doc: Doc) -> bytes:
    """A text/plain message forwarded twice: notes on top ("FYI – see below", "Adding Jo"), two
    "---------- Forwarded message ---------" blocks with From / Date / Subject / To, and the return in the
    oldest message as a mail client's plain text gives it (bold headings between asterisks, "   - " bullets
    wrapped at 76 characters), with a greeting, a sign-off and a signature around it."""
    subject = doc.title
    fwd = "---------- Forwarded message ---------"
    lines = [
        "FYI – see below. Jo, adding you as you are covering the cell on Friday.", "", "Mark", "", "",
        fwd, "From: Alex Brown <alex.brown@example.gov.uk>", "Date: Mon, 6 Apr 2020 at 11:02",
        f"Subject: Fwd: {subject}", "To: Mark Ellis <mark.ellis@example.gov.uk>", "",
        "Adding Jo – staffing figures are in the middle section.", "", "Thanks", "Alex", "", "",
        fwd, "From: Priya Sharma <priya.sharma@example.gov.uk>", "Date: Mon, 6 Apr 2020 at 09:47",
        f"Subject: {subject}", "To: Sitrep Cell <sitreps@example.gov.uk>",
        "Cc: Alex Brown <alex.brown@example.gov.uk>", "",
        "Hi all,", "", f"Please see this week's sitrep for {doc.service} below.", "",
    ]  # fmt: skip
    for s in doc.sections:
        lines.append(f"*{s.heading}*")
        for it in s.items:
            lines += _wrapped("   - ", it.text)
        lines.append("")
    lines += ["Best wishes", "Priya", "", "--", "Priya Sharma | Resilience Officer", doc.organisation,
              "Tel: 01632 960 789"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Mark Ellis <mark.ellis@example.gov.uk>"
    msg["To"] = "Jo Lee <jo.lee@example.gov.uk>, Ops Team <ops@example.gov.uk>"
    msg["Subject"] = f"Fwd: Fwd: {subject}"
    msg["Date"] = format_datetime(datetime(2020, 4, 6, 11, 30, tzinfo=UTC))
    msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


# ---------------------------------------------------------------- Markdown for a site generator

NOTES = ("Figures from the service's case management system at 09:00.",
         "Provisional; to be confirmed in the next update.")  # fmt: skip


def restyle_admonition(doc: Doc) -> None:
    """A risk with a mitigation is printed as its risk, then a bold "Mitigation:" lead on the next line."""
    for s in doc.sections:
        for it in s.items:
            if s.risks and it.mitigation:
                it.text = f"{it.body} Mitigation: {it.mitigation}"


def markdown_site(doc: Doc) -> bytes:
    """A page for a static-site generator: HTML comments, a ``[TOC]`` marker, the first section as an
    ``!!! abstract "…"`` admonition holding its bullets, ``## … {#anchor}`` headings, each risk an
    ``!!! warning "Risk n"`` / ``!!! danger`` admonition (risk, then "**Mitigation:** …"), footnote marks
    ``[^n]`` after numbers with their definitions at the end, and a figures table with alignment colons."""
    out = ["<!-- generated from the sitrep template v3; edit the source in the shared drive -->",
           f"# {doc.title}", "", f"*Published {doc.date}*", "", "[TOC]", ""]  # fmt: skip
    notes = 0
    for n, s in enumerate(doc.sections):
        if n == 0 and s.items:
            out += [f'!!! abstract "{s.heading}"', ""] + [f"    - {it.text}" for it in s.items] + [""]
            a = 30 + 4 * doc.number
            out += ["<!-- figures below are pasted from the dashboard -->", "",
                    "| Measure | This week | Last week | Trend |", "|:--------|----------:|----------:|:-----:|",
                    f"| Calls to the helpline | {a * 5} | {a * 5 - 23} | ↑ |",
                    f"| Cases open | {a + 9} | {a + 12} | ↓ |", ""]  # fmt: skip
            continue
        anchor = re.sub(r"[^a-z0-9]+", "-", s.heading.lower()).strip("-")
        out += [f"{'##' if s.level == 1 else '###'} {s.heading} {{#{anchor}}}", ""]
        for k, it in enumerate(s.items, start=1):
            if s.risks:
                kind = "danger" if it.level >= 2 else "warning"
                out += [f'!!! {kind} "Risk {k}"', f"    {it.body}"]
                out += [f"    **Mitigation:** {it.mitigation}"] if it.mitigation else []
                out.append("")
                continue
            text = it.text
            if notes < len(NOTES) and _NUMBER.search(text) and k == 1:
                notes += 1
                text = f"{text}[^{notes}]"
            out.append(f"- {text}")
        out.append("")
    out += [f"[^{k}]: {NOTES[k - 1]}" for k in range(1, notes + 1)] + ["", "<!-- end of page -->", ""]
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- a table-only page


def _cell(texts: list[str], ordered: bool = False) -> str:
    if not texts:
        return "–"
    if len(texts) == 1 and not ordered:
        return escape(texts[0])
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + f"</{tag}>"


def html_area_table(doc: Doc) -> bytes:
    """A status page that is one table: Area | Status | Update | Risks | Actions, a row per section (its
    items in Update, or in Actions for actions, response and recovery), a spanning group row for a parent
    heading, and the risks row with the risks numbered in the Risks cell and their mitigations numbered
    alike in the Actions cell ("–" where none); a title, a published line, a caption and a footer."""
    rows = []
    for n, s in enumerate(doc.sections):
        if not s.items:
            rows.append(f"<tr class='group'><th colspan='5' scope='rowgroup'>{escape(s.heading)}</th></tr>")
            continue
        texts = [it.text for it in s.items]
        if s.risks:
            rag = RAG[max(it.level for it in s.items)]
            cells = ("–", _cell([it.body for it in s.items], True),
                     _cell([it.mitigation or "–" for it in s.items], True))  # fmt: skip
        elif s.key in FLOW:
            rag = RAG[(n + doc.number) % 5 // 4]
            cells = ("–", "–", _cell(texts))
        else:
            rag = RAG[(n + doc.number) % 5 // 4]
            cells = (_cell(texts), "–", "–")
        rows.append(f"<tr><th scope='row'>{escape(s.heading)}</th><td class='rag {rag.lower()}'>{rag}</td>"
                    + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")  # fmt: skip
    html = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(doc.title)}</title><style>td.red{{background:#f4cccc}}td.green{{background:#d9ead3}}"
        "td.amber{background:#fff2cc}th,td{border:1px solid #999;vertical-align:top;padding:4px}</style></head>",
        f"<body><h1>{escape(doc.title)}</h1><p class='meta'>Published {doc.date} by {escape(doc.organisation)}</p>",
        "<table><caption>Status by area at the time of reporting</caption><thead><tr><th>Area</th><th>Status</th>"
        "<th>Update</th><th>Risks</th><th>Actions</th></tr></thead><tbody>",
        *rows,
        "</tbody></table>",
        f"<footer><p>© {escape(doc.organisation)} · <a href='/accessibility'>Accessibility</a></p></footer>",
        "</body></html>",
    ]
    return "\n".join(html).encode("utf-8")
