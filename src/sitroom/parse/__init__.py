"""Parse: a Document of blocks → a Report of sections and items, template-aware.

The parser takes a Document; reading a file or bytes into one and parsing it is ``sitroom.read``.
"""

from __future__ import annotations

import re
from datetime import date

from sitroom.model import RISK_KEYS, BlockKind, Document, Item, Report, Section
from sitroom.parse.article import report_article
from sitroom.parse.closing import closing_lines
from sitroom.parse.comments import drop_comments
from sitroom.parse.committee import drop_procedural
from sitroom.parse.contents import drop_contents
from sitroom.parse.doccontrol import drop_document_control
from sitroom.parse.faxcover import fax_cover
from sitroom.parse.fieldlabels import fold_field_labels
from sitroom.parse.furniture import is_source_note
from sitroom.parse.headings import HeadingDetector, template_section
from sitroom.parse.issuers import name_under_date
from sitroom.parse.itemkeys import key_by_items
from sitroom.parse.labels import drop_initials, promote_bold_labels
from sitroom.parse.letterfoot import letter_foot
from sitroom.parse.logdays import key_log_days, nest_days
from sitroom.parse.markheads import promote_mark_headings
from sitroom.parse.mastheadlines import is_byline, is_date_field, is_number_line
from sitroom.parse.meeting import meeting_block
from sitroom.parse.message import MEMO_FIELDS, is_header_field, is_instruction, is_masthead_line, memo_fields, subject
from sitroom.parse.metadata import (
    date_from_filename,
    dated,
    find_date,
    find_number,
    looks_like_title,
    number_from_filename,
    title_number,
)
from sitroom.parse.notices import drop_notices
from sitroom.parse.numbered import promote_numbered_headings
from sitroom.parse.officialletter import head_lines, letter_head
from sitroom.parse.opening import (
    centred_opening,
    lone_top_heading,
    masthead_title,
    numbered_name,
    opens_with_title,
    particular,
    restated_title,
    service_opening,
    title_below_sender,
    under_title,
    without_date_line,
)
from sitroom.parse.openingnote import opening_note
from sitroom.parse.ordinalpoints import split_ordinal_points
from sitroom.parse.owners import strip_owner_mentions
from sitroom.parse.pagenumbers import drop_page_numbers
from sitroom.parse.particulars import field_lines, fields_box
from sitroom.parse.risks import apply_asides, apply_mitigations
from sitroom.parse.runin import split_run_in_headings
from sitroom.parse.runninglines import drop_running_lines
from sitroom.parse.setkeys import key_from_measures, key_from_set
from sitroom.parse.subtitles import dates_or_addresses, down_to_date_line
from sitroom.parse.templatechoice import choose_template
from sitroom.parse.threadcounters import strip_thread_counters
from sitroom.parse.trails import drop_trails
from sitroom.parse.units import Unit, to_units
from sitroom.parse.vocabulary import classify_heading
from sitroom.parse.yearless import yearless_date
from sitroom.templates import Template, get_template
from sitroom.text.brackets import bracketed_heading
from sitroom.text.contents import strip_leaders
from sitroom.text.continued import without_continuation
from sitroom.text.grouprows import group_value
from sitroom.text.spacing import join_unspaced

__all__ = ["AUTO", "choose_template", "parse_document", "section_key"]

AUTO = "auto"
# "cc @ops-team @comms-team": who else the page notifies, not content.
# The report's name is a line, not a paragraph; the sender's name above it a few words.
# The formats a message comes in: its subject is the title its body may restate.
MAIL_FORMATS = ("eml", "msg")
CC_LINE = re.compile(r"^b?cc\s*:?\s+(?:(?:@[\w.-]+|[\w.+-]+@[\w.-]+)[\s,;]*)+$", re.I)


