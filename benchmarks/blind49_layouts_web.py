"""Web and Markdown writers of the ``blind49_layouts`` set: a New Zealand regional council's bus ticketing outage
update on its status page, and a national positioning agency's sitrep kept as Markdown in its operations repository.

A New Zealand regional council's public transport update on the bus ticketing outage, posted as an incident of the
council's status page, a self-hosted Cachet, and saved from the browser: the page's banner (the council's logo),
the "Subscribe" button, the incident's name as the ``<h1>`` with when it happened in ``<small>``, the status
("Identified") with its icon, the message as Cachet renders the Markdown typed into it — each section's name a line
of bold on its own (``**Summary**``, a paragraph of ``<strong>``), the summary as paragraphs, the other points a
list, "**Workaround:**" inside a risk's point —, "Posted … ago", the affected components with their status, a
"Back to status page" link, and the footer ("Powered by Cachet.", the RSS and Atom links, "Subscribe").
"$3,400", "$1.25m", "16 April", "(was 5 at our last update)".

A national positioning agency's sitrep on a GNSS network outage after a faulty firmware update, kept as a Markdown
file in the operations team's Git repository on Bitbucket and shared as the raw file: the template's HTML comment at
the top, the title as ``#``, a table of particulars (incident number, date, status with its coloured circle, incident
lead, next sitrep), Bitbucket's ``[TOC]`` marker, each section a ``##`` heading followed by a "[↑ Back to top]" link
to Bitbucket's ``#markdown-header-…`` anchor, the summary as paragraphs, the points as ``-`` lists, "**Mitigation:**"
inside a risk's point, the next steps as task list entries ("- [ ]"), and a "Revision history" table under a ``###``
heading and a rule at the end. Each agency prints amounts in its own currency: "NZ$3,400", "£3,400", "A$3,400" or
"€3,400", "16 March", "(previous sitrep: 5)".
"""

from __future__ import annotations

import re
import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind49_layouts_banks_south import GNSS, TICKETING
from blind49_layouts_content import ordinal, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a regional council's status page, Cachet

COUNCILS = (("status.waikatoregion.govt.nz", "Busit", "#00718F"), ("status.orc.govt.nz", "Orbus", "#0A5C36"),
            ("status.boprc.govt.nz", "Baybus", "#00338D"), ("status.nrc.govt.nz", "BusLink", "#E4761B"))  # fmt: skip
COMPONENTS = (("Bee Card readers on buses", "Major outage", "danger"), ("Online top-ups", "Major outage", "danger"),
              ("Journey planner", "Operational", "success"), ("Real-time bus tracking", "Performance issues",
                                                              "info"))  # fmt: skip


def _md_point(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)


