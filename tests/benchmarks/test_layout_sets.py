"""Smoke test of the generated-layout benchmarks (council, unseen, fresh, blind, blind3, blind4, blind5 of
partner organisations, blind6 to blind50, blind60 to blind73): each layout writes a real document (python-docx,
reportlab, weasyprint, LibreOffice, e-mail, HTML, Markdown, text), sitroom parses it and the shared scorer gives
figures in [0, 1]. The figures themselves are the benchmarks' job."""

from __future__ import annotations

import argparse
import importlib
import math
import os
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
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
    "blind60_layouts",
    "blind61_layouts",
    "blind62_layouts",
    "blind63_layouts",
    "blind64_layouts",
    "blind65_layouts",
    "blind66_layouts",
    "blind67_layouts",
    "blind68_layouts",
    "blind69_layouts",
    "blind70_layouts",
    "blind71_layouts",
    "blind72_layouts",
    "blind73_layouts",
)

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer (../shared/tools/score.py) is absent")

sys.path.insert(0, str(BENCHMARKS))

import council_layouts  # noqa: E402

CASES = [(name, layout) for name in SETS for layout in importlib.import_module(name).LAYOUTS]


def score_case(name: str, layout_name: str) -> tuple[dict[str, list[int]], dict[str, float]]:
    """Write, parse and score one layout of one set (two reports of one series): its counts and its figures. Run in a
    worker process, so it takes names, not objects."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    module = importlib.import_module(name)
    layout = next(lay for lay in module.LAYOUTS if lay.name == layout_name)
    scorer = council_layouts._scorer()
    args = argparse.Namespace(series=1, reports=2, seed=0, verbose=False)
    tally = council_layouts.run_layout(layout, args, scorer, None, module.LAYOUTS, seed_offset=module.SEED_OFFSET)
    return tally.c, tally.figures(scorer)


@pytest.fixture(scope="module")
def scored(request):
    """The score of every case the session runs, worked out in as many processes as the machine has cores (the cases
    are independent and each spends its time in the parser); a test waits only for its own case."""
    here = [item for item in request.session.items if item.module is sys.modules[__name__]]
    chosen = {(item.callspec.params["name"], item.callspec.params["layout"].name) for item in here}
    runnable = [
        (name, layout.name)
        for name, layout in CASES
        if (name, layout.name) in chosen
        and not (layout.name.startswith("pdf-soffice") and shutil.which("soffice") is None)
    ]
    # (spawned, not forked: the session may hold threads of its own by now)
    pool = ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=get_context("spawn"))
    try:
        yield {case: pool.submit(score_case, *case) for case in runnable}
    finally:
        pool.shutdown(cancel_futures=True)


@pytest.mark.parametrize(("name", "layout"), CASES, ids=[f"{n}-{lay.name}" for n, lay in CASES])
def test_each_layout_is_written_parsed_and_scored(name: str, layout, scored) -> None:
    if layout.name.startswith("pdf-soffice") and shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    counts, figures = scored[(name, layout.name)].result()
    assert counts["h"][1] > 0 and counts["i"][1] > 0, "the gold has headings and items"
    assert counts["l"][1] > 0, "the two reports share threads to link"
    for figure, value in figures.items():
        judged = not math.isnan(value)
        # a layout whose parse matched no item judges no keys, mitigations or numbers
        assert judged or figure in ("key_acc", "mitigation_acc", "number_acc"), figure
        assert not judged or 0.0 <= value <= 1.0, (figure, value)
