"""The opening of a report: which units before its first section name it, date it or say who sends it.

A title set as a heading or in bold, a sender's lines or an official letterhead over the report's name, the
date line, the subject and the particulars under it (the next report's time, a short field), and a form or
mail service's notice over what it passes on: none of them is a section or an item.
"""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.addressing import is_circulation_line, is_reference_line
from sitroom.parse.furniture import (
    LINE_PARTS,
    gives_contact,
    is_currency_line,
    is_language_note,
    is_meeting_line,
    is_report_note,
)
from sitroom.parse.issuers import is_issuing_body
from sitroom.parse.mastheadlines import is_byline, is_issue_line, is_number_line, is_page_fields, is_under_title
from sitroom.parse.message import is_header_field, is_service_notice
from sitroom.parse.metadata import find_date, find_number, is_date_line, looks_like_title
from sitroom.parse.openingnote import named_under_note
from sitroom.parse.particulars import field_lines
from sitroom.parse.selfnotice import is_schedule_notice
from sitroom.parse.subtitles import dates_or_addresses, is_particulars_row
from sitroom.parse.units import Unit
from sitroom.parse.vocabulary import classify_heading, fold
from sitroom.text.logbook import is_day_line
from sitroom.text.mailfields import is_memo_field
from sitroom.text.markings import is_marking
from sitroom.text.months import DAY_OF_MONTH
from sitroom.text.nextreport import is_next_report

MAX_TITLE_CHARS = 120
# a post in the dative, as a Russian or Ukrainian letter names whom it is addressed to
_TO_POST = re.compile(
    r"^(?:председателю|начальнику|главе|директору|руководителю|заместителю|губернатору|голові|керівнику"
    r"|заступнику)\b",
    re.I,
)
MAX_SENDER_WORDS = 8
MAX_LETTERHEAD_LINES = 9
# A registration number opening a letterhead's line: "Nr. 1.317 din 20.01.2025", "Ref. 2025/1237", "Broj: 3"
_REGISTRATION = re.compile(r"^(?:nr|no|n[°º]|ref|br|broj|sz[áa]m|[čc][íi]slo|№|αρ)\.?\s*:?\s*\S*\d", re.I)


def masthead_title(masthead: list[str]) -> list[str]:
    """The line of a masthead that names the report ("RECYCLING PLANT FIRE: SITUATION REPORT 1" under the
    sender's name), else its first line that is neither a marking nor a date or address."""
    named = [m for m in masthead if not is_marking(m) and not dates_or_addresses(m) and not is_byline(m)]
    # a sentence of four words or more leading into what follows ("Here's an update you can share:") names nothing
    named = [m for m in named if not (m.rstrip().endswith((":", "：")) and len(m.split()) >= 4)] or named
    # a byline names who wrote the report, never the report: with nothing else, the format's title names it
    return [m for m in named if looks_like_title(m)][:1] or named[:1] or [m for m in masthead if not is_byline(m)][:1]


def service_opening(body: list[Unit]) -> int:
    """How many opening units are a form or mail service's notice ("A new response has been submitted to the
    form …") and the service's name set over it: the service introducing what it passes on."""
    for n, u in enumerate(body):
        if u.kind is BlockKind.HEADING:
            return 0
        if is_service_notice(u.text):
            return n + 1
        if u.kind is BlockKind.ITEM or len(u.text.split()) > MAX_SENDER_WORDS or u.text.rstrip()[-1:] in ".!?":
            return 0
    return 0


def under_title(text: str, titled: bool) -> bool:
    """A line of the masthead under the title; the line dating the report, its day alone ("Tuesday 16 January
    2024", as a chat app heads a day's posts), the meeting's particulars and a note on another language
    version are the masthead's even where no title is set above them, and so is the page's notice of when it
    is updated, the series' standing paragraph with it, and whom the report is sent to."""
    if titled:
        return is_under_title(text)
    untitled = (is_currency_line, is_schedule_notice, is_meeting_line, is_language_note, is_day_line, is_report_note)
    # ... and whom it is sent to ("Sent to: regional office, EMO"), over the first section of a note with no title
    return any(f(text) for f in untitled) or is_circulation_line(text)


