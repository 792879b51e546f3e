"""The risk register from linked risk items: threads, status, trend."""

from __future__ import annotations

from datetime import date

import pytest

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


def test_a_risk_no_longer_reported_is_to_chase_never_closed_however_long_it_stays_away():
    entries = [
        entry(1, None, 0, "Beds short."),
        entry(2, None, 0, "PPE supply uncertain."),
        entry(3, 2, 3, "PPE supply uncertain."),
    ]
    threads = {t.thread_id: t for t in build_threads(entries, {"S": 3})}
    assert threads[1].status == "unreported"
    assert threads[1].label == "not reported since 6 April 2020"
    assert threads[2].status == "open" and threads[2].reports == 2
    quiet = build_threads(entries, {"S": 40})
    assert {t.status for t in quiet} == {"unreported"}


def test_a_risk_is_resolved_only_when_a_report_says_so():
    [t] = build_threads(
        [entry(1, None, 0, "Hotel contracts issue resolved and will be removed from the next report.")], {"S": 0}
    )
    assert (t.status, t.label) == ("resolved", "resolved")


@pytest.mark.parametrize(
    ("latest", "label"),
    [
        ("The risk of a spike in referrals is increasing.", "escalating"),
        ("Gaps in learning for disadvantaged pupils are widening.", "escalating"),
        ("The risk to placements is now significant.", "escalating"),
        ("Pressure on beds is easing.", "de-escalating"),
        ("Placements remain tight.", "open"),
    ],
)
def test_the_register_labels_a_risk_as_the_brief_does(latest, label):
    [t] = build_threads([entry(1, None, 0, "Placements remain tight."), entry(2, 1, 1, latest)], {"S": 1})
    assert t.label == label


def test_open_risks_come_first_new_then_escalating_then_those_to_chase_then_the_resolved():
    entries = [
        entry(1, None, 0, "Issue with contracts resolved."),
        entry(2, None, 0, "Beds short."),
        entry(3, None, 0, "Staffing is stable."),
        entry(4, 3, 1, "Staffing is stable."),
        entry(5, None, 0, "Referrals are low."),
        entry(6, 5, 1, "Referrals are increasing."),
        entry(7, None, 1, "Transport is short by 266 seats."),
    ]
    assert [t.thread_id for t in build_threads(entries, {"S": 1})] == [7, 5, 3, 2, 1]


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
