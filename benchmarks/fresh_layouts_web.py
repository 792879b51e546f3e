"""E-mail, web, Markdown and plain-text writers of the fresh council layouts (``fresh_layouts``): a return
pasted into a reply above the quoted message, a web page with a cookie banner, breadcrumbs, a data table
of figures with a totals row, share links and a footer; Markdown with setext headings, mixed bullets,
nested and ``1)`` lists and a pipe table; a .txt return with underlined capitals headings and "o" bullets.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from council_layouts_gold import Doc

from sitroom.generate.writers import wrap


def restyle_capitals(doc: Doc) -> None:
    """Headings printed in capitals."""
    for s in doc.sections:
        s.heading = s.heading.upper()


# ---------------------------------------------------------------- e-mail


def email_reply(doc: Doc) -> bytes:
    """A reply: greeting, the return pasted from a document (headings on their own line, "•" bullets, long
    lines), a sign-off and signature, a confidentiality notice, then the quoted request ("On … wrote:")."""
    lines = ["Hello team,", "", f"Apologies for the delay – our {doc.service} return for this week is below.", ""]
    for s in doc.sections:
        lines.append(s.heading)
        lines += [f"• {it.text}" for it in s.items]
        lines.append("")
    lines += [
        "Thanks,", "Priya", "", "Priya Sharma", f"Resilience Officer | {doc.organisation}",
        "Tel: 01632 960 789 | Mobile: 07700 900 461", "",
        "This email and any files transmitted with it are confidential and intended solely for the use of the",
        "individual or entity to whom they are addressed. If you have received this email in error please notify",
        "the sender and delete it. Emails sent to and from the council may be monitored.", "",
        "On Mon, 6 Apr 2020 at 08:02, Sitrep Cell <sitreps@example.gov.uk> wrote:",
        "> Dear all,", ">", "> Please send your return by 10:00 today. Remember to include any new risks",
        "> and how they are being mitigated, and any change to staffing.", ">", "> Many thanks,",
        "> Sitrep Cell", "> Emergency Planning Unit",
    ]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Priya Sharma <priya.sharma@example.gov.uk>"
    msg["To"] = "Sitrep Cell <sitreps@example.gov.uk>"
    msg["Subject"] = f"RE: {doc.title}"
    msg["Date"] = format_datetime(datetime(2020, 4, 6, 10, 41, tzinfo=UTC))
    msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


# ---------------------------------------------------------------- web


def _staff(doc: Doc) -> list[tuple[str, int, int]]:
    """(team, establishment, absent): the figures of a data table, varying with the report's number."""
    teams = ("North locality", "South locality", "East locality", "Hospital team")
    return [(t, 20 + (7 * n + 3 * doc.number) % 15, (2 * n + doc.number) % 6) for n, t in enumerate(teams)]


def _data_table(doc: Doc) -> str:
    """A table of figures (header row, numbers, a totals row) with its caption: data, not items."""
    rows = _staff(doc)
    body = "".join(f"<tr><th scope='row'>{t}</th><td>{a}</td><td>{b}</td><td>{a - b}</td></tr>" for t, a, b in rows)
    ta, tb = sum(r[1] for r in rows), sum(r[2] for r in rows)
    return (
        "<table class='data'><caption>Table 1: staff available by team</caption><thead><tr><th scope='col'>Team</th>"
        "<th scope='col'>Establishment</th><th scope='col'>Absent</th><th scope='col'>Available</th></tr></thead>"
        f"<tbody>{body}<tr class='total'><th scope='row'>Total</th><td>{ta}</td><td>{tb}</td><td>{ta - tb}</td></tr>"
        "</tbody></table>"
    )


