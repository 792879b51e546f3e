"""Message writers of the ``blind37_layouts`` set.

A Japanese council of social welfare's disaster volunteer centre report, in Japanese, posted by its staff in the LINE
group where the town office, the prefecture's council and the volunteer groups coordinate, and saved by the town
office from LINE for PC with "トーク履歴を保存" (a text file, CRLF): the header "[LINE] …のトーク履歴" and
"保存日時：…", a blank line, each day a line "2026/07/08(水)", each message on a line of its own — the time, a tab, the
sender's display name, a tab and the text —, a message of several lines put in double quotes, as LINE does, from the
first line's start to the last line's end; the report one such message — its title "【…災害ボランティアセンター
活動報告 第3報】" and "7月8日（水）17:00現在", each section a line "■概要", the summary as lines, every other point
after "・", "対策：" inside a risk's point, "以上、よろしくお願いいたします。" and the signature —, among the others'
messages ("[スタンプ]", "[写真]", "了解しました。", the day's greetings). "3,400円", "34万円", "1,250人", "7月16日",
"（前回：5）".

An Alaskan borough emergency operations centre's situation report after an earthquake, with the phone and internet
links down, sent by the EOC's amateur radio operator over Winlink as an ICS 213 General Message form from Winlink
Express and delivered by the Winlink system to the state EOC's e-mail: ``From: <call sign>@winlink.org``, the subject
"//WL2K R/ ICS 213 …" (a return receipt asked for), ``X-Source``, a ``multipart/mixed`` whose text part is the form
as Winlink Express writes it for a reader without the program — "GENERAL MESSAGE (ICS 213)", the numbered fields 1 to
6, "7. Message:" and the sitrep typed in it (each section's name in capitals on a line of its own, the summary as
lines, the points after "- ", "Mitigation:" inside a risk's point), "8. Approved by:" with "[NO SIGNATURE]", and the
footer "Express Sending Station: …", "Express Version: …", "Express Template Version: …" under a dashed rule —, and the
form's data as the attachment "RMS_Express_Form_ICS213_Initial_Viewer.xml" (``application/octet-stream``, base64).
"$3,400", "$1.25M", "Nov 16", "(prev 5)".
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import UTC, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

from blind7_layouts_content import report_day
from blind37_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- LINE talk history, Japanese

WEEK = "月火水木金土日"
STAFF_JA = ("佐藤 美紀", "高橋 亮", "伊藤 由美", "渡辺 健太")
TOWN_JA = ("田中（役場防災）", "鈴木（役場福祉課）", "小林（役場防災）", "加藤（役場総務）")
PREF_JA = "山本（県社協）"
NPO_JA = ("NPO法人つなぐ 中村", "JVOAD 吉田", "ピースボート 松本", "日本財団 井上")


def _quoted(lines: list[str]) -> str:
    """A message of several lines as LINE saves it: in double quotes, a quote inside it doubled."""
    text = "\n".join(lines).replace('"', '""')
    return f'"{text}"'


def txt_line_vc_ja(doc: Doc) -> bytes:
    """The volunteer centre's report as the LINE group's talk history saved from LINE for PC."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = ("清川町", "大滝町", "八坂町", "北野町").index(doc.organisation.removesuffix("社会福祉協議会"))
    town = doc.organisation.removesuffix("社会福祉協議会")
    me, office, npo = f"{town}社協 {STAFF_JA[k]}", TOWN_JA[k], NPO_JA[(k + h) % 4]
    day = f"{when:%Y/%m/%d}({WEEK[when.weekday()]})"
    body = [f"【{town}災害ボランティアセンター 活動報告 第{doc.number}報】",
            f"{when.month}月{when.day}日（{WEEK[when.weekday()]}）17:00現在", ""]  # fmt: skip
    for s in doc.sections:
        body.append(f"■{s.heading}")
        for it in s.items:
            if s.key == "highlights":
                body.append(it.text)
                continue
            risk, lead, rest = parts(it, "ja")
            body.append(f"・{risk}{lead}{rest}" if lead else f"・{it.text}")
        body.append("")
    body += ["以上、よろしくお願いいたします。", f"{town}社協 災害VC {STAFF_JA[k].split()[0]}"]
    m = h % 20
    lines = [f"[LINE] {town}災害VC 連絡調整のトーク履歴", f"保存日時：{when:%Y/%m/%d} 21:{10 + h % 40:02d}", "", day,
             f"7:{40 + m:02d}\t{me}\tおはようございます。本日もよろしくお願いいたします。",
             f"7:{41 + m:02d}\t{office}\t[スタンプ]",
             f"8:{10 + m:02d}\t{npo}\t本日は2班で伺います。受付は8時半の予定です。",
             f"12:{5 + m:02d}\t{office}\t[写真]",
             f"12:{6 + m:02d}\t{office}\t午前中の活動の様子です。",
             f"17:{30 + m:02d}\t{me}\t{_quoted(body)}",
             f"17:{32 + m:02d}\t{PREF_JA}\tご報告ありがとうございます。県社協にも共有します。",
             f"17:{33 + m:02d}\t{office}\t了解しました。お疲れさまでした。",
             f"17:{35 + m:02d}\t{npo}\t[スタンプ]", ""]  # fmt: skip
    return "\r\n".join(line.replace("\n", "\r\n") for line in lines).encode("utf-8")


