"""WordprocessingML that python-docx does not write, for the Word writers of the ``blind8_layouts`` set: list
definitions in numbering.xml (a bullet list, a multilevel list linked to the heading styles), revision marks
(``w:ins`` and ``w:del`` runs, inserted and deleted paragraph marks) as Word leaves them when changes are
tracked, fields (a table of contents with its cached entries, PAGE and NUMPAGES) and bookmarks.
"""

from __future__ import annotations

import difflib
import re

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

BULLET_LEVELS = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr>'
    "</w:lvl>"
)
HEADING_LEVELS = (
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
)


def add_list(document, levels: str, kind: str = "hybridMultilevel") -> int:
    """Add an abstract list of ``levels`` and a list instance of it to numbering.xml; the instance's numId."""
    numbering = document.part.numbering_part.element
    aid = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))), default=-1)
    nid = 1 + max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))), default=0)
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                         f'<w:multiLevelType w:val="{kind}"/>{levels}</w:abstractNum>')  # fmt: skip
    first = numbering.find(qn("w:num"))  # every abstractNum comes before the first num
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def number_paragraph(paragraph, num_id: int, level: int = 0) -> None:
    """Make ``paragraph`` an entry of list ``num_id`` at ``level`` (its own w:numPr, as Word writes a bullet)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def number_headings(document) -> None:
    """Link a multilevel list ("1.", "1.1") to Heading 1 and Heading 2, as Word does when a list's levels are
    linked to styles: the numPr is in the styles, the headings' text holds no number."""
    nid = add_list(document, HEADING_LEVELS, "multilevel")
    for name, level in (("Heading 1", 0), ("Heading 2", 1)):
        num_pr = document.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        if level:
            num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = nid
    # the contents title is based on Heading 1 and must not take its number
    document.styles["TOC Heading"].element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0


# ---------------------------------------------------------------- tracked changes


class Revisions:
    """Revision marks of one reviewer at one time, numbered as Word numbers them across the document."""

    def __init__(self, author: str, date: str, first_id: int = 100) -> None:
        self.author, self.date, self.next_id = author, date, first_id

    def _mark(self, tag: str):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        self.next_id += 1
        return el

    @staticmethod
    def _run(text: str, deleted: bool = False):
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def insert(self, paragraph, text: str) -> None:
        el = self._mark("w:ins")
        el.append(self._run(text))
        paragraph._p.append(el)

    def delete(self, paragraph, text: str) -> None:
        el = self._mark("w:del")
        el.append(self._run(text, deleted=True))
        paragraph._p.append(el)

    def paragraph_mark(self, paragraph, inserted: bool) -> None:
        """The paragraph's mark inserted (a new paragraph) or deleted (a paragraph removed whole)."""
        rpr = OxmlElement("w:rPr")
        rpr.append(self._mark("w:ins" if inserted else "w:del"))
        paragraph._p.get_or_add_pPr().append(rpr)

    def edit(self, paragraph, old: str, new: str) -> None:
        """Write ``new`` into the paragraph as ``old`` edited word by word: kept words as plain runs, removed
        words in w:del, typed words in w:ins."""
        a, b = re.findall(r"\S+|\s+", old), re.findall(r"\S+|\s+", new)
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op == "equal":
                paragraph.add_run("".join(a[i1:i2]))
                continue
            if i2 > i1:
                self.delete(paragraph, "".join(a[i1:i2]))
            if j2 > j1:
                self.insert(paragraph, "".join(b[j1:j2]))


def track_revisions(document) -> None:
    """Turn on Track Changes in the document's settings, as the file was saved."""
    settings = document.settings.element
    if settings.find(qn("w:trackRevisions")) is None:
        settings.insert(0, OxmlElement("w:trackRevisions"))


# ---------------------------------------------------------------- fields and bookmarks


def _field_runs(instr: str, cached: str) -> list:
    runs = []
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = OxmlElement("w:r")
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = cached
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r.append(el)
        runs.append(r)
    return runs


def add_field(paragraph, instr: str, cached: str) -> None:
    """A complex field (PAGE, NUMPAGES, …) with its cached result."""
    for r in _field_runs(instr, cached):
        paragraph._p.append(r)


def bookmark(paragraph, name: str, bid: int) -> None:
    """Bookmark the whole paragraph (the "_Toc…" target of a contents entry)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bid))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bid))
    ppr = paragraph._p.find(qn("w:pPr"))
    (ppr.addnext if ppr is not None else lambda el: paragraph._p.insert(0, el))(start)
    paragraph._p.append(end)


def toc_entry(paragraph, number: str, text: str, anchor: str, page: int, first: bool, last: bool) -> None:
    """One cached entry of a TOC field: a hyperlink to the heading's bookmark holding its number, a tab, its
    text, a tab and a PAGEREF field; the first entry opens the TOC field and the last closes it."""
    p = paragraph._p
    if first:
        for r in _field_runs('TOC \\o "1-3" \\h \\z \\u', "")[:3]:
            p.append(r)
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    for part in (number, "\t", text, "\t"):
        r = OxmlElement("w:r")
        el = OxmlElement("w:tab") if part == "\t" else OxmlElement("w:t")
        if part != "\t":
            el.set(qn("xml:space"), "preserve")
            el.text = part
        r.append(el)
        link.append(r)
    for r in _field_runs(f"PAGEREF {anchor} \\h", str(page)):
        link.append(r)
    p.append(link)
    if last:
        p.append(_field_runs("", "")[-1])
