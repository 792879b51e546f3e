"""What to ingest: files, folders (recursively) and the members of zip archives, as named byte sources."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitroom.ingest.ignore import IgnoreRules, excluded_name

MAX_ZIP_MEMBERS = 10_000


@dataclass(frozen=True, slots=True)
class Source:
    """One file to ingest. ``name`` is what errors and reports show; ``path`` the file on disk, if any."""

    name: str
    read: Callable[[], bytes]
    size: int
    path: Path | None = None
    folder: str = ""


def is_wanted(path: Path, exclude: tuple[str, ...] = ()) -> bool:
    """Whether a file could be a sitrep by its name: not a read-me, licence, hidden or Office lock file, not
    our own .error.txt, and not matching an ``exclude`` glob."""
    return not excluded_name(path.name, exclude)


def file_source(path: Path) -> Source:
    """A file on disk as a source, its folder name kept for series inference."""
    return Source(name=str(path), read=path.read_bytes, size=path.stat().st_size, path=path, folder=path.parent.name)


def _zip_sources(path: Path, max_bytes: int, exclude: tuple[str, ...] = ()) -> Iterator[Source]:
    """Members of a zip archive (not recursed into nested archives); a bad archive yields one failing source."""
    try:
        zf = zipfile.ZipFile(path)
        members = [
            m
            for m in zf.infolist()
            if not m.is_dir() and not any(excluded_name(part, exclude) for part in Path(m.filename).parts)
        ]
    except (zipfile.BadZipFile, OSError) as e:
        reason = str(e)

        def fail() -> bytes:
            raise OSError(f"not a readable zip archive ({reason})")

        yield Source(name=str(path), read=fail, size=0, path=path)
        return
    for m in members[:MAX_ZIP_MEMBERS]:

        def read(m: zipfile.ZipInfo = m) -> bytes:
            if m.file_size > max_bytes:
                raise OSError(f"archive member is {m.file_size / 1e6:.1f} MB, over the limit")
            with zipfile.ZipFile(path) as z:
                return z.read(m)

        yield Source(name=f"{path}!{m.filename}", read=read, size=m.file_size, path=None, folder=path.stem)


def is_zip_archive(path: Path) -> bool:
    """A .zip archive to unpack (a .docx is a zip too, but is a document)."""
    return path.suffix.lower() == ".zip" and zipfile.is_zipfile(path)


def expand(
    paths: list[Path],
    max_bytes: int,
    exclude: tuple[str, ...] = (),
    *,
    force: bool = False,
    on_ignored: Callable[[Path], None] | None = None,
) -> Iterator[Source]:
    """Every source under ``paths`` in a stable order: folders recursively, zip archives unpacked.

    Files that are not reports by their name (``sitroom.ingest.ignore``: default patterns, ``exclude``
    globs, ``.sitroomignore`` files) are left out, and passed to ``on_ignored``, unless ``force``.
    """
    exclude = tuple(exclude)

    def skip(path: Path, rules: IgnoreRules | None) -> bool:
        if force:
            return False
        left_out = rules.ignored(path) if rules else not is_wanted(path, exclude)
        if left_out and on_ignored:
            on_ignored(path)
        return left_out

    for p in paths:
        if p.is_dir():
            rules = IgnoreRules(p, exclude)
            for f in sorted(p.rglob("*")):
                if f.is_file() and not skip(f, rules):
                    yield from (_zip_sources(f, max_bytes, exclude) if is_zip_archive(f) else [file_source(f)])
        elif p.is_file() and is_zip_archive(p):
            yield from _zip_sources(p, max_bytes, () if force else exclude)
        elif not (p.is_file() and skip(p, None)):
            yield Source(
                name=str(p), read=p.read_bytes, size=p.stat().st_size if p.exists() else 0, path=p, folder=p.parent.name
            )
