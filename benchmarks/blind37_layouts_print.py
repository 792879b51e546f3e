"""Browser-printed PDF writer of the ``blind37_layouts`` set (weasyprint).

An Australian community recovery committee's weekly sitrep after a bushfire, kept as a Trello board that the committee
shares with the council (a list per section, a card per point, the risk's treatment typed into the card's title after
"Treatment:"), and printed from the board's menu ("Print, export, and share › Print") in Chrome, A4 landscape,
"Headers and footers" on: Chrome's header (the date and time, the page's title "Kiewa Ranges recovery – weekly sitrep |
Trello") and footer (the board's address and "1/3"); the board header (the board's name, its star, "Workspace
visible", "Board ⌄", "Filters", the members' initials, "Share", "···"); then the lists four across (inline blocks),
each its title and "···" over its cards — each card's labels as coloured chips with their names ("New", "Council",
"Red Cross", a risk's rating "Low" … "Extreme"), its title, and its badges, drawn as Trello draws them with only their
numbers and dates as text: the watch eye, the description's lines, comments "2", a checklist "1/3", an attachment "1",
a due date "23 Jan" on the coming-up cards, and the members' initials —, "+ Add a card" and the template icon at each
list's foot. "$3,400", "$1.25m", "16 January", "(was 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind37_layouts_content import slug
from council_layouts_gold import Doc

TRELLO_CSS = """
@page { size: A4 landscape; margin: 10mm 8mm;
  @top-left { content: "PRINTED"; font: 7.5pt "Liberation Sans"; }
  @top-center { content: "BOARD | Trello"; font: 7.5pt "Liberation Sans"; }
  @bottom-left { content: "ADDRESS"; font: 7pt "Liberation Sans"; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt "Liberation Sans"; } }
