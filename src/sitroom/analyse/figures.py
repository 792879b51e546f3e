"""Figures from prose: "around 5% off sick" → value 5, unit percent, qualifier approximate.

``extract_figures(text, as_of)`` finds the quantities a sitrep states in running text and says
what each one measures. It is pure regular-expression work (no model, no database) so it can run
over every item of every report. Precision matters more than recall: identifiers that look like
numbers (dates, times, report and section numbers, phone numbers, "COVID-19", reporting windows
such as "in the past 24 hours") are never figures.

Each :class:`Figure` keeps the span as printed (``text == source[start:end]``) so it can be
highlighted and cited.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

UNITS = ("percent", "count", "money", "days", "weeks", "hours", "ratio")
QUALIFIERS = ("approximate", "over", "under", "at least", "up to")


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity stated in a text.

    ``value`` is the number as stated (money in whole currency units, "£1.2m" → 1200000). For a
    range ("90-95%") it is the midpoint and ``low``/``high`` hold the ends. For a ratio ("43/130")
    it is the numerator and ``total`` the denominator. ``relation`` is "previous" when the text
    gives the figure as an earlier value ("up from 5% last week"); ``change`` is "increase" or
    "decrease" when the figure is an amount of change ("decreased by 5%") rather than a level.
    ``subject`` is a short lower-case noun phrase for what is counted or measured ("" when the
    text does not say). ``as_of`` is the date stated next to the figure, else the caller's date.
    """

    value: float
    unit: str
    currency: str | None
    qualifier: str | None
    subject: str
    text: str
    start: int
    end: int
    as_of: date | None = None
    relation: str | None = None
    change: str | None = None
    low: float | None = None
    high: float | None = None
    total: float | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings)."""
        out = {name: getattr(self, name) for name in self.__dataclass_fields__}
        out["as_of"] = self.as_of.isoformat() if self.as_of else None
        return out


def _words(spaced: str) -> list[str]:
    return spaced.split()


# --- lexical material -------------------------------------------------------------------------

_WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_WORDS_RE = "|".join(sorted(_WORD_VALUES, key=len, reverse=True))

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Month names are matched case-sensitively (Title or UPPER) so that "12 may be" is no date.
_MONTH = (
    r"(?:Jan(?:uary)?|JAN(?:UARY)?|Feb(?:ruary)?|FEB(?:RUARY)?|Mar(?:ch)?|MAR(?:CH)?|Apr(?:il)?|APR(?:IL)?"
    r"|May|MAY|June?|JUNE?|July?|JULY?|Aug(?:ust)?|AUG(?:UST)?|Sept?(?:ember)?|SEPT?(?:EMBER)?"
    r"|Oct(?:ober)?|OCT(?:OBER)?|Nov(?:ember)?|NOV(?:EMBER)?|Dec(?:ember)?|DEC(?:EMBER)?)(?![A-Za-z])\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"(?<![\w.,/])(?:"
    rf"(?P<d1>\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+(?P<m1>{_MONTH})(?:,?[\s-]+(?P<y1>(?:19|20)\d\d)(?!\d))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD}(?![\d,.]\d)(?:,?\s+(?P<y2>(?:19|20)\d\d)(?!\d))?"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}})(?!\d)"
    rf"|(?P<d4>\d{{1,2}})[/.](?P<m4>\d{{1,2}})[/.](?P<y4>(?:19|20)?\d\d)(?!\d)"
    rf"|{_MONTH}\s+(?:19|20)\d\d(?!\d)"
    rf"|(?:19|20)\d\d\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d)(?!\d)"
    rf")"
)
_AS_OF_CUE = re.compile(
    r"\b(?:(?P<strong>as\s+(?:of|at|on)|data\s+as\s+of|to\s+date|ending|w/e)|on|dated|by|last|until|up\s+to)"
    r"\s+(?:the\s+)?$",
    re.I,
)

_SEP = r"[,’'\u00a0\u202f\u2009 ]"
_NUM = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
_CURRENCY = {"£": "GBP", "€": "EUR", "$": "USD", "US$": "USD", "₱": "PHP", "GBP": "GBP", "EUR": "EUR",
             "USD": "USD", "PHP": "PHP", "Php": "PHP", "pounds": "GBP", "pound": "GBP", "euros": "EUR",
             "euro": "EUR", "dollars": "USD", "dollar": "USD", "pesos": "PHP", "peso": "PHP"}  # fmt: skip
_NUMBER = re.compile(rf"(?P<cur>US\$|[£€$₱]|\b(?:GBP|EUR|USD|PHP|Php)(?=\s?\d))?\s?(?P<neg>[-−](?=\d))?(?P<num>{_NUM})")

# Things after a number, tried in this order at the number's end.
_RATIO = re.compile(rf"\s?(?:/|\bout\s+of\b)\s?(?P<num>{_NUM})(?![\d/])")
_RANGE = re.compile(rf"\s?(?:%\s?)?(?:-|–|—|\bto\b)\s?(?:[£€$₱]\s?)?(?P<num>{_NUM})(?![\d/])")
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent(?:age\s+points?)?\b|pct\b)", re.I)
_MAGNITUDE = re.compile(r"\s?(?P<w>million|billion|thousand|trillion|mn|bn)\b|(?P<s>bn|[kKmMbB])(?![A-Za-z])")
_MAGNITUDES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
               "b": 1e9, "trillion": 1e12}  # fmt: skip
_CUR_SUFFIX = re.compile(r"\s?(?P<c>pounds?|euros?|dollars?|pesos?|GBP|EUR|USD|PHP)\b")
_TIME_UNIT = re.compile(r"\s?(?P<u>days?|weeks?|wks?|hours?|hrs?)\b", re.I)
_NOT_A_UNIT = re.compile(r"\s?(?:months?|years?|yrs?|minutes?|mins?|seconds?|secs?)\b|-[A-Za-z]|[.:]\d|°", re.I)
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+([A-Z][\w.’'-]*)\s$")
_NOT_NAMES = frozenset(_words("Total About Around Approximately Over Some Nearly Almost Only All Additional Another"))
_PAREN_SAME = re.compile(r"\s?\((?P<num>\d+)\)")

_QUALIFIER = re.compile(
    r"(?:(?<![\w.])(?P<w>around|about|approximately|approx\.?|roughly|circa|ca\.|c\.|nearly|almost|some|an estimated"
    r"|estimated|just over|just under|well over|over|more than|above|in excess of|upwards of|under|less than"
    r"|below|fewer than|at least|a minimum of|no fewer than|no less than|up to|a maximum of|no more than"
    r"|at most)|(?P<s>~|≈|>=|<=|[<>≥≤]))\s*$",
    re.I,
)
_QUALIFIER_KIND = {
    "around": "approximate", "about": "approximate", "approximately": "approximate", "approx": "approximate",
    "approx.": "approximate", "roughly": "approximate", "circa": "approximate", "ca.": "approximate",
    "c.": "approximate", "nearly": "approximate", "almost": "approximate", "some": "approximate",
    "an estimated": "approximate", "estimated": "approximate", "~": "approximate", "≈": "approximate",
    "just over": "over", "well over": "over", "over": "over", "more than": "over", "above": "over",
    "in excess of": "over", "upwards of": "over", ">": "over", "just under": "under", "under": "under",
    "less than": "under", "below": "under", "fewer than": "under", "<": "under", "at least": "at least",
    "a minimum of": "at least", "no fewer than": "at least", "no less than": "at least", ">=": "at least",
    "≥": "at least", "up to": "up to", "a maximum of": "up to", "no more than": "up to", "at most": "up to",
    "<=": "up to", "≤": "up to",
}  # fmt: skip
_POST_QUALIFIER = re.compile(r"\s?(?:\+(?!\d)|\s(?:or|and)\s+(?P<w>more|over|above|fewer|less|below)\b)")

_PREVIOUS_BEFORE = re.compile(
    r"\b(?:up\s+from|down\s+from|compared\s+(?:with|to)|versus|vs\.?|against|previously|(?:last|previous)"
    r"\s+(?:week|month|report|fortnight)(?:['’]s)?)\s*$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
_TO_AFTER = re.compile(r"\s*to\s+(?:[~£€$₱]|around|about|approximately)?\s*\d", re.I)
_PREVIOUS_AFTER = re.compile(
    r"\s*(?:(?:the\s+)?(?:last|previous|prior)\s+(?:week|month|fortnight|report|period|sitrep|time|update)"
    r"|previously|yesterday|the\s+(?:week|day)\s+before)\b",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?P<inc>(?:increased|increases|rose|risen|grown|grew|climbed|jumped|went\s+up|up)\s+by|up"
    r"|(?:an\s+)?(?:increase|rise|growth|jump)\s+of)"
    r"|\b(?P<dec>(?:decreased|decreases|fell|fallen|dropped|declined|reduced|cut|went\s+down|down)\s+by|down"
    r"|(?:a\s+)?(?:decrease|reduction|drop|fall|decline)\s+of))\s*$",
    re.I,
)
_PREVIOUS_KEYS = ("from", "compared", "vs", "versus", "against", "previous", "last")
_CHANGE_KEYS = ("by", "up", "down", " of")
_CHANGE_AFTER = re.compile(
    r"\s+(?:(?P<inc>increase|rise|growth|jump|more|higher|up)|(?P<dec>decrease|reduction|drop|fall|decline|fewer"
    r"|lower|down))\b",
    re.I,
)

_SICKNESS = re.compile(r"\b(?:off\s+sick|sickness|sick\s+leave|absence|absences|absent|off\s+ill)\b", re.I)

# Spans that hold digits but are never figures. Written for lower-cased text (one case-sensitive
# pass over ``text.lower()`` is about twice as fast as re.I). Dates are found separately (they give
# as-of dates); postcodes need no pattern: their digits touch letters ("PE1 2AB").
_BLOCK_SOURCE = (
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.\w+"
    # times: 22:00 hrs, 6am, 8 a.m., 12nn, 0800hrs
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.?m\.?|hrs?|h\b|nn|mn))?"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\b\.?|nn\b|mn\b|noon\b|midnight\b)"
    r"|\b[0-2]\d[0-5]\d\s?(?:hrs|h)\b"
    # list markers at a line start or after a colon: "1.", "2)", "(3)"
    r"|(?:^|(?<=\n)|(?<=[:;]))[ \t]*\(?\d{1,2}[.)](?=\s)"
    # phone numbers and short codes
    r"|(?<![\w.,])(?:\+\d{1,3}[\s-]?)?\(?0\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}(?![\w.,]\d)"
    r"|(?<![\w.,])\+\d[\d\s-]{7,}\d"
    r"|\b(?:tel|telephone|phone|call|sms|text|dial|hotline|helpline|toll[- ]free|fax|mobile|whatsapp"
    r"|u-report|short\s?code)\b\.?(?:\s+(?:on|at|via|to|number|no\.?|free|line|u-report|us))*\s*[:\-]?\s*"
    r"\+?\d[\d\s-]{1,}\d"
    # disease names, round-the-clock
    r"|\b(?:covid|sars-cov|mers-cov|ncov|h\dn)[\s-]?\d+\b|\b\d{4}-ncov\b"
    r"|\b24\s?/\s?7\b|\b24x7\b"
    # reporting windows and frequencies: "in the past 24 hours", "within 48 hrs", "every 2 weeks"
    r"|\b(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?"
    r"(?:past|last|previous|preceding|next|coming|recent|first|within|every|each)\s+(?:\d+|"
    + _WORDS_RE
    + r")[\s-]*(?:hours?|hrs?|days?|weeks?|wks?|months?|years?)\b"
    # ages and rates' denominators: "aged 5-11", "children under 5", "per 100 000"
    r"|\bage[ds]?\s+\d+(?:\s*(?:-|–|to|and)\s*\d+)?"
    r"|\b(?:children|child|kids|babies|infants|adults)\s+(?:aged\s+)?(?:under|over|below|above)\s+\d+(?![\d%])"
    r"|\bper\s+\d{1,3}(?:[,\s]?\d{3})*(?!\d)"
)
_BLOCK = re.compile(_BLOCK_SOURCE)
_BLOCK_ANY_CASE = re.compile(_BLOCK_SOURCE, re.I)  # for the rare text whose lower() changes its length

# "Sitrep No. 35", "Section 17", "Table 1", "Week 32": any word directly before a number, kept when
# it is one of these (a generic pattern plus a set lookup is far faster than a 100-branch regex)
_KEYWORD_NUM = re.compile(
    r"\b([A-Za-z]+(?:\s+week)?)\.?\s*(?:[Nn][Oo]\.\s*|#\s*|:\s*)?\d+(?:\.\d+)*(?:\s*(?:,|&|and|to|-|–)\s*\d+(?:\.\d+)*)*"
)
_KEYWORDS_ANY_CASE = frozenset(
    _words(
        "no nos nr sitrep sitreps section sections article articles art annex annexe appendix table tables "
        "figure figures fig chart map chapter paragraph para clause schedule regulation regulations reg "
        "version ver edition bulletin volume vol pillar priority objective cohort tier phase wave ward "
        "circular memorandum ref page pages p pp step level stage slide batch serial grade resolution "
        "ordinance category cat ra eo mc gr epi week epiweek epidemiological iso"
    )
)
_KEYWORDS_TITLE = frozenset(
    _words(
        "No NO Report Issue Update Week Day Zone District Region Room Floor Unit Bed Order Case Patient "
        "Flight Item Question Q Year Route Category Scenario Road Street Lot Block Line Row Column Act Part "
        "Rule Box Team Group Option ID Id Site Cluster Sector Area"
    )
)

# what a blocked span may hold before / after its first digit or number word
_CLUSTER_ANY_CASE = re.compile(rf"\d[\d\s,.:/'’+()-]*|\b(?P<w>{_WORDS_RE})\b", re.I)
_WORD_NOT_AFTER = re.compile(r"\b(?:every|each|per|one\s+or|no|of|the|these|those)\s+$", re.I)
_CLUSTER = re.compile(rf"\d[\d\s,.:/'’+()-]*|\b(?P<w>{_WORDS_RE})\b")  # on lower-cased text
_LOOKBACK, _LOOKAHEAD = 32, 14

_LINK_WORDS = frozenset(
    _words(
        "is are was were be been being has have had now currently still stand stands stood remain remains "
        "remained reached totalled totaled totals totalling rose risen fell fallen increased decreased "
        "dropped declined grew went up down to at of by from about around amounting amounted worth valued "
        "costing estimated as on approx approximately roughly nearly almost just over under some more less "
        "than only also again further level levels a an the or and with which who reported recorded "
        "registered sits sitting constitute constitutes represent represents comprise comprises account "
        "accounts accounting for able pay marks"
    )
)
_LEADING = re.compile(
    r"^(?:(?:a|the)\s+)?(?:grand\s+)?(?:total\s+(?:number\s+)?of|number\s+of|proportion\s+of|percentage\s+of"
    r"|share\s+of|rate\s+of|count\s+of|amount\s+of|sum\s+of|level\s+of)\s+",
)
_PREPOSITION = re.compile(
    r"(?<![\w-])(?:in|within|across|among|amongst|for|during|over|since|at|on|from|by|under|per|as|this|last"
    r"|compared|against|between|into|through|after|before|via|to|than)(?![\w-])"
)
_DETERMINER = re.compile(
    r"(?<![\w-])(?:the|a|an|our|its|their|this|these|those|all|any|some|each|every|his|her|both|today|yesterday"
    r"|tomorrow)(?![\w-])"
)
_CLAUSE_BOUNDARY = re.compile(
    r"[.;:!?,(\[\]\n•\uf0b7\uf0a7\u25aa\u25cf–—]|\b(?:and|but|while|whilst|whereas|which|who|where|when|with"
    r"|including|although|because|whom|if)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;](?=\s|$)|\n[ \t]*\n|[•\uf0b7\uf0a7\u25aa\u25cf]")

_STOP = frozenset(
    _words(
        "the a an this that these those its their our his her in on at to for with by from of within across "
        "among amongst between into through during under over after before since per via as than against "
        "including except like and or but while whereas which who whom whose where when if so because "
        "although though nor is are was were be been being has have had will would can could may might should "
        "shall must do does did remain remains remained continue continues continued need needs require "
        "requires include includes get got make made take took give gave come came see saw leave left hold "
        "held keep kept pay paid send sent spend spent bring brought find found become became begin began run "
        "ran set put lost won rise rose fall fell grow grew stand stood lead led met meet meets still now "
        "currently already also only just respectively each per cent percent not no either both all any some "
        "more most less least up out down off here there total worth amounting valued costing who"
    )
)
_LEAD_DROP = frozenset(_words("new newly more further other total overall additionally cumulatively"))
_KEEP_ED_ING = frozenset(_words("need bed red shed seed speed feed hundred kindred during building housing funding"))
_KEEP_LY = frozenset(_words("family supply assembly italy daily weekly monthly quarterly early ally reply"))
_POSTMODIFIER = re.compile(
    r"\s+(?:under\s+follow[- ]?up|on\s+follow[- ]?up|under\s+observation|under\s+investigation|under\s+surveillance"
    r"|in\s+care|in\s+isolation|in\s+quarantine|in\s+hospital|on\s+duty|on\s+leave|off\s+sick|self[- ]isolating)\b",
    re.I,
)
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_COORDINATED = re.compile(
    r"\s*(?:(?:,|and|or|to)\s+(?:approximately|about|around|some)?\s*(?:[~£€$₱]\s?)?\d[\d,.]*\s?"
    r"(?:%|per\s?cent|percent)|or\s+(?:approximately|about|around|some)?\s*(?:[~£€$₱]\s?)?\d)",
    re.I,
)
_OF_WHICH = re.compile(
    r"\W*(?:of\s+(?:which|whom|these|those|this\s+number|the\s+total(?:\s+number)?)|from\s+this\s+number"
    r"|among\s+(?:them|these|those))\b",
    re.I,
)
_OF_FROM = re.compile(r"\s+(of|from)\b")
_LEAD_AFTER = {
    "percent": re.compile(
        r"\s+(?:of(?:\s+(?:the|all|its|their|our))?"
        r"|(?:increase|rise|decrease|drop|reduction|decline|fall)\s+in(?:\s+the)?(?:\s+number\s+of)?)\b"
    ),
    "money": re.compile(r"\s+(?:worth\s+of|of|in|for|on)\b"),
    "ratio": re.compile(r"(?!)"),
    "days": re.compile(r"\s+of\b"),
    "weeks": re.compile(r"\s+of\b"),
    "hours": re.compile(r"\s+of\b"),
}
_AUXILIARY = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)(?![\w-])"
)
_MODALS = frozenset(_words("will would can could may might should must"))
_GENERIC_HEADS = frozenset(
    _words("level levels mark range point points figure rate threshold sum amount total value worth")
)
_IRREGULAR = frozenset(
    _words("paid made held sent spent built bought brought given taken done seen known shown met kept lost won")
)
_WORD = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9'’\-]*)")
_DIGIT_PAREN = re.compile(r"\s*\([^()]{0,60}\d[^()]{0,60}\)")


# --- the extractor --------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    value: float
    unit: str
    currency: str | None
    start: int  # of the whole span, qualifier included
    num_start: int  # of the number (or its currency sign)
    end: int
    qualifier: str | None = None
    relation: str | None = None
    change: str | None = None
    low: float | None = None
    high: float | None = None
    total: float | None = None
    subject: str = ""
    as_of: date | None = None


def extract_figures(text: str, as_of: date | None = None) -> list[Figure]:
    """Return the figures stated in ``text``, in text order.

    ``as_of`` is the report's date: figures get it unless a date is stated next to them ("As of
    18 September, 209 experts…"), and it supplies the year of such dates when they omit it.
    Never raises on any input; every returned figure satisfies ``text[f.start:f.end] == f.text``.
    """
    if not text:
        return []
    low = text.lower()
    if len(low) != len(text):
        low = ""  # lower() changed offsets (e.g. "İ"): fall back to case-insensitive patterns
    clusters = list(_CLUSTER.finditer(low) if low else _CLUSTER_ANY_CASE.finditer(text))
    if not clusters:
        return []
    blocked, dates = _blocked_spans(text, low, clusters)
    words = [m.span("w") for m in clusters if m.group("w")]
    drafts = _find_numbers(text, blocked, words)
    if not drafts:
        return []
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    for i, d in enumerate(drafts):
        lo = max(drafts[i - 1].end if i else 0, _sentence_start(sentence_ends, d.start), d.start - 160)
        hi = drafts[i + 1].start if i + 1 < len(drafts) else len(text)
        d.subject = _subject(text, d, lo, min(hi, d.end + 120), blocked)
    _inherit_subjects(text, drafts, sentence_ends)
    _attach_dates(text, drafts, dates, sentence_ends, as_of)
    return [
        Figure(
            value=d.value,
            unit=d.unit,
            currency=d.currency,
            qualifier=d.qualifier,
            subject=d.subject,
            text=text[d.start : d.end],
            start=d.start,
            end=d.end,
            as_of=d.as_of,
            relation=d.relation,
            change=d.change,
            low=d.low,
            high=d.high,
            total=d.total,
        )
        for d in drafts
    ]


def _blocked_spans(
    text: str, low: str, clusters: list[re.Match[str]]
) -> tuple[list[tuple[int, int]], list[re.Match[str]]]:
    """Spans that are never figures (identifiers, times, windows, dates), and the date matches.

    Every such span holds a digit or a number word, so the slow many-branched patterns only run
    on windows around those, which makes prose several times faster.
    """
    windows: list[list[int]] = []
    for m in clusters:
        lo, hi = max(0, m.start() - _LOOKBACK), min(len(text), m.end() + _LOOKAHEAD)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    spans: set[tuple[int, int]] = set()
    dates: list[re.Match[str]] = []
    for lo, hi in windows:
        found = _BLOCK.finditer(low, lo, hi) if low else _BLOCK_ANY_CASE.finditer(text, lo, hi)
        spans.update(x.span() for x in found)
        for x in _KEYWORD_NUM.finditer(text, lo, hi):
            word = x.group(1)
            if word in _KEYWORDS_TITLE or word.lower().split()[0] in _KEYWORDS_ANY_CASE:
                spans.add(x.span())
        for x in _DATE.finditer(text, lo, hi):
            dates.append(x)
            spans.add(x.span())
    return sorted(spans), dates


def _overlaps(blocked: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(blocked, (end, end))
    for j in range(i - 1, max(i - 4, -1), -1):
        bs, be = blocked[j]
        if bs < end and be > start:
            return bs, be
    return None


def _to_float(s: str) -> float:
    return float(re.sub(_SEP, "", s))


def _find_numbers(text: str, blocked: list[tuple[int, int]], words: list[tuple[int, int]]) -> list[_Draft]:
    """Numeric and number-word candidates, with their units, qualifiers, ranges and ratios."""
    found: list[_Draft] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _NUMBER.search(text, pos)
        if not m:
            break
        hit = _overlaps(blocked, m.start("num"), m.end("num"))
        if hit:
            # a blocked identifier inside a space-grouped number ("Region 5 100%"): look again after it
            pos = max(hit[1], m.start("num") + 1)
            continue
        d = _numeric_draft(text, m, blocked)
        if d is None:
            pos = m.end()
            continue
        found.append(d)
        pos = d.end
    for ws, we in words:
        if _overlaps(blocked, ws, we) or any(f.num_start <= ws < f.end for f in found):
            continue
        d = _word_draft(text, ws, we)
        if d is not None:
            # "ten (10)" is one figure: drop the bracketed digits found on their own
            found = [f for f in found if not d.start <= f.num_start < d.end]
            found.append(d)
    found.sort(key=lambda d: d.start)
    return found


def _numeric_draft(text: str, m: re.Match[str], blocked: list[tuple[int, int]]) -> _Draft | None:
    start = m.start("cur") if m.group("cur") else m.start("neg") if m.group("neg") else m.start("num")
    if not _left_ok(text, start):
        return None
    raw = m.group("num")
    value = _to_float(raw)
    if m.group("neg"):
        value = -value
    currency = _CURRENCY.get(m.group("cur")) if m.group("cur") else None
    end = m.end("num")
    unit = "money" if currency else "count"
    d = _Draft(value, unit, currency, start, start, end)
    tail = text[end : end + 40]
    r = _RATIO.match(tail)
    if r and not _overlaps(blocked, end, end + r.end()) and not _right_attached(text, end + r.end()):
        d.unit, d.total, d.end = "ratio", _to_float(r.group("num")), end + r.end()
        return _finish(text, d)
    if (r := _RANGE.match(tail)) and not _FROM_BEFORE.search(text[max(0, start - 12) : start]):
        second = _to_float(r.group("num"))
        if second > value >= 0 and not _overlaps(blocked, end, end + r.end()):
            d.low, d.high, d.value = value, second, (value + second) / 2
            end += r.end()
            tail = text[end : end + 40]
    if (u := _PERCENT.match(tail)) and not currency:
        d.unit, d.end = "percent", end + u.end()
        return _finish(text, d)
    if u := _MAGNITUDE.match(tail):
        word = u.group("w") or u.group("s")
        if u.group("w") or currency:
            factor = _MAGNITUDES[word.lower()]
            d.value *= factor
            d.low = d.low * factor if d.low is not None else None
            d.high = d.high * factor if d.high is not None else None
            end += u.end()
            tail = text[end : end + 40]
    if not currency and (u := _CUR_SUFFIX.match(tail)):
        d.unit, d.currency = "money", _CURRENCY[u.group("c").lower() if u.group("c").islower() else u.group("c")]
        end += u.end()
    elif not currency and (u := _TIME_UNIT.match(tail)):
        unit = u.group("u").lower()
        d.unit = "days" if unit.startswith("day") else "weeks" if unit.startswith("w") else "hours"
        end += u.end()
    elif _NOT_A_UNIT.match(tail):
        return None
    d.end = end
    if _right_attached(text, end):
        return None
    if d.unit == "count" and d.low is None and re.fullmatch(r"(?:19|20)\d\d|2100", raw):
        return None  # a year standing alone
    name = _NAME_BEFORE.search(text, max(0, start - 60), start) if d.unit == "count" and len(raw) <= 2 else None
    if name and name.group(1) not in _NOT_NAMES:
        return None  # "Police Regional Office 1", "OCD RO 1": part of a name
    return _finish(text, d)


def _word_draft(text: str, start: int, end: int) -> _Draft | None:
    word = " ".join(text[start:end].lower().split())
    d = _Draft(float(_WORD_VALUES[word]), "count", None, start, start, end)
    if not _left_ok(text, start) or re.match(r"-[A-Za-z]", text[end : end + 2]):
        return None
    if _WORD_NOT_AFTER.search(text, max(0, start - 10), start):
        return None
    tail = text[end : end + 30]
    if (u := _MAGNITUDE.match(tail)) and u.group("w"):
        d.value *= _MAGNITUDES[u.group("w")]
        d.end += u.end()
        tail = text[d.end : d.end + 30]
    if (p := _PAREN_SAME.match(tail)) and float(p.group("num")) == d.value:
        d.end += p.end()
        tail = text[d.end : d.end + 30]
    if u := _PERCENT.match(tail):
        d.unit, d.end = "percent", d.end + u.end()
    elif u := _TIME_UNIT.match(tail):
        unit = u.group("u").lower()
        d.unit = "days" if unit.startswith("day") else "weeks" if unit.startswith("w") else "hours"
        d.end += u.end()
    elif not _noun_after(text, d.end):
        return None  # "one of", "five from Mubende": too often not a quantity of anything
    return _finish(text, d)


def _left_ok(text: str, start: int) -> bool:
    if start == 0:
        return True
    c = text[start - 1]
    if c.isalnum() or c in "#№_/\\":
        return False
    return not (c in "-.," and start >= 2 and text[start - 2].isalnum())


def _right_attached(text: str, end: int) -> bool:
    c = text[end : end + 1]
    return bool(c) and (c.isalnum() or c == "°" or (c in "-.:/" and text[end + 1 : end + 2].isalnum()))


def _finish(text: str, d: _Draft) -> _Draft:
    """Qualifier, previous-value and change words around the number."""
    before = text[max(0, d.start - 30) : d.start]
    if q := _QUALIFIER.search(before):
        key = (q.group("w") or q.group("s")).lower()
        d.qualifier = _QUALIFIER_KIND.get(" ".join(key.split()), "approximate")
        d.start -= len(before) - q.start()
        before = text[max(0, d.start - 30) : d.start]
    after = text[d.end : d.end + 40]
    if d.qualifier is None and (p := _POST_QUALIFIER.match(after)):
        w = (p.group("w") or "").lower()
        d.qualifier = "up to" if w in ("fewer", "less", "below") else "at least"
        d.end += p.end()
        after = text[d.end : d.end + 40]
    # cheap substring tests first: these end-anchored searches are the costliest per figure
    b = before.lower()
    if (
        _PREVIOUS_AFTER.match(after)
        or (any(k in b for k in _PREVIOUS_KEYS) and _PREVIOUS_BEFORE.search(before))
        or ("from" in b and _FROM_BEFORE.search(before) and _TO_AFTER.match(after))
    ):
        d.relation = "previous"
    elif (any(k in b for k in _CHANGE_KEYS) and (c := _CHANGE_BEFORE.search(before))) or (
        c := _CHANGE_AFTER.match(after)
    ):
        d.change = "increase" if c.group("inc") else "decrease"
    return d


# --- subjects -------------------------------------------------------------------------------


def _subject(text: str, d: _Draft, lo: int, hi: int, blocked: list[tuple[int, int]]) -> str:
    """The noun phrase the figure quantifies, or "" when the text does not say."""
    left = _blank_out(text, lo, d.start, blocked)
    left = _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), left)
    right = text[d.end : hi]
    cut = _CLAUSE_BOUNDARY.search(right)
    left_clause = _after_last_boundary(left)
    if _SICKNESS.search(left_clause) or _SICKNESS.search(right[: cut.start()] if cut else right):
        return "staff off sick"
    forward = _noun_after(text, d.end, d.unit)
    if d.unit == "count":
        return forward or _noun_before(left_clause)
    if d.unit != "count" and _COORDINATED.match(text, d.end):
        return ""  # "a 55% and 19% increase in cases": the next figure names the subject of both
    if d.unit in ("percent", "money") and forward and forward.split()[-1] not in _GENERIC_HEADS:
        return forward
    return _noun_before(left_clause) or ("" if forward in _GENERIC_HEADS else forward)


def _blank_out(text: str, lo: int, hi: int, blocked: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with dates, windows and identifiers blanked, so they never become subjects."""
    part = text[lo:hi]
    for bs, be in blocked:
        if bs < hi and be > lo:
            s, e = max(bs, lo) - lo, min(be, hi) - lo
            part = part[:s] + " " * (e - s) + part[e:]
    return part


