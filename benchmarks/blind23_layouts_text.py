"""Text writer of the ``blind23_layouts`` set: a Turkmen provincial water utility's report on a burst trunk main
("Suw üpjünçiligi barada maglumat") kept as a page of its dispatch service's Redmine wiki and downloaded with the
page's "TXT" link — the wiki's own Textile source: ``{{>toc}}`` floated right, "h1. …" title, a ``p(note).``
paragraph of the report's time, author and next report, a ``|_. …|`` table of key figures, "h2. …" headings over
"* " points (the parent "Serişdeler" an itemless "h2." over two "h3." sections), the situation as paragraphs, inline
``*bold*`` and ``_italic_``, "*Görülýän çäreler:*" in bold inside a risk's point, a link to the issue as ``#1234``,
an attachment's image ``!shema.png!``, the wiki macros ``{{last_updated_by}}`` and a ``<pre>`` of the pumping
station's log under the situation, and the page's history line; "1 250", "12%", "3 400 manat", "16-njy ýanwar").
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind23_layouts_content import AYLAR_TK, LEADS, ordinal_tk
from council_layouts_gold import Doc

PEOPLE = {"Daşoguz": ("Merdan Orazow", "mor"), "Lebap": ("Aýna Saparowa", "asaparowa"),
          "Mary": ("Döwlet Annaýew", "dannayew"), "Balkan": ("Jeren Kakaýewa", "jkakayewa")}  # fmt: skip


def _point(item) -> str:
    risk, lead, rest = split_mitigation(item, LEADS["tk"])
    if lead:
        return f"{risk} *{lead}* {rest}"
    return item.text


def textile_tk(doc: Doc) -> bytes:
    """The wiki page's Textile source as Redmine's "TXT" export gives it (CRLF line ends, as Redmine stores them)."""
    when = report_day(doc)
    region = doc.organisation.split()[0]
    name, login = PEOPLE[region]
    day = f"{ordinal_tk(when.day)} {AYLAR_TK[when.month - 1]} {when.year} ý."
    issue = 4100 + zlib.crc32(region.encode()) % 800
    out = ["{{>toc}}", "", f"h1. {doc.title}", "",
           f"p(note). Ýagdaý: {day}, sagat 08:00. Taýýarlan: \"{name}\":/users/{len(login) * 7}. "
           f"Indiki maglumat ertir sagat 08:00-da. Baglanyşykly ýumuş: #{issue}", "",
           "|_. Görkeziji |_. Bahasy |",
           f"|Maglumat belgisi|{doc.number}|",
           f"|Awariýa toparlary|{3 + doc.number}|",
           f"|Ştab|{region} şäher ştaby|", ""]  # fmt: skip
    for s in doc.sections:
        if s.level == 1 and not s.items and s.key is None:
            out += [f"h2. {s.heading}", ""]
            continue
        out += [f"h{s.level + 1}. {s.heading}", ""]
        if s.key == "situation":
            for it in s.items:
                out += [it.text, ""]
            out += [
                "<pre>",
                f"{when:%d.%m.%Y} 06:00  basyş 2,{doc.number + 1} bar  nasos №2 işleýär",
                f"{when:%d.%m.%Y} 07:00  basyş 2,{doc.number + 3} bar  nasos №3 ätiýaçda",
                "</pre>",
                "",
            ]
            continue
        out += [f"* {_point(it)}" for it in s.items]
        out.append("")
        if s.key == "impacts":
            out += ["!shema.png!", "_Surat 1: Zeper ýeten ýerleriň çyzgysy_", ""]
    out += ["---", "", "{{last_updated_by}} {{last_updated_at}}", "",
            f"_Sahypa {login} tarapyndan üýtgedildi, wersiýa {doc.number + 11}_", ""]  # fmt: skip
    return "\r\n".join(out).encode()
