"""An incident page written like a press release: a callout box set in the article (an ``<aside>`` of
sentences) is read where it stands; a table to look things up in (places, addresses, hours under a header
row) is data; the end mark ("ENDS", "-ends-") closes the report, and the notes to editors, the company's
boilerplate and the press office after it are left out. A sidebar ``<aside>`` of links stays out.

Two layouts: a gas network's page (``<aside>`` with an ``<h2>`` and paragraphs, a ``<th>`` table with a
caption, "ENDS" in bold, "Notes to editors" as an ``<h3>`` over a list), and a council's (``<aside
class="panel">`` with a bold lead and a list, a table whose header cells are bold ``<td>``, "-ends-", "About
the council" paragraphs).
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

LATEST = ["Around 2,487 homes are still without gas.", "We expect everyone to have their gas back by 9 December."]
AFFECTED = ["Homes in Kelsey Bridge and the Mill Estate are affected.", "859 customers on our register are affected."]
SUPPORT = ["Domestic customers will receive compensation under the Guaranteed Standards."]
RISKS = ["More water may get into the network from the burst main."]
PLACES = [
    ("Kelsey Bridge Community Centre", "Mill Lane, Kelsey Bridge", "8am – 8pm"),
    ("St Aidan's Church Hall", "Holme Lane", "10am – 6pm"),
    ("Mobile welfare van", "Mill Estate car park", "9am – 5pm"),
]


def _page(layout: str) -> bytes:
    gas = layout == "gas"
    if gas:
        callout = "<aside class='callout'><h2>Latest update</h2>" + "".join(f"<p>{t}</p>" for t in LATEST) + "</aside>"
        head = "<thead><tr><th>Location</th><th>Address</th><th>Open</th></tr></thead>"
        end = "<p><strong>ENDS</strong></p><div><h3>Notes to editors</h3><ol><li>Anglia Gas looks after the pipes that"
        end += " deliver gas to 2.7 million homes.</li><li>If you smell gas, call 0800 111 999.</li></ol>"
        end += "<p>Media enquiries: press office, 0113 000 4455.</p></div>"
    else:
        callout = "<aside class='panel'><h2>Latest update</h2><ul>" + "".join(f"<li>{t}</li>" for t in LATEST)
        callout += "</ul></aside>"
        head = "<tr><td><b>Location</b></td><td><b>Address</b></td><td><b>Open</b></td></tr>"
        end = "<p>-ends-</p><h2>About the council</h2><p>Kelsey Borough Council serves 140,000 residents.</p>"
        end += "<p>For media enquiries call 01632 960 123.</p>"
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in PLACES)
    html = f"""<html><head><title>Gas supply interruption</title></head><body>
<header><a href="/">Home</a></header>
<main><article><h1>Gas supply interruption in Kelsey Bridge</h1>
<p>Published: 06:40, 7 December 2024</p>
{callout}
<h2>Who is affected</h2>{"".join(f"<p>{t}</p>" for t in AFFECTED)}
<h2>Support for customers</h2>{"".join(f"<p>{t}</p>" for t in SUPPORT)}
<table><caption>Where to find us</caption>{head}<tbody>{rows}</tbody></table>
<h2>What could go wrong</h2>{"".join(f"<p>{t}</p>" for t in RISKS)}
{end}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Gas safety</a></li>
<li><a href="/b">Our network</a></li></ul></aside>
</main><footer>© 2024</footer></body></html>"""
    return html.encode()


@pytest.mark.parametrize("layout", ["gas", "council"])
def test_callout_lookup_table_and_notes_after_the_end_mark(layout: str) -> None:
    report = parse_bytes(_page(layout), f"incident-{layout}.html")[0]
    got = [(s.heading, s.key, [i.text for i in s.items]) for s in report.sections]
    assert got == [
        ("Latest update", got[0][1], LATEST),
        ("Who is affected", "impacts", AFFECTED),
        ("Support for customers", "assistance", SUPPORT),
        ("What could go wrong", "risks", RISKS),
    ]
    assert len(report.tables) == 1
    assert any("after the end mark" in w for w in report.warnings)
