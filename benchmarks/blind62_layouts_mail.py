"""Mail writer of the ``blind62_layouts`` set: an Odisha block education office's cyclone report sent from Rediffmail.

A block education office of Odisha after a cyclone: the block education officer's daily report on the block's
schools to the district education officer, typed in Odia into Rediffmail's compose window (an HTML part and its
plain text) as the office letter it stands for — Rediffmail's headers (a ``Date`` in GMT, the
``Message-ID`` of its web client), "ପ୍ରତି," and the addressee, "ବିଷୟ:" and "ସୂତ୍ର:", "ମହାଶୟ," and the opening
sentence, each section's number and name on a line of its own (bold and underlined in HTML: "1. ସଂକ୍ଷିପ୍ତ ବିବରଣୀ"),
every point after an Odia letter in brackets ("(କ)", "(ଖ)"), "ଗୃହୀତ ପଦକ୍ଷେପ:" in the line of its risk (bold in
HTML), the closing sentence, "ଭବଦୀୟ" with the officer's name, post, district and mobile, and the web client's line
offering a free website. "₹3.74 କୋଟି", "1,25,000", "16 ଅକ୍ଟୋବର", "(ପୂର୍ବ ରିପୋର୍ଟ: 5)", each sentence closed by "।".
"""

from __future__ import annotations

import base64
import zlib
from datetime import timedelta
from email.message import EmailMessage
from html import escape

from blind7_layouts_content import report_day
from blind62_layouts_banks_east import GHURNI
from blind62_layouts_content import parts
from council_layouts_gold import Doc

BLOCKS = (
    ("ଏରସମା", "ଜଗତସିଂହପୁର", "erasama", "jagatsinghpur", "ସୁଶାନ୍ତ କୁମାର ମହାପାତ୍ର"),
    ("ମହାକାଳପଡ଼ା", "କେନ୍ଦ୍ରାପଡ଼ା", "mahakalapada", "kendrapara", "ସସ୍ମିତା ସାହୁ"),
    ("ବାସୁଦେବପୁର", "ଭଦ୍ରକ", "basudevpur", "bhadrak", "ପ୍ରଦୀପ୍ତ କୁମାର ଦାସ"),
    ("ଅସ୍ତରଙ୍ଗ", "ପୁରୀ", "astaranga", "puri", "ମନୋଜ କୁମାର ବେହେରା"),
)
AKSHARA = "କଖଗଘଙଚ"
AD = "Get your own FREE website, FREE domain & FREE mobile app with Company email."


def eml_rediffmail_beo_ghurnibatya_or(doc: Doc) -> bytes:
    """The block education officer's cyclone report as Rediffmail sends it, HTML with its plain text."""
    when = report_day(doc)
    block, district, latin, dist_latin, officer = BLOCKS[GHURNI.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when:%d.%m.%Y}"
    head = [
        ("ପ୍ରତି,", False),
        ("ଜିଲ୍ଲା ଶିକ୍ଷା ଅଧିକାରୀ,", False),
        (f"{district}", False),
        ("", False),
        (f"ବିଷୟ: ଘୂର୍ଣ୍ଣିବାତ ପରବର୍ତ୍ତୀ ବିଦ୍ୟାଳୟ ପରିସ୍ଥିତି ସମ୍ପର୍କିତ ଦୈନିକ ରିପୋର୍ଟ (ରିପୋର୍ଟ ନଂ {doc.number}) ଦାଖଲ "
         "ପ୍ରସଙ୍ଗରେ।", True),
        (f"ସୂତ୍ର: ଆପଣଙ୍କ କାର୍ଯ୍ୟାଳୟ ପତ୍ର ସଂଖ୍ୟା {4400 + h % 500}/SE, ତା {when - timedelta(days=doc.number + 2):%d.%m.%Y}",
         False),
        ("", False),
        ("ମହାଶୟ,", False),
        (f"ଉପରୋକ୍ତ ବିଷୟ ଓ ସୂତ୍ର ସମ୍ପର୍କରେ ନିବେଦନ ଯେ, {block} ବ୍ଲକ ଅନ୍ତର୍ଗତ ବିଦ୍ୟାଳୟଗୁଡ଼ିକର {day} ଅପରାହ୍ନ 4 ଘଟିକା "
         "ସୁଦ୍ଧା ପରିସ୍ଥିତି ନିମ୍ନରେ ଦର୍ଶାଗଲା।", False),
        ("", False),
    ]  # fmt: skip
    tail = ["ଏହା ଆପଣଙ୍କ ସଦୟ ଅବଗତି ଓ ଆବଶ୍ୟକ କାର୍ଯ୍ୟାନୁଷ୍ଠାନ ନିମନ୍ତେ ଦାଖଲ କରାଗଲା।", "", "ଭବଦୀୟ", officer,
            f"ବ୍ଲକ ଶିକ୍ଷା ଅଧିକାରୀ, {block}", f"ଜିଲ୍ଲା: {district}", f"ମୋ: 94370-{h % 90000 + 10000}"]  # fmt: skip
    text = [line for line, _ in head]
    html = [f"<div>{'<b>' + escape(line) + '</b>' if bold else escape(line) or '<br>'}</div>" for line, bold in head]
    for s in doc.sections:
        text.append(s.heading)
        html.append(f"<div><b><u>{escape(s.heading)}</u></b></div>")
        for k, it in enumerate(s.items):
            risk, lead, rest = parts(it, "or")
            mark = f"({AKSHARA[k]}) "
            text.append(mark + (f"{risk} {lead} {rest}" if lead else it.text))
            html.append(f"<div>{mark}{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}</div>" if lead
                        else f"<div>{mark}{escape(it.text)}</div>")  # fmt: skip
        text.append("")
        html.append("<div><br></div>")
    text += tail
    html += [f"<div>{escape(line) or '<br>'}</div>" for line in tail]
    ad = (
        f'<br><br><a href="https://track.rediff.com/click?url=___https://business.rediff.com___&cmp=signature">{AD} '
        "Know More &gt;</a>"
    )
    msg = EmailMessage()
    stamp = int(when.timestamp()) + 36000 + h % 3000
    msg["Date"] = f"{when.day} {when:%b %Y} {10 + h % 2}:{h % 50 + 10}:{h % 49 + 10} -0000"
    msg["Message-ID"] = (
        f"<{stamp}.S.{h % 9000 + 1000}.{h % 90000 + 10000}.H."
        f"{base64.b64encode(f'BEO {latin.upper()}'.encode()).decode().rstrip('=')}.rediffmail.com>"
    )
    msg["From"] = f'"BEO {latin.upper()}" <beo{latin}@rediffmail.com>'
    msg["Reply-To"] = f'"BEO {latin.upper()}" <beo{latin}@rediffmail.com>'
    msg["To"] = f"deo{dist_latin}@gmail.com"
    msg["Cc"] = f"emergency.{dist_latin}@gmail.com"
    msg["Subject"] = f"ଘୂର୍ଣ୍ଣିବାତ ଦୈନିକ ରିପୋର୍ଟ - {block} ବ୍ଲକ - ରିପୋର୍ଟ ନଂ {doc.number} ({day})"
    msg.set_content("\n".join(text) + f"\n\n\n{AD}  Know More >\n", cte="8bit")
    msg.add_alternative('<div style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">'
                        + "".join(html) + f"</div>{ad}", subtype="html", cte="8bit")  # fmt: skip
    return bytes(msg)
