"""A documentation page's boxes (admonitions): a box whose first line only names its kind, as its class does ("Note"
in a note, "Warning", "See also"), opens with a marker of the kind, not a heading or a point; what the box says stays
the writer's point. A line of a short label over nothing but links to other pages ("Earlier updates: Update 1 ·
Update 2") leads elsewhere, no point either. A box titled in words of its own keeps its title.

Layouts: the markup of three site builders for a box with its kind's title (a documentation theme's ``admonition
note``, a code host's ``markdown-alert markdown-alert-warning``, a static site's ``admonition tip``).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["International traffic has been carried on backup paths since 4 February.",
                 "Crews are working near live cables at the landing station."]),
    ("Next steps", ["Restore the original routing by 24 February."]),
]  # fmt: skip
BOXES = {
    "documentation theme": '<div class="admonition {kind}"><p class="admonition-title">{title}</p><p>{text}</p></div>',
    "code host": ('<div class="markdown-alert markdown-alert-{kind}"><p class="markdown-alert-title">{title}</p>'
                  "<p>{text}</p></div>"),
    "static site": '<div class="admonition {kind}"><p class="admonition-title">{title}</p><p>{text}</p></div>',
}  # fmt: skip
KINDS = {"documentation theme": ("note", "Note"), "code host": ("warning", "Warning"), "static site": ("tip", "Tip")}


def _page(layout: str) -> bytes:
    kind, title = KINDS[layout]
    (h1, (first, boxed)), (h2, (step,)) = SECTIONS
    box = BOXES[layout].format(kind=kind, title=title, text=boxed)
    see_also = BOXES[layout].format(
        kind="seealso",
        title="See also",
        text='Earlier updates: <a href="update-1.html">Update 1</a> · <a href="update-2.html">Update 2</a>',
    )
    body = f"<h2>{h1}</h2><p>{first}</p>{box}<h2>{h2}</h2><ul><li>{step}</li></ul>{see_also}"
    return f"<html><body><main><h1>Subsea cable incident – update 3</h1>{body}</main></body></html>".encode()


@pytest.mark.parametrize("layout", BOXES)
def test_a_box_named_by_its_kind_keeps_its_point_and_no_marker(layout: str) -> None:
    report = parse_bytes(_page(layout), "update.html")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
    assert any("admonition marker" in w for w in report.warnings), report.warnings


def test_a_box_titled_in_its_own_words_keeps_its_title() -> None:
    page = _page("documentation theme").replace(b">Note<", b">Landing station works<")
    report = parse_bytes(page, "update.html")[0]
    kept = [s.heading for s in report.sections] + [i.text for s in report.sections for i in s.items]
    assert "Landing station works" in kept


def test_a_label_over_addresses_shown_is_the_writers_reference() -> None:
    """Links shown as their addresses ("Related specifications: https://… https://…") are the writer's references,
    set out for the reader to read: a point of its own."""
    refs = '<a href="https://a.example.org/spec">https://a.example.org/spec</a> <a href="https://b.example.org/rfc">https://b.example.org/rfc</a>'
    line = f"Related specifications: {refs}"
    page = _page("documentation theme").replace(b"<h2>Next steps</h2>", f"<p>{line}</p><h2>Next steps</h2>".encode())
    report = parse_bytes(page, "update.html")[0]
    items = [i.text for s in report.sections for i in s.items]
    assert "Related specifications: https://a.example.org/spec https://b.example.org/rfc" in items
