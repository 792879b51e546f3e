"""A mailing service's parts of a newsletter: the web-version link over it, its buttons and its footer.

A campaign sent through a mailing service and read as its web page or its HTML e-mail wraps the writer's
text in the service's parts: over it the preheader beside "View this email in your browser", among its
blocks a button ("Read the questions and answers"), under it the footer with the social links, the
copyright, why the reader gets it ("You are receiving this email because …"), the sender's mailing address
and the links to "update your preferences" or "unsubscribe". None of them is the report: a part holding a
link of the service's own or the note on why the reader gets it, or nothing but a button, is left out whole.
A sentence of the report about unsubscribing from something, with no such link, is not one.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from sitroom.extract.html.markup import _attr, clean_text
from sitroom.text.responses import ANSWER_WORDS, asks_response

# The links a mailing service prints around a campaign, in English, French, Spanish, German and Dutch.
_SERVICE_LINK = re.compile(
    r"^(?:click\s+here\s+to\s+)?(?:unsubscribe|opt\s+out)\b"
    r"|\bunsubscribe\s+(?:from\s+(?:this|our|the)\s+(?:list|mailing|newsletter|e-?mails?)|here|now)\b"
    r"|\b(?:update|manage|change)\s+(?:your\s+)?(?:subscription|e-?mail|mailing|communication)?\s*"
    r"(?:preferences|subscriptions?|settings)\b"
    r"|\bview\s+(?:this|the|it|our)\s*(?:e-?mail|newsletter|message|campaign)?\s+(?:in\s+(?:your|a|the)\s+"
    r"(?:web\s+)?browser|online|as\s+a\s+web\s*page)\b|^view\s+(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s+)?browser$"
    r"|\bforward\s+(?:this\s+(?:e-?mail\s+)?)?to\s+a\s+friend\b"
    # ... "Ver no navegador", "Ver en el navegador", "Ver este correo en tu navegador", "Darse de baixa" (Galician)
    r"|^ver\s+(?:este\s+correo\s+)?(?:no|en\s+(?:el|o|tu|su))\s+navegador$|\bdarse\s+de\s+baixa\b"
    r"|\bse\s+d[ée]sinscrire\b|\bd[ée]sabonnement\b|\bse\s+d[ée]sabonner\b|\bdarse\s+de\s+baja\b"
    r"|\bcancelar\s+(?:la\s+)?suscripci[óo]n\b|\babmelden\b|\babbestellen\b|\bafmelden\b|\buitschrijven\b"
    # ... in the Nordic, Baltic and other European languages: "Peru tilaus", "Avsluta prenumeration", "Wypisz się"
    r"|\bcancel\s+(?:your\s+)?subscription\b|\bperu(?:uta)?\s+tilaus\b|\blopeta\s+tilaus\b"
    r"|\bavsluta\s+prenumeration(?:en)?\b|\bavregistrera\b|\bafmeld\b|\bmeld\s+(?:deg|dig)\s+av\b"
    r"|\bwypisz\s+si[ęe]\b|\bzrezygnuj\s+z\s+subskrypcji\b|\bdisiscriviti\b|\bannulla\s+(?:l['’])?iscrizione\b"
    r"|\bcancelar\s+(?:a\s+)?inscri[çc][ãa]o\b|\bdescadastrar\b|\bdonar-se\s+de\s+baixa\b"
    r"|\batsisakyti\s+prenumeratos\b|\bodhl[áa]sit\b|\bleiratkoz[áa]s\b|^[ôo]fmelde$"
    # ... in Mauritian and Seychellois Kreol: "Dezabone", "Zer ou abonman" (manage your subscription)
    r"|\bdezabone\b|\bzer\s+(?:ou|zot)\s+abonman\b",
    re.I,
)
# Why the reader gets the mail: "You are receiving this email because you are a parent …", "This email was
# sent to jo@example.org", "You received this message because you subscribed to …".
_WHY_RECEIVED = re.compile(
    r"\byou\s+(?:are\s+receiving|receive|received|have\s+received|get|are\s+getting)\s+this\s+(?:e-?mail|message"
    r"|newsletter|bulletin|update|release)\s+because\b|\bthis\s+(?:e-?mail|message|newsletter|release)\s+was\s+sent"
    r"\s+(?:to|by)\b"
    # ... in Finnish, German, French, Dutch and Swedish: "Saat tämän viestin, koska …", "Tämän tiedotteen lähetti …"
    r"|\bsaat\s+tämän\s+(?:viestin|tiedotteen|uutiskirjeen)\b|\btämän\s+(?:tiedotteen|viestin)\s+lähetti\b"
    r"|\bsie\s+erhalten\s+diese\s+(?:e-?mail|nachricht|newsletter)\b|\bvous\s+recevez\s+ce\s+(?:courriel|message"
    r"|mail|e-mail)\b|\bu\s+ontvangt\s+(?:deze|dit)\b|\bdu\s+f[åa]r\s+(?:detta|denna)\b"
    r"|\brecibes\s+este\s+correo\b|\best[áa]s\s+recibiendo\s+este\b|\brecibiste\s+este\s+correo\b"
    r"|\bjo\s+krije\s+dit\s+berjocht\b|\bsaite\s+selle\s+(?:kirja|e-kirja|uudiskirja)\b"
    r"|\byou\s+(?:are\s+)?subscribed\s+to\s+(?:this|our)\s+(?:list|newsletter|mailing)\b",
    re.I,
)
_BUTTON_CLASS = re.compile(r"button|btn|(?:^|[\s_-])cta(?:$|[\s_-])", re.I)
SERVICE_PART_CHARS = 1500
FOOTER_CHARS = 3000
_CONTENT = "h1, h2, h3, h4, h5, h6, ul, ol, dl"
BUTTON_WORDS = 12


def newsletter_kind(node: LexborNode, size: int, large: bool = False, after_content: bool = False) -> str | None:
    """What part of a mailing service's campaign ``node`` is ("mailing service part", "button"), or None. A
    ``large`` part (much of the page) is one only ``after_content``, under the report's sections, and when it
    holds no heading or list of its own: the footer of a short campaign."""
    if size > (FOOTER_CHARS if after_content else SERVICE_PART_CHARS):
        return None
    if large and (not after_content or node.css_first(_CONTENT) is not None):
        return None
    links = node.css("a")
    if node.tag == "a":
        links = [node, *links]
    if any(_SERVICE_LINK.search(clean_text(a.text(deep=True))) for a in links):
        return "mailing service part"
    text = clean_text(node.text(deep=True))
    if _WHY_RECEIVED.search(text):
        return "mailing service part"
    if is_button(node, links, text):
        return "button"
    if is_follow_links(links, text):
        return "social links"
    if is_action_links(links, text):
        return "action link bar"
    return None


def response_part(node: LexborNode) -> str | None:
    """ "Please select a response:" over "1. Confirm receipt 2. Unable to respond": a mass notification's request to
    answer it by one of its links, the lead or the list of nothing but two short links or more (the answers it
    offers), is no point of the report ("response links"); nor is a list of the page's actions, each a link of a
    word or two ("Download report", "Subscribe", "Share": "page action links"). None for any other part."""
    if node.tag in ("ol", "ul"):
        lead = _sibling(node, -1)
        if _answer_links(node) and lead is not None and _asks_response(lead):
            return "response links"
        actions = all(_ACTIONS.search(li.text(deep=True)) for li in node.css("li"))
        return "page action links" if actions and _answer_links(node, ACTION_WORDS) else None
    after = _sibling(node, 1)
    answers = node.tag in ("p", "div") and _asks_response(node) and after is not None and _answer_links(after)
    return "response links" if answers else None


def _asks_response(node: LexborNode) -> bool:
    return asks_response(clean_text(node.text(deep=True)))


# what a reader may do with the page: "Download report", "Subscribe", "Share", "Print", "Follow"
_ACTIONS = re.compile(
    r"\b(?:download|subscribe|share|print|follow|save|export|e-?mail\s+(?:this|page)|bookmark)\b", re.I
)


def _answer_links(node: LexborNode, words: int | None = None) -> bool:
    items = node.css("li") if node.tag in ("ol", "ul") else []
    if len(items) < 2:
        return False
    for li in items:
        links = li.css("a")
        text = clean_text(li.text(deep=True))
        if (
            len(links) != 1
            or clean_text(links[0].text(deep=True)) != text
            or not 0 < len(text.split()) <= (words or ANSWER_WORDS)
        ):
            return False
    return True


def _sibling(node: LexborNode, step: int) -> LexborNode | None:
    """The element next to ``node`` (``step`` 1) or before it (-1), past text between them."""
    sib = node.next if step > 0 else node.prev
    while sib is not None and sib.tag in ("-text", "-comment") and not (sib.text() or "").strip():
        sib = sib.next if step > 0 else sib.prev
    return sib if sib is not None and sib.tag not in ("-text", "-comment") else None


# The networks a sender asks its readers to follow it on, and its own site: "X · Facebook · Website".
_NETWORKS = re.compile(
    r"x|twitter|facebook|linkedin|instagram|youtube|tiktok|bluesky|threads|mastodon|whatsapp|flickr|pinterest"
    r"|nextdoor|website|our\s+website|web|blog|e-?mail",
    re.I,
)
_SEPARATORS = re.compile(
    r"^[\s,;·•|/]*(?:(?:stay\s+connected|follow\s+us(?:\s+on)?|connect\s+with\s+us|find\s+us\s+on)\s*:?)?[\s,;·•|/]*$",
    re.I,
)


def _link_name(a: LexborNode) -> str:
    """A link's words, or the name of the picture it is (a network's icon: "Facebook")."""
    img = a.css_first("img")
    return clean_text(a.text(deep=True)) or (clean_text(_attr(img, "alt")) if img is not None else "")


def is_follow_links(links: list[LexborNode], text: str) -> bool:
    """ "X · Facebook · Website", "Stay Connected: [Facebook] [X] [YouTube]": nothing but two links or more to the
    sender's social networks and site, their lead at most (a campaign's follow block), is a way to other pages."""
    names = [_link_name(a) for a in links]
    if len(names) < 2 or not all(_NETWORKS.fullmatch(n) for n in names):
        return False
    rest = _between(names, text)
    return rest is not None and bool(_SEPARATORS.match(rest))


def _between(names: list[str], text: str) -> str | None:
    """What ``text`` holds besides the links' ``names``, taken out in turn; None where a name is not in it."""
    rest = text
    for n in names:
        at = rest.find(n)
        if at < 0:
            return None
        rest = rest[:at] + " " + rest[at + len(n) :]
    return rest


