"""The risk register from linked risk items: threads, status, trend."""

from __future__ import annotations

from datetime import date

from sitroom.analyse.risks import RiskEntry, build_threads, trend_of


def entry(item_id, prev, pos, text, mitigation=None):
    return RiskEntry(item_id, prev, "S", 100 + pos, pos, date(2020, 4, 6 + 7 * pos), text, mitigation)


def test_a_chain_of_linked_items_is_one_thread_with_its_latest_text_and_dates():
    entries = [
        entry(1, None, 0, "Referrals are low.", "weekly calls"),
        entry(2, 1, 1, "Referrals are low and a spike is increasing."),
        entry(3, 2, 2, "Referrals are low and a spike is now critical."),
    ]
    [t] = build_threads(entries, {"S": 2})
    assert (t.thread_id, t.reports, t.status, t.trend) == (1, 3, "open", "escalating")
    assert t.text == "Referrals are low and a spike is now critical."
    assert t.mitigation == "weekly calls"  # the latest stated mitigation
    assert (t.first_seen, t.last_seen) == (date(2020, 4, 6), date(2020, 4, 20))


def test_a_risk_not_reported_for_n_reports_is_closed():
    entries = [
        entry(1, None, 0, "Beds short."),
        entry(2, None, 0, "PPE supply uncertain."),
        entry(3, 2, 3, "PPE supply uncertain."),
    ]
    threads = {t.thread_id: t for t in build_threads(entries, {"S": 3}, close_after=2)}
    assert threads[1].status == "closed"
    assert threads[2].status == "open" and threads[2].reports == 2
    assert build_threads(entries, {"S": 3}, close_after=4)[0].status == "open"


def test_a_risk_that_says_it_is_resolved_is_closed():
    [t] = build_threads(
        [entry(1, None, 0, "Hotel contracts issue resolved and will be removed from the next report.")], {"S": 0}
    )
    assert t.status == "closed"


def test_trend_from_figures_and_wording():
    assert trend_of(["Absence at 5%.", "Absence at 9%."]) == "escalating"
    assert trend_of(["Absence at 9%.", "Absence at 5%."]) == "de-escalating"
    assert trend_of(["Risk is significant.", "Risk is reducing and manageable."]) == "de-escalating"
    assert trend_of(["Beds short.", "Beds short."]) == "stable"


def test_a_split_risk_continues_as_two_threads():
    entries = [
        entry(1, None, 0, "Low referrals and low attendance."),
        entry(2, 1, 1, "Low referrals."),
        entry(3, 1, 1, "Low attendance."),
    ]
    threads = build_threads(entries, {"S": 1})
    assert sorted(t.item_ids for t in threads) == [[1, 2], [3]]
