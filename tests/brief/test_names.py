"""Series names shortened where the brief's context makes them clear."""

from __future__ import annotations

from sitroom.brief.names import short_names

CS = "Northfield Council – Children's Services Sitrep"
ED = "Northfield Council: Education COVID-19 Sitrep"
ASC = "Adult Social Care COVID-19 Situation Report – Southfield County Council"


def test_one_organisation_drops_its_name_and_the_generic_words():
    orgs = {CS: "Northfield Council", ED: "Northfield Council"}
    assert short_names([CS, ED], orgs) == {CS: "Children's Services", ED: "Education COVID-19"}


def test_words_every_name_shares_go_and_names_stay_apart():
    names = short_names([ED, ASC], {ED: "Northfield Council", ASC: "Southfield County Council"})
    assert names[ED] == "Northfield: Education"  # "COVID-19" and "Council" are in both
    assert names[ASC] == "Adult Social Care – Southfield County"
    assert len(set(names.values())) == 2


def test_a_name_that_would_vanish_or_collide_is_kept_whole():
    a, b = "Northfield Council Sitrep", "Northfield Council Situation Report"
    assert short_names([a, b], {a: "Northfield Council", b: "Northfield Council"}) == {a: a, b: b}
    assert short_names(["Housing"], {}) == {"Housing": "Housing"}
