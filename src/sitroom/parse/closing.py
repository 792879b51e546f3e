"""The lines closing a document: the writer's close, the next report's time, the marking repeated, a
mail service's footer and a page's upkeep. They are neither headings nor items; a next-report line under
a heading of its own is that section's item."""

from __future__ import annotations

from sitroom.model import BlockKind
from sitroom.parse.furniture import is_page_keeping
from sitroom.parse.message import is_end_mark, is_service_notice, is_trailer
from sitroom.parse.units import Unit


def closing_lines(body: list[Unit]) -> tuple[list[Unit], int]:
    """The body without the lines closing the document, and how many: "END OF REPORT", "-- ENDS --", "NEXT
    SITREP: 1800 06APR20", the marking repeated, a service's "do not reply" footer, the page's upkeep — the
    writer, the mail service or the site closing it, not a heading or an item."""
    closing = 0
    while (
        body
        and (is_trailer(body[-1].text) or is_service_notice(body[-1].text) or is_page_keeping(body[-1].text))
        # under a heading of its own ("Next update" over "Next update at 16:00") it is that section's item,
        # unless that heading is a close itself ("NEXT SITREP: 1800" over "ENDS", "ENDS" over "NEXT BULLETIN")
        and not (len(body) > 1 and body[-2].kind is BlockKind.HEADING and not _close_heading(body[-2].text))
    ):
        body, closing = body[:-1], closing + 1
    return body, closing


def _close_heading(text: str) -> bool:
    """A writer's close set like a heading: the close alone ("ENDS") or with a time or a date ("NEXT SITREP:
    1800 06APR20"), not a section's name ("Next update")."""
    return is_trailer(text) and (any(c.isdigit() for c in text) or is_end_mark(text))
