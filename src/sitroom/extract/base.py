"""What every extractor shares: the context it is given and the protocol it follows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sitroom.display import MB
from sitroom.model import Document

DEFAULT_MAX_BYTES = 50 * MB


@dataclass(frozen=True, slots=True)
class ExtractContext:
    """Settings an extractor may read; passed in, never looked up globally."""

    max_bytes: int = DEFAULT_MAX_BYTES
    # A DOCX whose parts inflate past this is treated as a zip bomb.
    max_unzipped_bytes: int = 500 * MB
    # Limits on what a zip-based document's parts actually expand to, whatever their compression ratio:
    # a part read is inflated whole and its lxml tree costs about 230 bytes per element. The largest
    # real sitrep part seen is 10 MB (330,000 elements, 38,000 once its numbers tables are stubbed).
    max_part_bytes: int = 80 * MB
    max_xml_elements: int = 1_000_000
    max_attachment_depth: int = 2
    depth: int = 0


class Extractor(Protocol):
    """One file format. ``score`` says how sure it is that it reads these bytes (0 = not at all)."""

    name: str

    def score(self, head: bytes, filename: str) -> float: ...

    def extract(self, data: bytes, source: str, ctx: ExtractContext) -> Document: ...
