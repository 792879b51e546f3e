"""Mail writer of the ``blind25_layouts`` set: a Taiwanese county's disaster response centre's typhoon
"災害應變處置報告" sent to the central centre from an Outlook set up in Traditional Chinese, which writes a message
it can in Big5 — so the subject is a ``=?big5?B?…?=`` encoded word, both parts of the ``multipart/alternative``
are ``charset="big5"`` in base64, and the HTML part says ``charset=big5`` in its ``<meta>`` too: Outlook's plain
text, and Word's HTML with ``MsoNormal`` paragraphs in 標楷體 (the regular script every Taiwanese public office
writes in), the greeting and covering line, the title block centred (the centre, the report and
"資料時間：中華民國114年8月13日16時00分" — the Republic of China's years), bold headings "一、災情概述", each point
a paragraph numbered by hand "（一）" with a hanging indent, the situation as paragraphs indented two characters,
"因應作為：" in bold inside a risk's point, the staff group's sign-off with the contact and telephone, and the
confidentiality note in grey; "1,250人", "新臺幣15.8萬元", "8月14日", "（前次：5）").
"""

from __future__ import annotations

import zlib
from base64 import b64encode
from datetime import timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind25_layouts_content import WEEKDAYS_ZH, split_lead
from council_layouts_gold import Doc

TZ = timezone(timedelta(hours=8))
NUMERALS = "一二三四五六七八九十"
COUNTIES = {"花蓮縣": ("hl.gov.tw", "陳建宏", "(03)822-7171"), "臺東縣": ("taitung.gov.tw", "林雅婷", "(089)322-112"),
            "屏東縣": ("pthg.gov.tw", "黃志明", "(08)732-0415"),
            "南投縣": ("nantou.gov.tw", "張淑芬", "(049)222-2106")}  # fmt: skip
KAI = "font-family:標楷體"
STYLE = ("<style><!-- @font-face {font-family:新細明體;} @font-face {font-family:標楷體;} p.MsoNormal, "
         "li.MsoNormal, div.MsoNormal {margin:0cm;font-size:12.0pt;font-family:\"新細明體\",serif;} "
         "span.EmailStyle17 {mso-style-type:personal-compose;font-family:\"標楷體\";} "
         "div.WordSection1 {page:WordSection1;} --></style>")  # fmt: skip
NOTE = ("本電子郵件及其附件可能含有機密或依法受保護之資訊，僅供指定之收件人使用。如您非指定之收件人，"
        "請立即通知寄件人並刪除本郵件，請勿轉寄、複製或使用其內容。")  # fmt: skip


def _numeral(n: int) -> str:
    """A Chinese numeral up to ninety-nine: "三", "十", "十二"."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else NUMERALS[tens - 1]) + "十" if tens else "") + (NUMERALS[ones - 1] if ones else "")


def _word(text: str) -> str:
    """``text`` as Outlook writes a header in Big5: encoded words of at most 15 letters each."""
    return " ".join(
        f"=?big5?B?{b64encode(text[k : k + 15].encode('big5')).decode()}?=" for k in range(0, len(text), 15)
    )


def _p(text: str, style: str = "", size: float = 12, bold: bool = False) -> str:
    body = f"<span style='font-size:{size:g}pt;{KAI}'>{text}</span>"
    attr = f" style='{style}'" if style else ""
    return f"<p class=MsoNormal{attr}>{f'<b>{body}</b>' if bold else body}</p>"


def _bodies(doc: Doc, county: str, roc: str, stamp: str) -> tuple[str, str]:
    """(plain text, HTML) of the message."""
    _, officer, phone = COUNTIES[county]
    greet = (
        "各位長官、同仁，您好：",
        f"檢送本縣颱風災害應變處置報告（第{doc.number}報），資料時間：{stamp}，敬請鑒核。",
    )
    heads = (f"{county}災害應變中心", f"颱風災害應變處置報告（第{doc.number}報）", f"資料時間：中華民國{roc}")
    sign = (f"{county}災害應變中心 幕僚參謀組 敬上", f"聯絡人：消防局災害管理科 {officer}", f"電話：{phone} 分機307")
    text = [greet[0], "", greet[1], "", *heads, ""]
    html = ["<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta http-equiv=Content-Type "
            "content=\"text/html; charset=big5\"><meta name=Generator "
            f"content=\"Microsoft Word 15 (filtered medium)\">{STYLE}</head><body lang=ZH-TW link=\"#0563C1\" "
            "vlink=\"#954F72\" style='text-justify-trim:punctuation'><div class=WordSection1>",
            _p(greet[0]), "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>", _p(greet[1]),
            "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"]  # fmt: skip
    for k, line in enumerate(heads):
        html.append(_p(line, "text-align:center", 16 if k < 2 else 12, bold=k < 2))
    for s in doc.sections:
        text += ["", s.heading]
        html.append(_p(s.heading, "margin-top:12.0pt", 14, bold=True))
        for n, it in enumerate(s.items, start=1):
            if s.key == "situation":
                text.append(f"　　{it.text}")
                html.append(_p(escape(it.text), "text-indent:24.0pt;text-align:justify"))
                continue
            mark = f"（{_numeral(n)}）"
            risk, lead, rest = split_lead(it.text, "tw")
            text.append(mark + it.text)
            body = f"{escape(risk)}</span><b><span style='{KAI}'>{lead}</span></b><span style='{KAI}'>{escape(rest)}" \
                if lead else escape(it.text)  # fmt: skip
            html.append(_p(mark + body, "margin-left:48.0pt;text-indent:-36.0pt;text-align:justify"))
    text += ["", *sign, "", NOTE]
    html += ["<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>", *(_p(x) for x in sign),
             "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>",
             f"<p class=MsoNormal><span style='font-size:9.0pt;color:gray'>{NOTE}</span></p>",
             "</div></body></html>"]  # fmt: skip
    return "\r\n".join(text), "".join(html)


def email_big5_tw(doc: Doc) -> bytes:
    """The report as the central centre's staff receive it."""
    when = report_day(doc).replace(hour=16, minute=20, tzinfo=TZ)
    county = doc.organisation.removesuffix("政府災害應變中心")
    domain, officer, _ = COUNTIES[county]
    roc = f"{when.year - 1911}年{when.month}月{when.day}日16時00分"
    stamp = f"{when.year - 1911}年{when.month}月{when.day}日（星期{WEEKDAYS_ZH[when.weekday()]}）16時"
    text, html = _bodies(doc, county, roc, stamp)
    msg = MIMEMultipart("alternative")
    msg["From"] = f"{_word(f'{county}災害應變中心')} <eoc@{domain}>"
    msg["To"] = f"{_word('中央災害應變中心')} <eoc@nfa.gov.tw>"
    msg["Cc"] = f"{_word(f'{county}政府秘書處')} <secretary@{domain}>"
    msg["Subject"] = _word(f"【{county}災害應變中心】颱風災害應變處置報告（第{doc.number}報）")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<00{zlib.crc32(county.encode()):08x}${doc.number:04x}$eoc@{domain}>"
    msg["Thread-Topic"] = _word(f"颱風災害應變處置報告（第{doc.number}報）")
    msg["Thread-Index"] = "AdsM" + f"{zlib.crc32(officer.encode()):08X}"[:6] + "wQ=="
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Content-Language"] = "zh-tw"
    msg.attach(MIMEText(text, "plain", "big5"))
    msg.attach(MIMEText(html, "html", "big5"))
    return msg.as_bytes()
