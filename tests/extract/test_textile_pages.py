"""A wiki page in Textile (Redmine's markup) saved as text: "h2. Situation" is a heading, "* " and "# " lines list
entries, "p(note). …" a paragraph, "|_. a |" a table's header, and the wiki's macros ("{{toc}}") and pictures
("!plan.png!") no text of the report. The one "h1." heading over the page's "h2." headings is its title.

Layouts: a Redmine wiki page (macros, a note paragraph, a details table, a picture, a <pre> log, subsections),
and a plain Textile note (numbered lists, bold and emphasis marks, a link).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

REDMINE = """{{>toc}}

h1. Water supply report No 3 - City utility

p(note). Status: 15 December 2025, 08:00. Prepared by "Merdan Orazov":/users/21.

|_. Indicator |_. Value |
|Report number|3|
|Repair teams|4|

h2. Summary

* Hospitals and schools are supplied with water.
* Parts of the city have no water after the main burst.

h2. Situation

Repairs continue and the pressure is coming back.

<pre>
15.12.2025 06:00  pressure 2.2 bar
</pre>

!scheme.png!

h2. Resources

h3. Staff and vehicles

* Vehicles at work: 36.

h2. Next steps

* Replace the damaged pipes.

{{last_updated_by}}
"""

NOTE = """h1. Flood note 3

h2. Summary

# Homes flooded: *41*.
# Roads closed: _12_, see "the map":https://example.org/map.

h2. Next steps

# The group meets again at 10:00.
"""


@pytest.mark.parametrize(
    ("page", "title", "sections"),
    [
        (
            REDMINE,
            "Water supply report No 3 - City utility",
            {
                "Summary": ["Hospitals and schools are supplied with water.",
                            "Parts of the city have no water after the main burst."],
                "Situation": ["Repairs continue and the pressure is coming back."],
                "Staff and vehicles": ["Vehicles at work: 36."],
                "Next steps": ["Replace the damaged pipes."],
            },
        ),
        (
            NOTE,
            "Flood note 3",
            {
                "Summary": ["Homes flooded: 41.", "Roads closed: 12, see the map."],
                "Next steps": ["The group meets again at 10:00."],
            },
        ),
    ],
    ids=["redmine-wiki", "textile-note"],
)  # fmt: skip
def test_a_textile_page_reads_as_the_page_it_shows(page: str, title: str, sections: dict) -> None:
    report = parse_bytes(page.encode(), "page.txt")[0]
    assert report.title == title
    got = {s.heading: [i.text for i in s.items] for s in report.sections if s.items}
    assert got == sections
