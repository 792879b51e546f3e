"""Text and web writers of the ``blind7_layouts`` set: an ambulance service's METHANE message as its control
room sends it (a message header of FROM / TO / DTG / SUBJECT, the seven letters of the mnemonic each over
its "- " points, "Message ends" and the next update time), a flood wardens' WhatsApp group exported to text
(the sitrep one long message among the group's chatter, "*bold*" lines over "- " points) and a county
council's staff news page saved from its SharePoint intranet (suite bar, site header and navigation, the
title region and byline, text web parts with ``<h2>`` headings in canvas sections, a quick links web part,
likes, views and comments).
"""

from __future__ import annotations

import textwrap
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

WIDTH = 72


def text_methane(doc: Doc) -> bytes:
    """The control room's message: protective marking, FROM / TO / DTG / SUBJECT, a rule; each section its
    heading ("H – Hazards") on a line of its own and its points as "- " lines wrapped under their text; a
    rule, "Message ends", the next update and the loggist's line. CRLF line ends."""
    when = report_day(doc) + timedelta(hours=6 + 2 * doc.number, minutes=15)
    rule = "-" * WIDTH
    lines = ["OFFICIAL-SENSITIVE", "",
             f"FROM:     {doc.organisation.upper()} – EMERGENCY OPERATIONS CENTRE",
             "TO:       ALL RESPONDING AGENCIES / ACUTE TRUSTS / LRF DUTY OFFICER",
             f"DTG:      {when:%d%H%M}{when:%b%y}".upper(),
             f"SUBJECT:  MAJOR INCIDENT – {doc.service.upper()} – METHANE UPDATE {doc.number}", rule, ""]  # fmt: skip
    for s in doc.sections:
        lines.append(s.heading)
        for it in s.items:
            wrapped = textwrap.wrap(it.text, WIDTH - 6)
            lines.append("   - " + wrapped[0])
            lines += ["     " + w for w in wrapped[1:]]
        lines.append("")
    nxt = when + timedelta(hours=1)
    lines += [rule, f"Message ends. Next METHANE update at {nxt:%H%M} or on significant change.",
              f"Passed by: Tactical Commander (Ambulance)   Logged: EOC loggist {when:%H%M}"]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode()


CHATTER_BEFORE = (
    ("Mike Dorrell", "Anyone know if the barrier on the Severnside is fully up?"),
    ("Kath Wyatt", "Yes all up, did it with the EA lads at 4"),
    ("Mike Dorrell", "👍"),
    ("Pete Owusu", "<Media omitted>"),
    ("Pete Owusu", "Water over the path by the bowling club now"),
)
CHATTER_AFTER = (
    ("Kath Wyatt", "Thanks Jo 👏"),
    ("Mike Dorrell", "I can do the 10pm check with Pete"),
    ("Pete Owusu", "This message was deleted"),
    ("Pete Owusu", "Yes fine by me"),
    ("Ann Beddoes", "Stay safe everyone x"),
)


def text_whatsapp(doc: Doc) -> bytes:
    """A WhatsApp group exported without media: "dd/mm/yyyy, HH:MM - Name: text", a message's later lines
    without the prefix; the group's chatter first, then the coordinator's sitrep (its first line the title in
    asterisks, each section a "*Heading*" line over "- " points, blank lines between), then more chatter."""
    when = report_day(doc) + timedelta(hours=17, minutes=40)
    stamp = lambda minutes: f"{when + timedelta(minutes=minutes):%d/%m/%Y, %H:%M}"  # noqa: E731
    lines = [f"{stamp(0)} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
             "WhatsApp, can read or listen to them. Tap to learn more."] if doc.number == 1 else []  # fmt: skip
    for k, (who, text) in enumerate(CHATTER_BEFORE):
        lines.append(f"{stamp(3 + 4 * k)} - {who}: {text}")
    body = [f"*{doc.title}*", ""]
    for s in doc.sections:
        body.append(f"*{s.heading}*")
        body += [f"- {it.text}" for it in s.items]
        body.append("")
    body.append("Shout if I've missed anything")
    lines.append(f"{stamp(30)} - Jo Meakin: " + body[0])
    lines += body[1:]
    for k, (who, text) in enumerate(CHATTER_AFTER):
        lines.append(f"{stamp(33 + 3 * k)} - {who}: {text}")
    return ("\n".join(lines) + "\n").encode()


NAV = ("Home", "News", "HR and pay", "IT help", "Our council", "Emergency planning")
LINKS = ("Gritting routes map", "Report absence", "Working from home guidance", "Employee assistance programme",
         "School closures")  # fmt: skip