def parse_document(doc: Document, template: str | Template | None = AUTO) -> Report:
    """Interpret an extracted document: headings, sections, items, risks and metadata."""
    if isinstance(template, str):
        tpl = choose_template(doc) if template == AUTO else get_template(template)
    else:
        tpl = template
    detector = HeadingDetector(tpl, doc.blocks)
    units = to_units(doc.blocks, detector.is_heading_line)
    units, running = drop_running_lines(units)  # a page's header and footer in a document without pages
    # a letter's close, signature and copy list, whose numbered entries would count as the report's parts
    foot = letter_foot(units)
    units, foot_lines = (units[:foot], len(units) - foot) if foot is not None else (units, 0)
    units = promote_numbered_headings(split_run_in_headings(promote_bold_labels(drop_initials(units))))
    units = split_ordinal_points(promote_mark_headings(units))
    units, trails = drop_trails(units)
    units, page_numbers = drop_page_numbers(units)
    counters = strip_thread_counters(units)  # first: a post's tag line closes with its counter ("#Kutch 🧵👇 (1/7)")
    units, notices = drop_notices(units)
    owners = strip_owner_mentions(units)
    nest_days(units)
    report = Report(
        source=doc.source,
        format=doc.format,
        template=tpl.name if tpl else None,
        tables=list(doc.tables),
        warnings=list(doc.warnings),
    )
    if running:
        report.warnings.append(f"{running} line(s) of the pages' running header and footer left out")
    if foot_lines:
        report.warnings.append(f"{foot_lines} line(s) of the letter's close, signature and copy list left out")
    if trails:
        report.warnings.append(f"{trails} line(s) of a trail of stages or places left out")
    if page_numbers:
        report.warnings.append(f"{page_numbers} page number(s) left in the text left out")
    report.warnings.extend(f"{n} {what}(s) left out" for what, n in notices.items() if n)
    faxed = None
    if cover := fax_cover(units):  # the sheet a report is faxed under: its subject names the report, no more
        end, faxed = cover
        units = units[end:]
        report.warnings.append(f"{end} line(s) of the fax cover sheet left out")
    if doc.format == "md" and not any(u.style.get("title") for u in units) and lone_top_heading(units):
        # a Markdown page's one top-level heading, its first line over lower ones, names it whatever its words
        units[0].style = {**units[0].style, "title": True}
    masthead = [u.text for u in units if u.style.get("title")]
    body, navigation = drop_contents([u for u in units if not u.style.get("title")])
    if navigation:
        report.warnings.append(f"{navigation} line(s) of a contents list left out")
    if owners:
        report.warnings.append(f"{owners} owner mention(s) taken off the end of items")
    if counters:
        report.warnings.append(f"{counters} thread counter(s) taken off the end of posts")
    if (meeting := meeting_block(body)) is not None:
        report.warnings.append(f"{len(body) - meeting} line(s) of the meeting's joining details left out")
        body = body[:meeting]
    headline = ""
    if (article := report_article(body)) is not None:  # the report as one article among a gazette's others
        start, end = article
        others = start + len(body) - end
        headline, body = body[start].text.strip(), body[start + 1 : end]
        report.warnings.append(f"{others} line(s) of the publication's other articles left out")
    body, closing = closing_lines(body)
    report.warnings.extend(f"{n} {what}(s) left out" for what, n in closing.items() if n)
    if notice := service_opening(body):
        body = body[notice:]
        report.warnings.append(f"{notice} line(s) of the service's notice left out")
    # a form's name over its header fields ("GENERAL MESSAGE (ICS 213)" over "To: …", "From: …") is the masthead's
    header = int(
        len(body) > 3 and body[0].kind is BlockKind.HEADING and all(is_header_field(u.text) for u in body[1:3])
    )
    while header < len(body) - 1 and is_masthead_line(body[header].text):
        header += 1  # a message's marking, date-time stamp and From / To / Subject fields
    message_subject = subject([u.text for u in body[:header]]) or faxed
    if header:
        masthead, body = [*masthead, *(u.text for u in body[:header])], body[header:]
    letter = None if message_subject else letter_head(body, detector.is_heading_unit)
    if letter is not None:  # a letter's reference, addressee, subject, salutation and covering paragraph
        end, message_subject, covering = letter
        masthead, body = [*masthead, *head_lines(body[: end - covering])], body[end:]
        report.warnings.append(f"{end} line(s) of the letter's head left out")
    restated_name = ""
    if doc.format in MAIL_FORMATS and (restated := restated_title(body, doc.title)) is not None:
        # the report's own title restated under the subject, the covering note above it
        first, last = restated
        # the sender's name over the report's: the report's names it
        restated_name = without_date_line(body[last].text) if last > first else ""
        masthead, body = [*masthead, *(u.text for u in body[first : last + 1])], body[last + 1 :]
        if first:
            report.warnings.append(f"{first} line(s) of the covering note left out")
    named = restated_name or headline
    if t := centred_opening(body):
        # the letterhead, the name, the date and whom it is for, set centred over the first section
        masthead, body = [*masthead, *(u.text for u in body[:t])], body[t:]
    # a letterhead set as the title (the office's names) over its address and the report's name under it
    if not any(map(looks_like_title, masthead)) and (t := title_below_sender(body)):
        # "NORTHFIELD TRAINS CONTROL" over "DISRUPTION BULLETIN 1": who sends it, then the report's name
        masthead, named, body = [*masthead, *(u.text for u in body[: t + 1])], body[t].text, body[t + 1 :]
    elif not any(map(looks_like_title, masthead)) and (t := numbered_name(body)):
        # the sender's names set as the title, the report's numbered name the first heading under them and the
        # letter's reference and date
        masthead, named, body = [*masthead, *(u.text for u in body[:t])], body[t - 1].text, body[t:]
    # header fields alone ("Ereignis: Hochwasser an der Lauter") name no report: its title may follow them
    named_lines = [m for m in masthead if not (is_masthead_line(m) or is_number_line(m))]
    sender = bool(named_lines) and not any(map(looks_like_title, named_lines))  # nor does a sender's name over it
    if (sender or all(map(is_masthead_line, masthead))) and opens_with_title(body):
        masthead, body = [*masthead, body[0].text], body[1:]
    under = down_to_date_line(body) if masthead else 0  # "Storm Fionnuala" over "Date: … Chair: …"
    masthead, body = [*masthead, *(u.text for u in body[:under])], body[under:]
    if masthead and (box := fields_box(body)):  # a "Details" box of the report's particulars under its title
        masthead, body, under = [*masthead, *(u.text for u in body[:box])], body[box:], under + box
    while len(body) > 1 and (
        (body[0].kind is not BlockKind.HEADING and under_title(body[0].text, bool(masthead or doc.title)))
        or (masthead and (is_masthead_line(body[0].text) or is_byline(body[0].text)))
        or (masthead and particular(body))
        or (masthead and name_under_date(masthead[-1], body))
    ):
        # "Last updated: 6 April 2020", "Owner: … · Updated: 6 April 2020", "Northfield Council · 6 April
        # 2020", "Circulation: SCG members", "Chair: Chief Executive" or "PRIORITY: HIGH" under the title
        # dates and addresses the report; none is an item
        masthead, body, under = [*masthead, body[0].text], body[1:], under + 1
    if masthead and (fields := memo_fields([u.text for u in body[:MEMO_FIELDS]])):
        # a memo's "Onderwerp …" and "Aan …" lines, set without colons under its title
        masthead, body, under = [*masthead, *(u.text for u in body[:fields])], body[fields:], under + fields
    if masthead and (fields := field_lines(body, dated_above=under > 0)):
        # a run of the report's particulars under its title, one field a line, over its first section
        masthead, body, under = [*masthead, *(u.text for u in body[:fields])], body[fields:], under + fields
    if under:
        report.warnings.append(f"{under} line(s) under the title left out")
    first_heading = next((n for n, u in enumerate(body) if u.kind is BlockKind.HEADING), len(body))
    if 0 < first_heading < len(body) and all(u.style.get("typed_row") for u in body[:first_heading]):
        # a system's print heads its text with rows of fields ("INCIDENT #: …   TYPE: …   STATUS: …"): its masthead
        masthead, body = [*masthead, *(u.text for u in body[:first_heading])], body[first_heading:]
        report.warnings.append(f"{first_heading} line(s) of the print's header fields left out")
        first_heading = 0
    bylines = {id(u) for u in body[:first_heading] if is_byline(u.text) or is_date_field(u.text)}
    if bylines:  # "Prepared by: …" among the fields above the first section: who wrote it, not what happened
        masthead = [*masthead, *(u.text for u in body if id(u) in bylines)]
        body, first_heading = [u for u in body if id(u) not in bylines], first_heading - len(bylines)
        report.warnings.append(f"{len(bylines)} byline(s) left out")
    told = {id(u) for u in body[:first_heading] if is_instruction(u.text)}
    if told:  # the template's word to whoever fills it in, above the first section
        body = [u for u in body if id(u) not in told]
        report.warnings.append(f"{len(told)} form instruction line(s) left out")
    if note := opening_note(body, doc.title if doc.format in MAIL_FORMATS else None):  # "Kia ora koutou. …"
        body = body[note:]
        report.warnings.append(f"{note} line(s) of the opening note to the readers left out")
    cc = [u for u in body if u.kind is not BlockKind.HEADING and CC_LINE.match(u.text.strip())]
    if cc:
        body = [u for u in body if u not in cc]
        report.warnings.append(f"{len(cc)} cc line(s) left out")
    if cited := [u for u in body if u.kind is not BlockKind.HEADING and is_source_note(u.text)]:
        body = [u for u in body if u not in cited]  # "Source: Met Office" under a section's points: a note
        report.warnings.append(f"{len(cited)} source note(s) left out")
    title_lines = [u.text for u in units if u.style.get("title") and not u.style.get("masthead")]
    # a details table's fields ("Date of return: …") date the report and never name it
    fields = {u.text for u in units if u.style.get("field")}
    naming = [m for m in masthead if m not in fields]
    title_lines = [t for t in title_lines if not dates_or_addresses(t) and not is_masthead_line(t)] or (
        [message_subject or named] if message_subject or named else masthead_title(naming)
    )
    if letter is not None and message_subject:
        title_lines = [message_subject]  # the letterhead names who sends it, the subject names the report
    if named and not any(map(looks_like_title, title_lines)):
        title_lines = [named]  # the sender's names were set as the title; the report's name stands under them
    # a masthead of a date line alone names nothing: the title the format states names the report
    dated_only = all(dates_or_addresses(t) for t in title_lines)
    report.title = doc.title if doc.title and dated_only else join_unspaced(title_lines) or doc.title
    report.sections, procedural = drop_procedural(_sections(body, detector, tpl, report.warnings))
    if procedural:  # a committee paper's purpose, recommendation and implications around its update
        report.warnings.append(f"{procedural} line(s) of the committee paper's procedural parts left out")
    report.sections, administration = drop_document_control(drop_comments(report.sections, report.warnings))
    if administration:
        report.warnings.append(
            f"{administration} line(s) of the document's control, version history and glossary left out"
        )
    _metadata(report, doc, masthead)
    if not report.items():
        report.warnings.append("no items found")
    return report


