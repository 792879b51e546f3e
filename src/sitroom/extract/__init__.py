"""Extractors: bytes of a file in any supported format → a :class:`~sitroom.model.Document`."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from sitroom.display import format_size
from sitroom.errors import EmptyDocument, ExtractError, FileTooLarge, UnsupportedFormat
from sitroom.extract.base import ExtractContext, Extractor
from sitroom.extract.forward import unwrap_forwarded
from sitroom.extract.letter import strip_quoted
from sitroom.extract.reviewcomments import strip_review_comments
from sitroom.model import Document

log = logging.getLogger(__name__)

__all__ = ["ExtractContext", "Extractor", "default_extractors", "extract_bytes", "extract_file"]


_BUILTIN = (
    ("sitroom.extract.pdf", "PdfExtractor"),
    ("sitroom.extract.docx", "DocxExtractor"),
    ("sitroom.extract.email", "EmailExtractor"),
    ("sitroom.extract.html", "HtmlExtractor"),
    ("sitroom.extract.markdown", "MarkdownExtractor"),
    ("sitroom.extract.text", "TextExtractor"),
)


def too_large(size: int, limit: int) -> str:
    """The reason given for a file over the size limit, in the one unit of :mod:`sitroom.display`."""
    return f"file is {format_size(size)}, over the {format_size(limit)} limit"


@lru_cache(maxsize=1)
def default_extractors() -> tuple[Extractor, ...]:
    """The built-in extractors; one whose module fails to import is logged and skipped, not fatal."""
    found: list[Extractor] = []
    for module, cls in _BUILTIN:
        try:
            found.append(getattr(importlib.import_module(module), cls)())
        except (ImportError, AttributeError) as e:
            log.warning("extractor %s unavailable: %s", module, e)
    return tuple(found)


def choose_extractor(head: bytes, filename: str, extractors: Sequence[Extractor] | None = None) -> Extractor:
    """The extractor that scores highest for these bytes; the content decides, not only the name."""
    candidates = extractors if extractors is not None else default_extractors()
    best, best_score = None, 0.0
    for ex in candidates:
        s = ex.score(head, filename)
        if s > best_score:
            best, best_score = ex, s
    if best is None:
        raise UnsupportedFormat(filename, "unsupported file format")
    return best


def extract_bytes(
    data: bytes,
    source: str,
    ctx: ExtractContext | None = None,
    extractors: Sequence[Extractor] | None = None,
) -> Document:
    """Extract a document from bytes; ``source`` is the name used in errors and output."""
    ctx = ctx or ExtractContext()
    if len(data) > ctx.max_bytes:
        raise FileTooLarge(source, too_large(len(data), ctx.max_bytes))
    if not data.strip():
        raise EmptyDocument(source, "file is empty")
    extractor = choose_extractor(data[:4096], source, extractors)
    try:
        doc = extractor.extract(data, source, ctx)
    except ExtractError:
        raise
    except (MemoryError, RecursionError) as e:
        raise ExtractError(source, f"cannot be read as {extractor.name}: {type(e).__name__}") from e
    except Exception as e:  # a third-party reader failed on bad bytes: name the file, keep the reason
        raise ExtractError(source, f"cannot be read as {extractor.name}: {e}") from e
    # A forwarded chain's document is the message passed on; a pasted e-mail chain is older messages,
    # not this document's content, whatever the format.
    unwrap_forwarded(doc)
    if title := doc.meta.pop("forwarded_subject", None):
        doc.title = doc.title or title
    strip_quoted(doc)
    strip_review_comments(doc)  # an online editor's comments, downloaded with the text
    return doc


def extract_file(path: str | Path, ctx: ExtractContext | None = None) -> Document:
    """Extract a document from a file on disk, checking its size before reading it."""
    path = Path(path)
    ctx = ctx or ExtractContext()
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError as e:
        raise ExtractError(str(path), "no such file") from e
    except OSError as e:
        raise ExtractError(str(path), e.strerror or str(e)) from e
    if path.is_dir():
        raise ExtractError(str(path), "is a directory")
    if size > ctx.max_bytes:
        raise FileTooLarge(name, too_large(size, ctx.max_bytes))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ExtractError(str(path), e.strerror or str(e)) from e
    return extract_bytes(data, name, ctx)
