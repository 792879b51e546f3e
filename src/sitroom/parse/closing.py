"""The lines closing a document: the writer's close, the next report's time, the marking repeated, a
mail service's footer, a page's upkeep, the list of whom it went to, who is on call, the signature block and
the note that the report is preliminary. They are neither headings nor items; a next-report line under a
heading of its own is that section's item.

A signature block closes a report after its last point: a sign-off lead ("Für den Bezirkshauptmann:",
"Pour le préfet,", "Por orden,", "i.A.", "On behalf of …", "Signed", "73 de G4NWR"), then a few short lines
of name, post, office and contact. It says who signs, not what happened: left out and counted."""

from __future__ import annotations

import re

from sitroom.model import BlockKind, SectionKey
from sitroom.parse.addressing import is_distribution_list
from sitroom.parse.closingremarks import (
    about_section,
    credits_section,
    is_bare_link,
    is_closing_remark,
    leads_into_nothing,
    response_request,
)
from sitroom.parse.contactfields import labelled_contact
from sitroom.parse.copylist import copy_list, signature_line
from sitroom.parse.doccontrol import control_tail
from sitroom.parse.enclosures import enclosure_list
from sitroom.parse.furniture import (
    contacts_only,
    gives_contact,
    is_contact_lead,
    is_on_call_line,
    is_page_keeping,
)
from sitroom.parse.languagemenu import is_language_menu
from sitroom.parse.letterfoot import is_endorsement, is_note_request, trim_request
from sitroom.parse.message import is_end_mark, is_service_notice, is_trailer
from sitroom.parse.metadata import is_date_line
from sitroom.parse.reachbox import reach_box
from sitroom.parse.selfnotice import is_schedule_notice
from sitroom.parse.signedheads import bracketed_name, name_post_contact, signed_heads, signed_off, signer_head
from sitroom.parse.signedposts import (
    post_and_name_close,
    post_over_name,
    preparer_line,
    thanks_from_body,
)
from sitroom.parse.units import Unit
from sitroom.parse.valediction import brief_thanks, comma_close, thanks_close
from sitroom.parse.vocabulary import classify_heading
from sitroom.text.nextreport import is_next_report, is_signed_with_next_report
from sitroom.text.reactions import is_reaction_line
from sitroom.text.signoffs import (
    PERSON_NAME,
    is_place_and_date,
    is_report_disclaimer,
    is_signature_note,
    is_thanks,
    names_post,
    opens_signature,
    signs_for,
    signs_name_and_post,
)

END_LINE = "end-of-report line"
SIGNATURE_LINE = "signature block line"
AFTER_END = "line after the end mark"
DISCLAIMER = "disclaimer"
CONTACT_LINE = "contact block line"
RELATED = "related link line"
RESPONSE = "response request line"
CREDITS = "credits line"
PUBLISHER = "publisher boilerplate line"
# Under "For further information, please contact:", at most this many lines of names and addresses.
CONTACT_LINES = 6
# Below a lead: a name, a post, an office, a phone or mail line, the "--" a signature opens with.
SIGNATURE_LINES = 5


def closing_lines(body: list[Unit]) -> tuple[list[Unit], dict[str, int]]:
    """The body without the lines closing the document, and how many of each kind: "END OF REPORT", "--
    ENDS --", "NEXT SITREP: 1800 06APR20", the marking repeated, a service's "do not reply" footer, the
    page's upkeep, the signature block and the note that the report is preliminary — the writer, the mail
    service or the site closing it, not a heading or an item."""
    kinds = (END_LINE, SIGNATURE_LINE, DISCLAIMER, CONTACT_LINE, AFTER_END, RELATED, RESPONSE, CREDITS, PUBLISHER)
    counts = dict.fromkeys(kinds, 0)
    body = _strip_close(body, counts)
    if (tail := control_tail(body)) < len(body):  # a glossary under the report's own close
        body = [*_strip_close(body[:tail], counts), *body[tail:]]
    # what is left after the writer's end mark, once the close is off, is none of the report either
    if (end := _end_mark(body)) is not None:
        counts[END_LINE], counts[AFTER_END] = counts[END_LINE] + 1, len(body) - end - 1
        body = _strip_close(body[:end], counts)
    return body, counts


