"""A page whose content boxes stand in two columns, the narrower one holding as much prose as the wider (a library
guide's boxes): both columns are the content, not the one with most prose alone; and a box of a post over its
holder's name and how to reach them ("Library Service Manager" over "Siobhan Kerr", "Contact: 01632 960 633") is a
contact card, no section."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

LEFT = [("Current situation", ["The library management system was taken offline after a cyber attack on 21 February.",
                                "Members can still borrow and return books at every branch."]),
        ("Library buildings", ["9 branches have shorter opening hours this week.",
                               "The mobile library keeps to its usual timetable in the villages."]),
        ("Public computers", ["164 public computers have been rebuilt and checked.",
                              "Free Wi-Fi is available again in all branches from 8 March."])]  # fmt: skip
RIGHT = [
    ("Risks", ["The risk of stock being lost while loans are recorded on paper is being monitored. Action being "
               "taken: Paper slips are counted every evening and checked against the returns of each branch.",
               "The risk of phishing emails to members using the stolen data is increasing. Action being taken: "
               "Members are warned by letter and on the website never to give their PIN by email.",
               "The risk of the payment kiosks staying offline over the weekend is increasing. Action being taken: "
               "Staff take fines and fees by card reader at the counter and record them on the day sheet."]),
    ("Next steps", ["Bring the catalogue back online by 10 March and restore online renewals."]),
]  # fmt: skip
CARD = ("Library Service Manager", ["Siobhan Kerr", "Contact: 01632 960 633"])


def _box(heading: str, points: list[str]) -> str:
    items = "".join(f"<li>{p}</li>" for p in points)
    return f'<div class="box"><h2>{heading}</h2><div class="box-content"><ul>{items}</ul></div></div>'


def _card() -> str:
    name, contact = CARD[1]
    return (
        f'<div class="box"><h2>{CARD[0]}</h2><div class="profile"><div class="profile-name">{name}</div>'
        f'<div class="profile-contact"><strong>Contact:</strong><br>{contact.split(": ")[1]}</div></div></div>'
    )


LAYOUTS = {
    "bootstrap": ('<div class="row"><div class="col-md-8">{left}</div><div class="col-md-4">{right}</div></div>'),
    "floats": ('<div id="cols"><div style="float:left;width:65%">{left}</div>'
               '<div style="float:right;width:30%">{right}</div></div>'),
}  # fmt: skip


@pytest.mark.parametrize("card_first", [True, False])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_both_columns_are_the_content_and_the_card_is_no_section(layout: str, card_first: bool) -> None:
    left = "".join(_box(h, p) for h, p in LEFT)
    right = "".join(_box(h, p) for h, p in RIGHT)
    right = _card() + right if card_first else right + _card()
    page = (
        "<html><head><title>Service disruption: cyber incident</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/guides">Guides</a></nav><h1>Service disruption: cyber incident</h1>'
        + LAYOUTS[layout].format(left=left, right=right)
        + "<footer>© Carrowmore Libraries</footer></body></html>"
    )
    report = parse_bytes(page.encode(), "guide.html")[0]
    assert [s.heading for s in report.sections] == [h for h, _ in (*LEFT, *RIGHT)]
    assert [i.text for s in report.sections[:3] for i in s.items] == [p for _, ps in LEFT for p in ps]
