"""Reviewers' comments a document's plain text or web export carries: the mark left in the text where a comment
was anchored ("35 sailings have been cancelled so far.[a]") and, at the document's end, the comments under the same
marks ("[a]@catriona@… please check this figure with the council before it goes out"), as an online editor writes
them when a document with comments is downloaded as text or as a web page. They are the reviewers' words on the
draft, not the report's: the comments are left out and counted, the marks taken off the text."""

from __future__ import annotations

import re

from sitroom.extract.leftout import count_left_out
from sitroom.model import Document

# "[a]" … "[z]", "[aa]" …: a comment's mark, closing the text it was anchored to or opening the comment
_MARK_AT_END = re.compile(r"(?<=\S)\[([a-z]{1,2})\](?=\s|$)")
_COMMENT = re.compile(r"^\[([a-z]{1,2})\]\s*\S")


def strip_review_comments(doc: Document) -> None:
    """Leave out the comments closing ``doc`` whose marks stand in its text, and take the marks off the text."""
    blocks = doc.blocks
    end = len(blocks)
    while end > 0 and _COMMENT.match(blocks[end - 1].text.strip()):
        end -= 1
    comments = blocks[end:]
    if not comments or end == 0:
        return
    marks = {_COMMENT.match(b.text.strip()).group(1) for b in comments}  # type: ignore[union-attr]
    anchored = {m for b in blocks[:end] for m in _MARK_AT_END.findall(b.text)}
    if not marks <= anchored:
        return  # bracketed letters closing a list ("[a] … [b] …") that nothing in the text points to
    for b in blocks[:end]:
        b.text = _MARK_AT_END.sub(lambda m: "" if m.group(1) in marks else m.group(0), b.text)
    doc.blocks = blocks[:end]
    count_left_out(doc, {"reviewer's comment": len(comments)})
