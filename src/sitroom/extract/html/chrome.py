"""Site chrome: menus, share widgets, banners and footers told from the content by their markup,
and the element that holds the page's prose."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from sitroom.extract.html.brleaves import CELLS, alone_in_row, br_leaves
from sitroom.extract.html.callouts import is_callout, names_its_box, within_article
from sitroom.extract.html.codecells import code_kind
from sitroom.extract.html.mainparts import column_of_several, named_main, one_section_of_several
from sitroom.extract.html.markup import _BOILERPLATE, _BOILERPLATE_ROLES, _attr, clean_text, machine_id
from sitroom.extract.html.newsletter import is_call_to_action, newsletter_kind, response_part
from sitroom.extract.html.postchrome import in_article, post_chrome
from sitroom.extract.html.sitefoot import is_builder_badge, is_footer_part


def _is_boilerplate(node: LexborNode) -> bool:
    """Menus, share widgets, related-links boxes and hidden parts, by their markup."""
    role = _attr(node, "role").lower()
    if role in _BOILERPLATE_ROLES or (role == "application" and node.css_first("canvas") is not None):
        return True  # (an interactive map or chart drawn on a canvas: its legend and credits are the widget's)
    hidden = _attr(node, "aria-hidden").lower() == "true" or "hidden" in (node.attributes or {})
    # a tab's or an accordion's panel is hidden until its title is chosen: the page's content all the same
    if hidden and _attr(node, "role").lower() != "tabpanel":
        return True
    return bool(_BOILERPLATE.search(_attr(node, "class")) or _BOILERPLATE.search(machine_id(node)))


def ui_button(node: LexborNode, dropped: dict[str, int]) -> bool:
    """A link set as a button among the text ("wixui-button", role "button"): a way to another page, its label no
    part of the sentence it stands by; counted in ``dropped``."""
    if node.tag != "a" or not _is_boilerplate(node):
        return False
    dropped["button"] = dropped.get("button", 0) + 1
    return True


def _prose_length(p: LexborNode) -> int:
    """Characters of a paragraph that are not link text (menus are all links)."""
    total = len(p.text(deep=True).strip())
    links = sum(len(a.text(deep=True).strip()) for a in p.css("a"))
    return max(0, total - links)


def _own_prose(node: LexborNode) -> int:
    """Prose of a paragraph or list item less that of the paragraphs and list items nested in it."""
    own = _prose_length(node)
    for inner in node.css("p, li, dd"):
        if inner.mem_id != node.mem_id:
            own -= _prose_length(inner)
    return max(0, own)


def _inside_chrome(node: LexborNode, asides: bool = True) -> bool:
    """Whether ``node`` lies in the site's chrome; ``asides`` False reads a side panel ("aside", "complementary")
    as content."""
    anc = node.parent
    while anc is not None and anc.tag not in ("body", "html", "-undef"):
        role = _attr(anc, "role")
        if not asides and (anc.tag == "aside" or role == "complementary"):
            pass
        elif (anc.tag in ("nav", "footer", "aside") and not is_callout(anc)) or role in _BOILERPLATE_ROLES:
            return True
        if anc.tag == "header" and not within_article(anc):
            return True
        anc = anc.parent
    return False


_PARTS = frozenset({"ul", "ol", "li", "dl", "table", "thead", "tbody", "tr", "td", "th", "p"})


def find_main(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the main content: the most specific one with most of the page's prose, but
    never one section of several inside the content the page names (``<main>``, ``role=main``).

    Prose is what paragraphs, list items and descriptions say outside their links: many returns are bullets only,
    and a menu's items are all links.
    """
    body = tree.body
    if body is None:
        return None
    # each paragraph's prose, and whether it lies in the chrome, or in it only by a side panel
    # (a description in a <dl> is prose as much as a paragraph)
    paragraphs = []
    # ... and a leaf division's text: a post's lines parted by <br>, set in no paragraph
    for p in [*body.css("p, li, dd"), *br_leaves(body)]:
        if (length := _own_prose(p)) >= 20:
            chrome = _inside_chrome(p)
            paragraphs.append((p, length, chrome, chrome and not _inside_chrome(p, asides=False)))
    # a page whose side panel holds most of the prose is a dashboard: its text is in the panel
    outside = sum(length for _, length, chrome, _ in paragraphs if not chrome)
    in_panel = sum(length for _, length, _, panel in paragraphs if panel)
    panel_text = in_panel > SIDE_PANEL_SHARE * outside
    return _find_main(body, [(p, n) for p, n, chrome, panel in paragraphs if not chrome or (panel and panel_text)])


# a page whose side panel holds this many times the prose of the rest is a dashboard: its text is in the panel
SIDE_PANEL_SHARE = 2


