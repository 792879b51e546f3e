"""The figures and themes of one report's items, computed from their texts alone.

Pure and picklable, so that it runs wherever parsing runs (in the ingesting process or on a worker of a
cluster); the store only maps each item's position to the id it was given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sitroom.analyse.figures import extract_figures
from sitroom.analyse.themes import Taxonomy, load_taxonomy


@dataclass(slots=True)
class ReportAnalysis:
    """Rows to store, each naming its item by position in the report (0-based, document order)."""

    figures: list[tuple[int, dict]] = field(default_factory=list)
    themes: list[tuple[int, str, float]] = field(default_factory=list)


def analyse_texts(texts: Sequence[str], as_of: date | None, taxonomy: Taxonomy | None = None) -> ReportAnalysis:
    """Figures (dated ``as_of`` unless a date is stated beside them) and theme tags of items' texts."""
    out = ReportAnalysis()
    if not texts:
        return out
    for n, text in enumerate(texts):
        for f in extract_figures(text, as_of):
            out.figures.append(
                (
                    n,
                    {
                        "value": f.value,
                        "unit": f.unit,
                        "currency": f.currency,
                        "qualifier": f.qualifier,
                        "subject": f.subject[:200],
                        "text": f.text[:200],
                        "as_of": f.as_of,
                        "relation": f.relation,
                        "value_high": f.high if f.low is not None else None,
                        "earlier": f.earlier,
                    },
                )
            )
    tags = (taxonomy or load_taxonomy()).tag_many(list(texts))
    out.themes = [(n, t.key, t.score) for n, found in enumerate(tags) for t in found]
    return out
