"""A blog post written in MDX (Markdown with components): its module lines ("import Tabs from '@theme/Tabs';",
"export const meta = …;") are code the site's build runs, and "{/* … */}" is a comment the build drops. None is a
point of the post. A sentence that opens with the word "Import" stays.

Layouts: a documentation site's post (imports under the front matter, a component, a comment among the sections),
one with an export line and an import of a stylesheet, and one with the comment in the first section.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = [
    ("Summary", ["780 compute nodes are back in service."]),
    ("Impact on users", ["46 research projects have lost allocated time.",
                         "Import of new jobs from the partner queue is paused."]),
    ("Next steps", ["Return the last cabinet to service by 20 February."]),
]  # fmt: skip
FRONT = '---\ntitle: "Cooling outage: update 1"\ndate: 2026-02-16\n---\n'
HEADS = {
    "documentation site": "import StatusBadge from '@site/src/components/StatusBadge';\nimport Tabs from '@theme/Tabs';"
    '\n\n<StatusBadge status="major-outage" />\n',
    "export and stylesheet": "import './outage.css';\nexport const meta = { severity: 'major' };\n",
    "comment first": "import { Callout } from 'nextra/components';\n\n{/* keep this post short */}\n",
}


def _post(layout: str) -> bytes:
    body = []
    for n, (heading, points) in enumerate(SECTIONS):
        body.append(f"## {heading}\n\n" + "\n".join(f"- {p}" for p in points))
        if n == 1:
            body.append("{/* TODO: add the photos of the new compressor */}")
    return f"{FRONT}\n{HEADS[layout]}\n" + "\n\n".join(body) + "\n"


@pytest.mark.parametrize("layout", HEADS)
def test_mdx_module_lines_and_comments_are_no_points(layout: str) -> None:
    report = parse_bytes(_post(layout).encode(), "post.mdx" if layout == "comment first" else "post.md")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items]
    assert got == SECTIONS
