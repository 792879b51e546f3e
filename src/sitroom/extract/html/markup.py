"""The vocabulary of HTML shared by the page readers: tag sets, text patterns, inline runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from sitroom.model import TableInfo
from sitroom.text.captionwords import NUMBERED_CAPTION
from sitroom.text.glyphs import BULLET_DASHES, BULLET_GLYPHS
from sitroom.text.reportnames import names_numbered_report

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

INLINE_TAGS = frozenset(
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
        "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span",
        "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    }
)  # fmt: skip
# Never content: dropped wherever they are.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
        "audio", "map", "button", "select", "input", "textarea", "nav", "aside", "head", "link", "meta",
        "figure", "picture",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "legend",
    }
)  # fmt: skip
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# An element made a heading by its role (``<div role="heading" aria-level="2">``, as page builders set their heading
# cards): read as the h-tag of its level.
HEADING_SELECTOR = "h1, h2, h3, h4, h5, h6, [role=heading]"


def heading_rank(node: LexborNode) -> int | None:
    """The rank of a heading element, 1 to 6: its h-tag's, or the level of an element with the heading role (2
    when it states none); None for any other element."""
    if (rank := HEADING_TAGS.get(node.tag)) is not None:
        return rank
    if (node.attributes.get("role") or "").lower() != "heading":
        return None
    level = (node.attributes.get("aria-level") or "").strip()
    return min(max(int(level), 1), 6) if level.isdigit() else 2


LIST_TAGS = frozenset({"ul", "ol", "menu"})
# A class/id token that starts or ends with one of these words ("share-buttons", "site-nav",
# "addthis_inline_share_toolbox" does not end with it, so "addthis" is listed). Words in the middle
# ("template_sidebar-marginal", a page layout class) do not count, but for the share rows named so. A control
# ("expand-control", "nav-toggle", "wixui-button", role "button") is the page's machinery: its label ("Show
# detail") is not content.
_BOILERPLATE = re.compile(
    r"(?:^|\s)(?:(?:share|sharing|social|related|breadcrumbs?|nav|navbar|navigation|menu|menubar|sidebar|"
    r"comments?|cookies?|subscribe|newsletter|pagination|pager|skip|addthis|toolbar|pageactions|print|"
    r"languages?|language-?selector)(?:[-_]\S*)?|\S*[-_](?:share|sharing|social|related|breadcrumbs?|nav|"
    r"navbar|navigation|menu|menubar|sidebar|comments|cookies|subscribe|newsletter|pagination|pager|"
    r"toolbar|pageactions|languages?|control|toggle|button|btn)"
    # ... and a site builder's share row named in the middle: "o_wblog_social_links", "blog-share-buttons"
    r"|\S*[-_](?:share|sharing|social)[-_](?:links?|buttons?|icons?|bar|tools?|media))(?:\s|$)",
    re.I,
)
_BOILERPLATE_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "menu",
        "menubar",
        "dialog",
        "button",
        "toolbar",
        "textbox",
    }
)
_MASTHEAD = re.compile(
    # the word may open a name written in camel case too ("storySubtitle", "publishDate")
    r"(?:^|[-_\s]|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))"
    r"(?:meta|dateline|byline|date|posted|published|timestamp|author|subtitle|msosubtitle)(?:[-_\s]|$)",
    re.I,
)
# A word processor's Title style, as it exports it: Google Docs' "title", Word's "MsoTitle".
TITLE_STYLE = re.compile(r"(?:^|\s)(?:title|msotitle)(?:\s|$)", re.I)
_CAPTION = NUMBERED_CAPTION
_SKIP_HEADINGS = re.compile(
    r"^(?:related(?: links| articles| content| stories| news| pages| resources)?|share(?: this)?"
    r"(?: page| article| story)?|more on this topic|you may also like|read more"
    # the readers' part under a post: "3 comments", "Leave a reply" (a bare "Comments" may be the report's own
    # closing section: the parser leaves it out only where a comment box's marks stand under it)
    r"|\d+\s+comments?|leave a (?:reply|comment)|join the discussion"
    # the author's other pages under a post: "More from @CollectorKutch", "More by this author"
    r"|more (?:from|by) (?:@?[\w.]+|this (?:author|account|user))(?: [\w&.]+){0,3})\s*:?$",
    re.I,
)
_BULLET = re.compile(rf"^\s*([{re.escape(BULLET_GLYPHS + BULLET_DASHES)}*]|\d{{1,2}}[.)])\ufe0f?\s+")
_MSO_LIST = re.compile(r"mso-list:\s*\S+\s+level(\d)", re.I)
# Word's HTML writes the bullet as text: "·" (Symbol font) or "o" (Courier New) and a run of spaces.
_MSO_BULLET = re.compile(r"^\s*([·•▪§o\uf0b7\uf0a7]|\d{1,2}[.)]|[a-z][.)])[\s\u00a0]{2,}")
_FOOTNOTE_START = re.compile(r"^(?:\x00|[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]|\*(?=[^\s*])|\[\d+\])")
_SUP_MARKER = re.compile(r"^\s*(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[*†‡§a-z]{1,2})\s*$")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# A content-management system's own name for the date an issue covers ("…_cover_date",
# "issue-date", "report_date"): the report's date, before any publication date.
_COVER_DATE_META = re.compile(r"(?:^|[._:-])(?:cover|issue|report)[._-]?date$")
_DATE_META = (
    "dc.date",
    "dcterms.date",
    "date",
    "article:published_time",
    "citation_date",
    "dc.date.issued",
    "publication_date",
    "dc.date.published",
)
_MAX_DEPTH = 150  # deeper nesting is flattened rather than recursed into


# what parts a page's title: "Site – Report 4 | Facebook"
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")


def restates_title(text: str, title: str | None) -> bool:
    """The line restates the page's title, or one of the parts it is built of (the site's name and the post's
    title, "MDRRMO Argao - SITUATIONAL REPORT NO. 1 | Facebook"), covering half of it at least."""
    if not title:
        return False
    low = text.lower()
    return any(low in part.lower() and len(text) >= 0.5 * len(part) for part in (title, *_TITLE_PARTS.split(title)))


def names_page(text: str, title: str | None, first: bool) -> bool:
    """A line over the report naming it: it restates the page's title, or, as the page's first line, names the
    report with its number ("Report on the storm no. 1")."""
    return restates_title(text, title) or (first and names_numbered_report(text))


def clean_text(text: str) -> str:
    """Normalise spaces (``&nbsp;`` included), drop footnote-marker sentinels, collapse whitespace."""
    text = _SPACES.sub(" ", text.replace("\u200b", "").replace("\ufeff", ""))
    # A dropped marker right before punctuation leaves "September ." otherwise.
    text = re.sub(r"\s*\x00\s*(?=[.,;:!?)])", "", text)
    text = text.replace("\x00", "")
    return re.sub(r"\s+", " ", text).strip()


# A wiki's link beside each heading to change that section: "[edit]", "[edit | edit source]", "[modifier]".
_EDIT_WORDS = (
    r"edit(?:\s+source)?|modifier(?:\s+le\s+code)?|editar(?:\s+c[óo]digo)?|(?:quelltext\s+)?bearbeiten"
    r"|modifica(?:\s+wikitesto)?|bewerken(?:\s+bron)?"
)
_EDIT_LINK = re.compile(rf"\s*\[\s*(?:{_EDIT_WORDS})(?:\s*\|\s*(?:{_EDIT_WORDS}))*\s*\]\s*$", re.I)


# the link to the heading's own anchor that documentation and notebook pages set after it ("Summary¶")
_PERMALINK = re.compile(r"\s*[¶§#🔗⚓]\ufe0f?$")


def without_edit_link(heading: str) -> str:
    """A heading without the wiki's "[edit]" link or the permalink's "¶" set after it: the site's controls, not the
    heading's words."""
    return _PERMALINK.sub("", _EDIT_LINK.sub("", heading))


