"""Spans that hold digits but are never figures (dates, times, identifiers, windows), and as-of dates."""

from __future__ import annotations

import bisect
import re
from datetime import date

from sitroom.analyse.figures._lex import _WORDS_RE, _Draft, _sentence_start, _words
from sitroom.text.months import month_number

# Month names are matched case-sensitively (Title or UPPER) so that "12 may be" is no date.
_MONTH = (
    r"(?:Jan(?:uary)?|JAN(?:UARY)?|Feb(?:ruary)?|FEB(?:RUARY)?|Mar(?:ch)?|MAR(?:CH)?|Apr(?:il)?|APR(?:IL)?"
    r"|May|MAY|June?|JUNE?|July?|JULY?|Aug(?:ust)?|AUG(?:UST)?|Sept?(?:ember)?|SEPT?(?:EMBER)?"
    r"|Oct(?:ober)?|OCT(?:OBER)?|Nov(?:ember)?|NOV(?:EMBER)?|Dec(?:ember)?|DEC(?:EMBER)?)(?![A-Za-z])\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"(?<![\w.,/])(?:"
    # "2 to 8 February", "2-8 Feb": the first day of a date range is part of the date
    rf"(?:\d{{1,2}}{_ORD}\s?(?:-|–|—|to|until|and)\s?)?(?P<d1>\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+(?P<m1>{_MONTH})(?:,?[\s-]+(?P<y1>(?:19|20)\d\d)(?!\d))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD}(?:\s?[-–—]\s?\d{{1,2}}{_ORD})?(?![\d,.]\d)(?:,?\s+(?P<y2>(?:19|20)\d\d)(?!\d))?"
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
_CLUSTER_ANY_CASE = re.compile(rf"\d[\d\s,.:/'’+()\u066b\u066c\uff0c-]*|\b(?P<w>{_WORDS_RE})\b", re.I)
_CLUSTER = re.compile(rf"\d[\d\s,.:/'’+()\u066b\u066c\uff0c-]*|\b(?P<w>{_WORDS_RE})\b")  # on lower-cased text
_LOOKBACK, _LOOKAHEAD = 32, 14


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
            month = month_number((g["m1"] or g["m2"])[:3])
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
