"""Theme tags: keywords with plural and case rules, similarity, the default taxonomy, user files, errors."""

from __future__ import annotations

import os

import pytest
import yaml

from sitroom.analyse.recent import Recent
from sitroom.analyse.themes import (
    KEYWORD,
    SIMILARITY,
    Taxonomy,
    TaxonomyError,
    load_taxonomy,
    stem,
    taxonomy_from_data,
)
from sitroom.errors import SitroomError

# Items as children's services and outbreak sitreps print them.
PPE = "Greater access to PPE, but continuing to use only in line with Public Health England guidance."
SEED_ITEMS = {
    PPE: "ppe",
    "Workforce availability steady in both authorities with percentage actually off sick at around 5% level in "
    "most service areas": "workforce",
    "Placement position currently just about manageable for children in care. Mitigation is continued placement "
    "provider liaison by Access to Resources Team;": "placements",
    "Continued low rates of referrals – in line with children not being seen for example in schools – but risk is "
    "that there is a significant spike in referrals once system returns to normality.": "referrals",
    "Low numbers of vulnerable children accessing school places despite best efforts.": "education",
    "Additional costs of £124,000 to date, mainly placements and agency staff;": "finance",
    "Youth justice board are releasing some young offenders early placing additional capacity strains on "
    "placement and housing markets.": "youth_justice",
    "Other visits taking place virtually and/or being delayed;": "visits",
    "Weekly message from the Director to all staff; foster carer newsletter issued on 1 May.": "communications",
    "The eastern region of association of directors of children's services is asking all local authorities to "
    "develop recovery plans to replace the self-assessment process.": "recovery",
    "Cherry Lodge in Peterborough open to highest priority children and young people with disabilities from "
    "tomorrow;": "vulnerable",
    "Ensuring that those who are only able to work from home are updating case files including chronologies.": (
        "it_systems"
    ),
    "Conducted five safe and dignified burials in Mubende and Kassanda within the past 24 hours.": "ppe",
    "Team Kyegegwa counselled the parents of the newly confirmed case; 151 samples processed at the mobile lab.": (
        "health"
    ),
    "Hon. Minister held a coordination meeting with partners to gather support for the EVD response.": ("partnerships"),
    "DSWD-FO III has served 1,504,018 SAP beneficiaries amounting to ₱9,776,117,000.00.": "finance",
}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def keys(tags) -> list[str]:
    return [t.key for t in tags]


def test_the_ppe_item_is_tagged_ppe_by_keyword(taxonomy):
    tags = taxonomy.tag(PPE)
    assert tags[0].key == "ppe"
    assert tags[0].by == KEYWORD and 0.5 <= tags[0].score <= 1.0


@pytest.mark.parametrize(("text", "theme"), SEED_ITEMS.items())
def test_real_sitrep_items_get_their_theme(taxonomy, text, theme):
    assert theme in keys(taxonomy.tag(text))


def test_at_most_three_tags_best_first(taxonomy):
    text = (
        "Staff absence at 7% means fewer face to face visits to vulnerable children; additional costs of agency "
        "staff and placements are rising, and schools are closed."
    )
    tags = taxonomy.tag(text)
    assert len(tags) == 3
    scores = [t.score for t in tags]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 < s <= 1.0 for s in scores)


def test_plurals_and_endings_fold_both_ways(taxonomy):
    assert "placements" in keys(taxonomy.tag("Two new placements were found."))
    assert "workforce" in keys(taxonomy.tag("Staffing remains stable."))
    assert "visits" in keys(taxonomy.tag("Visiting continues."))
    assert stem("placements") == stem("placement")
    assert stem("isolating") == stem("isolate")
    assert stem("referred") == stem("refer")


def test_abbreviations_match_only_in_capitals(taxonomy):
    assert keys(taxonomy.tag("It is not clear who will decide.")) == []
    assert "it_systems" in keys(taxonomy.tag("IT support for new starters."))
    assert "health" in keys(taxonomy.tag("GPs are offering telephone appointments."))
    assert "partnerships" in keys(taxonomy.tag("WHO is supporting the ministry."))


def test_words_inside_other_words_do_not_match(taxonomy):
    # "staff" is a keyword; "Staffordshire" is a county, not a workforce matter.
    assert "workforce" not in keys(taxonomy.tag("Staffordshire reported no change."))


def test_longest_phrase_wins_over_its_words(taxonomy):
    tags = taxonomy.tag("The designated safeguarding lead attended.")
    assert keys(tags) == ["education"]


def test_tag_many_matches_tag_and_handles_empty_input(taxonomy):
    texts = [*SEED_ITEMS, "", "   ", "12 34"]
    assert taxonomy.tag_many(texts) == [taxonomy.tag(t) for t in texts]
    assert taxonomy.tag_many([]) == []
    assert taxonomy.tag("") == []


def test_the_fast_vectoriser_equals_sklearn(taxonomy):
    texts = [*SEED_ITEMS, "", "Visting children virtually – morale good!"]
    fast = taxonomy._vectorise(texts).toarray()
    slow = taxonomy._vectorizer.transform(texts).toarray()
    assert fast == pytest.approx(slow, abs=1e-12)


