"""The lines a masthead sets under a report's title, other than its date: a wiki's page fields ("Owner: … ·
Updated: …"), a subtitle, a byline ("Prepared by …"), the issue line ("Issue 4 · Week 12") and whatever else
dates, addresses or files the report rather than reports."""

from __future__ import annotations

import re
import unicodedata

from sitroom.parse.addressing import is_circulation_line, is_legal_basis, is_reference_line, is_regarding_line
from sitroom.parse.furniture import (
    LINE_PARTS,
    is_currency_line,
    is_language_note,
    is_meeting_line,
    is_report_note,
)
from sitroom.parse.metadata import DATE_PATTERN, find_date, find_number, is_date_line
from sitroom.parse.selfnotice import is_schedule_notice
from sitroom.text.clock import is_clock_time
from sitroom.text.signoffs import SIGNATURE, SIGNED_BY

# A page's own fields, as a wiki or tracker prints them under the title: "Owner: @j.patel · Updated:
# 6 April 2020 · Labels: sitrep".
_FIELD = re.compile(r"^([^:]{1,30}):\s*\S")
# How many have answered, read or reacted to a thread or page: "4 comments", "3 replies", "120 views".
_THREAD_COUNT = re.compile(r"^\d+\s+(?:comments?|replies|reply|views?|reactions?|likes?|answers?)$", re.I)
_PAGE_FIELD_LABELS = re.compile(
    r"^(?:owner|author|authors|editor|maintainer|assignees?|reporter|updated|last updated|created|modified|"
    r"reviewed|last reviewed|published|status|state|version|labels?|tags?|category|due|priority)$",
    re.I,
)


_FIELD_SENTENCE = re.compile(r"(?<=\.)\s+(?=[^\W\d_][^:.]{0,30}:\s)")
_FIELD_SENTENCES = 3
# a record's assessment: questions of a few words answered in a few words each
_ASSESSMENT_PART = re.compile(r"(?<=\.)\s+(?=[^\W\d_][^:.]{0,45}:\s)")
_ANSWER = re.compile(r"^([^:]{1,45}):\s*(\S.*?)\.?$")
_ASSESSMENT_WORDS = 6
# where the next field of a row of them begins: a capitalised label of a word or three and its colon
_NEXT_LABEL = re.compile(r"(?<=\S)[;,]?\s+(?=[A-Z][\w/-]*(?:\s[\w/-]+){0,2}:\s)")


def _assessment(text: str) -> bool:
    """A record's assessment in short answers, no figure among them: "Förmåga att hantera händelsen: Ja, med stöd.
    Påverkan på samhällsviktig verksamhet: Betydande. Berörda områden: Östra Berget, Mohed"."""
    parts = [_ANSWER.match(p) for p in _ASSESSMENT_PART.split(text.strip())]
    return len(parts) >= _FIELD_SENTENCES and all(
        m is not None and len(m.group(2).split()) <= _ASSESSMENT_WORDS and not re.search(r"\d", m.group(2))
        for m in parts
    )


def is_page_fields(text: str) -> bool:
    """A line of two or more "Label: value" fields parted by "·" or "|", one a date or a page's own
    field (owner, updated, status, labels), or a line of one such field of the page's own ("Status: Live"):
    the page's masthead, not one of its items."""
    if _assessment(text):
        return True
    fields = LINE_PARTS.split(text.strip())
    if len(fields) == 1 and len(sentences := _FIELD_SENTENCE.split(text.strip())) >= _FIELD_SENTENCES:
        fields = sentences  # "Status: 15 December, 08:00. Prepared by: M. Orazow. Task: #4460": fields as sentences
    labelled = _NEXT_LABEL.split(text.strip()) if len(fields) == 1 else []
    if len(labelled) >= _FIELD_SENTENCES or (len(labelled) == 2 and DATE_PATTERN.search(labelled[1])):
        # a report's parameters printed in a row: "Report date: 12/01/2026 Period: last 24 hours; Directorate: All",
        # "Cuenca: Jalón  Fecha de emisión: 10/03/2026 08:00"
        fields = [f.rstrip(";, ") for f in labelled]
    if len(fields) >= 2 and any(_THREAD_COUNT.match(f.strip("*_ ")) for f in fields):
        return True  # "Open · @rkhan opened this issue on 5 Mar 2024 · 4 comments": the thread's own line
    if len(fields) >= 3 and any(DATE_PATTERN.search(f) for f in fields) and all(_record_part(f) for f in fields):
        return True  # "Form: Situation Report · Entry #107 · Created by M. Delgado on 07/13/2026 · Last modified …"
    matches = [_FIELD.match(f) for f in fields]
    if len(fields) == 1 and matches[0]:  # one field to a line, as a notes app lists a page's properties
        return _PAGE_FIELD_LABELS.match(matches[0].group(1).strip()) is not None
    if len(fields) < 2 or not all(matches):
        return False
    return any(DATE_PATTERN.search(f) for f in fields) or any(
        _PAGE_FIELD_LABELS.match(m.group(1).strip()) for m in matches if m
    )


