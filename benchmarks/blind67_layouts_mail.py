"""Mail writers of the ``blind67_layouts`` set: a Macao neighbourhood association's community centre's typhoon report
sent from Foxmail in traditional Chinese, and a Yemeni governorate health office's weekly cholera report sent from
Windows Live Mail in Arabic, encoded in Windows-1256.

A community centre of the General Union of Neighbourhood Associations of Macao (街坊會聯合總會, "街總", whose centres
work with the Municipal Affairs Bureau, 市政署, and sit on its community services consultative committees) in a
typhoon: the centre's evening report to the secretariat of its zone's consultative committee, typed in traditional
Chinese as Macao writes it in Foxmail 7.2 on the centre's Windows PC (Foxmail's ``X-Mailer``, ``X-GUID`` and
``X-Has-Attach``, its ``NextPart`` boundary and ``Message-ID`` of date and digits, HTML of ``<div>`` lines in Microsoft
JhengHei with its base64 plain text) — "秘書處各位同事：" and the covering sentence with the report's number and cut-off
hour, each section's Chinese numeral, "、" and name in bold ("一、重點摘要"), the summary as lines, the other points
typed "1." "2." under their section, "應對措施：" in its risk's line; "如有查詢…", "謝謝！", and under Foxmail's short
blue rule the signature of the centre, its head, telephone and address. "450,000澳門元", "1,250萬澳門元", "1,250",
"9月16日", "（上次通報：5）", every sentence ended with "。".

A governorate office of public health and population in Yemen (مكتب الصحة العامة والسكان, the ministry's office in the
governorate, reporting to the governorate's local council) in a cholera outbreak: the weekly report of acute watery
diarrhoea and cholera from the office's surveillance officer to the local council's secretary general, typed in
Arabic in Windows Live Mail 2012 on the office's old Windows PC — the message in Windows-1256 (the Arabic Windows code
page, quoted-printable, the subject and names as ``=?windows-1256?B?…?=``), MSHTML's upper-case HTML with
``id=MailContainerBody`` and ``dir=rtl``, its plain text beside it, ``X-Mailer`` and ``X-MimeOLE`` of Live Mail —
"الأخ/ الأمين العام للمجلس المحلي بمحافظة … المحترم", "تحية طيبة وبعد،،" and the covering sentence, each section's
ordinal word, a colon and its name in bold ("أولاً: ملخص الوضع"), the summary as lines, the other points numbered
"1-", "2-" under their section, "الإجراءات المتخذة:" in its risk's line; "وتقبلوا خالص التحية والتقدير،،", the
officer's name, post, office and telephone. "2,380,000 ريال", "875 مليون ريال", "1,250", "16 يوليو",
"(التقرير السابق: 5)".
"""

from __future__ import annotations

import base64
import zlib
from email.charset import BASE64, QP, Charset
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from html import escape

from blind7_layouts_content import report_day
from blind67_layouts_banks_arabia import KULIRA
from blind67_layouts_banks_north import TOIFUNG
from blind67_layouts_content import AR_MONTHS, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a Macao community centre from Foxmail

CENTRES = (
    ("祐漢", "北區", "yauhon", "黃詠欣", "28453217", "澳門祐漢新村第四街祐漢街市大廈三樓"),
    ("台山", "北區", "toishan", "梁家豪", "28229846", "澳門台山巴坡沙大馬路台山中街社屋地下"),
    ("下環", "中區", "haiwan", "陳美玲", "28965120", "澳門下環街五十六號下環街市大樓二樓"),
    ("氹仔", "離島區", "taipa", "何志明", "28827603", "氹仔地堡街二十號氹仔社區服務大樓一樓"),
)
FOX_STYLE = ('<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: '
             '0.5em; }body { font-size: 14px; font-family: "Microsoft JhengHei"; color: rgb(0, 0, 0); '
             "line-height: 1.5; }</style>")  # fmt: skip


def _fox(text: str) -> str:
    return f"<div>{text}</div>" if text else "<div><br></div>"


