"""A city's page links to a file to download, its type and size after its name ("Sightings map (PDF: 2.7MB)",
"クマ出没マップ（PDF：2.7MB）", "Annual report [PDF, 340 KB]"): a way to another file, no point of the report. A point
that names a file in a sentence stays.

Layouts: a Japanese city page (full-width brackets and colon), an English council page and a Markdown page.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

POINTS = {
    "ja": ("今後の対応", ["パトロールを継続します。", "箱わなを2基設置しました。"], "クマ出没マップ（PDF：2.7MB）"),
    "en": ("Next steps", ["Patrols continue every evening.", "The map of sightings (PDF) is updated daily."],
           "Sightings map (PDF: 2.7MB)"),
    "md": ("Next steps", ["Patrols continue every evening."], "[Annual report [PDF, 340 KB]](report.pdf)"),
}  # fmt: skip


def _page(lang: str) -> tuple[bytes, str]:
    heading, points, link = POINTS[lang]
    if lang == "md":
        items = "\n".join(f"- {p}" for p in points)
        return f"# Bear sightings – update 2\n\n## {heading}\n\n{items}\n\n{link}\n".encode(), "page.md"
    items = "".join(f"<li>{p}</li>" for p in points)
    anchor = f'<p><a href="/map.pdf">{link}</a></p>'
    return (
        f"<html><body><main><h1>Update 2</h1><h2>{heading}</h2><ul>{items}</ul>{anchor}</main></body></html>".encode(),
        "page.html",
    )


@pytest.mark.parametrize("lang", POINTS)
def test_a_link_to_a_file_with_its_type_and_size_is_no_point(lang: str) -> None:
    data, name = _page(lang)
    report = parse_bytes(data, name)[0]
    heading, points, _ = POINTS[lang]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == [(heading, points)]
