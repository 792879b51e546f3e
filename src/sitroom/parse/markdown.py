"""A parsed report as Markdown, for reading in a terminal or pasting into a message."""

from __future__ import annotations

from sitroom.model import Report


def report_to_markdown(report: Report) -> str:
    """Headings as Markdown headings, items as bullets, mitigations indented under their risk."""
    lines = [f"# {report.title or report.source}", ""]
    meta = [f"source: {report.source} ({report.format})"]
    if report.date:
        meta.append(f"date: {report.date.isoformat()}")
    if report.number is not None:
        meta.append(f"number: {report.number}")
    meta.append(f"template: {report.template or 'none'}")
    lines += ["_" + " · ".join(meta) + "_", ""]
    for s in report.sections:
        if s.heading:
            suffix = f" `{s.key}`" if s.key else ""
            lines += [f"{'#' * (s.level + 1)} {s.heading}{suffix}", ""]
        for it in s.items:
            lines.append(f"- {it.text}")
            if it.mitigation:
                lines.append(f"  - _mitigation:_ {it.mitigation}")
        if s.items:
            lines.append("")
    if report.tables:
        lines.append(f"_{len(report.tables)} data table(s) not listed as items_")
        lines.append("")
    lines += [f"> warning: {w}" for w in report.warnings]
    return "\n".join(lines).rstrip() + "\n"
