"""The readers' comments under a page printed or saved with its report (an intranet news page, a blog post): the
heading naming them, the box to add one, each comment with who wrote it, when, and its "Like · Reply", and the line
counting the page's likes and views over them, are left out and counted. A report's own closing "Comments" section,
written by its author, stays. Layouts: the page printed to PDF and the page saved as HTML, in English and Portuguese.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Situation", ["The hospital runs on generators since Monday.", "294 workstations are back in service."]),
    ("Next steps", ["Reschedule the postponed operations by 15 May."]),
]
WORDS = {
    "en": ("Comments", "Add a comment", "Like · Reply", "♡ Like 273 views", "3 hours ago"),
    "pt": ("Comentários", "Adicionar um comentário", "Gosto · Responder", "♡ Gosto 273 visualizações", "há 3 horas"),
}
COMMENTS = [("Ana Ferreira", "Thanks for the update, very useful for the teams."),
            ("Rui Monteiro", "In block B the lifts are still stopped.")]  # fmt: skip


def _page(lang: str, own: bool = False) -> str:
    heading, box, reply, reactions, ago = WORDS[lang]
    body = "<h1>Situation update no. 1 – Power cut</h1>"
    for name, items in SECTIONS:
        body += f"<h2>{name}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    if own:
        return body + "<h2>Comments</h2><p>The figures for Tuesday are still provisional and will be confirmed.</p>"
    body += f"<p>{reactions}</p><h3>{heading}</h3><div class='box'>{box}</div>"
    for who, said in COMMENTS:
        body += f"<div class='comment'><p><b>{who}</b> · {ago}</p><p>{said}</p><p>{reply}</p></div>"
    return body


def _pdf(body: str) -> bytes:
    from weasyprint import HTML

    css = "body { font: 10pt 'Liberation Sans', sans-serif } h3 { font-size: 11pt } .box { border: 1px solid #999 }"
    return HTML(string=f"<html><head><style>{css}</style></head><body>{body}</body></html>").write_pdf()


def _html(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body><main>{body}</main></body></html>".encode()


LAYOUTS = {"printed": (_pdf, "page.pdf"), "saved": (_html, "page.html")}


@pytest.mark.parametrize("lang", list(WORDS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_readers_comments_are_left_out(layout: str, lang: str) -> None:
    write, name = LAYOUTS[layout]
    report = parse_bytes(write(_page(lang)), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_reports_own_comments_section_stays(layout: str) -> None:
    write, name = LAYOUTS[layout]
    report = parse_bytes(write(_page("en", own=True)), name)[0]
    assert report.sections[-1].heading == "Comments"
    assert [i.text for i in report.sections[-1].items] == [
        "The figures for Tuesday are still provisional and will be confirmed."
    ]