def _strip_close(body: list[Unit], counts: dict[str, int]) -> list[Unit]:
    """``body`` without the closing lines at its end, each counted in ``counts``."""
    while body:
        # "Signed: …" closing the body opens the signature, whatever post is set over it
        if opens_signature(body[-1].text) and (lead := _signature_lead(body)) is not None:
            body, counts[SIGNATURE_LINE] = body[:lead], counts[SIGNATURE_LINE] + len(body) - lead
        elif _closing_line(body):
            body, counts[END_LINE] = body[:-1], counts[END_LINE] + 1
        elif (lead := _notice_signed(body)) is not None:
            body, counts[END_LINE] = body[:lead], counts[END_LINE] + len(body) - lead
        elif is_signature_note(body[-1].text) and body[-1].bullet is None:  # "M.P." where the seal goes
            body, counts[SIGNATURE_LINE] = body[:-1], counts[SIGNATURE_LINE] + 1
        elif len(body) > 1 and trim_request(body[-1]):  # "… This is for your kind information please."
            counts[END_LINE] += 1
        elif len(body) > 1 and is_note_request(body[-1]):  # the same on its own line
            body, counts[END_LINE] = body[:-1], counts[END_LINE] + 1
        elif is_report_disclaimer(body[-1].text) and body[-1].bullet is None:
            body, counts[DISCLAIMER] = body[:-1], counts[DISCLAIMER] + 1
        elif (lead := _signature_lead(body)) is not None or (lead := copy_list(body)) is not None:
            lead = _with_thanks(body, lead)
            body, counts[SIGNATURE_LINE] = body[:lead], counts[SIGNATURE_LINE] + len(body) - lead
        elif (lead := response_request([u.text for u in body])) is not None:
            body, counts[RESPONSE] = body[:lead], counts[RESPONSE] + len(body) - lead
        elif (lead := credits_section(heads := [(u.text, u.kind is BlockKind.HEADING) for u in body])) is not None:
            body, counts[CREDITS] = body[:lead], counts[CREDITS] + len(body) - lead
        elif (lead := about_section(heads)) is not None and _end_mark(body) is None:  # (what an end mark closes)
            body, counts[PUBLISHER] = body[:lead], counts[PUBLISHER] + len(body) - lead
        elif (lead := _related_links(body)) is not None or (lead := enclosure_list(body)) is not None:
            body, counts[RELATED] = body[:lead], counts[RELATED] + len(body) - lead
        elif (lead := _contact_block(body)) is not None or (lead := _contact_section(body)) is not None:
            body, counts[CONTACT_LINE] = body[:lead], counts[CONTACT_LINE] + len(body) - lead
        elif len(body) > 2 and body[-1].bullet is None and signs_name_and_post(body[-1].text):
            # the writer's name and post closing a message, with no sign-off over them
            body, counts[SIGNATURE_LINE] = body[:-1], counts[SIGNATURE_LINE] + 1
        elif (lead := next((n for close in _SIGNED_CLOSES if (n := close(body)) is not None), None)) is not None:
            body, counts[SIGNATURE_LINE] = body[:lead], counts[SIGNATURE_LINE] + len(body) - lead
        else:
            break
    return body


def _notice_signed(body: list[Unit]) -> int | None:
    """Where a service's notice closing the message ("Please do not reply to this email", a help desk's "We hope
    this response …") stands over a few short lines naming the service: all of it the service's, from the notice
    on. None otherwise."""
    for n in range(len(body) - 2, max(len(body) - 2 - SIGNATURE_LINES, 0), -1):
        if body[n].bullet is None and is_service_notice(body[n].text):
            return n if all(signature_line(u) and u.kind is not BlockKind.HEADING for u in body[n + 1 :]) else None
    return None