def _sections(units: list[Unit], detector: HeadingDetector, tpl: Template | None, warnings: list[str]) -> list[Section]:
    sections: list[Section] = []
    own: list[bool] = []  # whether a section's key is its heading's own reading, not its template's
    current: Section | None = None
    asides: dict[int, str] = {}  # a risk's answer set apart by line and type, by its item's id
    for u in units:
        if detector.is_heading_unit(u):
            level = u.level if u.kind is BlockKind.HEADING else 1
            # a heading read from a contents line keeps its words, not the leaders and page number
            text = strip_leaders(u.text)
            text = bracketed_heading(text) or text  # "【要点】": the name the brackets hold
            text = group_value(text) or text  # "⌄ Section : Risks (3)": a list view's group, named by its value
            same = current is not None and current.heading in (text, without_continuation(text))
            if same and current.level == max(1, min(level, 4)):
                # a table naming its section in every row, a slide's "Riesgos (cont.)": one section
                continue
            key, confidence = section_key(text, tpl)
            current = Section(key=key, heading=text, level=max(1, min(level, 4)), key_confidence=confidence)
            sections.append(current)
            own.append(tpl is None or template_section(tpl, u.text)[0] is None)
            continue
        if current is None:
            current = Section(key=None, heading=None, level=1)
            sections.append(current)
            own.append(True)
        item = Item(text=u.text, mitigation=u.style.get("mitigation"), page=u.page, start=u.start, end=u.end)
        current.items.append(item)
        if u.style.get("aside"):
            asides[id(item)] = u.style["aside"]
    sections, own, fields = fold_field_labels(sections, own)
    if fields:
        warnings.append(f"{fields} line(s) of the record form's field labels and upkeep left out")
    key_log_days(sections, own)
    key_from_set(sections, own)
    _inherit_keys(sections)
    for s in sections:
        sec = tpl.section(s.key) if tpl else None
        lists_risks = s.key in RISK_KEYS or (sec is not None and sec.kind == "risks")
        # a labelled "Mitigation: …" marks a risk in any section; a risk section's items are risks anyway
        apply_mitigations(s.items, labelled_only=not lists_risks)
        if lists_risks:
            apply_asides(s.items, asides)
    key_from_measures(sections, own)
    key_by_items(sections, own)
    return sections


