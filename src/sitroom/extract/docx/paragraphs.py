"""One Word paragraph read into its text and the formatting facts the classifier needs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sitroom.extract.docx.ooxml import ACCEPTED, MC, SDT, SDT_CONTENT, VAL, R, T, W, showing_placeholder, to_int
from sitroom.extract.docx.patterns import SYMBOL_BULLETS, WS
from sitroom.extract.docx.styles import RunProps, StyleInfo, Styles, left_indent

# Inline containers whose runs belong to the paragraph text as if they were not there.
_TRANSPARENT = {W + x for x in ("hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")} | ACCEPTED
# A field's label (a few words) at the margin, then its text at a tab stop: "Jakelu<tab>Valmiusjohtoryhmä".
_FIELD_AT_TAB = re.compile(r"^(?P<label>[^\W\d_]{2,}(?: [^\W\d_]+){0,2})\t+(?=[^\t\s][^\t]*$)")
# A typed bullet: one symbol, or the "o" Word uses for second-level bullets, then a tab.
_TAB_BULLET = re.compile(r"^[ \u00a0]*(o|[^\w\s])\t+(?=\S)")
# The names a run's children are told by, built once: a document has tens of thousands of runs.
_RPR, _RSTYLE, _BREAK_TYPE = W + "rPr", W + "rStyle", W + "type"
_TABS = frozenset({W + "tab", W + "ptab"})
_BREAKS = frozenset({W + "br", W + "cr"})
_NO_BREAK_HYPHEN, _SYM = W + "noBreakHyphen", W + "sym"
_OBJECTS = frozenset({W + "drawing", W + "pict", MC + "AlternateContent", W + "object"})


@dataclass(slots=True)
class Para:
    """One Word paragraph, read: its text and the formatting facts the classifier needs."""

    text: str
    style: StyleInfo
    bold: bool  # every visible character bold
    size: float | None  # the size of most characters
    caps: bool  # every letter upper case (typed or by the caps property)
    num_id: str | None
    ilvl: int
    centered: bool
    boxes: list[Any]  # text-box contents, read as blocks of their own after the paragraph
    indent: int | None = None  # left indent set on the paragraph itself, twips
    # Every visible character underlined by direct or paragraph-style formatting (a link's
    # character style does not count: a URL on its own line is no heading).
    underline: bool = False
    tab_bullet: str | None = None  # a bullet typed as a glyph and a tab ("o<tab>text"), stripped from text
    lead: str | None = None  # the bold text the paragraph opens with when regular text follows ("Personale:")
    aside: str | None = None  # the text after the last line break, set apart in italics from the upright text above
    toc: bool = False  # a line of a contents list: a link to a heading's "_Toc" bookmark
    align: str | None = None  # "center" or "right" when the paragraph is set so, for the parser's closing lines
    framed: bool = False  # set in a frame placed apart from the text (a colophon at the margin), no drop capital

    @property
    def words(self) -> int:
        """Number of whitespace-separated words."""
        return len(self.text.split())


def read_para(p: Any, styles: Styles) -> Para:
    """Text and formatting of a paragraph element, without descending into drawings or deletions."""
    ppr = p.find(W + "pPr")
    sid = num_id = ilvl = None
    centered = False
    align = None
    para_rpr = None
    indent = None
    framed = False
    if ppr is not None:
        ps = ppr.find(W + "pStyle")
        sid = ps.get(VAL) if ps is not None else None
        num = ppr.find(W + "numPr")
        if num is not None:
            nid, lvl = num.find(W + "numId"), num.find(W + "ilvl")
            num_id = nid.get(VAL) if nid is not None else None
            ilvl = to_int(lvl.get(VAL)) if lvl is not None else None
        jc = ppr.find(W + "jc")
        centered = jc is not None and jc.get(VAL) == "center"
        align = {"center": "center", "right": "right", "end": "right"}.get(jc.get(VAL) if jc is not None else "")
        para_rpr = ppr.find(W + "rPr")
        indent = left_indent(ppr)
        frame = ppr.find(W + "framePr")
        framed = frame is not None and frame.get(W + "dropCap") in (None, "none")
    style = styles.get(sid)
    if num_id is None:
        num_id = style.num_id
    if ilvl is None:
        ilvl = style.ilvl or 0
    if num_id == "0":
        num_id = None

    parts: list[str] = []
    slanted: list[bool] = []  # whether each part is in italics
    bold_chars = under_chars = chars = 0
    caps_ok = True
    lead: list[str] = []  # the bold runs the paragraph opens with, until the first regular one
    lead_open = True
    sizes: Counter[float] = Counter()
    boxes: list[Any] = []

    def run(r: Any) -> None:
        nonlocal bold_chars, under_chars, chars, caps_ok, lead_open
        rpr = r.find(_RPR)
        props = RunProps.of(rpr)
        underline = props.underline if props.underline is not None else style.run.underline
        if rpr is not None:
            rs = rpr.find(_RSTYLE)
            char = styles.char_run(rs.get(VAL) if rs is not None else None)
            if char is not None:
                props = props.under(RunProps(char.bold, char.size, char.caps, char.hidden, italic=char.italic))
            if rs is not None and styles.is_placeholder(rs.get(VAL)):
                return  # the prompt of an empty form field
        props = props.under(style.run)
        if props.hidden:
            return
        buf: list[str] = []
        for child in r:
            tag = child.tag
            if tag == T:
                buf.append(child.text or "")
            elif tag in _TABS:
                buf.append("\t")
            elif tag in _BREAKS:
                if child.get(_BREAK_TYPE) != "page":
                    buf.append("\n")
            elif tag == _NO_BREAK_HYPHEN:
                buf.append("-")
            elif tag == _SYM:
                buf.append(_symbol(child))
            elif tag in _OBJECTS:
                boxes.extend(text_boxes(child))
        text = "".join(buf)
        if not text:
            return
        if props.caps:
            text = text.upper()
        parts.append(text)
        slanted.append(bool(props.italic))
        visible = len(text) - text.count(" ") - text.count("\t") - text.count("\n")
        if visible and lead_open:
            if props.bold:
                lead.append(text)
            else:
                lead_open = False
        elif lead_open and lead:
            lead.append(text)
        if visible:
            chars += visible
            if props.bold:
                bold_chars += visible
            if underline:
                under_chars += visible
            sizes[props.size or 0.0] += visible
            # one lower-case letter settles it: later runs need not be read for one
            if caps_ok and any(c.islower() for c in text):
                caps_ok = False

    for r in _runs(p, boxes):
        run(r)
    joined = "".join(parts)
    tab_bullet = _TAB_BULLET.match(joined)
    if tab_bullet:
        joined = joined[tab_bullet.end() :]
    # a field's label at the margin and its text at the tab stop ("Jakelu<tab>Valmiusjohtoryhmä, …", as an
    # official letter sets its fields); names side by side in capitals ("JO PATEL<tab>SAM GREEN") are signers
    toc = any((h.get(W + "anchor") or "").startswith("_Toc") for h in p.iter(W + "hyperlink"))
    field = None if num_id is not None or toc else _FIELD_AT_TAB.match(joined)
    # ... but a heading's name and its page number after the tab ("Riskid<tab>2") is a line of a contents list
    if field and not field["label"].isupper() and not joined[field.end() :].strip().isdigit():
        joined = f"{field['label']}: {joined[field.end() :]}"
    text = WS.sub(" ", joined).strip()
    size = sizes.most_common(1)[0][0] if sizes else style.run.size
    lead_text = WS.sub(" ", "".join(lead)).strip()
    bold_lead = lead_text if lead_text and not lead_open and text.startswith(lead_text) else None
    if para_rpr is not None and not text:
        size = RunProps.of(para_rpr).size or size
    return Para(
        text=text,
        style=style,
        bold=chars > 0 and bold_chars == chars,
        size=size or None,
        caps=caps_ok and any(c.isupper() for c in text),  # a script without capitals is in none
        num_id=num_id,
        ilvl=ilvl,
        centered=centered,
        framed=framed,
        boxes=boxes,
        indent=indent,
        underline=chars > 0 and under_chars == chars,
        tab_bullet=tab_bullet.group(1) if tab_bullet else None,
        lead=bold_lead,
        aside=_aside(parts, slanted),
        toc=toc,
        align=align,
    )


def _aside(parts: list[str], slanted: list[bool]) -> str | None:
    """The text after the paragraph's last line break when all of it, and none of the text above, is in italics:
    a sentence the writer set apart, by line and by type, from the one it answers."""
    breaks = [i for i, part in enumerate(parts) if "\n" in part]
    if not breaks:
        return None
    at = breaks[-1]
    head, tail = parts[at].rsplit("\n", 1)
    above = [*zip(parts[:at], slanted[:at], strict=True), (head, slanted[at])]
    below = [(tail, slanted[at]), *zip(parts[at + 1 :], slanted[at + 1 :], strict=True)]
    if not all(s for p, s in below if p.strip()) or any(s for p, s in above if p.strip()):
        return None
    text = WS.sub(" ", "".join(p for p, _ in below)).strip()
    upright = WS.sub(" ", "".join(p for p, _ in above)).strip()
    return text if text and upright else None


def _runs(el: Any, boxes: list[Any]) -> Iterator[Any]:
    """The runs of a paragraph in document order, through the elements that only wrap them; the text
    boxes met on the way go to ``boxes``. A generator, not a closure calling itself: such a closure is a
    reference cycle that keeps the whole XML tree alive until a full garbage collection."""
    for child in el:
        tag = child.tag
        if tag == R:
            yield child
        elif tag in _TRANSPARENT:
            yield from _runs(child, boxes)
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None and not showing_placeholder(child):
                yield from _runs(content, boxes)
        elif tag == MC + "AlternateContent":
            boxes.extend(text_boxes(child))


def _symbol(sym: Any) -> str:
    """A character inserted from a symbol font (``w:sym``): the bullets and boxes we know, else nothing
    (a private-use code point means nothing to a reader)."""
    code = _hex(sym.get(W + "char"))
    if code < 0:
        return ""
    if code < 0xF000:
        code += 0xF000  # Word writes "F0FE" or "FE" for the same glyph
    return SYMBOL_BULLETS.get(chr(code), "")


def _hex(value: str | None) -> int:
    try:
        return int(value, 16) if value else -1
    except ValueError:
        return -1


def text_boxes(el: Any) -> list[Any]:
    """The text-box contents inside a drawing, taking one branch of each mc:AlternateContent."""
    out = []
    for box in el.iter(W + "txbxContent"):
        if any(a.tag == MC + "Fallback" for a in box.iterancestors()):
            continue
        out.append(box)
    return out


# Fonts that draw pictures, not letters: a paragraph typed in one shows an ornament ("3" in Tacteing is the flourish
# under a Cambodian letter's motto), a dingbat or an icon
_PICTURE_FONTS = frozenset(
    {"wingdings", "wingdings 2", "wingdings 3", "webdings", "symbol", "zapf dingbats", "zapfdingbats", "marlett",
     "mt extra", "tacteing", "bookshelf symbol 7"}
)  # fmt: skip
_ORNAMENT_CHARS = 3
_FONTS = W + "rFonts"


def is_ornament(p: Any) -> bool:
    """The paragraph holds a character or three typed in a picture font, and no other text: an ornament."""
    if not any(_named_picture_font(f) for f in p.iter(_FONTS)):
        return False  # (the cheap test first: most paragraphs name no picture font at all)
    typed = [(r, "".join(t.text or "" for t in r.iter(T))) for r in p.iter(R)]
    typed = [(r, text) for r, text in typed if text.strip()]
    if not typed or sum(len(text.strip()) for _, text in typed) > _ORNAMENT_CHARS:
        return False
    return all(_picture_font(r) for r, _ in typed)


def _picture_font(run: Any) -> bool:
    fonts = run.find(f"{_RPR}/{_FONTS}")
    names = {(fonts.get(W + k) or "").lower() for k in ("ascii", "hAnsi", "cs")} - {""} if fonts is not None else set()
    return bool(names) and names <= _PICTURE_FONTS


def _named_picture_font(fonts: Any) -> bool:
    return (fonts.get(W + "ascii") or fonts.get(W + "cs") or "").lower() in _PICTURE_FONTS
