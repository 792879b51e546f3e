"""A collaborative note's metadata written in its Markdown: the tags set as a small heading ("###### tags:
`flood` `sitrep`") and a collaborator's comment signed with the editor's marks ("[name=Ada] [time=Mon, Jun 16]
[color=#907bf7]") are the note's, not its report: left out and counted. Layouts: a HackMD note (tags heading
under the title, the comment as a paragraph), and a CodiMD note (tags heading at the end, the comment quoted).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "Summary": ["Households affected: 5,313.", "No deaths reported so far."],
    "Next steps": ["The committee meets again on 17 June."],
}


def _body() -> str:
    return "\n\n".join(f"## {h}\n\n" + "\n".join(f"- {p}" for p in pts) for h, pts in SECTIONS.items())


def _hackmd() -> str:
    return (
        "# Flood situation report No. 1\n\n###### tags: `flood` `sitrep` `SEMA`\n\n"
        f"{_body()}\n\n[name=Ada Obi] [time=Mon, Jun 16, 2025 8:12 AM] [color=#907bf7] I added the ward figures.\n"
    )


def _codimd() -> str:
    return (
        f"# Flood situation report No. 1\n\n{_body()}\n\n> I added the ward figures.\n> [name=Ada Obi]\n\n"
        "#### Tags: `flood`, `sitrep`\n"
    )


@pytest.mark.parametrize("note", [_hackmd, _codimd], ids=["hackmd", "codimd"])
def test_tags_and_signed_comments_are_the_notes(note) -> None:
    report = parse_bytes(note().encode(), "note.md")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS
    assert any("tag list" in w for w in report.warnings) and any("editor's comment" in w for w in report.warnings)
