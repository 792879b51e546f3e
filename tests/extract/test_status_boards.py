"""A status board (each row an area or a service, its rating under a column that rates and at most a short
note) is data, however long the area's name; a table whose notes are sentences is a list of updates.

Two boards: an ICB's RAG summary (Area | RAG | Trend, "Community, Primary Care and Social Care") and a
lifelines board (Utility | Status | Comment); and the same lifelines board with its comments written as
sentences, which is no board.
"""

from __future__ import annotations

from sitroom.extract.columns import is_status_board

RAG_SUMMARY = [
    ["Area", "RAG", "Trend"],
    ["System Summary", "Amber", "↑"],
    ["Community, Primary Care and Social Care", "Red", "↔"],
    ["Workforce", "Green", "↔"],
]
LIFELINES = [
    ["Utility", "Status", "Comment"],
    ["Power", "Amber", "Partial restoration; rural feeders still down"],
    ["Water", "Red", "Boil water notice on two supplies"],
]
UPDATES = [
    ["Utility", "Status", "Comment"],
    ["Power", "Amber", "Crews restored 1,200 homes overnight and expect the rest by Friday."],
    ["Water", "Red", "A boil water notice is in place on two supplies."],
]


def test_boards_of_areas_ratings_and_short_notes_are_data() -> None:
    assert is_status_board(RAG_SUMMARY)
    assert is_status_board(LIFELINES)


def test_a_table_of_written_updates_is_no_board() -> None:
    assert not is_status_board(UPDATES)
