"""Mail writer of the ``blind47_layouts`` set: an Indian district disaster management authority's daily heat wave
report, sent as a plain-text e-mail from the government's mail service.

The report typed in the body of the message as the office writes a letter: "To," and the addressee's post and
department, "Sub:" and "Ref:" lines, "Respected Sir/Madam," and the line that submits the report; then each section's
name in capitals with a colon, its points typed "(i)", "(ii)" … and broken by hand at 100 characters with their
following lines set under their text, "Action taken:" inside a risk's point; "This is submitted for kind information
and necessary action please.", "Yours faithfully,", "(Sd/-)", the officer's post, office and telephone, a "Copy to:"
list; and the mail service's long legal footer between dashed rules, with "Please consider the environment before
printing this e-mail". One ``text/plain`` part in UTF-8, quoted-printable (lines over 76 characters broken with soft
line breaks), the webmail's ``X-Mailer``. "1,25,000" (lakhs), "Rs. 3,40,000", "Rs. 12.5 lakh", "16th April",
"(previous report: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from blind7_layouts_content import report_day
from blind47_layouts_banks_south import HEAT
from blind47_layouts_content import parts
from council_layouts_gold import Doc

IST = timezone(timedelta(hours=5, minutes=30))
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
STATES = (("Nagpur", "Maharashtra", "The Relief Commissioner,\nRevenue and Forest Department (Disaster Management),",
           "Mumbai", "0712-2562668", "maharashtra"),
          ("Jaipur", "Rajasthan", "The Secretary,\nDisaster Management, Relief and Civil Defence Department,",
           "Jaipur", "0141-2227296", "rajasthan"),
          ("Prayagraj", "Uttar Pradesh", "The Relief Commissioner,\nRevenue Department,", "Lucknow", "0532-2641577",
           "up"),
          ("Anantapur", "Andhra Pradesh", "The Special Chief Secretary and Commissioner,\nDisaster Management,",
           "Amaravati", "08554-275892", "ap"))  # fmt: skip
DISCLAIMER = (
    "Disclaimer: This e-mail and any files transmitted with it are confidential and intended solely for the use of the "
    "individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the "
    "sender immediately and delete it from your system. Any views or opinions expressed in this message are those of "
    "the individual sender and do not necessarily represent the views of the Government. Unauthorised use, "
    "disclosure, copying or distribution of this e-mail or any part of it is strictly prohibited and may be unlawful. "
    "The Government accepts no liability for any damage caused by any virus transmitted by this e-mail. E-mail "
    "transmission cannot be guaranteed to be secure or error-free, as information could be intercepted, corrupted, "
    "lost, destroyed, arrive late or incomplete, or contain viruses. The sender therefore does not accept liability "
    "for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. This "
    "e-mail is governed by the E-mail Policy of the Government of India."
)


def _wrap(text: str, width: int = 100, indent: str = "") -> list[str]:
    """A paragraph as the officer typed it, broken by hand at ``width`` with its lines after the first set under the
    first's text."""
    lines, line = [], indent
    for word in text.split():
        if len(line) + len(word) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = " " * len(indent)
        line += word + " "
    return [*lines, line.rstrip()]


def eml_nic_plaintext_in(doc: Doc) -> bytes:
    """The authority's daily report as a plain-text letter in an e-mail, with the mail service's legal footer."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = HEAT.organisations.index(doc.organisation)
    district, state, addressee, capital, phone, domain = STATES[k]
    day = f"{when:%d.%m.%Y}"
    body = ["To,", *addressee.split("\n"), f"Government of {state}, {capital}.", "",
            f"Sub: Daily situation report No. {doc.number} on heat wave – {district} district – reg.",
            f"Ref: Government letter No. DM/{when.year}/HW-{40 + k}/Heat dated 01.04.{when.year}.", "",
            "Respected Sir/Madam,", "",
            *_wrap(f"With reference to the above, the daily situation report on heat wave conditions in {district} "
                   f"district as on {day} (17:00 hrs) is submitted as under:"), ""]  # fmt: skip
    for s in doc.sections:
        body.append(f"{s.heading}:")
        for n, it in enumerate(s.items):
            risk, lead, rest = parts(it, "in")
            text = f"{risk} {lead} {rest}" if lead else it.text
            body += _wrap(text, indent=f"   ({ROMAN[n]}) ")
        body.append("")
    body += ["This is submitted for kind information and necessary action please.", "", "Yours faithfully,", "",
             "(Sd/-)", "District Disaster Management Officer", f"District Disaster Management Authority, {district}",
             f"Ph: {phone}", "", "Copy to:", f"1. The Divisional Commissioner, {district} Division, for information.",
             f"2. The District Collector and Chairperson, DDMA {district}, for information.", "",
             "-" * 80, *_wrap(DISCLAIMER, 80), "-" * 80,
             '"Please consider the environment before printing this e-mail"']  # fmt: skip
    msg = EmailMessage()
    sender = f"ddmo-{district.lower()}@{domain}.gov.in"
    msg["From"] = f"DDMO {district} <{sender}>"
    msg["To"] = f"Relief Commissioner <relief-{domain}@{domain}.gov.in>"
    msg["Cc"] = f"Collector {district} <collector-{district.lower()}@nic.in>"
    msg["Subject"] = f"Daily Situation Report No. {doc.number} - Heat Wave - {district} District - {day}"
    msg["Date"] = format_datetime(when.replace(hour=17, minute=h % 50 + 5, tzinfo=IST))
    msg["Message-ID"] = f"<{h % 999999999}.{k}{doc.number}.{when:%Y%m%d}@email.gov.in>"
    msg["X-Mailer"] = "Zimbra 8.8.15_GA_4545 (ZimbraWebClient - GC124 (Win)/8.8.15_GA_4545)"
    msg["Thread-Topic"] = f"Daily Situation Report No. {doc.number} - Heat Wave - {district} District - {day}"
    msg["X-Originating-IP"] = f"[10.{h % 250}.{h % 199}.{h % 97}]"
    msg.set_content("\n".join(body) + "\n", charset="utf-8", cte="quoted-printable")
    return bytes(msg)
