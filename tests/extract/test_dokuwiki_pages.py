"""A wiki page in DokuWiki's markup saved as text (its raw export): "===== Situation =====" is a headline, "  * "
and "  - " lines list entries (two spaces a depth), "^ a ^" and "| b |" table rows, and the wiki's macros
("~~NOTOC~~"), pictures ("{{map.png|…}}") and footnotes ("((…))") no text of the report; the tags of "<WRAP>" and
"<note>" boxes are markup and their content is read, a box under the title holding the page's particulars. The one
headline of the page's top rank over the others is its title.

Layouts: an English county sitrep (a box of particulars under the title, nested lists, a table, a picture, a
footnote, a box in a section, a subsection, a rule over the italic page note), a French crisis page ("=====" title
over "====" sections, italic notes, links with and without text, monospace, numbered entries, a quote, a code block,
text kept as written), and a German page of two same-rank headlines (forced line breaks, a note box).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from sitroom.extract.base import ExtractContext
from sitroom.extract.dokuwiki import dokuwiki_to_markdown, is_dokuwiki
from sitroom.extract.text import TextExtractor
from sitroom.model import BlockKind
from sitroom.read import parse_bytes


def _county(number: int, districts: dict[str, int]) -> str:
    rows = [f"| {name} | {homes} |" for name, homes in districts.items()]
    return "\n".join(
        [
            "~~NOTOC~~",
            "",
            f"====== Flood situation report No {number} ======",
            "",
            "<WRAP center round info 60%>",
            f"**Report date:** {number + 10} March 2025, 08:00 \\\\",
            "**Issued by:** Northfield County Emergency Office \\\\",
            "**Next report:** in 24 hours",
            "</WRAP>",
            "",
            "===== Summary =====",
            "",
            "  * River levels are falling in most districts. ((Figures from the district offices.))",
            f"  * Households affected: {sum(districts.values())}.",
            "    * of them moved to rest centres: 120.",
            "    * of them staying with family: 45.",
            "",
            "===== Impacts =====",
            "",
            "  * Two roads remain closed near **Ashby**.",
            "",
            "^ District ^ Homes flooded ^",
            *rows,
            "",
            "{{:flood:extent_map.png?400|Flood extent on 12 March}}",
            "",
            "===== Resources =====",
            "",
            "==== Staff ====",
            "",
            "  * Staff deployed: 64.",
            "",
            "<WRAP important>",
            "  * Mutual aid requested from the //neighbouring// county.",
            "</WRAP>",
            "",
            "===== Risks =====",
            "",
            "  * Further rain may raise levels again. **Mitigation:** pumps on standby.",
            "",
            "===== Next steps =====",
            "",
            "  * Strategic group meets at 10:00.",
            "",
            "----",
            "",
            "//Page last edited by a.clarke.//",
            "",
        ]
    )


FRENCH = """===== Point de situation n° 5 – Crue de la Loire =====

