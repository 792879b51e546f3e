"""A page laid out as an accordion: each section's name is a button in its heading that opens the section's panel
(``aria-controls``), the panels after the first collapsed until a reader opens them (``hidden``, ``aria-hidden`` with
``display: none``, or a framework's collapse class). Every panel is the page's text, read under its section's name;
a hidden part that no control opens (a dialog's template) stays left out.

Layouts: a design system's accordion (``hidden`` panels), one hiding its panels by ``aria-hidden`` and ``display:
none``, and a CSS framework's accordion (panels collapsed by class, the button naming its panel by ``data-bs-target``
and ``aria-controls``).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Key points", ["H5N1 avian influenza was first confirmed in a dairy herd in the state on May 27."]),
    ("Current situation", ["10 herds have been released from quarantine after testing negative.",
                           "New detections this week came from the weekly bulk milk tank tests."]),
    ("Costs and funding", ["State spending on the response to date is $877,000."]),
    ("Next steps", ["Review the quarantine rules with the federal agency by July 20."]),
]  # fmt: skip


def _panel(n: int, layout: str, points: list[str]) -> str:
    items = "".join(f"<li>{p}</li>" for p in points)
    closed = n > 0
    if layout == "design system":
        return f'<div id="p{n}" class="usa-accordion__content"{" hidden" if closed else ""}><ul>{items}</ul></div>'
    if layout == "aria-hidden":
        hide = ' aria-hidden="true" style="display: none;"' if closed else ""
        return f'<div id="p{n}" class="panel"{hide}><ul>{items}</ul></div>'
    return f'<div id="p{n}" class="accordion-collapse collapse{"" if closed else " show"}"><ul>{items}</ul></div>'


def _page(layout: str) -> bytes:
    parts = []
    for n, (name, points) in enumerate(SECTIONS):
        target = f' data-bs-target="#p{n}"' if layout == "framework" else ""
        expanded = "false" if n else "true"
        button = f'<button type="button" aria-expanded="{expanded}" aria-controls="p{n}"{target}>{name}</button>'
        parts.append(f'<h2 class="accordion-heading">{button}</h2>{_panel(n, layout, points)}')
    dialog = '<div id="share" hidden><p>Share this page with a colleague by e-mail.</p></div>'
    body = f'<h1>H5N1 in Dairy Cattle: Situation Update 1</h1><div class="accordion">{"".join(parts)}</div>{dialog}'
    return f"<html><head><title>Update 1</title></head><body><main>{body}</main></body></html>".encode()


@pytest.mark.parametrize("layout", ["design system", "aria-hidden", "framework"])
def test_every_panel_is_read_under_its_sections_name(layout: str) -> None:
    report = parse_bytes(_page(layout), "update.html")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
