"""Web and text writers of the ``blind13_layouts`` set: a Welsh county council's flood update on the Welsh
version of its website, in Welsh only (``lang="cy"``, a skip link "Neidio i'r prif gynnwys", the header with
the "English" switch, the menu, an emergency banner, breadcrumbs "Hafan › Newyddion", the ``<h1>`` title,
"Cyhoeddwyd: …", an introduction, ``<h2>`` headings over ``<ul>`` lists, "Lliniaru:" in bold inside a risk's
entry, the share links, "A oedd y dudalen hon yn ddefnyddiol?", the footer) and a university's incident update
written in reStructuredText and sent as a text file (the title over and under "=", a field list ":Issued:",
":Author:", ":Status:", ":Distribution:", a ``.. contents::`` directive, a ``.. note::`` of the security number,
headings underlined with "-", "* " points wrapped at 76 columns with their run-on lines indented, a risk's
"*Mitigation:* …" an indented paragraph of its own under the point, the closing comment and a "-- " signature).
"""

from __future__ import annotations

import textwrap
from html import escape

from blind7_layouts_content import MISOEDD, report_day
from council_layouts_gold import Doc

CY_LEAD = "Lliniaru:"
UNI_LEAD = "Mitigation:"


# ---------------------------------------------------------------- Welsh council web page


def html_diweddariad_cy(doc: Doc) -> bytes:
    """The council's news page in Welsh, saved from the browser."""
    when = report_day(doc)
    day = f"{when.day} {MISOEDD[when.month - 1]} {when.year}"
    title = f"{doc.service}: diweddariad {doc.number}"
    body = [
        '<a class="skip-link" href="#main">Neidio i\'r prif gynnwys</a>',
        '<header class="site-header"><a class="logo" href="/cy/Hafan.aspx"><img src="/logo.svg" alt="'
        f'{escape(doc.organisation)}"></a><a class="lang" href="/en/News.aspx" lang="en">English</a>'
        '<form class="search"><label for="q">Chwilio</label><input id="q"><button>Chwilio</button></form></header>',
        '<nav class="menu"><ul><li><a href="#">Preswylwyr</a></li><li><a href="#">Busnes</a></li><li><a '
        'href="#">Y Cyngor</a></li><li><a href="#">Swyddi</a></li></ul></nav>',
        '<div class="alert"><strong>Rhybudd llifogydd:</strong> os oes perygl i fywyd, ffoniwch 999.</div>',
        '<nav class="breadcrumb"><a href="#">Hafan</a> › <a href="#">Newyddion</a> › '
        f"{escape(title)}</nav>",
        f'<main id="main"><article><h1>{escape(title)}</h1><p class="date">Cyhoeddwyd: {day}, 10:00</p>',
        "<p>Dyma'r wybodaeth ddiweddaraf am y llifogydd yn y sir. Diolch i bawb am eu hamynedd a'u cymorth.</p>",
    ]  # fmt: skip
    for s in doc.sections:
        items = "".join(
            "<li>" + escape(it.text, quote=False).replace(f" {CY_LEAD} ", f" <strong>{CY_LEAD}</strong> ") + "</li>"
            for it in s.items
        )
        body.append(f"<h2>{escape(s.heading)}</h2><ul>{items}</ul>")
    body += [
        '</article><div class="share">Rhannu: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-bost</a>'
        "</div>",
        '<form class="feedback"><p>A oedd y dudalen hon yn ddefnyddiol?</p><button>Oedd</button><button>Nac oedd'
        "</button></form></main>",
        '<footer><ul><li><a href="#">Cysylltu â ni</a></li><li><a href="#">Hygyrchedd</a></li><li><a href="#">'
        f"Cwcis</a></li><li><a href=\"#\">Preifatrwydd</a></li></ul><p>© {escape(doc.organisation)} {when.year}"
        "</p></footer>",
    ]  # fmt: skip
    html = (f'<!DOCTYPE html><html lang="cy"><head><meta charset="utf-8"><title>{escape(title)} – '
            f"{escape(doc.organisation)}</title></head><body>" + "\n".join(body) + "</body></html>")  # fmt: skip
    return html.encode()


# ---------------------------------------------------------------- university reStructuredText update


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, 76, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)


def text_rst_update(doc: Doc) -> bytes:
    """The incident team's update as the university's resilience officer writes it (reStructuredText)."""
    when = report_day(doc)
    title = f"{doc.service} – incident update {doc.number}"
    bar = "=" * len(title)
    lines = [bar, title, bar, "", f":Issued: {when.day} {when:%B %Y}, 16:30",
             ":Author: Head of Resilience, Estates and Facilities", ":Status: Silver incident team stood up",
             ":Distribution: All staff and students", "", ".. contents:: On this page", "   :local:", "",
             ".. note::", f"   Out of hours, call Campus Security on 01632 960 {100 + doc.number}.", ""]  # fmt: skip
    for s in doc.sections:
        lines += [s.heading, "-" * len(s.heading), ""]
        for it in s.items:
            if s.risks and f" {UNI_LEAD} " in it.text:
                risk, mit = it.text.split(f" {UNI_LEAD} ", 1)
                lines += [*_wrap(risk, "* ", "  "), "", *_wrap(f"*{UNI_LEAD}* {mit}", "  ", "  "), ""]
            else:
                lines += _wrap(it.text, "* ", "  ")
        lines.append("")
    lines += [".. This update is also posted on the staff and student intranet.", "", "-- ",
              "Resilience Office", doc.organisation, ""]  # fmt: skip
    return "\n".join(lines).encode()
