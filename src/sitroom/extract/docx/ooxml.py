"""WordprocessingML names and the small attribute readers every other module needs."""

from __future__ import annotations

from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, R, T = (W + x for x in ("p", "tbl", "tr", "tc", "r", "t"))
SDT, SDT_CONTENT = W + "sdt", W + "sdtContent"
ALT_CHUNK = W + "altChunk"
REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
VAL = W + "val"
# Tracked changes: what a reader sees once every change is accepted. Insertions and the
# destination of a move are text; deletions and the source of a move are not.
ACCEPTED = {W + "ins", W + "moveTo"}


def showing_placeholder(sdt: Any) -> bool:
    """A content control still showing its prompt ("Click or tap here to enter text."): empty."""
    return sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


def is_toc(sdt: Any) -> bool:
    """A content control holding a table of contents (navigation, not content)."""
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(VAL) or "").lower()


def mark_deleted(p: Any) -> bool:
    """The paragraph mark is a tracked deletion: accepted, the paragraph runs on into the next one."""
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None or p.find(f"{W}pPr/{W}rPr/{W}moveFrom") is not None


# Attributes of the stub element that stands in for a large numbers table (see package.py).
STUB_ROWS, STUB_COLS = "sitroom-rows", "sitroom-cols"


def on(el: Any) -> bool:
    """A Word toggle property (<w:b/>, <w:b w:val="0"/>)."""
    return el.get(VAL, "true").lower() not in ("0", "false", "off", "none")


def to_int(s: str | None, default: int = 0) -> int:
    """An integer attribute value, ``default`` when missing or malformed."""
    try:
        return int(s) if s is not None else default
    except ValueError:
        return default
