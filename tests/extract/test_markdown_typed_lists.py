"""A list typed with bullet glyphs on consecutive lines of one Markdown paragraph, as chat exports write
it ("**🔴 Risks**" then "• …" lines, no blank line between), is a list: each "•" line an item, and a
line set in bold over it its heading. Lines that open with no glyph stay one paragraph.

Two layouts: a chat post exported to Markdown (bold emoji-led labels, "•" lines) and a team's notes with
a plain label over "▪" lines.
"""

from __future__ import annotations

from sitroom.read import parse_bytes

CHAT = """# #storm-response

**Priya Nair** 08:02

Morning all, here's the 08:00 update.

**🔴 Risks**
• Burst pipes in the empty blocks. _Mitigation:_ frost checks at 16:00.
• Slips on the library steps.

**👥 Staffing**
• 9 grounds staff on the gritting rota.
"""

NOTES = """# Depot notes, week 3

Open points
▪ Salt stock at 1,200 tonnes.
▪ Two gritters off the road for repairs.

The depot opened at 05:00 as usual
and closed at 22:00.
"""


def test_a_chat_posts_bold_labels_head_the_bullet_lines_under_them() -> None:
    report = parse_bytes(CHAT.encode(), "post.md")[0]
    sections = {s.heading: [i.text for i in s.items] for s in report.sections}
    assert sections["🔴 Risks"] == [
        "Burst pipes in the empty blocks. Mitigation: frost checks at 16:00.",
        "Slips on the library steps.",
    ]
    assert sections["👥 Staffing"] == ["9 grounds staff on the gritting rota."]
    risks = next(s for s in report.sections if s.heading == "🔴 Risks")
    assert risks.key == "risks" and risks.items[0].mitigation == "frost checks at 16:00."


def test_glyph_lines_under_a_plain_label_are_items_and_other_lines_one_paragraph() -> None:
    report = parse_bytes(NOTES.encode(), "notes.md")[0]
    texts = [i.text for s in report.sections for i in s.items]
    assert "Salt stock at 1,200 tonnes." in texts and "Two gritters off the road for repairs." in texts
    assert "The depot opened at 05:00 as usual and closed at 22:00." in texts
    assert not any(t.startswith(("▪", "•")) for t in texts)
