"""A Hugo page: TOML front matter between "+++" lines gives the title and date (as YAML between "---" does) and is
no text of the page; a button drawn by a shortcode is a link to another page, its label no point."""

from __future__ import annotations

import pytest

from sitroom.extract.frontmatter import front_matter
from sitroom.read import parse_bytes

TOML = """+++
title = "Drought update 3: water resources and navigation"
date = 2025-07-13T16:00:00+01:00
tags = ["drought", "navigation"]

[params]
  update_no = 3
+++
"""
YAML = """---
title: "Drought update 3: water resources and navigation"
date: 2025-07-13
---
"""
BODY = """
## Summary

- The drought restrictions that began on 17 June remain in place.

## Next steps

- Publish the next update on 16 July.

{button}
"""
BUTTONS = [
    '{{< button href="/notices/stoppages" >}}Check all stoppages{{< /button >}}',
    '{{% btn url="/notices" %}}Check all stoppages{{% /btn %}}',
]


@pytest.mark.parametrize("head", [TOML, YAML], ids=["toml", "yaml"])
@pytest.mark.parametrize("button", BUTTONS)
def test_front_matter_names_and_dates_the_page_and_the_button_is_no_point(head, button) -> None:
    report = parse_bytes((head + BODY.format(button=button)).encode(), "drought-update-3.md")[0]
    assert report.title == "Drought update 3: water resources and navigation"
    assert report.date.isoformat() == "2025-07-13"
    assert [[i.text for i in s.items] for s in report.sections] == [
        ["The drought restrictions that began on 17 June remain in place."],
        ["Publish the next update on 16 July."],
    ]
    assert "1 button(s) left out" in report.warnings


def test_toml_that_does_not_parse_is_left_out_with_a_warning() -> None:
    meta, rest, warning = front_matter('+++\ntitle = "unclosed\n+++\nText\n')
    assert meta == {} and rest.strip() == "Text" and "not valid TOML" in warning
