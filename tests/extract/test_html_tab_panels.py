"""A page that sets its sections in tabs or an accordion: each tab's title heads its panel, and a panel
hidden until its title is chosen (``role="tabpanel" hidden``) is read all the same. A hidden part that is
no panel (a dialog template, a hidden notice) stays out.

Two layouts: a page builder's accordion (``<div role="tab">`` titles holding a link, ``<div role="tabpanel"
hidden>`` contents of paragraphs) in Spanish, and ARIA tabs (``<button role="tab">`` in a tab list, the
panels after it) in English.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

SECTIONS = {
    "es": {"1. SITUACIÓN GENERAL": ["Las lluvias intensas continúan en la vertiente del Pacífico."],
           "2. AFECTACIÓN": ["Se reportan 1.250 personas afectadas en 12 municipios.", "Hay 3 albergues abiertos."]},
    "en": {"Current situation": ["Rain continues over the western slopes of the district."],
           "Impacts": ["1,250 people are affected in 12 towns.", "3 shelters are open."]},
}  # fmt: skip


def _page(lang: str) -> bytes:
    parts = []
    if lang == "es":
        for n, (title, paras) in enumerate(SECTIONS[lang].items(), 1):
            body = "".join(f"<p>{p}</p>" for p in paras)
            parts.append(
                f'<div class="acc-item"><div id="t{n}" class="acc-title" role="tab" aria-expanded="false">'
                f'<span class="icon"></span><a href="">{title}</a></div>'
                f'<div id="c{n}" class="acc-content" role="tabpanel" hidden>{body}</div></div>'
            )
    else:
        titles = list(SECTIONS[lang])
        parts.append(
            '<div role="tablist">'
            + "".join(f'<button role="tab" aria-controls="p{n}">{t}</button>' for n, t in enumerate(titles))
            + "</div>"
        )
        for n, paras in enumerate(SECTIONS[lang].values()):
            items = "".join(f"<li>{p}</li>" for p in paras)
            parts.append(f'<div id="p{n}" role="tabpanel"{" hidden" if n else ""}><ul>{items}</ul></div>')
    notice = '<div class="notice" hidden><p>This notice is shown when your session is about to expire.</p></div>'
    html = (
        f"<html><body><main><article><h1>Informe de situación N° 3</h1><p>Publicado: 12 de marzo de 2024</p>"
        f"{''.join(parts)}{notice}</article></main></body></html>"
    )
    return html.encode()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_tab_titles_head_their_panels_hidden_or_not(lang: str) -> None:
    report = parse_bytes(_page(lang), f"informe-{lang}.html")[0]
    assert {s.heading: [i.text for i in s.items] for s in report.sections} == SECTIONS[lang]