def test_default_taxonomy_has_the_fourteen_themes(taxonomy):
    assert {t.key for t in taxonomy.themes} == {
        "workforce",
        "ppe",
        "placements",
        "referrals",
        "education",
        "finance",
        "youth_justice",
        "health",
        "partnerships",
        "communications",
        "recovery",
        "visits",
        "vulnerable",
        "it_systems",
    }
    for theme in taxonomy.themes:
        assert theme.label and len(theme.description) > 80
        assert 10 <= len(theme.keywords) <= 31, theme.key


def user_taxonomy() -> dict:
    return {
        "name": "floods",
        "similarity_threshold": 0.2,
        "themes": [
            {
                "key": "flood",
                "label": "Flooding",
                "description": "River levels, flood defences, sandbags and evacuation of riverside homes",
                "keywords": ["flood warning"],
            },
            {
                "key": "snow",
                "label": "Snow and ice",
                "description": "Snow and ice: gritting of roads, school closures in cold weather",
                "keywords": ["gritter"],
            },
        ],
    }


def test_similarity_tags_items_without_a_keyword(tmp_path):
    path = tmp_path / "floods.yaml"
    path.write_text(yaml.safe_dump(user_taxonomy()), encoding="utf-8")
    tx = load_taxonomy(path)
    assert tx.name == "floods" and tx.source == str(path)
    [tag] = tx.tag("Sandbags delivered to riverside homes as river levels rise")
    assert (tag.key, tag.by) == ("flood", SIMILARITY)
    assert tx.tag("Flood warnings issued for the valley")[0] == tx.tag("Flood warning issued")[0]
    assert tx.tag("Flood warnings issued")[0].by == KEYWORD
    assert tx.tag("The office party was a success") == []


def test_similarity_threshold_comes_from_the_file():
    data = user_taxonomy()
    data["similarity_threshold"] = 0.9
    tx = taxonomy_from_data(data, "strict.yaml")
    assert tx.tag("Sandbags delivered to riverside homes as river levels rise") == []


def test_env_var_names_the_user_taxonomy(tmp_path, monkeypatch):
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(user_taxonomy()), encoding="utf-8")
    monkeypatch.setenv("SITROOM_TAXONOMY", str(path))
    assert load_taxonomy().name == "floods"
    monkeypatch.delenv("SITROOM_TAXONOMY")
    assert load_taxonomy().name == "public-services"


def test_an_edited_file_is_read_again(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(user_taxonomy()), encoding="utf-8")
    assert load_taxonomy(path).label == "floods"
    data = user_taxonomy() | {"label": "Floods and snow"}
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert load_taxonomy(path).label == "Floods and snow"


def test_a_bare_list_of_themes_is_accepted():
    tx = taxonomy_from_data([{"key": "a", "keywords": ["alpha"]}], "list.yaml")
    assert tx.name == "list" and keys(tx.tag("Alpha team")) == ["a"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("themes: [unclosed", "not valid YAML"),
        ("just text", "must be a mapping"),
        ("themes: []", "non-empty list"),
        ("themes:\n  - label: no key\n    keywords: [x]", "has no 'key'"),
        ("themes:\n  - key: a\n    keywords: alpha", "list of strings"),
        ("themes:\n  - key: a", "needs keywords or a description"),
        ("themes:\n  - {key: a, keywords: [x]}\n  - {key: a, keywords: [y]}", "duplicate theme keys"),
        ("similarity_threshold: 2\nthemes:\n  - {key: a, keywords: [x]}", "similarity_threshold"),
        ("max_tags: many\nthemes:\n  - {key: a, keywords: [x]}", "must be numbers"),
    ],
)
def test_bad_taxonomy_files_raise_a_clear_error(tmp_path, content, reason):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError) as err:
        load_taxonomy(path)
    assert str(path) in str(err.value) and reason in str(err.value)
    assert isinstance(err.value, SitroomError)


def test_a_missing_file_is_a_taxonomy_error(tmp_path):
    with pytest.raises(TaxonomyError, match=r"nothere\.yaml"):
        load_taxonomy(tmp_path / "nothere.yaml")


def test_a_tagger_keeping_few_texts_tags_as_one_keeping_all(taxonomy):
    # Memory stays flat because tagging keeps only the texts and words used last; a batch larger than
    # what it keeps must still be tagged in full, and the same as by a tagger that forgot nothing.
    small = Taxonomy(taxonomy.name, taxonomy.themes)
    small._tag_cache, small._word_features, small._stems = Recent(5), Recent(40), Recent(30)
    texts = [*SEED_ITEMS, *list(SEED_ITEMS)[:3]]
    expected = [taxonomy.tag(t) for t in texts]
    assert small.tag_many(texts) == expected
    assert small.tag_many(texts[::-1]) == expected[::-1]
    assert (len(small._tag_cache), len(small._word_features), len(small._stems)) == (5, 40, 30)
