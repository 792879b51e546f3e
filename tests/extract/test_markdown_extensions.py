"""Markdown extension syntax read as the static-site generators render it, in several dialects:
admonitions, heading attribute lists, table-of-contents markers, footnotes and HTML comments."""

from __future__ import annotations

import re

import pytest

from sitroom.extract import extract_bytes
from sitroom.model import BlockKind
from sitroom.read import parse_bytes

TITLE = "Harbour Services weekly update 4"
GLANCE = ["Ferry crossings ran at 92% of the timetable.", "Two berths reopened on 3 May."]
RISKS = [
    ("Fuel deliveries may slip by 2 days.", "A second supplier is on standby."),
    ("Pilot cover is thin at weekends.", "Overtime agreed for 6 weeks."),
]
PEOPLE = ["Absence stands at 7%, most of it seasonal.", "Three new deckhands start on 12 May."]
SPENDING = ["Income lost from closed moorings is £14,000 a month."]
UNTITLED = "Budget figures for 2024 are unaudited."
NOTES = ["Figures from the rota system at 09:00.", "Provisional; to be confirmed by 30 June."]
HIDDEN = "hidden remark 555"


def _bullets(items: list[str], indent: str = "") -> str:
    return "\n".join(f"{indent}- {t}" for t in items)


def mkdocs() -> str:
    """Python-Markdown/MkDocs: ``[TOC]``, ``!!!``/``???`` admonitions, ``{#id}`` headings, footnotes."""
    risks = "\n\n".join(
        f'!!! warning "Risk {n}"\n    {r}\n    **Mitigation:** {m}' for n, (r, m) in enumerate(RISKS, 1)
    )
    return f"""<!-- {HIDDEN}: generated from the template -->
# {TITLE} {{#top}}

[TOC]

!!! abstract "At a glance"

{_bullets(GLANCE, "    ")}

    <!-- {HIDDEN} -->

## Risks {{#risks}}

{risks}

## Our people {{#our-people}}

- {PEOPLE[0]}[^1]
- {PEOPLE[1]} <!-- {HIDDEN} -->

??? note

    {UNTITLED}

## Spending {{: .money }}

- {SPENDING[0]}[^2]

[^1]: {NOTES[0]}
[^2]: Provisional;
    to be confirmed by 30 June.

<!--
{HIDDEN}
-->
"""


def docusaurus() -> str:
    """Docusaurus/GitLab/Pandoc: ``[[_TOC_]]``, ``:::`` fenced admonitions, ``{.class #id}`` headings."""
    risks = "\n\n".join(f":::warning Risk {n}\n\n{r} Mitigation: {m}\n\n:::" for n, (r, m) in enumerate(RISKS, 1))
    return f"""# {TITLE}

[[_TOC_]]

:::tip[At a glance]

{_bullets(GLANCE)}

<!-- {HIDDEN} -->
:::

## Risks {{.unnumbered #risks}}

{risks}

## Our people {{-}}

- {PEOPLE[0]}[^staff]
- {PEOPLE[1]}

::: {{.callout-note}}
{UNTITLED}
:::

## Spending {{#spending .money data-x="y"}}

- {SPENDING[0]}^[Provisional; to be confirmed by 30 June.]

[^staff]: {NOTES[0]}
"""


def kramdown() -> str:
    """kramdown/Jekyll and GitHub: the ``* TOC`` + ``{:toc}`` list, ``> [!NOTE]`` alerts, footnotes."""
    risks = "\n".join(f"{n}. {r} Mitigation: {m}" for n, (r, m) in enumerate(RISKS, 1))
    return f"""# {TITLE}
{{: .no_toc}}

* TOC
{{:toc}}

> [!NOTE] At a glance
{_bullets(GLANCE, "> ")}

## Risks {{#risks}}

{risks}

## Our people {{#our-people}}

- {PEOPLE[0]}[^1]
- {PEOPLE[1]}

> [!IMPORTANT]
> {UNTITLED}

## Spending

- {SPENDING[0]}[^2]

[^1]: {NOTES[0]}

[^2]: {NOTES[1]}
"""


DIALECTS = {"mkdocs": mkdocs, "docusaurus": docusaurus, "kramdown": kramdown}


@pytest.fixture(scope="module", params=sorted(DIALECTS))
def dialect(request: pytest.FixtureRequest) -> tuple[str, str]:
    return request.param, DIALECTS[request.param]()


def _items(report) -> list[str]:
    return [i.text for s in report.sections for i in s.items]