def _end_mark(body: list[Unit]) -> int | None:
    """Where the writer's end mark ("ENDS", "– END –") stands with lines after it, in the second half of the body: a
    press release's notes to editors, its boilerplate and media contacts follow it, none of them the report."""
    for n in range(len(body) // 2, len(body) - 1):
        if n >= 3 and is_end_mark(body[n].text):
            return n
    return None


def _closing_line(body: list[Unit]) -> bool:
    # a dash read as the line's mark, unlike the points' over it, may be the writer's before their name ("— Dana")
    dashed = body[-1].bullet in ("—", "–", "-") and (len(body) < 2 or body[-2].bullet != body[-1].bullet)
    text = f"{body[-1].bullet} {body[-1].text}" if dashed else body[-1].text
    headed = len(body) > 1 and body[-2].kind is BlockKind.HEADING and not _close_heading(body[-2].text)
    return (
        (
            is_trailer(text)
            or is_service_notice(text)
            or is_page_keeping(text)
            or is_schedule_notice(text)  # "This Flood Warning will remain in effect until further notice."
            or is_distribution_list(text)  # whom the report goes to ("Distribution: …", "Fordeling: …")
            or is_reaction_line(text)  # "👍 4 · 👀 2" under the page: how readers answered it
            or is_language_menu(text)  # "Translate: Español | Soomaali | Tiếng Việt"
            or is_on_call_line(text)
            or is_closing_remark(text)  # "Previous sitreps are on the incident share.", "Questions?"
            or is_signed_with_next_report(text)  # "Reviewed by the Control Room – next report: 14/10 20:00"
            # the last line leading into what is not there (a link, a button): "All the information is here:"
            or (body[-1].bullet is None and leads_into_nothing(text))
            or labelled_contact(text)  # "☎️ Hotline: 0 800 301 156"
            or contacts_only(text)  # "Emerxencias: 112 | Concello: 988 335 030"
            or is_endorsement(text)  # the number the copies of a letter are endorsed under
            # the day the writer signed, under the last point: "Date: 9 April 2025", "Usuku: 9 Ephreli 2025"
            or (body[-1].bullet is None and is_date_line(text))
            # the link a notification's footer leads into ("… or view it on Basecamp:" over its address)
            or (len(body) > 1 and is_bare_link(text) and is_service_notice(body[-2].text))
        )
        # under a heading of its own ("Next update" over "Next update at 16:00") it is that section's item, unless
        # that heading is a close ("NEXT SITREP: 1800" over "ENDS") or the line names whom copies go to
        and not (headed and not is_distribution_list(text))
        # the last entry of a list ("– Next meeting of the committee on 4 February") is its point, not a close
        and not (len(body) > 1 and _same_list(body[-2].bullet, body[-1].bullet) and not dashed)
        # the next report's time under a heading naming the next report ("Nästa lägesbild") is that section's
        and not (is_next_report(text) and _under_next_report_heading(body))
    )


def _same_list(a: str | None, b: str | None) -> bool:
    """Two entries marked alike: both numbered, or both with a glyph (a form's "8. Approved by: …" closing after the
    report's "- …" points is none of their list)."""
    return a is not None and b is not None and any(c.isdigit() for c in a) == any(c.isdigit() for c in b)


def _under_next_report_heading(body: list[Unit]) -> bool:
    """The last unit stands in a section whose heading names the next report, a few lines under it."""
    for u in reversed(body[-6:-1]):
        if u.kind is BlockKind.HEADING:
            return is_next_report(u.text) and not _close_heading(u.text)
    return False


def _contact_block(body: list[Unit]) -> int | None:
    """Where the block of whom to contact closing the body opens: "For further information, please contact:"
    over lines that each give an e-mail address or a phone number. None when the body does not end with one."""
    for lead in range(len(body) - 2, max(0, len(body) - 2 - CONTACT_LINES), -1):
        if is_contact_lead(body[lead].text) and all(gives_contact(u.text) for u in body[lead + 1 :]):
            return lead
    return None


# A page's links to its other pages, under the heading a site sets over them: "Related articles", "Read also"
_RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:articles|links|news|pages|content|stories))?|read\s+(?:also|more)|see\s+also|more\s+news"
    r"|articles?\s+(?:connexes|similaires)|[àa]\s+lire\s+aussi|art[íi]culos\s+relacionados|noticias\s+relacionadas"
    r"|verwandte\s+artikel|articoli\s+correlati|not[íi]cias\s+relacionadas|powi[ąa]zane\s+artyku[łl]y"
    r"|povezan[ie]\s+(?:[čc]lanci|vijesti)|kapcsol[óo]d[óo]\s+(?:cikkek|h[íi]rek)|articole\s+(?:similare|conexe)"
    r"|схож[іи]\s+новини|читайте\s+також|похожие\s+новости|читайте\s+также|σχετικ[άα]\s+(?:[άα]ρθρα|νέα))\s*:?$",
    re.I,
)
_RELATED_WORDS = 16


