"""The sitrep series generator: determinism, files, ground truth, churn, and what the parser reads back."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from sitroom.generate import GeneratedFile, generate_corpus, iter_series
from sitroom.generate.writers import Layout, Page, wrap, write_txt
from sitroom.read import parse_file
from sitroom.text.glyphs import split_bullet

_NAME = re.compile(r"^[a-z0-9-]+/[a-z0-9-]+/\d{4}-\d{2}-\d{2}-sitrep-\d+\.(txt|docx|pdf)$")


def _by_section(files: list[GeneratedFile]) -> None:
    """Assert that each file parses into the truth's sections, items, mitigations, date and number."""
    for f in files:
        (report,) = parse_file(f.path)
        truth = f.truth_json()
        assert report.template == f.template, f.path
        assert report.number == f.number, f.path
        assert report.date == f.date, f.path
        assert [s.key for s in report.sections] == [s["key"] for s in truth["sections"]], f.path
        for got, want in zip(report.sections, truth["sections"], strict=True):
            assert got.heading == want["heading"], f.path
            assert len(got.items) == len(want["items"]), (f.path, want["key"])
            if want["key"] == "risks":
                assert [i.mitigation for i in got.items] == [i["mitigation"] for i in want["items"]], f.path


def test_txt_is_deterministic_per_seed(tmp_path: Path) -> None:
    a = generate_corpus(tmp_path / "a", series=3, reports=6, formats=["txt"], seed=7)
    b = generate_corpus(tmp_path / "b", series=3, reports=6, formats=["txt"], seed=7)
    c = generate_corpus(tmp_path / "c", series=3, reports=6, formats=["txt"], seed=8)
    assert [f.path.read_bytes() for f in a] == [f.path.read_bytes() for f in b]
    assert [f.path.read_bytes() for f in a] != [f.path.read_bytes() for f in c]
    # a series reads the same whatever else is generated with it
    d = generate_corpus(tmp_path / "d", series=1, reports=6, formats=["txt"], seed=7)
    assert [f.path.read_bytes() for f in d] == [f.path.read_bytes() for f in a[:6]]


def test_counts_paths_formats_and_sidecars(tmp_path: Path) -> None:
    files = generate_corpus(tmp_path, series=5, reports=4, formats=["txt", "docx", "pdf"], truth=True)
    assert len(files) == 20
    assert len({f.series for f in files}) == 5
    assert {f.organisation for f in files} == {"Northfield Council", "Southfield County Council"}
    assert Counter(f.format for f in files) == {"txt": 7, "docx": 7, "pdf": 6}
    for f in files:
        rel = f.path.relative_to(tmp_path).as_posix()
        assert _NAME.match(rel), rel
        assert rel.endswith(f"{f.date.isoformat()}-sitrep-{f.number}.{f.format}")
        assert f.path.stat().st_size > 500
        sidecar = json.loads(f.path.with_name(f.path.name + ".truth.json").read_text(encoding="utf-8"))
        assert sidecar["source"] == rel
        assert sum(len(s["items"]) for s in sidecar["sections"]) == len(f.printed())
    series = [f for f in files if f.series == "northfield-council/childrens-services"]
    assert [f.date for f in series] == [date(2020, 4, 6), date(2020, 4, 13), date(2020, 4, 20), date(2020, 4, 27)]
    assert [f.number for f in series] == [1, 2, 3, 4]
    assert any(f.template == "flood-response" for f in files)


def test_no_sidecars_unless_asked_and_per_series_formats(tmp_path: Path) -> None:
    files = generate_corpus(tmp_path, series=2, reports=3, formats=["txt", "docx"], format_mix="series")
    assert not list(tmp_path.rglob("*.truth.json"))
    assert [f.format for f in files] == ["txt"] * 3 + ["docx"] * 3


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        generate_corpus(tmp_path, series=1, reports=1, formats=["odt"])
    with pytest.raises(ValueError, match="organisations >= 2"):
        generate_corpus(tmp_path, series=7, reports=1, formats=["txt"], organisations=1)


def test_txt_parses_into_the_true_sections_and_items(tmp_path: Path) -> None:
    # "•" bullets, glyph-less items between blank lines, and the flood template
    files = generate_corpus(tmp_path, series=6, reports=3, formats=["txt"])
    _by_section([f for f in files if not f.service.startswith(("Adult", "Housing"))])
    (report,) = parse_file(files[0].path)
    assert [i.text for i in report.items()] == [i.text for i in files[0].printed()]


def test_txt_dash_bullets_before_numbers_parse_as_items(tmp_path: Path) -> None:
    files = generate_corpus(tmp_path, series=6, reports=3, formats=["txt"])
    _by_section([f for f in files if f.service.startswith(("Adult", "Housing"))])


