"""Markdown writer of the ``blind17_layouts`` set: a US school district's closure notice written in Google Docs and
downloaded as Markdown (File › Download › Markdown): the district's logo as ``![][image1]`` with its data URI
defined at the end of the file, the notice's name in the Title style as ``#``, the update line in bold, a link to
the Spanish version, the section headings typed as bold Normal text (``**Meals for students**``), the points as
``*`` entries, Google's backslash escapes before Markdown punctuation in the text ("Grab\\-and\\-go",
"Wi\\-Fi"), a pipe table of meal pickup sites with its ``:----`` alignment row, each risk's mitigation after an
arrow "→" that the editor's autocorrect made of "->", the superintendent's sign-off, the hotline, a rule and the
italic distribution note; "1,250", "12%", "$3,400", "January 12", "(up from 5 yesterday)").
"""

from __future__ import annotations

import re
from datetime import timedelta

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

LOGO = ("iVBORw0KGgoAAAANSUhEUgAAAGQAAAAoCAIAAACHGsgUAAAAMklEQVR4nO3BMQEAAADCoPVPbQ0PoAAAAAAAAAAAAAAAAAAAAAA"
        "AAAAAAAAAAAAAAAAAAAA4N8Aj7gAAc3HKDoAAAAASUVORK5CYII=")  # fmt: skip
SITES = (("Washington Middle School", "410 N 4th St"), ("Roosevelt Elementary", "1200 Oak Ave"),
         ("Central High School", "55 College Dr"))  # fmt: skip
_ESCAPE = re.compile(r"([-!#*+=_~\[\]|<>])")


def gdocs_escape(text: str) -> str:
    """``text`` with the backslashes Google Docs' Markdown export puts before Markdown punctuation."""
    return _ESCAPE.sub(r"\\\1", text)


def markdown_gdocs_closure(doc: Doc) -> bytes:
    """The district's closure notice as the communications office writes it in Google Docs and downloads it as
    Markdown for the website's news editor."""
    when = report_day(doc)
    district = doc.organisation
    domain = district.split()[0].lower() + district.split()[1].lower() + ".k12.example.us"
    lines = ["![][image1]", "", "# District Closure Notice", "",
             f"**Update {doc.number} {gdocs_escape('-')} {when:%A}, {when:%B} {when.day}, {when.year}, 5:30 a.m.**",
             "", f"[Lea este aviso en español](https://www.{domain}/es/cierre)", ""]  # fmt: skip
    for s in doc.sections:
        lines += [f"**{gdocs_escape(s.heading)}**", ""]
        lines += [f"* {gdocs_escape(it.text)}" for it in s.items]
        lines.append("")
        if s.key == "assistance":
            lines += ["| Pickup site | Address | Hours |", "| :---- | :---- | :---- |"]
            lines += [f"| {name} | {addr} | 11 a.m. {gdocs_escape('-')} 1 p.m. |" for name, addr in SITES]
            lines.append("")
    nxt = when + timedelta(days=1)
    lines += ["Thank you for your patience and for keeping our students safe.", "", "Dr. Angela Ruiz", "",
              "Superintendent", "",
              f"Questions? Call the district hotline at (555) 014{gdocs_escape('-')}2200 or email [info@{domain}]"
              f"(mailto:info@{domain}). The next update will be sent by 8 p.m. on {nxt:%A}.", "", "---", "",
              f"*This notice was sent to all families and staff of {district}.*", "",
              f"[image1]: <data:image/png;base64,{LOGO}>", ""]  # fmt: skip
    return "\n".join(lines).encode()
