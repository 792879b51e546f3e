"""An administration's news post on the situation: it opens with the line saying the office informs of the situation
("Սյունիքի մարզպետարանը տեղեկացնում է մարզում ստեղծված իրավիճակի մասին։", "Администрация района информирует о
ситуации …") and closes with the line crediting the office that issued it ("Մարզպետարանի հասարակայնության հետ կապերի
բաժին", "Пресс-служба администрации района", "Axborot xizmati", "Press Office, Northfield Council"). Neither is a
point of the report. A line saying what the office informs of ("… информирует о том, что 45 домов подтоплено.")
tells news and stays. As a web page, in Armenian, Russian, Uzbek, Dutch and English; the offices issuing a post
together ("Districtscommissariaat Brokopondo, in samenwerking met …") credit it as one does. A Word report's contacts
("Por consultas: … – Tel. …") and its signer's name over the office ("Coordinación del CECOED Artigas") close it."""

from __future__ import annotations

import io

import docx
import pytest

from sitroom.read import parse_bytes

POSTS = {
    "armenian": {
        "title": "Տեղեկատվություն ձյան տեղումների վերաբերյալ",
        "opening": "Սյունիքի մարզպետարանը տեղեկացնում է մարզում ստեղծված իրավիճակի մասին։",
        "sections": [("Ճանապարհներ", ["Փակ է Գորիս-Ստեփանավան ճանապարհահատվածը։"]),
                     ("Հետագա քայլեր", ["Հաջորդ տեղեկատվությունը կհրապարակվի ժամը 18:00-ին։"])],
        "credit": "Մարզպետարանի հասարակայնության հետ կապերի բաժին",
    },
    "russian": {
        "title": "Оперативная информация о паводке",
        "opening": "Администрация района информирует о ситуации, связанной с весенним паводком.",
        "sections": [("Обстановка", ["Уровень воды в реке Ишим за сутки поднялся на 32 см."]),
                     ("Дальнейшие действия", ["Следующая информация будет опубликована в 18:00."])],
        "credit": "Пресс-служба администрации района",
    },
    "uzbek": {
        "title": "Sel xavfi boʻyicha maʼlumot",
        "opening": "Viloyat hokimligi vaziyat haqida maʼlumotni eʼlon qiladi.",
        "sections": [("Vaziyat", ["Daryodagi suv sathi 24 soatda 18 sm ga koʻtarildi."]),
                     ("Keyingi choralar", ["Keyingi maʼlumot soat 18:00 da eʼlon qilinadi."])],
        "credit": "Viloyat hokimligi axborot xizmati",
    },
    "dutch": {
        "title": "Wateroverlast in het district",
        "opening": "Brokopondo Centrum – Het Districtscommissariaat Brokopondo geeft een overzicht van de situatie "
                   "in de door het hoge water getroffen dorpen en van de hulp die wordt verleend.",
        "sections": [("Situatie", ["Het water in de Surinamerivier is verder gestegen."]),
                     ("Vervolgstappen", ["De volgende update verschijnt op 10 juni."])],
        "credit": "Districtscommissariaat Brokopondo, in samenwerking met het Nationaal Coördinatiecentrum voor "
                  "Rampenbeheersing (NCCR)",
    },
    "english-council": {
        "title": "Flood situation update",
        "opening": "The Oshana Regional Council wishes to inform the public about the flood situation in the region "
                   "as at 2 March 2026.",
        "sections": [("Situation", ["Water levels in the oshanas are still rising."]),
                     ("Next steps", ["The next update will be published on 3 March."])],
        "credit": "Oshana Regional Council, in partnership with the Office of the Prime Minister",
    },
    "english": {
        "title": "Flood update 3",
        "opening": "This update provides the latest information on the flooding in the district.",
        "sections": [("Current situation", ["River levels fell overnight at all three gauges."]),
                     ("Next steps", ["The next update will be published at 6pm."])],
        "credit": "Press Office, Northfield District Council",
    },
}  # fmt: skip


def _page(post: dict, news: str | None = None) -> bytes:
    body = "".join(
        f"<p><strong>{h}</strong></p><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>"
        for h, points in post["sections"]
    )
    lead = f"<p>{news}</p>" if news else ""
    page = (
        f"<html><body><main><h1>{post['title']}</h1><p>{post['opening']}</p>{lead}{body}"
        f"<p><em>{post['credit']}</em></p></main></body></html>"
    )
    return page.encode()


@pytest.mark.parametrize("name", sorted(POSTS))
def test_the_offices_opening_and_credit_are_no_points(name: str) -> None:
    post = POSTS[name]
    report = parse_bytes(_page(post), "post.html")[0]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.items] == post["sections"]


@pytest.mark.parametrize(
    "name,news",
    [("russian", "Администрация района информирует о том, что 45 домов подтоплено."),
     ("english-council", "The council wishes to inform the public that 45 homes were flooded overnight.")],
)  # fmt: skip
def test_a_line_saying_what_the_office_informs_of_is_news(name: str, news: str) -> None:
    report = parse_bytes(_page(POSTS[name], news), "post.html")[0]
    assert news in [i.text for s in report.sections for i in s.items]


def test_a_word_reports_contacts_and_signer_close_it() -> None:
    d = docx.Document()
    d.add_paragraph("Informe de situación N° 2 – Crecida del río Cuareim", style="Title")
    d.add_paragraph("Próximos pasos", style="Heading 1")
    d.add_paragraph("El retorno de las familias se prevé a partir del 7 de julio.", style="List Bullet")
    for line in ["Por consultas: CECOED Artigas – Tel. 4772 2402 – Emergencias: 911", "Gabriela Rodríguez",
                 "Coordinación del CECOED Artigas"]:  # fmt: skip
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    report = parse_bytes(buf.getvalue(), "informe.docx")[0]
    assert [i.text for s in report.sections for i in s.items] == [
        "El retorno de las familias se prevé a partir del 7 de julio."
    ]
