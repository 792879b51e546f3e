"""The Ray engine stores what the in-process engine stores, resumes where a run stopped, reports a bad
file and goes on, re-parses the same way, and says clearly when the ray extra is missing."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.generate import generate_corpus
from sitroom.ingest import IngestOptions, IngestStatus, ingest_paths
from sitroom.ingest.pipeline import list_sources
from sitroom.ingest.reparse import reparse
from sitroom.ingest.stages import Prepared, prepare, sha256_of
from sitroom.store import make_engine

from .snapshot import snapshot

runner = CliRunner()


@pytest.fixture(scope="module")
def ray_engine():
    pytest.importorskip("ray", reason="ray extra not installed")
    from sitroom.ingest import ray_engine

    ray_engine.start(2)
    yield ray_engine
    ray_engine.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Three generated series in three formats, and one file that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus(folder, series=3, reports=4, formats=["txt", "docx", "pdf"], seed=7)
    (folder / "broken-sitrep.pdf").write_bytes(b"%PDF-1.4 this is no PDF at all")
    return folder


def test_ray_stores_what_the_process_stores_and_resumes(ray_engine, corpus, engine, second_url):
    options = IngestOptions()
    local = ingest_paths(engine, [corpus], options)
    assert local.count(IngestStatus.INGESTED) == 12
    [failed] = local.failed
    assert failed.source.endswith("broken-sitrep.pdf") and failed.reason

    other = make_engine(second_url, create=True)
    try:
        sources = list_sources([corpus], options.max_bytes, options)
        # A first run stopped after five files, then the whole folder again: nothing twice, nothing lost.
        # On PostgreSQL two writer processes store at once, each owning some of the series.
        first = ray_engine.ingest_sources_ray(other, sources[:5], options, workers=2, writers=2)
        run = ray_engine.RayRun()
        seen = []
        # The second run's writers are started and ready beforehand, as a long run may want them.
        pool = ray_engine.writer_pool(other, options, writers=2)
        pool.ready()
        again = ray_engine.ingest_sources_ray(
            other, sources, options, workers=2, on_result=seen.append, run=run, writers=2, pool=pool
        )
        assert not pool.held()
        assert len(seen) == len(sources)
        stored_first = first.count(IngestStatus.INGESTED)
        assert stored_first >= 4 and len(first.results) == 5
        assert again.count(IngestStatus.DUPLICATE) == stored_first
        assert again.count(IngestStatus.INGESTED) == 12 - stored_first
        assert [r.source for r in again.failed] == [failed.source] and again.failed[0].reason == failed.reason
        assert run.memory.samples and all(m > 0 for ms in run.memory.samples.values() for m in ms)
        assert run.times.seconds["parse"] > 0 and run.times.seconds["link"] > 0 and run.times.seconds["write"] > 0

        expected = snapshot(engine)
        assert expected["links"] and expected["figures"] and expected["themes"] and expected["risks"]
        assert snapshot(other) == expected

        # Re-parse on Ray changes nothing when the parser has not changed, and keeps the analysis.
        results = ray_engine.reparse_ray(other, workers=2)
        assert len(results) == 12 and not [r for r in results if r.error]
        assert snapshot(other) == expected
        assert [r.items_after for r in results] == [r.items_after for r in reparse(engine)]
    finally:
        other.dispose()


def test_cli_ingest_and_reparse_on_ray(ray_engine, corpus, tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    first = runner.invoke(app, ["ingest", str(corpus), "--engine", "ray", "--workers", "2", "--db", db])
    assert first.exit_code == 1  # the broken file, named with its reason
    assert "broken-sitrep.pdf" in first.output and "12" in first.stdout
    again = runner.invoke(app, ["ingest", str(corpus), "--engine", "ray", "--db", db, "--exclude", "broken*"])
    assert again.exit_code == 0, again.output
    assert "12" in again.stdout  # all duplicates now
    redo = runner.invoke(app, ["reparse", "--all", "--engine", "ray", "--db", db, "--quiet"])
    assert redo.exit_code == 0, redo.output
    assert "12 report(s) re-parsed" in redo.stdout


def test_a_file_of_a_chunk_whose_stages_raise_fails_alone(monkeypatch, corpus):
    """A worker is given several files in one task; a bug in one file's stages fails that file only."""
    from sitroom.ingest import ray_engine

    paths = sorted(corpus.rglob("*.txt"))[:3]

    def buggy(data, digest, name, short, options):
        if name == str(paths[1]):
            raise ValueError("a bug in a stage")
        return prepare(data, digest, name, short, options)

    monkeypatch.setattr(ray_engine, "prepare", buggy)
    files = [(p.read_bytes(), sha256_of(p.read_bytes()), str(p), p.name) for p in paths]
    first, failed, last = ray_engine.prepare_chunk(files, IngestOptions())
    assert failed == ray_engine.StageFailed("ValueError: a bug in a stage")
    assert isinstance(first, Prepared) and isinstance(last, Prepared)
    assert first.reports and last.reports and first.status is None and last.status is None
    assert [first.name, last.name] == [str(paths[0]), str(paths[2])]


def test_ray_engine_without_the_extra_says_so(monkeypatch, corpus, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    from sitroom.ingest import ray_engine

    if getattr(ray_engine, "_remote_call", None) is not None:
        monkeypatch.setattr(ray_engine, "_remote_call", None)
    db = f"sqlite:///{tmp_path / 'none.db'}"
    result = runner.invoke(app, ["ingest", str(corpus), "--engine", "ray", "--db", db])
    assert result.exit_code == 2
    assert "ray" in result.output and "sitroom[ray]" in result.output
    assert not (tmp_path / "none.db").exists()  # nothing written
    result = runner.invoke(app, ["reparse", "--all", "--engine", "ray", "--db", db])
    assert result.exit_code == 2 and "sitroom[ray]" in result.output
