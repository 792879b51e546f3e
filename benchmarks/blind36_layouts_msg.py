"""Message writers of the ``blind36_layouts`` set.

A Chinese street office's typhoon defence report, in Chinese, posted by its duty officer in the district's WeChat work
group and forwarded as a merged chat record ("聊天记录") to the district's emergency office, which saves it as text
from WeChat for Windows (the record's window, select all, copy, Notepad, UTF-8 with a byte order mark, CRLF): the
record's title "“…”的聊天记录", the day's separator "—————  2026-08-24  —————", each message its sender and time on a
line and its text under it; the report in two messages from the duty officer — its title "…防御台风“…”工作情况（第3期）"
and "（截至8月24日8时）", each section a line in 【】 brackets, the summary as lines, every other point numbered "1、"
"2、" afresh under each section (the enumeration comma, no space after it), "措施：" inside a risk's point —,
among the others' messages ("@所有人 …", "[图片]", "收到", "[表情]").
"3.4万元", "125万元", "1250", "8月16日", "（上期：5）".

An American county emergency management office's situation report on a chemical plant fire, sent to its partners
as an Everbridge notification e-mail: ``multipart/alternative``, the text part as Everbridge derives it, the HTML
part Everbridge's template — "This is a message from …", the message title, the body as typed in the composer's rich
text editor (each section a bold paragraph, the summary as paragraphs, the points ``<ul>`` lists, "<strong>Mitigation:
</strong>" inside a risk's point), the contact line, then "Please select a response" with the numbered reply links
("Confirm receipt", "Unable to respond"), the notification id and "Sent by Everbridge", and the footer on why the
contact receives it. "$3,400", "$1.25 million", "June 3", "(prior: 5)".
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind36_layouts_content import parts, slug, zh_parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- WeChat merged chat record, Chinese

DUTY = ("林晓燕", "黄俊杰", "陈思敏", "周国强")
LEADS_ZH = ("陈志明", "吴建华", "郑丽娟", "许文斌")
OTHERS = ("王海", "李娜", "赵磊", "刘芳")
TYPHOONS = "海鸥"


def txt_wechat_typhoon_cn(doc: Doc) -> bytes:
    """The street office's typhoon report as the merged WeChat record saved from WeChat for Windows."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    org = doc.organisation
    k = ("海澄街道办事处", "南湾街道办事处", "龙岗镇人民政府", "沙河街道办事处").index(org)
    short = org.removesuffix("办事处").removesuffix("人民政府")
    duty, lead, other = DUTY[k], LEADS_ZH[k], OTHERS[(k + h) % 4]
    t = 8 * 60 + h % 20

    def at(m: int) -> str:
        return f"{(t + m) // 60:02d}:{(t + m) % 60:02d}"

    def block(sections) -> list[str]:
        out: list[str] = []
        for s in sections:
            out.append(f"【{s.heading}】")
            for n, it in enumerate(s.items, start=1):
                if s.key == "highlights":
                    out.append(it.text)
                    continue
                risk, lead_, rest = zh_parts(it)
                out.append(f"{n}、{risk}{lead_}{rest}" if lead_ else f"{n}、{it.text}")
        return out

    cut = next((j for j, s in enumerate(doc.sections) if s.risks), len(doc.sections) // 2)
    lines = [f"“{short}防台风工作群”的聊天记录", "", f"—————  {when:%Y-%m-%d}  —————", "",
             f"{lead}  {at(-20)}", "@所有人 请各社区和工作组8点半前报送最新情况", "",
             f"{duty}  {at(0)}", "[图片]", "",
             f"{duty}  {at(1)}", f"{short}防御台风“{TYPHOONS}”工作情况（第{doc.number}期）",
             f"（截至{when.month}月{when.day}日8时）", "", *block(doc.sections[:cut]), "",
             f"{duty}  {at(2)}", *block(doc.sections[cut:]), "",
             f"{lead}  {at(5)}", "收到，辛苦了👍", "", f"{other}  {at(6)}", "[表情]", ""]  # fmt: skip
    return ("\ufeff" + "\r\n".join(lines)).encode("utf-8")


# ---------------------------------------------------------------- Everbridge notification, American county OEM

PIOS = ("Dana Whitfield", "Marcus Thibodeaux", "Elena Kowalski", "Ray Hollister")
P = 'style="margin:0 0 10px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"'


def eml_everbridge_chem_us(doc: Doc) -> bytes:
    """The county's chemical fire sitrep as the Everbridge notification e-mail."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    org = doc.organisation
    pio = PIOS[h % 4]
    nid = f"{h % 10**12:012d}"
    title = f"Delmar Chemical Fire – Situation Report #{doc.number}"
    html_body: list[str] = []
    text = [f"This is a message from {org}.", "", title, ""]
    for s in doc.sections:
        html_body.append(f"<p {P}><strong>{escape(s.heading)}</strong></p>")
        text.append(s.heading)
        pts = []
        for it in s.items:
            risk, lead, rest = parts(it, "chem")
            pts.append(f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text))
            text.append(it.text if s.key == "highlights" else f"- {it.text}")
        if s.key == "highlights":
            html_body += [f"<p {P}>{p}</p>" for p in pts]
        else:
            html_body.append('<ul style="margin:0 0 10px;font-family:Arial,sans-serif;font-size:14px">'
                             + "".join(f"<li>{p}</li>" for p in pts) + "</ul>")  # fmt: skip
        text.append("")
    contact = f"Questions: {pio}, Public Information Officer, (555) {200 + h % 700}-{1000 + h % 9000}"
    link = f"https://na1.everbridge.net/r/{nid}"
    replies = ("Confirm receipt", "Unable to respond")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="'
            'margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff"><tr><td style="padding:'
            '12px 20px;background:#b71c1c;color:#fff;font-family:Arial,sans-serif;font-size:13px">This is a message '
            f'from {escape(org)}.</td></tr><tr><td style="padding:16px 20px"><h1 style="font-family:Arial,sans-serif;'
            f'font-size:20px;margin:0 0 12px">{escape(title)}</h1>{"".join(html_body)}<p {P}>{escape(contact)}</p>'
            '</td></tr><tr><td style="padding:12px 20px;border-top:1px solid #ddd;font-family:Arial,sans-serif;'
            'font-size:13px"><p>Please select a response:</p><ol>'
            + "".join(f'<li><a href="{link}?o={j + 1}">{r}</a></li>' for j, r in enumerate(replies))
            + f'</ol><p style="color:#777;font-size:11px">Notification ID: {nid}<br>Sent by Everbridge</p></td></tr>'
            '<tr><td style="padding:12px 20px;background:#f7f7f7;color:#777;font-family:Arial,sans-serif;'
            f'font-size:11px">You are receiving this message because you are registered as a contact of {escape(org)}'
            ". To update your contact information, sign in to the Member Portal.</td></tr></table></td></tr></table>"
            "</body></html>")  # fmt: skip
    text += [contact, "", "Please select a response:", *(f"{j + 1}) {r}: {link}?o={j + 1}" for j, r in
             enumerate(replies)), "", f"Notification ID: {nid}", "Sent by Everbridge"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{org} <notifications@everbridge.net>"
    msg["To"] = f"{slug(pio.split()[0])}.partner{h % 90 + 10}@example.org"
    msg["Subject"] = title
    sent = when.replace(hour=9 + h % 3, minute=h % 50 + 5, tzinfo=timezone(timedelta(hours=-5)))
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{hashlib.md5(doc.title.encode()).hexdigest()}@everbridge.net>"
    msg["X-Everbridge-Notification-Id"] = nid
    msg.set_content("\n".join(text) + "\n", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return bytes(msg)
