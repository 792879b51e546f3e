"""A tinted text box of figures set beside the text, as a word processor's text box prints: its title, lines of a
label and its figure ("People served: 168"), the opening hours and the telephone under titles of their own. It is
furniture beside the report: left out and counted, neither headings nor items, and the paragraph wrapped beside it
stays one paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from pdf_sheets import BOLD, REGULAR, WIDTH, Sheet

from sitroom.model import Report
from sitroom.read import parse_bytes


@dataclass
class Words:
    title: str
    box: list[tuple[str, bool]]  # the box's lines, each with whether it is set in bold
    summary: tuple[str, str]  # the summary's paragraph, wrapped beside the box
    visits: str
    sections: list[tuple[str, list[str]]]  # the headings with their points


ENGLISH = Words(
    "Neighbourhood Centre Report No. 3",
    [
        ("Today in figures", True),
        ("People served: 168", False),
        ("Water bottles: 5,873", False),
        ("Homes without power: 1,362", False),
        ("Phones charged: 30", False),
        ("", False),
        ("Opening hours", True),
        ("24 hours, 7 days", False),
        ("", False),
        ("Contact", True),
        ("Tel. 583 9110", False),
    ],
    ("Since the blackout of 15 August the centre has stayed open", "day and night for the neighbourhood."),
    "168 people visited the centre today.",
    [
        ("Current situation", ["Power is back in 32% of the neighbourhood."]),
        ("Weather forecast", ["Temperatures of up to 35 degrees are expected.", "No rain is expected before Friday."]),
        ("Impacts", ["1,362 homes are still without power."]),
        ("Elderly residents", ["Volunteers visited 281 elderly people who live alone in the neighbourhood today."]),
        ("Next steps", ["Assess the needs of the families in the neighbourhood by 22 August."]),
    ],
)

DUTCH = Words(
    "Dagrapport buurtcentrum nr. 3",
    [
        ("Vandaag in cijfers", True),
        ("Bezoekers: 212", False),
        ("Waterflessen: 4.410", False),
        ("Huizen zonder stroom: 980", False),
        ("", False),
        ("Openingstijden", True),
        ("24 uur, 7 dagen", False),
        ("", False),
        ("Contact", True),
        ("Tel. 582 7716", False),
    ],
    ("Sinds de stroomstoring van 15 augustus is het centrum dag", "en nacht open voor de wijk."),
    "212 mensen bezochten vandaag het centrum.",
    [
        ("Huidige situatie", ["De stroom is terug in 40% van de wijk."]),
        ("Weersverwachting", ["Er worden temperaturen tot 34 graden verwacht.", "Er wordt geen regen verwacht."]),
        ("Gevolgen", ["980 huizen zitten nog zonder stroom."]),
        ("Ouderen", ["Vrijwilligers bezochten vandaag 190 ouderen die alleen wonen in de wijk."]),
        ("Volgende stappen", ["De behoeften van de gezinnen in de wijk worden uiterlijk 22 augustus bekeken."]),
    ],
)


def _draw(words: Words, summary_word: str, box_left: bool) -> bytes:
    """The report with the box at the right of the text, or at its left with the text beside it, set single-spaced
    as a word processor sets it: no gap between the lines is wide enough to cut the page at."""
    s = Sheet()
    s.line(words.title, font=BOLD, size=16)
    top = s.y + 2
    box_x0, box_x1 = (56.0, 216.0) if box_left else (380.0, WIDTH - 56)
    height = 14 + 12 * len(words.box)
    s.c.setFillColorRGB(0.89, 0.93, 0.97)
    s.c.setStrokeColorRGB(0.04, 0.35, 0.64)
    s.c.rect(box_x0, top - height, box_x1 - box_x0, height, stroke=1, fill=1)
    s.c.setFillColorRGB(0, 0, 0)
    y = top - 14
    for text, bold in words.box:
        if text:
            s.text(box_x0 + 7, y, text, BOLD if bold else REGULAR, 9)
        y -= 12
    # the text beside the box, then on under it across the page
    x = box_x1 + 14 if box_left else 56.0
    s.y = top - 12

    def put(text: str, font: str = REGULAR, size: float = 10.5, indent: float = 0, before: float = 0) -> None:
        s.y -= before
        s.text(x + indent, s.y, text, font, size)
        s.y -= 1.2 * size

    put(summary_word, BOLD, 11.5)
    for line in words.summary:
        put(line)
    put(words.visits, before=3)
    for heading, points in words.sections:
        if s.y < top - height - 10:
            x = 56.0
        put(heading, BOLD, 11.5, before=6)
        for point in points:
            s.text(x + 2, s.y, "•")
            put(point, indent=14, before=2)
    return s.pdf()


def _read(data: bytes) -> Report:
    return parse_bytes(data, "report.pdf")[0]


def _check(report: Report, words: Words, summary_word: str) -> None:
    headings = [sec.heading for sec in report.sections if sec.heading]
    assert headings == [summary_word] + [h for h, _ in words.sections]
    items = [i.text for i in report.items()]
    assert items[0] == " ".join(words.summary)
    assert items[1] == words.visits
    assert items[2:] == [p for _, points in words.sections for p in points]
    # nothing of the box is read: no heading, no item, no section without a heading
    assert all(sec.heading for sec in report.sections)
    assert any("figures beside the text" in w for w in report.warnings)


def test_a_tinted_box_of_labelled_figures_at_the_right_is_left_out() -> None:
    _check(_read(_draw(ENGLISH, "Summary", box_left=False)), ENGLISH, "Summary")


def test_a_tinted_box_of_labelled_figures_at_the_left_is_left_out() -> None:
    _check(_read(_draw(DUTCH, "Samenvatting", box_left=True)), DUTCH, "Samenvatting")