# Sentences of a paragraph: a stop, then a capital ("Sitrep No. 4" and "St. Helens" hold no second sentence).
# a sentence may open with a figure, after a word's stop but not a number mark's ("Lagebericht Nr. 1")
_SENTENCES = re.compile(r"(?<=[a-z][.!?])\s+(?=[A-Z])|(?<=[a-z]{2}[.!?])(?<![Nn][ro]\.)\s+(?=\d)")
PROSE_WORDS = 4


def _is_prose(text: str) -> bool:
    """A paragraph of two sentences or more, which tells something and so names no report ("This is our third
    update on the drought. Two more reservoirs fell below half their capacity.")."""
    sentences = _SENTENCES.split(text.strip())
    return len(sentences) > 1 and all(len(s.split()) >= PROSE_WORDS for s in sentences)


# A report's name is a line, not a sentence: a stop after this many words ends a sentence.
SENTENCE_WORDS = 8


def _is_sentence(text: str) -> bool:
    """One sentence that tells something ("This update gives the levels of 12 reservoirs, all below half."), with no
    report number or date of its own; a name run together with the lines under it ("Tilannekatsaus 2 – Tulva Tilanne
    12.8.2024 kello 10.00. Katsaus …", "RAPORO Y'IBIHE No 1 📌 Prepared by …") numbers or dates the report."""
    text = text.strip()
    one = re.search(r"[.!?]\s+\S", text) is None
    told = one and text.endswith(".") and len(text.split()) > SENTENCE_WORDS
    return told and find_number(text) is None and find_date(text) is None


def opens_with_title(body: list[Unit]) -> bool:
    """The first unit is the report's name: a first paragraph naming the report; a lone top heading
    naming it or its day; a first line set as a heading or in bold that carries the day, over a date
    line; or, however it is set, a line naming the report with its date line or the first section under
    it ("HOUSING SITREP 4" over "RISKS AND ISSUES")."""
    if len(body) < 2:
        return False
    first, second = body[0], body[1]
    if dates_or_addresses(first.text) or _is_prose(first.text) or _is_sentence(first.text):
        return False
    named = looks_like_title(first.text)
    if named and first.kind is not BlockKind.HEADING:
        return True
    # ... or its number ("…被害状況等について（第1報）")
    if lone_top_heading(body) and (named or find_date(first.text) or find_number(first.text)):
        return True
    if (
        first.kind is BlockKind.HEADING
        and is_under_title(second.text)
        and (_only_heading(body) or lone_top_heading(body))
    ):
        # the one line set as a heading (its sections set in bold or a level down) over the date line: the name
        return True
    if (
        (first.kind is BlockKind.HEADING or first.style.get("bold"))
        and find_date(first.text)
        and is_under_title(second.text)
    ):
        # a first line set apart and dated ("**Parks note 7 (9 March 2026)**") over an "As at …" line
        return True
    if not named or len(body) < 3:
        return False
    if second.kind is BlockKind.HEADING:
        return bool(find_number(first.text) or find_date(first.text))
    under = (is_date_line, is_issue_line, is_number_line, is_page_fields, is_currency_line, is_byline)
    return any(f(second.text) for f in under)


def title_below_sender(body: list[Unit]) -> int:
    """Where the report's name stands under one or two short lines naming who sends it ("NORTHFIELD
    TRAINS CONTROL" over "DISRUPTION BULLETIN 1", a service's name over "Situation Report 4"), or 0. The
    lines above name no section and no report; the name is a line, not a sentence."""
    for t in range(1, MAX_LETTERHEAD_LINES + 1):
        if len(body) < t + 2:
            return 0
        name = body[t].text.strip()
        if (
            body[t].kind is BlockKind.ITEM
            or len(name) > MAX_TITLE_CHARS
            or name.endswith(".")
            or not looks_like_title(name)
            or is_particulars_row(name)  # "Update No. 1 | Issued … | Next update: 14:00" numbers and dates it
            # "Update" alone is a field's label; a report's name says more, or is set as one ("INFORMARE")
            or (len(name.split()) < 2 and not _capitals(name))
        ):
            continue
        # one or two lines name the sender; a longer letterhead (the state, the ministry, the office, the approval
        # block, the registration number) stands over a name set in capitals
        # ... or a name with its number ("… məlumat № 1") under the same letterhead
        official = _capitals(name) or find_number(name) is not None
        # (a chat's or a feed's day line may stand over a name dated or numbered itself: "16 січня 2025")
        dated = find_date(name) is not None or find_number(name) is not None or DAY_OF_MONTH.search(name) is not None
        if all(_names_sender(u) or (dated and is_date_line(u.text)) for u in body[:t]) or (
            official and all(map(_letterhead_line, body[:t]))
        ):
            return t
    return 0