body { font: 8.5pt "Liberation Sans", -apple-system, "Segoe UI", sans-serif; color: #172b4d; margin: 0; }
.board-header { display: flex; align-items: center; padding: 4pt 6pt; border-bottom: 1px solid #dfe1e6; }
.board-name { font-size: 13pt; font-weight: bold; margin-right: 10pt; } .board-header span { margin-right: 8pt; }
.avatar { display: inline-block; width: 14pt; height: 14pt; border-radius: 7pt; background: #dfe1e6; font-size: 6pt;
  text-align: center; line-height: 14pt; margin-right: 1pt; }
.lists { font-size: 0; }
.list { display: inline-block; vertical-align: top; width: 22.6%; margin: 6pt 0.6% 0; border: 1px solid #dfe1e6;
  border-radius: 6pt; padding: 4pt; font-size: 8.5pt; }
.list-header { display: flex; justify-content: space-between; font-weight: bold; font-size: 9pt; padding: 2pt 3pt 4pt; }
.card { border: 1px solid #c1c7d0; border-radius: 4pt; padding: 3pt 4pt; margin-bottom: 4pt; break-inside: avoid; }
.labels span { display: inline-block; border-radius: 3pt; padding: 0 4pt; font-size: 6.5pt; font-weight: bold;
  color: #fff; margin: 0 2pt 2pt 0; } .green { background: #1f845a; } .yellow { background: #946f00; }
.orange { background: #c25100; } .red { background: #c9372c; } .blue { background: #0c66e4; }
.purple { background: #6e5dc6; } .sky { background: #227d9b; }
.title { margin: 1pt 0 2pt; } .badges { font-size: 6.5pt; color: #44546f; display: flex; }
.badges span { margin-right: 5pt; } svg { width: 7pt; height: 7pt; vertical-align: -1pt; margin-right: 1pt; }
.members { margin-left: auto; } .add { color: #44546f; padding: 2pt 3pt; }
"""
MEMBERS = ("Jo Haddad", "Mick O'Brien", "Priya Nair", "Sue Kelly", "Tom Nguyen", "Ros Whitlock")
ORG_LABELS = (("Council", "blue"), ("Red Cross", "red"), ("BlazeAid", "orange"), ("CFA", "yellow"),
              ("Services Australia", "sky"))  # fmt: skip
RATING = (("Low", "green"), ("Medium", "yellow"), ("High", "orange"), ("Extreme", "red"))


ICON = {  # Trello's badges are drawn, not characters
    "watch": '<svg viewBox="0 0 8 8"><ellipse cx="4" cy="4" rx="3.6" ry="2.2" fill="none" stroke="#44546f"/>'
    '<circle cx="4" cy="4" r="1" fill="#44546f"/></svg>',
    "desc": '<svg viewBox="0 0 8 8"><path d="M1 2h6M1 4h6M1 6h4" stroke="#44546f"/></svg>',
    "comment": '<svg viewBox="0 0 8 8"><path d="M1 1h6v4H3L1 7z" fill="none" stroke="#44546f"/></svg>',
    "check": '<svg viewBox="0 0 8 8"><rect x="1" y="1" width="6" height="6" fill="none" stroke="#44546f"/>'
    '<path d="M2.5 4l1 1 2-2" fill="none" stroke="#44546f"/></svg>',
    "clip": '<svg viewBox="0 0 8 8"><path d="M5 2v4a1.5 1.5 0 0 1-3 0V2a1 1 0 0 1 2 0v3.5" fill="none" '
    'stroke="#44546f"/></svg>',
    "clock": '<svg viewBox="0 0 8 8"><circle cx="4" cy="4" r="3" fill="none" stroke="#44546f"/><path d="M4 2v2h1.5" '
    'fill="none" stroke="#44546f"/></svg>',
    "star": '<svg viewBox="0 0 8 8"><path d="M4 .5l1 2.5 2.6.2-2 1.7.7 2.6L4 6 1.7 7.5l.7-2.6-2-1.7L3 3z" '
    'fill="none" stroke="#172b4d"/></svg>',
    "template": '<svg viewBox="0 0 8 8"><rect x="1" y="1" width="6" height="6" rx="1" fill="none" stroke="#44546f"/>'
    "</svg>",
}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("'", " ").split() if w[0].isupper())[:2]


def _card(title: str, labels: list[tuple[str, str]], h: int, due: str = "") -> str:
    chips = "".join(f'<span class="{c}">{escape(t)}</span>' for t, c in labels)
    badges = [f"<span>{ICON['watch']}</span>"] if h % 3 == 0 else []
    if h % 2:
        badges.append(f"<span>{ICON['desc']}</span>")
    if h % 5 in (1, 3):
        badges.append(f"<span>{ICON['comment']}{1 + h % 4}</span>")
    if h % 7 == 2:
        badges.append(f"<span>{ICON['check']}{h % 3}/3</span>")
    if h % 11 == 4:
        badges.append(f"<span>{ICON['clip']}1</span>")
    if due:
        badges.append(f"<span>{ICON['clock']}{due}</span>")
    who = "".join(f'<span class="avatar">{_initials(MEMBERS[(h >> j) % 6])}</span>' for j in range(1 + h % 2))
    return (f'<div class="card">{f"<div class=labels>{chips}</div>" if chips else ""}<div class="title">'
            f'{escape(title)}</div><div class="badges">{"".join(badges)}<span class="members">{who}</span></div>'
            "</div>")  # fmt: skip


def pdf_trello_recovery_au(doc: Doc) -> bytes:
    """The committee's recovery sitrep as its Trello board printed from Chrome."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    place = doc.organisation.removesuffix(" Community Recovery Committee")
    board = f"{place} recovery – weekly sitrep"
    short = "".join(chr(65 + (h >> j) % 26) if j % 2 else chr(97 + (h >> j) % 26) for j in range(8))
    printed = f"{when.day}/{when.month}/{when:%y}, {14 + h % 4}:{h % 50 + 10:02d}"
    css = (TRELLO_CSS.replace("PRINTED", printed).replace("BOARD", board)
           .replace("ADDRESS", f"https://trello.com/b/{short}/{slug(board.replace('–', ''))}"))  # fmt: skip
    lists = []
    for s in doc.sections:
        cards = []
        for j, it in enumerate(s.items):
            ch = zlib.crc32(f"{it.thread}".encode())
            labels: list[tuple[str, str]] = []
            if it.status == "new":
                labels.append(("New", "green"))
            if s.risks:
                labels.append(RATING[min(it.level + (1 if "Treatment:" in it.text else 0), 3)])
            elif ch % 4 == 0:
                labels.append(ORG_LABELS[ch % 5])
            due = ""
            if s.key == "next-steps":
                d = when + timedelta(days=2 + j * 3)
                due = f"{d.day} {d:%b}"
            cards.append(_card(it.text, labels, ch, due))
        lists.append(f'<div class="list"><div class="list-header"><span>{escape(s.heading)}</span><span>···</span>'
                     f'</div>{"".join(cards)}<div class="add">+ Add a card <span style="float:right">'
                     f'{ICON["template"]}</span></div></div>')  # fmt: skip
    crew = "".join(f'<span class="avatar">{_initials(m)}</span>' for m in MEMBERS[: 3 + h % 4])
    html = ('<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><style>'
            f'{css}</style></head><body><div class="board-header"><span class="board-name">{escape(board)}</span>'
            f"<span>{ICON['star']}</span><span>Workspace visible</span><span>Board ⌄</span><span style=\"margin-left:"
            f'auto">Filters</span><span>{crew}</span><span>Share</span><span>···</span></div>'
            f'<div class="lists">{"".join(lists)}</div></body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()
