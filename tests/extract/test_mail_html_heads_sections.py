"""A release sent by mail with both parts: the HTML heads each section with a heading element, the plain text beside
it sets the names as lines like any other, so a name over a paragraph reads there as one more paragraph. The HTML's
headings head the sections, whether set as ``<h2>`` in the body, as ``<h3>`` inside a layout table, in English or
Finnish."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

RELEASES = {
    "en": ("Storm update 2", [("Fallen trees on the lines", ["8,263 homes are still without power."]),
                              ("Impacts", ["20 schools are closed.", "Two roads are blocked by trees."]),
                              ("Next steps", ["The recovery group meets again on 25 November."])]),
    "fi": ("Myrskytilanne – tiedote 2", [("Tilannekuva lyhyesti", ["Sähköttä on edelleen 8 263 kotitaloutta."]),
                                         ("Vaikutukset asukkaille", ["20 koulua on suljettu."]),
                                         ("Seuraavat toimet", ["Valmiusryhmä kokoontuu 25.11."])]),
}  # fmt: skip


def _plain(title: str, sections: list) -> str:
    out = [title, ""]
    for n, (heading, points) in enumerate(sections):
        out += [heading, ""]
        out += [points[0], ""] if n == 0 else [*(f"- {p}" for p in points), ""]
    return "\n".join(out)


def _html(title: str, sections: list, tag: str, boxed: bool) -> str:
    body = f"<h1>{title}</h1>"
    for n, (heading, points) in enumerate(sections):
        body += f"<{tag}>{heading}</{tag}>"
        body += f"<p>{points[0]}</p>" if n == 0 else "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    if boxed:
        body = f'<table role="presentation" width="640"><tr><td style="padding:24px">{body}</td></tr></table>'
    return f"<html><body>{body}</body></html>"


@pytest.mark.parametrize(("tag", "boxed"), [("h2", False), ("h3", True)])
@pytest.mark.parametrize("lang", list(RELEASES))
def test_the_html_parts_headings_head_the_sections(lang: str, tag: str, boxed: bool) -> None:
    title, sections = RELEASES[lang]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "news@example.org", "partners@example.org", title
    msg.set_content(_plain(title, sections))
    msg.add_alternative(_html(title, sections, tag, boxed), subtype="html")
    report = parse_bytes(msg.as_bytes(), "release.eml")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections
