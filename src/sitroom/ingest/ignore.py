"""What in a folder is not a report: default patterns, ``--exclude`` globs and ``.sitroomignore`` files.

A ``.sitroomignore`` file (gitignore syntax) applies to the folder it is in and everything below it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

IGNORE_FILE = ".sitroomignore"
# Files that sit beside reports in a folder but are never reports: read-me and licence files, provenance
# notes, hidden files, Office lock files, thumbnails caches, partial downloads and our own error notes.
DEFAULT_PATTERNS = (
    "README*",
    "LICENSE*",
    "LICENCE*",
    "SOURCE*",
    "COPYING*",
    ".*",
    "~$*",
    "Thumbs.db",
    "desktop.ini",
    "*.error.txt",
    "*.truth.json",
    "*.tmp",
    "*.part",
    "*.crdownload",
    "*.swp",
)


def _spec(lines: Iterable[str]) -> pathspec.PathSpec:
    return pathspec.GitIgnoreSpec.from_lines(list(lines))


@dataclass(slots=True)
class IgnoreRules:
    """Decides, for files under one root folder, which are left out."""

    root: Path
    exclude: tuple[str, ...] = ()
    _base: pathspec.PathSpec = field(init=False)
    _folders: dict[Path, pathspec.PathSpec | None] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._base = _spec([*DEFAULT_PATTERNS, *self.exclude])

    def _folder_spec(self, folder: Path) -> pathspec.PathSpec | None:
        if folder not in self._folders:
            file = folder / IGNORE_FILE
            try:
                self._folders[folder] = _spec(file.read_text(encoding="utf-8").splitlines())
            except (FileNotFoundError, NotADirectoryError):
                self._folders[folder] = None
            except (OSError, UnicodeDecodeError):
                self._folders[folder] = None
        return self._folders[folder]

    def ignored(self, path: Path) -> bool:
        """Whether ``path`` (a file under ``root``) is left out."""
        rel = path.relative_to(self.root)
        if self._base.match_file(rel.as_posix()) or any(self._base.match_file(p + "/") for p in _parents(rel)):
            return True
        folder = self.root
        for part in (None, *rel.parts[:-1]):
            if part is not None:
                folder = folder / part
            spec = self._folder_spec(folder)
            if spec is not None and spec.match_file(path.relative_to(folder).as_posix()):
                return True
        return False


def _parents(rel: Path) -> list[str]:
    return [Path(*rel.parts[: i + 1]).as_posix() for i in range(len(rel.parts) - 1)]


def excluded_name(name: str, exclude: Iterable[str] = ()) -> bool:
    """Whether a single file name (an archive member, a file named on its own) matches the exclusions."""
    return _spec([*DEFAULT_PATTERNS, *exclude]).match_file(name)