def _letterhead_name(unit: Unit, below: Unit) -> bool:
    """A line of the letterhead over a report's numbered name: the government's, the office's (a line or two run
    together), no point, no sentence, and no heading over points (``below`` is none)."""
    text = unit.text.strip()
    return (
        unit.kind is not BlockKind.ITEM
        and below.kind is not BlockKind.ITEM
        and len(text.split()) <= 2 * MAX_SENDER_WORDS
        and text[-1:] not in ".:;!?"
        and not looks_like_title(text)
    )


def numbered_name(body: list[Unit]) -> int:
    """How many units open the body down to a heading naming a report with its number ("روزانہ سیلابی صورتحال رپورٹ
    نمبر 1", "Flood Bulletin No. 3"), under the letterhead's lines and the letter's reference and date at most; 0
    when the body opens otherwise. Under a title that only names the sender, the report's own name."""
    k = 0
    while k < min(len(body) - 1, MAX_LETTERHEAD_LINES) and (
        is_reference_line(body[k].text) or is_date_line(body[k].text) or _letterhead_name(body[k], body[k + 1])
    ):
        k += 1
    text = body[k].text.strip() if k < len(body) - 1 else ""
    named = body[k].kind is BlockKind.HEADING if text else False
    return k + 1 if named and len(text) <= MAX_TITLE_CHARS and looks_like_title(text) and find_number(text) else 0


# Words of a line set centred over the report, at most: a subject line, not a paragraph of text.
MAX_CENTRED_WORDS = 30


def centred_opening(body: list[Unit]) -> int:
    """How many units open the body set centred or to the right over the first section, where the text
    runs from the margin: the letterhead, the report's name, its date, its subject and whom it is addressed
    to, as official documents set them in any language. 0 when the body does not open so; a centred heading
    naming a section starts the report. The letter's number and its place and date may stand at the margin among
    them ("N° 045/CU/MRH Mirriah, le 10 août 2026" under the state's name)."""
    n = 0
    while n < len(body) and body[n].bullet is None and (body[n].style.get("align") or _numbered_line(body, n)):
        unit = body[n]
        # (a heading over more centred headings is the letterhead's: "RÉGION DE ZINDER" over the department's name)
        under = body[n + 1] if n + 1 < len(body) else unit
        if (
            unit.kind is BlockKind.HEADING
            and classify_heading(unit.text)[0] is not None
            and not looks_like_title(unit.text)
            and not (under is not unit and under.style.get("align") and under.kind is BlockKind.HEADING)
        ):
            break
        if unit.kind is BlockKind.ITEM or len(unit.text.split()) > MAX_CENTRED_WORDS:
            return 0
        n += 1
    if not n or n > MAX_LETTERHEAD_LINES + 3 or n >= len(body) or body[n].kind is not BlockKind.HEADING:
        return 0
    return n


def _numbered_line(body: list[Unit], n: int) -> bool:
    """A letter's registration number with its place and date, at the margin between centred lines."""
    return 0 < n < len(body) - 1 and bool(_REGISTRATION.match(t := body[n].text.strip())) and find_date(t) is not None


