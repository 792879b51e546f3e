"""A channel's post saved as HTML by an app: the page's ``<title>`` is the app's own ("Exported Data", "Untitled
document") and names nothing, the day stands over the post ("16 January 2025"), a photo's caption ends with its
credit ("… Photo: council press office", "… Фото: пресслужба") in a box beside the photo's own box, and the post's
first bold line names the report. The title is that line, the day the masthead's, the caption is left out."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

NAME = "Ice storm: operational update as at 08:00 on 16 January"
SECTIONS = [("Summary", ["23,069 customers are without power.", "73 substations are off supply."]),
            ("Heating and water", ["Water is supplied from 06:00 to 09:00 and from 18:00 to 21:00."])]  # fmt: skip
CAPTIONS = ["Engineers restore the damaged power lines. Photo: council press office",
            "Енергетики відновлюють пошкоджені лінії. Фото: пресслужба міської ради"]  # fmt: skip


def _page(title: str, caption: str) -> bytes:
    photo = (
        '<div class="message"><div class="media_wrap"><a class="photo_wrap" href="photo_1.jpg">'
        f'<img class="photo" src="photo_1_thumb.jpg" width="260" height="195"></a></div><div class="text">{caption}'
        "</div></div>"
    )
    post = f"<p><strong>{NAME}</strong></p>" + "".join(
        f"<p><strong>{h}</strong><br>" + "<br>".join(f"▪️ {p}" for p in ps) + "</p>" for h, ps in SECTIONS
    )
    return (
        f"<html><head><title>{title}</title></head><body><main><p>16 January 2025</p>{photo}{post}</main></body></html>"
    ).encode()


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("title", ["Exported Data", "Untitled document"])
def test_the_posts_first_line_names_the_report(title: str, caption: str) -> None:
    report = parse_bytes(_page(title, caption), "messages.html")[0]
    assert report.title == NAME
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("caption" in w for w in report.warnings)


@pytest.mark.parametrize("linked", [True, False])
def test_a_posts_text_beside_its_writers_picture_box_stays(linked: bool) -> None:
    # a thread saved from a social site: each post's writer's picture in a box of its own, the post's text beside it
    avatar = '<img src="avatar.jpg" alt="">'
    avatar = f'<a href="/profile">{avatar}</a>' if linked else avatar
    posts = ["18 warming centers are open overnight.", "The county has requested $121,000 in state assistance."]
    thread = "".join(
        f'<div class="post"><div class="avatar">{avatar}</div><div class="text">{p}</div></div>' for p in posts
    )
    page = f"<html><body><main><h1>Ice storm update 2</h1><h2>Key points</h2>{thread}</main></body></html>"
    report = parse_bytes(page.encode(), "thread.html")[0]
    assert [i.text for i in report.items()] == posts