# what a system stamps on a record it prints: its number, who made it and when, when it last changed
_RECORD_STAMP = re.compile(
    r"^(?:(?:entry|record|ticket|submission|response|item|id)\s*(?:#|no\.?|nr\.?)?\s*\d+"
    r"|(?:created|submitted|entered|logged|opened)\s+by\s+.{1,60}|(?:last\s+)?(?:modified|updated|edited)\b.{0,40})$",
    re.I,
)


def _record_part(part: str) -> bool:
    part = part.strip()
    return bool(_FIELD.match(part) or _RECORD_STAMP.match(part))


# A subtitle is the organisation and the date set under the title: "Northfield Council · 6 April 2020".
_SUBTITLE_SEP = re.compile(r"\s+[·|•–—-]\s+|,\s+")
_LETTERS = re.compile(r"^[^\W\d_][\w'’&.-]*$")  # a word of letters in any script, as a name's are
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w'’&.-]*|of|and|for|the|on|&|de|du|la|le|des|del|y|et)$")
SUBTITLE_WORDS = 12
NAME_WORDS = 7


def is_subtitle_line(text: str) -> bool:
    """A short line of the organisation's name (or who prepared it) and the date, parted by "·", "|", "–"
    or commas."""
    text = text.strip().rstrip(".")
    parts = [p for p in _SUBTITLE_SEP.split(text) if p.strip()]
    if len(text.split()) > SUBTITLE_WORDS or len(parts) < 2:
        return False
    dates = [p for p in parts if is_date_line(p)]
    hours = [p for p in parts if p not in dates and is_clock_time(p)]  # "Община Мизия, 8 септември 2025 г., 08:00 ч."
    names = [p for p in parts if p not in dates and p not in hours and (_is_name(p) or is_byline(p))]
    return bool(dates) and len(dates) + len(hours) + len(names) == len(parts)


def _is_name(text: str) -> bool:
    """A proper name: its words capitalised, in any script that has capitals ("Община Мизия"), or in one that has
    none ("ონის მუნიციპალიტეტი")."""
    words = text.split()
    named = all(_NAME_WORD.match(w) or (_capital(w) and _LETTERS.match(w)) for w in words)
    return 0 < len(words) <= NAME_WORDS and named and _capital(text)


def _capital(word: str) -> bool:
    """The word opens with a capital letter, or with a letter of a script written without capitals (Georgian's
    Mkhedruli letters count as small letters, its capitals being for titles)."""
    first = word[:1]
    if not first.isalpha():
        return False
    return first.isupper() or not first.islower() or unicodedata.name(first, "").startswith("GEORGIAN LETTER")


BYLINE_WORDS = 12


def is_byline(text: str) -> bool:
    """A short line saying who prepared or issued the report ("Prepared by the Recovery Cell", "Issued by:
    Control, 0700"): under the title, the masthead's byline."""
    text = re.sub(r"^[\W_]+", "", text.strip())  # after a pin or a bullet set before it ("📌 Prepared by …")
    # its first sentence says who, and from what; the next may name the sources ("Logged by … Sources: …")
    first = re.split(r"(?<=[.;])\s+", text, maxsplit=1)[0]
    short = len(first.split()) <= 2 * BYLINE_WORDS and len(text.split()) <= 3 * BYLINE_WORDS
    return short and any(p.match(text) is not None for p in (SIGNATURE, _COMMANDER, _REPORTER))


# Who reports, by the label Nordic and French reports set over the name: "Rapportör: Annika Mattsson, kanslichef";
# who wrote it: "Rédacteur : DGS", "Redactor: …", "Redattore: …", "Verfasser: …"
_REPORTER = re.compile(
    r"(?:rapport[öø]r|rapporteur|rapport[öø]rer|r[ée]dact(?:eur|rice)|redactor(?:a)?|redattore|redattrice"
    r"|verfasser(?:in)?|writer|author)\s?:",
    re.I,
)