def section_key(heading: str, tpl: Template | None) -> tuple[str | None, float]:
    """The meaning of a heading: its template section's key, else the vocabulary's, with a confidence."""
    if tpl is not None:
        sec, score = template_section(tpl, heading)
        if sec is not None and sec.key:
            return sec.key, round(score / 100, 2)
    key, confidence = classify_heading(heading)
    return (key.value, confidence) if key else (None, 0.0)


def _inherit_keys(sections: list[Section]) -> None:
    """A sub-heading with no meaning of its own belongs to the keyed section above it."""
    parents: list[Section] = []
    for s in sections:
        while parents and parents[-1].level >= s.level:
            parents.pop()
        if s.key is None and parents and parents[-1].key is not None:
            s.key = parents[-1].key
            s.key_confidence = round(parents[-1].key_confidence * 0.8, 2)
        parents.append(s)


def _own_text(doc: Document) -> str:
    """The document's text with the quoted e-mails it pastes blanked (offsets kept)."""
    text = doc.text[:3000]
    for start, end in doc.meta.get("quoted", ()):
        if start < len(text):
            text = text[:start] + " " * (min(end, len(text)) - start) + text[end:]
    return text


def _metadata(report: Report, doc: Document, masthead: list[str]) -> None:
    head = " ".join(masthead)
    text = _own_text(doc)
    report.number = (
        find_number(report.title or "")
        or title_number(report.title or "")
        or find_number(head)
        # Only the opening lines: further down, "issue 2153" or "report 12" are other documents' numbers.
        or find_number(text[:300])
        or number_from_filename(doc.source)
    )
    # The masthead's date is the report's; dates in the body are often "data as of" an earlier day, and a body date
    # that is not a dateline is often a past event ("declared on 20 September"): the file name is the better guess.
    found = dated(
        [*masthead, report.title or ""],
        text,
        [t.caption for t in doc.tables if t.caption],
        _meta_date(doc.meta.get("date")),
        sent=doc.format in MAIL_FORMATS,
    )
    if found is None and (on := date_from_filename(doc.source)):
        found = on, "file name"
    if found is None:
        found = _yearless(report, doc, masthead)
    if found is None and (on := find_date(text)):
        found = on, "first date in the text"
    if found is not None:
        report.date, report.date_source = found


def _yearless(report: Report, doc: Document, masthead: list[str]) -> tuple[date, str] | None:
    """A masthead or opening heading that prints only a day and a month ("Meeting 9/18"): the year from the
    file's own date, else from the document's other dates, and a warning that says so."""
    headings = [s.heading for s in report.sections[:3] if s.heading]
    # the opening line names the meeting or the day even when it is not set as a title
    opening = [doc.blocks[0].text] if doc.blocks and len(doc.blocks[0].text) <= 120 else []
    reference, name = _meta_date(doc.meta.get("saved")), "the file's own date (saved or sent)"
    found = yearless_date([*masthead, report.title or "", *opening, *headings], doc.text, reference, name)
    if found is not None:
        report.warnings.append(f"date {found[0].isoformat()} is low confidence: {found[1]}")
    return found


def _meta_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