@dataclass(slots=True)
class HtmlContent:
    """What a page states about itself besides its blocks."""

    title: str | None = None
    date: str | None = None
    tables: list[TableInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Run:
    """Inline text gathered from a block: the text, and how much of it is bold."""

    parts: list[str] = field(default_factory=list)
    bold: int = 0
    list_level: int = 0  # > 0 when the markup says this paragraph is a list entry (Word HTML)
    bold_parts: set[int] = field(default_factory=set)  # indexes of the parts set in bold
    aside: str | None = None  # the closing line set apart in italics (see :func:`set_apart`)

    def text(self) -> str:
        return "".join(self.parts)

    def bold_mask(self) -> bytearray:
        """One byte per character of ``text()``: 1 where the character is set in bold."""
        mask = bytearray()
        for k, part in enumerate(self.parts):
            mask.extend((b"\x01" if k in self.bold_parts else b"\x00") * len(part))
        return mask


def _attr(node: LexborNode, name: str) -> str:
    return (node.attributes.get(name) or "") if node.attributes else ""


def _children(node: LexborNode, text: bool = False):
    return node.iter(include_text=text)


def holds_table(node: LexborNode) -> bool:
    """A figure (or a wrapper in one) holding a table: a table in a frame, not an image."""
    return node.css_first("table") is not None


def _next_element(node: LexborNode) -> LexborNode | None:
    sib = node.next
    while sib is not None and (
        (sib.is_text_node and not (sib.text_content or "").strip()) or sib.is_comment_node or sib.tag == "-comment"
    ):
        sib = sib.next
    return sib


def captions_figure(node: LexborNode) -> bool:
    """An <h4> right before an image with no text of its own is that image's caption, unless text follows the image
    for the heading to head ("Roads" over a photo, then the points on the roads)."""
    sib = _next_element(node)
    if sib is None or sib.is_text_node:
        return False
    after = _next_element(sib)
    if after is not None and after.tag in ("p", "ul", "ol", "dl", "table"):
        return False
    if sib.tag in ("img", "picture", "svg") or (sib.tag == "figure" and not holds_table(sib)):
        return True
    return bool(sib.css_first("img, svg, picture")) and len(sib.text(deep=True).strip()) < 40


_CSS_BOLD = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.I)


