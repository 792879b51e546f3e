"""Tables in a Markdown page, written in GFM or in HTML (as a document converter writes them): a table of the
report's particulars under its title ("Date | Monday 11 May 2026") dates the report and is left out, counted;
a table of sentences keeps its sentences as items, whichever way it is written."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

DETAILS = {
    "gfm": (
        "| Council | Riverside |\n|---|---|\n| Date | Monday 11 May 2026 |\n| Lead | Amara Okafor, Head of Digital |\n"
    ),
    "html": (
        "<table>\n  <tr>\n   <td>Council\n   </td>\n   <td>Riverside\n   </td>\n  </tr>\n  <tr>\n   <td>Date\n"
        "   </td>\n   <td>Monday 11 May 2026\n   </td>\n  </tr>\n  <tr>\n   <td>Lead\n   </td>\n"
        "   <td>Amara Okafor, Head of Digital\n   </td>\n  </tr>\n</table>\n"
    ),
}
UPDATES = {
    "gfm": "| Service | Update |\n|---|---|\n| Payments | Card payments are being taken by phone for now. |\n",
    "html": (
        "<table>\n<tr><th>Service</th><th>Update</th></tr>\n"
        "<tr><td>Payments</td><td>Card payments are being taken by phone for now.</td></tr>\n</table>\n"
    ),
}


def _page(style: str) -> bytes:
    return (
        f"# Digital services outage – update 2\n\n{DETAILS[style]}\n## Headlines\n\n"
        "41 of our online services have been restored.\n\n## Payments\n\n"
        f"{UPDATES[style]}\n## Next steps\n\n* The provider reports again on Wednesday.\n"
    ).encode()


@pytest.mark.parametrize("style", ["gfm", "html"])
def test_a_details_table_dates_the_report_and_a_table_of_sentences_keeps_them(style: str) -> None:
    report = parse_bytes(_page(style), f"update-{style}.md")[0]
    assert str(report.date) == "2026-05-11"
    texts = [i.text for s in report.sections for i in s.items]
    assert not any("Riverside" in t or "Okafor" in t for t in texts), texts
    assert "Card payments are being taken by phone for now." in texts
    assert any("details table field" in w for w in report.warnings), report.warnings
    assert [s.heading for s in report.sections if s.items][:1] == ["Headlines"]
