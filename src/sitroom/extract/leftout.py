"""Counting what a stage leaves out, so that nothing is dropped silently."""

from __future__ import annotations

from sitroom.model import Document


def count_left_out(doc: Document, counts: dict[str, int]) -> None:
    """Warn, for each kind of line left out, how many were (kinds with none are not named)."""
    doc.warnings.extend(f"{n} {what}(s) left out" for what, n in counts.items() if n)
