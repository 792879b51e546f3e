"""Text writer of the ``blind24_layouts`` set: a Mongolian aimag emergency department's weekly dzud report kept as a
page of its DokuWiki and downloaded with the wiki's raw export (``?do=export_raw``, text/plain): ``~~NOTOC~~``, the
title as a first-level headline "====== … ======", a Wrap plugin box ``<WRAP center round info 80%>`` of the report's
date, author and next report with forced line breaks ``\\\\``, the sections "===== … =====" (the parent "Хүч
хэрэгсэл, зардал" an itemless headline over two "==== … ====" sections), the points "  * " list entries indented two
spaces, the situation as paragraphs, "**Авч буй арга хэмжээ:**" in bold inside a risk's entry, under the losses a
DokuWiki table of soums ("^ Сум ^ … ^" and "| … |" rows) and an internal image link ``{{:zud:…png?400|…}}``, a
footnote ``((…))`` after the first point, a rule and the italic page note; "1,250", "12 хувь", "340,000 мянган
төгрөг", dates by the month's number "2 дугаар сарын 16").
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind24_layouts_content import LEADS, mn_date
from council_layouts_gold import Doc

SUMS = {
    "Завхан": ("Тосонцэнгэл", "Тэлмэн", "Идэр", "Сантмаргац"),
    "Увс": ("Тэс", "Зүүнговь", "Малчин", "Өмнөговь"),
    "Говь-Алтай": ("Тайшир", "Халиун", "Дарви", "Цогт"),
    "Хөвсгөл": ("Рашаант", "Цагаан-Уул", "Галт", "Шинэ-Идэр"),
}
EDITORS = {"Завхан": "b.enkhtuya", "Увс": "d.ganbold", "Говь-Алтай": "ts.oyunaa", "Хөвсгөл": "g.batzorig"}


def _point(it) -> str:
    risk, lead, rest = split_mitigation(it, LEADS["mn"])
    return f"{risk} **{lead}** {rest}" if lead else it.text


def dokuwiki_mn(doc: Doc) -> bytes:
    """The wiki page's raw DokuWiki source."""
    when = report_day(doc).date()
    aimag = doc.organisation.split()[0]
    editor = EDITORS[aimag]
    sums = SUMS[aimag]
    seed = zlib.crc32(f"{aimag}{doc.number}".encode())
    out = ["~~NOTOC~~", "", f"====== Зудын нөхцөл байдлын долоо хоногийн мэдээ №{doc.number} ======", "",
           "<WRAP center round info 80%>",
           f"**Мэдээний огноо:** {when.year} оны {mn_date(when)}, 08:00 \\\\",
           f"**Гаргасан:** {doc.organisation}, Гамшгаас хамгаалах хэлтэс \\\\",
           "**Дараагийн мэдээ:** 7 хоногийн дараа", "</WRAP>", ""]  # fmt: skip
    first = True
    for s in doc.sections:
        if s.key is None and not s.items:
            out += [f"===== {s.heading} =====", ""]
            continue
        marks = "=" * (6 - s.level)
        out += [f"{marks} {s.heading} {marks}", ""]
        if s.key == "situation":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            note = " ((Сумдын Засаг даргын тамгын газраас ирүүлсэн мэдээгээр.))" if first else ""
            out.append(f"  * {_point(it)}{note}")
            first = False
        out.append("")
        if s.key == "impacts":
            out += ["^ Сум ^ Хорогдсон мал ^ Өвсний нөөц (хоног) ^"]
            out += [
                f"| {name} | {(seed >> (3 * k)) % 900 + 100:,} | {(seed >> (2 * k)) % 20 + 3} |"
                for k, name in enumerate(sums)
            ]
            out += ["", "{{:zud:" + f"zud_{seed % 997}_{doc.number}.png?400|Зудын эрсдэлийн зураглал" + "}}", ""]
    out += ["----", "", f"//Хуудсыг {editor} засварласан. Мэдээллийг {doc.organisation} нэгтгэв.//", ""]
    return "\n".join(out).encode()
