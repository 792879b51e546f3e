"""Which series a report continues, judged from its content: title, template fingerprint, numbering, dates.

A publication keeps its identity when its title changes ("Novel Coronavirus (2019-nCoV) Situation Report –
22" → "Coronavirus disease 2019 (COVID-19) Situation Report – 23"), when an issue is an erratum, or when
its layout changes: no single signal decides. The title is compared without numbers, dates, datelines and
edition words; the template by the headings and short boilerplate lines it repeats; the numbering by
whether the report's number and date fit the series' run.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from sitroom import model
from sitroom.parse.metadata import DATE_PATTERN, DATELINE, find_date, find_number
from sitroom.parse.yearless import day_and_month
from sitroom.text.months import MONTH_NAMES, MONTH_OF

# Words that mark an issue of a publication rather than the publication; "update" only as a trailing marker
# ("Situation Report 12 – Update"), since many publications are called updates.
_EDITION = re.compile(
    r"\b(?:erratum|errata|corrigendum|corrigenda|corrected|correction|revised|revision|amended|draft)\b"
    r"|[-–—(:]\s*(?:update[ds]?|actualizaci[oó]n|actualiza[cç][aã]o|mise\s+[aà]\s+jour)\)?\s*$",
    re.I,
)
_NUMBERING = re.compile(
    r"(?:\b(?:no|n[°ºo]|num|number|nr|#)\.?\s*\d+|#\s*\d+|\b(?:epi\s+)?week\s*\d+|\bsemana\s*\d+)", re.I
)
_MONTHS = re.compile(rf"\b(?:{MONTH_NAMES})\b\.?", re.I)
_DATELINE_TAIL = re.compile(rf"(?:{DATELINE}).*$", re.I | re.S)
_NOT_WORD = re.compile(r"[^a-z]+")
# Short lines are template furniture and recurring items; long paragraphs are news that changes.
MAX_LINE = 120
MAX_LINES = 600


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def clean_title(title: str | None) -> str:
    """The title as a publication's name: dateline, numbering, dates and edition words removed, as printed."""
    if not title:
        return ""
    text = DATE_PATTERN.sub(" ", _DATELINE_TAIL.sub(" ", title))
    # a time of day or a span of hours ("10am", "12-2pm", "22:00 hrs")
    text = re.sub(
        r"\b\d{1,2}(?:[:.h]\d\d)?\s*(?:[-–]\s*\d{1,2}(?:[:.h]\d\d)?\s*)?(?:[ap]\.?m\.?|hrs?)\b", " ", text, flags=re.I
    )
    text = re.sub(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])", " ", text)  # a day and month ("Meeting 9/18")
    text = _NUMBERING.sub(" ", text)
    text = _EDITION.sub(" ", text)
    text = _EDITION.sub(" ", text.rstrip(" -–—:"))
    text = _MONTHS.sub(" ", text)
    text = re.sub(r"(?<![\w-])\d+(?:st|nd|rd|th)?(?![\w-])", " ", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    text = re.sub(r"(?:\s+[.,;:/|]+)+(?=\s)", " ", text)  # separators left between removed parts
    text = " ".join(text.split())
    return re.sub(r"^[\s,;:/|–—-]+|[\s,;:/|–—.-]+$", "", text)


def title_key(title: str | None) -> str:
    """The title compared across issues: ``clean_title`` lower-cased, accents and every digit dropped."""
    return " ".join(_NOT_WORD.sub(" ", _ascii(clean_title(title))).split())[:300]


def identity_title(report: model.Report) -> str:
    """The report's title, or when none was found its first heading (many reports print their name as one)."""
    if report.title and title_key(report.title):
        return report.title
    for section in report.sections[:3]:
        # A heading names the publication when it reads as a title (it carries a number or a date, perhaps
        # without a year: "Meeting 9/18"); "Media coverage" or "Background" name a section.
        heading = section.heading
        dated = (find_date(heading) or day_and_month(heading, "md")) if heading else None
        if heading and title_key(heading) and (find_number(heading) is not None or dated):
            return heading
    return ""


def _line_key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", _ascii(text)).split())


_NAME = re.compile(r"(?<=[a-z,;:)]\s)[A-Z][a-z]{3,}\b|\b[A-Z][a-z]{3,}(?=\s+[A-Z][a-z]+)")
VOCABULARY = 40
WORD = "w:"


def vocabulary(report: model.Report) -> list[str]:
    """The names a report keeps mentioning (people, places, bodies): capitalised words inside sentences or in
    a run of capitalised words, most frequent first. Meeting minutes with a new title each time still name
    the same people. Month names are capitalised too, but date any publication, so they are left out."""
    counts: dict[str, int] = {}
    for item in report.items():
        for m in _NAME.finditer(item.text):
            word = m.group(0).lower()
            if _ascii(word) not in MONTH_OF:
                counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))[:VOCABULARY]
    return [WORD + hashlib.blake2b(w.encode(), digest_size=4).hexdigest() for w in ranked]