ACTION_WORDS = 3  # "View status update"
_ACTION_SEPARATORS = re.compile(r"^[\s,;·•|/]*$")


def is_action_links(links: list[LexborNode], text: str) -> bool:
    """ "Thank · Reply · Share", "Like | Comment": nothing but two links or more of a word or two each, parted by
    separators only, is a bar of what the reader may do with the message, not a point of it."""
    names = [clean_text(a.text(deep=True)) for a in links]
    if len(names) < 2 or any(not n or len(n.split()) > ACTION_WORDS or not n[:1].isalpha() for n in names):
        return False
    rest = _between(names, text)
    return rest is not None and bool(_ACTION_SEPARATORS.match(rest))


def is_button(node: LexborNode, links: list[LexborNode], text: str) -> bool:
    """A part holding nothing but one link set as a button (by its class or role, or on a coloured box: "Read the
    questions and answers"): a way to another page, not a point of the report."""
    if len(links) != 1 or not text or len(text.split()) > BUTTON_WORDS:
        return False
    link = links[0]
    if clean_text(link.text(deep=True)) != text:
        return False
    marked = [link, *link.css("*")]
    anc = link.parent
    while anc is not None and anc.mem_id != node.mem_id:
        marked.append(anc)
        anc = anc.parent
    marked.append(node)
    return any(
        _BUTTON_CLASS.search(_attr(n, "class")) or _attr(n, "role").lower() == "button" or _filled(n) for n in marked
    )


