"""A document converted to Markdown by a converter that leaves its alerts for whoever pastes the output: a comment
block of conversion notes, red paragraphs counting the alerts (">>>>> … alert: ERRORs: 0; …"), a line of links to
them ("Links to alert messages: alert1") and "PLEASE check and correct alert issues and delete this message", and an
inline alert by each picture. None of it is the report: the title and the sections read as if the alerts were gone,
and the alerts are counted. An alert may stand over the title, among the sections or after them; a point of the
report asking its readers to delete a message stays as written."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

TITLE = "Digital services outage – update 2"
SECTIONS = [
    ("Headlines", ["41 of our online services have been restored."]),
    ("Risks and issues", ["Residents may be asked to delete this message from scam senders: 3 reports so far."]),
]
NOTES = """<!-----
You have some errors, warnings, or alerts.
* ALERTS: 1
Conversion notes:
* Source doc: Digital services outage – update 2
----->
"""
TOP = """<p style="color: red; font-weight: bold">>>>>>  gd2md-html alert:  ERRORs: 0; WARNINGs: 0; ALERTS: 1.</p>
<ul style="color: red; font-weight: bold"><li>See top comment block for details on ERRORs and WARNINGs. <li>In the
converted Markdown or HTML, search for inline alerts that start with >>>>>  gd2md-html alert:  for specific
instances that need correction.</ul>

<p style="color: red; font-weight: bold">Links to alert messages:</p><a href="#gdcalert1">alert1</a>

<p style="color: red; font-weight: bold">>>>>> PLEASE check and correct alert issues and delete this message and the
inline alerts.<hr></p>
"""
PICTURE = """<p id="gdcalert1" ><span style="color: red; font-weight: bold">>>>>>  gd2md-html alert: inline image
link here (to images/image1.png). Store image on your image server and adjust path/filename/extension if
necessary. </span><br>(<a href="#">Back to top</a>)(<a href="#gdcalert2">Next alert</a>)<br><span style="color: red;
font-weight: bold">>>>>> </span></p>

![alt_text](images/image1.png "image_tooltip")
"""


def _sections() -> list[str]:
    return [f"## {h}\n\n" + "".join(f"* {p}\n" for p in ps) for h, ps in SECTIONS]


def _over_title() -> str:
    return "\n\n".join([NOTES, TOP, PICTURE, f"# {TITLE}", *_sections()])


def _among_sections() -> str:
    first, second = _sections()
    return "\n\n".join([NOTES, f"# {TITLE}", first, TOP, PICTURE, second])


def _no_notes() -> str:
    return "\n\n".join([TOP, f"# {TITLE}", *_sections(), PICTURE])


@pytest.mark.parametrize("layout", [_over_title, _among_sections, _no_notes])
def test_the_converter_s_alerts_are_no_part_of_the_report(layout) -> None:
    report = parse_bytes(layout().encode(), "update-2.md")[0]
    assert report.title == TITLE
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == SECTIONS
    assert any("converter's alert" in w for w in report.warnings)
