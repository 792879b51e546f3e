"""A callout: an ``<aside>`` set inside the article itself ("Latest update" in a box above the text).

An ``<aside>`` is mostly the page's sidebar (related links, a newsletter sign-up), left out. One standing in
the article or the page's main content and holding sentences of its own, not a list of links, is the
article's: a box the writer set apart to be read first, so it is read where it stands.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from sitroom.extract.html.markup import clean_text

# A sentence of the callout's: words enough, ending as a sentence ends.
_SENTENCE_WORDS = 5
# Link text, at most, as a share of the callout's text: more and it is a list of links.
_LINKED = 0.3


def within_article(node: LexborNode) -> bool:
    """Inside an ``<article>`` or ``<main>`` element."""
    anc = node.parent
    while anc is not None and anc.tag not in ("body", "html", "-undef"):
        if anc.tag in ("article", "main"):
            return True
        anc = anc.parent
    return False


def is_callout(node: LexborNode) -> bool:
    """An ``<aside>`` inside the article holding sentences, not links: the article's own box."""
    if node.tag != "aside" or not within_article(node):
        return False
    text = clean_text(node.text(deep=True))
    linked = sum(len(clean_text(a.text(deep=True))) for a in node.css("a"))
    sentences = [
        t
        for p in node.css("p, li")
        if len((t := clean_text(p.text(deep=True))).split()) >= _SENTENCE_WORDS and t.endswith((".", "!", "?"))
    ]
    return bool(sentences) and linked <= _LINKED * len(text)


def panel_title(node: LexborNode) -> str | None:
    """The title of a tab panel set apart from it (ARIA tabs: the titles in a tab list, the panels after
    it): the tab that controls it, or the element that labels it; None when its title stands over it."""
    root = node
    while root.parent is not None:
        root = root.parent
    ident, label = node.attributes.get("id"), node.attributes.get("aria-labelledby")
    tab = root.css_first(f'[role="tab"][aria-controls="{ident}"]') if ident else None
    if tab is None and label:
        tab = root.css_first(f'[id="{label}"][aria-controls]')
    return (clean_text(tab.text(deep=True)) or None) if tab is not None else None


# A box's own title, as page builders mark it: "callout-title-container", "card-title", "panel-heading"
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|header|heading)(?:$|[\s_-])", re.I)
_BOX_CLASS = re.compile(r"(?:^|[\s_-])(?:callout|card|panel|box|alert|admonition|notice|infobox)(?:$|[\s_-])", re.I)
_TITLE_WORDS = 8


def box_title(node: LexborNode) -> str | None:
    """The title of a box the page sets apart ("Key points" over a callout's points): a short line in an element
    named as the box's title, the box named as a callout, card or panel; None for anything else."""
    if not _TITLE_CLASS.search(node.attributes.get("class") or ""):
        return None
    boxed, anc = False, node.parent
    for _ in range(2):
        if anc is None:
            break
        boxed = boxed or bool(_BOX_CLASS.search(anc.attributes.get("class") or ""))
        anc = anc.parent
    text = clean_text(node.text(deep=True))
    if not boxed or not text or len(text.split()) > _TITLE_WORDS or text.endswith((".", "!", "?")):
        return None
    return text


def is_code(node: LexborNode) -> bool:
    """A block of program code (``<pre><code>``, a highlighter's ``sourceCode`` block): not the report's text."""
    if node.tag == "pre" and any(c.tag == "code" for c in node.iter()):
        return True
    return bool(_CODE_CLASS.search(node.attributes.get("class") or ""))


# A highlighter's or a notebook's class for a block of code
_CODE_CLASS = re.compile(r"(?:^|\s)(?:sourceCode|highlight|language-\w+|cell-code)(?:$|\s)")


_NOT_LETTERS = re.compile(r"[\W_\d]+")
_KIND_WORDS = 3


def names_its_box(node: LexborNode) -> bool:
    """The first line of a box that only names the box's kind, as its class does ("Note" in a note, "See also",
    "Warning" in an ``admonition warning``, ``markdown-alert-note``): the kind's marker, as a bare admonition's type
    is in Markdown, not content."""
    parent = node.parent
    if parent is None or not _BOX_CLASS.search(parent.attributes.get("class") or ""):
        return False
    first = next((c for c in parent.iter() if c.tag not in ("-text", "-comment")), None)
    text = clean_text(node.text(deep=True))
    if first is None or first.mem_id != node.mem_id or not text or len(text.split()) > _KIND_WORDS:
        return False
    kind = _NOT_LETTERS.sub("", text.lower())
    classes = (parent.attributes.get("class") or "").lower().split()
    return any(_NOT_LETTERS.sub("", c.rsplit("-", 1)[-1]) == kind for c in classes)
