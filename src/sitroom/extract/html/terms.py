"""Description lists and disclosure blocks of a page: ``<dl>`` terms and ``<details>``/``<summary>``.

A ``<dl>`` whose descriptions say what a section says (sentences, lists) is a run of sections: each
``<dt>`` names one (a sub-section when the list sits inside a section) and each ``<dd>`` is one of its
items. A ``<dl>`` of short values ("Chair: Jane Smith", "<bob> gritting is planned") is a grid of
labelled details or a conversation and is read by the walker as labelled lines. A ``<summary>`` names
what its ``<details>`` holds, so it heads that content; the content counts even when the block is
shown collapsed, because a reader opens it.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from sitroom.extract.html.callouts import is_code
from sitroom.extract.html.markup import _children, _Run, clean_text, node_text
from sitroom.model import BlockKind

# A description of at least this many words closed by a full stop (or the ";" of a list of clauses)
# is a sentence: content, not a value.
SENTENCE_WORDS = 5
# A term or a summary of at least this many words closed as a sentence is a point, not a name
_POINT_WORDS = 4
_BLOCKS_IN_DETAIL = "ul, ol, table, dl, h1, h2, h3, h4, h5, h6, details"


def term_children(node: LexborNode) -> Iterator[LexborNode]:
    """The ``<dt>`` and ``<dd>`` of a ``<dl>``, also when grouped in ``<div>`` as HTML allows."""
    for child in _children(node):
        if child.tag in ("dt", "dd"):
            yield child
        elif child.tag == "div":
            yield from term_children(child)


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= SENTENCE_WORDS and text.endswith((".", ";", "!", "?"))


def terms_are_sections(node: LexborNode) -> bool:
    """The descriptions hold lists or paragraphs, or at least half of them are sentences."""
    terms = list(term_children(node))
    dds = [c for c in terms if c.tag == "dd"]
    if not dds or not any(c.tag == "dt" for c in terms):
        return False
    # (a generator that wraps every description in one paragraph, as Asciidoctor does, gives a value no less)
    if any(dd.css_first("ul, ol, table, dl") is not None or len(dd.css("p")) > 1 for dd in dds):
        return True
    return 2 * sum(_is_sentence(clean_text(dd.text(deep=True))) for dd in dds) >= len(dds)


class _Terms:
    """Sections given as terms and as disclosure blocks, mixed into the walker (which provides
    ``_add``, ``_gather``, ``_has_block``, ``walk`` and ``walk_children``)."""

    open_sections = 0  # <details> with a heading (or a heading of the page) enclosing the walk
    heading_seen = False  # a heading of the page's own (an <h2>, …) came before

    def _section_level(self) -> int:
        return 2 if self.open_sections or (self.heading_seen and self.levels) else 1

    def terms(self, node: LexborNode, depth: int) -> None:
        """Each ``<dt>`` a heading, each ``<dd>`` an item (or, holding a list, its list's items); a ``<dt>`` that
        is a sentence is a point, its plain ``<dd>`` set apart under it (see :meth:`_point_with_detail`)."""
        level = self._section_level()
        children = list(term_children(node))
        taken = -1  # a <dd> already read with the point its <dt> made
        for n, child in enumerate(children):
            after = children[n + 1] if n + 1 < len(children) else None
            if n == taken:
                continue
            if child.tag == "dt" and after is not None and after.tag == "dd" and self._point_with_detail(child, after):
                taken = n + 1
                continue
            if child.tag == "dt":
                run = _Run()
                self._gather(child, run)
                text = clean_text(run.text())
                if text:
                    self._add(text, BlockKind.HEADING, level=level, term=True)
            elif self._has_block(child):
                self.walk(child, depth + 1)
            else:
                run = _Run()
                self._gather(child, run)
                text = clean_text(run.text())
                if text:
                    self._add(text, BlockKind.ITEM)

    def _point_with_detail(self, point: LexborNode, detail: LexborNode | list[LexborNode]) -> bool:
        """A term or summary that is a sentence ("Measles may spread in the school.") over plain text is one
        point, the text a detail set apart from it: under risks, the answer to it. False (nothing read) else."""
        text = clean_text(point.text(deep=True))
        parts = detail if isinstance(detail, list) else [detail]
        if len(text.split()) < _POINT_WORDS or not text.endswith((".", "!", "?")):
            return False
        if any(not p.is_text_node and (p.tag in _BLOCKS_IN_DETAIL or p.css_first(_BLOCKS_IN_DETAIL)) for p in parts):
            return False
        more = clean_text(" ".join(node_text(p) for p in parts))
        if not more:
            return False
        self._add(f"{text} {more}", BlockKind.PARAGRAPH, aside=more)
        return True

    def details(self, node: LexborNode, depth: int) -> None:
        """A ``<summary>`` heading what its ``<details>`` holds; the rest walked under it (a summary that is a
        sentence is a point with what it folds away set apart under it)."""
        children = list(_children(node, text=True))
        summary = next((c for c in children if c.tag == "summary"), None)
        rest = [c for c in children if summary is None or c.mem_id != summary.mem_id]
        if summary is None or not any(clean_text(c.text(deep=True)) for c in rest):
            self.walk(node, depth)
            return
        if self._point_with_detail(summary, [c for c in rest if not c.is_comment_node]):
            return
        if all(c.is_text_node or is_code(c) for c in rest if clean_text(c.text(deep=True))):
            return  # a fold of program code under its "Code" summary: none of it is the report's
        run = _Run()
        self._gather(summary, run)
        text = clean_text(run.text())
        if text:
            self._add(text, BlockKind.HEADING, level=self._section_level(), summary=True)
        self.open_sections += 1
        try:
            self.walk_children(rest, depth)
        finally:
            self.open_sections -= 1

    def _turns(self, node: LexborNode) -> bool:
        """A list of terms that names speakers ("Bob" — what Bob said): each name and its words one item.
        Only when every term is a short label and every description plain text; else it is walked."""
        pairs: list[tuple[str, list[str]]] = []
        for child in node.iter():
            text = clean_text(child.text(deep=True))
            if child.tag == "dt" and 0 < len(text.split()) <= 4 and not text.endswith("."):
                pairs.append((text, []))
            elif (
                child.tag == "dd"
                and pairs
                and not child.css_first("ul, ol, table, dl, div")
                and len(child.css("p")) <= 1
            ):
                if text:
                    pairs[-1][1].append(text)
            elif child.tag not in ("-text", "-comment"):
                return False
        if not pairs or any(not said for _, said in pairs):
            return False
        for name, said in pairs:
            sep = " " if name.endswith((":", ">", "]")) else ": "  # "<bob>" is a speaker's label already
            self._add(f"{name}{sep}{' '.join(said)}", BlockKind.PARAGRAPH)
        return True
