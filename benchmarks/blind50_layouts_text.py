"""Text writers of the ``blind50_layouts`` set: an Antarctic research station's signal on a fire in its power house,
sent as plain text over the station's satellite link, and a supercomputing centre's update on a cooling failure,
written as a blog post in MDX for its Docusaurus documentation site.

A national Antarctic programme's research station after a fire in its power house: the station leader's daily
sitrep to the programme's operations centre, typed in the signal format the programmes kept from their radio and
telex days and sent as plain text over the satellite link — "PRIORITY", the "FM", "TO", "INFO", "DTG" (the date-time
group, "171830Z JUN 26"), classification, "SUBJ" and "REF" lines in capitals, "BT" (the break) before and after the
text, each section's name in capitals numbered "1.", each point a lettered sub-paragraph ("A.", "B.") wrapped at
69 characters with its continuation lines indented under the text, "Mitigation:" inside a risk's point, the
station leader's post after the closing "BT" and "NNNN", the end of the message. Each programme prints amounts in its
own currency and its days in its own order: "£3,400", "A$3,400", "NZ$3,400" or "US$3,400", "£1.25M", "16 June" or
"June 16", "(prev sitrep: 5)".

A national or university supercomputing centre after its cooling plant failed: the update posted to the blog of
the centre's Docusaurus documentation site, kept as an MDX file in its repository — the front matter (slug, title,
authors, tags, date), the template's ``import`` lines and a status badge component, a ``:::danger[…]`` admonition
saying the system is unavailable, a line on when the next update comes, the ``<!-- truncate -->`` marker that ends
the excerpt on the blog's index, then each section a ``##`` heading, the summary as paragraphs, the other points as
``-`` lists, "**Mitigation:**" in a risk's point, an MDX comment ``{/* … */}`` the author left in, a rule and an
italic line on where to ask questions. "A$3,400", "NZ$3,400", "£3,400" or "$3,400", "A$1.25m" or "$1.25 million",
"16 February" or "February 16", "(previous update: 5)".
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import timedelta

from blind7_layouts_content import report_day
from blind50_layouts_banks_home import COOLING, STATION
from blind50_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a station's signal, plain text

STATIONS = (("ROTHERA", "BAS OPERATIONS CAMBRIDGE", "DIRECTOR BAS / HEAD OF POLAR OPERATIONS / BAS MEDICAL UNIT",
             "OFFICIAL", -3),
            ("CASEY", "AAD OPERATIONS KINGSTON", "GENERAL MANAGER OPERATIONS / POLAR MEDICINE / STATION SUPPORT",
             "OFFICIAL SENSITIVE", 8),
            ("SCOTT BASE", "ANTARCTICA NZ OPERATIONS CHRISTCHURCH",
             "CHIEF EXECUTIVE / ENGINEERING MANAGER / HEALTH AND SAFETY", "IN-CONFIDENCE", 12),
            ("PALMER STATION", "ASC OPERATIONS CENTENNIAL", "NSF OPP / ASC MEDICAL / ASC FACILITIES ENGINEERING",
             "UNCLASSIFIED", -3))  # fmt: skip
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # a signal's sub-paragraphs skip I and O


def _dtg(when) -> str:
    return f"{when:%d%H%M}Z {when:%b %y}".upper()


def txt_satcom_sitrep_station_fire(doc: Doc) -> bytes:
    """The station leader's daily sitrep as the plain-text signal sent over the satellite link."""
    when = report_day(doc)
    k = STATION.organisations.index(doc.organisation)
    station, to, info, marking, utc = STATIONS[k]
    sent = when + timedelta(hours=18 - utc, minutes=30)
    out = ["PRIORITY", f"FM STATION LEADER {station}", f"TO {to}", f"INFO {info}", f"DTG {_dtg(sent)}",
           f"CLASSIFICATION {marking}", f"SUBJ {station} SITREP {doc.number:02d} - POWER HOUSE FIRE"]  # fmt: skip
    if doc.number > 1:
        out.append(f"REF A. {station} SITREP {doc.number - 1:02d} DTG {_dtg(sent - timedelta(days=1))}")
    out += ["BT", ""]
    for s in doc.sections:
        out.append(s.heading)
        for n, it in enumerate(s.items):
            risk, lead, rest = parts(it, "aq")
            text = f"{risk} {lead} {rest}" if lead else it.text
            out += textwrap.wrap(text, 69, initial_indent=f"   {LETTERS[n]}. ", subsequent_indent=" " * 6)
        out.append("")
    out += ["BT", f"STATION LEADER {station}", "NNNN", ""]
    return "\r\n".join(out).encode()


# ---------------------------------------------------------------- a centre's blog post, Docusaurus MDX

CENTRES = (("Setonix", "AWST", "+08:00", ("mkelly", "jtran"), "help.pawsey.org.au"),
           ("Mahuika", "NZDT", "+13:00", ("aharris", "wngata"), "support.nesi.org.nz"),
           ("ARCHER2", "GMT", "+00:00", ("kmacrae", "dshaw"), "www.archer2.ac.uk/support-access"),
           ("Frontera", "CST", "-06:00", ("rgarza", "lchen"), "tacc.utexas.edu/portal/tickets"))  # fmt: skip


def md_docusaurus_cooling(doc: Doc) -> bytes:
    """The centre's update as the MDX blog post of its Docusaurus documentation site."""
    when = report_day(doc)
    k = COOLING.organisations.index(doc.organisation)
    system, tz, offset, authors, help_url = CENTRES[k]
    h = zlib.crc32(doc.title.encode())
    hour = 9 + h % 4
    slug = f"{system.lower()}-cooling-outage-update-{doc.number}"
    out = ["---", f"slug: {slug}", f'title: "{system} cooling outage: update {doc.number}"',
           f"authors: [{authors[doc.number % 2]}]", f"tags: [outage, {system.lower()}, incident]",
           f"date: {when:%Y-%m-%d}T{hour:02d}:00:00{offset}", "---", "",
           "import StatusBadge from '@site/src/components/StatusBadge';",
           "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", "",
           '<StatusBadge status="major-outage" />', "", f":::danger[{system} is unavailable]", "",
           "New jobs will not start until the cooling plant is repaired. Jobs that were running at the shutdown "
           "need to be resubmitted.", "", ":::", "",
           f"This is update {doc.number} on the cooling failure. We will post the next one tomorrow by "
           f"{hour}:00 {tz}.", "", "<!-- truncate -->", ""]  # fmt: skip
    for n, s in enumerate(doc.sections):
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "hpc")
            out.append(f"- {risk} **{lead}** {rest}" if lead else f"- {it.text}")
        out.append("")
        if n == 4:
            out += ["{/* TODO: add the photos of the new compressor once Facilities send them */}", ""]
    out += ["---", "", f"_Questions about your jobs or allocation? Open a ticket at [{help_url}](https://{help_url})._",
            ""]  # fmt: skip
    return "\n".join(out).encode()
