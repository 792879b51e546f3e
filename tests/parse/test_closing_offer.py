"""The writer's offer to answer the reader's questions after the report's last point ("Please let me know if you
have any questions.", "Do not hesitate to contact us.", "N'hésitez pas à nous contacter.", "Quedo a su disposición
para cualquier consulta.", "Bei Fragen stehe ich gerne zur Verfügung."), or to make more of it ("Would you like me to
turn this into a short post?"), is the writer speaking to the reader, part of the sign-off: left out and counted, not
a point of the last section.

Layouts: a plain-text e-mail with the offer over "Thank you," and the signature, a Word document and a web page
ending with the offer under the last list.
"""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["Nine cases are under investigation.", "Two patients remain in hospital."]),
    ("Next steps", ["Sample the remaining cooling towers by Friday.", "Hold the next partner call on July 12."]),
]
OFFERS = [
    "Please let me know if you have any questions.",
    "Do not hesitate to contact us if you need further information.",
    "If you have any queries, please get in touch with me.",
    "N'hésitez pas à nous contacter pour toute question.",
    "Quedo a su disposición para cualquier consulta.",
    "Bei Fragen stehe ich Ihnen gerne zur Verfügung.",
    # an assistant's offer to make more of what it wrote, pasted with it
    "Would you like me to turn this into a short post for social media as well?",
    "If you'd like, I can also make a shorter version for the Facebook page.",
]


def _mail(offer: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "epi@county.example", "partners@example.org", "Cluster update 2"
    lines = ["Good afternoon partners,", ""]
    for heading, items in SECTIONS:
        lines += [heading, *(f"- {i}" for i in items), ""]
    lines += [offer, "", "Thank you,", "", "Rachel Okafor", "Epidemiologist"]
    msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


def _word(offer: str) -> bytes:
    d = docx.Document()
    d.add_heading("Cluster update 2", 0)
    for heading, items in SECTIONS:
        d.add_heading(heading, 1)
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    d.add_paragraph(offer)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _page(offer: str) -> bytes:
    body = "<h1>Cluster update 2</h1>"
    for heading, items in SECTIONS:
        body += f"<h2>{heading}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    return f"<html><body><main>{body}<p>{offer}</p></main></body></html>".encode()


LAYOUTS = {"mail": (_mail, "update.eml"), "word": (_word, "update.docx"), "page": (_page, "update.html")}


@pytest.mark.parametrize("offer", OFFERS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_writers_offer_to_answer_questions_is_no_point(layout: str, offer: str) -> None:
    write, name = LAYOUTS[layout]
    report = parse_bytes(write(offer), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