def _capitals(text: str) -> bool:
    """Set in capitals, but for an abbreviation in small letters ("EGOERA-TXOSTENA 1. zk.")."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _letterhead_line(unit: Unit) -> bool:
    """A line of an official letterhead: short, no point and no sentence, figures only in a registration
    number or a date ("Nr. 1.317 din 20.01.2025"), no section's name."""
    text = unit.text.strip()
    numbered = bool(_REGISTRATION.match(text)) or find_date(text) is not None or is_reference_line(text)
    # ... and the line a signature is written on, with the name and date under the approval ("_____ E. Quliyev")
    signed = text.startswith("___") and len(text.split()) <= MAX_SENDER_WORDS
    fielded = gives_contact(text) or _PARTICULAR.match(text) is not None or _register_stamp(text) or signed
    # ... and a memo's fields of whom it goes to and who is copied ("TO: The Chief Executive Officer, …", "CC: …")
    fielded = fielded or is_header_field(text) or is_memo_field(text) or _CERTIFIED.match(text) is not None
    if unit.bullet is None and len(text.split()) <= 3 * MAX_SENDER_WORDS and fielded:
        # the office's address, telephone and mail under its name; the subject field ("Konu: …"); its register stamp
        return True
    if unit.bullet is None and len(text.split()) <= 2 * MAX_SENDER_WORDS and _TO_POST.match(text):
        return True  # whom it is addressed to, by post: "Начальнику ЦУКС ГУ МЧС России по Республике Саха (Якутия)"
    return (
        unit.kind is not BlockKind.ITEM
        and len(text.split()) <= MAX_SENDER_WORDS
        # a line ending a sentence is none, an abbreviation alone is ("T.C.", the state's initials), and so is a place
        # and date closed by the year's ("ք. Վանաձոր 27.05.2025 թ.", "г. Минск 12.03.2026 г.")
        and (
            not text.endswith((".", ":", ";"))
            or re.fullmatch(r"(?:[^\W\d_]{1,3}\.){1,4}", text) is not None
            or (find_date(text) is not None and re.search(r"\s[^\W\d_]{1,4}\.$", text) is not None)
        )
        and (numbered or not any(c.isdigit() for c in text))
        and classify_heading(text)[0] is None
        and not looks_like_title(text)  # the report's own name over its number ("… briefing" over "Update 3")
    )


# "Irteera-erregistroa: 2025/317", "Ref.: 12/2025": a register's label and the number it gave the letter
_REGISTERED = re.compile(r"^[^\W\d_][^:]{0,40}:\s*[\w./-]*\d[\w./-]*$")


# the standard the office is certified to, printed in its letterhead: "ISO 9001:2015 Certified"
_CERTIFIED = re.compile(
    r"^(?:an\s+)?ISO\s?\d{4,5}(?::\d{4})?(?:\s+[^\W\d_]+){0,3}$|^[^\W\d_]+\s+ISO\s?\d{4,5}(?::\d{4})?$"
)


def _register_stamp(text: str) -> bool:
    """An office's register stamp in the letterhead: short parts parted by dots or bars, one of them the number
    its register gave the letter ("Civil Protection · Outgoing register: 2025/317 · File: 44/2025")."""
    parts = [p.strip() for p in LINE_PARTS.split(text)]
    return len(parts) > 1 and all(len(p.split()) <= 5 for p in parts) and any(_REGISTERED.match(p) for p in parts)


def _names_sender(unit: Unit) -> bool:
    text = unit.text.strip()
    return (
        unit.kind is not BlockKind.ITEM
        and len(text.split()) <= MAX_SENDER_WORDS
        and text[-1:] not in ".:;,!?"
        and not any(c.isdigit() for c in text)
        and not looks_like_title(text)
        and classify_heading(text)[0] is None
    )


# "Event: storm and power cuts", "Sündmus: torm": the incident the report is about, named under its title; "Trust
# OPEL level: 4 (declared …)", "Alert level: Amber": the escalation level it stands at
_PARTICULAR = re.compile(
    r"^(?:event|incident|emergency|subject|topic|matter|s[üu]ndmus|intsident|olay|konu|kejadian|perihal|dogodek"
    r"|zadeva|tukio|evento|ereignis|[ée]v[ée]nement|incidente|zdarzenie|hendelse|h[äa]ndelse|tapahtuma"
    r"|(?:[\w-]+\s+){0,2}(?:alert|escalation|opel|response|incident|readiness)\s+(?:level|status))"
    r"\s?:\s+\S(?:[^.!?]*\S)?$",
    re.I,
)
PARTICULAR_WORDS = 12
# "PORT STATUS: OPEN – RESTRICTED OPERATIONS", "Service status: Degraded": the state the notice stands at, as a banner
_STATUS_BANNER = re.compile(r"^(?:[\w-]+\s+){0,2}(?:status|level)\s?:\s+\S(?:[^.!?]*\S)?$", re.I)


