"""The item tracker: reordering, new figures, renamed subjects, splits, status by rule."""

from __future__ import annotations

from sitroom.analyse.link import CONTINUING, UPDATED, LinkItem, LinkOptions, link_items, status_of
from sitroom.generate.evaluate import score_generated


def items(*texts: str, key: str = "activity") -> list[LinkItem]:
    return [LinkItem(t, key) for t in texts]


def test_reordered_items_keep_their_identity():
    old = items("Day centres remain closed.", "Home care packages maintained for 120 people.", "PPE stocks adequate.")
    new = items("PPE stocks adequate.", "Day centres remain closed.", "Home care packages maintained for 120 people.")
    diff = link_items(old, new)
    assert {(x.old, x.new, x.status) for x in diff.links} == {
        (0, 1, CONTINUING),
        (1, 2, CONTINUING),
        (2, 0, CONTINUING),
    }
    assert diff.new_items == [] and diff.dropped_items == []


def test_new_figures_make_an_update_not_a_new_item():
    old = items("As of 13 September, 190 experts are deployed by WHO to support response activities.")
    new = items("As of 18 September, 209 experts have been deployed by WHO to support response activities.")
    diff = link_items(old, new)
    assert [(x.old, x.new, x.status) for x in diff.links] == [(0, 0, UPDATED)]


def test_status_is_decided_by_facts_not_by_score():
    assert status_of("Staff absence at 7%.", "Staff absence at 9%.") == UPDATED
    assert status_of("The centre is open.", "The centre is closed.") == UPDATED
    assert status_of("Visits take place by video call.", "Visits are taking place by video call.") == CONTINUING
    assert status_of("Absence at 5% in most teams;", "Absence at 5% in most teams.") == CONTINUING


def test_a_renamed_subject_still_links():
    old = items("WHO has published guidance on 2019-nCoV infection prevention and control in health care settings.")
    new = items("WHO has published guidance on COVID-19 infection prevention and control in health care settings.")
    diff = link_items(old, new)
    assert [(x.old, x.new) for x in diff.links] == [(0, 0)]


def test_new_and_dropped_items():
    old = items("Day centres remain closed.", "Hotel rooms booked for rough sleepers.")
    new = items("Day centres remain closed.", "Flood barriers deployed on the river front.")
    diff = link_items(old, new)
    assert [(x.old, x.new) for x in diff.links] == [(0, 0)]
    assert diff.new_items == [1] and diff.dropped_items == [1]


def test_an_item_can_move_between_sections():
    old = [LinkItem("Supply of aprons and gloves for home visits is uncertain beyond next week.", "activity")]
    new = [LinkItem("Supply of aprons and gloves for home visits is uncertain beyond next week.", "risks")]
    assert [(x.old, x.new) for x in link_items(old, new).links] == [(0, 0)]


def test_an_item_split_in_two_gets_two_links():
    old = items("Referrals from schools remain low and referrals from health visitors remain low.")
    new = items("Referrals from schools remain low.", "Referrals from health visitors remain low.")
    diff = link_items(old, new, LinkOptions(split=0.55))
    assert sorted((x.old, x.new) for x in diff.links) == [(0, 0), (0, 1)]


def test_no_items_on_either_side():
    assert link_items([], items("A.")).new_items == [0]
    assert link_items(items("A."), []).dropped_items == [0]


def test_generated_series_are_tracked_with_their_ground_truth():
    score = score_generated(series=4, reports=8)
    assert score.f1 >= 0.95
    assert score.status_accuracy >= 0.9


def test_char_tfidf_gives_the_numbers_of_scikit_learn():
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from sitroom.analyse.link import char_tfidf

    texts = ["staff absence at #% across the service", "a b", "referrals from schools remain low", "", "ppe ppe ppe"]
    ours = char_tfidf(texts)
    theirs = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(texts)
    assert np.allclose((ours @ ours.T).toarray(), (theirs @ theirs.T).toarray())
