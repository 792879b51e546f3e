"""Paragraphs of a Markdown page that are not the report's prose: a page's properties, links to other pages.

A page exported from a notes app sets its properties under its title, a "Label: value" on each line of one
paragraph ("Date: July 12, 2024", "Owner: Event Control", "Status: Live"): each line is a field of its own,
for the parser to read as the page's particulars, not one run-together item. A paragraph that is nothing
but a link to another file of the export ("[Incident log](Incident%20log%209014….md)") points to another
page; it says nothing of its own. A chat app saving a post as Markdown sets its writer's name in bold before
the time ("**Priya Nair** 08:01"), over what they wrote: the message's head, as a saved chat's is. Pandoc
writes a table's caption as a paragraph opening with a colon (": Zones in force") or "Table:" right under or
over the table: the table's name, not a point of the report. A converter's alerts to whoever pastes its output, and
links to them, are not the report either.
"""

from __future__ import annotations

import re

from markdown_it.token import Token
from selectolax.lexbor import LexborHTMLParser

from sitroom.extract.chat import name_time
from sitroom.text.captionwords import NUMBERED_CAPTION

# "Owner: Event Control": a label of one to three words, its colon, a value.
_FIELD = re.compile(r"^[^\W\d_][\w'’&/-]*(?:\s+[\w'’&/-]+){0,2}\s*:\s+\S")
# A link to a file beside the page, not to the web nor to a place in the page.
_LOCAL = re.compile(r"^(?![a-z][a-z0-9+.-]*:|#|//)[^?#]+\.(?:md|markdown|html?|pdf|docx?|csv)(?:[?#].*)?$", re.I)


def is_field_paragraph(lines: list[str]) -> bool:
    """Two lines or more, each a "Label: value" field: a page's properties; the first may be the line they are
    the fields of ("Höststormen · läget 14 oktober 2026 kl. 15.00" over "Rapportör: …" and "Mottagare: …")."""
    fields = [_FIELD.match(line) is not None for line in lines]
    return all(fields[1:]) and sum(fields) >= 2