==== Synthèse ====

  * Le niveau de la Loire baisse à [[https://www.vigicrues.gouv.fr|Orléans]] depuis hier soir.
  * Routes fermées : 12, voir [[crue:routes|la carte des routes]].
  * Équipe ''PC-3'' mobilisée. //Source : préfecture.//

//Note : les chiffres sont provisoires.//

==== Actions ====

> Les habitants sont invités à ne pas circuler.

  - Distribution d'eau à __Blois__ et %%**Tours**%%.
  - Procédure : voir [[ops:procedure_crue]].

<code bash>
curl https://example.org/niveaux
</code>

==== Prochaines étapes ====

  * Nouveau point demain à 10 h.
"""

GERMAN = """===== Lage =====

  * Pegel Lauter: 4,2 m \\\\ Tendenz fallend.
  * Evakuierte Personen: 86.

<note important>
Die B 10 bleibt bis auf Weiteres gesperrt.
</note>

===== Maßnahmen =====

  * Sandsäcke an der [[wp>Lauter]] verbaut.
"""


def _sections(report) -> dict[str | None, list[str]]:
    return {s.heading: [i.text for i in s.items] for s in report.sections}


def _left_out(report) -> dict[str, int]:
    found = (re.match(r"(\d+) (.+?)\(s\) left out$", w) for w in report.warnings)
    return {m.group(2): int(m.group(1)) for m in found if m}


@pytest.mark.parametrize("number", [3, 4])
def test_a_county_sitrep_reads_as_the_page_it_shows(number: int) -> None:
    districts = {"Ashby": 41 + number, "Bramley": 17, "Colton": 9 * number}
    report = parse_bytes(_county(number, districts).encode(), "sitrep.txt")[0]
    assert report.title == f"Flood situation report No {number}"
    assert [(s.heading, s.level) for s in report.sections] == [
        ("Summary", 1),
        ("Impacts", 1),
        ("Resources", 1),
        ("Staff", 2),
        ("Risks", 1),
        ("Next steps", 1),
    ]
    assert _sections(report) == {
        "Summary": [
            "River levels are falling in most districts.",  # the footnote is no part of the point
            f"Households affected: {sum(districts.values())}.",
            "of them moved to rest centres: 120.",
            "of them staying with family: 45.",
        ],
        "Impacts": ["Two roads remain closed near Ashby."],  # the table's rows and the picture are no items
        "Resources": [],
        "Staff": ["Staff deployed: 64.", "Mutual aid requested from the neighbouring county."],
        "Risks": ["Further rain may raise levels again. Mitigation: pumps on standby."],
        "Next steps": ["Strategic group meets at 10:00."],
    }
    assert [i.mitigation for s in report.sections if s.heading == "Risks" for i in s.items] == ["pumps on standby."]
    assert report.date == date(2025, 3, number + 10)  # the box under the title dates the page
    assert len(report.tables) == 1
    left = _left_out(report)
    assert (left["wiki macro"], left["picture"], left["footnote"], left["page footer line"]) == (1, 1, 1, 1)


def test_a_french_page_with_notes_links_and_code() -> None:
    report = parse_bytes(FRENCH.encode(), "crue.txt")[0]
    assert report.title == "Point de situation n° 5 – Crue de la Loire"
    assert _sections(report) == {
        "Synthèse": [
            "Le niveau de la Loire baisse à Orléans depuis hier soir.",
            "Routes fermées : 12, voir la carte des routes.",
            "Équipe PC-3 mobilisée. Source : préfecture.",
            "Note : les chiffres sont provisoires.",
        ],
        "Actions": [
            "Les habitants sont invités à ne pas circuler.",
            "Distribution d'eau à Blois et **Tours**.",  # "%%…%%": as written, its stars no bold
            "Procédure : voir procedure_crue.",
        ],
        "Prochaines étapes": ["Nouveau point demain à 10 h."],
    }
    assert [s.level for s in report.sections] == [1, 1, 1]
    assert _left_out(report) == {"code block": 1}


def test_a_page_without_a_title_headline_reads_breaks_and_note_boxes() -> None:
    report = parse_bytes(GERMAN.encode(), "lage.txt")[0]
    assert _sections(report) == {
        "Lage": [
            "Pegel Lauter: 4,2 m Tendenz fallend.",
            "Evakuierte Personen: 86.",
            "Die B 10 bleibt bis auf Weiteres gesperrt.",  # a box inside the page: its content is read
        ],
        "Maßnahmen": ["Sandsäcke an der Lauter verbaut."],
    }


def test_the_markup_becomes_commonmark() -> None:
    page = dokuwiki_to_markdown(_county(3, {"Ashby": 44}).split("\n"))
    lines = page.markdown.split("\n")
    assert "# Summary" in lines and "## Staff" in lines  # the title's rank over the sections
    assert "  - of them moved to rest centres: 120." in lines
    head = lines.index("| District | Homes flooded |")
    assert lines[head : head + 3] == ["| District | Homes flooded |", "| --- | --- |", "| Ashby | 44 |"]
    assert page.masthead[0].startswith("**Report date:** 13 March 2025, 08:00")
    assert page.dropped == {"wiki macro": 1, "picture": 1, "footnote": 1}
    french = dokuwiki_to_markdown(FRENCH.split("\n")).markdown
    assert "1. Distribution d'eau à Blois et \\*\\*Tours\\*\\*." in french
    assert "- Équipe `PC-3` mobilisée. *Source : préfecture.*" in french


@pytest.mark.parametrize(
    ("text", "wiki"),
    [
        (_county(3, {"Ashby": 44}), True),
        (FRENCH, True),
        (GERMAN, True),
        # plain text marks its headings between runs of "=" too, and indents its bullets
        ("Housing bulletin 3\n\n=== Repairs ===\n  * 304 raised\n\n=== Welfare ===\n  * 99 homes\n", False),
        ("# Update\n\n## Summary\n\n- Roads open.\n\n## Next steps\n\n- Meet at 10:00.\n", False),
        ("h1. Water report\n\nh2. Summary\n\n* Supply restored.\n\nh2. Next steps\n\n* Replace pipes.\n", False),
        ("Update\n\n== Summary == see [[notes]]\nRoads open.\n", False),
    ],
    ids=["county", "french", "german", "plain-marked", "markdown", "textile", "one-headline"],
)
def test_a_dokuwiki_page_is_told_by_its_syntax(text: str, wiki: bool) -> None:
    assert is_dokuwiki(text.split("\n")) is wiki


def test_plain_text_with_marked_headings_is_read_line_by_line_as_before() -> None:
    text = "Housing bulletin 3\n\n=== Repairs ===\n  * 304 emergency repairs raised\n\n=== Welfare ===\n  * 99 homes\n"
    doc = TextExtractor().extract(text.encode(), "bulletin.txt", ExtractContext())
    assert {b.kind for b in doc.blocks} >= {BlockKind.LINE}  # the text reader's lines, not a wiki page's blocks
    report = parse_bytes(text.encode(), "bulletin.txt")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections if s.heading} == {
        "Repairs": ["304 emergency repairs raised"],
        "Welfare": ["99 homes"],
    }