def fingerprint(report: model.Report) -> list[str]:
    """Short hashes of the report's headings, short lines and table captions with numbers blanked out, and
    of its ``vocabulary`` (marked ``w:``)."""
    return _template_lines(report) + _headings(report) + vocabulary(report)


HEADING = "h:"


def _headings(report: model.Report) -> list[str]:
    keys = {_line_key(s.heading) for s in report.sections if s.heading}
    return [HEADING + hashlib.blake2b(k.encode(), digest_size=4).hexdigest() for k in sorted(keys) if len(k) >= 4]


def _template_lines(report: model.Report) -> list[str]:
    # Headings are kept apart (``_headings``): many publications of one sector or house share them.
    texts: list[str] = []
    for section in report.sections:
        texts += [i.text for i in section.items if len(i.text) <= MAX_LINE]
    texts += [t.caption for t in report.tables if t.caption]
    seen: dict[str, None] = {}
    for text in texts:
        key = _line_key(text)
        if len(key) >= 4:
            seen.setdefault(hashlib.blake2b(key.encode(), digest_size=5).hexdigest())
        if len(seen) >= MAX_LINES:
            break
    return list(seen)


@dataclass(slots=True)
class Candidate:
    """What is known of an existing series, to compare a new report with."""

    series_id: int
    name: str
    title_keys: set[str] = field(default_factory=set)
    fingerprints: list[set[str]] = field(default_factory=list)  # of its latest reports
    numbered: list[tuple[int, date | None]] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)
    formats: set[str] = field(default_factory=set)
    organisation: str | None = None


@dataclass(slots=True)
class Features:
    """The identity signals of one new report."""

    title_key: str
    lines: set[str]
    number: int | None
    date: date | None
    format: str
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    candidate: Candidate
    score: float
    reasons: tuple[str, ...]
    lines: float = 0.0  # template lines in common besides headings, 0..1
    names: float = 0.0  # share of names mentioned by both (with the series' closest report), 0..1
    shared_names: int = 0  # the most names in common with one of the series' latest reports


def features(report: model.Report, organisation: str | None = None) -> Features:
    return Features(
        title_key(identity_title(report)),
        set(fingerprint(report)),
        report.number,
        report.date,
        report.format,
        organisation,
    )


# Words naming the kind of report, not the publication: two titles that share only these ("Parsing Engine
# Status Report", "Course Laptop Option Status Report") name two publications on one form.
_KIND_WORDS = frozenset(
    "status situation report reports sitrep sitreps update updates bulletin weekly daily monthly no the of".split()
)


def _tokens(key: str) -> set[str]:
    return {t for t in key.split() if len(t) > 1}


def title_similarity(key: str, keys: set[str]) -> float:
    """1 for a title the series has had, else the best share of words in common (Jaccard), none where the
    only words in common name the kind of report."""
    if not key or not keys:
        return 0.0
    if key in keys:
        return 1.0
    mine = _tokens(key)
    best = 0.0
    for other in keys:
        theirs = _tokens(other)
        if mine and theirs and (mine & theirs) - _KIND_WORDS:
            best = max(best, len(mine & theirs) / len(mine | theirs))
    return best


