"""Headings whose last word names their meaning: "Situation highlights" are highlights, "Resources assigned" and
"Resources committed" the staff and means put on the incident (the workforce), not a reading list."""

from __future__ import annotations

import pytest

from sitroom.parse.vocabulary import classify_heading


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Situation highlights", "highlights"),
        ("SITUATION HIGHLIGHTS", "highlights"),
        ("Resources assigned", "workforce"),
        ("3. Resources committed", "workforce"),
    ],
)
def test_heading_means(heading: str, key: str) -> None:
    found, confidence = classify_heading(heading)
    assert found is not None and found.value == key and confidence >= 1.0
