"""E-mail writer of the ``blind39_layouts`` set (the ``email`` package).

A local NGO's earthquake sitrep in central Myanmar, written in Gmail by its field coordinator and sent to the partners'
coordination list on Google Groups, as a member of the list receives it: Gmail's ``multipart/alternative`` — the text
part as Gmail makes it (bold as ``*…*``, the list's points after "   - ") and the HTML part of Gmail's composer (a
``<div dir="ltr">``, a ``<div>`` a line, ``<div><br></div>`` for a blank one, each section's name in ``<b>`` on its
own line, the summary as lines, the other points in ``<ul><li style="margin-left:15px">``, "Mitigation measures:"
inside a risk's point), the greeting "Dear partners," and a line saying what follows, "Best regards," and the
``gmail_signature`` (name, post, organisation, telephone); from the second report on, the coordinator replies to the
message of the report before, so under the sitrep comes Gmail's ``gmail_quote`` — "On Thu, 2 Apr 2026 at 17:13, …
wrote:" and that whole message in a ``blockquote`` (in the text part after "> "): its greeting, report, signature, its
own quote of the report before it and the group's footer —; then the footer Google Groups adds to both
parts ("-- ", "You received this message because you are subscribed to the Google Groups …", the unsubscribe line and
the discussion's address), with the list's headers (``List-ID``, ``Mailing-list``, ``List-Post``, ``Precedence: list``,
``X-Original-Sender``) and the thread's subject, the first report's ("[mm-eq-partners] SRDA sitrep #1 – 31 March",
after "Re: " from the second report on). "US$3,400", "US$1.25 million", "16 April", "(prev. sitrep: 5)".
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind39_layouts_banks_en import QUAKE
from blind39_layouts_content import parts, slug
from council_layouts_gold import Doc

MMT = timezone(timedelta(hours=6, minutes=30))
GROUP = "mm-eq-partners"
SHORT = ("SRDA", "MCHN", "KWDG", "SYVN")
COORDS = (("Ko Aung Min Thu", "Field Coordinator"), ("Daw Khin Myat Noe", "Programme Manager"),
          ("Ma Thiri Zaw", "Emergency Coordinator"), ("Ko Htet Naing Lin", "Team Leader"))  # fmt: skip
FOOTER = (f'You received this message because you are subscribed to the Google Groups "Myanmar EQ Local Partners" '
          f"group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to "
          f"{GROUP}+unsubscribe@googlegroups.com.")  # fmt: skip

_SENT: dict[str, tuple] = {}  # what each organisation sent last (number, time, html, text, id, subject), replied to


def _html_report(doc: Doc) -> str:
    out: list[str] = []
    for s in doc.sections:
        out.append(f"<div><b>{escape(s.heading)}</b></div>")
        if s.key == "highlights":
            out += [f"<div>{escape(it.text)}</div>" for it in s.items]
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "mm")
                text = f"{escape(risk)} {escape(lead)} {escape(rest)}" if lead else escape(it.text)
                lis.append(f'<li style="margin-left:15px">{text}</li>')
            out.append(f"<ul>{''.join(lis)}</ul>")
        out.append("<div><br></div>")
    return "".join(out)


def _text_report(doc: Doc) -> list[str]:
    out: list[str] = []
    for s in doc.sections:
        out.append(f"*{s.heading}*")
        for it in s.items:
            if s.key == "highlights":
                out.append(it.text)
                continue
            risk, lead, rest = parts(it, "mm")
            out.append(f"   - {risk} {lead} {rest}" if lead else f"   - {it.text}")
        out.append("")
    return out


def eml_google_groups_mm(doc: Doc) -> bytes:
    """The NGO's sitrep as a member of the Google Group receives it, the message before quoted under it."""
    h = zlib.crc32(doc.title.encode())
    k = QUAKE.organisations.index(doc.organisation)
    name, post = COORDS[k]
    addr = f"{slug(name).replace('-', '.')}.{SHORT[k].lower()}@gmail.com"
    when = report_day(doc)
    sent = when.replace(hour=17, minute=h % 50 + 5, tzinfo=MMT)
    before = _SENT.get(doc.organisation)
    before = before if before and before[0] == doc.number - 1 else None
    greet = ["Dear partners,", "", f"Please find below {SHORT[k]}'s sitrep #{doc.number} for our target villages "
             f"as of today, {when.day} {when:%B}.", ""]  # fmt: skip
    sig = [name, post, doc.organisation, f"+95 9 {h % 900 + 100} {h % 9000 + 1000}"]
    text = [*greet, *_text_report(doc), "Best regards,", "", "-- ", *sig]
    divs = "".join(f"<div>{escape(x)}</div>" if x else "<div><br></div>" for x in greet)
    sig_html = ('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                + "<br>".join(escape(x) for x in sig) + "</div></div>")  # fmt: skip
    html = (f'<div dir="ltr">{divs}{_html_report(doc)}<div>Best regards,</div><div><br></div><span class="gmail_'
            f'signature_prefix">-- </span><br>{sig_html}</div>')  # fmt: skip
    subject = f"[{GROUP}] {SHORT[k]} sitrep #{doc.number} – {when.day} {when:%B}"
    mid = f"CAF{hashlib.sha1(doc.title.encode()).hexdigest()[:40]}@mail.gmail.com"
    if before:
        _, then, old_html, old_text, _, subject = before
        attr = f"On {then:%a}, {then.day} {then:%b %Y} at {then:%H:%M}, {name} <{addr}> wrote:"
        text += ["", attr, "", *(f"> {x}" if x and not x.startswith(">") else f">{x}" for x in old_text)]
        html += (
            f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{escape(attr)}'
            '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{old_html}</blockquote></div>'
        )
        subject = subject if subject.startswith("Re: ") else f"Re: {subject}"
    view = f"https://groups.google.com/d/msgid/{GROUP}/{mid.replace('@', '%40')}"
    text += ["", "-- ", *FOOTER.split("\n"), f"To view this discussion visit {view}."]
    foot = escape(FOOTER).replace("\n", "<br />\n")
    html += (f'\n\n<p></p>\n\n-- <br />\n{foot}<br />\nTo view this discussion visit <a href="{view}?utm_medium=email'
             f'&amp;utm_source=footer">{view}</a>.<br />\n')  # fmt: skip
    _SENT[doc.organisation] = (doc.number, sent, html, text, mid, subject)
    msg = EmailMessage()
    msg["X-Original-Sender"] = addr
    msg["Precedence"] = "list"
    msg["Mailing-list"] = f"list {GROUP}@googlegroups.com; contact {GROUP}+owners@googlegroups.com"
    msg["List-ID"] = f"<{GROUP}.googlegroups.com>"
    msg["List-Post"] = f"<https://groups.google.com/group/{GROUP}/post>, <mailto:{GROUP}@googlegroups.com>"
    msg["List-Unsubscribe"] = f"<mailto:googlegroups-manage+{h % 10**12}+unsubscribe@googlegroups.com>"
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = f"Myanmar EQ Local Partners <{GROUP}@googlegroups.com>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{mid}>"
    if before:
        msg["In-Reply-To"] = f"<{before[4]}>"
        msg["References"] = f"<{before[4]}>"
    msg.set_content("\n".join(text) + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary(f"000000000000{h:08x}{k:02x}06{doc.number:02d}")
    return bytes(msg)
