"""Text patterns that tell list glyphs, captions, notes, dates and prose apart."""

from __future__ import annotations

import re

from sitroom.text.captionwords import OTHER_CAPTION_WORDS
from sitroom.text.glyphs import BULLET_DASHES, BULLET_GLYPHS
from sitroom.text.months import DAY_SUFFIX, MONTH, OF
from sitroom.text.reportnames import NORTH_EAST_KINDS
from sitroom.text.spacing import has_unspaced

# Private-use code points of the Symbol/Wingdings fonts that Word uses for bullets.
SYMBOL_BULLETS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf0d8": "➢",
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf0a8": "□",
    "\uf0fd": "☒",
    "\uf0fe": "☑",
}
GLYPH = re.compile(
    rf"^\s*(?P<g>[{re.escape(BULLET_GLYPHS + BULLET_DASHES)}*{''.join(SYMBOL_BULLETS)}]"
    r"|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)"
)
FINAL_PUNCT = ".,;!?"
CAPTION = re.compile(rf"^(table|figure|fig\.|chart|graph|map|photo|{OTHER_CAPTION_WORDS})\s*[\dIVX]+[.:፦፡]?\s", re.I)
NOTE = re.compile(r"^\W*(n\s*ote|source|sources|notes?)\b\s*:?|^\*", re.I)
# Lines of a signature block after its opening line: names and job titles, a few at most.
SIGNATURE_LINES = 4
# "Date: 6 April 2020", "Return number: 3": a label and its value, a document's detail.
FIELD_LINE = re.compile(r"^[A-Za-zÀ-ÿ][\w ./()&'-]{1,30}:\s+\S")
DATE_ONLY = re.compile(
    rf"^(\d{{1,2}}{DAY_SUFFIX}{OF}\s+{MONTH}{OF},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}{DAY_SUFFIX},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})(\s*[,-]?\s*\d{{1,2}}(:\d{{2}})?\s*[ap]\.?m\.?)?$",
    re.I,
)
NUMERIC = re.compile(r"^[\s\d,.\-–—%₱$€£()/:+*xX#]*$")
TITLE_WORDS = re.compile(
    r"\b(report|sitrep|update|bulletin|briefing|return|minutes|rapport|informe|bericht|lagebericht|relat[óo]rio|"
    r"bolet[íi]n|actualizaci[óo]n|compte rendu|point de situation)\b"
    # ... and a report's name in the other languages sitroom reads ("Situationsrapport", "Gabaasa torbanii")
    rf"|\b(?:{NORTH_EAST_KINDS})\b"
    r"|#\s*\d|\bno\.\s*\d",
    re.I,
)
# A full date anywhere in a line: "weekly return 3 – 20 April 2020" names the day it reports on.
HAS_DATE = re.compile(
    rf"\b\d{{1,2}}{DAY_SUFFIX}{OF}\s+{MONTH}{OF},?\s+\d{{4}}\b|\b{MONTH}\s+\d{{1,2}}{DAY_SUFFIX},?\s+\d{{4}}\b", re.I
)
AS_OF = re.compile(
    rf"^(as of|as at|period|reporting period|date|\d{{1,2}}{DAY_SUFFIX}{OF}\s+{MONTH}{OF}\s+\d{{4}})", re.I
)
# The prompt Word shows in an empty form field, which survives when a form is saved by another
# program (LibreOffice turns the field into a FILLIN field whose result is the prompt).
FORM_PROMPT = re.compile(r"^(?:click|tap)(?: or tap)?(?: here)? to enter (?:text|a date)\.?$|^choose an item\.?$", re.I)
HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
WS = re.compile(r"[ \t\r\n\u00a0\u2007\u202f]+")


UNSPACED_PROSE_LETTERS = 15


def is_prose(text: str) -> bool:
    """Six words or more, mostly words with letters: a sentence rather than a label or a figure. Chinese and
    Japanese part no words with spaces: there, fifteen letters or more."""
    if has_unspaced(text):
        return sum(1 for c in text if c.isalpha()) >= UNSPACED_PROSE_LETTERS
    words = text.split()
    if len(words) < 6:
        return False
    alpha = sum(1 for w in words if any(c.isalpha() for c in w))
    return alpha >= 0.5 * len(words)
