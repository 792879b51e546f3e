"""Zip archives whose members are damaged, encrypted or compressed with a method zipfile lacks: each such
member fails on its own, named ``archive.zip:member``, and everything else is still ingested."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.ingest import IngestOptions, IngestStatus, ingest_paths
from sitroom.ingest.sources import ArchiveError, expand
from sitroom.store import make_engine

from .test_ingest import TEXT

runner = CliRunner()


def _patch_member(archive: Path, member: str, *, flag: int = 0, method: int | None = None, flip: bool = False) -> None:
    """Rewrite one member's headers in place (local and central): add ``flag`` bits, set ``method``, or
    flip a byte of its stored data so that its CRC no longer matches."""
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(member)
    local = info.header_offset
    central = data.index(b"PK\x01\x02")  # the first central directory record; then on to this member's
    while data[central + 46 : central + 46 + len(member)] != member.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    for offset, flag_at, method_at in ((local, 6, 8), (central, 8, 10)):
        (flags,) = struct.unpack_from("<H", data, offset + flag_at)
        struct.pack_into("<H", data, offset + flag_at, flags | flag)
        if method is not None:
            struct.pack_into("<H", data, offset + method_at, method)
    if flip:
        name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
        data[local + 30 + name_len + extra_len + 10] ^= 0xFF
    archive.write_bytes(bytes(data))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "returns.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for n, name in enumerate(("good-1.txt", "bad-crc.txt", "locked.txt", "deflate64.txt", "good-2.txt"), 1):
            zf.writestr(f"week1/{name}", TEXT.format(n=n, d=n, k=100 + n, a=n))
    _patch_member(path, "week1/bad-crc.txt", flip=True)
    _patch_member(path, "week1/locked.txt", flag=0x1)
    _patch_member(path, "week1/deflate64.txt", method=9)
    return path


def test_each_unreadable_member_raises_its_own_archive_error(archive: Path) -> None:
    sources = list(expand([archive], 10**6))
    assert [s.name for s in sources] == [
        f"{archive}:week1/{n}" for n in ("good-1.txt", "bad-crc.txt", "locked.txt", "deflate64.txt", "good-2.txt")
    ]
    by_member = {s.filename: s for s in sources}
    assert by_member["good-1.txt"].read().startswith(b"Northfield")
    for member, reason in (
        ("bad-crc.txt", r"damaged archive member \(Bad CRC-32"),
        ("locked.txt", "encrypted archive member"),
        ("deflate64.txt", "compressed with Deflate64"),
    ):
        with pytest.raises(ArchiveError, match=reason):
            by_member[member].read()


def test_cli_ingests_the_good_members_and_other_files_and_lists_each_bad_member(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITROOM_DB", f"sqlite:///{tmp_path / 'cli.db'}")
    other = tmp_path / "sitrep-9.txt"
    other.write_text(TEXT.format(n=9, d=9, k=109, a=9))
    result = runner.invoke(app, ["ingest", str(archive), str(other)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3, result.stderr
    assert errors[0].startswith(f"error: {archive}:week1/bad-crc.txt: damaged archive member (Bad CRC-32")
    assert errors[1].startswith(f"error: {archive}:week1/locked.txt: encrypted archive member")
    assert errors[2].startswith(f"error: {archive}:week1/deflate64.txt: compressed with Deflate64")
    assert "Traceback" not in result.output
    reports = json.loads(runner.invoke(app, ["reports", "--format", "json"]).stdout)
    assert sorted(r["number"] for r in reports) == [1, 5, 9]
    assert sorted(r["source"] for r in reports) == ["good-1.txt", "good-2.txt", "sitrep-9.txt"]


def test_a_member_that_expands_past_the_size_limit_is_refused_without_inflating_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("sitrep.txt", TEXT.format(n=1, d=1, k=1, a=1) + " " * 3_000_000)  # 3 MB, deflated to kB
    assert path.stat().st_size < 50_000
    engine = make_engine(f"sqlite:///{tmp_path / 'z.db'}")
    summary = ingest_paths(engine, [path], IngestOptions(max_bytes=1_000_000))
    engine.dispose()
    assert [(r.source, r.status, r.reason) for r in summary.results] == [
        (f"{path}:sitrep.txt", IngestStatus.FAILED, "file is 3 MB, over the 1 MB limit")
    ]
    with pytest.raises(ArchiveError, match="expands to 3 MB, over the 1 MB limit"):
        next(expand([path], 1_000_000)).read()
