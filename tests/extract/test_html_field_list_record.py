"""A report kept as a record of a work app and saved from the browser: a list of fields, each entry a label beside its
value. A label over points or paragraphs names a section; a label beside one short value ("Status | Active
incident", "Time | 04-01-2026 12:00") is a particular of the record, never a point. In the app's own markup (the
label and the value each in nested boxes), in plain spans and boxes, and in English and Danish."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

RECORDS = {
    "da": ("Situationsbillede nr. 2 – 4. januar kl. 12.00",
           [("Status", "Aktiv hændelse"), ("Tidspunkt", "04-01-2026 12:00")],
           [("Kort status", ["Snestormen har siden den 1. januar lagt op til en meter sne i kommunen."]),
            ("Situationen", ["Politiet fraråder al unødvendig kørsel.", "9 skoler holder lukket."]),
            ("Økonomi", ["Merudgifterne til snerydning er indtil videre 399.000 kr."]),
            ("Næste skridt", ["Krisestaben holder næste møde den 5. januar."])]),
    "en": ("Situation report 2 – 4 January 12:00",
           [("Status", "Active incident"), ("Time", "04-01-2026 12:00")],
           [("Short status", ["Up to a metre of snow has fallen since 1 January."]),
            ("The situation", ["Police advise against all travel.", "9 schools are closed."]),
            ("Costs", ["Extra snow clearing has cost £39,900 so far."]),
            ("Next steps", ["The crisis team meets again on 5 January."])]),
}  # fmt: skip


def _value(points: list[str], first: bool) -> str:
    return f"<p>{points[0]}</p>" if first else "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"


def _app(label: str, value: str) -> str:
    return (f'<li class="field"><div class="label-content"><div class="label"><span class="label-text">{label}</span>'
            f'</div></div><div class="value"><div class="value-content">{value}</div></div></li>')  # fmt: skip


def _plain(label: str, value: str) -> str:
    return f'<li><span class="name">{label}</span><div class="val">{value}</div></li>'


@pytest.mark.parametrize("entry", [_app, _plain])
@pytest.mark.parametrize("lang", list(RECORDS))
def test_labels_over_points_head_sections_and_short_fields_are_particulars(lang: str, entry) -> None:
    title, fields, sections = RECORDS[lang]
    items = [entry(label, f"<span>{value}</span>") for label, value in fields]
    items += [entry(h, _value(ps, n == 0)) for n, (h, ps) in enumerate(sections)]
    page = f"<html><body><main><h1>{title}</h1><ul class='fields'>{''.join(items)}</ul></main></body></html>"
    report = parse_bytes(page.encode(), "item.html")[0]
    assert report.title == title
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections] == sections


def test_a_list_of_short_labelled_values_stays_a_list() -> None:
    entries = "".join(_plain(k, v) for k, v in [("Roads", "12 closed"), ("Schools", "9 closed"), ("Homes", "40"),
                                                 ("Shelters", "2 open")])  # fmt: skip
    page = f"<html><body><main><h1>Update 2</h1><h2>Figures</h2><ul>{entries}</ul></main></body></html>"
    report = parse_bytes(page.encode(), "item.html")[0]
    assert [s.heading for s in report.sections] == ["Figures"]
    assert len(report.sections[0].items) == 4