def html_cachet_status_nz(doc: Doc) -> bytes:
    """The council's update as an incident page of its Cachet status page, saved from the browser."""
    when = report_day(doc)
    k = TICKETING.organisations.index(doc.organisation)
    host, brand, colour = COUNCILS[k]
    h = zlib.crc32(doc.title.encode())
    incident = 40 + doc.number * 3 + h % 3
    name = f"{brand} ticketing outage – update {doc.number}"
    body = []
    for s in doc.sections:
        body.append(f"<p><strong>{escape(s.heading)}</strong></p>")
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append("<ul>\n" + "\n".join(f"<li>{_md_point(it, 'nz')}</li>" for it in s.items) + "\n</ul>")
    comps = "\n".join(
        f'<li class="list-group-item component status-{n}">{escape(c)} <small class="text-component-{n} '
        f'{cls}">{escape(st)}</small></li>'
        for n, (c, st, cls) in enumerate(COMPONENTS, start=1)
    )  # fmt: skip
    stamp = f"{when:%A} {ordinal(when.day)} {when:%B %Y}"
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="env" content="production">
<meta name="token" content="{h:08x}{doc.number:04d}c9a1f3e27b5d">
<link rel="alternate" type="application/atom+xml" href="https://{host}/atom" title="{escape(doc.organisation)} \
Status - Atom Feed">
<link rel="alternate" type="application/rss+xml" href="https://{host}/rss" title="{escape(doc.organisation)} Status \
- RSS Feed">
<title>{escape(name)} | {escape(doc.organisation)} Status</title>
<link href="https://{host}/dist/css/app.css?id=3b1f0e1a2c" rel="stylesheet" type="text/css">
<style type="text/css">
body.status-page {{ background-color: #F0F3F4; color: #333333; }}
.btn.btn-success {{ background-color: {colour}; border-color: {colour}; }}
.reds {{ color: #FF6F6F !important; }} .greens {{ color: #7ED321 !important; }}
</style>
<script type="text/javascript">var Global = {{}}; Global.locale = 'en';</script>
<script src="https://{host}/dist/js/manifest.js?id=7db827d654313dce4250"></script>
<script src="https://{host}/dist/js/vendor.js?id=2b8ed4dc7bb7c3ac3e10"></script>
</head>
<body class="status-page">
<div class="container" id="app">
<div class="app-banner">
<div class="container">
<div class="row">
<div class="col-md-12 text-center">
<a href="https://{host}"><img src="https://{host}/banner" class="banner-image img-responsive" \
alt="{escape(doc.organisation)}"></a>
</div>
</div>
</div>
</div>
<div class="section-messages"></div>
<div class="section-timeline">
<div class="row">
<div class="col-md-12">
<a href="https://{host}" class="links">&larr; Back to status page</a>
<a class="btn btn-success btn-outline pull-right" href="https://{host}/subscribe">Subscribe</a>
</div>
</div>
<h1>{escape(name)} <small>{stamp}</small></h1>
<hr>
<div class="timeline">
<div class="content-wrapper">
<div class="moment first">
<div class="row event clearfix">
<div class="col-sm-1">
<div class="status-icon status-2" data-toggle="tooltip" title="Identified" data-placement="left">
<i class="ion ion-alert"></i>
</div>
</div>
<div class="col-xs-10 col-xs-offset-2 col-sm-11 col-sm-offset-0">
<div class="panel panel-message incident">
<div class="panel-heading">
<strong>Identified</strong>
</div>
<div class="panel-body markdown-body">
{chr(10).join(body)}
</div>
<div class="panel-footer">
<small>Posted <abbr class="timeago" data-toggle="tooltip" data-placement="right" \
title="{when:%A %-d %B %Y} {7 + h % 4}:{h % 60:02d}am" data-timeago="{when:%Y-%m-%d}T0{7 + h % 4}:{h % 60:02d}:\
00+12:00">{2 + h % 5} hours ago</abbr></small>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
<div class="section-components">
<ul class="list-group components">
<li class="list-group-item group-name"><strong>Affected components</strong></li>
{comps}
</ul>
</div>
</div>
</div>
<footer class="footer">
<div class="container">
<div class="row">
<div class="col-sm-5">
<p>Powered by <a href="https://cachethq.io" class="links">Cachet</a>.</p>
</div>
<div class="col-sm-7">
<ul class="list-inline">
<li><a class="btn btn-link" href="https://{host}">Status Page</a></li>
<li><a class="btn btn-link" href="https://{host}/rss">RSS</a></li>
<li><a class="btn btn-link" href="https://{host}/atom">Atom</a></li>
<li><a class="btn btn-success btn-outline" href="https://{host}/subscribe">Subscribe</a></li>
</ul>
</div>
</div>
</div>
</footer>
<script src="https://{host}/dist/js/all.js?id={incident:x}4be61c0d9"></script>
</body>
</html>
"""
    return html.encode()


# ---------------------------------------------------------------- a positioning agency's sitrep, Markdown in Git

AGENCIES = (("PositioNZ", "NZDT", "Hemi Walker", "Geodetic Operations Manager", "linz", ("hwalker", "mtaylor")),
            ("OS Net", "GMT", "Rachel Dunn", "GNSS Network Manager", "os", ("rdunn", "cpatel")),
            ("AUSCORS", "AEDT", "Priya Raman", "Positioning Operations Lead", "ga", ("praman", "tnguyen")),
            ("Active GNSS Network", "GMT", "Seán Ó Briain", "Head of Geodetic Services", "tailte",
             ("sobriain", "akeane")))  # fmt: skip
STATUS = ("🔴 Major outage", "🟠 Degraded", "🟠 Degraded", "🟡 Recovering", "🟡 Recovering", "🟢 Monitoring")


def _bb_anchor(text: str) -> str:
    """Bitbucket's anchor for a heading: "markdown-header-" and the words, lower case, joined by "-"."""
    return "markdown-header-" + re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def md_bitbucket_gnss(doc: Doc) -> bytes:
    """The agency's sitrep as the Markdown file kept in its operations repository on Bitbucket."""
    when = report_day(doc)
    k = GNSS.organisations.index(doc.organisation)
    network, tz, lead, post, repo, authors = AGENCIES[k]
    h = zlib.crc32(doc.title.encode())
    nxt = when + timedelta(days=1)
    title = f"{network} firmware incident – sitrep {doc.number}"
    out = ["<!--", "  Template: ops-runbooks/templates/sitrep.md (v2.3).",
           "  Keep the section headings in this order; the status page bot reads them.",
           "  Do not remove [TOC] or the back-to-top links.", "-->", "", f"# {title}", "",
           "| | |", "|---|---|", f"| **Incident** | INC-{when.year}-{h % 900 + 100:03d} |",
           f"| **Date** | {when.day} {when:%B %Y}, {8 + h % 3:02d}:00 {tz} |",
           f"| **Status** | {STATUS[min(doc.number - 1, len(STATUS) - 1)]} |",
           f"| **Incident lead** | {lead}, {post} |", f"| **Next sitrep** | {nxt.day} {nxt:%B %Y}, 09:00 {tz} |",
           "", "[TOC]", ""]  # fmt: skip
    top = _bb_anchor(title)
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
        else:
            for it in s.items:
                risk, lead_, rest = parts(it, "gnss")
                text = f"{risk} **{lead_}** {rest}" if lead_ else it.text
                out.append(f"- [ ] {text}" if s.key == "next-steps" else f"- {text}")
            out.append("")
        out += [f"[↑ Back to top](#{top})", ""]
    out += ["---", "", "### Revision history", "", "| Version | Date | Author | Change |", "|---|---|---|---|"]
    for n in range(doc.number, 0, -1):
        day = when - timedelta(days=doc.number - n)
        out.append(f"| 0.{n} | {day:%Y-%m-%d} | {authors[n % 2]} | Sitrep {n} issued |")
    out += ["", f"_Source: `{repo}/ops-runbooks` › `incidents/{when.year}-firmware/sitrep-{doc.number:02d}.md`. "
            "Raise a pull request to change this file._", ""]  # fmt: skip
    return "\n".join(out).encode()
