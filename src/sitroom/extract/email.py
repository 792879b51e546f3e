"""E-mail: RFC 822 messages (.eml) and Outlook .msg files.

The body becomes the blocks of the Document (plain text is preferred, as LINE blocks like a text file;
an HTML-only body goes through the HTML extractor's walker). The subject is the title and the Date
header goes to ``meta["date"]``. Each attached document is extracted by the registry as its own
Document in ``attachments``; an attachment that cannot be read gives a warning, never a failure of
the whole message, because a sitrep e-mail is still useful when one of its files is damaged.
"""

from __future__ import annotations

import dataclasses
import mimetypes
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from sitroom.errors import CorruptDocument, EmptyDocument, ExtractError
from sitroom.extract.base import ExtractContext
from sitroom.extract.chat import strip_pasted_post
from sitroom.extract.digest import digest_messages, forum_postings
from sitroom.extract.flowed import unflow
from sitroom.extract.forward import unwrap_forwarded
from sitroom.extract.html import has_data_grid, heads_sections, html_to_blocks, is_label_table_body, says_more
from sitroom.extract.html.newsletter import is_campaign
from sitroom.extract.letter import strip_letter
from sitroom.extract.text import TextExtractor, decode_text
from sitroom.extract.typedlines import lines_ended_by_writer
from sitroom.model import Document, DocumentBuilder

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MSG_STREAM = "__substg1.0_"
_HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]*):[ \t]*")
_KEY_HEADERS = frozenset(
    {b"from", b"to", b"subject", b"date", b"mime-version", b"received", b"message-id", b"return-path"}
)
# Parts a reader would not call documents; skipped without a warning.
_SKIP_MAINTYPES = frozenset({"image", "audio", "video", "font"})
_SKIP_TYPES = frozenset(
    {
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
        "text/calendar",
        "message/delivery-status",
    }
)


def looks_like_rfc822(head: bytes) -> bool:
    """True when the bytes start with a block of mail headers (From:, Subject:, Date:, …)."""
    lines = head[:4096].replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[0].startswith(b"From "):  # mbox separator line
        lines = lines[1:]
    names: set[bytes] = set()
    shaped = total = 0
    for line in lines[:40]:
        if not line.strip():
            break
        total += 1
        m = _HEADER_LINE.match(line)
        if m:
            shaped += 1
            names.add(m.group(1).lower())
        elif line[:1] in (b" ", b"\t"):  # folded continuation of the previous header
            shaped += 1
    return total > 0 and shaped >= 0.9 * total and len(names & _KEY_HEADERS) >= 2


def looks_like_msg(head: bytes, filename: str) -> bool:
    """An OLE compound file that is an Outlook message (by name, or by its MAPI property streams)."""
    if not head.startswith(OLE_MAGIC):
        return False
    if filename.lower().endswith(".msg"):
        return True
    return _MSG_STREAM.encode("utf-16-le") in head or _MSG_STREAM.encode("ascii") in head


def _attachment_context(ctx: ExtractContext) -> ExtractContext:
    return dataclasses.replace(ctx, depth=ctx.depth + 1)


def _extract_attachments(
    doc: Document, items: list[tuple[str, bytes | None]], source: str, ctx: ExtractContext
) -> None:
    """Extract each (name, payload) as its own Document; failures become warnings naming the file."""
    from sitroom.extract import extract_bytes  # the registry imports this module lazily

    if items and ctx.depth >= ctx.max_attachment_depth:
        doc.warnings.extend(
            f"attachment {name}: not read, attachments are nested more than {ctx.max_attachment_depth} levels deep"
            for name, _ in items
        )
        return
    sub_ctx = _attachment_context(ctx)
    for name, payload in items:
        if not payload:
            doc.warnings.append(f"attachment {name}: empty")
            continue
        try:
            doc.attachments.append(extract_bytes(payload, f"{source}/{name}", sub_ctx))
        except ExtractError as e:
            doc.warnings.append(f"attachment {name}: {e.reason}")
        except Exception as e:  # an extractor bug must not lose the message and its other files
            doc.warnings.append(f"attachment {name}: {type(e).__name__}: {e}")


def _body_document(
    source: str,
    fmt: str,
    plain: str | None,
    html: str | None,
    ctx: ExtractContext,
    subject: str | None = None,
    flowed: bool = False,
) -> Document:
    """The message body as a Document, without the letter around the report (``letter``); ``flowed``: the plain
    text was sent flowed, its lines each ended by the writer once unflowed."""
    doc = _body_blocks(source, fmt, plain, html, ctx, subject, flowed)
    unwrap_forwarded(doc, subject)
    strip_pasted_post(doc, doc.meta.get("forwarded_subject") or subject)
    strip_letter(doc)
    return doc


