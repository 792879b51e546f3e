"""Mail writer of the ``blind33_layouts`` set.

A Norwegian municipality's daily situation report after a quick-clay landslide, in Norwegian Bokmål, written by the
municipality's emergency preparedness coordinator in the municipality's Roundcube webmail and sent as Roundcube sends
it: its headers (``User-Agent: Roundcube Webmail/1.6.6``, ``X-Sender``, a message id and a ``=_`` boundary of hex
digits), ``multipart/alternative`` in quoted-printable; the HTML part as Roundcube's TinyMCE editor writes it — the
``<body>`` with Roundcube's Verdana style, every paragraph a ``<p>``, the greeting and covering line, the title in
``<strong>``, each section a ``<p><strong>`` line, the summary as paragraphs, the other points ``<ul>`` lists,
"<strong>Tiltak:</strong>" inside a risk's point, the sign-off and the signature in ``<div id="signature">`` after
"-- " —; the text part as Roundcube writes it from the HTML (``format=flowed``, the bold text in capitals, a list's
points "\\t* ", the lines wrapped at 76 with a trailing space). "3 400 kr", "1,25 mill. kr", "1 250", "12 %",
"16. januar", "(forrige rapport: 5)".
"""

from __future__ import annotations

import hashlib
import quopri
import textwrap
import zlib
from datetime import timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind33_layouts_content import NO_MONTHS, parts, slug
from council_layouts_gold import Doc

COORDINATORS = {
    "Eidsdal": ("Ingrid Solheim", "Beredskapskoordinator"),
    "Kvernes": ("Øystein Rø", "Beredskapsleder"),
    "Sørlia": ("Kari Haugland", "Beredskapskoordinator"),
    "Leirvik": ("Per Arne Vik", "Kommunalsjef"),
}
FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
STYLE = "font-size: 10pt; font-family: Verdana,Geneva,sans-serif"


def _qp(text: str) -> str:
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def _flowed(lines: list[str]) -> str:
    """Lines in format=flowed: a long line wrapped at 76 with a trailing space at each soft break."""
    out = []
    for ln in lines:
        if len(ln) <= 76:
            out.append(ln)
            continue
        parts_ = textwrap.wrap(ln, 75, break_long_words=False, expand_tabs=False, replace_whitespace=False)
        out += [p + " " for p in parts_[:-1]] + parts_[-1:]
    return "\n".join(out)


def eml_roundcube_landslide_no(doc: Doc) -> bytes:
    """The municipality's situation report as Roundcube Webmail sends it."""
    town = doc.organisation.removesuffix(" kommune")
    who, role = COORDINATORS[town]
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    sent = when.replace(hour=16, minute=10 + h % 40, second=h % 60, tzinfo=timezone(timedelta(hours=1)))
    domain = f"{slug(town).translate(FOLD)}.kommune.example"
    day = f"{when.day}. {NO_MONTHS[when.month - 1]}"
    subject = f"Situasjonsrapport nr. {doc.number} – kvikkleireskred Brennhaugen – {day}"
    title = f"SITUASJONSRAPPORT NR. {doc.number} – KVIKKLEIRESKRED BRENNHAUGEN"
    html = [f"<p>Hei alle,</p>\n<p>Her er dagens situasjonsrapport fra kriseledelsen i {escape(doc.organisation)}, "
            f"per kl. 16.00 {day}.</p>", f"<p><strong>{escape(title)}</strong></p>"]  # fmt: skip
    text = ["Hei alle,", "", f"Her er dagens situasjonsrapport fra kriseledelsen i {doc.organisation}, per kl. "
            f"16.00 {day}.", "", title, ""]  # fmt: skip
    for s in doc.sections:
        html.append(f"<p><strong>{escape(s.heading)}</strong></p>")
        text += [s.heading.upper(), ""]
        paragraphs = s.key == "highlights"
        if not paragraphs:
            html.append("<ul>")
        for it in s.items:
            risk, lead, rest = parts(it, "no")
            inner = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            plain = f"{risk} {lead.upper()} {rest}" if lead else it.text
            html.append(f"<p>{inner}</p>" if paragraphs else f"<li>{inner}</li>")
            text += [plain, ""] if paragraphs else [f"\t* {plain}"]
        if not paragraphs:
            html.append("</ul>")
            text.append("")
    phone = f"+47 {900 + h % 90} {h % 90 + 10} {h % 900 + 100}"
    html += ["<p>Neste situasjonsrapport sendes i morgen kl. 16.00.</p>", "<p>Med vennlig hilsen</p>",
             f'<div id="signature">-- <br />{escape(who)}<br />{role}<br />{escape(doc.organisation)}<br />'
             f"Tlf. {phone}</div>"]  # fmt: skip
    text += ["Neste situasjonsrapport sendes i morgen kl. 16.00.", "", "Med vennlig hilsen", "", "-- ", who, role,
             doc.organisation, f"Tlf. {phone}"]  # fmt: skip
    body = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            f"style='{STYLE}'>\n" + "\n".join(html) + "\n</body></html>\n")  # fmt: skip
    digest = hashlib.md5(subject.encode()).hexdigest()
    boundary = f"=_{digest}"
    user = slug(who).translate(FOLD).replace("-", ".")
    heads = ["MIME-Version: 1.0", f"Date: {format_datetime(sent)}", f"From: {Header(who, 'utf-8').encode()} "
             f"<{user}@{domain}>", f"To: Kriseledelsen <kriseledelsen@{domain}>",
             "Cc: Statsforvalteren beredskap <beredskap@statsforvalteren.example>, Politiet <post.operasjon@"
             "politiet.example>", f"Subject: {Header(subject, 'utf-8').encode()}",
             f"Message-ID: <{hashlib.md5(title.encode() + domain.encode()).hexdigest()}@{domain}>",
             f"X-Sender: {user}@{domain}", "User-Agent: Roundcube Webmail/1.6.6",
             f'Content-Type: multipart/alternative;\r\n boundary="{boundary}"', "", f"--{boundary}",
             "Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain; charset=UTF-8;\r\n "
             "format=flowed", "", _qp(_flowed(text)), "", f"--{boundary}",
             "Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html; charset=UTF-8", "", _qp(body),
             "", f"--{boundary}--", ""]  # fmt: skip
    return "\r\n".join(heads).encode("ascii")