# a box filled with a colour of its own: "background:#5a3e1b", "background-color: rgb(0, 94, 184)", bgcolor="#005eb8"
_FILL = re.compile(
    r"background(?:-color)?\s*:\s*(?!(?:#fff(?:fff)?|white|transparent|none|inherit|initial)\b)[#\w]", re.I
)


def _filled(node: LexborNode) -> bool:
    """The element is set on a coloured box, as a campaign draws its buttons: the link alone in it is one."""
    colour = _attr(node, "bgcolor").lower()
    return bool(_FILL.search(_attr(node, "style"))) or (bool(colour) and colour not in ("#ffffff", "#fff", "white"))


def is_campaign(html: str) -> bool:
    """The HTML is a mailing service's campaign: a link of the service's own ("unsubscribe", "View this email
    in your browser") is in it. Its plain-text part is the service's rendering of it, not what was written."""
    tree = LexborHTMLParser(html)
    return tree.body is not None and any(_SERVICE_LINK.search(clean_text(a.text(deep=True))) for a in tree.css("a"))


CALL_TO_ACTION_CHARS = 300


def is_call_to_action(node: LexborNode) -> bool:
    """A box under a heading of its own with a sentence or two and one button ("Keep current with …" over "Follow",
    "Save as PDF"): the site asking the reader to act, no part of the report."""
    if node.tag not in ("div", "section", "aside") or len(node.text(deep=True)) > CALL_TO_ACTION_CHARS:
        return False
    if node.css_first("ul, ol, table") is not None or len(node.css("h2, h3, h4")) != 1 or len(node.css("p")) > 2:
        return False
    buttons = [b for b in node.css("button, a") if b.tag == "button" or _BUTTON_CLASS.search(_attr(b, "class"))]
    return len(buttons) == 1
