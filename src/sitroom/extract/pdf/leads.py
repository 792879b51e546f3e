"""Bold leads opening a line ("Surveillance: …", "What we are doing about it: …"): the heading of the paragraph they
open, or the lead of a point's own second paragraph."""

from __future__ import annotations

from sitroom.extract.letter import is_mail_header
from sitroom.extract.pdf.structs import Entry, Frag, PageData
from sitroom.extract.pdf.text import WORD, ends_sentence
from sitroom.model import BlockKind
from sitroom.text.labels import names_answer, names_close_field, names_item_part, runs_on_fields
from sitroom.text.nextreport import is_next_report


def run_in_lead(f: Frag) -> str | None:
    """The heading a bold lead makes ("Surveillance:", "Laboratory."): a few words and a stop, then text."""
    lead = f.lead
    if not lead or f.bullet or not f.text.startswith(lead) or not lead.endswith((":", ".", " –", " -")):
        return None
    rest = f.text[len(lead) :].strip()
    if names_item_part(lead):
        return None  # "Risk:", "Mitigation:": the label of one part of an item, not a section
    if names_close_field(lead) or is_next_report(f.text) or is_mail_header(f.text):
        return None  # "Contacts :", "Next update: 16:00", "To: …": a field closing the report or a mail's, no section
    words = len(WORD.findall(lead))
    if not rest or words == 0 or words > 6 or not WORD.search(rest) or not lead[:1].isupper():
        return None
    if sum(c.isdigit() for c in lead) > 0.3 * len(lead):
        return None
    if lead.endswith(":") and runs_on_fields(rest):
        return None  # a run of fields ("Förmåga …: Ja. Påverkan …: Betydande."): the first field's label, no section
    return lead.rstrip(":.–- ")


# The space between a point's own paragraphs, in its print's sizes: a paragraph's spacing inside one table cell or
# one list entry, a blank line at most; the next section stands further off.
_POINT_PARAGRAPHS = 2.0
# How far right of a picture a row's text may start: the picture's cell and the cell's padding.
_PICTURE_REACH = 6


def part_of_point(page: PageData, cur: Entry, f: Frag, prev: Frag) -> bool:
    """``f`` opens, with a bold lead, a paragraph of the point ``cur`` ends with: right under the point's finished
    sentence, in its print and at its text's indent, no further off than a point's paragraphs stand; and the lead
    says what is done about the point ("What we are doing about it:" under a risk: its mitigation), or the point is
    the text cell of a picture's row, the lead's line level with the picture too (an Easy Read row: the picture at
    the left, the point's paragraphs at the right). A section's run-in heading starts back at the margin."""
    if cur.kind == BlockKind.HEADING or prev is not cur.lines[-1] or f.bullet or not f.lead:
        return False
    first = cur.lines[0]
    if abs(f.x0 - first.x0) >= 2 or abs(prev.size - f.size) >= 0.5 or not ends_sentence(prev.text):
        return False
    if not -2 <= prev.bottom - f.top < _POINT_PARAGRAPHS * f.size:
        return False
    return names_answer(f.lead) or _in_picture_row(page, cur, f)


def _in_picture_row(page: PageData, cur: Entry, f: Frag) -> bool:
    """A picture stands at the left of the point's text, level with it, and ``f`` starts level with that picture
    too: the point and ``f`` are the text cell of the picture's row."""
    x0 = cur.lines[0].x0
    bottom, top = min(g.bottom for g in cur.lines), max(g.top for g in cur.lines)
    reach = _PICTURE_REACH * cur.lines[0].size
    return any(x1 <= x0 and x0 - x1 < reach and b < top and t > bottom and f.top >= b for _x, b, x1, t in page.boxes)