def _find_main(body: LexborNode, paragraphs: list[tuple[LexborNode, int]]) -> LexborNode:
    """The main content among the ``paragraphs`` of content (each with its prose)."""
    prose: dict[int, int] = {}  # mem_id of each paragraph's ancestors → prose inside it
    total = 0
    best, best_score = None, 0.0
    direct: dict[int, float] = {}
    cells: list[LexborNode] = []
    for p, length in paragraphs:
        total += length
        if p.tag in CELLS and alone_in_row(p):
            # a table cell of lines parted by <br>, the only one of its row, may be all the content: a page laid out
            # in a table around it (a form's answer beside its question is one part of it)
            prose[p.mem_id] = prose.get(p.mem_id, 0) + length
            cells.append(p)
        anc = p.parent
        depth = 0
        while anc is not None and anc.tag != "-undef":
            key = anc.mem_id
            prose[key] = prose.get(key, 0) + length
            if depth < 2:  # readability-style: parent gets it all, grandparent half
                direct[key] = direct.get(key, 0.0) + length / (depth + 1)
                if direct[key] > best_score:
                    best, best_score = anc, direct[key]
            depth += 1
            anc = anc.parent
    if total == 0:
        return body
    selectors = (
        "main",
        "[role=main]",
        "article",
        "#primary",
        "#content",
        "#main",
        "#main-content",
        "#maincontent",
        ".main-content",
        ".article",
        ".post",
        ".entry-content",
        ".story",
    )
    candidates: list[LexborNode] = []
    for sel in selectors:
        candidates.extend(body.css(sel))
    anc = best
    while anc is not None and anc.tag != "-undef":
        # a list or a table is part of the content, never the whole of it
        if anc.tag not in _PARTS:
            candidates.append(anc)
        anc = anc.parent
    candidates += cells
    candidates.append(body)
    chosen, chosen_size = body, len(body.text(deep=True))
    for c in candidates:
        if prose.get(c.mem_id, 0) >= 0.6 * total:
            size = len(c.text(deep=True))
            if size < chosen_size:
                chosen, chosen_size = c, size
    # one column of several that each hold a good share of the prose (a guide's boxes set in two columns) is not the
    # content: the columns together are
    node = chosen
    while node is not body and node.parent is not None:
        if column_of_several(node, prose, total):
            chosen = node.parent
        node = node.parent
    named = named_main(body, prose, total)
    if named is not None and one_section_of_several(chosen, named):
        return named
    return chosen


