"""Markdown writer of the ``blind18_layouts`` set: a university IT service's major incident issue on a data centre
power failure, its description kept in GitLab and copied out as GitLab Flavored Markdown at each update (the
incident template's HTML comments, a bold details line with scoped labels ``~"severity::1"`` and the lead's
``@handle``, ``[[_TOC_]]``, ``##`` headings over "- " points, a table of services with emoji shortcodes
``:red_circle:`` under the current status, the recovery plan and the next steps as task lists ``- [x]`` / ``- [ ]``,
each risk with a mitigation a ``<details>`` block whose ``<summary>`` is the risk and whose body is the mitigation,
no lead, a risk without one a plain point, the italic next update line; "1,250", "12%", "£3,400", "16 January",
"(was 5 at the last update)").
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind18_layouts_content import LEADS
from council_layouts_gold import Doc

SERVICES = (("Email and calendar", ":white_check_mark: Up"), ("Virtual learning environment", ":white_check_mark: Up"),
            ("Student records", ":red_circle: Down"), ("File shares", ":large_orange_diamond: Read-only"),
            ("HPC cluster", ":red_circle: Down"), ("Finance system", ":red_circle: Down"))  # fmt: skip
TASK_KEYS = ("recovery", "next-steps")


def _done(text: str, number: int) -> bool:
    """Whether a task is ticked: the older a report, the fewer are (stable for one text and report)."""
    return zlib.crc32(text.encode()) % 4 < number - 1


def markdown_gitlab_incident(doc: Doc) -> bytes:
    """The incident issue's description as the incident lead keeps it and the comms officer copies it out."""
    when = report_day(doc)
    ref = f"INC-{when.year}-{zlib.crc32(doc.organisation.encode()) % 900 + 100:04d}"
    lines = ["<!-- Major incident template v3. Keep the summary to three points. Update the status table every",
             "update; do not delete sections, write 'None' instead. -->", "",
             f'**Incident:** {ref} · **Severity:** ~"severity::1" · **Status:** ~"incident::active" · **Lead:** '
             f"@m.adeyemi · **Update {doc.number}**, {when.day} {when:%B %Y}, 16:00", "", "[[_TOC_]]", ""]  # fmt: skip
    for s in doc.sections:
        lines += [f"## {s.heading}", ""]
        if s.key == "situation":
            lines += ["| Service | Status |", "|---------|--------|", *[f"| {a} | {b} |" for a, b in SERVICES], ""]
        for it in s.items:
            if s.risks:
                risk, _, mitigation = split_mitigation(it, LEADS["it"])
                if mitigation:
                    lines += ["<details>", f"<summary>{risk}</summary>", "", mitigation, "", "</details>", ""]
                    continue
                lines.append(f"- {it.text}")
            elif s.key in TASK_KEYS:
                lines.append(f"- [{'x' if _done(it.text, doc.number) else ' '}] {it.text}")
            else:
                lines.append(f"- {it.text}")
        if lines[-1] != "":
            lines.append("")
    nxt = when + timedelta(days=1)
    lines += ["---", "", f"_Next update: {nxt:%A} {nxt.day} {nxt:%B}, 10:00, here and on the IT status page._", "",
              "<!-- Quick actions are applied on save and removed from the description. -->", ""]  # fmt: skip
    return "\n".join(lines).encode()