def _body_blocks(
    source: str,
    fmt: str,
    plain: str | None,
    html: str | None,
    ctx: ExtractContext,
    subject: str | None = None,
    flowed: bool = False,
) -> Document:
    """The message body: plain text as LINE blocks, else HTML through the HTML walker. A body the HTML lays
    out as a table of labels beside their values (a form's answers) is read from the HTML: the plain text
    sets each label over its value and loses where one value ends and the next label starts. So is a body
    whose HTML holds a grid of data: the plain text runs its cells and rows together; and a mailing service's
    campaign, whose plain text the service made from the HTML, with its own marks for headings and links; and a
    body whose HTML heads its sections, which the plain text sets as lines like any other; and one whose plain text
    only stands in for the HTML ("best viewed in an HTML-enabled email client")."""
    if (
        plain is not None
        and plain.strip()
        and not (
            html
            and (
                is_label_table_body(html)
                or has_data_grid(html)
                or is_campaign(html)
                or heads_sections(html, plain)
                or says_more(html, plain)
            )
        )
    ):
        try:
            doc = TextExtractor().extract(plain.encode("utf-8"), source, ctx)
            doc.format = fmt
            if flowed or (html and lines_ended_by_writer(plain, html)):
                for block in doc.blocks:  # the HTML sets each line apart: none was wrapped by the mail program
                    block.style["ended"] = True
            return doc
        except EmptyDocument:
            pass
    if html is not None and html.strip():
        builder = DocumentBuilder(source, fmt)
        try:
            content = html_to_blocks(builder, html, source, main_only=False, title=subject)
        except EmptyDocument:
            return Document(source=source, format=fmt)
        doc = builder.build()
        doc.tables = content.tables
        doc.warnings.extend(content.warnings)
        return doc
    return Document(source=source, format=fmt)


def _digest(msg: EmailMessage, messages: list[str], source: str, ctx: ExtractContext) -> Document:
    """A digest: each of its messages read as a mail of its own (the digest marked so, for the reader to keep
    those that are reports), the digest's notice, contents and footer as none of them."""
    doc = Document(source=source, format="eml", title=_header(msg, "subject"))
    doc.meta.update(_eml_meta(msg))
    doc.meta["digest"] = True
    items = [(f"message-{n}.eml", text.encode("utf-8")) for n, text in enumerate(messages, 1)]
    _extract_attachments(doc, items, source, ctx)
    doc.warnings.append(f"a digest of {len(messages)} messages, each read as a message of its own")
    return _finish(doc, source)


def _finish(doc: Document, source: str) -> Document:
    # An attachment printing a day and a month without a year was written before the message was sent:
    # the message's date is its reference when the file carries none of its own.
    sent = doc.meta.get("date")
    for att in doc.attachments:
        if sent and "saved" not in att.meta:
            att.meta["saved"] = str(sent)[:10]
    if not doc.blocks and not doc.attachments:
        if doc.warnings:
            raise EmptyDocument(
                source, "the message has no text and no readable attachment: " + "; ".join(doc.warnings)
            )
        raise EmptyDocument(source, "the message has no text and no attachments")
    return doc


