"""What to ingest: files, folders (recursively) and the members of zip archives, as named byte sources.

A member of an archive is named ``archive.zip:member``; a member that cannot be read (damaged, encrypted,
compressed with a method zipfile lacks) fails on its own, with an :class:`ArchiveError` naming the reason.
"""

from __future__ import annotations

import lzma
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitroom.display import format_size
from sitroom.ingest.ignore import IgnoreRules, excluded_name

MAX_ZIP_MEMBERS = 10_000
# Compression methods zipfile reads; the others are named in the error.
_READABLE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_METHOD_NAMES = {1: "Shrink", 6: "Implode", 9: "Deflate64", 10: "PKWARE Implode", 93: "Zstandard", 95: "XZ", 99: "AES"}
# What zipfile and its decompressors raise on damaged data (bz2 raises OSError, lzma its own error).
_DAMAGED = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError)


class ArchiveError(OSError):
    """A zip archive, or one member of it, cannot be read; the message is the reason."""


@dataclass(frozen=True, slots=True)
class Source:
    """One file to ingest. ``name`` is what errors and reports show; ``path`` the file on disk, if any."""

    name: str
    read: Callable[[], bytes]
    size: int
    path: Path | None = None
    folder: str = ""
    filename: str = ""  # the file's own base name (of the member, in an archive); "" = that of ``name``


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
        with zipfile.ZipFile(path) as zf:
            members = [
                m
                for m in zf.infolist()
                if not m.is_dir() and not any(excluded_name(part, exclude) for part in Path(m.filename).parts)
            ]
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        reason = f"not a readable zip archive ({e})"

        def fail() -> bytes:
            raise ArchiveError(reason)

        yield Source(name=str(path), read=fail, size=0, path=path)
        return
    for m in members[:MAX_ZIP_MEMBERS]:
        yield Source(
            name=f"{path}:{m.filename}",
            read=lambda m=m: read_member(path, m, max_bytes),
            size=m.file_size,
            folder=path.stem,
            filename=Path(m.filename).name,
        )


def read_member(path: Path, member: zipfile.ZipInfo, max_bytes: int) -> bytes:
    """The bytes of one archive member, or an :class:`ArchiveError` saying why they cannot be had.

    The declared size is a true bound: zipfile never inflates past it (a member that holds more fails
    its CRC check), so a member over ``max_bytes`` is refused before anything is inflated.
    """
    if member.flag_bits & 0x1:
        raise ArchiveError("encrypted archive member: extract it with its password and ingest the file")
    if member.compress_type not in _READABLE_METHODS:
        method = _METHOD_NAMES.get(member.compress_type, f"method {member.compress_type}")
        raise ArchiveError(f"compressed with {method}, which cannot be read: re-create the archive with Deflate")
    if member.file_size > max_bytes:
        raise ArchiveError(
            f"archive member expands to {format_size(member.file_size)}, over the {format_size(max_bytes)} limit"
        )
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read(member)
    except FileNotFoundError:
        raise
    except _DAMAGED as e:
        raise ArchiveError(f"damaged archive member ({e})") from e
    except (RuntimeError, NotImplementedError) as e:  # what zipfile raises for encryption and methods it lacks
        raise ArchiveError(f"cannot be read from the archive ({e})") from e


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