def _noun_after(text: str, pos: int, unit: str = "count") -> str:
    """The noun phrase right after a figure: "14 agency social workers" → "agency social workers"."""
    if p := _DIGIT_PAREN.match(text, pos):
        pos = p.end()
    if unit != "count" and (m := _LEAD_AFTER[unit].match(text, pos)):
        pos = m.end()
    elif unit not in ("count", "money", "percent", "ratio"):
        return ""
    words = _scan_words(text, pos, 5)
    if not words:
        return ""
    pos = words[-1][1]
    phrase = _trim([w for w, _ in words])
    if not phrase:
        return ""
    if len(phrase) == len(words):
        if post := _POSTMODIFIER.match(text, pos):
            phrase.extend(post.group(0).lower().split())
        elif link := _OF_FROM.match(text, pos):
            more = _trim([w for w, _ in _scan_words(text, link.end(), 2) if w.islower()])
            if more:
                phrase.extend([link.group(1).lower(), *more])
    return " ".join(phrase)


def _scan_words(text: str, pos: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` plain words from ``pos``, stopping at a function word, a verb or a participle."""
    words: list[tuple[str, int]] = []
    while len(words) < limit:
        m = _WORD.match(text, pos)
        if not m:
            break
        w = m.group(1)
        low = w.lower()
        if low in _STOP or not any(c.isalpha() for c in w):
            break
        # a participle after a noun starts a verb phrase: "workers covering vacancies"
        if words and _is_participle_or_adverb(low) and not _is_modifier(words[-1][0].lower()):
            break
        words.append((w if w.islower() else low, m.end()))
        pos = m.end()
    return words


def _is_modifier(w: str) -> bool:
    return w in _LEAD_DROP or _is_participle_or_adverb(w)


def _last(pattern: re.Pattern[str], s: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(s):  # noqa: B007 -- only the last match is wanted
        pass
    return found


def _after_last_boundary(left: str) -> str:
    last = _last(_CLAUSE_BOUNDARY, left)
    return left[last.end() :] if last else left


def _noun_before(clause: str) -> str:
    """The noun phrase nearest before a figure in its clause ("follow-up rate … was 87%")."""
    words = re.findall(r"[a-z][a-z'’\-]*", clause.lower())
    while words:
        if words[-1] in _LINK_WORDS:
            words.pop()
        elif len(words) >= 2 and words[-2:] in (["total", "of"], ["amounting", "to"]):
            words = words[:-2]
        else:
            break
    phrase = _LEADING.sub("", " ".join(words))
    verb = _last(_AUXILIARY, phrase)
    if verb and verb.group(0) in _MODALS:
        phrase = phrase[: verb.start()]  # "the backlog should clear in": the subject comes first
    elif verb and verb.end() < len(phrase):
        # "beneficiaries have received SAP assistance amounting to": the object is nearer
        after = phrase[verb.end() :].split()
        while after and _is_participle_or_adverb(after[0]):
            after = after[1:]
        phrase = _LEADING.sub("", " ".join(after))
    elif verb:
        phrase = phrase[: verb.start()]
    if m := _PREPOSITION.search(phrase):
        phrase = phrase[: m.start()]
    last = _last(_DETERMINER, phrase)
    if last:
        phrase = phrase[last.end() :]
    words = phrase.split()
    while len(words) > 1 and words[0].endswith("ing") and words[0] not in _KEEP_ED_ING:
        words = words[1:]  # "bringing cumulative recoveries to 45"
    words = _trim(words)[-4:]
    return "" if len(words) == 1 and words[0] in _GENERIC_HEADS else " ".join(words)


def _is_participle_or_adverb(w: str) -> bool:
    if w in _IRREGULAR:
        return True
    if w in _KEEP_ED_ING or w in _KEEP_LY:
        return False
    return len(w) > 4 and w.endswith(("ed", "ing", "ly"))


def _trim(words: list[str]) -> list[str]:
    for i in range(len(words) - 1, -1, -1):
        if words[i].endswith(("'s", "’s")):  # "Region VII's payout rate": the possessor is not the subject
            words = words[i + 1 :]
            break
    while words and (words[0] in _LEAD_DROP or (words[0].endswith("ly") and words[0] not in _KEEP_LY)):
        words = words[1:]
    while words and (_is_participle_or_adverb(words[-1]) or words[-1] in ("up", "out", "down", "off")):
        if len(words) == 1 and words[0].endswith("ing"):
            break  # "42 days of responding": a gerund is the subject
        words = words[:-1]
    return [w.strip("'’-") for w in words if w.strip("'’-")]


def _sentence_start(ends: list[int], pos: int) -> int:
    i = bisect.bisect_right(ends, pos)
    return ends[i - 1] if i else 0


def _inherit_subjects(text: str, drafts: list[_Draft], ends: list[int]) -> None:
    """Empty subjects, and previous values, take the subject of a neighbour in the same sentence.

    A clause opening "of which" / "of these" may also borrow from the sentence before.
    """
    sentence = [bisect.bisect_right(ends, d.start) for d in drafts]
    inherited: set[int] = set()
    for i, d in [*enumerate(drafts), *enumerate(drafts)]:  # twice: a neighbour may fill in on the first pass
        if i in inherited or (d.subject and d.relation != "previous"):
            continue
        if i + 1 < len(drafts) and not d.subject and _COORDINATED.match(text, d.end):
            nxt = drafts[i + 1]
            if nxt.subject:
                d.subject, d.change = nxt.subject, d.change or nxt.change
                inherited.add(i)
            continue
        order = list(range(i - 1, -1, -1))
        if d.relation == "previous":
            order = [j for j in order if drafts[j].unit == d.unit] + [
                j for j in range(i + 1, len(drafts)) if drafts[j].unit == d.unit
            ]
        allowed = {sentence[i]}
        if _OF_WHICH.match(text, _sentence_start(ends, d.start)):
            allowed.add(sentence[i] - 1)
        for j in order:
            o = drafts[j]
            if sentence[j] in allowed and o.subject and o.relation != "previous":
                d.subject = o.subject
                inherited.add(i)
                break


# --- as-of dates ----------------------------------------------------------------------------


def _attach_dates(
    text: str, drafts: list[_Draft], dates: list[re.Match[str]], ends: list[int], as_of: date | None
) -> None:
    """Give each figure the date stated next to it ("As of 18 September, …"), else ``as_of``.

    "as of"/"as at" dates hold for their whole sentence; "on"/"by" dates only for figures in the
    same clause, or for the whole sentence when they open it ("On 7 June 2020, …").
    """
    cued: list[tuple[int, int, int, bool, date]] = []
    for m in dates:
        cue = _AS_OF_CUE.search(text[max(0, m.start() - 16) : m.start()])
        if not cue:
            continue
        stated = _resolve(m, as_of)
        if stated is None:
            continue
        sent_start = _sentence_start(ends, m.start())
        fronted = not text[sent_start : m.start() - len(cue.group(0))].strip(" \t\n-•(")
        wide = bool(cue.group("strong")) or fronted
        cued.append((m.start(), m.end(), bisect.bisect_right(ends, m.start()), wide, stated))
    for d in drafts:
        d.as_of = as_of
        sentence = bisect.bisect_right(ends, d.start)
        best = None
        for start, end, sent, wide, when in cued:
            if sent != sentence:
                continue
            between = text[end : d.start] if end <= d.start else text[d.end : start]
            if not wide and re.search(r"[,;:()]", between):
                continue
            dist = abs(start - d.start)
            if best is None or dist < best[0]:
                best = (dist, when)
        if best:
            d.as_of = best[1]


def _resolve(m: re.Match[str], as_of: date | None) -> date | None:
    """The date a match states, its year taken from ``as_of`` when it gives none."""
    g = m.groupdict()
    try:
        if g["d1"] or g["d2"]:
            day = int(g["d1"] or g["d2"])
            month = _MONTHS[(g["m1"] or g["m2"])[:3].lower()]
            year_s = g["y1"] or g["y2"]
        elif g["y3"]:
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        elif g["d4"]:
            y = int(g["y4"])
            return date(y + 2000 if y < 100 else y, int(g["m4"]), int(g["d4"]))
        else:
            return None
        if year_s:
            return date(int(year_s), month, day)
        if as_of is None:
            return None
        stated = date(as_of.year, month, day)
        # "As of 30 December" in a report dated 2 January means last year
        return stated if (stated - as_of).days <= 31 else date(as_of.year - 1, month, day)
    except ValueError:
        return None
