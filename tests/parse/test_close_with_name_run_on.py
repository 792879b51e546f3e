"""A newsletter's close with the sender's name on the same line, where the break between them was lost ("Freundliche
Grüße Ihr Zweckverband Wasserversorgung", "Kind regards Jo Patel, Duty Manager"): the signature, no point of the last
section. A closing sentence wishing the crews well stays the writer's.

Layouts: a German mail's HTML part (the close and the name in one paragraph), an English plain-text mail, and a
Dutch web page.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

CLOSES = {
    "german html": ("Freundliche Grüße<br>Ihr Zweckverband Wasserversorgung Oberes Lautertal", "html", "Weiteres"),
    "english text": ("Kind regards Jo Patel, Duty Manager", "text", "Next steps"),
    "dutch page": ("Met vriendelijke groet<br>Team Crisiscommunicatie Gemeente Hollands Kroon", "page", "Vervolg"),
}
POINTS = ["The boil water notice stays in place until Friday.", "Results of the next samples are due on Thursday."]


def _message(layout: str) -> tuple[bytes, str]:
    close, kind, last = CLOSES[layout]
    if kind == "page":
        items = "".join(f"<li>{p}</li>" for p in POINTS)
        html = f"<html><body><main><h1>Update 2</h1><h2>{last}</h2><ul>{items}</ul><p>{close}</p></main></body></html>"
        return html.encode(), "update.html"
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "info@example.org", "residents@example.org", "Update 2"
    msg["Date"] = "Mon, 16 Mar 2026 09:00:00 +0100"
    if kind == "html":
        items = "".join(f"<li>{p}</li>" for p in POINTS)
        msg.set_content("See the HTML part.")
        footer = '<p><a href="https://example.org/unsubscribe">Abmelden</a></p>'  # a mailing service's campaign
        body = f"<h2>{last}</h2><ul>{items}</ul><p>{close}</p>{footer}"
        msg.add_alternative(f"<html><body>{body}</body></html>", subtype="html")
    else:
        msg.set_content(f"{last.upper()}\n\n" + "\n".join(f"- {p}" for p in POINTS) + f"\n\n{close}\n")
    return bytes(msg), "update.eml"


@pytest.mark.parametrize("layout", CLOSES)
def test_the_close_with_the_name_run_on_is_no_point(layout: str) -> None:
    data, name = _message(layout)
    report = parse_bytes(data, name)[0]
    assert [i.text for s in report.sections for i in s.items] == POINTS
