"""A site builder's row of share links under a post, its class naming it in the middle of a token
("o_wblog_social_links", "post-share-buttons", "entry_social_icons"), is the site's, not the report's: its label
("Partager", "Compartir", "Teilen") is no point of the last section."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [("Faits saillants", ["Ménages touchés : 3 205."]), ("Prochaines étapes", ["Prochain rapport : 8 juin."])]


def _page(cls: str, label: str) -> bytes:
    body = "".join(f"<h2>{h}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>" for h, points in SECTIONS)
    share = (
        f'<div class="{cls} d-flex"><span class="me-2">{label}</span>'
        '<a href="#" aria-label="Facebook"><i class="fa fa-facebook"></i></a>'
        '<a href="#" aria-label="WhatsApp"><i class="fa fa-whatsapp"></i></a></div>'
    )
    return (
        f"<html><body><main><article><h1>Point de situation n° 4</h1>{body}{share}</article></main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "cls,label",
    [("o_wblog_social_links", "Partager"), ("post-share-buttons", "Compartir"), ("entry_social_icons", "Teilen")],
)
def test_a_share_row_named_in_the_middle_of_its_class_is_left_out(cls: str, label: str) -> None:
    report = parse_bytes(_page(cls, label), "post.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
