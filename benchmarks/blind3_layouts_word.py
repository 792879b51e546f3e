"""Word writers of the fifth blind council layouts (``blind3_layouts``): a briefing whose body runs in two
Word section columns (``w:cols``) with Heading 2 / Heading 3 headings and real footnotes, and a Dutch NGO
return with tracked changes by two authors (insertions, deletions, a struck-out bullet) and comments.
"""

from __future__ import annotations

import re
from html import escape

from council_layouts_gold import Doc
from council_layouts_writers import _docx, _save

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_NUMBER = re.compile(r"\d[\d,]*")
AUTHORS = ("Anouk de Vries", "Piotr Nowak")
STAMP = "2020-04-06T09:{:02d}:00Z"


def _xml(fragment: str):
    from docx.oxml import parse_xml

    return parse_xml(fragment)


def _run(text: str, extra: str = "") -> str:
    return f"<w:r xmlns:w='{W_NS}'>{extra}<w:t xml:space='preserve'>{escape(text)}</w:t></w:r>"


# ---------------------------------------------------------------- two columns and footnotes

FOOTNOTE_TEXT = (
    "Figures as reported by the service at 09:00 on the day of the report.",
    "Numbers are provisional and may be revised in the next briefing.",
    "Source: the service's weekly return to the regional resilience forum.",
    "Costs are unaudited and exclude grant income not yet received.",
)


