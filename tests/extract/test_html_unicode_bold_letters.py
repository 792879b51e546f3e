"""Headings written in the bold letters of Unicode's mathematical alphabets ("𝗦𝗨𝗠𝗠𝗔𝗥𝗬"), as social-media posts
fake bold where no markup is allowed: read in plain letters and as bold, so that a short line of them heads the
points under it. Layouts: a post of ``<div>`` lines (as a saved social-media page gives it) and one of ``<p>``
paragraphs; the letters are bold sans-serif in one and bold serif in the other.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes
from sitroom.text.glyphs import plain_letters

SECTIONS = [
    ("Summary", ["The storm crossed the province overnight.", "Families in evacuation centers: 412."]),
    ("Response", ["Relief packs distributed: 1,250.", "Rescue teams cleared two landslides."]),
    ("Next steps", ["The council meets again at 8:00 AM."]),
]


def _styled(text: str, base: int) -> str:
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(base + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(base + 26 + ord(c) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


def _page(tag: str, base: int) -> bytes:
    lines = [f"<{tag}>{_styled('SITUATION REPORT NO. 2', base)}</{tag}>"]
    for heading, points in SECTIONS:
        lines.append(f"<{tag}>{_styled(heading, base)}</{tag}>")
        lines += [f"<{tag}>{p}</{tag}>" for p in points]
    body = "\n".join(lines)
    return f"<html><body><div role='article'>{body}</div></body></html>".encode()


@pytest.mark.parametrize(("tag", "base"), [("div", 0x1D5D4), ("p", 0x1D400)], ids=["div-sans", "p-serif"])
def test_a_line_of_bold_letters_heads_its_points(tag: str, base: int) -> None:
    report = parse_bytes(_page(tag, base), "post.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading] == SECTIONS


def test_plain_letters_keeps_other_text_as_it_is() -> None:
    assert plain_letters("Roads closed: 14.") == ("Roads closed: 14.", False)
    assert plain_letters(_styled("Risks", 0x1D5D4) + " 🌀") == ("Risks 🌀", True)
