"""Plain data passed between the pipeline stages: extract → parse → store → analyse.

Nothing here knows about files, databases or the web.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class SectionKey(StrEnum):
    """The meanings a section of a sitrep can carry: the one key set every stage reads.

    Templates name their sections with these; headings no template names get one from the
    vocabulary (``sitroom.parse.vocabulary``). Risk, figure and brief code select sections by them.
    """

    HIGHLIGHTS = "highlights"  # summary, key points
    SITUATION = "situation"  # the current situation, overview, epidemiology
    BACKGROUND = "background"
    FIGURES = "figures"  # situation in numbers, statistics
    AREAS = "areas"  # reports by region, district or office
    ACTIVITY = "activity"  # work done, progress, accomplishments
    ACTIONS = "actions"  # actions taken or agreed, action items
    RESPONSE = "response"  # response and preparedness measures
    SURVEILLANCE = "surveillance"
    ASSISTANCE = "assistance"  # aid and services provided
    IMPACTS = "impacts"
    FORECAST = "forecast"
    RISKS = "risks"  # risks, challenges, issues, gaps
    WORKFORCE = "workforce"
    FINANCE = "finance"
    RECOVERY = "recovery"
    COMMUNICATIONS = "communications"  # comms, media, public information, key messages
    ADVICE = "advice"  # recommendations and advice
    GUIDANCE = "guidance"  # technical guidance, resources, further reading
    DECISIONS = "decisions"
    NEXT_STEPS = "next-steps"  # plans, milestones, next meeting
    ATTENDEES = "attendees"  # members, participants
    CONTACT = "contact"
    ANNEX = "annex"  # annexes, photos, references


# Sections whose items are risks: their mitigations are read.
RISK_KEYS = frozenset({SectionKey.RISKS})
# Sections whose items mostly carry figures.
FIGURE_KEYS = frozenset({SectionKey.FIGURES, SectionKey.WORKFORCE, SectionKey.FINANCE, SectionKey.IMPACTS})


class LinkStatus(StrEnum):
    """What became of an item from one report of a series to the next: the one status set every stage
    (linking, the store's ``Link`` rows, the brief, the pages and the API) reads and writes."""

    NEW = "new"  # no item of the report before says this
    UPDATED = "updated"  # the same matter, with a changed statement
    CONTINUING = "continuing"  # the same matter, said again (perhaps reworded)
    DROPPED = "dropped"  # the report before said this; this report no longer does


class BlockKind(StrEnum):
    """What an extractor believes a block is. The parser has the last word on headings."""

    HEADING = "heading"  # the format says so (Word heading style, <h2>, ...)
    ITEM = "item"  # a complete list entry (bullet or number found and stripped)
    PARAGRAPH = "paragraph"  # a complete paragraph of running text (may still be a heading by its style)
    LINE = "line"  # one physical line whose grouping into items is left to the parser


@dataclass(slots=True)
class Block:
    """One unit of extracted text with the hints its format gives.

    ``start``/``end`` are character offsets into ``Document.text``. ``style`` holds what the
    format knows: ``size`` (pt), ``bold``, ``x0``/``x1``/``top`` (PDF points), ``indent``
    (characters, text files), ``gap_before`` (blank lines or line heights before the block),
    ``wrap`` (True when the line ran to the right margin).
    """

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    page: int | None = None
    start: int = 0
    end: int = 0
    level: int = 1  # heading level, or list nesting level (1 = top)
    bullet: str | None = None  # the glyph or list number that was stripped, if any
    style: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class TableInfo:
    """A data table kept out of the items."""

    page: int | None
    rows: int
    cols: int = 0
    caption: str | None = None


@dataclass(slots=True)
class Document:
    """The extracted, not yet interpreted, content of one file."""

    source: str
    format: str
    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    tables: list[TableInfo] = field(default_factory=list)
    title: str | None = None  # a title the format states (PDF metadata, <title>, e-mail subject)
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    attachments: list[Document] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


class DocumentBuilder:
    """Accumulates blocks and the document text so that every block gets exact offsets."""

    def __init__(self, source: str, fmt: str) -> None:
        self.doc = Document(source=source, format=fmt)
        self._parts: list[str] = []
        self._pos = 0

    def add(
        self,
        text: str,
        kind: BlockKind = BlockKind.PARAGRAPH,
        *,
        page: int | None = None,
        level: int = 1,
        bullet: str | None = None,
        **style: Any,
    ) -> Block | None:
        """Append a block (skipped when blank) and return it."""
        text = text.strip()
        if not text:
            return None
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        block = Block(text, kind, page, start, self._pos, level, bullet, {k: v for k, v in style.items()})
        self.doc.blocks.append(block)
        return block

    def build(self) -> Document:
        self.doc.text = "".join(self._parts)
        return self.doc


@dataclass(slots=True)
class Item:
    """One bullet or paragraph of a report, as printed."""

    text: str
    mitigation: str | None = None
    page: int | None = None
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Section:
    key: str | None  # a SectionKey value
    heading: str | None
    level: int = 1
    items: list[Item] = field(default_factory=list)
    key_confidence: float = 0.0


@dataclass(slots=True)
class Report:
    """The structure of one sitrep as a careful reader sees it."""

    source: str
    format: str
    template: str | None = None
    title: str | None = None
    date: date | None = None
    # How the date was found ("masthead", "dateline", "file name", "day and month printed, year from …").
    date_source: str | None = None
    number: int | None = None
    sections: list[Section] = field(default_factory=list)
    tables: list[TableInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def items(self) -> list[Item]:
        """All items in document order (the numbering used by diffs)."""
        return [it for s in self.sections for it in s.items]

    def to_json(self) -> dict[str, Any]:
        """The public JSON form (``schemas/parse.schema.json``)."""
        return {
            "source": self.source,
            "format": self.format,
            "template": self.template,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "number": self.number,
            "sections": [
                {
                    "key": s.key,
                    **({"key_confidence": s.key_confidence} if s.key else {}),
                    "heading": s.heading,
                    "level": s.level,
                    "items": [
                        {
                            "text": i.text,
                            "mitigation": i.mitigation,
                            "page": i.page,
                            "start": i.start,
                            "end": i.end,
                        }
                        for i in s.items
                    ],
                }
                for s in self.sections
            ],
            "tables": [{"page": t.page, "rows": t.rows} for t in self.tables],
            "warnings": list(self.warnings),
        }