def eml_foxmail_toifung_kaifong_mo(doc: Doc) -> bytes:
    """The centre's typhoon report as Foxmail sends it, HTML with its plain text."""
    when = report_day(doc)
    name, zone, box, head, phone, address = CENTRES[TOIFUNG.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.month}月{when.day}日"
    opening = f"現呈上本中心第{doc.number}號颱風社區情況通報（截至{day}下午5時），請查閱。"
    plain = ["秘書處各位同事：", "", opening, ""]
    html = [_fox("<span></span>秘書處各位同事："), _fox(""), _fox(opening), _fox("")]
    for s in doc.sections:
        plain.append(s.heading)
        html.append(_fox(f"<b>{escape(s.heading)}</b>"))
        for n, it in enumerate(s.items, 1):
            line = it.text if s.key == "highlights" else f"{n}. {it.text}"
            plain.append(line)
            html.append(_fox(escape(line)))
        plain.append("")
        html.append(_fox(""))
    ending = [f"如有查詢，請致電{phone[:4]} {phone[4:]}與本中心{head}主任聯絡。", "謝謝！"]
    plain += [*ending, "", "", ""]
    html += [_fox(line) for line in ending]
    sign = [f"街總{name}社區中心", f"主任 {head}", f"電話：(853) {phone[:4]} {phone[4:]}", f"地址：{address}"]
    plain += sign
    html += ['<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">',
             '<div><span><div style="margin: 10px; font-family: verdana; font-size: 10pt;">'
             + "".join(f"<div>{escape(line)}</div>" for line in sign) + "</div></span></div>"]  # fmt: skip
    msg = EmailMessage()
    msg["Date"] = f"{when:%a, %d %b %Y} 17:{h % 50 + 5:02d}:{h % 60:02d} +0800"
    msg["From"] = f'"街總{name}社區中心" <{box}@ugamm.org.mo>'
    msg["To"] = f'"市政署{zone}社區服務諮詢委員會秘書處" <cscc.{box[:2]}@iam.gov.mo>'
    msg["Subject"] = f"颱風社區情況通報第{doc.number}號（街總{name}社區中心）"
    msg["X-Priority"] = "3"
    msg["X-GUID"] = f"{h:08X}-{h % 65536:04X}-{doc.number:04X}-A5C3-{h % 10**12:012X}"
    msg["X-Has-Attach"] = "no"
    msg["X-Mailer"] = "Foxmail 7.2.25.375[cn]"
    msg["Mime-Version"] = "1.0"
    msg["Message-ID"] = f"<{when:%Y%m%d}17{h % 60:02d}{h % 60:02d}{h % 10**7:07d}@ugamm.org.mo>"
    msg.set_content("\r\n".join(plain) + "\r\n", cte="base64")
    page = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8">{FOX_STYLE}</head>'
            f"<body>\n{chr(10).join(html)}\n</body></html>")  # fmt: skip
    msg.add_alternative(page, subtype="html", cte="quoted-printable")
    msg.set_boundary(f"----=_001_NextPart{h % 10**12:012d}_=----")
    msg.preamble = "This is a multi-part message in MIME format.\n"
    return bytes(msg)


# ---------------------------------------------------------------- a Yemeni health office from Windows Live Mail

OFFICES = (
    ("عدن", "د. فاطمة أحمد باشراحيل", "ضابطة الترصد الوبائي", "aden.ghopp", "02 231 845"),
    ("لحج", "د. عبدالله سالم الحوشبي", "مسؤول الترصد الوبائي", "lahj.ghopp", "02 502 318"),
    ("أبين", "د. ناصر محمد العولقي", "ضابط الترصد الوبائي", "abyan.ghopp", "02 604 127"),
    ("تعز", "د. أروى عبدالرحمن الشرعبي", "منسقة الترصد الوبائي", "taiz.ghopp", "04 250 936"),
)
CP1256 = Charset("windows-1256")
CP1256.header_encoding, CP1256.body_encoding = BASE64, QP
MSHTML = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML><HEAD>\n<META content="text/html; '
          'charset=windows-1256" http-equiv=Content-Type>\n<META name=GENERATOR content="MSHTML 11.00.10570.1001">'
          '</HEAD>\n<BODY style="PADDING-LEFT: 10px; PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody '
          'leftMargin=0 topMargin=0 dir=rtl CanvasTabStop="true" name="Compose message area">\n')  # fmt: skip


