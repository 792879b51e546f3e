"""Alternative-format chunks (``w:altChunk``): a part of another format that Word imports where it stands.

Web applications that "export to Word" often write no paragraphs at all: the document's body is one
``altChunk`` naming an HTML page, or a web archive (MHT) holding one, which Word renders on opening. The chunk is
read by the HTML extractor, and its blocks stand where the chunk does.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from html import escape

from sitroom.errors import EmptyDocument
from sitroom.extract.base import ExtractContext
from sitroom.extract.html import HtmlExtractor, decode_html
from sitroom.model import Document

# what an imported chunk may be, by its first bytes: a web archive, an HTML page, or plain text
_MIME = (b"mime-version:", b"content-type:", b"from:")


def chunk_html(data: bytes, source: str) -> str | None:
    """The HTML of a chunk: the page of a web archive (MHT), an HTML page as it is, or plain text as paragraphs;
    None for a format not read here (RTF, a nested Word document)."""
    head = data.lstrip()[:200].lower()
    if head.startswith((b"{\\rtf", b"pk")):
        return None
    if head.startswith(_MIME):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if not isinstance(msg, EmailMessage):
            return None
        part = msg.get_body(preferencelist=("html", "plain"))
        if part is None:
            return None
        content = part.get_content()
        if part.get_content_type() == "text/plain":
            return _paragraphs(content)
        return content
    text = decode_html(data, source)  # its byte-order mark or declared charset, else the likeliest
    if text.lstrip()[:1] == "<":
        return text
    if text.lstrip().startswith("{\\rtf"):
        return None
    return _paragraphs(text)


def _paragraphs(text: str) -> str:
    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in paras) + "</body></html>"


def read_chunk(data: bytes, source: str, ctx: ExtractContext) -> Document | None:
    """The chunk's content as a document, or None when it holds nothing this reads."""
    html = chunk_html(data, source)
    if html is None:
        return None
    try:
        return HtmlExtractor().extract(html.encode("utf-8"), source, ctx)
    except EmptyDocument:
        return None