def test_headings_lose_their_attribute_lists_and_admonition_titles_are_headings(dialect):
    name, text = dialect
    report = parse_bytes(text.encode(), f"update-{name}.md")[0]
    assert report.title == TITLE
    headings = [s.heading for s in report.sections if s.heading]
    assert headings == ["At a glance", "Risks", "Our people", "Spending"]


def test_the_content_under_an_admonition_is_its_content(dialect):
    name, text = dialect
    report = parse_bytes(text.encode(), f"update-{name}.md")[0]
    glance = next(s for s in report.sections if s.heading == "At a glance")
    assert [i.text for i in glance.items] == GLANCE
    # A numbered label ("Risk 1") names one entry: the risk is an item of Risks with its mitigation.
    risks = next(s for s in report.sections if s.heading == "Risks")
    assert [(i.text.split(" Mitigation")[0], i.mitigation) for i in risks.items] == list(RISKS)
    # An untitled admonition's type word is no item; its content stays in the section around it.
    people = next(s for s in report.sections if s.heading == "Our people")
    assert [i.text for i in people.items] == [*PEOPLE, UNTITLED]


def test_markers_footnotes_and_comments_are_not_content(dialect):
    name, text = dialect
    report = parse_bytes(text.encode(), f"update-{name}.md")[0]
    items = _items(report)
    joined = " ".join(items)
    for mark in ("TOC", "toc", "[^", "^[", "!!!", ":::", "[!", "{", "Note", "note", "555", "rota", "Provisional"):
        assert mark not in joined, mark
    spending = next(s for s in report.sections if s.heading == "Spending")
    assert [i.text for i in spending.items] == SPENDING
    # Footnote marks never count as numbers of the item they follow.
    assert re.findall(r"\d+", people_first := PEOPLE[0]) == re.findall(r"\d+", items[items.index(people_first)])


def test_what_is_left_out_is_counted(dialect):
    name, text = dialect
    doc = extract_bytes(text.encode(), f"update-{name}.md")
    warnings = " ".join(doc.warnings)
    assert "1 table of contents marker(s) left out" in warnings
    footnotes = {"mkdocs": 2, "docusaurus": 1, "kramdown": 2}[name]
    assert f"{footnotes} footnote(s) left out" in warnings
    assert not any(HIDDEN in b.text for b in doc.blocks)
    levels = {b.text: b.level for b in doc.blocks if b.kind is BlockKind.HEADING}
    # The admonition title sits one level below the title heading, beside the sections.
    assert levels["At a glance"] == levels["Risks"] == 2


def test_extension_syntax_inside_code_is_kept_as_code():
    text = '# Notes\n\n```\n!!! note "Kept"\n[^1]: kept\n[TOC]\n```\n\n- Item with `[^x]` in code.\n'
    doc = extract_bytes(text.encode(), "code.md")
    assert [b.text for b in doc.blocks if b.kind is BlockKind.ITEM] == ["Item with [^x] in code."]
    assert "1 code block(s) left out" in " ".join(doc.warnings)


@pytest.mark.parametrize(
    ("opener", "close"),
    [
        ('!!! note ""', None),
        ('!!! danger inline end "Road closures"', None),
        ('???+ tip "Road closures"', None),
        (":::::note Road closures", ":::::"),
        (':::: {.callout-tip title="Road closures"}', "::::"),
        ("::: {.callout-tip} ::::", ":::"),
        ("> [!tip]- Road closures", None),
    ],
)
def test_admonition_variants(opener: str, close: str | None):
    quoted = opener.startswith(">")
    body = ["- The A12 is closed at Brook Street.", "- Diversions are signed."]
    if quoted:
        lines = [opener, *(f"> {b}" for b in body)]
    elif close:
        lines = [opener, *body, close]
    else:
        lines = [opener, "", *(f"    {b}" for b in body)]
    text = "# Update\n\n## Travel\n\n" + "\n".join(lines) + "\n\n## Next\n\n- Review on 4 June.\n"
    doc = extract_bytes(text.encode(), "travel.md")
    blocks = [(b.kind, b.text) for b in doc.blocks]
    titled = "Road closures" in opener
    head = [(BlockKind.HEADING, "Road closures")] if titled else []
    items = [(BlockKind.ITEM, b[2:]) for b in body]
    assert blocks == [
        (BlockKind.HEADING, "Update"),
        (BlockKind.HEADING, "Travel"),
        *head,
        *items,
        (BlockKind.HEADING, "Next"),
        (BlockKind.ITEM, "Review on 4 June."),
    ]


def test_question_marks_in_prose_are_not_an_admonition():
    doc = extract_bytes(b"# Notes\n\n??? what happened at the depot\n\nThe depot reopened.\n", "q.md")
    assert "??? what happened at the depot" in [b.text for b in doc.blocks]