class EmailExtractor:
    """RFC 822 e-mail (.eml) and Outlook (.msg) messages with their attachments."""

    name = "email"

    def score(self, head: bytes, filename: str) -> float:
        lower = filename.lower()
        if head.startswith(OLE_MAGIC):
            return 0.95 if looks_like_msg(head, filename) else 0.0
        if looks_like_rfc822(head):
            return 0.95
        if lower.endswith((".eml", ".mbox")) and _HEADER_LINE.match(head.lstrip()):
            return 0.8
        return 0.0

    def extract(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        if data.startswith(OLE_MAGIC):
            return self._extract_msg(data, source, ctx)
        if source.lower().endswith(".msg"):
            raise CorruptDocument(source, "not an Outlook message (no OLE compound file header)")
        return self._extract_eml(data, source, ctx)

    # -- .eml --------------------------------------------------------------------------------------
    def _extract_eml(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(msg, EmailMessage) or not msg.keys():
            raise CorruptDocument(source, "no e-mail headers found")
        plain_part = msg.get_body(preferencelist=("plain",))
        html_part = msg.get_body(preferencelist=("html",))
        plain = _part_text(plain_part, source) if plain_part is not None else None
        flowed = plain_part is not None and str(plain_part.get_param("format", "")).lower() == "flowed"
        if plain is not None and plain_part is not None and flowed:
            # the program's soft line breaks joined: every line left is one its writer ended
            plain = unflow(plain, str(plain_part.get_param("delsp", "")).lower() == "yes")
        html = _part_text(html_part, source) if html_part is not None else None
        subject = _header(msg, "subject")
        if plain and (messages := digest_messages(plain) or forum_postings(plain)):
            return _digest(msg, messages, source, ctx)
        doc = _body_document(source, "eml", plain, html, ctx, subject, flowed)
        doc.title = doc.meta.pop("forwarded_subject", None) or subject
        doc.meta.update(_eml_meta(msg))
        _forwarded_date(doc)
        if msg.defects:
            doc.warnings.append(
                "malformed message structure: " + ", ".join(sorted({type(d).__name__ for d in msg.defects}))
            )
        body_parts = {id(p) for p in (plain_part, html_part) if p is not None}
        _extract_attachments(doc, list(_eml_attachments(msg, body_parts)), source, ctx)
        return _finish(doc, source)

    # -- .msg --------------------------------------------------------------------------------------
    def _extract_msg(self, data: bytes, source: str, ctx: ExtractContext) -> Document:
        import extract_msg
        from extract_msg.exceptions import ExMsgBaseException

        try:
            msg = extract_msg.openMsg(data, delayAttachments=False)
        except (ExMsgBaseException, OSError, ValueError, TypeError) as e:
            raise CorruptDocument(source, f"not an Outlook message ({type(e).__name__}: {e})") from e
        try:
            plain = msg.body if hasattr(msg, "body") else None
            html_raw = getattr(msg, "htmlBody", None)
            html = decode_text(html_raw, source) if isinstance(html_raw, bytes) else html_raw
            subject = (getattr(msg, "subject", None) or "").strip() or None
            doc = _body_document(source, "msg", plain, html, ctx, subject)
            doc.title = doc.meta.pop("forwarded_subject", None) or subject
            date = getattr(msg, "date", None)
            if date is not None:
                doc.meta["date"] = date.isoformat() if hasattr(date, "isoformat") else str(date)
            _forwarded_date(doc)
            for key in ("sender", "to", "cc"):
                value = getattr(msg, key, None)
                if value:
                    doc.meta[key if key != "sender" else "from"] = str(value)
            _extract_attachments(doc, _msg_attachments(msg), source, ctx)
        finally:
            msg.close()
        return _finish(doc, source)


def _forwarded_date(doc: Document) -> None:
    # a forwarded report was written when it was first sent, not when it was passed on
    if sent := doc.meta.pop("forwarded_date", None):
        doc.meta["forwarded_by"] = doc.meta.get("date")
        doc.meta["date"] = sent


def _header(msg: EmailMessage, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # a header the policy cannot parse: keep going without it
        return None
    return re.sub(r"\s+", " ", str(value)).strip() or None if value is not None else None


def _eml_meta(msg: EmailMessage) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key in ("from", "to", "cc", "message-id"):
        value = _header(msg, key)
        if value:
            meta[key.replace("-", "_")] = value
    raw_date = _header(msg, "date")
    if raw_date:
        try:
            dt = msg["date"].datetime
        except (AttributeError, TypeError, ValueError):
            dt = None
        meta["date"] = dt.isoformat() if dt is not None else raw_date
    return meta


def _part_text(part: EmailMessage, source: str) -> str:
    """The decoded text of a MIME part, surviving unknown charsets."""
    charset = (part.get_content_charset() or "").lower()
    if charset in ("", "us-ascii", "ascii"):
        # no charset stated, or ASCII while the bytes are not (a message saved as text by a mail client, in its
        # own code page): the bytes' encoding is found, not assumed
        payload = part.get_payload(decode=True) or b""
        if not payload.isascii():
            return decode_text(payload, source)
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeDecodeError, KeyError, ValueError):
        pass
    payload = part.get_payload(decode=True) or b""
    return decode_text(payload, source) if payload else ""


def _eml_attachments(msg: EmailMessage, body_parts: set[int]):
    """(file name, bytes) of every attached document, attached e-mails included, in order."""
    counter = 0
    for part in _leaf_parts(msg):
        if id(part) in body_parts:
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() in _SKIP_MAINTYPES or ctype in _SKIP_TYPES:
            continue
        filename = part.get_filename()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            payload = inner.as_bytes() if hasattr(inner, "as_bytes") else None
            counter += 1
            yield filename or f"attached-message-{counter}.eml", payload
            continue
        if not filename and part.get_content_disposition() != "attachment":
            continue  # an alternative rendering of the body, not a file
        counter += 1
        if not filename:
            filename = f"attachment-{counter}{mimetypes.guess_extension(ctype) or '.bin'}"
        yield filename, part.get_payload(decode=True)


def _leaf_parts(part: EmailMessage):
    """Non-multipart parts in order; attached messages are leaves (their parts belong to them)."""
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        yield part
        return
    for sub in part.iter_parts():
        yield from _leaf_parts(sub)


def _msg_attachments(msg: Any) -> list[tuple[str, bytes | None]]:
    """(file name, bytes) of the attachments of an Outlook message; embedded messages as .msg bytes."""
    out: list[tuple[str, bytes | None]] = []
    for i, att in enumerate(getattr(msg, "attachments", []) or [], 1):
        name = (
            getattr(att, "longFilename", None)
            or getattr(att, "shortFilename", None)
            or getattr(att, "name", None)
            or f"attachment-{i}"
        )
        data = getattr(att, "data", None)
        if data is not None and not isinstance(data, bytes | bytearray):
            # An embedded Outlook message: re-export it so the registry can read it like a file.
            try:
                data = data.exportBytes()
            except Exception:
                data = None
            if not str(name).lower().endswith(".msg"):
                name = f"{name}.msg"
        mime = getattr(att, "mimetype", None) or mimetypes.guess_type(str(name))[0] or ""
        if mime.split("/")[0] in _SKIP_MAINTYPES:
            continue
        out.append((str(name), bytes(data) if data is not None else None))
    return out
