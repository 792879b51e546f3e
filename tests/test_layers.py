"""The house's import contracts (pyproject.toml, [tool.importlinter]): a package that imports one above
it, or a core package that reaches the store, the web or the command line, fails the suite."""

from __future__ import annotations

import tomllib
from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports
from importlinter.contracts.forbidden import ForbiddenContract

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _contract(contract_id: str) -> dict:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    return next(c for c in config["contracts"] if c["id"] == contract_id)


def _layers() -> list[grimp.Layer]:
    return [
        grimp.Layer(*(m.strip() for m in line.split("|")), independent=True) for line in _contract("layers")["layers"]
    ]


def test_contracts_are_kept(capsys):
    code = lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
    assert code == 0, capsys.readouterr().out


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("sitroom")


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("sitroom.store.tables", "sitroom.views.reports"),  # the store reading up into a read model
        ("sitroom.views.figures", "sitroom.brief.linechart"),  # a read model drawing
        ("sitroom.parse.headings", "sitroom.extract.base"),  # the parser reading files itself
        ("sitroom.analyse.link", "sitroom.generate"),  # the core reaching for the generator
        ("sitroom.web.app", "sitroom.cli"),  # anything importing the command line
        ("sitroom.ingest.pipeline", "sitroom.brief.compose"),  # siblings of one layer
    ],
)
def test_an_import_against_the_layers_is_caught(graph, importer, imported):
    assert not graph.find_illegal_dependencies_for_layers(_layers(), containers=None)
    graph.add_import(importer=importer, imported=imported)
    try:
        illegal = graph.find_illegal_dependencies_for_layers(_layers(), containers=None)
    finally:
        graph.remove_import(importer=importer, imported=imported)
    assert illegal, f"{importer} → {imported} was not caught"


def _forbidden(contract_id: str) -> ForbiddenContract:
    options = {k: v for k, v in _contract(contract_id).items() if k not in ("id", "name", "type")}
    options["allow_indirect_imports"] = str(options.get("allow_indirect_imports", False)).lower()
    return ForbiddenContract(contract_id, {"root_packages": ["sitroom"]}, options)


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("sitroom.web.api.items", "sitroom.store.queries"),  # a route reading a report past its read model
        ("sitroom.web.pages.dashboard", "sitroom.store.analysis"),  # a page counting figures itself
        ("sitroom.web.pages.risks", "sitroom.store.risks"),  # a page reading the register past its view
    ],
)
def test_a_web_read_past_the_read_models_is_caught(graph, importer, imported):
    contract = _forbidden("web-reads-views")
    assert contract.check(graph, verbose=False).kept
    graph.add_import(importer=importer, imported=imported)
    try:
        kept = contract.check(graph, verbose=False).kept
    finally:
        graph.remove_import(importer=importer, imported=imported)
    assert not kept, f"{importer} → {imported} was not caught"