_COOKIE = re.compile(r"\bcookies?\b", re.I)
_CONSENT = re.compile(
    r"\b(?:accept|consent|agree|privacy|we use|this (?:web)?site uses|preferences|utilis\w+|acceptez|"
    r"consentement|usamos|utiliza|aceptar)\b",
    re.I,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\btous droits r[ée]serv[ée]s\b", re.I)
_NAV_ROLES = frozenset({"navigation", "menu", "menubar", "search"})
# A site asking what the reader thought of the page: "Was this page useful? Yes No".
_FEEDBACK = re.compile(
    r"\b(?:was|is) this (?:page|article|information|content|guidance) (?:useful|helpful)\b"
    r"|\bdid you find what you (?:were|are) looking for\b|\brate this page\b"
    r"|\breport a problem with this page\b|\bcette page (?:vous a-t-elle [ée]t[ée]|est-elle) utile\b"
    r"|\b(?:le ha resultado|ha sido|fue|es) [úu]til (?:esta|la) p[áa]gina\b|\bist diese seite hilfreich\b"
    r"|\bwar diese seite hilfreich\b|\besta p[áa]gina (?:foi|[ée]) [úu]til\b",
    re.I,
)
FEEDBACK_CHARS = 300


def furniture_kind(node: LexborNode, container_size: int, after_content: bool = False) -> str | None:
    """What kind of page furniture ``node`` is (navigation, cookie notice, footer, …), or None for content.

    Found by what the part is: its element and role, its class or id, or a cookie-consent text.
    A part holding most of the page is never furniture, whatever its class says, save a mailing service's
    footer ``after_content`` (the report's headings or points came before it) that holds none of its own.
    """
    tag = node.tag
    role = _attr(node, "role").lower()
    if tag == "nav" or role in _NAV_ROLES:
        return "navigation"
    if tag == "footer" or role == "contentinfo":
        return "footer"
    if tag == "header" and not node.css_first("h1, h2"):
        return "site header"
    if tag == "form" and not node.css_first("p"):
        return "form"
    if kind := code_kind(node):
        return kind
    if names_its_box(node):
        return "admonition marker"
    if (tag == "article" or role == "article") and in_article(node):
        return "comment"  # an article inside an article: a reader's comment on it
    size = len(node.text(deep=True))
    if tag in ("tr", "td"):
        # a campaign laid out in one table puts its footer and buttons in rows of their own
        return newsletter_kind(node, size, size >= 0.3 * container_size, after_content)
    if tag in ("th", "li"):
        return None
    if tag in ("ol", "ul", "p", "div") and (part := response_part(node)):
        return part
    if is_call_to_action(node):
        return "call to action"
    if tag in ("table", "div", "section", "p", "center", "a") and (
        kind := newsletter_kind(node, size, size >= 0.3 * container_size, after_content)
    ):
        return kind  # a mailing service's web-version link, button or footer
    if after_content and is_builder_badge(node):
        return "site builder's badge"
    if size >= 0.3 * container_size:
        return None
    if tag in ("div", "section", "aside", "p", "dialog") and size < 800:
        text = node.text(deep=True)
        if _COOKIE.search(text) and _CONSENT.search(text):
            return "cookie notice"
        if is_feedback_prompt(text):
            return "page feedback prompt"
        if is_share_line(text):
            return "share links"
        if is_tag_line(text):
            return "tag list"
        if kind := post_chrome(text):
            return kind
    if (
        tag in ("div", "p", "ol", "ul")
        and size < BREADCRUMB_CHARS
        and is_breadcrumb(node.text(deep=True, separator=" "))
    ):
        return "breadcrumbs"
    if tag in ("div", "section", "span") and is_tag_list(node):
        return "tag list"
    if tag == "p" and is_tag_list(node) and not _ADDRESS.search(node.text(deep=True)):
        # "Earlier updates: Update 1 · Update 2": a label over links to other pages (addresses shown are the
        # writer's references)
        return "list of links"
    if size < _CHAT_CHROME_CHARS and _CHAT_CHROME.search(_attr(node, "class")):
        return "message's sender, picture or reactions"
    if _is_boilerplate(node):
        return "navigation"
    if is_footer_part(node):
        return "footer"  # (what it holds, named more closely above, first: a post's footer of tags is a tag list)
    return None


_ADDRESS = re.compile(r"://|\bwww\.")
# A saved chat's chrome around each message: who wrote it, their picture or initials, the readers' reactions
_CHAT_CHROME = re.compile(
    r"(?:^|[\s_-])(?:from[-_]?name|sender[-_]?name|user[-_]?name|userpic|avatar|initials|reactions?)(?:$|[\s_-])",
    re.I,
)
_CHAT_CHROME_CHARS = 120


# A tag's link is a word or a few ("Flooding", "Weather warnings"); the label over them as short.
TAG_WORDS = 3
# What may part the tags: commas, middle dots, bars, slashes and spaces.
_TAG_SEPARATORS = re.compile(r"^[\s,;·•|/]*$")
_TAG_BLOCKS = "p, li, ul, ol, dl, table, h1, h2, h3, h4, h5, h6, img"


def is_tag_list(node: LexborNode) -> bool:
    """ "Topics: Flooding · Weather warnings · Landslides": a short label, then nothing but two or more
    short links, is the page's list of tags (topics, categories), a way to other pages, not content."""
    if any(b.mem_id != node.mem_id for b in node.css(_TAG_BLOCKS)):
        return False
    links = [clean_text(a.text(deep=True)) for a in node.css("a")]
    if len(links) < 2 or any(not t or len(t.split()) > TAG_WORDS or t[-1] in ".!?" for t in links):
        return False
    rest = clean_text(node.text(deep=True))
    pieces = []
    for t in links:
        at = rest.find(t)
        if at < 0:
            return False
        pieces.append(rest[:at])
        rest = rest[at + len(t) :]
    pieces.append(rest)
    label = pieces[0].strip().rstrip(":").strip()
    return (
        0 < len(label.split()) <= TAG_WORDS
        and not re.search(r"[.!?;]", label)
        and all(_TAG_SEPARATORS.match(p) for p in pieces[1:])
    )


def is_cookie_notice(text: str) -> bool:
    """ "This website uses cookies … Accept all": a consent banner, in a page or in its printout."""
    return len(text) < 800 and bool(_COOKIE.search(text)) and bool(_CONSENT.search(text))


def is_feedback_prompt(text: str) -> bool:
    """ "Was this page useful? Yes No": the site asking about its page, not the report's content."""
    return len(text) < FEEDBACK_CHARS and bool(_FEEDBACK.search(text))


def is_copyright_line(text: str) -> bool:
    """ "© 2024 Health Agency. All rights reserved.": footer text that slipped into the content."""
    return len(text) < 200 and bool(_COPYRIGHT.search(text))


# "Home › Emergencies › Flooding", "Accueil > Actualités > Inondations": the page's place in its site. The
# separators are the ones sites draw between a trail's steps; a plain ">" or "/" only after a home step.
_TRAIL = re.compile(r"\s*[›»→]\s*")
_PLAIN_TRAIL = re.compile(r"\s+[>/|]\s+")
_HOME = re.compile(r"^(?:home|homepage|accueil|inicio|portada|startseite|home\s*page|start)$", re.I)
BREADCRUMB_CHARS = 200
BREADCRUMB_STEP_WORDS = 8


def is_breadcrumb(text: str) -> bool:
    """ "Home › Emergencies › Flooding: latest updates": a trail of the site's pages leading to this one,
    at least three steps (or two after "Home") of a few words each, none a sentence."""
    text = " ".join(text.split())
    if len(text) > BREADCRUMB_CHARS:
        return False
    steps = [s for s in _TRAIL.split(text) if s]
    if len(steps) < 2:
        steps = [s for s in _PLAIN_TRAIL.split(text) if s]
        if len(steps) < 2 or not _HOME.match(steps[0]):
            return False
    if len(steps) < 3 and not _HOME.match(steps[0]):
        return False
    return all(len(s.split()) <= BREADCRUMB_STEP_WORDS and not s.rstrip().endswith((".", "!", "?")) for s in steps)


# "Share this page: Facebook · X · Email", "Follow us: Facebook Instagram": links to the site's channels.
_SHARE_LEAD = re.compile(
    r"^(?:share(?:\s+(?:this|on))?(?:\s+(?:page|article|post|story))?|follow\s+us(?:\s+on)?|partager"
    r"(?:\s+cette\s+page)?|compartir(?:\s+(?:esta\s+p[áa]gina|en))?|suivez[-\s]nous|s[íi]guenos|teilen"
    # Italian, Portuguese, Polish, Dutch, Nordic, Croatian, Hungarian, Romanian, Ukrainian, Russian and Greek
    r"|condividi|partilhar|compartilhar|udost[ęe]pnij|delen|del|dela|jaa|podijeli|megoszt[áa]s|distribuie"
    r"|поділитися|поделиться|κοινοπο[ίι]ηση|κοινοποι[ήη]στε|μοιραστε[ίι]τε)\s*:?\s*",
    re.I,
)
_CHANNELS = re.compile(
    r"facebook|x|twitter|linkedin|e-?mail|whatsapp|instagram|youtube|bluesky|threads|mastodon|reddit"
    r"|tiktok|print|copy|link|nextdoor|courriel|imprimer|correo|imprimir|and|or|et|ou|y|o|und|oder"
    # "Print" in the languages above: "Stampa", "Drukuj", "Εκτύπωση", "Друк", "Печать", "Nyomtatás", "Ispis"
    r"|stampa|drukuj|afdrukken|skriv\s*ut|tulosta|ispis|nyomtat[áa]s|tip[ăa]re[șs]te|друк|печать|εκτ[ύυ]πωση",
    re.I,
)
_CHANNEL_SEPARATORS = re.compile(r"[\s,;·•|/]+")


# The page's tags as a line of text: "Tags: flooding, roads", "Ετικέτες: πυρκαγιά, καύσωνας", "Oznake: poplave"
_TAGS = re.compile(
    r"^(?:tags|labels|topics|keywords|mots[-\s]cl[ée]s|[ée]tiquettes|etiquetas|schlagw[öo]rter|themen"
    r"|parole chiave|etichette|tagi|oznake|c[íi]mk[ée]k|etichete|теги|мітки|ετικ[έε]τες)\s*:\s*"
    r"[^\W\d_][\w' -]{0,30}(?:\s*[,·|]\s*[^\W\d_][\w' -]{0,30})*$",
    re.I,
)


def is_tag_line(text: str) -> bool:
    """ "Tags: flooding, roads": a tags label over nothing but a few short words or phrases."""
    return len(text) <= BREADCRUMB_CHARS and _TAGS.match(" ".join(text.split())) is not None


def is_share_line(text: str) -> bool:
    """ "Share this page: Facebook · X · Email": a share or follow lead over nothing but the names of social
    networks and of e-mail and print."""
    text = " ".join(text.split())
    lead = _SHARE_LEAD.match(text)
    if not lead or len(text) > BREADCRUMB_CHARS:
        return False
    rest = text[lead.end() :]
    names = [n for n in _CHANNEL_SEPARATORS.split(rest) if n]
    return bool(names) and all(_CHANNELS.fullmatch(n) for n in names)