# a note's mark in brackets: "[1]", "[a]"
_NOTE_MARK = re.compile(r"^\s*\[(?:\d{1,3}|[a-z]{1,2})\]\s*$")


def is_note_link(node: LexborNode) -> bool:
    """A link within the page marked as a note ("[a]", "[1]"): a word processor's footnote or comment mark,
    in the text or opening the note at the end that it links back to."""
    return node.tag == "a" and _attr(node, "href").startswith("#") and bool(_NOTE_MARK.match(node.text(deep=True)))


def styles_bold(node: LexborNode) -> bool:
    """The one cell of a table row, set in bold by its own style (``<tr><td style="font-weight:bold">``), as
    a mail sets its heading rows; a bold cell beside others is a rating or a label of the row, and a banner
    ``<div>`` so styled is the mail's masthead, not a heading."""
    if node.tag not in ("td", "th") or not _CSS_BOLD.search(_attr(node, "style")):
        return False
    row = node.parent
    return row is not None and sum(c.tag in ("td", "th") for c in row.iter()) == 1


def sets_bold(node: LexborNode) -> bool:
    """An inline element setting its text in bold: ``<b>``, ``<strong>``, or a style that does (a mail
    designer's ``<span style="font-weight:bold">``)."""
    return node.tag in ("b", "strong") or (
        node.tag in ("span", "font") and bool(_CSS_BOLD.search(_attr(node, "style")))
    )


def node_text(node: LexborNode) -> str:
    """The text of a node, a text node's own or an element's with all it holds."""
    return (node.text_content or "") if node.is_text_node else node.text(deep=True)


_CSS_ITALIC = re.compile(r"font-style\s*:\s*(?:italic|oblique)\b", re.I)


def sets_italic(node: LexborNode) -> bool:
    """An inline element setting its text in italics: ``<em>``, ``<i>``, or a style that does."""
    return node.tag in ("em", "i") or (node.tag in ("span", "font") and bool(_CSS_ITALIC.search(_attr(node, "style"))))


_ALIGN = re.compile(r"text-align\s*:\s*(center|right|end)\b", re.I)
# a style sheet's class doing the same ("text-center", "text-end", "has-text-right")
_ALIGN_CLASS = re.compile(r"(?:^|\s)(?:has-)?text-(?:align-)?(center|centered|right|end)(?:\s|$)", re.I)


def aligned(node: LexborNode) -> str | None:
    """ "center" or "right" when the element sets its text so, by its style or the old ``align`` attribute (a
    table's own ``align`` places the table, not its text)."""
    m = _ALIGN.search(_attr(node, "style")) or _ALIGN_CLASS.search(_attr(node, "class"))
    value = m.group(1) if m else ("" if node.tag == "table" else _attr(node, "align"))
    return {"center": "center", "centered": "center", "right": "right", "end": "right"}.get(value.lower())


def set_apart(node: LexborNode) -> str | None:
    """The text after the block's last ``<br>`` when all of it, and none of the text before, is in italics: a
    sentence the writer set apart, by line and by type, from the one it answers ("Risk.<br><em>Answer.</em>")."""
    children = [c for c in _children(node, text=True) if not c.is_comment_node and c.tag != "-comment"]
    breaks = [k for k, c in enumerate(children) if c.tag == "br"]
    if not breaks:
        return None
    above, below = children[: breaks[-1]], children[breaks[-1] + 1 :]
    below = [c for c in below if not (c.is_text_node and not (c.text_content or "").strip())]
    if not below or not all(not c.is_text_node and sets_italic(c) for c in below):
        return None
    if any(not c.is_text_node and sets_italic(c) for c in above):
        return None
    upright = clean_text("".join(node_text(c) for c in above))
    text = clean_text(" ".join(c.text(deep=True) for c in below))
    return text if text and upright else None


def is_menu_list(node: LexborNode, items: list[LexborNode]) -> bool:
    """A long list of short links only: a menu that slipped into the content."""
    if len(items) < 8:
        return False
    texts = [li.text(deep=True).strip() for li in items]
    total = sum(len(t) for t in texts) or 1
    links = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
    return links / total >= 0.9 and total / len(items) < 60


def machine_id(node: LexborNode) -> str:
    """The node's id as the page's machinery names it; none where the id is the anchor of the node's own text
    ("mosquito-surveillance-and-control" on the heading "Mosquito surveillance and control"): a heading's slug names
    what it says, whatever word it ends with."""
    ident = _attr(node, "id")
    if not ident or not _BOILERPLATE.search(ident):
        return ident
    words = [w for w in re.split(r"[\W_]+", ident.lower()) if w]
    said = set(re.split(r"[\W_]+", node.text(deep=True).lower()))
    return "" if len(words) >= 2 and all(w in said for w in words) else ident
