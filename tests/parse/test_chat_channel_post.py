"""A council's update posted to a messaging channel: points marked "▪️" (the glyph with the selector asking for
its emoji form), each section under a bold line; the channel's name, the writer's picture initials and the
readers' reactions around the post; the post closing with the hotline's number, its tags, the invitation to
subscribe and the time of the next update. The points are read one by one, the headings keyed in the post's
language, and none of the channel's furniture is an item.

Two layouts: the channel saved as a web page by the app's export, and the post's text pasted into a text file.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Енергопостачання": ["Знеструмлених трансформаторних підстанцій: 73.", "Живлення відновлено в 13 селах."],
    "Ризики": ["Ризик замерзання систем опалення зростає.", "Перебої з пальним для генераторів."],
    "До уваги мешканців": ["Просимо не наближатися до обірваних проводів."],
}
CLOSE = [
    "☎️ Гаряча лінія міської ради: 0 800 301 156",
    "#Ізмаїл #негода #оперативно",
    "👉 Підписатися на канал: https://t.me/rada505",
    "Наступне оперативне зведення — 15 січня о 08:00.",
]
KEYS = ["impacts", "risks", "communications"]


def _html() -> bytes:
    body = "<br><br>".join(
        f"<strong>{h}</strong><br>" + "<br>".join(f"▪️ {p}" for p in points) for h, points in SECTIONS.items()
    )
    body += "<br><br>" + "<br><br>".join(CLOSE[:3])
    return (
        '<html><body><div class="history"><div class="message default">'
        '<div class="userpic_wrap"><div class="userpic"><div class="initials">МР</div></div></div>'
        '<div class="body"><div class="from_name">Ізмаїльська міська рада</div>'
        f'<div class="text">{body}</div>'
        '<span class="reactions"><span class="reaction">🙏 47</span><span class="reaction">👍 13</span></span>'
        "</div></div>"
        f'<div class="message default"><div class="body"><div class="text">{CLOSE[3]}</div></div></div>'
        "</div></body></html>"
    ).encode()


def _text() -> bytes:
    lines: list[str] = []
    for h, points in SECTIONS.items():
        lines += [h, *(f"▪️ {p}" for p in points), ""]
    return "\n".join([*lines, *(f"{c}\n" for c in CLOSE)]).encode()


@pytest.mark.parametrize(("make", "name"), [(_html, "channel.html"), (_text, "post.txt")])
def test_a_channel_post_keeps_its_points_and_leaves_the_channel_out(make, name: str) -> None:
    report = parse_bytes(make(), name)[0]
    sections = [s for s in report.sections if s.heading]
    assert [s.heading for s in sections] == list(SECTIONS)
    assert [[i.text for i in s.items] for s in report.sections] == list(SECTIONS.values())
    assert [s.key for s in sections] == KEYS
