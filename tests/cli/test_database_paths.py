"""Database paths as people type them, and no empty database made by a command that only reads."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.store.engine import DatabaseError, NoSuchDatabase, database_url, make_engine

runner = CliRunner(env={"COLUMNS": "250"})


def test_a_plain_path_is_a_sqlite_file(tmp_path):
    assert database_url("sitroom-demo/sitroom.db") == "sqlite:///sitroom-demo/sitroom.db"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    engine = make_engine(str(tmp_path / "new.db"))
    engine.dispose()
    assert (tmp_path / "new.db").exists()


def test_reading_a_missing_database_is_an_error_not_an_empty_database(tmp_path):
    missing = tmp_path / "mistyped.db"
    with pytest.raises(NoSuchDatabase, match=r"mistyped\.db"):
        make_engine(str(missing), create=False)
    assert not missing.exists()


@pytest.mark.parametrize("args", [["brief"], ["reports"], ["series"], ["series", "suggest"]])
def test_commands_that_read_say_the_database_is_missing(tmp_path, args):
    missing = tmp_path / "mistyped.db"
    out = tmp_path / "brief.md"
    extra = ["--output", str(out)] if args == ["brief"] else []
    result = runner.invoke(app, [*args, "--db", str(missing), *extra])
    assert result.exit_code != 0
    assert isinstance(result.exception, DatabaseError) or "no such database" in result.output
    assert not missing.exists() and not out.exists()


def test_a_bad_url_says_how_to_write_one():
    with pytest.raises(DatabaseError, match="SQLite file path"):
        make_engine("postgresql://user@host:notaport/x")
