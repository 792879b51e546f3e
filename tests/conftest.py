"""Shared test helpers: where the third-party corpus lives, and the published JSON schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def parse_schema() -> dict:
    return json.loads((resources.files("sitroom") / "schemas" / "parse.schema.json").read_text())


@pytest.fixture(scope="session")
def validate_report(parse_schema):
    """Validate a parse output (one object or a list) against the published schema."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(parse_schema, format_checker=jsonschema.FormatChecker())

    def check(data: dict | list) -> None:
        for obj in data if isinstance(data, list) else [data]:
            validator.validate(obj)

    return check


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when the third-party material is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available")
    return p


pytest_plugins = ["db_fixtures"]


@pytest.fixture(autouse=True, scope="session")
def _test_client_host_allowed():
    """Starlette's test client sends ``Host: testserver``: allow it as a deployment allows its own name.
    Tests of the host check pass ``allowed_hosts`` to ``create_app`` themselves."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SITROOM_ALLOWED_HOSTS", "testserver")
        yield
