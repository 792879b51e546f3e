"""Mail and text writers of the ``blind28_layouts`` set.

A police force's gold group situation report for a weekend of protests, written in the IIMARCH headings by the
silver commander's staff officer and sent from the force's mail client with S/MIME signing: the message
``multipart/signed`` (``protocol="application/pkcs7-signature"``, ``micalg=sha-256``), its first part the text
``text/plain; format=flowed; delsp=no`` in quoted-printable, its second the detached signature ``smime.p7s``; the
text as the client writes flowed text — every paragraph cut into lines under 76 characters, each line but a
paragraph's last ending in a space (a soft break that a reader joins), the trailing spaces kept by quoted-printable as
"=20" —; "OFFICIAL-SENSITIVE" at the top and the foot, the handling line, the operation's title, time and gold
commander, the headings in capitals on lines of their own, the points "- ", "Control measures:" inside a risk's
point, the staff officer's signature and the force's e-mail notice. "£3,400", "(previously 5)".

A US county fire district's wildfire update typed by the battalion chief into the narrative of the incident in the
computer-aided dispatch system and printed as the CAD's "Incident Detail Report" (.txt, the print spooled to text):
80-column pages parted by form feeds, each with the report's header (the district, "PAGE n", "PRINTED", the incident
number, type, priority, location, beat and grid) and a rule, the unit history table (units and their dispatch, en
route, on scene and clear times) on the first page, then "NARRATIVE:" and the entry's stamp (date, time, unit,
user); the narrative in capitals as the CAD keeps it, each heading the chief's "SITUATION:" on a line of its own,
each point "- " and its text cut at 72 columns by the CAD with the lines after indented under the text; "MITIGATION:"
inside a risk's point; "END OF REPORT". "$3,400", "$1.25M", "AUGUST 16", "(PREV 5)".
"""

from __future__ import annotations

import base64
import quopri
import random
import textwrap
import zlib
from email.header import Header
from email.utils import format_datetime, make_msgid

from blind7_layouts_content import report_day
from blind28_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- police gold group, S/MIME signed flowed text

FORCES = {"Wessex Vale": ("wessexvale.police.uk", "Salisbury", "ACC Daniel Price", "Insp Claire Holloway"),
          "Mercia Borders": ("merciaborders.police.uk", "Hereford", "ACC Sunita Rao", "Insp Mark Evans"),
          "Humber Estuary": ("humberestuary.police.uk", "Hull", "ACC Gareth Lowe", "Insp Nadia Karim"),
          "Chiltern Hills": ("chilternhills.police.uk", "Aylesbury", "ACC Fiona Grant", "Insp Lee Sutton")}  # fmt: skip


def _flowed(paragraph: str, first: str = "", rest: str = "") -> list[str]:
    """A paragraph as format=flowed text: lines under 76 characters, every line but the last ending in a space."""
    lines = textwrap.wrap(paragraph, 72, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)
    return [ln + " " for ln in lines[:-1]] + lines[-1:]


