"""A newsletter sent as an e-mail or read on its web page: the publication's name over the title, the subtitle under
it, a row of action links laid out as a table ("Like | Comment | Restack", "Share | Forward") and the thanks for
reading closing the post are the newsletter's, not the report's. Layouts: a newsletter platform's e-mail (the name a
link in a table, the subtitle an ``<h3 class="subtitle">``) and a newsletter's web page (the name in a header
paragraph, the subtitle an ``<h2 class="post-subtitle">``), in English and in Spanish."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["1,884 families have received help from the centre."]),
    ("Next steps", ["Community meeting at the court on 26 September."]),
]
WORDS = {
    "en": ("Jayuya Mutual Aid Centre", "What we did this week, what is still missing", ("Like", "Comment", "Restack"),
           "Thanks for reading and for your support. Please share this update."),
    "es": ("Centro de Apoyo Mutuo de Jayuya", "Lo que hemos hecho esta semana", ("Me gusta", "Comentar", "Compartir"),
           "Gracias por leer y por apoyar. Si puedes, comparte esta actualización."),
}  # fmt: skip


def _post(lang: str) -> str:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" for h, items in SECTIONS)
    return body + f"<p>{WORDS[lang][3]}</p>"


def _bar(lang: str) -> str:
    return "<table><tr>" + "".join(f"<td><a href='https://x.example/{n}'>{w}</a></td>" for n, w in
                                   enumerate(WORDS[lang][2])) + "</tr></table>"  # fmt: skip


def _mail(lang: str) -> bytes:
    name, subtitle = WORDS[lang][:2]
    html = (
        f"<html><body><table><tr><td><a href='https://x.example'>{name}</a></td></tr></table>"
        f"<h1 class='post-title'>Update #1: still standing</h1><h3 class='subtitle'>{subtitle}</h3>"
        f"<div class='body'>{_post(lang)}</div>{_bar(lang)}</body></html>"
    )
    msg = EmailMessage()
    msg["From"], msg["To"] = f"{name} <centre@x.example>", "reader@example.org"
    msg["Subject"] = "Update #1: still standing"
    msg.set_content(html, subtype="html")
    return bytes(msg)


def _page(lang: str) -> bytes:
    name, subtitle = WORDS[lang][:2]
    return (
        f"<html><head><meta charset='utf-8'></head><body><main><p class='publication'>{name}</p>"
        f"<h1>Update #1: still standing</h1><h2 class='post-subtitle'>{subtitle}</h2>{_post(lang)}{_bar(lang)}"
        "</main></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", list(WORDS))
@pytest.mark.parametrize(("write", "name"), [(_mail, "update.eml"), (_page, "update.html")], ids=["mail", "page"])
def test_the_newsletters_own_lines_are_left_out(write, name: str, lang: str) -> None:
    report = parse_bytes(write(lang), name)[0]
    assert report.title == "Update #1: still standing"
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
