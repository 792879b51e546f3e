"""A weekday printed with a date whose figures could be day or month either way round settles it: "Fri 10/2" over a
post stamped "10/02/2026" is Friday 2 October 2026 (the 10th of February 2026 is a Tuesday); "Tue 3/2" is the 3rd
of February, a Tuesday, not the 2nd of March. Where the weekday agrees with the usual reading, or a month is named,
nothing turns round. The weekday may be named in full in French, Spanish, Portuguese, German, Italian or Dutch. In a
chat export (HTML), Markdown and a plain-text file."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.read import parse_bytes

BODY = "\n\n## Status\n\n- The hub is open 8am to 8pm.\n\n## Asks\n\n- Chainsaw chains and bar oil.\n"


def _chat(title: str, stamp: str) -> bytes:
    return (
        f"<html><body><main><p>Dee (Bee Tree lead) {stamp} 7:22 PM</p><h1>{title}</h1><h2>Status</h2><ul><li>The hub "
        "is open 8am to 8pm.</li></ul><h2>Asks</h2><ul><li>Chainsaw chains and bar oil.</li></ul></main></body></html>"
    ).encode()


def _markdown(title: str, stamp: str) -> bytes:
    return f"# {title}\n\nPosted {stamp}{BODY}".encode()


def _text(title: str, stamp: str) -> bytes:
    return f"{title}\nPosted {stamp}\n\nSTATUS\n- The hub is open 8am to 8pm.\n\nASKS\n- Chainsaw chains.\n".encode()


@pytest.mark.parametrize("make,name", [(_chat, "c.html"), (_markdown, "c.md"), (_text, "c.txt")])
@pytest.mark.parametrize(
    ("title", "stamp", "day"),
    [("SITREP #1 — Bee Tree hub — Fri 10/2", "10/02/2026", date(2026, 10, 2)),
     ("SITREP #4 — Bee Tree hub — Tue 3/2", "03/02/2026", date(2026, 2, 3)),
     ("SITREP #5 — Bee Tree hub — Sat 3 October", "03/10/2026", date(2026, 10, 3)),
     ("Point de situation n°2 — vendredi 10/2", "10/02/2026", date(2026, 10, 2)),
     ("Punto de situación 3 — martes 10/2", "10/02/2026", date(2026, 2, 10)),
     ("Ponto de situação 4 — sexta-feira 10/2", "10/02/2026", date(2026, 10, 2)),
     ("Punto della situazione 6 — venerdì 10/2", "10/02/2026", date(2026, 10, 2)),
     ("Situatierapport 7 — vrijdag 10/2", "10/02/2026", date(2026, 10, 2))],
)  # fmt: skip
def test_the_weekday_settles_which_figure_is_the_month(make, name: str, title: str, stamp: str, day: date) -> None:
    assert parse_bytes(make(title, stamp), name)[0].date == day


@pytest.mark.parametrize("make,name", [(_markdown, "c.md"), (_text, "c.txt")])
def test_a_weekday_in_german_settles_a_full_date(make, name: str) -> None:
    """ "Freitag, 10.02.2026" is Friday 2 October: the 10th of February 2026 is a Tuesday."""
    report = parse_bytes(make("Lagebericht 5 — Freitag, 10.02.2026", "10.02.2026"), name)[0]
    assert report.date == date(2026, 10, 2)