def eml_smime_flowed_police_gb(doc: Doc) -> bytes:
    """The gold group sitrep as the force's mail client sends it, signed."""
    when = report_day(doc).replace(hour=18, minute=5)
    force = doc.organisation.removesuffix(" Police").removesuffix(" Constabulary")
    domain, city, gold, officer = FORCES[force]
    body = ["OFFICIAL-SENSITIVE", "",
            *_flowed("Handling: for members of the Operation Kestrel gold group and partner agencies only. Not for "
                     "onward distribution without the originator's consent."), "",
            f"OPERATION KESTREL – GOLD GROUP SITREP {doc.number}", f"As at 18:00, {when:%A} {when.day} {when:%B %Y}",
            f"Gold commander: {gold}", ""]  # fmt: skip
    for s in doc.sections:
        body += [s.heading, ""]
        for it in s.items:
            risk, lead, rest = parts(it, "police")
            body += _flowed(f"{risk} {lead} {rest}" if lead else it.text, "- ", "")
        body.append("")
    body += ["Next sitrep at 08:00 tomorrow or on any significant change.", "", "-- ", officer,
             f"Staff Officer to Silver, Operation Kestrel | {doc.organisation} | {city} Police Station",
             f"Tel 101 ext 4{zlib.crc32(force.encode()) % 9000 + 1000}", "", "OFFICIAL-SENSITIVE", "",
             *_flowed(f"This e-mail and any attachments are intended for the named recipient only. If you have "
                      f"received it in error, notify the sender and delete it. {doc.organisation} monitors "
                      "e-mails to protect its systems."), ""]  # fmt: skip
    text = quopri.encodestring("\n".join(body).encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    rng = random.Random(doc.title)
    sig = base64.encodebytes(bytes(rng.getrandbits(8) for _ in range(1400))).decode("ascii").replace("\n", "\r\n")
    subject = f"[OFFICIAL-SENSITIVE] Op KESTREL – Gold Group Sitrep {doc.number} – 1800hrs"
    boundary = f"----=_Part_{zlib.crc32(doc.title.encode()):010d}"
    head = [f"From: {officer} <{officer.split()[-1].lower()}.staff@{domain}>",
            f"To: Kestrel Gold Group <kestrel.gold@{domain}>",
            "Cc: LRF Duty Officer <duty@lrf.example.org.uk>",
            f"Subject: {Header(subject, 'utf-8').encode()}",
            f"Date: {format_datetime(when)}", f"Message-ID: {make_msgid(domain=domain)}", "MIME-Version: 1.0",
            'Content-Type: multipart/signed; protocol="application/pkcs7-signature";',
            f' micalg=sha-256; boundary="{boundary}"', "", "This is an S/MIME signed message", "", f"--{boundary}",
            "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no",
            "Content-Transfer-Encoding: quoted-printable", "", text, f"--{boundary}",
            'Content-Type: application/pkcs7-signature; name="smime.p7s"', "Content-Transfer-Encoding: base64",
            'Content-Disposition: attachment; filename="smime.p7s"', "", sig, f"--{boundary}--", ""]  # fmt: skip
    return "\r\n".join(head).encode("ascii")


# ---------------------------------------------------------------- CAD incident detail report

DISTRICTS = {"Pinal Mesa": ("AZ", "HARTLEY RD / CR 41"), "Lake Tahoma": ("CA", "HARTLEY GRADE / HWY 9"),
             "Cascade Foothills": ("OR", "HARTLEY CREEK RD MP 4"),
             "Blue Ridge": ("NC", "HARTLEY GAP RD / SR 1127")}  # fmt: skip
UNITS = ("BC12", "E21", "E24", "WT3", "DZ1", "BR7")
PAGE_LINES = 58


def txt_cad_narrative_us(doc: Doc) -> bytes:
    """The wildfire update as the dispatch system prints the incident's detail report."""
    when = report_day(doc).replace(hour=6, minute=55)
    district = next(k for k in DISTRICTS if doc.organisation.startswith(k))
    state, location = DISTRICTS[district]
    incident = f"F{when:%y}-{zlib.crc32(doc.organisation.encode()) % 90000 + 10000:06d}"
    lines: list[str] = []
    for k, unit in enumerate(UNITS):
        t = 8 + k
        lines.append(f"{unit:<7}{when:%m/%d} 14:{t:02d}   14:{t + 2:02d}   14:{t + 19:02d}   --:--")
    body = ["UNIT   DISP         ENRT    ONSC    CLR", *lines, "-" * 78, "NARRATIVE:",
            f"{when:%m/%d/%y %H:%M:%S}  BC12  RMARTINEZ", ""]  # fmt: skip
    for s in doc.sections:
        body.append(f"    {s.heading}")
        for it in s.items:
            risk, lead, rest = parts(it, "cad")
            text = f"{risk} {lead} {rest}" if lead else it.text
            body += textwrap.wrap(text, 72, initial_indent="    - ", subsequent_indent="      ", break_on_hyphens=False)
        body.append("")
    body += ["-" * 78, "END OF REPORT"]

    def header(page: int) -> list[str]:
        return [
            f"{doc.organisation.upper():<66}PAGE {page:>4}",
            f"{'INCIDENT DETAIL REPORT':<50}PRINTED {when:%m/%d/%y} 07:12",
            f"INCIDENT #: {incident}   TYPE: WLDLND   PRIORITY: 1   STATUS: WORKING",
            f"LOCATION: {location:<36}{state}   BEAT: 12   GRID: 4417",
            "-" * 78,
        ]

    pages: list[str] = []
    room = PAGE_LINES - 5
    for n in range(0, len(body), room):
        pages.append("\r\n".join(header(n // room + 1) + body[n : n + room]))
    return ("\r\n\f".join(pages) + "\r\n").encode("ascii", errors="replace")
