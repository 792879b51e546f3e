"""Organisations and places: gazetteer names, abbreviations, patterns, user files, errors, optional spaCy."""

from __future__ import annotations

import sys
import types

import pytest
import yaml

from sitroom.analyse.entities import ORGANISATION, PLACE, Entity, Gazetteer, GazetteerError
from sitroom.analyse.gazetteers import load_gazetteer
from sitroom.errors import SitroomError


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def names(ents: list[Entity]) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in ents]


def test_public_health_england_in_a_seed_item(gaz):
    text = "Greater access to PPE, but continuing to use only in line with Public Health England guidance."
    [ent] = gaz.find(text)
    assert (ent.name, ent.kind, ent.text, ent.by) == ("Public Health England", ORGANISATION, ent.text, "gazetteer")
    assert text[ent.start : ent.end] == "Public Health England"


def test_names_match_whatever_their_case_when_they_have_several_words(gaz):
    text = (
        "Youth justice board are releasing some young offenders early; the eastern region of association of "
        "directors of children’s services is asking all local authorities to develop recovery plans."
    )
    assert names(gaz.find(text)) == [
        ("Youth Justice Board", ORGANISATION),
        ("Association of Directors of Children's Services", ORGANISATION),
    ]


def test_abbreviations_match_exactly_as_written(gaz):
    found = gaz.find("PHE and UKHSA advice; DfE guidance; CQC inspections paused; two CCGs merged; the LRF met.")
    assert names(found) == [
        ("Public Health England", ORGANISATION),
        ("UK Health Security Agency", ORGANISATION),
        ("Department for Education", ORGANISATION),
        ("Care Quality Commission", ORGANISATION),
        ("Clinical Commissioning Group", ORGANISATION),
        ("Local Resilience Forum", ORGANISATION),
    ]
    assert gaz.find("the phe said, dfe and cqc; who knows") == []


def test_places_need_a_capital(gaz):
    assert names(gaz.find("Cherry Lodge in Peterborough and homes in Cambridgeshire")) == [
        ("Peterborough", PLACE),
        ("Cambridgeshire", PLACE),
    ]
    assert gaz.find("we are in kent about hull repairs") == []
    assert names(gaz.find("KENT and Hull")) == [("Kent", PLACE), ("Kingston upon Hull", PLACE)]


def test_the_longest_match_wins(gaz):
    found = gaz.find("Peterborough City Council and Public Health England in the East of England.")
    assert names(found) == [
        ("Peterborough City Council", ORGANISATION),
        ("Public Health England", ORGANISATION),
        ("East of England", PLACE),
    ]


def test_patterns_name_councils_police_fire_and_nhs_bodies(gaz):
    text = (
        "In Cambridgeshire County Council we are experiencing delays. Avon and Somerset Constabulary, "
        "Cambridgeshire Fire & Rescue Service, Cambridgeshire and Peterborough CCG, Thames Valley Police and "
        "Stoke-on-Trent City Council joined; CAMBRIDGESHIRE COUNTY COUNCIL agreed."
    )
    found = gaz.find(text)
    assert [e.name for e in found] == [
        "Cambridgeshire County Council",
        "Avon and Somerset Constabulary",
        "Cambridgeshire Fire and Rescue Service",
        "Cambridgeshire and Peterborough Clinical Commissioning Group",
        "Thames Valley Police",
        "Stoke-on-Trent City Council",
        "Cambridgeshire County Council",
    ]
    assert all(e.by == "pattern" and e.kind == ORGANISATION for e in found)
    assert found[0].text == "Cambridgeshire County Council"  # "In" is not part of the name
    assert found[2].text == "Cambridgeshire Fire & Rescue Service"


def test_offsets_point_at_the_printed_text(gaz):
    text = (
        "Working with National Probation Service to seek probation employee secondments for Family Safeguarding "
        "in Cambridgeshire; Chair CYP Committee – communication to all staff in Peterborough City Council."
    )
    found = gaz.find(text)
    assert [e.name for e in found] == ["National Probation Service", "Cambridgeshire", "Peterborough City Council"]
    for e in found:
        assert text[e.start : e.end] == e.text


def test_find_many_matches_find(gaz):
    texts = ["Ofsted visits paused.", "", "Norfolk Constabulary and NHS England", "nothing here"]
    assert gaz.find_many(texts) == [gaz.find(t) for t in texts]
    assert gaz.find("ofsted lowercase is no body") == []


def test_user_files_add_names_aliases_and_patterns(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        yaml.safe_dump(
            {
                "organisations": [{"name": "Northfield Council", "aliases": ["NFC"]}, "Elm House Trust"],
                "places": [{"name": "Cambridgeshire", "aliases": ["Cambs"]}],
                "patterns": [{"kind": "organisation", "suffix": "Community Hub"}],
            }
        ),
        encoding="utf-8",
    )
    gaz = load_gazetteer([user])
    found = gaz.find("NFC, Elm House Trust and the Riverside Community Hub in Cambs; PHE advice")
    assert names(found) == [
        ("Northfield Council", ORGANISATION),
        ("Elm House Trust", ORGANISATION),
        ("Riverside Community Hub", ORGANISATION),
        ("Cambridgeshire", PLACE),
        ("Public Health England", ORGANISATION),
    ]
    assert gaz.sources == ("uk-public-bodies.yaml", str(user))


