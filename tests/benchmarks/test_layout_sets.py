"""Smoke test of the generated-layout benchmarks (council, unseen, fresh, blind, blind3, blind4, blind5 of
partner organisations, blind6 to blind50): each layout writes a real document (python-docx, reportlab, weasyprint,
LibreOffice, e-mail, HTML, Markdown, text), sitroom parses it and the shared scorer gives figures in [0, 1]. The
figures themselves are the benchmarks' job."""

from __future__ import annotations

import argparse
import importlib
import math
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCHMARKS = REPO / "benchmarks"
SCORER = REPO.parent / "shared" / "tools" / "score.py"  # where council_layouts.py looks for it
SETS = (
    "council_layouts",
    "unseen_layouts",
    "fresh_layouts",
    "blind_layouts",
    "blind3_layouts",
    "blind4_layouts",
    "blind5_layouts",
    "blind6_layouts",
    "blind7_layouts",
    "blind8_layouts",
    "blind9_layouts",
    "blind10_layouts",
    "blind11_layouts",
    "blind12_layouts",
    "blind13_layouts",
    "blind14_layouts",
    "blind15_layouts",
    "blind16_layouts",
    "blind17_layouts",
    "blind18_layouts",
    "blind19_layouts",
    "blind20_layouts",
    "blind21_layouts",
    "blind22_layouts",
    "blind23_layouts",
    "blind24_layouts",
    "blind25_layouts",
    "blind26_layouts",
    "blind27_layouts",
    "blind28_layouts",
    "blind29_layouts",
    "blind30_layouts",
    "blind31_layouts",
    "blind32_layouts",
    "blind33_layouts",
    "blind34_layouts",
    "blind35_layouts",
    "blind36_layouts",
    "blind37_layouts",
    "blind38_layouts",
    "blind39_layouts",
    "blind40_layouts",
    "blind41_layouts",
    "blind42_layouts",
    "blind43_layouts",
    "blind44_layouts",
    "blind45_layouts",
    "blind46_layouts",
    "blind47_layouts",
    "blind48_layouts",
    "blind49_layouts",
    "blind50_layouts",
)

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer (../shared/tools/score.py) is absent")

sys.path.insert(0, str(BENCHMARKS))

import council_layouts  # noqa: E402

CASES = [(name, layout) for name in SETS for layout in importlib.import_module(name).LAYOUTS]


@pytest.fixture(scope="module")
def scorer():
    return council_layouts._scorer()


@pytest.mark.parametrize(("name", "layout"), CASES, ids=[f"{n}-{lay.name}" for n, lay in CASES])
def test_each_layout_is_written_parsed_and_scored(name: str, layout, scorer) -> None:
    if layout.name.startswith("pdf-soffice") and shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    module = importlib.import_module(name)
    args = argparse.Namespace(series=1, reports=2, seed=0, verbose=False)
    tally = council_layouts.run_layout(layout, args, scorer, None, module.LAYOUTS, seed_offset=module.SEED_OFFSET)
    assert tally.c["h"][1] > 0 and tally.c["i"][1] > 0, "the gold has headings and items"
    assert tally.c["l"][1] > 0, "the two reports share threads to link"
    for figure, value in tally.figures(scorer).items():
        judged = not math.isnan(value)
        # a layout whose parse matched no item judges no keys, mitigations or numbers
        assert judged or figure in ("key_acc", "mitigation_acc", "number_acc"), figure
        assert not judged or 0.0 <= value <= 1.0, (figure, value)
