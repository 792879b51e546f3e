"""Returns written in German, Portuguese and Italian, headings in plain English, and a short heading over
a list just before an e-mail's sign-off (see benchmarks/fresh_layouts.py), generated here in several
formats and asserted on the parsed sections."""

from __future__ import annotations

import html
from email.message import EmailMessage

import docx
import pytest
from docx_xml import save

from sitroom.model import Report
from sitroom.read import parse_bytes

RISK = "Supply of aprons and gloves for home visits is uncertain beyond the next fortnight."
MITIGATION = "Weekly stock checks and mutual aid with neighbouring authorities."
LINES = {
    "situation": "River levels at the town gauge fell below the warning threshold overnight.",
    "forecast": "Further heavy rain is expected on Thursday afternoon across the upper catchment.",
    "impacts": "Forty households remain in temporary accommodation after the flooding.",
    "response": "Rest centres at the leisure centre and the school remain open overnight.",
    "workforce": "Staff absence is at 6% this week, down from 9% a week ago.",
    "finance": "Additional expenditure so far is £154,000, mostly placements and agency staff.",
    "recovery": "A community recovery drop-in will be held at the village hall on 18 April.",
    "communications": "Local radio interview with the Leader on the recovery grant.",
}
# (heading, its key, the rating, owner) for each language: the risk table's header and its section
LANGUAGES = {
    "de": (
        [("Lage", "situation"), ("Wetterprognose", "forecast"), ("Auswirkungen", "impacts"),
         ("Maßnahmen", "response"), ("Personal", "workforce"), ("Finanzen", "finance"),
         ("Wiederherstellung", "recovery"), ("Kommunikation", "communications")],
        ("Risiken", ("Risiko", "Bewertung", "Gegenmaßnahmen", "Verantwortlich"), ("Mittel", "Amtsleitung")),
    ),
    "pt": (
        [("Situação atual", "situation"), ("Previsão", "forecast"), ("Impactos", "impacts"),
         ("Resposta", "response"), ("Pessoal", "workforce"), ("Finanças", "finance"),
         ("Recuperação", "recovery"), ("Comunicação", "communications")],
        ("Riscos", ("Risco", "Avaliação", "Medidas de mitigação", "Responsável"), ("Médio", "Direção")),
    ),
    "it": (
        [("Situazione", "situation"), ("Previsioni meteo", "forecast"), ("Impatto", "impacts"),
         ("Risposta", "response"), ("Personale", "workforce"), ("Costi", "finance"),
         ("Ripristino", "recovery"), ("Comunicazione", "communications")],
        ("Rischi", ("Rischio", "Valutazione", "Misure di mitigazione", "Responsabile"), ("Basso", "Dirigente")),
    ),
}  # fmt: skip


def _parse(data: bytes, name: str) -> Report:
    return parse_bytes(data, name)[0]


def _keys(report: Report) -> dict[str, str | None]:
    return {s.heading: s.key for s in report.sections if s.heading}


def _word_return(lang: str) -> bytes:
    sections, (risk_heading, header, (rating, owner)) = LANGUAGES[lang]
    d = docx.Document()
    d.add_paragraph("Lagebericht Nr. 4", style="Title")
    for heading, key in sections:
        d.add_heading(heading, level=1)
        d.add_paragraph(LINES[key], style="List Bullet")
    d.add_heading(risk_heading, level=1)
    table = d.add_table(rows=1, cols=4)
    for cell, name in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for cell, value in zip(table.add_row().cells, (RISK, rating, MITIGATION, owner), strict=True):
        cell.text = value
    return save(d)


def _web_return(lang: str) -> bytes:
    sections, (risk_heading, header, (rating, owner)) = LANGUAGES[lang]
    parts = ["<html><body><main><h1>Relatório de situação 4</h1>"]
    for heading, key in sections:
        parts.append(f"<h2>{html.escape(heading)}</h2><ul><li>{html.escape(LINES[key])}</li></ul>")
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    row = "".join(f"<td>{html.escape(v)}</td>" for v in (RISK, rating, MITIGATION, owner))
    parts.append(f"<h2>{risk_heading}</h2><table><thead><tr>{head}</tr></thead><tbody><tr>{row}</tr></tbody></table>")
    return ("".join(parts) + "</main></body></html>").encode()


def _markdown_return(lang: str) -> bytes:
    sections, (risk_heading, header, (rating, owner)) = LANGUAGES[lang]
    text = "# Rapporto di situazione 4\n\n"
    text += "".join(f"## {heading}\n\n- {LINES[key]}\n\n" for heading, key in sections)
    text += f"## {risk_heading}\n\n| {' | '.join(header)} |\n| --- | --- | --- | --- |\n"
    text += f"| {RISK} | {rating} | {MITIGATION} | {owner} |\n"
    return text.encode()


