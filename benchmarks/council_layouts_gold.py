"""Council sitreps in layouts sitroom's templates do not know: the printed structure and its gold.

A generated report (``sitroom.generate``) gives each item's text, section, thread and mitigation. A
:class:`Wording` says how one council or partner names its sections (and what a careful reader takes
each heading to mean); :func:`build` turns a report into a :class:`Doc` (headings, items, risks) that a
layout writer (``council_layouts_writers``) prints and that is also the gold the parse is scored
against (``../shared/tools/GOLD-FORMAT.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitroom.generate import GeneratedReport

_LEAD = re.compile(r"\.?\s*Mitigation(?: is|:)\s*$")
RAG = ("Green", "Amber", "Red", "Red")
LIKELIHOOD = ("Low", "Medium", "High", "High")
OWNERS = ("Head of Service", "Service Director", "Operations Manager", "Finance Business Partner", "HR Lead")


@dataclass(slots=True)
class Item:
    """One printed item; ``body`` is the risk without its mitigation sentence."""

    id: str
    text: str
    thread: str
    status: str
    body: str
    mitigation: str | None
    level: int = 0


@dataclass(slots=True)
class Section:
    heading: str
    key: str | None
    level: int = 1
    items: list[Item] = field(default_factory=list)
    risks: bool = False  # the generator's risk section: its items are risks


@dataclass(slots=True)
class Doc:
    """One report as a layout prints it."""

    organisation: str
    service: str
    number: int
    date: str  # "20 April 2020"
    title: str
    sections: list[Section]

    def gold(self, document: str, risk_table: bool) -> dict:
        """The gold annotation of this document (GOLD-FORMAT.md), items of risk tables as their risk cell."""
        out = []
        for s in self.sections:
            items = [{"id": i.id, "text": i.body if (risk_table and s.risks) else i.text} for i in s.items]
            out.append({"heading": s.heading, "level": s.level, "key": s.key, "items": items})
        risks = [{"risk": i.body, "mitigation": i.mitigation} for s in self.sections if s.risks for i in s.items]
        return {"document": document, "title": self.title, "sections": out, "risks": risks}

    def threads(self) -> dict[str, tuple[str, str]]:
        """thread → (item id, change status against the report before)."""
        return {i.thread: (i.id, i.status) for s in self.sections for i in s.items}


@dataclass(frozen=True, slots=True)
class Wording:
    """Section key of the generator → (heading as printed, its meaning, parent heading or None)."""

    headings: dict[str, tuple[str, str | None, str | None]]

    def of(self, key: str) -> tuple[str, str | None, str | None]:
        return self.headings[key]


def _body(text: str, mitigation: str | None) -> str:
    if not mitigation:
        return text
    cut = text.rfind(mitigation)
    body = _LEAD.sub("", text[:cut]).rstrip()
    return body if body.endswith(".") else body + "."


def build(report: GeneratedReport, wording: Wording, title: str) -> Doc:
    """The report's sections under the layout's headings; a parent heading is printed once, itemless."""
    c = report.content
    day = f"{c.date.day} {c.date:%B %Y}"
    sections: list[Section] = []
    seen_parents: set[str] = set()
    n = 0
    for key, items in c.sections:
        heading, meaning, parent = wording.of(key)
        if parent and parent not in seen_parents:
            seen_parents.add(parent)
            sections.append(Section(parent, None, 1))
        sec = Section(heading, meaning, 2 if parent else 1, risks=key == "risks")
        for it in items:
            n += 1
            level = 0
            # levels are not kept on a truth item: read them from the escalation words
            for i, word in enumerate(("is increasing", "is now significant", "is now critical"), start=1):
                if word in it.text:
                    level = i
            sec.items.append(
                Item(f"i{n}", it.text, it.thread, it.status, _body(it.text, it.mitigation), it.mitigation, level)
            )
        sections.append(sec)
    return Doc(
        report.organisation,
        report.service,
        report.number,
        day,
        title.format(org=report.organisation, service=report.service, n=report.number, date=day),
        sections,
    )
