"""Text tests shared by the stages: glyphs, numbers, sentences, heading style, and joining wrapped lines."""

from __future__ import annotations

import re
import unicodedata

from sitroom.extract.pdf.structs import Frag
from sitroom.text.captionwords import OTHER_CAPTION_WORDS
from sitroom.text.glyphs import BULLET_DASHES, BULLET_GLYPHS, PRIVATE_USE
from sitroom.text.months import DAY_SUFFIX, MONTH, MONTH_ALONE, OF

# A lone "o" is a Symbol-font bullet that came out as the letter; "*", "+" and ">" alone are footnote
# marks and quotes in a PDF, not bullets.
BULLET_CHARS = frozenset(BULLET_GLYPHS + BULLET_DASHES + "o")
PUA = re.compile(rf"[{PRIVATE_USE}]")
# captions, and notes on a figure or table ("Note for figure 2:"), which belong to the object they describe;
# the word and a number, a letter, a colon or a word and a colon ("Table key:"), never a sentence ("Figures
# for the wards are provisional.")
CAPTION = re.compile(
    r"^((figure|figura|fig\.|table|tableau|tabla|tabela|tabelle|abbildung|chart|graph|graphique|gr[aá]fico|map|carte"
    rf"|mapa|source|fuente|fonte|quelle|annex|anexo|photo|image|credit|{OTHER_CAPTION_WORDS})"
    r"(?-i:\s*(?:\d|[A-Z](?![a-z])|[:.])|\s+\w+\s*:)"
    r"|notes?\s+(for|to|on)\s+(the\s+)?(figure|fig\.|table|chart|graph|map)\b)",
    re.I,
)
# The line naming where a figure's data come from, closing the figure: "Fuente: elaboración propia".
SOURCE_LINE = re.compile(r"^(?:sources?|fuentes?|fontes?|quellen?|bron(?:nen)?|[źz]r[óo]d[łl]o)\s*:", re.I)
FIGURE = re.compile(r"^(figure|figura|fig\.|abbildung|chart|graph|graphique|gr[aá]fico|map|mapa|carte)\s*\d", re.I)
FOOTNOTE = re.compile(r"^[*†‡§¶]+\s*\S|^\*")
# page numbers in any dress, matched with spaces removed: "1 | P a g e", "Page 2 of 7", "- 3 -", "p. 4/9"
PAGE_NO = re.compile(r"^[-–—|]*(page|pg\.?|p\.)?[-–—|]*\d{1,4}[-–—|]*(page)?((of|sur|de|/)\d{1,4})?[-–—|]*$", re.I)
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
NUMERIC = re.compile(r"^[\s\d.,’'%()+\-–—/:<>*†‡§#|]+$")
# "CR: cases per 100 000 inhabitants": a short label and its colon opening the line
LABEL_LEAD = re.compile(r"^[^\W\d_][\w.-]{0,20}(?:\s[\w.-]{1,20}){0,2}\s?:\s")
WORD = re.compile(r"[^\W\d_]{2,}")  # a word of any script: Greek and Cyrillic lines are words too
FINAL_PUNCT = (".", ",", ";", "!", "?")
# the abbreviation of "number" ending a line: "No.", "Nr.", "núm.", "n."
NUMBER_MARK = re.compile(r"(?<!\w)(?:no|nr|n|núm|num|nro)\.$", re.IGNORECASE)
# A line that names a day: "as of", "5 June", "5 de junio", "June 5, 2020".
DATED = re.compile(
    rf"\b(as of|as reported|data as|update|\d{{1,2}}{DAY_SUFFIX}{OF}\s+{MONTH_ALONE}"
    rf"|{MONTH}\s+\d{{1,2}}{DAY_SUFFIX},?\s+\d{{4}})",
    re.I,
)


# a line broken off mid-phrase: it ends with a joining word or sign ("Risk Communication &", "Prevention
# and", "Ministry of"), so the phrase goes on on the next line
_OPEN_END = re.compile(
    r"(?:[&+/,–-]|\b(?:and|or|of|for|the|to|in|on|at|by|with|from|a|an|de|du|des|la|le|et|y|del|und|der))$", re.I
)


def ends_open(text: str) -> bool:
    """The line breaks off mid-phrase: it ends with "&", a comma, "and", "of" or the like."""
    return bool(_OPEN_END.search(text.rstrip()))


