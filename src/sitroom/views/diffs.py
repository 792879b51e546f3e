"""A stored report's items paired with those of an earlier report, as pairs with a status.

Against the report before it in its series, the pairs are the links stored at ingest (what the
report page, the brief and the risk register use). Against any other report, the items are linked
afresh by the same linker as ``sitroom diff``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from sitroom.analyse.diff import diff_reports
from sitroom.analyse.link import CONTINUING, DROPPED, NEW, UPDATED
from sitroom.errors import SitroomError
from sitroom.store.queries import get_report, report_as_model
from sitroom.store.tables import Item, Report, Section
from sitroom.views.reports import report_view

STATUSES = (NEW, UPDATED, CONTINUING, DROPPED)


class NothingToCompare(SitroomError):
    """The report is the first of its series and no other report was named to compare it with."""

    http_status = 404


def _ref(item: Item, section: Section) -> dict:
    return {
        "id": item.id,
        "report_id": item.report_id,
        "text": item.text,
        "section_key": section.key,
        "heading": section.heading,
    }


def _item_refs(report: Report) -> list[dict]:
    # Document order: the numbering diff_reports uses (report_as_model walks sections and items alike).
    return [_ref(i, s) for s in report.sections for i in s.items]


def _pair(status: str, old: dict | None, new: dict | None, score: float | None = None, possible: bool = False):
    return {"status": status, "score": score, "possible": possible, "old": old, "new": new}


def _stored_pairs(session: Session, report_id: int) -> tuple[int, list[dict]]:
    view = report_view(session, report_id)
    if view.previous is None:
        raise NothingToCompare(
            f"report {report_id} is the first of its series: there is no earlier report to compare it with"
        )
    pairs = []
    for s in view.report.sections:
        for i in s.items:
            st = view.statuses.get(i.id)
            if st is None or st.status == NEW or st.prev_item_id is None:
                pairs.append(_pair(NEW, None, _ref(i, s)))
                continue
            old = {
                "id": st.prev_item_id,
                "report_id": st.prev_report_id,
                "text": st.prev_text or "",
                "section_key": None,
                "heading": None,
            }
            pairs.append(_pair(st.status, old, _ref(i, s), possible=st.possible))
    pairs += [
        _pair(
            DROPPED,
            {"id": d.item_id, "report_id": d.report_id, "text": d.text, "section_key": None, "heading": d.heading},
            None,
        )
        for d in view.dropped
    ]
    return view.previous.id, pairs


def _fresh_pairs(session: Session, report_id: int, against: int) -> list[dict]:
    old_items, new_items = _item_refs(get_report(session, against)), _item_refs(get_report(session, report_id))
    diff = diff_reports(report_as_model(session, against), report_as_model(session, report_id))
    by_new: dict[int, list] = {}
    for x in diff.links:
        by_new.setdefault(x.new, []).append(x)
    pairs = []
    # An item merged from two (or split in two) has two links: one pair each, so nothing is hidden.
    for n, item in enumerate(new_items):
        links = by_new.get(n)
        if not links:
            pairs.append(_pair(NEW, None, item))
        for x in links or ():
            pairs.append(_pair(x.status, old_items[x.old], item, round(x.score, 3), x.possible))
    pairs += [_pair(DROPPED, old_items[o], None) for o in diff.dropped_items]
    return pairs


def diff_stored(session: Session, report_id: int, against: int | None = None) -> dict:
    """``{"old": id, "new": id, "counts": {status: pairs}, "pairs": [...]}``: each item of report
    ``report_id`` with its predecessor (``old``) in the earlier report, in the new report's order, then
    the dropped items. Without ``against``: the stored links to the report before it.

    Raises ``ReportNotFound`` for an unknown report, ``NothingToCompare`` for the first report of a
    series when ``against`` is not given.
    """
    if against is None:
        against, pairs = _stored_pairs(session, report_id)
    else:
        pairs = _fresh_pairs(session, report_id, against)
    counts = {s: sum(1 for p in pairs if p["status"] == s) for s in STATUSES}
    return {"old": against, "new": report_id, "counts": counts, "pairs": pairs}
