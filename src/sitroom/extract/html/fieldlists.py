"""A record kept in a work app and saved as a page: a list of fields, each entry a label beside its value ("Status" |
"Aktiv hændelse", "Situationen" | a list of points). Where the value is points or paragraphs, the label names a
section of the report: it is read as that section's heading, the value as its text. Where the value is one short
line, the field is a particular of the record (its status, its time, who answers for it), read as "Label: value".
"""

from __future__ import annotations

from html import escape

from selectolax.lexbor import LexborHTMLParser, LexborNode

# entries of such a list, at least, and how many of them hold points or paragraphs
MIN_FIELDS, MIN_SECTIONS = 4, 3
LABEL_WORDS = 8
_BLOCKS = "ul, ol, p, table, blockquote"


def _elements(node: LexborNode) -> list[LexborNode]:
    return [c for c in node.iter(include_text=False) if c.tag not in ("-comment", "script", "style")]


def _label_value(entry: LexborNode) -> tuple[LexborNode, LexborNode] | None:
    """The label and the value an entry holds side by side, or None: two parts, the first a few words of no
    sentence and no block of its own."""
    parts = _elements(entry)
    if len(parts) != 2:
        return None
    label, value = parts
    text = " ".join(label.text(deep=True).split())
    if not text or len(text.split()) > LABEL_WORDS or text.endswith((".", "!", "?")) or label.css_first(_BLOCKS):
        return None
    return (label, value) if value.text(deep=True).strip() else None


def _fragment(html: str) -> LexborNode:
    node = LexborHTMLParser(html).body.child
    assert node is not None
    return node


def head_field_lists(tree: LexborHTMLParser) -> int:
    """Read every list of labelled fields in ``tree`` as sections under their labels and particulars; return how
    many lists were read so."""
    body = tree.body
    if body is None:
        return 0
    read = 0
    for box in body.css("ul, ol"):
        if box.parent is None:
            continue
        entries = _elements(box)
        pairs = [_label_value(e) for e in entries if e.tag == "li"]
        if len(pairs) < MIN_FIELDS or len(pairs) != len(entries) or any(p is None for p in pairs):
            continue
        if sum(1 for _, value in pairs if value.css_first(_BLOCKS)) < MIN_SECTIONS:  # type: ignore[misc]
            continue
        for entry, (label, value) in zip(entries, pairs, strict=True):  # type: ignore[misc]
            name = " ".join(label.text(deep=True).split())
            if value.css_first(_BLOCKS):
                entry.insert_before(_fragment(f"<h3>{escape(name)}</h3>"))
                entry.insert_before(value)
            else:
                line = " ".join(value.text(deep=True).split())
                entry.insert_before(_fragment(f"<p>{escape(name)}: {escape(line)}</p>"))
            entry.decompose()
        box.unwrap()
        read += 1
    return read
