"""Paragraph and character styles: run properties, list numbering and outline levels, resolved."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from sitroom.extract.docx.ooxml import VAL, W, on, to_int
from sitroom.extract.docx.stylenames import english_name

# The run properties read, by element name (built once: every run of a document is read)
_BOLD, _SIZE, _CAPS, _VANISH, _UNDERLINE, _ITALIC = (W + x for x in ("b", "sz", "caps", "vanish", "u", "i"))


@dataclass(slots=True)
class RunProps:
    """The run properties that matter here; None = not set at this layer."""

    bold: bool | None = None
    size: float | None = None  # points
    caps: bool | None = None
    hidden: bool | None = None
    underline: bool | None = None
    italic: bool | None = None

    @classmethod
    def of(cls, rpr: Any) -> RunProps:
        """The properties set directly in a ``w:rPr`` element (None for an absent element)."""
        out = cls()
        if rpr is None:
            return out
        for child in rpr:
            tag = child.tag
            if tag == _BOLD:
                out.bold = on(child)
            elif tag == _SIZE:
                with contextlib.suppress(TypeError, ValueError):
                    out.size = int(child.get(VAL)) / 2
            elif tag == _CAPS:
                out.caps = on(child)
            elif tag == _VANISH:
                out.hidden = on(child)
            elif tag == _UNDERLINE:
                out.underline = child.get(VAL, "single") != "none"
            elif tag == _ITALIC:
                out.italic = on(child)
        return out

    def under(self, base: RunProps) -> RunProps:
        """These properties, falling back to ``base`` where unset."""
        return RunProps(
            self.bold if self.bold is not None else base.bold,
            self.size if self.size is not None else base.size,
            self.caps if self.caps is not None else base.caps,
            self.hidden if self.hidden is not None else base.hidden,
            self.underline if self.underline is not None else base.underline,
            self.italic if self.italic is not None else base.italic,
        )


@dataclass(slots=True)
class StyleInfo:
    """A resolved style: its name, run properties and the paragraph facts it implies."""

    name: str = ""
    run: RunProps = field(default_factory=RunProps)
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None  # 0-based outline level
    indent: int | None = None  # left indent, twips


class Styles:
    """Paragraph and character styles with their basedOn chains already resolved."""

    def __init__(self, root: Any | None) -> None:
        self.default_run = RunProps(bold=False, size=11.0, caps=False, hidden=False, underline=False, italic=False)
        self.default_para = "Normal"
        raw: dict[str, tuple[str, str | None, Any, Any]] = {}
        if root is not None:
            rpr_default = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
            self.default_run = RunProps.of(rpr_default).under(self.default_run)
            for st in root.iter(W + "style"):
                sid = st.get(W + "styleId")
                if not sid:
                    continue
                name_el, based_el = st.find(W + "name"), st.find(W + "basedOn")
                name = english_name(name_el.get(VAL, sid) if name_el is not None else sid)
                raw[sid] = (
                    name,
                    based_el.get(VAL) if based_el is not None else None,
                    st.find(W + "pPr"),
                    st.find(W + "rPr"),
                )
                if st.get(W + "type") == "paragraph" and _on_default(st):
                    self.default_para = sid
        self._raw = raw
        self._cache: dict[str, StyleInfo] = {}

    def get(self, sid: str | None) -> StyleInfo:
        """The resolved style: the default paragraph style for None, a bare name for an unknown id."""
        if sid and sid not in self._raw:
            # styles.xml missing or incomplete: the id ("Heading1", "ListBullet") still says a lot
            return StyleInfo(name=english_name(sid), run=self.default_run)
        sid = sid or self.default_para
        if sid not in self._raw:
            return StyleInfo(run=self.default_run)
        if sid not in self._cache:
            self._cache[sid] = StyleInfo(run=self.default_run)  # guards basedOn loops
            self._cache[sid] = self._resolve(sid)
        return self._cache[sid]

    def _resolve(self, sid: str) -> StyleInfo:
        name, based, ppr, rpr = self._raw[sid]
        base = self.get(based) if based and based in self._raw and based != sid else StyleInfo(run=self.default_run)
        info = StyleInfo(name, RunProps.of(rpr).under(base.run), base.num_id, base.ilvl, base.outline, base.indent)
        if ppr is not None:
            indent = left_indent(ppr)
            if indent is not None:
                info.indent = indent
            num = ppr.find(W + "numPr")
            if num is not None:
                nid, lvl = num.find(W + "numId"), num.find(W + "ilvl")
                if nid is not None:
                    info.num_id = nid.get(VAL)
                if lvl is not None:
                    info.ilvl = to_int(lvl.get(VAL))
            outline = ppr.find(W + "outlineLvl")
            if outline is not None:
                info.outline = to_int(outline.get(VAL))
        return info

    def is_placeholder(self, sid: str | None) -> bool:
        """Word's "Placeholder Text" character style: the prompt of an empty form field, never content."""
        if not sid:
            return False
        name = self._raw[sid][0] if sid in self._raw else sid
        return name.replace(" ", "").lower() == "placeholdertext"

    def char_run(self, sid: str | None) -> RunProps | None:
        """A character style's own run properties (None when unknown)."""
        if not sid or sid not in self._raw:
            return None
        return self.get(sid).run


def left_indent(ppr: Any) -> int | None:
    """The left indent (twips) a ``w:pPr`` sets, None when it sets none."""
    ind = ppr.find(W + "ind")
    if ind is None:
        return None
    value = ind.get(W + "left", ind.get(W + "start"))
    return to_int(value) if value is not None else None


def _on_default(st: Any) -> bool:
    return st.get(W + "default") in ("1", "true", "on")