COMMENTS = (("Rachel Huxley", "Thank you to all the gritter drivers, amazing work."),
            ("Tom Fairbairn", "Is the Calder Bridge office open tomorrow?"))  # fmt: skip


def html_sharepoint_news(doc: Doc) -> bytes:
    """The news page as the browser saves it: the suite bar, the site header and navigation, a canvas of
    sections (the title region with author and date, a text web part of ``<h2>`` headings and lists in the
    wide column, quick links and a contacts web part in the narrow one), the social bar and comments."""
    when = report_day(doc)
    nav = "".join(f'<li class="ms-HorizontalNavItem"><a href="#" data-interception="on">{n}</a></li>' for n in NAV)
    parts = []
    for s in doc.sections:
        parts.append(f"<h2>{escape(s.heading)}</h2>")
        parts.append("<ul>" + "".join(f"<li>{_bold_lead(it.text)}</li>" for it in s.items) + "</ul>")
    links = "".join(
        f'<div class="quickLinks-item"><a href="#"><span class="ms-Icon" aria-hidden="true"></span>'
        f'<div class="quickLinks-title">{t}</div></a></div>' for t in LINKS)  # fmt: skip
    comments = "".join(
        f'<div class="ms-Comment"><span class="ms-Persona-primaryText">{who}</span>'
        f'<span class="ms-Comment-time">{when:%d %B} at 09:{12 + 7 * k}</span><p>{text}</p>'
        f'<button>Like</button><button>Reply</button></div>' for k, (who, text) in enumerate(COMMENTS))  # fmt: skip
    html = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8">
<title>{escape(doc.title)}</title>
<link rel="stylesheet" href="./{escape(doc.title)}_files/sp-pages-assembly_en-us.css"></head>
<body class="ms-Fabric">
<div id="SuiteNavWrapper"><div class="o365sx-appName">SharePoint</div>
<input type="search" placeholder="Search this site"><div class="o365sx-button">?</div></div>
<div data-automationid="SiteHeader" class="ms-siteHeader"><div class="ms-siteLogo">TH</div>
<div class="ms-siteHeader-title"><span>The Hub – {escape(doc.organisation)}</span></div>
<nav><ul class="ms-HorizontalNav">{nav}</ul></nav>
<div class="ms-siteHeader-follow"><button>☆ Not following</button><button>Share</button></div></div>
<div class="SPCanvas"><div class="CanvasZone">
<div class="CanvasSection CanvasSection-col-12"><div class="ControlZone" data-sp-feature-tag="PageTitle WebPart">
<div class="pageTitle-bannerImage" role="img" aria-label="Gritter on a snowy road"></div>
<div class="pageTitle-topicHeader">Service update</div>
<h1 data-automation-id="pageTitle" class="pageTitle">{escape(doc.title)}</h1>
<div class="pageTitle-byline"><span class="ms-Persona-primaryText">Emergency Planning Team</span>
<span>Published {when.day} {when:%B %Y}</span><span>2 min read</span></div></div></div>
</div><div class="CanvasZone">
<div class="CanvasSection CanvasSection-col-8"><div class="ControlZone" data-sp-feature-tag="Rich Text Editor">
<div data-sp-rte="" class="cke_editable rte--read">{"".join(parts)}</div></div></div>
<div class="CanvasSection CanvasSection-col-4">
<div class="ControlZone" data-sp-feature-tag="QuickLinksWebPart"><div class="webPartHeader">
<span role="heading" aria-level="2">Useful links</span></div>{links}</div>
<div class="ControlZone" data-sp-feature-tag="People"><div class="webPartHeader">
<span role="heading" aria-level="2">Contacts</span></div>
<div class="ms-Persona"><span class="ms-Persona-primaryText">Duty Emergency Planning Officer</span>
<span class="ms-Persona-secondaryText">01632 960 412</span></div></div>
</div></div></div>
<div class="ms-socialBar"><button>♡ Like</button><span>{11 + 3 * doc.number} likes</span>
<button>Comment</button><button>Save for later</button><span>{180 + 57 * doc.number} views</span></div>
<div class="ms-CommentsWrapper"><h2 class="commentsHeader">Comments</h2>
<textarea placeholder="Add a comment. Type @ to mention someone"></textarea>{comments}</div>
</body></html>
"""
    return html.encode()


def _bold_lead(text: str) -> str:
    """The mitigation lead in bold inside its bullet, as an editor marks it."""
    lead = "What we're doing about it:"
    out = escape(text, quote=False)
    return out.replace(escape(lead, quote=False), f"<strong>{escape(lead, quote=False)}</strong>", 1)
