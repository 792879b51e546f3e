"""E-mail writer of the ``blind40_layouts`` set (the ``email`` package).

A Myanmar community organisation's flood report, in Burmese, written in Proton Mail's composer by its coordinator and
sent to the partner organisations, as a partner receives it: Proton's headers (``X-Pm-Date``, ``X-Pm-Message-Id``,
``X-Pm-Spamscore``, ``Feedback-ID``, the ``proton.me`` DKIM signature and address), a ``multipart/alternative`` —
Proton's HTML (every line a ``<div style="font-family: Arial, sans-serif; font-size: 14px;">``, ``<div><br></div>``
for a blank one, each section's name in ``<b>`` on its own line, the summary as lines, the other points in a
``<ul>`` of ``<li style="list-style-type: disc;">``, the mitigation's lead "လျော့ချရေးဆောင်ရွက်ချက်:" in ``<b>``
inside a risk's point), then the ``protonmail_signature_block`` with the sender's own signature (name, post,
organisation, telephone) over "Sent with Proton Mail secure email." — and the plain text Proton makes of it as
Markdown (bold as ``**…**``, the points after "- ", the link as ``[Proton Mail](https://proton.me/mail/home)``);
the greeting to the partners, the line saying what follows, a line asking that the report stay among the partners,
and "လေးစားစွာဖြင့်" (respectfully) before the signature. Myanmar digits throughout, amounts in lakhs of kyat,
"ကျပ်သိန်း ၁၇၀", "စက်တင်ဘာ ၁၆ ရက်", "(ယခင်အစီရင်ခံစာ - ၅)".
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind40_layouts_banks_far import YEGYI
from blind40_layouts_content import MY_DIGITS, MY_MONTHS, parts
from council_layouts_gold import Doc

MMT = timezone(timedelta(hours=6, minutes=30))
DIV = '<div style="font-family: Arial, sans-serif; font-size: 14px;">'
SENDERS = (
    ("ဦးအောင်ကိုကို", "ကွင်းဆင်းညှိနှိုင်းရေးမှူး", "aungkoko.tgo"),
    ("ဒေါ်နီလာဝင်း", "အစီအစဉ်မန်နေဂျာ", "nilarwin.pmn"),
    ("ဒေါ်ခင်သီတာ", "အရေးပေါ်တုံ့ပြန်ရေး ညှိနှိုင်းရေးမှူး", "khinthida.nsh"),
    ("ကိုဇော်မင်းထက်", "အဖွဲ့ခေါင်းဆောင်", "zawminhtet.klw"),
)
PARTNERS = ("partners.shan.floods@gmail.com", "coordination.bago@gmail.com", "relief.team.mdy@protonmail.com")


def _html(doc: Doc, lines: list[str]) -> str:
    out = [f"{DIV}{escape(x)}</div>" if x else f"{DIV}<br></div>" for x in lines]
    for s in doc.sections:
        out.append(f"{DIV}<b>{escape(s.heading)}</b></div>")
        if s.key == "highlights":
            out += [f"{DIV}{escape(it.text)}</div>" for it in s.items]
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "my")
                text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
                lis.append(f'<li style="list-style-type: disc;"><span>{text}</span></li>')
            out.append(f'<ul data-editing-info="{{&quot;orderedStyleType&quot;:1,&quot;unorderedStyleType&quot;:1}}"'
                       f">{''.join(lis)}</ul>")  # fmt: skip
        out.append(f"{DIV}<br></div>")
    return "".join(out)


def _text(doc: Doc, lines: list[str]) -> list[str]:
    out = list(lines)
    for s in doc.sections:
        out += [f"**{s.heading}**", ""]
        for it in s.items:
            if s.key == "highlights":
                out += [it.text, ""]
                continue
            risk, lead, rest = parts(it, "my")
            out.append(f"- {risk} **{lead}** {rest}" if lead else f"- {it.text}")
        out.append("")
    return out


def eml_proton_yegyi_my(doc: Doc) -> bytes:
    """The organisation's flood report as a partner receives it from Proton Mail."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = YEGYI.organisations.index(doc.organisation)
    name, post, user = SENDERS[k]
    addr = f"{user}@proton.me"
    sent = when.replace(hour=18, minute=h % 45 + 10, tzinfo=MMT)
    num = str(doc.number).translate(MY_DIGITS)
    day = f"{MY_MONTHS[when.month - 1]} {str(when.day).translate(MY_DIGITS)} ရက်"
    intro = ["မိတ်ဖက်အဖွဲ့အစည်းများ အားလုံး ခင်ဗျာ,", "",
             f"{doc.organisation} ၏ ရေဘေးအခြေအနေ အစီရင်ခံစာ အမှတ် ({num}) ကို {day} ညနေ ၆ နာရီ အခြေအနေဖြင့် "
             "အောက်တွင် တင်ပြအပ်ပါသည်။", "ဤအစီရင်ခံစာကို မိတ်ဖက်အဖွဲ့များအတွင်းသာ မျှဝေပေးပါရန် မေတ္တာရပ်ခံအပ်ပါသည်။", ""]  # fmt: skip
    phone = f"+95 9 {h % 900 + 100} {h % 900000 + 100000}"
    sig = [name, post, doc.organisation, f"ဖုန်း - {phone}"]
    html = (f'{_html(doc, intro)}{DIV}လေးစားစွာဖြင့်</div>{DIV}<br></div><div class="protonmail_signature_block" '
            'style="font-family: Arial, sans-serif; font-size: 14px;"><div class="protonmail_signature_block-user">'
            f'{"<br>".join(escape(x) for x in sig)}</div>{DIV}<br></div><div class="protonmail_signature_block-proton">'
            'Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div>'
            "</div>")  # fmt: skip
    text = [*_text(doc, intro), "လေးစားစွာဖြင့်", "", *sig, "",
            "Sent with [Proton Mail](https://proton.me/mail/home) secure email."]  # fmt: skip
    pm = hashlib.sha256(doc.title.encode()).hexdigest()
    msg = EmailMessage()
    msg["Return-Path"] = f"<{addr}>"
    msg["Received"] = (f"from mail-{h % 9000 + 1000}.proton.ch (mail-{h % 9000 + 1000}.proton.ch [185.70.40.{h % 200}])"
                       f" by mx.google.com with ESMTPS; {format_datetime(sent + timedelta(seconds=3))}")  # fmt: skip
    msg["DKIM-Signature"] = (f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=proton.me; s=protonmail3; "
                             f"t={int(sent.timestamp())}; bh={pm[:43]}=; h=Date:To:From:Subject:Message-ID; "
                             f"b={pm[:60]}")  # fmt: skip
    msg["Date"] = format_datetime(sent)
    msg["To"] = ", ".join(PARTNERS)
    msg["From"] = f"{name} <{addr}>"
    msg["Subject"] = f"ရေဘေးအခြေအနေ အစီရင်ခံစာ ({num}) – {doc.organisation}"
    msg["Message-ID"] = f"<{pm[:22]}=@proton.me>"
    msg["Feedback-ID"] = f"{h % 90000000 + 10000000}:user:proton"
    msg["X-Pm-Message-ID"] = f"{pm[:44]}"
    msg["X-Pm-Spamscore"] = "0"
    msg["X-Pm-Date"] = format_datetime(sent)
    msg.set_content("\n".join(text) + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary(f"b1=_{pm[:40]}")
    return bytes(msg)