# Who commands the response the report is from, under its title: "Gold commander: ACC Sunita Rao", "Incident
# commander – Station Manager Lee", "Strategic lead: Director of Public Health"; who leads the group issuing it
_COMMANDER = re.compile(
    r"^(?:gold|silver|bronze|strategic|tactical|operational|incident|duty)\s+(?:commander|lead|manager|officer)"
    r"\s*[:–—-]\s*\S"
    # ... or who leads the group that issues it: "Co-led by the Ministry, UNICEF and Save the Children"
    r"|^(?:co-?)?(?:led|chaired|co-?chaired|coordinated|convened)\s+by\s+[^.!?]{1,100}$",
    re.I,
)


# The parts of an issue line: "Amber Alert – Update 1 | Monday 5 August 2024, 12:00"
_ISSUE_PARTS = re.compile(r"\s+[|·•–—]\s+")
ISSUE_PART_WORDS = 6


# the report's kind and number, alone on the line: "Update 4", "Briefing No. 1", "Issue #12"
_NUMBER_LINE = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*(?:no\.?|n[°º]\.?|nr\.?|#)?\s*\d{1,4}$", re.I)


def is_number_line(text: str) -> bool:
    """A line naming nothing but the report's issue, its kind and number ("Briefing 1"), as a title slide or a
    masthead sets it under the report's name."""
    return _NUMBER_LINE.match(text.strip()) is not None and find_number(text) is not None


def is_issue_line(text: str) -> bool:
    """A line of short parts set apart by bars, dots or dashes, one of them the date: the report's issue
    ("Amber Alert – Update 1 | Monday 5 August 2024, 12:00", "Update No. 1 | Issued 06:00, 9 December 2024 |
    Next update: 14:00"), not an item."""
    parts = [p for p in _ISSUE_PARTS.split(text.strip()) if p]
    if len(parts) < 2 or not any(
        is_date_line(p) or (_FIELD.match(p) and is_date_line(p.split(":", 1)[1])) for p in parts
    ):
        return False
    return all(len(p.split()) <= ISSUE_PART_WORDS and not p.endswith(".") for p in parts)


# A record's kind under its name: "Incident · Major Incident", "Case · Complaint" (the entity and the form a
# case system prints under a record's title); the middle dot or bullet parts names, never a sentence's words
_KIND_PARTS = re.compile(r"\s+[·•]\s+")
KIND_PART_WORDS = 4


def is_kind_line(text: str) -> bool:
    """A line of two or three short names parted by a middle dot: the kind of record under its title, or who sends
    it ("Kreppubólkurin · Klaksvíkar kommuna", "Cellule de crise · Mairie de Lannion")."""
    parts = _KIND_PARTS.split(text.strip())
    return 2 <= len(parts) <= 3 and all(_named(p) and len(p.split()) <= KIND_PART_WORDS for p in parts)


def _named(part: str) -> bool:
    """A name, or a body's name in words of a common noun after its capital ("Cellule de crise", "Klaksvíkar
    kommuna"): letters only, the first word capitalised."""
    words = part.split()
    return _is_name(part) or (_capital(part) and all(w.replace("-", "").isalpha() for w in words))


# A field giving the date, whatever calendar it counts in: "Date: …", "मिति: २०८२ साउन १४" (Nepali, in the Bikram
# Sambat calendar), "दिनांक: …" (Hindi, Marathi), "Tarehe: …" (Swahili), "Tanggal: …" (Indonesian), "日期：…"
_DATE_FIELD = re.compile(r"^(?:date|dated|मिति|दिनांक|तारीख|tarehe|tanggal|petsa|日期|日付|날짜)\s*[:：]\s*\S*\d", re.I)
DATE_FIELD_WORDS = 12


# ... or under any short label, when the value is only the date and hour: "Fecha y hora: 13/10/2026 20:00"
_LABELLED = re.compile(r"^[\W_]*(?P<label>[^\W\d_][^:\d]{0,30}?)[*_]*\s*:\s*[*_]*\s*(?P<value>\S.{0,40})$")
DATED_VALUE_WORDS = 6


def is_date_field(text: str) -> bool:
    """A short line giving the date as a labelled field, its figures in any script, or the date and hour alone
    under any short label."""
    if len(text.split()) <= DATE_FIELD_WORDS and _DATE_FIELD.match(text.strip()) is not None:
        return True
    m = _LABELLED.match(text.strip())
    if m is None or len(m.group("label").split()) > 4 or len(m.group("value").split()) > DATED_VALUE_WORDS:
        return False
    value = m.group("value")
    return bool(DATE_PATTERN.search(value)) and not re.search(r"[^\W\d_]{4,}", DATE_PATTERN.sub("", value))


# The period a report covers, under its date: "Reporting period: the 24 hours to 08:00", "Period covered: 1–7 May"
_PERIOD = re.compile(
    r"^(?:reporting\s+period|period(?:\s+covered)?|covering|coverage"
    # "Periode laporan:" (Indonesian, Malay), "Période :", "Periodo del informe:", "Berichtszeitraum:"
    r"|p[ée]riode(?:\s+(?:laporan|du\s+rapport))?|per[íi]odo(?:\s+(?:del\s+informe|do\s+relat[óo]rio))?"
    r"|(?:berichts)?zeitraum|verslagperiode|rapportageperiode)\s*:\s*\S",
    re.I,
)
PERIOD_WORDS = 14


# ... or said in a phrase: "For the period from 08:00 on 26 January to 08:00 on 27 January", "Pour la période du …",
# "Periodo del … al …", "Zeitraum vom …", "за периодот од … до …", "за период с … по …", "u periodu od …",
# "Rapporten gjelder perioden fra …"
_PERIOD_SPAN = re.compile(
    r"^(?:for|covering)\s+the\s+(?:period|24\s+hours|week)\s+(?:from|of|to|ending)\b"
    r"|^(?:pour|sur)\s+la\s+p[ée]riode\s+du\b|^(?:para\s+el\s+|en\s+el\s+)?per[íi]odo\s+(?:del?|comprendido)\b"
    r"|^(?:im\s+)?zeitraum\s+(?:vom|von)\b|^за\s+период(?:от|а)?\s+(?:од|от|с)\b|^(?:u|za)\s+periodu?\s+od\b"
    # "Rapporten gjelder perioden fra …" (Norwegian, Danish, Swedish: the report covers the period from)
    r"|^rapporten\s+(?:gjelder|g[æa]lder|g[äa]ller|omfatter|omfattar|dekker)\s+(?:perioden|tidsrommet|tiden)\b",
    re.I,
)
PERIOD_SPAN_WORDS = 24


def is_period_line(text: str) -> bool:
    """A line naming the period the report covers."""
    text = text.strip()
    if _PERIOD_SPAN.match(text):
        return len(text.split()) <= PERIOD_SPAN_WORDS and any(c.isdigit() for c in text)
    return len(text.split()) <= PERIOD_WORDS and _PERIOD.match(text) is not None


# A wiki page's lines under its title: the link back to the page it belongs to ("< Exam season 2026") and the site's
# tagline ("From Exams Ops Wiki"), one line or run together
_WIKI_TRAIL = re.compile(
    r"^(?:<\s+[^<>]{1,80}?(?:\s+from\s+[^<>]{1,60})?|from\s+[^<>]{0,50}\bwiki\w*(?:,\s+[^<>]{1,40})?)$", re.I
)
WIKI_TRAIL_WORDS = 16


def is_wiki_trail(text: str) -> bool:
    """The back link and the site's tagline a wiki prints under a page's title: no part of the report."""
    text = text.strip()
    return len(text.split()) <= WIKI_TRAIL_WORDS and _WIKI_TRAIL.match(text) is not None


# The byline closing a masthead's lines run together: "… Prepared by Orla Fitzsimons, Head of Animal Care"
_BYLINE_TAIL = re.compile(r"\s" + SIGNED_BY + r"\b", re.I)
RUN_WORDS = 14


def is_masthead_run(text: str) -> bool:
    """The masthead's lines read as one: the sender, the date line and the byline ("Dublin City Zoo Day 5 · Monday
    23 November 2026 Prepared by Orla Fitzsimons, Head of Animal Care"), where a PDF's short lines were joined:
    it ends with the byline, and what stands before it is a few words dating the report, no sentence."""
    m = _BYLINE_TAIL.search(text)
    if m is None or not is_byline(text[m.start() :]):
        return False
    head = text[: m.start()].strip()
    return len(head.split()) <= RUN_WORDS and DATE_PATTERN.search(head) is not None and not head.endswith(".")


# words of each part of a post's line, at most: the channel, the byline, how long ago, the flair
POST_PART_WORDS = 5


# How often a post was read, as its line of particulars counts it: "Dibaca 316 Kali", "Read 1,204 times", "952 views",
# "조회 1,204"
_READ_COUNT = re.compile(
    r"(?:\b(?:dibaca|dilihat|read|viewed|views?|visto|lu|gelesen|letto|lido|прочитано|просмотров|vaadatud|lesi[ðd]"
    r"|sko[ðd]a[ðd])|조회(?:수)?|閲覧数?|阅读)"
    r"\s*:?\s*\d[\d.,]*"
    r"(?:\s*(?:kali|times|veces|fois|mal|volte|vezes|раз|korda|sinnum))?\b"
    r"|\b\d[\d.,]*\s*(?:views|vues|visualizaciones|visualizzazioni|visualizações|aufrufe|просмотров|kali dibaca)\b",
    re.I,
)
POST_LINE_WORDS = 14
# a day in figures, as a post's line gives it: "2026.08.12", "12/08/2026"
_DAY_IN_FIGURES = re.compile(r"\b(?:\d{4}[./-]\s?\d{1,2}[./-]\s?\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b")


def _dated(text: str) -> bool:
    return find_date(text) is not None or _DAY_IN_FIGURES.search(text) is not None


def is_post_line(text: str) -> bool:
    """A post's line of parts set apart by dots, one of them its byline ("r/asheville · Posted by u/CountyGov · 11h ·
    Flair: Storm Recovery"): where and by whom it was posted, no sentence; or its date and how often it was read,
    with its author and category ("13 Januari 2026 Administrator Dibaca 316 Kali Berita Desa")."""
    t = text.strip()
    if len(t.split()) <= POST_LINE_WORDS and not t.endswith(".") and _READ_COUNT.search(t) and _dated(t):
        return True
    parts = [p.strip() for p in LINE_PARTS.split(t) if p.strip()]
    return (
        len(parts) >= 2
        and any(is_byline(p) for p in parts)
        and all(len(p.split()) <= POST_PART_WORDS and not p.endswith(".") for p in parts)
    )


def is_under_title(text: str) -> bool:
    """A line a reader takes for part of the masthead when it sits between the title and the first
    heading: the date line, the page's fields, the record's kind, a subtitle, a circulation line, the byline,
    the line dating the report ("This report is current as at …"), the meeting's particulars or a note on
    another language version."""
    return (
        is_date_line(text)
        or is_date_field(text)
        or is_clock_time(text)
        or is_issue_line(text)
        or is_number_line(text)
        or is_kind_line(text)
        or is_byline(text)
        or is_masthead_run(text)
        or is_post_line(text)
        or is_page_fields(text)
        or is_subtitle_line(text)
        or is_period_line(text)
        or is_wiki_trail(text)
        or is_circulation_line(text)
        or is_currency_line(text)
        or is_schedule_notice(text)
        or is_meeting_line(text)
        or is_language_note(text)
        or is_report_note(text)
        or is_regarding_line(text)
        or is_labelled_date(text)
        or is_reference_line(text)
        or is_legal_basis(text)
    )


# The place a labelled date line may name after it: a few words, no figure ("Municipio de Cobán, Alta Verapaz.")
_PLACE_AFTER = re.compile(r"^[^\W\d_][^\d:;]{0,60}\.?$")
_STOP_BEFORE_WORD = re.compile(r"(?<=\w\.)\s+(?=[^\W\d_])")


def is_labelled_date(text: str) -> bool:
    """A label of its writer's own over the date and hour the report stands at ("Fecha y hora de corte: 15 de junio
    de 2026, 18:00 horas.", "Cut-off: 3 May 2026, 08:00"), the place after it at most: whatever the label's words,
    a line whose value is the date dates the report."""
    m = _FIELD.match(text.strip())
    if m is None or any(c.isdigit() for c in m.group(1)):
        return False
    value, *place = _STOP_BEFORE_WORD.split(text.strip()[m.end(1) + 1 :].strip(), maxsplit=1)
    return is_date_line(value) and all(_PLACE_AFTER.match(p) and len(p.split()) <= 6 for p in place)
