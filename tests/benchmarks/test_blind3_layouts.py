"""Smoke test of benchmarks/blind3_layouts.py: each layout writes a real document (reportlab, python-docx with
footnotes, tracked changes and comments, Google Docs HTML, e-mail, Markdown, HTML), sitroom parses it and
the shared scorer gives figures in [0, 1]."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCHMARKS = REPO / "benchmarks"
SCORER = REPO.parent / "shared" / "tools" / "score.py"  # where council_layouts.py looks for it

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer (../shared/tools/score.py) is absent")

sys.path.insert(0, str(BENCHMARKS))

import blind3_layouts  # noqa: E402
import council_layouts  # noqa: E402


@pytest.fixture(scope="module")
def scorer():
    return council_layouts._scorer()


@pytest.mark.parametrize("layout", blind3_layouts.LAYOUTS, ids=lambda lay: lay.name)
def test_each_blind3_layout_is_written_parsed_and_scored(layout, scorer) -> None:
    args = argparse.Namespace(series=1, reports=2, seed=0, verbose=False)
    tally = council_layouts.run_layout(layout, args, scorer, None, blind3_layouts.LAYOUTS, seed_offset=400)
    assert tally.c["h"][1] > 0 and tally.c["i"][1] > 0, "the gold has headings and items"
    assert tally.c["l"][1] > 0, "the two reports share threads to link"
    figures = tally.figures(scorer)
    for name, value in figures.items():
        judged = not math.isnan(value)
        assert judged or name in ("key_acc", "mitigation_acc", "number_acc"), name
        assert not judged or 0.0 <= value <= 1.0, (name, value)