def html_data_table(doc: Doc) -> bytes:
    """A council page: cookie banner, header, breadcrumb, the return with a data table of figures in one
    section, "Share this page" links, a feedback prompt and a site footer."""
    table_at = next((s for s in doc.sections if s.key in ("workforce", "impacts")), doc.sections[0])
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(doc.title)} - {escape(doc.organisation)}</title></head><body>",
        "<div class='cookie-banner' role='region' aria-label='Cookies on this site'><h2>Cookies on this site</h2>",
        "<p>We use some essential cookies to make this website work. We'd also like to set analytics cookies that",
        " help us improve it.</p><button>Accept analytics cookies</button><button>Reject analytics cookies</button>",
        "<a href='/cookies'>View cookies</a></div>",
        f"<header><a href='/' class='logo'>{escape(doc.organisation)}</a><form action='/search'>",
        "<label for='q'>Search</label><input id='q' name='q'><button>Search</button></form></header>",
        "<nav class='breadcrumb' aria-label='Breadcrumb'><ol><li><a href='/'>Home</a></li>",
        "<li><a href='/coronavirus'>Coronavirus (COVID-19)</a></li><li><a href='/coronavirus/updates'>",
        "Situation updates</a></li></ol></nav>",
        f"<main id='content'><h1>{escape(doc.title)}</h1><p class='published'>Published {doc.date}</p>",
    ]
    for s in doc.sections:
        out.append(f"<h{s.level + 1}>{escape(s.heading)}</h{s.level + 1}>")
        if s.items:
            out.append("<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>")
        if s is table_at:
            out.append(_data_table(doc))
    out += [
        "<div class='share'><h2>Share this page</h2><ul><li><a href='https://facebook.com/sharer'>Facebook</a></li>",
        "<li><a href='https://twitter.com/intent/tweet'>Twitter</a></li><li><a href='mailto:?'>Email</a></li></ul>",
        "</div><div class='feedback'><p>Was this page useful? <a href='/yes'>Yes</a> <a href='/no'>No</a></p>",
        "</div></main><footer><ul><li><a href='/accessibility'>Accessibility</a></li><li><a href='/privacy'>",
        "Privacy</a></li><li><a href='/cookies'>Cookies</a></li><li><a href='/contact'>Contact us</a></li></ul>",
        f"<p>© {escape(doc.organisation)} 2020. All content is available under the Open Government Licence v3.0.</p>",
        "</footer></body></html>",
    ]
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- Markdown and text


def markdown_setext(doc: Doc) -> bytes:
    """Setext headings (``===`` title, ``---`` sections), ``*`` and ``+`` bullets by turn, every third item
    nested under the one before, the risks as a ``1)`` list, a pipe table of figures under the first section."""
    out = [doc.title, "=" * len(doc.title), "", f"_Published {doc.date}_", ""]
    for n, s in enumerate(doc.sections):
        out += [s.heading, "-" * len(s.heading), ""]
        glyph = "*+"[n % 2]
        for k, it in enumerate(s.items):
            if s.risks:
                out.append(f"{k + 1}) {it.text}")
            elif k % 3 == 2:
                out.append(f"    {'+*'[n % 2]} {it.text}")
            else:
                out.append(f"{glyph} {it.text}")
        out.append("")
        if n == 0:
            rows = _staff(doc)
            out += ["| Team | Establishment | Absent |", "|:---|---:|---:|"]
            out += [f"| {t} | {a} | {b} |" for t, a, b in rows]
            out += [f"| **Total** | **{sum(r[1] for r in rows)}** | **{sum(r[2] for r in rows)}** |", ""]
    return "\n".join(out).encode("utf-8")


def text_underlined(doc: Doc) -> bytes:
    """A .txt return: the title and a date line, capitals headings underlined with ``=`` (sections) or ``-``
    (sub-sections), "o" bullets hard-wrapped at 72 columns with an indented continuation."""
    out = [doc.title, "", f"Date of report: {doc.date}", ""]
    for s in doc.sections:
        out += [s.heading, ("=" if s.level == 1 else "-") * len(s.heading), ""]
        for it in s.items:
            lines = wrap(it.text, 68)
            out.append(f"  o {lines[0]}")
            out += [f"    {x}" for x in lines[1:]]
        out.append("")
    out += ["END OF REPORT", ""]
    return "\n".join(out).encode("utf-8")
