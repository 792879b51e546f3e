"""A region's web article in Greek or in Croatian, read as the page and as the page printed to PDF: its share
line ("Κοινοποίηση: Facebook · X · Email · Εκτύπωση"), its line of tags ("Ετικέτες: πυρκαγιά, καύσωνας") and
the links to related articles under their heading ("Σχετικά άρθρα") are the site's, not the report's.
"""

from __future__ import annotations

import pytest
from weasyprint import HTML

from sitroom.read import parse_bytes

GREEK = {
    "sections": {
        "Τρέχουσα κατάσταση": ["Στην κατάσβεση επιχειρούν 342 πυροσβέστες.", "Η θερμοκρασία έφτασε τους 41 βαθμούς."],
        "Κίνδυνοι": ["Ο κίνδυνος αναζωπυρώσεων αυξάνεται."],
    },
    "share": "Κοινοποίηση: Facebook · X · Email · Εκτύπωση",
    "tags": "Ετικέτες: πυρκαγιά, καύσωνας, πολιτική προστασία",
    "related": ("Σχετικά άρθρα", ["Απαγόρευση κυκλοφορίας σε δασικές περιοχές", "Οδηγίες προστασίας από τον καύσωνα"]),
}
CROATIAN = {
    "sections": {
        "Trenutno stanje": ["Vodostaj rijeke Save iznosi 831 cm.", "Zatvorene su županijske ceste uz nasip."],
        "Rizici": ["Iscrpljenost interventnih snaga."],
    },
    "share": "Podijeli: Facebook | X | Email | Ispis",
    "tags": "Oznake: poplave, civilna zaštita",
    "related": ("Povezane vijesti", ["Proglašena prirodna nepogoda u deset općina", "Upute stanovništvu"]),
}


def _html(page: dict) -> str:
    body = "".join(
        f"<h2>{h}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" for h, items in page["sections"].items()
    )
    heading, links = page["related"]
    related = f"<h2>{heading}</h2>" + "".join(f"<p><a href='/a{n}'>{t}</a></p>" for n, t in enumerate(links))
    return (
        "<html><head><meta charset='utf-8'><title>Ενημέρωση</title></head><body><h1>Update no. 3</h1>"
        f"<p>{page['share']}</p>{body}<p>{page['tags']}</p>{related}</body></html>"
    )


@pytest.mark.parametrize("page", [GREEK, CROATIAN], ids=["greek", "croatian"])
@pytest.mark.parametrize("printed", [False, True], ids=["page", "printed"])
def test_a_web_articles_share_line_tags_and_related_links_are_the_sites(page: dict, printed: bool) -> None:
    html = _html(page)
    data, name = (HTML(string=html).write_pdf(), "article.pdf") if printed else (html.encode(), "article.html")
    report = parse_bytes(data, name)[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == list(page["sections"].items())
