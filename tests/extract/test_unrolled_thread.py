"""A report posted as a thread and saved unrolled: each post closed by its place in the thread ("(2/5)"), the
report's sections marked with a pictograph where no bold can be set ("🔶 Summary" over "• …" lines, in one post or
over two). The pictograph's line heads the points under it, the thread's counters are taken off (counted), and the
points read as the report's; the post's line of tags, and the unrolling site's row of dots, box asking to follow
and list of the author's other threads, are none of it. Saved as a page of posts (HTML, lines parted by ``<br>``)
and as the posts' text; in English and in Gujarati, whose section names are keyed."""

from __future__ import annotations

from html import escape

import pytest

from sitroom.read import parse_bytes

ENGLISH = [
    ("Summary", "highlights", ["Cyclone Arun made landfall on the district coast on 13 June."]),
    ("Present situation", "situation", ["114 mm of rain fell in the last day.", "140 villages are without power."]),
    ("Risks", "risks", ["Tidal water may enter the coastal villages."]),
    ("Next steps", "next-steps", ["Complete the damage survey by 16 June."]),
]
GUJARATI = [
    ("સારાંશ", "highlights", ["'અરુણ' વાવાઝોડું ૧૩ જૂનના રોજ જિલ્લાના દરિયાકાંઠે ત્રાટક્યું."]),
    ("હાલની પરિસ્થિતિ", "situation", ["૧૪૦ ગામોમાં વીજ પુરવઠો ખોરવાયો છે.", "૧૦૩ કાચાં મકાનોને નુકસાન થયું છે."]),
    ("જોખમો", "risks", ["દરિયાકાંઠાનાં ગામોમાં ભરતીનું પાણી ઘૂસવાનું જોખમ છે."]),
    ("આગામી કામગીરી", "next-steps", ["૧૬ જૂન સુધીમાં નુકસાનનો સર્વે પૂર્ણ કરવો."]),
]


def _posts(sections: list[tuple[str, str, list[str]]]) -> list[list[str]]:
    posts = [["🌀 Cyclone Arun – situation report 1", "", "#CycloneArun #Kutch 🧵👇"]]
    for n in range(0, len(sections), 2):
        lines: list[str] = []
        for name, _, points in sections[n : n + 2]:
            lines += [f"🔶 {name}", *(f"• {p}" for p in points), ""]
        posts.append(lines[:-1])
    total = len(posts)
    return [[*lines[:-1], f"{lines[-1]} ({k}/{total})"] for k, lines in enumerate(posts, start=1)]


def _html(sections: list[tuple[str, str, list[str]]]) -> bytes:
    posts = "".join(
        f'<div class="content-tweet">{"<br />".join(escape(line) for line in lines)}</div>'
        for lines in _posts(sections)
    )
    # the unroller's own parts under the thread: a row of dots, a box asking to follow with its button, the author's
    # other threads
    after = (
        '<div class="dots">• • •</div><div class="card"><h3>Keep Current with Collector Kutch</h3><p>Get notified '
        'when new unrolls are available.</p><a class="btn" href="/follow">Follow</a></div><div class="card"><h3>More '
        'from @CollectorKutch</h3><a href="/t/1">Cyclone Arun – situation report…</a><a href="/t/2">Heavy rain…</a>'
        "</div>"
    )
    return f'<html><body><div class="t-main">{posts}</div>{after}</body></html>'.encode()


def _text(sections: list[tuple[str, str, list[str]]]) -> bytes:
    return "\n\n".join("\n".join(lines) for lines in _posts(sections)).encode()


@pytest.mark.parametrize("sections", [ENGLISH, GUJARATI], ids=["english", "gujarati"])
@pytest.mark.parametrize("make,name", [(_html, "t.html"), (_text, "t.txt")])
def test_a_thread_reads_as_its_report(make, name: str, sections) -> None:
    report = parse_bytes(make(sections), name)[0]
    got = [(s.heading.lstrip("🔶 "), s.key, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert got == sections
    assert any("thread counter" in w for w in report.warnings)
