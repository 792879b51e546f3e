"""The API's lists share one shape, and /docs shows a real-looking example of what each answers."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from sitroom.web.api import schemas

PAGE_FIELDS = {"total", "limit", "offset", "items"}
LISTS = {
    "/api/v1/series",
    "/api/v1/reports",
    "/api/v1/links",
    "/api/v1/risks",
    "/api/v1/figures",
    "/api/v1/themes",
    "/api/v1/search",
}


def _resolve(spec: dict, schema: dict) -> dict:
    ref = schema.get("$ref")
    return spec["components"]["schemas"][ref.rsplit("/", 1)[1]] if ref else schema


def _ok_schema(spec: dict, op: dict) -> dict | None:
    content = op["responses"].get("200", {}).get("content", {}).get("application/json")
    return _resolve(spec, content["schema"]) if content and "schema" in content else None


@pytest.fixture(scope="module")
def spec(client) -> dict:
    return client.get("/openapi.json").json()


def test_every_list_answers_total_limit_offset_items(spec):
    lists = set()
    for path, ops in spec["paths"].items():
        schema = _ok_schema(spec, ops.get("get", {"responses": {}}))
        if not schema:
            continue
        props = schema.get("properties", {})
        assert schema.get("type") != "array", f"{path} answers a bare list"
        if set(props) >= PAGE_FIELDS:
            lists.add(path)
            assert {"total", "limit", "offset", "items"} <= set(schema["required"])
            assert props["items"]["type"] == "array"
    assert lists == LISTS
    assert "query" in _ok_schema(spec, spec["paths"]["/api/v1/search"]["get"])["properties"]


def test_each_list_and_its_items_carry_an_example(spec):
    for path in LISTS:
        page = _ok_schema(spec, spec["paths"][path]["get"])
        item = _resolve(spec, page["properties"]["items"]["items"])
        assert item.get("examples"), f"{path}: items have no example"
        assert page.get("examples"), f"{path}: the page has no example"
        example = page["examples"][0]
        assert set(example) >= PAGE_FIELDS and example["items"], path
        # The page's example is made of its items' example, so both describe the same record.
        assert example["items"][0].keys() == item["examples"][0].keys(), path
        # FastAPI leaves nulls out of the published schema, so only the required fields must all show.
        shown = set(item["examples"][0])
        assert set(item["required"]) - {k for k, v in item["properties"].items() if "anyOf" in v} <= shown, path
        assert shown <= set(item["properties"]), f"{path}: example has fields the model lacks"


def test_examples_are_valid_instances_of_their_models():
    checked = 0
    for model in vars(schemas).values():
        if isinstance(model, type) and issubclass(model, BaseModel) and model.__module__ == schemas.__name__:
            extra = model.model_config.get("json_schema_extra")
            for value in (extra or {}).get("examples", []) if isinstance(extra, dict) else []:
                model.model_validate(value)  # a drifted example fails here, naming the field
                checked += 1
    assert checked >= 9


def test_docs_show_the_examples(client):
    spec = client.get("/openapi.json").json()
    assert "Northfield Council" in str(spec["components"]["schemas"]["ReportSummary"]["examples"])