def ends_sentence(text: str) -> bool:
    """The line closes a sentence: a full stop, a question or an exclamation mark, not a number's abbreviation
    ("Situation report No.")."""
    t = text.rstrip()
    return t.endswith((".", "!", "?")) and not NUMBER_MARK.search(t)


def is_glyph(text: str) -> bool:
    """A lone bullet glyph (or a private-use Symbol/Wingdings one)."""
    t = text.strip()
    return len(t) == 1 and (t in BULLET_CHARS or bool(PUA.match(t)))


# ... and the page with the count of pages in brackets, as Nordic letters number them: "1 (2)", "2 (2)"
_PAGE_OF = re.compile(r"^(\d{1,3})\((\d{1,3})\)$")


def is_page_number(text: str) -> bool:
    """A page number as printed in a header or footer."""
    bare = _SPACES.sub("", text)
    counted = _PAGE_OF.match(bare)
    return bool(PAGE_NO.match(bare)) or (counted is not None and 0 < int(counted[1]) <= int(counted[2]))


def norm_furniture(text: str) -> str:
    """Key for running headers/footers: page numbers and dates differ from page to page."""
    return _DIGITS.sub("#", text.lower()).strip()


# the little words of a phrase in capitals, which no row of column codes holds
_FUNCTION_WORDS = frozenset("FOR THE AND OF TO IN ON AT BY WITH FROM NEXT DE LA LE DU ET EN EL DEL LOS LAS".split())


def _code(token: str) -> bool:
    """A column's code ("MUB", "KAS"): a short token in capitals, with no accented letter, as a language of short
    words writes them ("HỖ TRỢ NGƯỜI DÂN")."""
    if len(token) > 4 or not token.isupper():
        return False
    return not any(d and not d.startswith("<") for d in map(unicodedata.decomposition, token))


def is_numeric_cell(text: str) -> bool:
    """A data-table cell: mostly digits, or a header row of column codes."""
    t = text.strip()
    tokens = t.split()
    if len(tokens) >= 4 and sum(map(_code, tokens)) >= 0.8 * len(tokens) and not _FUNCTION_WORDS.intersection(tokens):
        return (
            True  # a header row of column codes (MUB KAS KYE ...), not a heading in capitals ("PLAN FOR NEXT 12 HRS")
        )
    return bool(t) and (bool(NUMERIC.match(t)) or (sum(map(str.isdigit, t)) >= 0.5 * len(t.replace(" ", ""))))


def figure_line(text: str) -> bool:
    """A figure on a line of its own, alone ("1 245") or after the short label it counts ("Persons served: 168",
    "Tel. 583 9110"): a box's figure, no sentence."""
    t = text.strip()
    if is_numeric_cell(t):
        return True
    lead = LABEL_LEAD.match(t)
    return bool(lead) and is_numeric_cell(t[lead.end() :])


def sentence_like(text: str) -> bool:
    """Running text rather than a label: many words, or a few ending like a sentence."""
    found = WORD.findall(text)
    words = len(found)
    # ... or a line of running text cut by the wrap in a word it hyphenates:
    # words in lower case, as a label or a cell has few
    t = text.rstrip()
    cut = t.endswith(("-", "\u00ad"))
    running = cut and words >= 7 and sum(w.islower() for w in found) >= 5 and not LABEL_LEAD.match(t)
    return words >= 10 or running or (words >= 5 and t.endswith((".", ";", ":", "?", "!")))


def headingish(f: Frag, body: float) -> bool:
    """A line styled like a heading: short, no final punctuation, and bold, capitals or large print."""
    t = f.text
    # a headline wrapped after its number's abbreviation ("Situation report No." over "12") ends no sentence
    ended = t.endswith(FINAL_PUNCT) and not NUMBER_MARK.search(t)
    if len(t) > 90 or ended or CAPTION.match(t) or not WORD.search(t):
        return False
    if is_numeric_cell(t):
        return False
    letters = [c for c in t if c.isalpha()]
    caps = letters and sum(c.isupper() for c in letters) >= 0.9 * len(letters) and len(letters) >= 4
    # small print is never a heading; a bold banner may be a point under the body size
    if len(t.split()) > 12 or t[:1].islower() or f.size < body - (1.5 if f.bold else 0.5):
        return False
    return bool(caps or f.bold or f.size >= 1.25 * body)