def test_docx_parses_into_the_true_sections_and_items(tmp_path: Path) -> None:
    # series 0 writes Word heading styles and List Bullet items, series 1 bold headings
    files = generate_corpus(tmp_path, series=2, reports=2, formats=["docx"])
    _by_section(files)
    (report,) = parse_file(files[-1].path)
    assert [i.text for i in report.items()] == [i.text for i in files[-1].printed()]


def test_pdf_parses_into_the_true_sections_and_items(tmp_path: Path) -> None:
    files = generate_corpus(tmp_path, series=1, reports=2, formats=["pdf"])
    _by_section(files)
    (report,) = parse_file(files[0].path)
    assert report.title == files[0].title
    assert not any("Page 1" in i.text for i in report.items())


def test_churn_over_twenty_reports_is_realistic() -> None:
    changes: Counter[str] = Counter()
    for reps in iter_series(6, 20, seed=1):
        prev: dict[str, str] = {}
        totals: Counter[str] = Counter()
        for rep in reps:
            items = rep.content.items()
            threads = [i.thread for i in items]
            assert len(threads) == len(set(threads))
            printed = {i.thread: i.text for i in items if i.status != "dropped"}
            assert 8 <= len(printed) <= 30
            if rep.number == 1:
                assert {i.status for i in items} == {"new"}
            else:
                assert any(i.status != "continuing" for i in items), (rep.series, rep.number)
                for i in items:
                    totals[i.status] += 1
                    changes[i.change or ""] += 1
                    if i.status == "new":
                        assert i.thread not in prev
                    elif i.status == "dropped":
                        assert i.thread in prev and i.thread not in printed
                    elif i.status == "continuing":
                        assert i.text.rstrip(".;") == prev[i.thread].rstrip(".;")
                    else:
                        assert i.text.rstrip(".;") != prev[i.thread].rstrip(".;")
            prev = printed
        share = {k: v / sum(totals.values()) for k, v in totals.items()}
        assert 0.55 <= share["continuing"] <= 0.9, (reps, share)
        assert share["new"] > 0.02 and share["updated"] > 0.05 and share["dropped"] > 0.02, share
    assert changes["figures"] > 50
    assert changes["escalated"] > 3 and changes["reworded"] > 3 and changes["closing"] > 0


def test_risks_carry_mitigations_and_escalate() -> None:
    texts = [i.text for reps in iter_series(6, 20, seed=2) for rep in reps for i in rep.content.items()]
    assert any("Mitigation is " in t for t in texts) and any("Mitigation: " in t for t in texts)
    assert any("is now critical" in t for t in texts) and any("is increasing" in t for t in texts)
    assert any(re.search(r"£\d{2,3},000", t) for t in texts) and any(re.search(r"\b\d{1,2}%", t) for t in texts)


def test_wrap_never_starts_a_line_like_a_bullet_and_layouts_differ() -> None:
    text = "Supplies of gloves - and aprons - are short; see 2) below and the NHS PPE portal for orders " * 3
    for width in (30, 41, 57, 88):
        lines = wrap(text, width)
        assert " ".join(lines) == " ".join(text.split())
        for line in lines[1:]:
            assert split_bullet(line)[0] is None, line
            assert not re.match(r"[A-Z]{2,}\b", line), line
    page = Page("Sitrep No. 1 – as of 6 April 2020", (("WORKFORCE UPDATE", ("One;", "Two.")),))
    assert "• One;" in write_txt(page, Layout()).decode()
    assert "- One;" in write_txt(page, Layout(txt_bullet="-")).decode()
    assert "\nOne;\n\nTwo.\n" in write_txt(page, Layout(txt_bullet="")).decode()


def test_docx_and_pdf_bytes_are_the_same_on_every_run(tmp_path):
    """Re-generating a set must give identical files, so re-ingesting it stores nothing twice."""
    import hashlib
    import time

    from sitroom.generate import iter_series

    def digests() -> list[str]:
        return [hashlib.sha256(r.render(f)).hexdigest() for s in iter_series(2, 2) for r in s for f in ("docx", "pdf")]

    first = digests()
    time.sleep(2.1)  # zip member times have a 2-second resolution
    assert digests() == first


def test_a_name_in_another_script_keeps_its_own_path_part() -> None:
    """Organisations named with no Latin letter ("札幌市", "仙台市") get series of their own, never an empty folder."""
    from sitroom.generate.profiles import slug

    assert slug("Children's Services") == "childrens-services"
    assert slug("札幌市") == "札幌市"
    assert slug("札幌市") != slug("仙台市")
    assert slug("Κέντρο Επιχειρήσεων") == "κέντρο-επιχειρήσεων"
