"""Reports in Sardinian and Northern Sami: their headings keyed by what their words name ("Arriscos" and "Riskkat"
the risks, "Passos imbenientes" and "Boahtte lávkkit" the next steps, "Barratzellos in servìtziu" the barracelli on
duty, "Bargoveahka" the workforce), a risk's mitigation led by "Providèntzia:" or "Doaibmabijut:", and the report
dated by its months ("9 de austu 2026", "16. guovvamánu 2026", "12. borgemánnu 2026"). Layouts: a Markdown document
and a web page; a Polish volunteer fire brigade's headings ("Najważniejsze informacje", "Strażacy ochotnicy",
"Planowane działania") beside them."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "sc": ("9 de austu 2026", date(2026, 8, 9),
           [("Resumu", "highlights"), ("Agiudu a sa populatzione", "assistance"),
            ("Barratzellos in servìtziu", "workforce"), ("Ispesas", "finance"), ("Passos imbenientes", "next-steps")],
           ("Arriscos", "S'arriscu de focu est artu.", "Providèntzia:", "Sas patrullas sunt duplicadas.")),
    "sme": ("Guovdageaidnu, 16. guovvamánu 2026", date(2026, 2, 16),
            [("Čoahkkáigeassu", "highlights"), ("Dilli dál", "situation"), ("Dálkedieđáhus", "forecast"),
             ("Bargoveahka", "workforce"), ("Golut", "finance"), ("Boahtte lávkkit", "next-steps")],
            ("Riskkat", "Guohtun lea lássemis.", "Doaibmabijut:", "Mii biebmat ealu lassebiebmuin.")),
    "pl": ("12 września 2026", date(2026, 9, 12),
           [("Najważniejsze informacje", "highlights"), ("Strażacy ochotnicy", "workforce"),
            ("Planowane działania", "next-steps")],
           ("Zagrożenia", "Wał przy młynie przesiąka.", "Środki zaradcze:", "Wał jest obserwowany całą dobę.")),
}  # fmt: skip


def _markdown(lang: str) -> bytes:
    dated, _, headings, (risks, risk, lead, mitigation) = REPORTS[lang]
    lines = ["# Report 3", "", dated, ""]
    for n, (heading, _) in enumerate(headings, 1):
        lines += [f"## {heading}", "", f"- Point {n} of the report stands here.", ""]
    lines += [f"## {risks}", "", f"- {risk} **{lead}** {mitigation}", ""]
    return "\n".join(lines).encode()


def _page(lang: str) -> bytes:
    dated, _, headings, (risks, risk, lead, mitigation) = REPORTS[lang]
    body = f"<h1>Report 3</h1><p>{dated}</p>"
    for n, (heading, _) in enumerate(headings, 1):
        body += f"<h2>{heading}</h2><ul><li>Point {n} of the report stands here.</li></ul>"
    body += f"<h2>{risks}</h2><ul><li>{risk} <strong>{lead}</strong> {mitigation}</li></ul>"
    return f"<html><head><meta charset='utf-8'></head><body><main>{body}</main></body></html>".encode()


@pytest.mark.parametrize("lang", list(REPORTS))
@pytest.mark.parametrize(("write", "name"), [(_markdown, "r.md"), (_page, "r.html")], ids=["md", "html"])
def test_keys_mitigation_and_date(write, name: str, lang: str) -> None:
    _, day, headings, (risks, risk, lead, mitigation) = REPORTS[lang]
    report = parse_bytes(write(lang), name)[0]
    assert [(s.heading, s.key) for s in report.sections] == [*headings, (risks, "risks")]
    item = report.sections[-1].items[0]
    assert (item.text.split(" " + lead)[0], item.mitigation) == (risk, mitigation)
    assert report.date == day