def test_the_env_var_names_files_or_folders(tmp_path, monkeypatch):
    folder = tmp_path / "gaz"
    folder.mkdir()
    (folder / "a.yaml").write_text("places: [Northfield]\n", encoding="utf-8")
    (folder / "b.yml").write_text("organisations: [Northfield Food Bank]\n", encoding="utf-8")
    monkeypatch.setenv("SITROOM_GAZETTEER", str(folder))
    found = load_gazetteer().find("Northfield Food Bank opened in Northfield")
    assert names(found) == [("Northfield Food Bank", ORGANISATION), ("Northfield", PLACE)]
    assert names(load_gazetteer(default=False).find("PHE in Northfield")) == [("Northfield", PLACE)]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("places: [unclosed", "not valid YAML"),
        ("- a list", "must be a mapping"),
        ("organizations: [X]", "unknown section"),
        ("places: Kent", "must be a list"),
        ("organisations:\n  - aliases: [X]", "needs a name"),
        ("organisations:\n  - {name: X, aliases: Y}", "aliases must be a list"),
        ("patterns:\n  - {kind: organisation}", "needs a suffix"),
        ("patterns:\n  - {kind: person, suffix: Trust}", "has kind 'person'"),
    ],
)
def test_bad_gazetteer_files_raise_a_clear_error(tmp_path, content, reason):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        load_gazetteer([path])
    assert str(path) in str(err.value) and reason in str(err.value)
    assert isinstance(err.value, SitroomError)


def test_a_missing_gazetteer_path_is_an_error(tmp_path):
    with pytest.raises(GazetteerError, match=r"nothere\.yaml"):
        load_gazetteer([tmp_path / "nothere.yaml"])


# -- optional spaCy ---------------------------------------------------------------------------------


def test_without_spacy_the_model_setting_is_ignored_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # as if not installed: import raises ImportError
    monkeypatch.setenv("SITROOM_SPACY_MODEL", str(tmp_path))
    gaz = load_gazetteer()
    assert names(gaz.find("Ofsted visited Norfolk")) == [("Ofsted", ORGANISATION), ("Norfolk", PLACE)]
    assert len(gaz.warnings) == 1 and "spaCy is not installed" in gaz.warnings[0]


def test_no_model_setting_means_spacy_is_never_imported(monkeypatch):
    monkeypatch.delenv("SITROOM_SPACY_MODEL", raising=False)
    monkeypatch.setitem(sys.modules, "spacy", None)
    gaz = load_gazetteer()
    gaz.find("Ofsted visited Norfolk")
    assert gaz.warnings == []


class _FakeEnt:
    def __init__(self, text: str, label: str, start: int) -> None:
        self.text, self.label_, self.start_char, self.end_char = text, label, start, start + len(text)


class _FakeNlp:
    """Stands in for a loaded spaCy pipeline: tags every known capitalised phrase it is told about."""

    def __init__(self, ents: dict[str, str]) -> None:
        self.ents = ents

    def pipe(self, texts):
        for text in texts:
            found = [_FakeEnt(t, label, text.index(t)) for t, label in self.ents.items() if t in text]
            yield types.SimpleNamespace(ents=found)


def fake_spacy(monkeypatch, ents: dict[str, str]) -> list[str]:
    loaded: list[str] = []

    def load(path):
        loaded.append(str(path))
        return _FakeNlp(ents)

    monkeypatch.setitem(sys.modules, "spacy", types.SimpleNamespace(load=load))
    return loaded


def test_spacy_entities_are_added_where_the_gazetteer_found_nothing(tmp_path, monkeypatch):
    loaded = fake_spacy(
        monkeypatch, {"Cherry Lodge": "ORG", "Mubende": "GPE", "Public Health": "ORG", "Monday": "DATE"}
    )
    gaz = Gazetteer(load_gazetteer().entries, load_gazetteer().patterns, spacy_model=tmp_path)
    text = "Cherry Lodge in Mubende follows Public Health England guidance from Monday."
    found = gaz.find(text)
    assert [(e.name, e.kind, e.by) for e in found] == [
        ("Cherry Lodge", ORGANISATION, "spacy"),
        ("Mubende", PLACE, "spacy"),
        ("Public Health England", ORGANISATION, "gazetteer"),
    ]
    gaz.find_many([text, text])
    assert loaded == [str(tmp_path)]  # loaded once, from the local path


def test_a_model_path_that_is_not_a_folder_is_not_loaded(tmp_path, monkeypatch):
    loaded = fake_spacy(monkeypatch, {"Cherry Lodge": "ORG"})
    monkeypatch.setenv("SITROOM_SPACY_MODEL", "en_core_web_sm")  # a package name: never looked up
    gaz = load_gazetteer()
    assert gaz.find("Cherry Lodge") == []
    assert loaded == [] and "not a directory" in gaz.warnings[0]


def test_a_model_that_fails_to_load_turns_spacy_off(tmp_path, monkeypatch):
    def load(path):
        raise OSError("config.cfg missing")

    monkeypatch.setitem(sys.modules, "spacy", types.SimpleNamespace(load=load))
    gaz = Gazetteer(load_gazetteer().entries, spacy_model=tmp_path)
    assert names(gaz.find("Ofsted")) == [("Ofsted", ORGANISATION)]
    assert "could not be loaded" in gaz.warnings[0]