def _cosine(a: set[str], b: set[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def _split(lines: set[str]) -> tuple[set[str], set[str], set[str]]:
    """Template lines, headings and vocabulary of a fingerprint."""
    words = {x for x in lines if x.startswith(WORD)}
    headings = {x for x in lines if x.startswith(HEADING)}
    return lines - words - headings, headings, words


# A heading set this small matches by chance ("Background", "Summary").
MIN_HEADINGS = 3
# Lines shared with a series and with no other series: this many make a sure match.
DISTINCTIVE = 4


def template_similarity(
    lines: set[str], fingerprints: list[set[str]], spread: dict[str, int] | None = None
) -> tuple[float, float, float]:
    """How much of the template two reports share: lines (or headings) in common over the geometric mean of
    their sizes; for reports whose lines vary much (minutes), a share for the lines in common that no other
    series has (``spread``: in how many series each line is found); and the lines alone, headings apart."""
    mine, my_heads, _ = _split(lines)
    common, rare, only_lines = 0.0, 0.0, 0.0
    for other in fingerprints:
        theirs, their_heads, _ = _split(other)
        only_lines = max(only_lines, _cosine(mine, theirs))
        if len(my_heads) >= MIN_HEADINGS and len(their_heads) >= MIN_HEADINGS:
            common = max(common, _cosine(my_heads, their_heads))
        if spread is not None:
            shared = sum(1 / spread.get(x, 1) for x in mine & theirs)
            rare = max(rare, 0.6 * min(1.0, shared / DISTINCTIVE))
    return max(common, only_lines), rare, only_lines


def vocabulary_similarity(lines: set[str], fingerprints: list[set[str]]) -> tuple[float, int]:
    """How many of the names a report keeps mentioning a series' latest reports mention too: the best
    share (cosine) and the most names in common with one of them."""
    mine = _split(lines)[2]
    scored = [(_cosine(mine, theirs), len(mine & theirs)) for theirs in (_split(o)[2] for o in fingerprints)]
    return max((c for c, _ in scored), default=0.0), max((n for _, n in scored), default=0)


def cadence_days(dates: list[date]) -> float | None:
    """The median gap between a series' distinct report dates."""
    days = sorted(set(dates))
    gaps = sorted((b - a).days for a, b in itertools.pairwise(days))
    return float(gaps[len(gaps) // 2]) if gaps else None


def numbering_fit(number: int | None, on: date | None, c: Candidate) -> float:
    """1 when the number continues the series' run at a date that fits it, negative when it contradicts it."""
    if number is None or not c.numbered:
        return 0.0
    n0, d0 = min(c.numbered, key=lambda nd: abs(nd[0] - number))
    gap = number - n0
    if gap == 0:
        return 0.0  # the same number again: an erratum, or another publication's numbering
    cadence = cadence_days([d for _, d in c.numbered if d]) or cadence_days(c.dates)
    if on is None or d0 is None or cadence is None:
        return 0.5 if abs(gap) <= 3 else 0.0
    expected = (on - d0).days / cadence if cadence else 0
    tolerance = max(1.5, abs(gap) * 0.5)
    if abs(expected - gap) <= tolerance:
        return 1.0 if abs(gap) <= 10 else 0.5
    return -0.5


def _issue_taken(f: Features, c: Candidate) -> bool:
    if f.number is not None and any(n == f.number for n, _ in c.numbered):
        return True
    return f.date is not None and f.number is None and f.date in c.dates


def date_fit(on: date | None, c: Candidate) -> float:
    """Negative for a report years away from every report of the series."""
    if on is None or not c.dates:
        return 0.0
    nearest = min(abs((on - d).days) for d in c.dates)
    cadence = cadence_days(c.dates)
    if cadence is None:  # one report so far: its rhythm is unknown, only a year apart is far
        return -0.3 if nearest > 366 else 0.0
    return -0.3 if nearest > max(45, 6 * cadence) else 0.0


def score(f: Features, c: Candidate, spread: dict[str, int] | None = None) -> Match:
    """How likely the report continues the series, about 0 (unrelated) to 1.5 (same title and template)."""
    t = title_similarity(f.title_key, c.title_keys)
    common, rare, only_lines = template_similarity(f.lines, c.fingerprints, spread)
    if f.title_key and c.title_keys and t < 0.2:
        rare /= 2  # two titled publications on one template (two projects' status reports) are two series
    fp = max(common, rare)
    names, shared_names = vocabulary_similarity(f.lines, c.fingerprints)
    num = numbering_fit(f.number, f.date, c)
    # A number that contradicts the series' run at that date is strong evidence of another publication; one
    # that fits it counts only as far as title or template agree (unrelated runs of numbers can line up).
    numbering = 0.25 * num * min(1.0, 2 * max(t, fp)) if num > 0 else 0.6 * num
    far = date_fit(f.date, c)
    total = 0.45 * t + 0.6 * fp + 0.4 * names + numbering + far
    reasons = [f"title {t:.0%}", f"template {fp:.0%}", f"names {names:.0%}"]
    if f.title_key and c.title_keys and t < 0.2 and num <= 0 and far < 0:
        # Another title, months away, no number carrying on: only the template is shared, and one template
        # serves many publications (two projects' status reports on their programme's form).
        total -= 0.2
        reasons.append("another title, far from its reports in time")
    if num:
        reasons.append("numbering continues" if num > 0 else "numbering does not fit")
    if t < 1 and _issue_taken(f, c):
        # A series publishes one report per number and per day: under another title, this is a parallel
        # publication (another service's return on the same template), not a continuation.
        total -= 0.6
        reasons.append("its number or day is taken by a report of another title")
    if c.formats and f.format not in c.formats:
        total -= 0.15
        reasons.append(f"format {f.format} new to it")
    if f.organisation and c.organisation and f.organisation != c.organisation:
        total -= 1.0
        reasons.append("another organisation")
    return Match(c, total, tuple(reasons), only_lines, names, shared_names)


# A report joins a series at JOIN or above; between UNSURE and JOIN it joins (or starts) one with a
# suggestion for a person to confirm; below UNSURE it starts a new series.
JOIN = 0.5
UNSURE = 0.3


def best_match(f: Features, candidates: list[Candidate]) -> Match | None:
    """The likeliest series for the report, or None when there is none to compare with."""
    spread: dict[str, int] = {}
    for c in candidates:
        for line in set().union(*c.fingerprints):
            spread[line] = spread.get(line, 0) + 1
    matches = [score(f, c, spread) for c in candidates]
    return max(matches, key=lambda m: m.score, default=None)


# A new series whose best candidate scored RELATED or more gets a suggestion to merge with it.
RELATED = 0.2
# A report under a title its series never had continues it only on more than headings: this share of
# template lines besides headings (a renamed publication keeps its boilerplate), or this many names in
# common making this share of them (minutes titled by their topic still name the same people).
SAME_LINES = 0.5
SAME_NAMES = 5
NAMES_SHARE = 0.3


# Why a report that scored high enough still starts its own series (shown with the merge suggestion).
ANOTHER_PUBLICATION = "another title, with no boilerplate or names in common"


def joins(match: Match | None, f: Features) -> bool:
    """Whether the report joins ``match``'s series rather than starting its own.

    A report under a title of its own that the series never had starts its own series (with a suggestion
    to merge when it came close) unless its template lines or the names it mentions say it continues it:
    section headings alone do not, since many publications of one sector or one house share them, and
    neither does a run of numbers (parallel returns are numbered alike), and never when the series has its
    number or day under its own title already. Joining it would teach the series that title, every later
    report of the other publication would follow it in, and the series found would depend on which report
    happened to arrive first."""
    if match is None or match.score < UNSURE:
        return False
    if not (f.title_key and match.candidate.title_keys) or f.title_key in match.candidate.title_keys:
        return True
    if _issue_taken(f, match.candidate):
        # The series already has this number (or, unnumbered, this day) under its own title: two services
        # of two councils on one template, both issuing their no. 1 on the same day, are two publications.
        return False
    return match.lines >= SAME_LINES or (match.shared_names >= SAME_NAMES and match.names >= NAMES_SHARE)
