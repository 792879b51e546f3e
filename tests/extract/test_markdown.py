"""Markdown read as Markdown: front matter, links, fences, inline HTML, Liquid tags, paragraphs."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.extract import extract_bytes
from sitroom.model import BlockKind
from sitroom.read import parse_bytes

JEKYLL = """---
layout: report
title: "Weekly status, week 12"
date: 2024-03-18
---

**Welcome to this week's [report](https://example.org/r)!**
{: .lead}

{% include image.html src="/img/banner.png" %}

This paragraph is wrapped
over three source lines
by its writer.

## [Executive summary](https://example.org/summary)

* First point with *emphasis* and a [link]({{ "/x/" | prepend: site.baseurl }}).
* Second point
  continued on a new line.
  * A nested point.

```yaml
key: value
- not an item
```

<div class="note"><p>An <b>HTML</b> note with words.</p></div>

Text with an inline <span style="color:red">coloured</span> word.<br>

[![](/images/logo.png)](https://example.org)

### Risks

1. Supplier delays. Mitigation: second supplier on call.
2. Staff absence rising.

| Area | Cases | Deaths |
|------|------:|-------:|
| North | 12 | 1 |
| South | 30 | 2 |
"""

SETEXT = "Weekly update\n=============\n\nIntro line.\n\nRisks\n-----\n\n- one\n- two\n"


@pytest.fixture(scope="module")
def jekyll_doc():
    return extract_bytes(JEKYLL.encode(), "week-12.md")


def test_front_matter_is_metadata_not_an_item(jekyll_doc):
    assert jekyll_doc.title == "Weekly status, week 12"
    assert jekyll_doc.meta["date"] == "2024-03-18"
    assert not any("layout" in b.text or "---" in b.text for b in jekyll_doc.blocks)


def test_links_and_emphasis_give_their_text(jekyll_doc):
    heads = [b for b in jekyll_doc.blocks if b.kind is BlockKind.HEADING]
    assert [h.text for h in heads] == ["Executive summary", "Risks"]
    assert [h.level for h in heads] == [1, 2]
    items = [b.text for b in jekyll_doc.blocks if b.kind is BlockKind.ITEM]
    assert items[0] == "First point with emphasis and a link."


def test_paragraphs_are_one_block_and_list_items_one_item(jekyll_doc):
    texts = [b.text for b in jekyll_doc.blocks]
    assert "This paragraph is wrapped over three source lines by its writer." in texts
    items = [(b.text, b.level) for b in jekyll_doc.blocks if b.kind is BlockKind.ITEM]
    assert ("Second point continued on a new line.", 1) in items
    assert ("A nested point.", 2) in items


def test_fences_liquid_html_and_images_are_not_items(jekyll_doc):
    texts = [b.text for b in jekyll_doc.blocks]
    assert not any("key: value" in t or "not an item" in t for t in texts)
    assert not any("{%" in t or "{{" in t or "{:" in t for t in texts)
    assert "An HTML note with words." in texts
    assert "Text with an inline coloured word." in texts
    assert texts[0] == "Welcome to this week's report!"
    warnings = " ".join(jekyll_doc.warnings)
    assert "1 code block(s) left out" in warnings
    assert "template tag(s) left out" in warnings


def test_a_markdown_table_is_a_table_not_items(jekyll_doc):
    assert [(t.rows, t.cols) for t in jekyll_doc.tables] == [(3, 3)]
    assert not any("North" in b.text for b in jekyll_doc.blocks)


def test_setext_headings_and_relative_levels():
    doc = extract_bytes(SETEXT.encode(), "u.md")
    heads = [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert heads == [("Weekly update", 1), ("Risks", 2)]


def test_the_parsed_report_takes_title_date_and_risks_from_markdown():
    report = parse_bytes(JEKYLL.encode(), "week-12.md")[0]
    assert report.title == "Weekly status, week 12"
    assert report.date == date(2024, 3, 18)
    risks = next(s for s in report.sections if s.heading == "Risks")
    assert risks.key == "risks"
    assert risks.items[0].mitigation == "second supplier on call."
    assert [s.heading for s in report.sections][:2] == [None, "Executive summary"]
