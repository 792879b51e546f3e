"""Shared test helpers: where the third-party corpus lives, and the published JSON schema."""

from __future__ import annotations

import json
import os
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

# A skip whose reason starts with this is part of the design (a test that means one database only);
# in CI every other skip is a failure: CI installs PostgreSQL, Chromium, axe-core and the corpus is beside it.
BY_DESIGN = "by design:"
_unexpected_skips: list[str] = []


def _allowed_in_ci(reason: str) -> bool:
    if reason.startswith(BY_DESIGN):
        return True
    # .ci/run names what it could not install on this machine (comma-separated words of the skip reasons)
    allowed = [w.strip() for w in os.environ.get("SITROOM_CI_ALLOWED_SKIPS", "").split(",") if w.strip()]
    return any(w in reason for w in allowed)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # a strict expected failure (a known failure the test names) is reported as skipped, but no test was skipped
    if report.skipped and os.environ.get("CI") and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        if not _allowed_in_ci(reason):
            _unexpected_skips.append(f"{report.nodeid}: {reason}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _unexpected_skips and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter, exitstatus: int) -> None:
    if _unexpected_skips:
        terminalreporter.section("skips CI should not have")
        for line in _unexpected_skips:
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True, scope="session")
def _test_client_host_allowed():
    """Starlette's test client sends ``Host: testserver``: allow it as a deployment allows its own name.
    Tests of the host check pass ``allowed_hosts`` to ``create_app`` themselves."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SITROOM_ALLOWED_HOSTS", "testserver")
        yield
