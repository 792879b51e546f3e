"""Files fed to parallel writers one folder after another in turn, each folder's files in order."""

from __future__ import annotations

from sitroom.ingest.ray_writers import interleave_folders
from sitroom.ingest.sources import Source


def _source(name: str) -> Source:
    return Source(name=name, read=lambda: b"", size=0)


def test_folders_take_turns_and_keep_their_order():
    names = ["n/a/1.txt", "n/a/2.txt", "n/a/3.txt", "s/a/1.txt", "n/b/1.txt", "n/b/2.txt", "top.txt"]
    out = [s.name for s in interleave_folders(map(_source, names))]
    assert out == ["n/a/1.txt", "s/a/1.txt", "n/b/1.txt", "top.txt", "n/a/2.txt", "n/b/2.txt", "n/a/3.txt"]
    assert sorted(out) == sorted(names)


def test_nothing_to_interleave():
    assert interleave_folders([]) == []