def particular(body: list[Unit]) -> bool:
    """The first unit is one of the report's particulars under its title, sections following: the next report's
    time, the incident it is about ("Event: storm and power cuts"), the state it stands at ("PORT STATUS: OPEN",
    also set as a heading), or the body issuing it over the first heading or another line of the masthead
    ("Northfield Council Emergency Planning Unit")."""
    text, first = body[0].text.strip(), body[0]
    if first.kind is BlockKind.HEADING and _STATUS_BANNER.match(text) and len(text.split()) <= PARTICULAR_WORDS:
        return any(u.kind is BlockKind.HEADING for u in body[1:])  # "PORT STATUS: OPEN" set as a banner
    if first.kind is BlockKind.HEADING and len(body) > 1 and body[1].kind is BlockKind.HEADING:
        # the issuing body set like a heading, with nothing under it, over the first heading of its own level or
        # above it: no section of its own (a service's name over its sections is one, a level above them)
        return body[1].level <= first.level and is_issuing_body(text)
    if first.kind is not BlockKind.PARAGRAPH or not any(u.kind is BlockKind.HEADING for u in body[1:]):
        return False
    # a status among a run of the report's particulars is one of them: the run is taken whole (``field_lines``)
    banner = _STATUS_BANNER.match(text) is not None and not field_lines(body)
    field = (_PARTICULAR.match(text) is not None or banner) and len(text.split()) <= PARTICULAR_WORDS
    issuer = is_issuing_body(text) and (body[1].kind is BlockKind.HEADING or is_under_title(body[1].text))
    return is_next_report(text) or field or issuer


def _only_heading(units: list[Unit]) -> bool:
    """The first unit is the only one set as a heading."""
    return units[0].kind is BlockKind.HEADING and not any(u.kind is BlockKind.HEADING for u in units[1:])


def lone_top_heading(units: list[Unit]) -> bool:
    """The first unit is a heading whose level no other heading shares, and the headings after it are
    deeper: the report's name set in a heading style ("Heading 1", "# …" or a "===" underline over sections
    one level down), not a section — also with a line or two (a date, a byline) between it and them."""
    if len(units) < 2 or units[0].kind is not BlockKind.HEADING:
        return False
    top = units[0].level
    below = [u.level for u in units[1:] if u.kind is BlockKind.HEADING]
    return bool(below) and min(below) > top


# What a mailing list or a mail client puts before a subject: "[Cluster-list]", "Re:", "Fwd:", "TR:".
_SUBJECT_MARKS = re.compile(r"^(?:\s*(?:\[[^\]]{1,60}\]|(?:re|fwd?|tr|aw|wg|sv|vs)\s*:))+\s*", re.I)
# Lines of a covering note that may stand above the report's own title in a message.
MAX_COVERING_LINES = 3
# Lines a restated subject may be set on: the sender's name over the report's.
TITLE_LINES = 2


def without_date_line(text: str) -> str:
    """The text without the date line run on after it ("Report no. 1 Date: 4 March 2025" → "Report no. 1")."""
    words = text.split()
    return next((" ".join(words[:j]) for j in range(1, len(words)) if is_date_line(" ".join(words[j:]))), text)


def restated_title(body: list[Unit], title: str | None) -> tuple[int, int] | None:
    """Where a message's body restates its subject as the report's own title ("SITREP NAMBA 2 – SANMA PEOC"
    under the subject "[Klasta] Sitrep Namba 2 – Sanma PEOC"), after at most a few lines of covering note: the
    first and last of its lines (a subject "【Centre】Report no. 1" is restated as the centre's name over the
    report's). They (with the date line, where it shares the title's paragraph) name and date the report, they
    head no section, and the lines above them are the note covering it."""
    if (named := named_under_note(body, MAX_COVERING_LINES)) is not None:
        return named, named
    if not title:
        return None
    wanted = fold(_SUBJECT_MARKS.sub("", title))
    if len(wanted.split()) < 2:
        return None
    for n, unit in enumerate(body[: MAX_COVERING_LINES + 1]):
        for last in range(n, min(n + TITLE_LINES, len(body))):
            # the title alone, or with the date line set under it in the same paragraph ("<b>…</b><br>Date: …")
            words = " ".join(u.text for u in body[n : last + 1]).split()
            if fold(" ".join(words)) == wanted or any(
                fold(" ".join(words[:j])) == wanted and is_date_line(" ".join(words[j:])) for j in range(1, len(words))
            ):
                return n, last
        # (the sender's name may head the message over its title, as a campaign's band sets it)
        if (unit.kind is BlockKind.HEADING and n > 0) or unit.bullet is not None:
            return None
    return None
