"""A return being written in the web form: its sections and items, and the plain-text sitrep it becomes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sitroom.errors import SitroomError
from sitroom.text.glyphs import BULLET_DASHES, BULLET_GLYPHS

UNCHANGED, EDITED, RESOLVED, NEW = "unchanged", "edited", "resolved", "new"
MARKS = (UNCHANGED, EDITED, RESOLVED, NEW)
# Bounds on what a form may hold, so that a crafted post cannot make a huge draft.
MAX_SECTIONS = 60
MAX_ITEMS = 400
MAX_TEXT = 5000
MAX_HEADING = 200
_BULLET = re.compile(rf"^\s*(?:[{re.escape(BULLET_GLYPHS + BULLET_DASHES)}*]|\d{{1,3}}[.)])\s+")


class DraftNotFound(SitroomError):
    """No draft with this id (for this series)."""

    http_status = 404


class SubmitError(SitroomError):
    """A return cannot be submitted: it is empty, already submitted, or the ingest refused it."""

    http_status = 422


class SubmitRefused(SubmitError):
    """The submitter may not file reports under the draft's series."""

    http_status = 403


class DraftSubmitted(SubmitError):
    """The draft was submitted already and can no longer change."""

    http_status = 409


@dataclass(slots=True)
class DraftItem:
    """One item of a return. ``prev_item_id`` is the item of the last report it was prefilled from."""

    text: str
    mark: str = UNCHANGED
    prev_item_id: int | None = None


@dataclass(slots=True)
class DraftSection:
    """A section of the return: a template section (``key``) or a heading the last report had."""

    key: str | None
    heading: str
    kind: str = "items"
    items: list[DraftItem] = field(default_factory=list)


@dataclass(slots=True)
class ReturnDraft:
    """A return being written: metadata, sections with marked items, and where it came from."""

    series_id: int
    series: str
    organisation: str | None
    template: str | None
    period_date: date | None
    number: int | None
    sections: list[DraftSection]
    based_on: int | None = None  # the report it was prefilled from
    draft_id: int | None = None
    status: str = "draft"
    report_id: int | None = None

    def kept_items(self) -> int:
        """How many items the return would hold (resolved and empty ones are left out)."""
        return sum(1 for s in self.sections for it in s.items if it.mark != RESOLVED and it.text.strip())

    def content(self) -> dict:
        """The JSON kept in ``Draft.content``."""
        return {
            "version": 1,
            "based_on": self.based_on,
            "number": self.number,
            "sections": [
                {
                    "key": s.key,
                    "heading": s.heading,
                    "kind": s.kind,
                    "items": [{"text": i.text, "mark": i.mark, "prev": i.prev_item_id} for i in s.items],
                }
                for s in self.sections
            ],
        }


@dataclass(frozen=True, slots=True)
class SubmitResult:
    draft_id: int
    report_id: int


def flat_text(text: str) -> str:
    return " ".join(text.split())


def title_line(draft: ReturnDraft) -> str:
    """The masthead: "<organisation> – <series> Sitrep No. <n> – as of <d Month yyyy>".

    The parser reads the number and date back from it, as it does from a written sitrep.
    """
    name = draft.series
    if draft.organisation and draft.organisation.lower() not in name.lower():
        name = f"{draft.organisation} – {name}"
    if not re.search(r"(?:sitrep|sit\s+rep|situation\s+report)$", name, re.I):
        name += " – Sitrep"
    if draft.number is not None:
        name += f" No. {draft.number}"
    if draft.period_date:
        d = draft.period_date
        name += f" – as of {d.day} {d:%B} {d.year}"
    return name


def render_text(draft: ReturnDraft) -> str:
    """The draft as a plain-text sitrep in the template's layout: title, then each heading and its bullets.

    Resolved and empty items are left out, and so are sections left empty. Each item is one "- " bullet
    on one line; a risk keeps its "Mitigation: …" sentence, which the parser splits off again.
    """
    lines = [title_line(draft), ""]
    for s in draft.sections:
        items = [flat_text(_BULLET.sub("", i.text)) for i in s.items if i.mark != RESOLVED and i.text.strip()]
        items = [i for i in items if i]
        if not items:
            continue
        if s.heading:
            lines += [s.heading, ""]
        lines += [f"- {i}" for i in items]
        lines.append("")
    return "\n".join(lines)


def draft_filename(draft: ReturnDraft) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", draft.series.lower()).strip("-")[:80] or "return"
    parts = [slug]
    if draft.number is not None:
        parts.append(f"no-{draft.number}")
    if draft.period_date:
        parts.append(draft.period_date.isoformat())
    return "-".join(parts) + ".txt"