def _related_links(body: list[Unit]) -> int | None:
    """Where the links to the site's other pages closing the body open: their heading ("Related articles") over
    nothing but the titles of those pages (short lines, no sentence). None when the body does not end with them."""
    lead = _last_heading(body, len(body) - 2)
    if lead is None or not _RELATED_HEADING.match(body[lead].text.strip()):
        return None
    under = body[lead + 1 :]
    short = all(len(u.text.split()) <= _RELATED_WORDS and not u.text.rstrip().endswith(".") for u in under)
    return lead if short else None


def _last_heading(body: list[Unit], first: int) -> int | None:
    """The last heading among the closing lines, looking up from ``first``: a section the body may close with."""
    for lead in range(first, max(-1, len(body) - 2 - CONTACT_LINES), -1):
        if body[lead].kind is BlockKind.HEADING:
            return lead
    return None


def _contact_section(body: list[Unit]) -> int | None:
    """Where a section of whom to contact closing the body opens: a heading naming it ("Contact", "Media contacts")
    over nothing but lines giving an address or a number and the names and posts they reach, or over nothing at all
    (a contact block already left out). None when the body does not end with one."""
    lead = _last_heading(body, len(body) - 1)
    if lead is None:
        return None
    under = body[lead + 1 :]
    if classify_heading(body[lead].text)[0] is not SectionKey.CONTACT:
        # whatever its heading, a last slide or box of nothing but addresses and numbers says whom to reach
        return lead if reach_box([u.text for u in under]) else None
    # the names and posts of whom to reach may stand on lines of their own, over or beside their numbers
    reach = [gives_contact(u.text) for u in under]
    return (
        lead
        if all(r or signature_line(u) for r, u in zip(reach, under, strict=True)) and (any(reach) or not under)
        else None
    )


def _close_heading(text: str) -> bool:
    """A writer's close set like a heading: the close alone ("ENDS") or with a time or a date ("NEXT SITREP:
    1800 06APR20"), not a section's name ("Next update")."""
    return is_trailer(text) and (any(c.isdigit() for c in text) or is_end_mark(text))


def _signature_lead(body: list[Unit]) -> int | None:
    """Where the signature block closing the body opens: a sign-off lead with only short lines of name, post,
    office or contact under it (a lead naming for whom it signs, "Pour le préfet,", needs a post named in
    the block and a line under it). None when the body does not end with one."""
    for lead in range(len(body) - 1, max(-1, len(body) - 2 - SIGNATURE_LINES), -1):
        unit, under = body[lead], body[lead + 1 :]
        # under the report's closing fields ("Next sitrep: …", "Distribution: …") short lines are who signs
        if under and _closing_field(body, lead) and all(signature_line(u) for u in under):
            return lead + 1
        # the lead is no sentence either: "Checked by the duty officer." under "Comments" is that section's text
        # (the place and day it is signed at may end on a stop: "Calella, a la data de la signatura electrònica.")
        if not (signature_line(unit) or is_place_and_date(unit.text)) or not all(signature_line(u) for u in under):
            return None
        if lead == 0:
            return None  # a document of nothing but a signature is not one to strip
        if opens_signature(unit.text):
            # the signer's post set over "Fdo.: …" or "Signed": "EL DIRECTOR DE LA AGENCIA"
            while lead > 1 and signature_line(body[lead - 1]) and names_post(body[lead - 1].text):
                lead -= 1
            return lead
        if signs_for(unit.text) and under and any(names_post(u.text) for u in (unit, *under)):
            return lead
    return None


