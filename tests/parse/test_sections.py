"""Sections: headings found with and without a template, fuzzy-mapped, unknown ones kept."""

from __future__ import annotations

from sitroom.read import parse_text

SITREP = """Children's Services Sitrep No. 7 – as of 20 April 2020

Key Activity

• Visits continue.

RISKS/CHALLENGES

• Low referrals. Mitigation: weekly calls with schools;

Workforce

• Absence at 5%.

LOCAL PARTNERS

• Police liaison daily.
"""


def test_half_a_template_is_no_template_but_headings_still_get_their_meaning():
    r = parse_text(SITREP, "s.txt")
    assert r.template is None
    assert [(s.key, s.heading) for s in r.sections] == [
        ("activity", "Key Activity"),
        ("risks", "RISKS/CHALLENGES"),
        ("workforce", "Workforce"),
        (None, "LOCAL PARTNERS"),
    ]
    assert r.sections[1].items[0].mitigation == "weekly calls with schools;"


def test_wording_variants_map_to_template_sections_and_unknown_headings_keep_key_null():
    r = parse_text(SITREP + "\nFinancial impact\n\n• Costs up 4%.\n", "s.txt")
    assert r.template == "childrens-services-covid"
    assert [(s.key, s.heading) for s in r.sections][:4] == [
        ("activity", "Key Activity"),
        ("risks", "RISKS/CHALLENGES"),
        ("workforce", "Workforce"),
        (None, "LOCAL PARTNERS"),
    ]


def test_title_date_and_number_come_from_the_masthead():
    r = parse_text(SITREP, "s.txt")
    assert r.title == "Children's Services Sitrep No. 7 – as of 20 April 2020"
    assert r.date.isoformat() == "2020-04-20"
    assert r.number == 7


def test_auto_template_picks_none_when_nothing_matches():
    r = parse_text("ELM HOUSE\n\n• Lift out of order on the 3rd floor.\n\nFLOOD DEFENCES\n\n• Barriers up.\n", "f.txt")
    assert r.template is None
    assert [(s.key, s.heading) for s in r.sections] == [(None, "ELM HOUSE"), (None, "FLOOD DEFENCES")]


def test_content_before_the_first_heading_is_a_section_without_heading():
    r = parse_text("Opening remarks on the week.\n\nHIGHLIGHTS\n\n• One.\n", "o.txt", None)
    assert r.sections[0].heading is None
    assert r.sections[0].items[0].text == "Opening remarks on the week."
    assert r.sections[1].heading == "HIGHLIGHTS"


def test_explicit_template_is_used_even_with_one_match():
    r = parse_text("Workforce\n\n• Absence at 5%.\n", "w.txt", "childrens-services-covid")
    assert r.template == "childrens-services-covid"
    assert r.sections[0].key == "workforce"


def test_item_offsets_point_at_the_item_in_the_text():
    text = "RISKS / CHALLENGES (AND MITIGATION)\n\n• Low referrals continue;\n"
    r = parse_text(text, "r.txt", "childrens-services-covid")
    item = r.items()[0]
    assert text[item.start : item.end].endswith("Low referrals continue;")
