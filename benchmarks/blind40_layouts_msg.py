"""Outlook message writer of the ``blind40_layouts`` set: a .msg file as Outlook saves a message.

A US county health department's update on a cluster of Legionnaires' disease, sent from Outlook by the epidemiologist
to the partners' list, received at a hospital (whose mail gateway put "[EXTERNAL]" before the subject and its caution
banner at the head of the body) and saved there from Outlook with "File → Save As → Outlook Message Format – Unicode"
into the incident's folder: a compound file (the storages and streams of MS-OXMSG: the message's property stream,
``__substg1.0_`` streams for the subject, the sender, "To" and "Cc", the transport headers, the plain text body and
the HTML body, a recipient storage each, the named-property storage) written here by a small compound-file writer.
The HTML is Outlook's Word HTML — ``p.MsoNormal`` paragraphs, the greeting and the line saying what follows, each
section's name bold and underlined, the summary as paragraphs, the other points ``MsoListParagraph`` entries with the
Symbol "·" behind ``<![if !supportLists]>``, "Mitigating actions:" in bold inside a risk's point, "Thank you," and the
signature (name and degrees, post, unit, department, telephone, pronouns), and the department's confidentiality
notice in small grey type —; the plain text body is Outlook's own rendering of it (the points after "·" and a tab).
"$3,400", "$1.25 million", "1,250", "July 16", "(previous update: 5)".
"""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape

from blind7_layouts_content import report_day
from blind21_layouts_mail import BLANK, BULLET, HEAD, _p
from blind40_layouts_banks_en import LEGIONELLA
from blind40_layouts_content import parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- a compound file (MS-CFB, version 3)

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
MSG_CLSID = bytes.fromhex("0B0D020000000000C000000000000046")


class _Node:
    def __init__(self, name: str, data: bytes | None = None) -> None:
        self.name, self.data, self.kids = name, data, []  # data None: a storage

    def storage(self, name: str) -> _Node:
        node = _Node(name)
        self.kids.append(node)
        return node

    def stream(self, name: str, data: bytes) -> None:
        self.kids.append(_Node(name, data))


def _order(node: _Node) -> tuple[int, str]:
    return len(node.name), node.name.upper()