def _wlm(text: str) -> str:
    inner = text or "&nbsp;"
    return f"<DIV style=\"FONT-SIZE: 14pt; FONT-FAMILY: 'Simplified Arabic'\">{inner}</DIV>"


def _encoded(text: str) -> str:
    """``text`` as Live Mail writes a header: encoded words of Windows-1256 in upper-case base64, folded."""
    raw = text.encode("cp1256")
    words = [base64.b64encode(raw[i : i + 36]).decode() for i in range(0, len(raw), 36)]
    return " ".join(f"=?windows-1256?B?{w}?=" for w in words)


def eml_windows_live_mail_cholera_ye(doc: Doc) -> bytes:
    """The health office's weekly cholera report as Windows Live Mail sends it, in Windows-1256."""
    when = report_day(doc)
    gov, officer, post, box, phone = OFFICES[KULIRA.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {AR_MONTHS[when.month - 1]} {when.year}م"
    head = [f"الأخ/ الأمين العام للمجلس المحلي بمحافظة {gov}          المحترم", "تحية طيبة وبعد،،", "",
            f"نرفق لكم أدناه التقرير الأسبوعي رقم ({doc.number}) عن الوضع الوبائي للإسهالات المائية الحادة والكوليرا "
            f"في المحافظة للأسبوع المنتهي في {day}.", ""]  # fmt: skip
    plain, html = list(head), [_wlm(escape(line)) for line in head]
    for s in doc.sections:
        plain.append(s.heading)
        html.append(_wlm(f"<STRONG>{escape(s.heading)}</STRONG>"))
        for n, it in enumerate(s.items, 1):
            if s.key == "highlights":
                plain.append(it.text)
                html.append(_wlm(escape(it.text)))
                continue
            risk, lead, rest = parts(it, "ye")
            plain.append(f"{n}- {it.text}")
            html.append(_wlm(f"{n}- {escape(risk)} {escape(lead)} {escape(rest)}" if lead
                             else f"{n}- {escape(it.text)}"))  # fmt: skip
        plain.append("")
        html.append(_wlm(""))
    sign = ["وتقبلوا خالص التحية والتقدير،،", "", officer, post,
            f"مكتب الصحة العامة والسكان – محافظة {gov}", f"هاتف: {phone} / جوال: 77{h % 10**7:07d}"]  # fmt: skip
    plain += sign
    html += [_wlm(escape(line)) for line in sign]
    msg = MIMEMultipart("alternative", boundary=f"----=_NextPart_000_{h % 4096:04X}_01DC{h % 65536:04X}."
                                                f"{h % 16**8:08X}")  # fmt: skip
    ctype = msg["Content-Type"]
    del msg["Content-Type"], msg["MIME-Version"]
    msg["Message-ID"] = f"<{base64.b16encode(h.to_bytes(4, 'big')).decode()}{doc.number:04X}@HealthOffice-PC>"
    msg["From"] = f"{_encoded(officer)} <{box}@yahoo.com>"
    msg["To"] = f"{_encoded(f'المجلس المحلي - محافظة {gov}')} <lc.{box.split('.')[0]}@gmail.com>"
    msg["Subject"] = _encoded(f"التقرير الأسبوعي للإسهالات المائية الحادة/الكوليرا رقم ({doc.number})")
    msg["Date"] = f"{when:%a, %d %b %Y} 13:{h % 50 + 5:02d}:{h % 60:02d} +0300"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = ctype
    msg["X-Priority"] = "3"
    msg["X-MSMail-Priority"] = "Normal"
    msg["Importance"] = "Normal"
    msg["X-Mailer"] = "Microsoft Windows Live Mail 16.4.3528.331"
    msg["X-MimeOLE"] = "Produced By Microsoft MimeOLE V16.4.3528.331"
    msg.preamble = "This is a multi-part message in MIME format.\n"
    for body, kind in (
        ("\r\n".join(plain) + "\r\n", "plain"),
        (MSHTML + "\r\n".join(html) + "</BODY></HTML>\r\n", "html"),
    ):
        part = MIMEText(body, kind, CP1256)
        del part["MIME-Version"]
        msg.attach(part)
    return msg.as_bytes(policy=compat32.clone(linesep="\r\n"))
