"""A sitrep mailed with no sign-off over its signature: the writer's name, post and office, then a line of phones
("Lorna Friesen" / "Emergency Coordinator" / "Rural Municipality of Emerson-Franklin" / "Ph: 204-748-9979  Cell: …"),
none of it a point of the last section. So are the app's stamp under it ("Sent from Yahoo Mail on Android", "Sent
from Outlook for iOS"), and a formal greeting whose title has a stop ("Ex.mo Sr. Diretór …,") with the line handing
the report over under it. In a GroupWise HTML message (upper-case tags), a plain-text message and a phone's
message in Tetum."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

SECTIONS = [("Costs", ["Disaster Financial Assistance claims received total $841,000."]),
            ("Next operational period", ["Reassess the evacuation order on April 17."])]  # fmt: skip
SIGNATURE = ["Lorna Friesen", "Emergency Coordinator", "Rural Municipality of Emerson-Franklin",
             "Ph: 204-748-9979  Cell: 204-979-4979"]  # fmt: skip


def _message(plain: str, html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "ec@rm.example", "eoc@province.example", "Flood report 3"
    msg.set_content(plain)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def _groupwise() -> bytes:
    body = "".join(
        f"<DIV><STRONG><U>{h}</U></STRONG></DIV><UL>{''.join(f'<LI>{p}</LI>' for p in pts)}</UL><DIV>&nbsp;</DIV>"
        for h, pts in SECTIONS
    )
    sig = "".join(f"<DIV>{line}</DIV>" for line in SIGNATURE)
    plain = "\n\n".join(f"{h}\n" + "\n".join(f"* {p}" for p in pts) for h, pts in SECTIONS)
    return _message(plain + "\n\n" + "\n".join(SIGNATURE), f"<HTML><BODY>{body}{sig}</BODY></HTML>")


def _plain() -> bytes:
    text = "\n\n".join(f"{h}\n" + "\n".join(f"- {p}" for p in pts) for h, pts in SECTIONS)
    return _message(text + "\n\n" + "\n".join(SIGNATURE) + "\n\nSent from Outlook for iOS\n")


def _phone() -> bytes:
    text = (
        "Ex.mo Sr. Diretór Nasionál Protesaun Sivíl,\n\nAmi haruka relatóriu situasaun inundasaun nian númeru 1 husi "
        "Munisípiu Baucau, data 9 Marsu 2026, oras 16:00.\n\n"
        + "\n\n".join(f"{h.upper()}\n" + "\n".join(f"- {p}" for p in pts) for h, pts in SECTIONS)
        + "\n\nObrigadu barak.\nRosalina Soares\nKoordenadór Servisu Munisipál Protesaun Sivíl Baucau\n"
        "Tlf. +670 77227537\n\nSent from Yahoo Mail on Android\n"
    )
    return _message(text)


@pytest.mark.parametrize("make", [_groupwise, _plain, _phone], ids=["groupwise", "plain", "phone"])
def test_only_the_sections_are_read(make) -> None:
    report = parse_bytes(make(), "m.eml")[0]
    got = [([i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == [pts for _, pts in SECTIONS]
    assert not [i.text for s in report.sections if not s.heading for i in s.items]
