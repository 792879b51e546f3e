"""What the blind sets written from publishers' own layouts share: a layout (one kind of publisher, its
writer, its section wording, its content and how it restyles the text), the wording of a publisher's
sections, and a restyle that sets a mitigation's lead as the publisher prints it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from blind5_layouts_content import SeriesSource
from blind7_layouts_content import mitigation_lead
from council_layouts_gold import Doc, Wording


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    ext: str
    write: Callable[[Doc], bytes]
    wording: tuple[Wording, Wording]  # the same for every series of a publisher
    title: str  # format string: {org} {service} {n} {date}
    series: SeriesSource  # the publisher's content, in place of the council services
    risk_table: bool = False
    restyle: Callable[[Doc], None] | None = None  # changes the printed text (and so the gold) first


def publisher_wording(rows: list[tuple]) -> tuple[Wording, Wording]:
    """(generator key, heading as printed, its meaning[, parent heading]) per section of a publisher's report."""
    w = Wording({r[0]: (r[1], r[2], r[3] if len(r) > 3 else None) for r in rows})
    return w, w


def lead_restyle(lead: str) -> Callable[[Doc], None]:
    """A restyle printing each mitigation after ``lead`` ("What we're doing:", "Åtgärd:")."""

    def restyle(doc: Doc) -> None:
        mitigation_lead(doc, lead)

    return restyle
