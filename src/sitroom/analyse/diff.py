"""Diff two parsed reports: their items linked, and a change summary a coordinator can paste."""

from __future__ import annotations

from sitroom.analyse.link import CONTINUING, UPDATED, ItemDiff, LinkItem, LinkOptions, link_items
from sitroom.model import Report


def link_items_of(report: Report) -> list[LinkItem]:
    return [LinkItem(i.text, s.key) for s in report.sections for i in s.items]


def diff_reports(old: Report, new: Report, options: LinkOptions | None = None) -> ItemDiff:
    """Link every item of ``new`` to its predecessor in ``old`` (items numbered in document order)."""
    return link_items(link_items_of(old), link_items_of(new), options)


def _label(report: Report) -> str:
    bits = [report.title or report.source]
    if report.date:
        bits.append(report.date.isoformat())
    return " · ".join(bits)


def diff_to_markdown(old: Report, new: Report, diff: ItemDiff) -> str:
    """New, updated and dropped items first, then a count of what continues."""
    old_items, new_items = old.items(), new.items()
    heading_of = {}
    n = 0
    for s in new.sections:
        for _ in s.items:
            heading_of[n] = s.heading
            n += 1
    lines = [f"# Changes since {_label(old)}", "", f"In {_label(new)}:", ""]
    if diff.new_items:
        lines += ["## New", ""]
        lines += [
            f"- {new_items[i].text}" + (f" _({heading_of[i]})_" if heading_of.get(i) else "") for i in diff.new_items
        ]
        lines.append("")
    updated = [x for x in diff.links if x.status == UPDATED]
    if updated:
        lines += ["## Updated", ""]
        for x in updated:
            lines.append(f"- {new_items[x.new].text}")
            lines.append(f"  - was: {old_items[x.old].text}")
        lines.append("")
    if diff.dropped_items:
        lines += ["## No longer reported", ""]
        lines += [f"- {old_items[i].text}" for i in diff.dropped_items]
        lines.append("")
    continuing = sum(1 for x in diff.links if x.status == CONTINUING)
    lines.append(f"{continuing} item(s) continue unchanged or reworded.")
    return "\n".join(lines) + "\n"