FORMATS = [("r.docx", _word_return), ("r.html", _web_return), ("r.md", _markdown_return)]


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
@pytest.mark.parametrize("name,make", FORMATS)
def test_a_return_in_german_portuguese_or_italian_has_its_keys_and_its_risk_register(lang, name, make) -> None:
    sections, (risk_heading, _, (rating, owner)) = LANGUAGES[lang]
    report = _parse(make(lang), name)
    keys = _keys(report)
    assert {h: keys.get(h) for h, _ in sections} == dict(sections)
    risks = next(s for s in report.sections if s.heading == risk_heading)
    assert risks.key == "risks"
    # the rating and the owner describe the row: neither is an item of its own
    assert [(i.text, i.mitigation) for i in risks.items] == [(RISK, MITIGATION)]
    assert not any(i.text in (rating, owner) for i in report.items())


# ---------------------------------------------------------------- headings in plain words

PLAIN = [
    ("Headlines", "highlights", "Face to face visits continue for children at highest risk."),
    ("What we are doing", "activity", "Virtual conferences are now routine, with families joining by phone."),
    ("What the weather will do", "forecast", LINES["forecast"]),
    ("How people are affected", "impacts", LINES["impacts"]),
    ("People", "workforce", LINES["workforce"]),
    ("Service delivery", "activity", "Day centres reopened on Monday with reduced numbers."),
    ("Getting back to normal", "recovery", LINES["recovery"]),
    ("Keeping you informed", "communications", LINES["communications"]),
]


def _plain_html() -> bytes:
    body = "".join(f"<h2>{h}</h2><ul><li>{html.escape(t)}</li></ul>" for h, _, t in PLAIN)
    return f"<html><body><main><h1>Adult social care: update 3</h1>{body}</main></body></html>".encode()


def _plain_word() -> bytes:
    d = docx.Document()
    d.add_paragraph("Adult social care: update 3", style="Title")
    for heading, _, text in PLAIN:
        d.add_heading(heading, level=1)
        d.add_paragraph(text, style="List Bullet")
    return save(d)


@pytest.mark.parametrize("name,make", [("u.html", _plain_html), ("u.docx", _plain_word)])
def test_headings_in_plain_words_take_the_key_of_what_they_mean(name, make) -> None:
    keys = _keys(_parse(make(), name))
    assert {h: keys.get(h) for h, _, _ in PLAIN} == {h: k for h, k, _ in PLAIN}


def _key_messages_text() -> bytes:
    return (
        "CHILDREN'S SERVICES SITREP 3\n\nKEY MESSAGES\n\n• Face to face visits continue for children at risk.\n\n"
        "RISKS\n\n• Placement sufficiency remains a concern. Mitigation: weekly review of demand.\n\n"
        "KEY MESSAGES TO THE PUBLIC\n\n• Schools remain open for vulnerable children.\n"
    ).encode()


def _key_messages_markdown() -> bytes:
    return (
        b"# Children's services sitrep 3\n\n## Key messages\n\n- Face to face visits continue for children at risk.\n\n"
        b"## Risks\n\n- Placement sufficiency remains a concern. Mitigation: weekly review of demand.\n\n"
        b"## Key messages to the public\n\n- Schools remain open for vulnerable children.\n"
    )


@pytest.mark.parametrize("name,make", [("k.txt", _key_messages_text), ("k.md", _key_messages_markdown)])
def test_key_messages_at_the_top_are_the_highlights_and_those_to_the_public_communications(name, make) -> None:
    keys = {s.heading.lower(): s.key for s in _parse(make(), name).sections if s.heading}
    assert [keys.get(h) for h in ("key messages", "risks", "key messages to the public")] == [
        "highlights",
        "risks",
        "communications",
    ]


# ---------------------------------------------------------------- a short heading over a list


def _body(heading: str) -> str:
    return (
        "Hi all,\n\nOur return for this week is below.\n\nSituation\n"
        f"• {LINES['situation']}\n\nRecovery\n• {LINES['recovery']}\n\n{heading}\n• {LINES['communications']}\n\n"
        "Thanks,\nPriya\n\nPriya Sharma\nResilience Officer | Southfield County Council\n"
    )


def _mail(heading: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "p@example.org", "cell@example.org", "Sitrep 3"
    msg["Date"] = "Mon, 06 Apr 2020 09:00:00 +0100"
    msg.set_content(_body(heading))
    return bytes(msg)


@pytest.mark.parametrize("heading,key", [("Comms", "communications"), ("HR", "workforce")])
@pytest.mark.parametrize("name,make", [("m.eml", _mail), ("m.txt", lambda h: _body(h).encode())])
def test_an_abbreviated_heading_right_over_its_list_heads_a_section(heading, key, name, make) -> None:
    report = _parse(make(heading), name)
    section = next((s for s in report.sections if s.heading == heading), None)
    assert section is not None and section.key == key
    assert [i.text.lstrip("• ") for i in section.items] == [LINES["communications"]]
    recovery = next(s for s in report.sections if s.heading == "Recovery")
    assert [i.text.lstrip("• ") for i in recovery.items] == [LINES["recovery"]]
