"""A picture's caption set in the picture's own box without being marked so (a site builder's image block: the
picture, perhaps in its link, and one short line under it) is left out and counted, as a marked caption is. A small
picture (an icon) beside a line has no caption: the line is the text; and the heading over the picture heads the
points after it (it is no caption of the picture's). Layouts: a site builder's block (the picture
in a link, the line in a styled <div>), a plain box (the picture, the line in a <span>), and an icon beside a line."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

POINTS = ["13 miles of road have been cleared.", "The main road stays closed to traffic."]
CAPTION = "Ka wai ma ke alanui, ma mua o ka hoʻomaʻemaʻe ʻana"
BLOCKS = {
    "builder": '<div class="wsite-image"><a><img src="/uploads/wai.jpg" alt="Picture" style="max-width:100%"></a>'
    f'<div style="display:block;font-size:90%">{CAPTION}</div></div>',
    "plain-box": f'<div><img src="/photos/road.jpg" alt=""><span>{CAPTION}</span></div>',
}


def _page(block: str) -> bytes:
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    summary = "<h2>Summary</h2><ul><li>Power is back in every home.</li></ul>"
    body = f"<h1>Update 1</h1>{summary}<h2>Roads</h2>{block}<ul>{points}</ul>"
    return f"<html><body><main>{body}</main></body></html>".encode()


@pytest.mark.parametrize("layout", list(BLOCKS))
def test_the_caption_in_the_pictures_box_is_left_out(layout: str) -> None:
    report = parse_bytes(_page(BLOCKS[layout]), "update.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections][-1] == ("Roads", POINTS)
    assert any("caption" in w for w in report.warnings)


def test_the_line_beside_an_icon_is_kept() -> None:
    icon = '<img src="/icons/warning.png" width="24" height="24" alt="">'
    block = f"<div>{icon}<span>Boil water notice in Zone A</span></div>"
    report = parse_bytes(_page(block), "update.html")[0]
    assert "Boil water notice in Zone A" in [i.text for s in report.sections for i in s.items]