def compound_file(root: _Node) -> bytes:
    """The bytes of a compound file holding ``root``'s storages and streams (512-byte sectors, 64-byte mini sectors
    for streams under 4096 bytes, the children of a storage in a balanced tree of one colour)."""
    nodes: list[_Node] = []
    links: dict[int, tuple[int, int, int]] = {}  # index → (left, right, child)

    def walk(node: _Node) -> int:
        i = len(nodes)
        nodes.append(node)
        links[i] = (FREE, FREE, FREE)
        kids = sorted(node.kids, key=_order)
        links[i] = (FREE, FREE, tree(kids))
        return i

    def tree(kids: list[_Node]) -> int:
        if not kids:
            return FREE
        mid = len(kids) // 2
        i = walk(kids[mid])
        left, right = tree(kids[:mid]), tree(kids[mid + 1 :])
        links[i] = (left, right, links[i][2])
        return i

    walk(root)
    mini, minifat, big = bytearray(), [], []
    starts: dict[int, tuple[int, int]] = {}  # node → (start, size), mini or big
    for i, node in enumerate(nodes):
        if node.data is None or i == 0:
            continue
        if not node.data:
            starts[i] = (END, 0)
        elif len(node.data) < 4096:
            first, count = len(mini) // 64, -(-len(node.data) // 64)
            minifat += [first + j + 1 for j in range(count - 1)] + [END]
            mini += node.data.ljust(count * 64, b"\0")
            starts[i] = (first, len(node.data))
        else:
            big.append((i, node.data))
    dir_bytes = bytearray()
    chains: list[tuple[str, int]] = []  # (what, sectors) in the order they are laid out
    n_dir = -(-len(nodes) * 128 // 512)
    n_minifat = -(-len(minifat) * 4 // 512)
    n_mini = -(-len(mini) // 512)
    chains += [("dir", n_dir), ("minifat", n_minifat), ("mini", n_mini)]
    chains += [(f"big{i}", -(-len(data) // 512)) for i, data in big]
    used = sum(n for _, n in chains)
    n_fat = 1
    while (used + n_fat) > n_fat * 128:
        n_fat += 1
    fat: list[int] = []
    where: dict[str, int] = {}
    for what, n in chains:
        where[what] = len(fat) if n else END
        fat += [len(fat) + j + 1 for j in range(n - 1)] + ([END] if n else [])
    fat_start = len(fat)
    fat += [FATSECT] * n_fat
    fat += [FREE] * (n_fat * 128 - len(fat))
    for i, data in big:
        starts[i] = (where[f"big{i}"], len(data))
    starts[0] = (where["mini"], len(mini))
    for i, node in enumerate(nodes):
        name = node.name.encode("utf-16-le")
        kind = 5 if i == 0 else (1 if node.data is None else 2)
        left, right, child = links[i]
        start, size = starts.get(i, (0, 0))
        dir_bytes += struct.pack("<64sHBBIII16sIQQIQ", name, len(name) + 2, kind, 1, left, right, child,
                                 MSG_CLSID if i == 0 else b"\0" * 16, 0, 0, 0, start, size)  # fmt: skip
    while len(dir_bytes) % 512:
        dir_bytes += struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, FREE, FREE, FREE, b"\0" * 16, 0, 0, 0, 0, 0)
    difat = [fat_start + j for j in range(n_fat)] + [FREE] * (109 - n_fat)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16, 0x3E, 3, 0xFFFE,
                         9, 6, b"\0" * 6, 0, n_fat, where["dir"], 0, 4096, where["minifat"], n_minifat, END,
                         0)  # fmt: skip
    header += struct.pack("<109I", *difat)
    body = bytes(dir_bytes) + struct.pack(f"<{len(minifat)}I", *minifat).ljust(n_minifat * 512, b"\xff")
    body += bytes(mini).ljust(n_mini * 512, b"\0")
    for _, data in big:
        body += data.ljust(-(-len(data) // 512) * 512, b"\0")
    return header + body + struct.pack(f"<{len(fat)}I", *fat)


# ---------------------------------------------------------------- the message's properties (MS-OXMSG)

UNICODE, BINARY, LONG, TIME = 0x001F, 0x0102, 0x0003, 0x0040


def _filetime(t: datetime) -> int:
    return int((t - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def _props(node: _Node, props: list[tuple[int, int, object]], header: bytes) -> None:
    """The property stream of ``node`` after ``header`` and a ``__substg1.0_`` stream per variable-size value."""
    out = bytearray(header)
    for pid, kind, value in props:
        tag = (pid << 16) | kind
        if kind == UNICODE:
            data = str(value).encode("utf-16-le")
            node.stream(f"__substg1.0_{tag:08X}", data)
            out += struct.pack("<IIII", tag, 6, len(data) + 2, 0)
        elif kind == BINARY:
            node.stream(f"__substg1.0_{tag:08X}", bytes(value))  # type: ignore[arg-type]
            out += struct.pack("<IIII", tag, 6, len(value), 0)  # type: ignore[arg-type]
        else:
            out += struct.pack("<IIQ", tag, 6, int(value))  # type: ignore[call-overload]
    node.stream("__properties_version1.0", bytes(out))


def msg_file(subject: str, sender: tuple[str, str], to: list[tuple[str, str]], cc: list[tuple[str, str]],
             sent: datetime, received: datetime, body: str, html: str, headers: str,
             message_id: str) -> bytes:  # fmt: skip
    """An Outlook message as "Save As → Outlook Message Format – Unicode" writes it."""
    root = _Node("Root Entry")
    nameid = root.storage("__nameid_version1.0")
    for tag in ("00020102", "00030102", "00040102"):
        nameid.stream(f"__substg1.0_{tag}", b"")
    people = [(p, 1) for p in to] + [(p, 2) for p in cc]
    for n, ((name, addr), kind) in enumerate(people):
        recip = root.storage(f"__recip_version1.0_#{n:08X}")
        _props(recip, [(0x0C15, LONG, kind), (0x3000, LONG, n), (0x3001, UNICODE, name),
                       (0x3002, UNICODE, "SMTP"), (0x3003, UNICODE, addr), (0x39FE, UNICODE, addr),
                       (0x5FF6, UNICODE, name)], b"\0" * 8)  # fmt: skip
    props = [
        (0x001A, UNICODE, "IPM.Note"), (0x0037, UNICODE, subject), (0x0E1D, UNICODE, subject),
        (0x0C1A, UNICODE, sender[0]), (0x0C1F, UNICODE, sender[1]), (0x0C1E, UNICODE, "SMTP"),
        (0x5D01, UNICODE, sender[1]), (0x0042, UNICODE, sender[0]), (0x0065, UNICODE, sender[1]),
        (0x0064, UNICODE, "SMTP"), (0x0E04, UNICODE, "; ".join(n for n, _ in to)),
        (0x0E03, UNICODE, "; ".join(n for n, _ in cc)), (0x1000, UNICODE, body), (0x1013, BINARY, html.encode()),
        (0x3FDE, LONG, 65001), (0x007D, UNICODE, headers), (0x1035, UNICODE, message_id),
        (0x0039, TIME, _filetime(sent)), (0x0E06, TIME, _filetime(received)), (0x3007, TIME, _filetime(received)),
        (0x3008, TIME, _filetime(received)), (0x0E07, LONG, 1), (0x0017, LONG, 1), (0x340D, LONG, 0x00040000),
    ]  # fmt: skip
    head = struct.pack("<8sIIII8s", b"\0" * 8, len(people), 0, len(people), 0, b"\0" * 8)
    _props(root, props, head)
    return compound_file(root)


# ---------------------------------------------------------------- the county's update, as the hospital saved it

CDT = timezone(timedelta(hours=-5))
EPIS = (("Rachel Okafor, MPH", "Epidemiologist II", "she/her"), ("Daniel Reyes, MPH, CPH", "Senior Epidemiologist",
        "he/him"), ("Megan Schultz, MSPH", "Epidemiology Supervisor", "she/her"),
        ("Anthony Greer, PhD", "Lead Epidemiologist", "he/him"))  # fmt: skip
HOSPITALS = ("Harmon General Hospital", "Lakeview Regional Medical Center", "Brennan Memorial Hospital",
             "Twin Rivers Community Hospital")  # fmt: skip
BANNER = ("CAUTION: This email originated from outside of {}. Do not click links or open attachments unless you "
          "recognize the sender and know the content is safe.")  # fmt: skip
NOTICE = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
          "recipient(s) and may contain confidential and privileged information, including protected health "
          "information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
          "intended recipient, please contact the sender by reply e-mail and destroy all copies of the original "
          "message.")  # fmt: skip


def msg_outlook_legionella_us(doc: Doc) -> bytes:
    """The county's Legionella update as the hospital's emergency manager saved it from Outlook."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = LEGIONELLA.organisations.index(doc.organisation)
    name, post, pronouns = EPIS[k]
    dom = f"{slug(doc.organisation.split()[0])}county.example.gov"
    addr = f"{slug(name.split(',')[0]).replace('-', '.')}@{dom}"
    sent = when.replace(hour=15, minute=h % 40 + 10, tzinfo=CDT)
    received = sent + timedelta(seconds=40 + h % 50)
    banner = BANNER.format(HOSPITALS[k])
    hosp = f"{slug(HOSPITALS[k]).replace('-', '')}.example.org"
    greet = ["Good afternoon partners,", "", f"Below is update #{doc.number} on the Legionnaires' disease cluster "
             "investigation. Information is current as of 3:00 p.m. today.", ""]  # fmt: skip
    html = [HEAD, "<table border=0 cellspacing=0 cellpadding=0 width=\"100%\" style='background:#FFEB9C'><tr><td "
            f"style='padding:4.0pt'><p class=MsoNormal><b><span style='font-size:9.0pt;color:#9C5700'>{banner}"
            "</span></b><o:p></o:p></p></td></tr></table>", BLANK]  # fmt: skip
    html += [_p(escape(x)) if x else BLANK for x in greet]
    text = [banner, "", *greet]
    for s in doc.sections:
        html.append(_p(f"<b><u>{escape(s.heading)}</u></b>"))
        text.append(s.heading)
        for j, it in enumerate(s.items):
            if s.key == "highlights":
                html.append(_p(escape(it.text)))
                text.append(it.text)
                continue
            risk, lead, rest = parts(it, "us")
            inner = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            pos = "" if len(s.items) == 1 else "CxSpFirst" if j == 0 else "CxSpLast" if j == len(s.items) - 1 else (
                "CxSpMiddle")  # fmt: skip
            html.append(_p(BULLET + inner, f"MsoListParagraph{pos}", "text-indent:-18.0pt;mso-list:l0 level1 lfo1"))
            text.append(f"·\t{it.text}")
        html.append(BLANK)
        text.append("")
    phone = f"(555) {300 + k * 111}-{h % 9000 + 1000}"
    sig = [name, f"{post} | Communicable Disease Unit", doc.organisation, f"Office: {phone}",
           f"Pronouns: {pronouns}"]  # fmt: skip
    html += [_p("Please let me know if you have any questions."), BLANK, _p("Thank you,"), BLANK]
    html += [_p(f"<b><span style='color:#1F4E79'>{escape(x)}</span></b>" if i == 0 else
                f"<span style='font-size:10.0pt;color:#1F4E79'>{escape(x)}</span>")
             for i, x in enumerate(sig)]  # fmt: skip
    html += [BLANK, _p(f"<span style='font-size:8.0pt;color:gray'>{NOTICE}</span>"), "</div></body></html>"]
    text += ["Please let me know if you have any questions.", "", "Thank you,", "", *sig, "", NOTICE, ""]
    subject = f"[EXTERNAL] Legionella Cluster Update #{doc.number} – {when:%m/%d/%Y}"
    to = [(f"{HOSPITALS[k]} Emergency Management", f"emergency.mgmt@{hosp}"),
          ("Legionella Response Partners", f"legionella-partners@{dom}")]  # fmt: skip
    cc = [("County Health Officer", f"healthofficer@{dom}")]
    mid = f"<{h:08x}{doc.number:04d}.{k}@{dom.replace('.example.gov', '')}.exchange.example.gov>"
    headers = (f"Received: from mail-gw.{dom} ({h % 200}.{h % 250}.{h % 99}.{h % 240}) by mx.{hosp}\r\n"
               f" with ESMTPS; {format_datetime(received)}\r\nFrom: {name.split(',')[0]} <{addr}>\r\nTo: "
               f"Legionella Response Partners <legionella-partners@{dom}>\r\nSubject: Legionella Cluster Update #"
               f"{doc.number} – {when:%m/%d/%Y}\r\nDate: {format_datetime(sent)}\r\nMessage-ID: {mid}\r\nContent-"
               "Type: multipart/alternative\r\nMIME-Version: 1.0\r\nX-MS-Exchange-Organization-SCL: 1"
               "\r\n\r\n")  # fmt: skip
    return msg_file(subject, (name.split(",")[0], addr), to, cc, sent.astimezone(UTC), received.astimezone(UTC),
                    "\r\n".join(text), "".join(html), headers, mid)  # fmt: skip
