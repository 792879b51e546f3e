"""A report's close in many languages: the numbers to call after what they are for ("Emergency numbers: Police 112 –
Fire 115 – Ambulance 118", "للتبليغ عن أي حريق: الدفاع المدني 125 – الصليب الأحمر 140 – شرطة البلدية 06 351 120"),
then the signer's post, a courtesy title and their name on one line ("رئيس البلدية أ. إيلي نصر", "Alcalde Ing. Rolando
Toledo"). Neither is a point of the last section. The opening sentence saying the council publishes its report with
its number ("تنشر بلدية … تقرير الوضع رقم 1 حول …", "Northfield Council publishes situation report no. 1 on …") is
the writer's note, no point either.

A last point of figures per place ("Sandbags: Northfield 450 – Southam 320") stays a point.

Layouts: HTML and plain text, in Arabic, English and Spanish.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

CASES = {
    "ar": ("تنشر بلدية القبيات تقرير الوضع رقم 1 حول حرائق الأحراج في نطاقها.",
           [("الملخص", ["اندلعت ثلاثة حرائق في الأحراج الشرقية.", "عدد المنازل المهددة: 40."]),
            ("الخطوات المقبلة", ["متابعة أعمال التبريد صباح الغد."])],
           "للتبليغ عن أي حريق: الدفاع المدني 125 – الصليب الأحمر 140 – شرطة البلدية 06 351 120",
           "رئيس البلدية أ. إيلي نصر"),
    "en": ("Northfield Council publishes situation report no. 1 on the moorland fires in the district.",
           [("Summary", ["Three fires broke out on the eastern moor.", "Homes at risk: 40."]),
            ("Next steps", ["Damp down the eastern moor tomorrow morning."])],
           "Emergency numbers: Fire 999 – Police 101 – Council 01632 960 000",
           "Chief Executive Dr. Helen Marsh"),
    "es": ("El Ayuntamiento publica el informe de situación nº 1 sobre los incendios forestales del municipio.",
           [("Resumen", ["Se declararon tres incendios en el monte del este.", "Viviendas amenazadas: 40."]),
            ("Próximos pasos", ["Continuar el enfriamiento mañana por la mañana."])],
           "Teléfonos de emergencia: Bomberos 112 – Protección Civil 911 – Policía Municipal 971 123 456",
           "Alcalde Ing. Rolando Toledo"),
}  # fmt: skip


def _html(opening: str, sections: list, numbers: str, signer: str) -> bytes:
    parts = [f"<p>{opening}</p>"]
    for name, points in sections:
        parts.append(f"<h2>{name}</h2><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>")
    parts += [f"<p>{numbers}</p>", f"<p>{signer}</p>"]
    return f"<html><body><main>{''.join(parts)}</main></body></html>".encode()


def _text(opening: str, sections: list, numbers: str, signer: str) -> bytes:
    lines = [opening, ""]
    for name, points in sections:
        lines += [name.upper(), "", *(f"- {p}" for p in points), ""]
    return "\n".join([*lines, numbers, "", signer]).encode()


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_opening_note_and_the_close_are_no_points(lang: str, fmt: str) -> None:
    opening, sections, numbers, signer = CASES[lang]
    report = parse_bytes((_html if fmt == "html" else _text)(opening, sections, numbers, signer), f"r-{lang}.{fmt}")[0]
    assert [i.text for s in report.sections for i in s.items] == [p for _, points in sections for p in points]


def test_figures_per_place_closing_the_report_stay() -> None:
    opening, sections, _, signer = CASES["en"]
    data = _html(opening, sections, "Sandbags: Northfield 450 – Southam 320", signer)
    items = [i.text for s in parse_bytes(data, "r.html")[0].sections for i in s.items]
    assert items[-1] == "Sandbags: Northfield 450 – Southam 320"
