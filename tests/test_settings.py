"""The data files and database named in the environment: read by one function, one default each."""

from __future__ import annotations

import os
from pathlib import Path

from sitroom.settings import DataSettings, data_settings


def test_unset_or_empty_variables_leave_the_packaged_defaults():
    assert data_settings({}) == DataSettings()
    empty = {name: "" for name in ("SITROOM_DB", "SITROOM_TEMPLATES", "SITROOM_TAXONOMY", "SITROOM_GAZETTEER")}
    assert data_settings(empty) == DataSettings()


def test_path_lists_split_on_the_path_separator_and_skip_empty_parts():
    env = {
        "SITROOM_TEMPLATES": os.pathsep.join(["/srv/templates", "", "local"]),
        "SITROOM_GAZETTEER": "/srv/places.yaml",
        "SITROOM_TAXONOMY": "/srv/themes.yaml",
        "SITROOM_SPACY_MODEL": "en_core_web_sm",
        "SITROOM_EMBEDDING_MODEL": "/models/minilm",
        "SITROOM_DB": "sqlite:///x.db",
    }
    s = data_settings(env)
    assert s.templates == (Path("/srv/templates"), Path("local"))
    assert s.gazetteers == (Path("/srv/places.yaml"),)
    assert (s.taxonomy, s.spacy_model, s.embedding_model) == ("/srv/themes.yaml", "en_core_web_sm", "/models/minilm")
    assert s.database == "sqlite:///x.db"
