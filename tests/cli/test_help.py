"""Help pages show flags as plain flags: no ``<bool>`` type beside ``--help`` or any other flag."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()


def _commands(group, path: tuple[str, ...] = ()):
    yield path
    if hasattr(group, "commands"):  # a group (Typer vendors its own click)
        for name, sub in group.commands.items():
            yield from _commands(sub, (*path, name))


@pytest.mark.parametrize("path", list(_commands(typer.main.get_command(app))), ids=" ".join)
def test_help_has_no_type_beside_flags(path):
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "--help" in result.output
    assert "<bool>" not in result.output


def test_options_with_values_keep_their_type():
    result = runner.invoke(app, ["mail", "--help"], env={"COLUMNS": "160"})
    assert "<float range>" in result.output  # --interval
