"""Measuring the tracker on generated series, whose ground truth says which item continues which."""

from __future__ import annotations

from dataclasses import dataclass

from sitroom.analyse.link import CONTINUING, UPDATED, LinkItem, LinkOptions, link_items
from sitroom.generate import iter_series


@dataclass(slots=True)
class LinkScore:
    true_links: int = 0
    gold_links: int = 0
    predicted_links: int = 0
    status_ok: int = 0

    @property
    def f1(self) -> float:
        p = self.true_links / self.predicted_links if self.predicted_links else 1.0
        r = self.true_links / self.gold_links if self.gold_links else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        return self.status_ok / self.true_links if self.true_links else 1.0


def gold_status(status: str, change: str | None) -> str:
    """The generator calls a reworded item "updated"; a reader (and the gold format) calls it continuing."""
    return CONTINUING if status == UPDATED and change == "reworded" else status


def score_generated(series: int = 6, reports: int = 12, seed: int = 0, options: LinkOptions | None = None) -> LinkScore:
    """Link F1 and status accuracy of :func:`link_items` over consecutive generated reports."""
    score = LinkScore()
    for reps in iter_series(series, reports, seed=seed):
        previous = None
        for rep in reps:
            items = [it for it in rep.content.items() if it.status != "dropped"]
            if previous is not None:
                old_threads = [it.thread for it in previous]
                gold = {
                    (old_threads.index(it.thread), n): gold_status(it.status, it.change)
                    for n, it in enumerate(items)
                    if it.thread in old_threads
                }
                diff = link_items(
                    [LinkItem(it.text, it.key) for it in previous], [LinkItem(it.text, it.key) for it in items], options
                )
                predicted = {(x.old, x.new): x.status for x in diff.links}
                hits = [k for k in predicted if k in gold]
                score.true_links += len(hits)
                score.gold_links += len(gold)
                score.predicted_links += len(predicted)
                score.status_ok += sum(1 for k in hits if predicted[k] == gold[k])
            previous = items
    return score
