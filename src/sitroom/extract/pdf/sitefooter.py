"""The site's footer at the end of a web page printed to PDF: share buttons, quick links, an app
download line, a mailing-list form and the copyright line, often spread over the last pages.

A reader sees the article end where the share buttons begin: a label "Share" or a row of icon-font
glyphs (social-network logos) after the last paragraph. When the document's copyright line follows
with no running text in between, everything from that first button to the end is the site's, not the
report's (lines that run onto a page after the copyright line too); it is dropped and counted.
"""

from __future__ import annotations

import re

from sitroom.extract.html.chrome import is_copyright_line
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import PUA, WORD, sentence_like

# the label over a row of share buttons
_SHARE = re.compile(r"^(?:share|share this(?: page| post| article)?|share on|compartir|partager|teilen)\s*:?$", re.I)
# the footer is looked for over this many last pages
LAST_PAGES = 3


def drop_share_footer(pages: list[PageData]) -> None:
    """Drop the run of site furniture from the share buttons to the end of the document."""
    order: list[tuple[PageData, Frag]] = []
    for p in pages[-LAST_PAGES:]:
        body = [f for f in p.frags if edge_ok(p, f)]
        order.extend((p, f) for f in sorted(body, key=lambda f: (-round(f.top, 0), f.x0)))
    marks = [n for n, (_, f) in enumerate(order) if is_copyright_line(f.text.strip())]
    if not marks:
        return
    end = marks[-1]
    start = None
    for n in range(end - 1, -1, -1):
        f = order[n][1]
        if _prose(f):
            break
        if _button(f):
            start = n
    if start is None:
        return
    page_of_end = order[end][0]
    drop = {id(f) for _, f in order[start : end + 1]}
    # below the copyright line on its page, and on any page after it: the disclaimer and legal lines of the
    # footer, which a page break can leave alone on the last page ("… PLEASE CONSULT YOUR DOCTOR.")
    drop.update(id(f) for f in page_of_end.frags if f.top <= order[end][1].top and edge_ok(page_of_end, f))
    after = [p for p in pages if p.number > page_of_end.number]
    drop.update(id(f) for p in after for f in p.frags if edge_ok(p, f))
    for p in pages[-LAST_PAGES:]:
        kept = [f for f in p.frags if id(f) not in drop]
        if len(kept) < len(p.frags):
            p.drop("site footer", len(p.frags) - len(kept))
            p.frags = kept


def edge_ok(page: PageData, f: Frag) -> bool:
    """``f`` lies above the bottom margin, where a converter's banner or the page's address prints."""
    return f.bottom >= 0.09 * page.height


def _button(f: Frag) -> bool:
    """A share label, or a line of icon glyphs only (a font's logos in the private-use area)."""
    text = f.text.strip()
    icons = text.replace(" ", "")
    return bool(_SHARE.match(text)) or (bool(icons) and all(PUA.match(c) for c in icons))


def _prose(f: Frag) -> bool:
    """Running text of the article (the footer's own disclaimer comes after the copyright line)."""
    return sentence_like(f.text) or len(WORD.findall(f.text)) >= 8
