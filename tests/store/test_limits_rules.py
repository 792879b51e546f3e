"""The limits read from the table definitions: messages, and how names too long are shortened."""

from __future__ import annotations

import pytest

from sitroom.store.limits import LimitError, check, max_length, problem, shorten
from sitroom.store.tables import Audit, Draft, Item, Original, Report, Series


def test_limits_come_from_the_table_definitions():
    assert (max_length(Series.name), max_length(Report.source), max_length(Item.text)) == (300, 500, None)
    assert problem(Series.name, "s" * 300) is None
    assert problem(Series.name, "s" * 301) == "is 301 characters long, over the 300 allowed"
    assert problem(Item.text, "a\x00b") == "holds a NUL character"
    assert problem(Draft.content, {"text": "a\x00b"}) is None  # JSON keeps a NUL escaped
    assert problem(Item.position, 2**31) == "is 2147483648, out of the database's integer range"
    assert problem(Audit.username, None) == "is missing" and problem(Audit.detail, None) is None
    with pytest.raises(LimitError, match=r"^the series name holds a NUL character$"):
        check(Series.name, "a\x00", "the series name")


def test_file_names_keep_their_end_and_names_their_beginning():
    long = "d" * 600 + "-week-19.docx"
    tail = shorten(Original.filename, long)
    assert len(tail) == 500 and tail == "…" + long[-499:]
    head = shorten(Series.name, "Northfield " * 40, keep="head")
    assert len(head) == 300 and head.startswith("Northfield Northfield") and head.endswith("…")
    assert shorten(Report.source, "a\x00b.txt") == "ab.txt"