def _footnotes_part(d, notes: list[str]) -> None:
    """Add word/footnotes.xml (Word's two separator notes, then ``notes`` as ids 1…) to the document."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    sep = (
        "<w:footnote w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        "<w:footnote w:type='continuationSeparator' w:id='0'><w:p><w:r><w:continuationSeparator/></w:r></w:p>"
        "</w:footnote>"
    )
    body = "".join(
        f"<w:footnote w:id='{n}'><w:p><w:pPr><w:spacing w:after='0'/></w:pPr><w:r><w:rPr><w:vertAlign "
        f"w:val='superscript'/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val='16'/></w:rPr>"
        f"<w:t xml:space='preserve'> {escape(text)}</w:t></w:r></w:p></w:footnote>"
        for n, text in enumerate(notes, start=1)
    )
    head = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
    xml = f"{head}<w:footnotes xmlns:w='{W_NS}'>{sep}{body}</w:footnotes>"
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def _note_mark(para, n: int) -> None:
    """A footnote reference (superscript number) at the end of ``para``."""
    para._p.append(
        _xml(
            f"<w:r xmlns:w='{W_NS}'><w:rPr><w:vertAlign w:val='superscript'/></w:rPr>"
            f"<w:footnoteReference w:id='{n}'/></w:r>"
        )
    )


def word_columns_footnotes(doc: Doc) -> bytes:
    """A briefing: the title, a one-line summary and a rule over the full width, then a continuous section
    break into two columns (``w:cols``) holding the sections, Heading 2 for the top headings and Heading 3
    below them, "List Bullet" items; footnote marks after some numbers and after the finance heading, with
    their notes at the foot of the page; an "OFFICIAL" page header and a footer line."""
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d, _pt = _docx()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = f"{doc.organisation} · {doc.service} briefing · {doc.date}"
    d.add_paragraph(doc.title, style="Title")
    lead = d.add_paragraph(f"Briefing for the Strategic Coordinating Group, {doc.date}. Circulation: SCG members.")
    lead.runs[0].italic = True
    new = d.add_section(WD_SECTION.CONTINUOUS)  # the body below runs in two columns
    new._sectPr.append(_xml(f"<w:cols xmlns:w='{W_NS}' w:num='2' w:space='567'/>"))
    notes: list[str] = []
    for s in doc.sections:
        head = d.add_heading(s.heading, level=s.level + 1)
        if s.key == "finance" and len(notes) < 4:  # a note on the heading: "Money¹"
            notes.append(FOOTNOTE_TEXT[3])
            _note_mark(head, len(notes))
        for k, it in enumerate(s.items):
            para = d.add_paragraph(it.text, style="List Bullet")
            if k == 0 and _NUMBER.search(it.text) and len(notes) < 3:
                notes.append(FOOTNOTE_TEXT[len(notes)])
                _note_mark(para, len(notes))
    if notes:
        _footnotes_part(d, notes)
    return _save(d)


# ---------------------------------------------------------------- tracked changes and comments


def _change(kind: str, author: int, minute: int, inner: str) -> str:
    who = f"w:author='{AUTHORS[author]}' w:date='{STAMP.format(minute)}'"
    return f"<w:{kind} xmlns:w='{W_NS}' w:id='{{id}}' {who}>{inner}</w:{kind}>"


class _Ids:
    """Revision ids: unique in the document, as Word requires."""

    def __init__(self) -> None:
        self.n = 100

    def __call__(self, xml: str) -> str:
        self.n += 1
        return xml.replace("{id}", str(self.n))


def _older(number: str) -> str:
    """The figure an earlier draft gave (a different number of the same form)."""
    value = int(number.replace(",", ""))
    old = value + 3 if value < 10 else value - max(1, value // 10)
    return f"{old:,}" if "," in number else str(old)


def _tracked(para, text: str, n: int, ids: _Ids) -> None:
    """Write ``text`` into ``para`` with one of three tracked edits (by ``n``); the final text is ``text``."""
    kind = n % 3
    num = _NUMBER.search(text)
    if kind == 0 and num:  # a figure corrected: the old one struck out, the new one inserted
        para._p.append(_xml(_run(text[: num.start()])))
        para._p.append(_xml(ids(_change("del", 1, n % 60, f"<w:r><w:delText>{_older(num.group())}</w:delText></w:r>"))))
        para._p.append(_xml(ids(_change("ins", 1, n % 60, f"<w:r><w:t>{num.group()}</w:t></w:r>"))))
        para._p.append(_xml(_run(text[num.end() :])))
    elif kind == 1:  # the whole bullet added by the second author, its paragraph mark too
        ppr = para._p.get_or_add_pPr()
        ppr.append(_xml(f"<w:rPr xmlns:w='{W_NS}'>{ids(_change('ins', 1, n % 60, ''))}</w:rPr>"))
        para._p.append(
            _xml(ids(_change("ins", 1, n % 60, f"<w:r><w:t xml:space='preserve'>{escape(text)}</w:t></w:r>")))
        )
    else:  # a closing phrase of an earlier draft taken out by the first author
        head, tail = (text[:-1], text[-1]) if text[-1] in ".;" else (text, "")
        para._p.append(_xml(_run(head)))
        para._p.append(
            _xml(
                ids(
                    _change(
                        "del",
                        0,
                        n % 60,
                        "<w:r><w:delText xml:space='preserve'> (as reported last week)</w:delText></w:r>",
                    )
                )
            )
        )
        para._p.append(_xml(_run(tail)))


def word_dutch_tracked(doc: Doc) -> bytes:
    """A Dutch NGO return in draft: the title, an "Opgesteld door … | Versie: concept 3" line, Heading 1 /
    Heading 2 headings, bullets whose text carries tracked changes by two authors (a corrected figure, a
    bullet inserted whole, a closing phrase deleted), one bullet struck out whole under the first section, and two
    comments (on the risks heading and on the first item)."""
    d, pt = _docx()
    d.add_paragraph(doc.title, style="Title")
    meta = d.add_paragraph(f"Opgesteld door: Stichting Hulpverlening Oost · Datum: {doc.date} · Versie: concept 3")
    meta.runs[0].font.size = pt(9)
    ids = _Ids()
    n = 0
    for si, s in enumerate(doc.sections):
        head = d.add_heading(s.heading, level=s.level)
        if s.risks:
            d.add_comment(head.runs, text="Graag de mitigaties nog checken met het team.", author=AUTHORS[1],
                          initials="PN")  # fmt: skip
        for k, it in enumerate(s.items):
            para = d.add_paragraph(style="List Bullet")
            if si == 0 and k == 0:  # a plain first run to hang a comment on, then the tracked text
                run = para.add_run(it.text)
                d.add_comment([run], text="Klopt dit nog? Cijfers van maandag.", author=AUTHORS[0], initials="AdV")
            else:
                _tracked(para, it.text, n, ids)
            n += 1
        if si == 0:  # a stale bullet struck out whole (text and paragraph mark deleted)
            gone = d.add_paragraph(style="List Bullet")
            gone._p.get_or_add_pPr().append(_xml(f"<w:rPr xmlns:w='{W_NS}'>{ids(_change('del', 0, 5, ''))}</w:rPr>"))
            stale = "<w:r><w:delText>Update from the partner agencies to follow after the call.</w:delText></w:r>"
            gone._p.append(_xml(ids(_change("del", 0, 5, stale))))
    return _save(d)
