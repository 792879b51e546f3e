"""Mail writer of the ``blind24_layouts`` set: a Georgian municipality's emergency management service's situation report
sent as the body of the Outlook meeting request that calls the operational staff to its daily meeting — a Teams
meeting invitation as Exchange sends it: ``multipart/alternative`` of Outlook's plain text, Word's HTML ("Microsoft
Word 15 (filtered medium)", ``MsoNormal`` paragraphs with ``lang=KA`` spans, bold headings, ``<ul type=disc>`` points
of ``MsoListParagraph`` entries, the situation as paragraphs, "<b>ღონისძიებები:</b>" inside a risk's point) and the
``text/calendar; method=REQUEST`` part (VTIMEZONE, ORGANIZER and ATTENDEE lines, the whole report again in the
DESCRIPTION and as HTML in X-ALT-DESC, escaped and folded at 75 octets, SUMMARY, LOCATION, a reminder); in the body
the greeting and the invitation line, the report's title and date lines, the head of service's signature, and the
Teams block between rules ("Microsoft Teams meeting", "Join on your computer…", the meeting ID and passcode, the links);
"1 250", "12%", "3 400 ლარი", "16 ივლისი").
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind24_layouts_content import LEADS, TVEEBI
from council_layouts_gold import Doc

CHIEFS = {"ონის": ("გიორგი ბერიძე", "oni"), "ლენტეხის": ("ნინო ქურდაძე", "lentekhi"),
          "ამბროლაურის": ("დავით ჯაფარიძე", "ambrolauri"), "მესტიის": ("თამარ გელოვანი", "mestia")}  # fmt: skip
RULE = "_" * 80
TZ = timezone(timedelta(hours=4))
STYLE = ("<style><!-- @font-face {font-family:Sylfaen;} p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;"
         "font-family:\"Sylfaen\",serif;} p.MsoListParagraph, li.MsoListParagraph {margin-top:0cm;margin-right:0cm;"
         "margin-bottom:0cm;margin-left:36.0pt;font-size:11.0pt;font-family:\"Sylfaen\",serif;} "
         "div.WordSection1 {page:WordSection1;} --></style>")  # fmt: skip


def _teams(meeting: str, html: bool) -> list[str]:
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting}%40thread.v2/0"
    if not html:
        return [RULE, "Microsoft Teams meeting", "Join on your computer, mobile app or room device",
                f"Click here to join the meeting<{link}>", "",
                f"Meeting ID: {meeting[:3]} {meeting[3:6]} {meeting[6:9]}",
                f"Passcode: {meeting[-6:]}", "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
                "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>", "",
                "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
                "meetingOptions/>", RULE]  # fmt: skip
    grey = "style='color:#5F5F5F'"
    return [f"<div style='margin-bottom:.25in;overflow:hidden'><p class=MsoNormal><span {grey}>{RULE}</span></p></div>",
            "<div style='margin-bottom:.25in'><p class=MsoNormal><span style='font-size:18.0pt;"
            "font-family:\"Segoe UI\",sans-serif;color:#252424'>Microsoft Teams meeting</span></p></div>",
            f"<p class=MsoNormal><b><span style='font-size:10.5pt;color:#252424'>Join on your computer, mobile app or "
            f"room device</span></b><br><a href=\"{link}\"><b><span style='font-size:10.5pt;color:#6264A7'>Click here "
            "to join the meeting</span></b></a></p>",
            f"<p class=MsoNormal><span {grey}>Meeting ID: {meeting[:3]} {meeting[3:6]} {meeting[6:9]}<br>Passcode: "
            f"{meeting[-6:]}</span></p>",
            f"<div style='margin-top:.25in;margin-bottom:.25in'><p class=MsoNormal><span {grey}>{RULE}</span></p>"
            "</div>"]  # fmt: skip


def _bodies(doc: Doc, when: datetime, meeting: str) -> tuple[str, str]:
    """(plain text, HTML) of the invitation's body."""
    town = doc.organisation.split()[0]
    chief, _ = CHIEFS[town]
    day = f"{when.day} {TVEEBI[when.month - 1]} {when.year}"
    greeting = ("ძვირფასო კოლეგებო,", f"გიგზავნით სიტუაციურ ანგარიშს №{doc.number} და გიწვევთ ოპერატიული შტაბის "
                "სხდომაზე დღეს, 11:00 საათზე, მერიის სიტუაციურ ოთახში ან Teams-ით.")  # fmt: skip
    sign = ("პატივისცემით,", chief, "საგანგებო სიტუაციების მართვის სამსახურის უფროსი", doc.organisation)
    title = (f"სიტუაციური ანგარიში №{doc.number}", f"{doc.organisation}, {day}, 08:00")
    text = [greeting[0], "", greeting[1], "", *title]
    html = ["<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
            "content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            f"{STYLE}</head><body lang=EN-US link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            "<div class=WordSection1>",
            f"<p class=MsoNormal><span lang=KA>{greeting[0]}</span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>",
            f"<p class=MsoNormal><span lang=KA>{escape(greeting[1])}</span></p>",
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
            f"<p class=MsoNormal><b><span lang=KA style='font-size:14.0pt'>{title[0]}</span></b></p>",
            f"<p class=MsoNormal><span lang=KA style='color:#595959'>{escape(title[1])}</span></p>"]  # fmt: skip
    for s in doc.sections:
        text += ["", s.heading]
        html.append(f"<p class=MsoNormal style='margin-top:10.0pt'><b><span lang=KA style='font-size:12.0pt;"
                    f"color:#1F3864'>{escape(s.heading)}</span></b></p>")  # fmt: skip
        if s.key == "situation":
            for it in s.items:
                text.append(it.text)
                html.append(f"<p class=MsoNormal><span lang=KA>{escape(it.text)}</span></p>")
            continue
        html.append("<ul style='margin-top:0cm' type=disc>")
        for it in s.items:
            risk, lead, rest = split_mitigation(it, LEADS["ka"])
            text.append(f"  *   {it.text}")
            body = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            html.append(f"<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'><span lang=KA>"
                        f"{body}</span></li>")  # fmt: skip
        html.append("</ul>")
    text += ["", *sign, "", *_teams(meeting, False)]
    html += ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>", *(f"<p class=MsoNormal><span lang=KA>{escape(x)}</span></p>"
             for x in sign), *_teams(meeting, True), "</div></body></html>"]  # fmt: skip
    return "\n".join(text), "".join(html)


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """An iCalendar content line folded at 75 octets, never inside a letter."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode())
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    return [out[0], *(" " + x for x in out[1:]), " " + cur] if out else [cur]


def _ics(doc: Doc, when: datetime, text: str, html: str, organiser: tuple[str, str], subject: str) -> str:
    start = when.replace(hour=11, minute=0)
    uid = f"040000008200E00074C5B7101A82E00800000000{zlib.crc32(subject.encode()):08X}{doc.number:08X}"
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Georgian Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
             "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"ORGANIZER;CN={organiser[0]}:mailto:{organiser[1]}",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ოპერატიული შტაბი:mailto:"
             f"shtabi@{organiser[1].split('@')[1]}",
             f"DESCRIPTION;LANGUAGE=ka-GE:{_ics_text(text)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=ka-GE:{subject}",
             f"DTSTART;TZID=Georgian Standard Time:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID=Georgian Standard Time:{start + timedelta(hours=1):%Y%m%dT%H%M%S}", "CLASS:PUBLIC",
             "PRIORITY:5", f"DTSTAMP:{when.astimezone(UTC):%Y%m%dT%H%M%SZ}", "TRANSP:OPAQUE",
             "STATUS:CONFIRMED", "SEQUENCE:0",
             "LOCATION;LANGUAGE=ka-GE:მერიის სიტუაციური ოთახი / Microsoft Teams Meeting",
             "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
             f"X-ALT-DESC;FMTTYPE=text/html:{_ics_text(html)}", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
             "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]  # fmt: skip
    return "\r\n".join(part for line in lines for part in _fold(line)) + "\r\n"


def email_invite_ka(doc: Doc) -> bytes:
    """The meeting request that carries the day's report, as the staff's members receive it."""
    when = report_day(doc).replace(hour=8, minute=25, tzinfo=TZ)
    town = doc.organisation.split()[0]
    chief, login = CHIEFS[town]
    meeting = f"{zlib.crc32(doc.organisation.encode()) % 900_000_000 + 100_000_000}{doc.number:03d}aB{doc.number}xQz"
    text, html = _bodies(doc, when, meeting)
    subject = f"ოპერატიული შტაბის სხდომა – სიტუაციური ანგარიში №{doc.number}"
    address = f"emergency@{login}.gov.ge"
    msg = EmailMessage()
    msg["From"] = f"{chief} <{address}>"
    msg["To"] = f"ოპერატიული შტაბი <shtabi@{login}.gov.ge>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{zlib.crc32(subject.encode() + town.encode()):08x}.{doc.number}@{login}.gov.ge>"
    msg["Thread-Topic"] = subject
    msg["Content-Language"] = "ka-GE"
    msg["X-MS-Has-Attach"] = ""
    msg["X-MS-TNEF-Correlator"] = ""
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    msg.add_alternative(_ics(doc, when, text, html, (chief, address), subject), subtype="calendar",
                        params={"method": "REQUEST"})  # fmt: skip
    return msg.as_bytes()
