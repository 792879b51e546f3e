"""Property-based API tests: requests generated from /openapi.json never get a server error.

The app serves a seeded store of its own (POST /upload writes to it). Each operation of the schema
gets its own test with Hypothesis driving schemathesis' case strategy (schemathesis' lazy pytest
loader does not work with pytest 9); a separate test fails when the schema gains an operation that
is not listed here. The brief is drawn in every format but PDF, whose printing takes seconds a
call (test_api.py checks the PDF brief itself).
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from sitroom.store import make_engine
from sitroom.web import create_app

from .conftest import seed_store

OPERATIONS = [
    ("GET", "/api/v1/health"),
    ("GET", "/api/v1/series"),
    ("GET", "/api/v1/series/{series_id}"),
    ("GET", "/api/v1/reports"),
    ("GET", "/api/v1/reports/{report_id}"),
    ("GET", "/api/v1/reports/{report_id}/original"),
    ("GET", "/api/v1/reports/{report_id}/diff"),
    ("GET", "/api/v1/items/{item_id}"),
    ("GET", "/api/v1/links"),
    ("GET", "/api/v1/risks"),
    ("GET", "/api/v1/figures"),
    ("GET", "/api/v1/themes"),
    ("GET", "/api/v1/search"),
    ("POST", "/api/v1/upload"),
    ("GET", "/api/v1/brief"),
]
MAX_EXAMPLES = 25


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    """The app's schema, served by an app on a seeded SQLite store of this module's own."""
    path = tmp_path_factory.mktemp("schemathesis") / "seeded.db"
    engine = make_engine(f"sqlite:///{path}")
    seed_store(engine)
    engine.dispose()
    app = create_app(f"sqlite:///{path}", max_upload_mb=1)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.engine.dispose()


def test_every_operation_is_exercised(api_schema):
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_server_error(api_schema, method, path):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        if path == "/api/v1/brief" and (case.query or {}).get("format") == "pdf":
            case.query["format"] = "docx"
        case.call_and_validate(
            checks=[not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]
        )

    check()
