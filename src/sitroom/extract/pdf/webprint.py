"""Web pages printed to PDF: what the browser and the site add around the page's content.

A browser prints the date and time, the page title, its address and a "1/5" counter in the margins;
the site adds a cookie banner, a column of links beside the text ("Related", "Latest news", share
buttons) and a footer of links closed by a copyright line. None of it is the report: each is told
by what it is, dropped and counted on its page.
"""

from __future__ import annotations

import re
from itertools import pairwise

from sitroom.extract.html.chrome import (
    is_breadcrumb,
    is_cookie_notice,
    is_copyright_line,
    is_feedback_prompt,
    is_share_line,
    is_tag_line,
)
from sitroom.extract.pdf.statuspanel import is_status_panel
from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import DATED, WORD, sentence_like

# "03/12/2026, 10:15", "12/3/26 9:05 AM", "2026-12-03 10:15": a print stamp, nothing else on the line
_STAMP = re.compile(r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?$")
# the link closing a teaser of another page: "Read more »", "Continue reading →", "Leer más"
_READ_MORE = re.compile(
    r"^(?:read more|see more|view more|continue reading|leer más|ver más|lire la suite|weiterlesen)\s*[»›→>.…]*$",
    re.I,
)
_ADD_BUTTON = re.compile(r"^\s*[+＋]\s*(?:add|new|create)\b[\w\s]{0,24}$", re.I)
_MENU_DOTS = re.compile(r"^\s*[·•∙⋅…⋯]{2,}\s*$")
# an app's command bar, its commands ending in the button for the rest: "New  Edit in grid view  Share  Export ···"
_COMMAND_BAR = re.compile(r"^(?:[+＋]\s*)?[^\W\d_][^\d.,;:!?]{0,80}?\s[·•∙⋅…⋯]{2,}\s*$")
# a drop-down list's control, its choice and the arrow that opens it: "By section ⌄", "All items ▾"
_DROP_DOWN = re.compile(r"^[^\W\d_][\w\s'’&/-]{0,30}\s*[⌄▾▼⌵˅∨⏷]$")
# a sidebar or footer needs this many link lines to be one
MIN_LINKS = 4
# the gutter between the text and a column of links beside it, in points
GUTTER = 12.0


def drop_web_chrome(page: PageData) -> None:
    """Drop print stamps in the margins, cookie banners and the site footer from one page."""
    edge = 0.09 * page.height
    keep: list[Frag] = []
    stamps: list[Frag] = []
    bar = _command_bar_runs(page.frags)
    for f in page.frags:
        text = f.text.strip()
        if id(f) in bar:
            page.drop("command bar")
            continue
        near_edge = f.top > page.height - edge or f.bottom < edge
        if near_edge and any(c.isdigit() for c in text) and _STAMP.match(text):
            page.drop("print date and time")
            stamps.append(f)
        elif is_cookie_notice(text):
            page.drop("cookie notice")
        elif is_feedback_prompt(text):
            page.drop("page feedback prompt")
        elif is_breadcrumb(text):
            page.drop("breadcrumbs")
        elif is_share_line(text):
            page.drop("share links")
        elif is_tag_line(text):
            page.drop("tag list")
        elif _MENU_DOTS.match((f.bullet or "") + text):
            page.drop("menu button")  # "···", "⋯": the button opening a card's or a list's menu
        elif _COMMAND_BAR.match(text):
            page.drop("command bar")
        elif _DROP_DOWN.match(text):
            page.drop("drop-down control")
        elif _ADD_BUTTON.match((f.bullet or "") + text):
            page.drop("button")  # "+ Add a card", "+ New item": an app's button to add to a list
        else:
            keep.append(f)
    if stamps:
        keep = _without_page_title(page, keep, stamps)
        if page.number == 1:
            keep = _without_title_bar_controls(page, keep)
    page.frags = _drop_site_footer(page, _drop_menu_rows(page, keep))


def _command_bar_runs(frags: list[Frag]) -> set[int]:
    """The commands of an app's command bar set apart along one line, the button for the rest ("···") closing it:
    "New", "Edit in grid view", "Share", "Export", "···". Each a few words, no figure, no sentence."""
    dots = [f for f in frags if _MENU_DOTS.match((f.bullet or "") + f.text)]
    found: set[int] = set()
    for end in dots:
        row = [f for f in frags if f is not end and abs(f.mid - end.mid) < 0.5 * f.size and f.x1 <= end.x0]
        # menus opened along a line (a board's lists, each title with its "···") are no one bar
        if any(f in dots for f in row):
            continue
        if len(row) >= 2 and all(_command(f.text) for f in row):
            found.update(id(f) for f in (*row, end))
    return found


def _command(text: str) -> bool:
    words = text.strip().lstrip("+＋").split()
    return 0 < len(words) <= _COMMAND_WORDS and not any(c.isdigit() for c in text) and not sentence_like(text)


_COMMAND_WORDS = 4


def _without_page_title(page: PageData, frags: list[Frag], stamps: list[Frag]) -> list[Frag]:
    """The page's title the browser prints level with its print stamp in the top margin, left out (counted)."""
    top = [s for s in stamps if s.bottom > 0.91 * page.height]
    title = {id(f) for f in frags if any(abs(f.mid - s.mid) < 0.5 * s.size and f.size <= s.size + 0.5 for s in top)}
    if title:
        page.drop("browser's page title", len(title))
    return [f for f in frags if id(f) not in title]


def _without_title_bar_controls(page: PageData, frags: list[Frag]) -> list[Frag]:
    """An app's page printed from the browser sets its title in a bar across the top, its controls beside it on
    the title's line ("Workspace visible", "Filters", "Share ···"): a few words each, no date, level with the
    largest print on the first page, inside the bar drawn round the title."""
    title = max(frags, key=lambda f: f.size, default=None)
    if title is None:
        return frags
    bar = next(
        (
            b
            for b in page.frames
            if b[2] - b[0] >= 0.8 * page.width and b[3] - b[1] <= _BAR_HEIGHT * title.size and inside_frame(title, b)
        ),
        None,
    )
    if bar is None:
        return frags
    controls = {
        id(f)
        for f in frags
        if f is not title
        and inside_frame(f, bar)
        and f.size < title.size - 2
        and len(WORD.findall(f.text)) <= _CONTROL_WORDS
        and not DATED.search(f.text)
        and not sentence_like(f.text)
    }
    if controls:
        page.drop("title bar control", len(controls))
    return [f for f in frags if id(f) not in controls]


_CONTROL_WORDS = 6
_BAR_HEIGHT = 3  # of the title's size: a bar is a line or two high, no card holding a page of text


def inside_frame(f: Frag, box: tuple[float, float, float, float]) -> bool:
    return box[0] - 1.5 <= f.x0 and f.x1 <= box[2] + 1.5 and box[1] - 1.5 <= f.mid <= box[3] + 1.5


def _drop_menu_rows(page: PageData, frags: list[Frag]) -> list[Frag]:
    """A row of separate link labels across the top of page 1 ("Home  News  Services  About us") is the
    site's menu: at least four, each of a few words, with a wide space between them."""
    rows: dict[int, list[Frag]] = {}
    for f in frags:
        if page.number == 1 and f.top > 0.85 * page.height:
            rows.setdefault(round(f.bottom / 3), []).append(f)
    drop: set[int] = set()
    for row in rows.values():
        row.sort(key=lambda f: f.x0)
        spaced = all(b.x0 - a.x1 >= _menu_gap(a) for a, b in pairwise(row))
        if (
            len(row) >= MIN_LINKS
            and spaced
            and all(_link_like(f) and len(f.text.split()) <= 3 for f in row)
            and not _heads_columns(row, frags)
        ):
            drop.update(id(f) for f in row)
    if not drop:
        return frags
    page.drop("site navigation", len(drop))
    return [f for f in frags if id(f) not in drop]


def _heads_columns(row: list[Frag], frags: list[Frag]) -> bool:
    """The row titles the columns of a table under it (Ref | Action | Lead | Due | Status): some line
    below has cells starting at most of the row's edges, as no menu's labels have."""
    edges = [f.x0 for f in row]
    below = [f for f in frags if f.top < min(g.bottom for g in row)]
    need = max(3, len(edges) - 2)
    return any(
        sum(any(abs(g.x0 - x) < 3 and abs(g.mid - f.mid) < 0.5 * f.size for g in below) for x in edges) >= need
        for f in below
    )


def _menu_gap(f: Frag) -> float:
    """The least space between two menu entries: wider than a word space (a run keeps its trailing space, so what
    stands between two is the menu's padding)."""
    return 0.25 * f.size


def _link_like(f: Frag) -> bool:
    """A menu or link label: a few words, no sentence, no figure."""
    text = f.text.strip()
    return (
        not f.bullet
        and 0 < len(text.split()) <= 5
        and not text.endswith((".", ",", ";", ":"))
        and not sentence_like(text)
        and WORD.search(text) is not None
        and sum(c.isdigit() for c in text) <= 2
    )


def _drop_site_footer(page: PageData, frags: list[Frag]) -> list[Frag]:
    """A copyright line, with the rows of link lines right above it."""
    marks = [f for f in frags if is_copyright_line(f.text.strip())]
    if not marks:
        return frags
    drop: set[int] = set()
    for mark in marks:
        drop.add(id(mark))
        edge = mark
        while True:
            above = [g for g in frags if 0 <= g.bottom - edge.top < 2 * g.size and id(g) not in drop]
            if not above or not all(_link_like(g) for g in above):
                break
            drop.update(id(g) for g in above)
            edge = min(above, key=lambda g: g.bottom)
    page.drop("site footer", len(drop))
    return [f for f in frags if id(f) not in drop]


def drop_link_sidebar(page: PageData, frags: list[Frag]) -> list[Frag]:
    """A column of short link lines beside the main text, across a gutter no line crosses, is a
    sidebar of links ("Related", "Latest news", "Share"): it is dropped. Row labels of a table share
    their rows' baselines and are kept; so is a column holding a sentence or figures."""
    if len(frags) < 2 * MIN_LINKS:
        return frags
    for side in _sides(frags):
        rest = [f for f in frags if all(f is not g for g in side)]
        if (
            len(side) >= MIN_LINKS
            and (all(_link_like(f) for f in side) or _teasers(side))
            and sum(_prose(f) and _level(f, side) for f in rest) >= 2
            and _shares_rows(side, rest) <= 0.5 * len(side)
            and not is_status_panel(page, side)
        ):
            page.drop("sidebar of links", len(side))
            return rest
    return frags


def _teasers(side: list[Frag]) -> bool:
    """Excerpts of other pages (recent posts), each closed by a "Read more" link, in short wrapped
    lines: the column links elsewhere even though its lines are not all link labels."""
    more = sum(1 for f in side if _read_more(f.text))
    return more >= 1 and not any(_prose(f) for f in side)


def _read_more(text: str) -> bool:
    return _READ_MORE.match(text.strip()) is not None


def _sides(frags: list[Frag]) -> list[list[Frag]]:
    """The frags right of the widest gutter no line crosses, when they form a narrow column on the right."""
    out: list[list[Frag]] = []
    xs = sorted(frags, key=lambda f: f.x0)
    reach = xs[0].x1
    best_right: tuple[float, float] | None = None
    for f in xs[1:]:
        gap = f.x0 - reach
        if gap >= GUTTER and (best_right is None or gap > best_right[1]):
            best_right = (reach + gap / 2, gap)
        reach = max(reach, f.x1)
    if best_right is not None:
        right = [f for f in frags if f.x0 >= best_right[0]]
        left = [f for f in frags if f.x1 <= best_right[0]]
        # a narrow column on the right: on the left, a column of short lines is more often a
        # table's row labels than a menu
        if right and _width(right) < _width(left) and min(f.x0 for f in right) > 0.55 * page_width(frags):
            out.append(right)
    return out


def page_width(frags: list[Frag]) -> float:
    """The width the page's text spans, from its left margin."""
    return max(f.x1 for f in frags)


def _prose(f: Frag) -> bool:
    """A line of running text: a sentence, or a line of one wrapped over several."""
    return sentence_like(f.text) or len(WORD.findall(f.text)) >= 6


def _level(f: Frag, side: list[Frag]) -> bool:
    """``f`` lies beside the column ``side``, within its height."""
    return min(g.bottom for g in side) <= f.mid <= max(g.top for g in side)


def _width(frags: list[Frag]) -> float:
    return max(f.x1 for f in frags) - min(f.x0 for f in frags) if frags else 0.0


def _shares_rows(side: list[Frag], rest: list[Frag]) -> int:
    bottoms = [g.bottom for g in rest]
    return sum(any(abs(f.bottom - b) < 1.5 for b in bottoms) for f in side)
