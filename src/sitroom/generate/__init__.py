"""Generate realistic sitrep series with ground truth, for tests, demos and benchmarks.

Each series is one service of one organisation ("Northfield Council – Children's Services"), a run of
reports at a fixed cadence whose items evolve as real ones do: most continue unchanged, some get new
figures, are reworded, escalate or close, some are dropped and new ones appear. Output is
deterministic for a seed (text files byte for byte)::

    from sitroom.generate import generate_corpus
    files = generate_corpus(Path("out"), series=5, reports=40, formats=["txt", "docx", "pdf"], truth=True)

For benchmarks that need no files, :func:`iter_series` yields reports that render to bytes on demand.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitroom.generate.content import ReportContent, SeriesModel, Style, TruthItem
from sitroom.generate.profiles import ORGANISATIONS, PROFILES, Profile, plan, slug
from sitroom.generate.writers import FORMATS, WRITERS, Page
from sitroom.model import LinkStatus

__all__ = [
    "FORMATS",
    "ORGANISATIONS",
    "PROFILES",
    "GeneratedFile",
    "GeneratedReport",
    "TruthItem",
    "generate_corpus",
    "iter_series",
]

FORMAT_MIXES = ("round-robin", "series")


@dataclass(slots=True)
class GeneratedReport:
    """One report of a series: its content with ground truth, renderable in any format."""

    series: str  # "<org-slug>/<service-slug>"
    organisation: str
    service: str
    profile: Profile
    content: ReportContent

    @property
    def number(self) -> int:
        return self.content.number

    @property
    def date(self) -> date:
        return self.content.date

    @property
    def title(self) -> str:
        d = self.content.date
        return self.profile.title.format(
            org=self.organisation, service=self.service, n=self.number, date=f"{d.day} {d:%B %Y}"
        )

    def page(self) -> Page:
        """What is printed: title, headings and item texts."""
        heads = self.profile.headings
        return Page(
            self.title,
            tuple((heads[key], tuple(it.text for it in items)) for key, items in self.content.sections),
        )

    def render(self, fmt: str) -> bytes:
        """The file bytes in ``fmt`` (txt, docx or pdf)."""
        try:
            writer = WRITERS[fmt]
        except KeyError:
            raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})") from None
        return writer(self.page(), self.profile.layout)

    def file_name(self, fmt: str) -> str:
        """``<org-slug>/<service-slug>/<yyyy-mm-dd>-sitrep-<n>.<ext>``."""
        return f"{self.series}/{self.date.isoformat()}-sitrep-{self.number}.{fmt}"


@dataclass(slots=True)
class GeneratedFile:
    """A written report file and its ground truth.

    ``items`` holds the printed items in reading order, then the items dropped since the previous
    report (status "dropped", last printed text). ``headings`` maps section key → printed heading.
    """

    path: Path
    series: str
    organisation: str
    service: str
    template: str
    format: str
    number: int
    date: date
    title: str
    headings: dict[str, str]
    items: list[TruthItem] = field(default_factory=list)

    def printed(self) -> list[TruthItem]:
        """The items that appear in the file, in order."""
        return [it for it in self.items if it.status != LinkStatus.DROPPED]

    def truth_json(self, root: Path | None = None) -> dict:
        """The ground truth as written to ``<file>.truth.json``."""
        source = self.path.relative_to(root).as_posix() if root else self.path.name
        return {
            "source": source,
            "series": self.series,
            "organisation": self.organisation,
            "service": self.service,
            "template": self.template,
            "format": self.format,
            "number": self.number,
            "date": self.date.isoformat(),
            "title": self.title,
            "sections": [
                {
                    "key": key,
                    "heading": heading,
                    "items": [it.to_json() for it in self.items if it.key == key and it.status != LinkStatus.DROPPED],
                }
                for key, heading in self.headings.items()
            ],
            "dropped": [it.to_json() for it in self.items if it.status == "dropped"],
        }


def iter_series(
    series: int,
    reports: int,
    seed: int = 0,
    organisations: int = 2,
    start: date = date(2020, 4, 6),
    cadence_days: int = 7,
) -> Iterator[Iterator[GeneratedReport]]:
    """Yield, for each series in turn, an iterator over its reports in order (no files are written).

    Each series has its own random generator seeded from ``seed`` and the series name, so a series
    reads the same whatever else is generated with it.
    """
    if reports < 0 or series < 0:
        raise ValueError("series and reports must not be negative")
    if cadence_days < 1:
        raise ValueError("cadence_days must be at least 1")
    for org, profile in plan(series, organisations):
        yield _series_reports(org, profile, reports, seed, start, cadence_days)


def _series_reports(
    org: str, profile: Profile, reports: int, seed: int, start: date, cadence_days: int
) -> Iterator[GeneratedReport]:
    series_id = f"{slug(org)}/{slug(profile.service)}"
    rng = random.Random(f"{seed}:{series_id}")
    style = Style(punct=profile.style.punct, mitigation=profile.style.mitigation, cadence_days=cadence_days)
    model = SeriesModel(series_id, profile.kind, profile.banks(), profile.sizes, style, rng, start)
    for _ in range(reports):
        yield GeneratedReport(series_id, org, profile.service, profile, model.next_report())


def generate_corpus(
    out_dir: Path,
    series: int,
    reports: int,
    formats: list[str],
    seed: int = 0,
    organisations: int = 2,
    start: date = date(2020, 4, 6),
    cadence_days: int = 7,
    *,
    truth: bool = False,
    format_mix: str = "round-robin",
) -> list[GeneratedFile]:
    """Write ``series`` sitrep series of ``reports`` reports each under ``out_dir`` and return them.

    Files are named ``<org-slug>/<service-slug>/<yyyy-mm-dd>-sitrep-<n>.<ext>``; one file per report,
    its format taken from ``formats`` in turn (``format_mix="round-robin"``: report n of series i gets
    ``formats[(i + n - 1) % len(formats)]``) or one format per series (``"series"``). Series are
    services of ``organisations`` councils (1-12, at most six series each), dated from ``start``
    every ``cadence_days`` days. The same ``seed`` gives the same content (and identical .txt bytes).
    With ``truth=True`` each file gets a ``<file>.truth.json`` sidecar with its items' section keys,
    thread ids and change status against the previous report.
    """
    formats = [f.strip().lower().lstrip(".") for f in formats if f.strip()]
    if not formats:
        raise ValueError("no output format given")
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    if format_mix not in FORMAT_MIXES:
        raise ValueError(f"format_mix must be one of {', '.join(FORMAT_MIXES)}")
    out_dir = Path(out_dir)
    written: list[GeneratedFile] = []
    for i, reps in enumerate(iter_series(series, reports, seed, organisations, start, cadence_days)):
        for rep in reps:
            k = i + rep.number - 1 if format_mix == "round-robin" else i
            fmt = formats[k % len(formats)]
            path = out_dir / rep.file_name(fmt)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(rep.render(fmt))
            gen = GeneratedFile(
                path=path,
                series=rep.series,
                organisation=rep.organisation,
                service=rep.service,
                template=rep.profile.template,
                format=fmt,
                number=rep.number,
                date=rep.date,
                title=rep.title,
                headings=dict(rep.profile.headings),
                items=rep.content.items(),
            )
            if truth:
                sidecar = path.with_name(path.name + ".truth.json")
                sidecar.write_text(
                    json.dumps(gen.truth_json(out_dir), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )
            written.append(gen)
    return written
