"""The churn model: how the items of one sitrep series evolve from report to report.

A :class:`SeriesModel` keeps the live *threads* of a series (one per item idea, see
:mod:`sitroom.generate.banks`) and, for each new report, decides with its own seeded random
generator which continue unchanged, which get new figures, are reworded, escalate, close or drop,
and which new ones appear. Every printed item carries its thread id and change status: the ground
truth that item linking is measured against.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from sitroom.generate.banks import VOCAB, Spec
from sitroom.model import LinkStatus

# Change statuses of an item against the previous report of its series.
NEW, CONTINUING, UPDATED, DROPPED = LinkStatus.NEW, LinkStatus.CONTINUING, LinkStatus.UPDATED, LinkStatus.DROPPED

# Per report and live thread: chance to drop, to get new figures, to escalate, to be reworded.
P_DROP = 0.05
P_DROP_CROWDED = 0.10  # when the section holds more than the middle of its size range
P_CLOSE_CALM_RISK = 0.12  # a risk that never escalated, after a few reports
P_UPDATE_FIGURES = 0.25
P_UPDATE_FIGURES_SECTION = 0.55  # in sections made of figures (workforce, finance, impacts)
P_ESCALATE = 0.13
P_DEESCALATE = 0.05
P_REWORD = 0.05
P_NEW_MITIGATION = 0.04
P_NEW_ITEM = 0.2
P_HAS_MITIGATION = 0.8
# A spec dropped this many reports ago may come back as a new thread (long series run out of ideas).
REUSE_AFTER = 8

_SLOT = re.compile(r"\{([a-z_]+)(?:\.(was))?\}")
_FIGURE_SECTIONS = frozenset({"workforce", "finance", "impacts"})


@dataclass(frozen=True, slots=True)
class TruthItem:
    """One item of a generated report, as printed, with its thread and its change since the last report.

    ``status`` is new, continuing, updated or dropped (a dropped item is not printed; its text is the
    last one printed). ``change`` says what an update was: figures, reworded, escalated,
    de-escalated, mitigation or closing. ``mitigation`` is the text after "Mitigation is"/"Mitigation:".
    Trailing punctuation may differ between reports of a continuing item when its position changes
    (the last item of a section ends with a full stop).
    """

    key: str
    thread: str
    status: str
    text: str
    change: str | None = None
    mitigation: str | None = None

    def to_json(self) -> dict:
        return {
            "key": self.key,
            "thread": self.thread,
            "status": self.status,
            "change": self.change,
            "text": self.text,
            "mitigation": self.mitigation,
        }


@dataclass(frozen=True, slots=True)
class Style:
    """How a series writes its items: final punctuation and the mitigation lead."""

    punct: str = "semicolon"  # semicolon (";" then "." on the last item), stop ("."), none
    mitigation: str = "is"  # is ("Mitigation is …"), colon ("Mitigation: …"), mixed (per thread)
    cadence_days: int = 7


@dataclass(slots=True)
class _Figure:
    kind: str
    lo: int
    hi: int
    value: int | date
    was: int | date | None = None  # the value before the last update, for "{name.was}"


@dataclass(slots=True)
class _Thread:
    id: str
    key: str
    spec_index: int
    spec: Spec
    variant: int
    figures: dict[str, _Figure]
    born: int
    level: int = 0
    mitigation: int | None = None  # index into spec.mitigations, None = printed without one
    mitigation_lead: str = "is"
    closing: bool = False
    max_level: int = 0
    last_text: str = ""


@dataclass(slots=True)
class ReportContent:
    """The sections and truth items of one generated report (before it is written to a format)."""

    number: int
    date: date
    sections: list[tuple[str, list[TruthItem]]]
    dropped: list[TruthItem] = field(default_factory=list)

    def items(self) -> list[TruthItem]:
        """Printed items in order, then the dropped ones."""
        return [it for _, items in self.sections for it in items] + self.dropped


@lru_cache(maxsize=512)
def _slots(text: str) -> tuple[tuple[str, str | None], ...]:
    return tuple((m.group(1), m.group(2)) for m in _SLOT.finditer(text))


def _fmt_money(thousands: int) -> str:
    if thousands >= 1000:
        return f"£{thousands / 1000:.2f}m"
    return f"£{thousands * 1000:,}"


def _fmt(fig: _Figure, value: int | date) -> str:
    if isinstance(value, date):
        return value.strftime("%B") if fig.kind == "month" else f"{value.day} {value:%B}"
    if fig.kind == "pct":
        return f"{value}%"
    if fig.kind in ("money", "cum"):
        return _fmt_money(value)
    return f"{value:,}"


class SeriesModel:
    """The evolving items of one series; call :meth:`next_report` once per report, in order."""

    def __init__(
        self,
        series_id: str,
        vocab: str,
        banks: dict[str, list[Spec]],
        sizes: dict[str, tuple[int, int]],
        style: Style,
        rng: random.Random,
        start: date,
    ) -> None:
        self.series_id = series_id
        self.vocab = VOCAB[vocab]
        self.banks = banks
        self.keys = list(sizes)
        self.sizes = sizes
        self.style = style
        self.rng = rng
        self.start = start
        self.number = 0
        self.live: dict[str, list[_Thread]] = {k: [] for k in self.keys}
        self.retired: dict[tuple[str, int], int] = {}  # (key, spec index) → report number it left
        self._seq = 0
        self.was_phrase = "last week" if style.cadence_days == 7 else "in the last report"

    # ------------------------------------------------------------------ report to report

    def next_report(self) -> ReportContent:
        """Advance the series by one report and return its content with ground truth."""
        self.number += 1
        today = self.start + timedelta(days=self.style.cadence_days * (self.number - 1))
        statuses: dict[str, tuple[str, str | None]] = {}
        dropped: list[_Thread] = []
        if self.number == 1:
            for key in self.keys:
                lo, hi = self.sizes[key]
                for _ in range(self.rng.randint(lo, hi)):
                    self._add_to(self.live[key], key, today, statuses, at_end=True)
        else:
            for key in self.keys:
                dropped += self._churn(key, today, statuses)
            if not dropped and all(s == CONTINUING for s, _ in statuses.values()):
                self._force_update(today, statuses)
        sections = [(key, self._render_section(key, today, statuses)) for key in self.keys]
        gone = [TruthItem(t.key, t.id, DROPPED, t.last_text) for t in dropped]
        return ReportContent(self.number, today, sections, gone)

    def _churn(self, key: str, today: date, statuses: dict[str, tuple[str, str | None]]) -> list[_Thread]:
        lo, hi = self.sizes[key]
        middle = (lo + hi) / 2
        kept: list[_Thread] = []
        dropped: list[_Thread] = []
        threads = self.live[key]
        for t in threads:
            room = len(threads) - len(dropped) > lo
            if t.closing:
                dropped.append(t)
                continue
            r = self.rng.random()
            p_drop = P_DROP_CROWDED if len(threads) > middle else P_DROP
            if t.spec.levels and t.max_level == 0 and self.number - t.born >= 3:
                p_drop = max(p_drop, P_CLOSE_CALM_RISK)
            if room and r < p_drop:
                if t.spec.mitigations and self.rng.random() < 0.5:
                    # A risk often says it is closing before it disappears.
                    t.closing, t.level = True, 0
                    statuses[t.id] = (UPDATED, "closing")
                    kept.append(t)
                else:
                    dropped.append(t)
                continue
            statuses[t.id] = self._evolve(t, key, today)
            kept.append(t)
        for t in dropped:
            self.retired[(key, t.spec_index)] = self.number
        while len(kept) < lo and self._add_to(kept, key, today, statuses):
            pass
        if len(kept) < hi and self.rng.random() < P_NEW_ITEM:
            self._add_to(kept, key, today, statuses)
        self.live[key] = kept
        return dropped

    def _evolve(self, t: _Thread, key: str, today: date) -> tuple[str, str | None]:
        stale = [n for n, f in t.figures.items() if f.kind in ("date", "month") and f.lo > 0 and f.value <= today]
        if stale:
            for n in stale:
                self._move(t.figures[n], today)
            return UPDATED, "figures"
        movable = [n for n, f in t.figures.items() if f.hi > f.lo]
        p_fig = P_UPDATE_FIGURES_SECTION if key in _FIGURE_SECTIONS else P_UPDATE_FIGURES
        if movable and self.rng.random() < p_fig:
            names = self.rng.sample(movable, k=self.rng.randint(1, len(movable)))
            for n in sorted(names):
                self._move(t.figures[n], today)
            return UPDATED, "figures"
        if t.spec.levels:
            r = self.rng.random()
            if t.level < len(t.spec.levels) - 1 and r < P_ESCALATE:
                t.level += 1
                t.max_level = max(t.max_level, t.level)
                return UPDATED, "escalated"
            if t.level > 0 and r > 1 - P_DEESCALATE:
                t.level -= 1
                return UPDATED, "de-escalated"
        if len(t.spec.texts) > 1 and self.rng.random() < P_REWORD:
            t.variant = (t.variant + self.rng.randint(1, len(t.spec.texts) - 1)) % len(t.spec.texts)
            return UPDATED, "reworded"
        if t.mitigation is not None and len(t.spec.mitigations) > 1 and self.rng.random() < P_NEW_MITIGATION:
            t.mitigation = (t.mitigation + 1) % len(t.spec.mitigations)
            return UPDATED, "mitigation"
        return CONTINUING, None

    def _force_update(self, today: date, statuses: dict[str, tuple[str, str | None]]) -> None:
        """A report where nothing changed at all is unrealistic: move one figure."""
        for key in self.keys:
            for t in self.live[key]:
                movable = [n for n, f in t.figures.items() if f.hi > f.lo]
                if movable:
                    self._move(t.figures[self.rng.choice(movable)], today)
                    statuses[t.id] = (UPDATED, "figures")
                    return

    # ------------------------------------------------------------------ new threads

    def _add_to(
        self,
        threads: list[_Thread],
        key: str,
        today: date,
        statuses: dict[str, tuple[str, str | None]],
        at_end: bool | None = None,
    ) -> bool:
        bank = self.banks[key]
        live = {t.spec_index for t in self.live[key]} | {t.spec_index for t in threads}
        free = [
            i
            for i in range(len(bank))
            if i not in live and self.number - self.retired.get((key, i), -REUSE_AFTER) >= REUSE_AFTER
        ]
        if not free:
            return False
        idx = self.rng.choice(free)
        spec = bank[idx]
        self._seq += 1
        t = _Thread(
            id=f"{self.series_id}#{key}-{self._seq:03d}",
            key=key,
            spec_index=idx,
            spec=spec,
            variant=self.rng.randrange(len(spec.texts)),
            figures={n: self._figure(s, today) for n, s in sorted(spec.figures.items())},
            born=self.number,
        )
        if spec.levels:
            t.level = 1 if self.rng.random() < 0.3 else 0
            t.max_level = t.level
        if spec.mitigations and self.rng.random() < P_HAS_MITIGATION:
            t.mitigation = self.rng.randrange(len(spec.mitigations))
        lead = self.style.mitigation
        t.mitigation_lead = self.rng.choice(("is", "colon")) if lead == "mixed" else lead
        if at_end is None:
            at_end = self.number == 1 or self.rng.random() < 0.7
        if at_end:
            threads.append(t)
        else:
            threads.insert(0, t)
        statuses[t.id] = (NEW, None)
        return True

    def _figure(self, spec: str, today: date) -> _Figure:
        kind, lo_s, hi_s = spec.split()
        lo, hi = int(lo_s), int(hi_s)
        if kind in ("date", "month"):
            return _Figure(kind, lo, hi, today + timedelta(days=self.rng.randint(lo, hi)))
        return _Figure(kind, lo, hi, self.rng.randint(lo, hi))

    def _move(self, f: _Figure, today: date) -> None:
        old = f.value
        if f.kind in ("date", "month"):
            new: int | date = today + timedelta(days=self.rng.randint(f.lo, f.hi))
        elif f.kind == "cum":
            assert isinstance(old, int)
            new = old + max(1, round(old * self.rng.uniform(0.04, 0.2)))
        else:
            assert isinstance(old, int)
            step = max(1, round((f.hi - f.lo) * self.rng.uniform(0.04, 0.15)))
            new = old + (step if self.rng.random() < 0.5 else -step)
            if not f.lo <= new <= f.hi:
                new = old - (new - old)
            new = min(f.hi, max(f.lo, new))
        f.was, f.value = old, new

    # ------------------------------------------------------------------ rendering

    def _render_section(self, key: str, today: date, statuses: dict[str, tuple[str, str | None]]) -> list[TruthItem]:
        threads = self.live[key]
        out = []
        for i, t in enumerate(threads):
            last = i == len(threads) - 1
            text, mitigation = self._render(t, last)
            status, change = statuses.get(t.id, (CONTINUING, None))
            if status == UPDATED and text.rstrip(".;") == t.last_text.rstrip(".;"):
                status, change = CONTINUING, None  # a date moved within the same month, say
            t.last_text = text
            out.append(TruthItem(key, t.id, status, text, change, mitigation))
        return out

    def _render(self, t: _Thread, last: bool) -> tuple[str, str | None]:
        body = self._fill(t.spec.texts[t.variant], t)
        end = {"semicolon": "." if last else ";", "stop": ".", "none": ""}[self.style.punct]
        if t.closing:
            return f"{body}. This risk has reduced and will be removed from the next report{end or '.'}", None
        if t.mitigation is None:
            return body + end, None
        mitigation = self._fill(t.spec.mitigations[t.mitigation], t, capital=False) + (end or ".")
        if t.mitigation_lead == "colon":
            mitigation = mitigation[0].upper() + mitigation[1:]
            return f"{body}. Mitigation: {mitigation}", mitigation
        return f"{body}. Mitigation is {mitigation}", mitigation

    def _fill(self, text: str, t: _Thread, capital: bool = True) -> str:
        for name, attr in _slots(text):
            if name == "trend":
                value = t.spec.levels[t.level]
            elif name in t.figures:
                f = t.figures[name]
                if attr == "was":
                    value = self._was(f)
                else:
                    value = _fmt(f, f.value)
            else:
                value = self.vocab[name]
            text = text.replace("{" + name + ("." + attr if attr else "") + "}", value, 1)
        return text[0].upper() + text[1:] if capital else text

    def _was(self, f: _Figure) -> str:
        if f.was is None or f.was == f.value or isinstance(f.value, date) or isinstance(f.was, date):
            return ""
        direction = "up" if f.value > f.was else "down"
        return f" ({direction} from {_fmt(f, f.was)} {self.was_phrase})"
