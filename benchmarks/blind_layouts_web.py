"""E-mail, web, Markdown and plain-text writers of the blind council layouts (``blind_layouts``): an HTML
e-mail laid out with nested tables and ``<font>``/``<br>``, a wiki page in Markdown with status emoji in
the headings and task items, a civil-protection SITREP in plain text with numbered capitals labels, and a
web page whose sections are ``<dl>`` terms and ``<details>`` blocks.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from council_layouts_gold import Doc

from sitroom.generate.writers import wrap

STATUS = ("🟢 On track", "🟡 Some concerns", "🟠 At risk", "🔴 Off track")
DONE = ("actions", "next-steps", "response")

# ---------------------------------------------------------------- e-mail


def email_html_tables(doc: Doc) -> bytes:
    """A text/html-only message: an outer layout table, an inner table holding ``<font>`` text, a greeting,
    a covering line, each section a bold line followed by ``&bull;`` lines, sections parted by ``<br><br>``;
    a sign-off and a signature with a logo image."""
    body = [f"Dear colleagues,<br><br>Please see below the {escape(doc.service)} update for {doc.date}.<br><br>"]
    for s in doc.sections:
        head = f"<b>{escape(s.heading)}</b>" if s.level == 1 else f"<b><i>{escape(s.heading)}</i></b>"
        lines = [head] + [f"&bull;&nbsp;{escape(it.text)}" for it in s.items]
        body.append("<br>\n".join(lines) + "<br><br>\n")
    sig = (
        "Kind regards,<br><br><font color='#1F4E79'><b>Sam Okafor</b></font><br>Business Continuity Lead<br>"
        f"{escape(doc.organisation)}<br>T: 01632 960 412<br><img src='https://www.example.gov.uk/logo.png' "
        "alt='Council logo' width='120' height='40'>"
    )
    html = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body>"
        "<table width='100%' cellpadding='0' cellspacing='0' border='0' bgcolor='#F3F3F3'><tr><td align='center'>"
        "<table width='640' cellpadding='12' cellspacing='0' border='0' bgcolor='#FFFFFF'>"
        f"<tr><td bgcolor='#1F4E79'><font face='Arial' size='4' color='#FFFFFF'><b>{escape(doc.title)}</b></font>"
        "</td></tr><tr><td><font face='Arial, sans-serif' size='2'>\n"
        + "".join(body)
        + sig
        + "</font></td></tr></table></td></tr></table></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "Sam Okafor <sam.okafor@example.gov.uk>"
    msg["To"] = "Sitrep Cell <sitreps@example.gov.uk>"
    msg["Subject"] = doc.title
    msg["Date"] = format_datetime(datetime(2020, 4, 6, 9, 12, tzinfo=UTC))
    msg.set_content(html, subtype="html")
    return bytes(msg)


# ---------------------------------------------------------------- web


def html_dl_details(doc: Doc) -> bytes:
    """A page whose first sections are the terms of one ``<dl>`` (an item per ``<dd>``), the rest
    ``<details>`` blocks (the first open) with a ``<summary>`` heading and a list; a parent heading's
    sub-sections are a ``<dl>`` inside its ``<details>``."""
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(doc.title)}</title></head><body>",
        f"<header><p class='org'>{escape(doc.organisation)}</p><nav><a href='/'>Home</a> | ",
        "<a href='/updates'>All updates</a> | <a href='/contact'>Contact</a></nav></header>",
        f"<main><h1>{escape(doc.title)}</h1><p class='updated'>Last updated: <time>{doc.date}</time></p>",
    ]
    split = max(1, len(doc.sections) // 3)
    n, opened = 0, False
    while n < len(doc.sections):
        s = doc.sections[n]
        if n < split and s.items:
            out.append("<dl class='summary'>")
            while n < split and doc.sections[n].items:
                s = doc.sections[n]
                out.append(f"<dt>{escape(s.heading)}</dt>" + "".join(f"<dd>{escape(it.text)}</dd>" for it in s.items))
                n += 1
            out.append("</dl>")
            continue
        attr = "" if opened else " open"
        opened = True
        out.append(f"<details{attr}><summary>{escape(s.heading)}</summary>")
        n += 1
        if not s.items:  # a parent: its sub-sections as a description list inside
            out.append("<dl>")
            while n < len(doc.sections) and doc.sections[n].level == 2:
                c = doc.sections[n]
                out.append(f"<dt>{escape(c.heading)}</dt>" + "".join(f"<dd>{escape(it.text)}</dd>" for it in c.items))
                n += 1
            out.append("</dl>")
        else:
            out.append("<ul>" + "".join(f"<li>{escape(it.text)}</li>" for it in s.items) + "</ul>")
        out.append("</details>")
    out += [
        "</main><footer><p>Is this page useful? <a href='/feedback'>Tell us</a></p>",
        f"<p>© {escape(doc.organisation)} 2020</p></footer></body></html>",
    ]
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- Markdown


def restyle_wiki(doc: Doc) -> None:
    """Each heading followed by its status ("Staffing: 🟢 On track"); risks as "Risk: … Mitigation: …"."""
    for n, s in enumerate(doc.sections):
        if s.risks:
            level = max((it.level for it in s.items), default=0)
            for it in s.items:
                it.text = f"Risk: {it.body} Mitigation: {it.mitigation}" if it.mitigation else f"Risk: {it.body}"
        else:
            level = (n + doc.number) % 4 // 3
        if s.items:
            s.heading = f"{s.heading}: {STATUS[level]}"


def markdown_wiki(doc: Doc) -> bytes:
    """A wiki / issue page: a title, a quoted line of page fields, ``###`` headings with a status emoji,
    ``- [x]`` / ``- [ ]`` task items for the actions, a table of figures under the first section, risks as
    bullets with bold "Risk:" and "Mitigation:" labels, a rule and a "cc" line at the end."""
    out = [f"# {doc.title}", "", f"> **Owner:** @j.patel · **Updated:** {doc.date} · **Labels:** `sitrep` `weekly`", ""]
    for n, s in enumerate(doc.sections):
        out += [f"{'##' if s.level == 1 and not s.items else '###'} {s.heading}", ""]
        for k, it in enumerate(s.items):
            if s.key in DONE:
                out.append(f"- [{'x' if (k + doc.number) % 2 else ' '}] {it.text}")
            elif s.risks and it.mitigation:
                out.append(f"- **Risk:** {it.body} **Mitigation:** {it.mitigation}")
            elif s.risks:
                out.append(f"- **Risk:** {it.body}")
            else:
                out.append(f"- {it.text}")
        out.append("")
        if n == 0:
            a, b = 40 + 7 * doc.number, 38 + 5 * doc.number
            out += ["| Measure | This week | Last week |", "|---|--:|--:|", f"| Calls received | {a} | {b} |",
                    f"| Visits made | {a * 3} | {b * 3} |",
                    f"| Staff absent | {doc.number + 4} | {doc.number + 6} |", ""]  # fmt: skip
    out += ["---", "", "cc @ops-team @comms-team", ""]
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- plain text


def restyle_military(doc: Doc) -> None:
    """Headings as the SITREP numbers them: "1. SITUATION", sub-paragraph headings "a. PERSONNEL"."""
    top = sub = 0
    for s in doc.sections:
        if s.level == 1:
            top, sub = top + 1, 0
            s.heading = f"{top}. {s.heading.upper()}"
        else:
            sub += 1
            s.heading = f"{'abcdefgh'[sub - 1]}. {s.heading.upper()}"


def _para(lead: str, text: str, indent: int, width: int = 69) -> list[str]:
    """``lead`` then ``text`` hard-wrapped, continuation lines indented under the text."""
    lines = wrap(text, width - indent - len(lead))
    pad = " " * (indent + len(lead))
    return [" " * indent + lead + lines[0]] + [pad + x for x in lines[1:]]


def text_military(doc: Doc) -> bytes:
    """A civil-protection SITREP in plain text: a classification line, "SITREP 0600 06APR20", FROM / TO /
    SUBJ lines, numbered capitals labels whose first item runs on after the colon, further items as
    sub-paragraphs "a." "b." (under a lettered sub-heading "(1)" "(2)"), then "NEXT SITREP" and "ENDS"."""
    day = datetime.strptime(doc.date, "%d %B %Y")
    dtg = f"0600 {day:%d%b%y}".upper()
    out = ["OFFICIAL", "", f"SITREP {dtg}", "", f"FROM: {doc.organisation.upper()} TACTICAL CELL",
           "TO:   STRATEGIC COORDINATING GROUP", f"SUBJ: {doc.title.upper()}", ""]  # fmt: skip
    for s in doc.sections:
        indent = 0 if s.level == 1 else 4
        marks = "abcdefghijklmnop" if s.level == 1 else [f"({k})" for k in range(1, 20)]
        if not s.items:
            out += [" " * indent + f"{s.heading}:", ""]
            continue
        out += _para(f"{s.heading}: ", s.items[0].text, indent)
        for k, it in enumerate(s.items[1:]):
            mark = f"{marks[k]}." if s.level == 1 else marks[k]
            out += _para(f"{mark} ", it.text, indent + 4)
        out.append("")
    nxt = f"1800 {day:%d%b%y}".upper()
    out += [f"NEXT SITREP: {nxt}", "", "ENDS", ""]
    return "\n".join(out).encode("utf-8")
