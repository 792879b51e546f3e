"""An incoming message split into what may be sitreps: its attached documents (zip archives opened),
or, when nothing is attached, its body."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path
from typing import cast

from sitroom.ingest.sources import MAX_ZIP_MEMBERS, is_wanted

# Parts a reader would not call documents (logos, signatures, invitations).
_SKIP_MAINTYPES = frozenset({"image", "audio", "video", "font"})
_SKIP_TYPES = frozenset(
    {"application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature", "text/calendar"}
)
# Transport headers differ between two deliveries of one message; the body's stand-in keeps only these.
_KEPT_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


@dataclass(slots=True)
class Incoming:
    sender: str  # the bare address, lower-cased
    from_header: str
    subject: str
    message_id: str | None
    documents: list[tuple[str, bytes]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # attachments that could not even be unpacked
    raw: EmailMessage | None = None


def _header(msg: EmailMessage, name: str) -> str:
    try:
        return " ".join(str(msg.get(name) or "").split())
    except Exception:  # a header the policy cannot parse
        return ""


def _unzip(name: str, payload: bytes, max_bytes: int) -> tuple[list[tuple[str, bytes]], list[str]]:
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            members = [m for m in zf.infolist() if not m.is_dir() and is_wanted(Path(m.filename))]
            out, problems = [], []
            for m in members[:MAX_ZIP_MEMBERS]:
                if m.file_size > max_bytes:
                    problems.append(f"{name}!{m.filename}: {m.file_size / 1e6:.1f} MB, over the limit")
                    continue
                out.append((f"{name}!{m.filename}", zf.read(m)))
            return out, problems
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        return [], [f"{name}: not a readable zip archive ({e})"]


def _body_message(msg: EmailMessage) -> bytes | None:
    """The message without its attachments or transport headers, as an .eml: the same bytes however
    often it is delivered, so storing it twice is caught as a duplicate."""
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    out = EmailMessage()
    for name in _KEPT_HEADERS:
        value = _header(msg, name)
        if value:
            out[name] = value
    text = None
    for part, subtype in ((plain, "plain"), (html, "html")):
        if part is None:
            continue
        try:
            content = part.get_content()
        except (LookupError, UnicodeDecodeError, KeyError, ValueError):
            content = (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
        if isinstance(content, str) and content.strip():
            text = content
            out.set_content(text, subtype=subtype)
            break
    return out.as_bytes() if text is not None else None


def split_message(raw: bytes, max_bytes: int) -> Incoming:
    """The sender, subject and sitrep candidates of an RFC 822 message."""
    msg = cast(EmailMessage, BytesParser(policy=policy.default).parsebytes(raw))  # policy.default makes one
    from_header = _header(msg, "From")
    incoming = Incoming(
        sender=parseaddr(from_header)[1].lower(),
        from_header=from_header,
        subject=_header(msg, "Subject"),
        message_id=_header(msg, "Message-ID") or None,
        raw=msg,
    )
    body_parts = {id(p) for p in (msg.get_body(("plain",)), msg.get_body(("html",))) if p is not None}
    counter = 0
    for part in msg.walk():
        if part.is_multipart() or id(part) in body_parts:
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() in _SKIP_MAINTYPES or ctype in _SKIP_TYPES:
            continue
        filename = part.get_filename()
        if not filename and part.get_content_disposition() != "attachment" and ctype != "message/rfc822":
            continue
        counter += 1
        name = filename or f"attachment-{counter}"
        payload = part.as_bytes() if ctype == "message/rfc822" else part.get_payload(decode=True)
        if not payload:
            incoming.problems.append(f"{name}: empty attachment")
        elif len(payload) > max_bytes:
            incoming.problems.append(f"{name}: {len(payload) / 1e6:.1f} MB, over the limit")
        elif name.lower().endswith(".zip") or ctype in ("application/zip", "application/x-zip-compressed"):
            members, problems = _unzip(name, payload, max_bytes)
            incoming.documents.extend(members)
            incoming.problems.extend(problems)
        else:
            incoming.documents.append((name, payload))
    if not incoming.documents and not incoming.problems:
        body = _body_message(msg)
        if body is not None:
            incoming.documents.append(((incoming.subject or "message")[:80].replace("/", "-") + ".eml", body))
    return incoming
