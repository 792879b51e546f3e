"""Report metadata: the title, report date and report number, from the text or the file name."""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DMY = rf"(\d{{1,2}})\s?(?:st|nd|rd|th)?[\s-]+({_MONTHS})\.?,?[\s-]+(\d{{4}}|\d{{2}})\b"
_MDY = rf"({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_NUMERIC = r"(\d{1,2})/(\d{1,2})/(\d{4})"
_DATE = re.compile(rf"{_DMY}|{_MDY}|{_ISO}|{_NUMERIC}", re.I)
_AS_OF = re.compile(
    r"\b(?:as\s+(?:of|at)|data\s+as\s+reported\s+by|reporting\s+period|dated?|week\s+ending)\b[:\s]*", re.I
)
_NUMBER = re.compile(
    r"(?:situation\s+report|sit\s*rep|report|update|bulletin|edition|issue)\s*"
    r"(?:[-–—:]\s*)?(?:no\.?|number|#|n[°º])?\s*(\d{1,5})\b",
    re.I,
)
_FILE_NUMBER = re.compile(r"(?:sitrep|report|no|issue|edition|update)[-_ ]?(\d{1,5})(?!\d)", re.I)
_TITLE_WORDS = re.compile(r"situation\s+report|sitrep|sit\s+rep|update|bulletin|report\s*(?:#|no)", re.I)


def _month(name: str) -> int:
    return datetime.strptime(name[:3].title(), "%b").month


def _to_date(m: re.Match) -> date | None:
    g = m.groups()
    try:
        if g[0]:
            year = int(g[2]) + (2000 if len(g[2]) == 2 else 0)
            return date(year, _month(g[1]), int(g[0]))
        if g[3]:
            return date(int(g[5]), _month(g[3]), int(g[4]))
        if g[6]:
            return date(int(g[6]), int(g[7]), int(g[8]))
        if g[9]:
            # dd/mm/yyyy: sitreps here are written in day-first countries
            return date(int(g[11]), int(g[10]), int(g[9]))
    except ValueError:
        return None
    return None


def find_date(text: str, *, as_of_only: bool = False) -> date | None:
    """The report date in a text: a date after "as of"/"as at" first, else (unless ``as_of_only``) the first."""
    first = None
    for m in _DATE.finditer(text):
        d = _to_date(m)
        if d is None:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _AS_OF.search(before):
            return d
        first = first or d
    return None if as_of_only else first


def find_number(text: str) -> int | None:
    """The report number: "Situation Report - 16", "Sitrep No. 35", "Report #153"."""
    for m in _NUMBER.finditer(text):
        n = int(m.group(1))
        if 1900 <= n <= 2100 and not re.search(r"#|no|n[°º]", m.group(0), re.I):
            continue  # "Update 2020" is a year
        return n
    return None


def date_from_filename(name: str) -> date | None:
    m = re.search(_ISO, name)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = re.search(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)", name)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


def number_from_filename(name: str) -> int | None:
    m = _FILE_NUMBER.search(name)
    return int(m.group(1)) if m else None


def looks_like_title(text: str) -> bool:
    """A first line such as "Children's Services Sitrep No. 4 – 20 April 2020"."""
    return len(text) <= 160 and bool(_TITLE_WORDS.search(text))


def is_date_line(text: str) -> bool:
    """A masthead line that only states the date ("as of 06 June 2020, 6AM")."""
    rest = _DATE.sub(" ", text)
    rest = re.sub(
        r"\b(?:as\s+(?:of|at)|data|updated?|published|reported|by|on|dated?)\b"
        r"|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|[\W\d_]+",
        " ",
        rest,
        flags=re.I,
    )
    return bool(_DATE.search(text)) and len(rest.split()) <= 1
