"""An Uzbek office's post: the line saying it announces the next information ("… navbatdagi maʼlumotni eʼlon
qiladi."), sections after a pin ("📌 Keyingi choralar"), and the call to subscribe to its channel closing it ("👉
Telegram kanalimizga obuna boʻling: @toshkent_talim"). The opening line and the call are no points; the section
names are keyed whichever apostrophe the writer typed ("taʼsiri", "ta'siri", "taʻsiri"). As a web page."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

APOSTROPHES = ["ʼ", "'", "ʻ"]


def _sections(a: str) -> list[tuple[str, str, list[str]]]:
    return [
        (
            f"📌 Taʼlim muassasalariga ta{a}siri".replace("ʼ", a),
            "impacts",
            ["Masofaviy taʼlimga oʻtgan maktablar: 230."],
        ),
        ("📌 Keyingi choralar", "next-steps", ["Keyingi maʼlumot 16-yanvar kuni eʼlon qilinadi."]),
    ]


def _post(a: str) -> tuple[bytes, str]:
    opening = "Toshkent shahar taʼlim boshqarmasi sovuq sharoitida navbatdagi maʼlumotni eʼlon qiladi."
    close = "👉 Telegram kanalimizga obuna boʻling: @toshkent_talim"
    body = "".join(f"<h3>{h}</h3><p>{p[0]}</p>" for h, _, p in _sections(a))
    page = f"<html><body><main><h1>Sovuq havo (2-xabar)</h1><p>{opening}</p>{body}<p>{close}</p></main></body></html>"
    return page.encode(), "post.html"


@pytest.mark.parametrize("a", APOSTROPHES, ids=["modifier", "ascii", "turned"])
def test_an_uzbek_posts_frame_is_no_point_and_its_sections_are_keyed(a: str) -> None:
    report = parse_bytes(*_post(a))[0]
    assert [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections if s.items] == _sections(a)
