"""Ingestion: files, folders, archives and e-mails into the store, idempotently."""

from sitroom.ingest.pipeline import (
    IngestOptions,
    IngestResult,
    IngestStatus,
    IngestSummary,
    ingest_bytes,
    ingest_paths,
    ingest_source,
    ingest_sources,
)

__all__ = [
    "IngestOptions",
    "IngestResult",
    "IngestStatus",
    "IngestSummary",
    "ingest_bytes",
    "ingest_paths",
    "ingest_source",
    "ingest_sources",
]