# ---------------------------------------------------------------- Winlink ICS 213, Alaskan borough EOC

CALLS = ("KL7QZB", "KL4RT", "AL7JX", "KL5DW")
PEOPLE_AK = (("Jim Kowalczyk", "Sarah Tillman"), ("Denise Moses", "Carl Andersen"), ("Ray Nakamura", "Lena Hobbs"),
             ("Tom Ivanoff", "Grace Nelson"))  # fmt: skip
AKST = timezone(timedelta(hours=-9))


def _form_xml(fields: dict[str, str], call: str, stamp: str) -> bytes:
    vars_ = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields.items())
    return ('<?xml version="1.0"?>\r\n<RMS_Express_Form>\r\n<form_parameters>\r\n<xml_file_version>1.0'
            "</xml_file_version>\r\n<rms_express_version>1.7.21.0</rms_express_version>\r\n<submission_datetime>"
            f"{stamp}</submission_datetime>\r\n<senders_callsign>{call}</senders_callsign>\r\n<grid_square>BP40iq"
            "</grid_square>\r\n<display_form>ICS213_Initial_Viewer.html</display_form>\r\n<reply_template>"
            f"ICS213_SendReply.txt</reply_template>\r\n</form_parameters>\r\n<variables>\r\n{vars_}\r\n</variables>"
            "\r\n</RMS_Express_Form>\r\n").encode()  # fmt: skip


def eml_winlink_ics213_ak(doc: Doc) -> bytes:
    """The borough EOC's sitrep as the ICS 213 form message that Winlink delivers to an Internet address."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    org = doc.organisation
    k = ("Chugach Bay", "Tanana Flats", "Kachemak Sound", "Matanuska Ridge").index(org.removesuffix(" Borough"))
    call, (planner, manager) = CALLS[k], PEOPLE_AK[k]
    sent = when.replace(hour=8, minute=10 + h % 40, tzinfo=AKST)
    incident = f"{org.removesuffix(' Borough')} Earthquake"
    message: list[str] = []
    for s in doc.sections:
        message.append(s.heading)
        for it in s.items:
            if s.key == "highlights":
                message.append(it.text)
                continue
            risk, lead, rest = parts(it, "ak")
            message.append(f"- {risk} {lead} {rest}" if lead else f"- {it.text}")
        message.append("")
    fields = {"inc_name": incident, "to_name": "Planning Section Chief, Alaska SEOC",
              "fm_name": f"{planner}, Planning Section Chief, {org} EOC",
              "subjectline": f"Situation Report #{doc.number}", "mdate": f"{when:%Y-%m-%d}", "mtime": "0800 AKST",
              "message": "\n".join(message).strip(), "approved_name": manager, "approved_sig": "[NO SIGNATURE]",
              "approved_postitle": "EOC Manager"}  # fmt: skip
    text = ["GENERAL MESSAGE (ICS 213)", "", f"1. Incident Name (Optional): {incident}",
            f"2. To (Name and Position): {fields['to_name']}", f"3. From (Name and Position): {fields['fm_name']}",
            f"4. Subject: {fields['subjectline']}", f"5. Date: {fields['mdate']}", f"6. Time: {fields['mtime']}", "",
            "7. Message:", *message, f"8. Approved by: Name: {manager}  Signature: [NO SIGNATURE]  Position/Title: "
            "EOC Manager", "", "", "----------", f"Express Sending Station: {call}", "Express Version: 1.7.21.0",
            "Express Template Version: ICS213 Initial v.2.6"]  # fmt: skip
    utc = sent.astimezone(UTC)
    mid = hashlib.sha1(doc.title.encode()).hexdigest().upper()
    msg = EmailMessage()
    msg["Date"] = format_datetime(utc)
    msg["From"] = f"{call}@winlink.org"
    msg["To"] = "seoc.planning@ready.alaska.example.gov"
    msg["Subject"] = f"//WL2K R/ ICS 213 Situation Report #{doc.number} {org} EOC"
    msg["Message-ID"] = f"<{mid[:12]}@winlink.org>"
    msg["X-Source"] = call
    msg["X-Location"] = f"{60 + k}.{h % 90:02d}N, {145 + k}.{(h >> 8) % 90:02d}W (GRID SQUARE)"
    msg.set_content("\n".join(text) + "\n", charset="us-ascii", cte="quoted-printable")
    msg.add_attachment(_form_xml(fields, call, f"{utc:%Y%m%d%H%M%S}"), maintype="application",
                       subtype="octet-stream", filename="RMS_Express_Form_ICS213_Initial_Viewer.xml")  # fmt: skip
    return bytes(msg)
