"""A template learned from reports: the headings a series keeps using, with the meaning of each.

``sitroom templates --from REPORT`` writes one out as YAML to edit; a series with no template of its
own learns one from its first reports (``learn_template`` over their headings).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitroom.model import FIGURE_KEYS, RISK_KEYS
from sitroom.templates import Template, normalise_heading, template_from_dict


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading as one report printed it, with the key it was given."""

    text: str
    key: str | None
    level: int = 1


def _kind(key: str | None) -> str:
    if key in RISK_KEYS:
        return "risks"
    if key in FIGURE_KEYS:
        return "figures"
    return "items"


def slug(text: str) -> str:
    """A template name from a title: "Weekly Status Report" → "weekly-status-report"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "learned"


def learn_template(reports: Sequence[Sequence[Heading]], name: str, label: str | None = None) -> Template:
    """The headings found in at least half of ``reports`` (all of them for one report), in reading order.

    Wording variants of one heading (case, numbering, punctuation) become aliases of its first form.
    """
    seen: dict[str, list[Heading]] = {}
    order: list[str] = []
    for headings in reports:
        in_this: set[str] = set()
        for h in headings:
            norm = normalise_heading(h.text)
            if not norm or norm in in_this:
                continue
            in_this.add(norm)
            if norm not in seen:
                seen[norm] = []
                order.append(norm)
            seen[norm].append(h)
    need = max(1, (len(reports) + 1) // 2)
    sections = []
    for norm in order:
        found = seen[norm]
        if len(found) < need:
            continue
        first = found[0]
        keys = [h.key for h in found if h.key]
        key = max(set(keys), key=keys.count) if keys else None
        aliases = sorted({h.text for h in found} - {first.text})
        sections.append(
            {"key": key, "heading": first.text, "aliases": aliases, "kind": _kind(key), "order": len(sections) + 1}
        )
    return template_from_dict({"name": name, "label": label or name, "sections": sections}, f"learned:{name}")