def _lone_link(tok: Token) -> str | None:
    """Where the inline token's one link goes, when the token is that link and nothing else."""
    children = [c for c in tok.children or () if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type != "link_open" or children[-1].type != "link_close":
        return None
    if any(c.type == "link_open" for c in children[1:]):
        return None
    return str(children[0].attrs.get("href", ""))


def links_elsewhere(tok: Token) -> bool:
    """The inline token is one link and nothing else, to another file of the export."""
    href = _lone_link(tok)
    return href is not None and bool(_LOCAL.match(href))


def jumps_in_page(tok: Token) -> bool:
    """The inline token is one link and nothing else, to a place in the page ("[↑ Back to top](#top)"): a way
    about the page, as its contents are, not a point of it."""
    href = _lone_link(tok)
    return href is not None and href.startswith("#")


# A converter's alert to whoever pastes its output: marked with a run of ">" that Markdown never shows as text, or
# asking to be deleted before the page goes out ("PLEASE check and correct alert issues and delete this message").
_EDITOR_ALERT = re.compile(r"(?:^|\s)>{3,}\s|\bdelete\s+this\s+(?:message|note|notice|block|comment)\b", re.I)


def is_editor_alert(text: str) -> bool:
    """The text of a block of HTML in a Markdown page is a converter's alert to the editor, not the report's."""
    return bool(_EDITOR_ALERT.search(f" {text} "))


# A picture in a figure of its own, as a documentation site writes one into its Markdown: "<figure><img …>
# <figcaption>… Photo: University Relations</figcaption></figure>"
_FIGURE = re.compile(r"^\s*<figure\b.*<(?:img|picture|svg)\b", re.I | re.S)


def html_aside(html: str, text: str) -> str | None:
    """Why a block of HTML in a Markdown page is none of the report's text (a converter's alert to the editor, links
    within the page, a picture's figure and its caption), or None when it is."""
    if is_editor_alert(text):
        return "converter's alert"
    if links_in_page(html):
        return "links within the page"
    return "picture's caption" if _FIGURE.match(html) else None


def links_in_page(html: str) -> bool:
    """A block of HTML whose links all go to places in the page, under a short label at most ("Links to alert
    messages: alert1"): a way about the page, as its contents are."""
    root = LexborHTMLParser(html).body
    links = root.css("a") if root else []
    if not links or any(not (a.attributes.get("href") or "").startswith("#") for a in links):
        return False
    label = " ".join(root.text(separator=" ").split())
    for a in links:
        label = label.replace(" ".join(a.text(separator=" ").split()), "", 1)
    return not label.strip() or (label.strip().endswith(":") and len(label.split()) <= 6)


_CLOCK = re.compile(r"^\s*(?:[·•|–—-]\s*)?(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)\s*$")


def chat_head(tok: Token) -> str | None:
    """ "**Priya Nair** 08:01" on the first line of a paragraph: the message's head, as a saved chat sets it
    ("Priya Nair  08:01"); None for any other paragraph."""
    children = [c for c in tok.children or () if not (c.type == "text" and not c.content)]
    if len(children) < 4 or children[0].type != "strong_open" or children[2].type != "strong_close":
        return None
    rest = children[3]
    if children[1].type != "text" or rest.type != "text" or not (m := _CLOCK.match(rest.content)):
        return None
    if len(children) > 4 and children[4].type not in ("softbreak", "hardbreak"):
        return None
    head = f"{children[1].content.strip()}  {m.group(1)}"
    return head if name_time(head) else None


_CAPTION = re.compile(r"^(?::|table:|tableau\s?:|tabla:|tabelle:)\s+\S", re.I)


def is_table_caption(tokens: list[Token], i: int) -> bool:
    """The inline token at ``i`` is a table's caption, right under or over the table: in Pandoc's syntax
    ("Table: …"), or numbered as any document numbers one ("*Table 1. Cases by age group*")."""
    text = tokens[i].content
    if not (_CAPTION.match(text) or NUMBERED_CAPTION.match(text.lstrip("*_ "))):
        return False
    after = i >= 2 and tokens[i - 2].type == "table_close"
    before = i + 2 < len(tokens) and tokens[i + 2].type == "table_open"
    return after or before


def all_strong(tok: Token, first_line_only: bool = False) -> bool:
    """Whether every visible character of an inline token is set in bold ("**Risks**", "__Staffing:__");
    with `first_line_only`, of its first line alone ("**🔴 Risks**" over "• …" lines).
    """
    depth, strong = 0, False
    for child in tok.children or ():
        if first_line_only and child.type in ("softbreak", "hardbreak"):
            break
        if child.type == "strong_open":
            depth += 1
        elif child.type == "strong_close":
            depth -= 1
        elif child.type in ("text", "code_inline") and child.content.strip():
            if depth <= 0:
                return False
            strong = True
    return strong


def set_apart(tok: Token) -> str | None:
    """The text after a paragraph's last line break when all of it, and none of the text before, is in italics:
    a sentence the writer set apart, by line and by type, from the one it answers ("Risk.  \\n*Answer.*")."""
    children = list(tok.children or ())
    breaks = [k for k, c in enumerate(children) if c.type in ("softbreak", "hardbreak")]
    if not breaks:
        return None
    depth, above, below = 0, [], []
    for k, child in enumerate(children):
        if child.type == "em_open":
            depth += 1
        elif child.type == "em_close":
            depth -= 1
        elif child.type in ("text", "code_inline") and child.content.strip():
            (above if k < breaks[-1] else below).append((child.content, depth > 0))
    if not above or not below or any(slanted for _, slanted in above) or not all(s for _, s in below):
        return None
    return " ".join("".join(text for text, _ in below).split()) or None


def is_picture_caption(tokens: list[Token], i: int) -> bool:
    """The inline token at ``i`` is a picture's caption: a picture over a line wholly in italics in one
    paragraph ("![](plan.png)" over "*Figure 1: the area flooded*"), or a paragraph wholly in italics right
    under a paragraph of pictures alone. It describes the picture, it reports nothing."""
    children = list(tokens[i].children or ())
    lines: list[list[Token]] = [[]]
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            lines.append([])
        elif not (child.type == "text" and not child.content.strip()):
            lines[-1].append(child)
    if len(lines) > 1 and _pictures_only(lines[0]):
        return all(_slanted(line) for line in lines[1:])
    before = tokens[i - 3] if i >= 3 and tokens[i - 3].type == "inline" else None
    return before is not None and _pictures_only(list(before.children or ())) and _slanted(children)


# a document's foot under its last rule: this many short paragraphs at most, of this many words each
FOOT_PARAGRAPHS, FOOT_WORDS = 6, 40


def page_footer(tokens: list[Token]) -> int | None:
    """Where a page's footer starts: its last rule, with nothing under it but paragraphs wholly in italics
    ("*Page edited by mor, version 12*"), a wiki's or a site's line on who kept the page, not the report. Under a
    report of sections, the last rule sets apart its foot as well: a few short paragraphs and no heading or list, one of
    them the signature's lines (who signs it, who approved it, whom it goes to, the note on its sources)."""
    rules = [k for k, t in enumerate(tokens) if t.type == "hr"]
    if not rules:
        return None
    tail = tokens[rules[-1] + 1 :]
    lines = [t for t in tail if t.type == "inline"]
    if not lines or any(t.type not in ("paragraph_open", "paragraph_close", "inline") for t in tail):
        return None
    if all(_slanted(list(t.children or ())) for t in lines):
        return rules[-1]
    sections = sum(t.type == "heading_open" for t in tokens[: rules[-1]])
    short = 2 <= len(lines) <= FOOT_PARAGRAPHS and all(len(t.content.split()) <= FOOT_WORDS for t in lines)
    # ... with the signature's lines among them, broken where the writer broke them (a name over a post)
    signed = any(c.type == "hardbreak" for t in lines for c in t.children or ())
    return rules[-1] if sections >= 2 and short and signed else None


def _pictures_only(children: list[Token]) -> bool:
    seen = [c for c in children if not (c.type == "text" and not c.content.strip())]
    return bool(seen) and all(c.type == "image" or c.type in ("softbreak", "hardbreak") for c in seen)


def _slanted(children: list[Token]) -> bool:
    """Every visible character of these inline children is in italics."""
    depth, slanted = 0, False
    for child in children:
        if child.type == "em_open":
            depth += 1
        elif child.type == "em_close":
            depth -= 1
        elif child.type in ("text", "code_inline", "image") and (child.content.strip() or child.type == "image"):
            if depth <= 0:
                return False
            slanted = True
    return slanted


def html_text(html: str) -> str:
    """The text of a block of HTML in a Markdown page, without its scripts and styles."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript"):
        node.decompose()
    root = tree.body or tree.root
    return " ".join((root.text(separator=" ") if root else "").split())


def html_table(html: str) -> list[list[str]] | None:
    """The rows of a block of HTML in a Markdown page that is a table and nothing else, each a list of its cells'
    text; None for any other block."""
    if "<table" not in html.lower():
        return None
    tree = LexborHTMLParser(html)
    tables = tree.css("table")
    if len(tables) != 1 or tables[0].css("table table"):
        return None
    table = tables[0]
    rows = [[" ".join(c.text(separator=" ").split()) for c in tr.css("th, td")] for tr in table.css("tr")]
    rows = [r for r in rows if any(r)]
    outside = " ".join(html_text(html).split()) != " ".join(table.text(separator=" ").split())
    return rows if rows and not outside else None


_NICK_TAG = re.compile(r"^<([\w.|^`-]{1,30})>$")
_HTML_ELEMENTS = frozenset(
    "a abbr b bdi bdo big br cite code data del dfn em font i img input ins kbd label mark meter noscript "
    "object output picture q ruby s samp script select small span strong sub sup svg template textarea "
    "time tt u var video wbr audio button canvas embed iframe map math p div".split()
)


def is_nick(tag: str) -> bool:
    """A chat log's "<alice>" opening a line: a speaker's name in angle brackets, not an HTML element."""
    m = _NICK_TAG.match(tag)
    return bool(m) and m.group(1).lower() not in _HTML_ELEMENTS
