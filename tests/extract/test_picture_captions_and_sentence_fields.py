"""A line wholly in italics under a picture is the picture's caption, not a point: in Markdown (in the
picture's paragraph or the next one) and in a Textile wiki page. A line of "Label: value" fields written as
sentences under the title ("Status: 15 December 2025, 08:00. Prepared by: … Task: #4460") is the page's
particulars, and a title's number mark gives the report its number whatever words name the report."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

POINTS = ["Schools closed: 8.", "The east road is cut."]


def _markdown(caption: str, same_paragraph: bool) -> bytes:
    gap = "\n" if same_paragraph else "\n\n"
    return (
        "# Water Report No. 4\n\n## Impacts\n\n"
        + "\n".join(f"- {p}" for p in POINTS)
        + f"\n\n![](plan.png){gap}{caption}\n\n## Next steps\n\n- Replace the pipes.\n"
    ).encode()


def _textile(caption: str) -> bytes:
    return (
        "h1. Water Report No. 4\n\nh2. Impacts\n\n"
        + "\n".join(f"* {p}" for p in POINTS)
        + f"\n\n!plan.png!\n{caption}\n\nh2. Next steps\n\n* Replace the pipes.\n"
    ).encode()


def _points(data: bytes, name: str) -> dict[str | None, list[str]]:
    report = parse_bytes(data, name)[0]
    return {s.heading: [i.text for i in s.items] for s in report.sections if s.items}


@pytest.mark.parametrize("same_paragraph", [True, False], ids=["under", "apart"])
@pytest.mark.parametrize("caption", ["*Figure 1: the area without water*", "_Surat 1: Zeper ýeten ýerler_"])
def test_an_italic_line_under_a_picture_in_markdown_is_its_caption(caption: str, same_paragraph: bool) -> None:
    got = _points(_markdown(caption, same_paragraph), "w.md")
    assert got == {"Impacts": POINTS, "Next steps": ["Replace the pipes."]}


def test_an_italic_line_under_a_picture_in_textile_is_its_caption() -> None:
    got = _points(_textile("_Figure 1: the area without water_"), "w.txt")
    assert got == {"Impacts": POINTS, "Next steps": ["Replace the pipes."]}


def test_an_italic_point_with_no_picture_over_it_stays() -> None:
    data = b"# Water Report No. 4\n\n## Impacts\n\n*Schools closed: 8.*\n\n## Next steps\n\n- Replace the pipes.\n"
    assert _points(data, "w.md")["Impacts"] == ["Schools closed: 8."]


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ("p(note). Status: 15 December 2025, 08:00. Prepared by: M. Orazow. Task: #4460", "w.txt"),
        ("Ýagdaý: 15-nji dekabr 2025 ý., sagat 08:00. Taýýarlan: M. Orazow. Ýumuş: #4460", "w.md"),
    ],
)
def test_fields_written_as_sentences_under_the_title_are_the_pages(fields: str, name: str) -> None:
    head = "h1. " if name.endswith(".txt") else "# "
    sub = "h2. " if name.endswith(".txt") else "## "
    bullet = "* " if name.endswith(".txt") else "- "
    text = f"{head}Suw maglumat № 3 – Daşoguz\n\n{fields}\n\n{sub}Summary\n\n{bullet}Supply restored.\n\n"
    text += f"{sub}Next steps\n\n{bullet}Flush the mains.\n"
    report = parse_bytes(text.encode(), name)[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.items} == {
        "Summary": ["Supply restored."],
        "Next steps": ["Flush the mains."],
    }
    assert report.number == 3


@pytest.mark.parametrize(
    ("page", "name"),
    [
        (
            "# Water Report No. 4\n\n## Impacts\n\n- Schools closed: 8.\n\n---\n\n*Page edited by mor, version 12*\n",
            "w.md",
        ),
        (
            "h1. Water Report No. 4\n\nh2. Impacts\n\n* Schools closed: 8.\n\n---\n\n{{last_updated_by}}\n\n"
            "_Sahypa mor tarapyndan üýtgedildi, wersiýa 12_\n",
            "w.txt",
        ),
    ],
    ids=["markdown", "textile"],
)
def test_lines_in_italics_under_the_pages_last_rule_are_its_footer(page: str, name: str) -> None:
    report = parse_bytes(page.encode(), name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == [
        ("Impacts", ["Schools closed: 8."])
    ]
    assert any("page footer" in w for w in report.warnings)


def test_a_plain_paragraph_under_the_last_rule_is_the_reports() -> None:
    page = "# Water Report No. 4\n\n## Impacts\n\n- Schools closed: 8.\n\n---\n\nThe east road is cut.\n"
    report = parse_bytes(page.encode(), "w.md")[0]
    assert [i.text for i in report.sections[-1].items] == ["Schools closed: 8.", "The east road is cut."]
