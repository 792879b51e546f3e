"""Errors raised by the core. The CLI and the web map them to exit codes and HTTP statuses once."""

from __future__ import annotations

from sitroom.display import one_line


class SitroomError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1
    http_status = 400


class ExtractError(SitroomError):
    """A file could not be read. The message names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        # A file name may hold a newline or an escape sequence: the message stays one plain line.
        super().__init__(f"{one_line(source)}: {reason}")
        self.source = source
        self.reason = reason


class UnsupportedFormat(ExtractError):
    """No extractor reads this kind of file."""

    http_status = 415


class EmptyDocument(ExtractError):
    """The file holds no text."""

    http_status = 422


class FileTooLarge(ExtractError):
    """The file is over the configured size limit."""

    http_status = 413


class CorruptDocument(ExtractError):
    """The file is damaged, truncated, encrypted or not what its name says."""

    http_status = 422


class TemplateError(SitroomError):
    """A template file is missing or invalid."""


class TemplateNotFound(TemplateError):
    http_status = 404


class ReportNotFound(SitroomError):
    """No stored report has that id (or none the reader may see: the same answer)."""

    http_status = 404