_INITIALS = re.compile(r"[A-Z]{2,5}")


def _name_over_post(body: list[Unit]) -> int | None:
    """Where the writer's name on one line over their post on the next ("Dr. Angela Ruiz" over
    "Superintendent") closes the body with no sign-off over them, with the thanks set over them. None when the
    body does not end with one."""
    found = _name_then_post(body)
    if found is None and len(body) > 4 and body[-1].bullet is None and _place_line(body[-1].text):
        found = _name_then_post(body[:-1])  # the office's place under the post: "Barangay Tetuan, Zamboanga City"
    return found


def _name_then_post(body: list[Unit]) -> int | None:
    if len(body) < 4 or any(u.bullet is not None or u.kind is BlockKind.HEADING for u in body[-2:]):
        return None
    name, post = body[-2].text.strip(), body[-1].text.strip()
    # a post may be given by its initials alone ("SAO", "CEO") under a person's name of two words or more
    initials = _INITIALS.fullmatch(post) is not None and PERSON_NAME.match(name) is not None
    if not (names_post(post) or initials) or names_post(name) or any(c.isdigit() for c in name):
        return None
    if len(name.split()) > 5 or (initials and not all(w[:1].isupper() for w in name.split())):
        return None
    if not signature_line(body[-1]) or not (initials or signs_name_and_post(f"{name} {post}")):
        return None
    return _with_thanks(body, len(body) - 2)


def _place_line(text: str) -> bool:
    """An office's place on a line of its own: a few capitalised words, a comma, a few more, no figure or stop."""
    parts = [p.strip() for p in text.strip().split(",")]
    return (
        2 <= len(parts) <= 3
        and all(0 < len(p.split()) <= 3 and p[:1].isupper() for p in parts)
        and not any(c.isdigit() for c in text)
        and not text.rstrip().endswith((".", ":", ";"))
    )


def _set_apart_signature(body: list[Unit]) -> int | None:
    """Where the signature set apart from the report closes the body: a few short lines (a post, an office, a
    name, "(signed)") set centred or to the right where the text above them runs from the margin, as an
    official letter signs in any language. None when the body does not end with one."""
    n = len(body)
    while n > 0 and body[n - 1].style.get("align") in ("center", "right"):
        n -= 1
    under = body[n:]
    if not under or len(under) > SIGNATURE_LINES + 1 or n < 3 or body[n - 1].style.get("align"):
        return None
    if not all(u.kind is not BlockKind.HEADING and signature_line(u) for u in under):
        return None
    return _with_thanks(body, n)


def _with_thanks(body: list[Unit], lead: int) -> int:
    """Where the signature opening at ``lead`` opens with the thanks the writer set right over it."""
    above = body[lead - 1] if lead > 1 else None
    if above is None or above.bullet is not None or above.kind is BlockKind.HEADING:
        return lead
    # (an end mark of as few words, "Sitrep ends.", is the report's, not the writer's thanks)
    return lead - 1 if is_thanks(above.text) or (brief_thanks(above) and not is_trailer(above.text)) else lead


def _closing_field(body: list[Unit], n: int) -> bool:
    """The next report's time or the list of whom the report goes to, not under a heading of its own."""
    text = body[n].text
    return (
        body[n].bullet is None
        and body[n].kind is not BlockKind.HEADING  # "Next Meeting" over its time is a section
        and (is_distribution_list(text) or is_next_report(text))
        and n > 0
        and body[n - 1].kind is not BlockKind.HEADING
    )


# The closes a name or a post signs with no sign-off word over them, tried in this order.
def _name_post_contact(body: list[Unit]) -> int | None:
    lead = name_post_contact(body)
    return None if lead is None else _with_thanks(body, lead)


_SIGNED_CLOSES = (
    post_over_name, post_and_name_close, preparer_line, thanks_from_body, _name_over_post, _name_post_contact,
    _set_apart_signature, bracketed_name, signed_heads, signed_off, signer_head, comma_close,
    thanks_close,
)  # fmt: skip
