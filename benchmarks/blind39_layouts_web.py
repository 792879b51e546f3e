"""Web, Markdown and chat writers of the ``blind39_layouts`` set.

A Swedish municipality's weekly situation picture ("lägesbild") of a drought and water shortage, a page of the
municipality's website built in Sitevision, saved as HTML: the cookie banner ("Vi använder kakor …"), the skip link,
the header (the municipality's name, "Sök", "Lyssna", "Languages"), the breadcrumb trail, at the left Sitevision's
vertical menu of the water pages (whose names are those of two sections: "Bevattningsförbud", "Nödvatten"), the
page's ``h1`` "Lägesbild vattenbrist" and its lead paragraph ("Lägesbild nr 3 …"), each section an ``h2 class=
"subheading"``, the summary as ``p class="normal"``, the other points in a ``ul class="sv-defaultlist"``, "Det här gör
vi:" in ``<strong>`` inside a risk's point; at the right the "Kontakta oss" box and the related pages; under the text
"Senast uppdaterad", "Sidansvarig", the "Dela sidan" links and the feedback widget "Fick du svar på din fråga? Ja /
Nej"; the footer with address, telephone and the site's links. "3 400 kronor", "1,25 miljoner kronor", "1 250",
"12 procent", "16 juli", "(förra lägesbilden: 5)".

A La Palma town council's CECOPAL situation report in a volcanic eruption, in Spanish, kept as a page of the council's
BookStack wiki and exported with "Export → Markdown": the page's name as ``#``, the callout BookStack keeps as HTML
(``<p class="callout info">`` "Documento de uso interno …"), the "**Fecha y hora:**" and "**Elaborado por:**" lines
with Markdown's hard breaks, each section a "Medium Header" (``###``), the summary as paragraphs, the other points
after "- ", "**Medidas:**" inside a risk's point, the IGN's monitoring figures as a pipe table under the current
situation, the lava-flow map as an image under the damage, and the italic sign-off. "3.400 €", "1,25 millones de €",
"1.250", "12 %", "16 de octubre", "(informe anterior: 5)".

A Korean county disaster and safety headquarters' wildfire situation report, posted by the duty officer in the
county's KakaoTalk group room and saved with KakaoTalk for Windows' "대화 내용 내보내기" (export chat) as text
(UTF-8 with a byte order mark, CRLF): "… 님과 카카오톡 대화", "저장한 날짜 : …", the day's line
"--------------- 2026년 3월 23일 월요일 ---------------", each message "[name post] [오후 7:40] "
and its text, a message of several lines going on over the next lines without a prefix, a photo as "사진",
a file as "파일: …"; the report one message, typed as Korean offices type reports —
"[청하군 산불 상황보고 제3보]", "(3.23. 19:00 기준, …)", each section's name after "□", its points after "○"
(the summary too), "대책:" inside a risk's point, "※ 다음 보고: …" —, among the other members' messages.
"5억 1,200만 원", "1,250", "12%", "3.16.", "(전보 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind39_layouts_banks_far import SANBUL
from blind39_layouts_content import ES_MONTHS, SV_MONTHS, parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Sitevision page, Swedish municipality

MENU = ("Dricksvatten", "Lägesbild vattenbrist", "Bevattningsförbud", "Nödvatten", "Spara vatten", "Enskilt avlopp",
        "Avgifter och taxor")  # fmt: skip


def html_sitevision_se(doc: Doc) -> bytes:
    """The municipality's situation picture as a page of its Sitevision website."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    town = doc.organisation
    dom = slug(town.removesuffix(" kommun")).replace("ö", "o").replace("ä", "a").replace("å", "a")
    day = f"{when.day} {SV_MONTHS[when.month - 1]} {when.year}"
    body: list[str] = []
    for s in doc.sections:
        body.append(f'<h2 class="subheading">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body += [f'<p class="normal">{escape(it.text)}</p>' for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "sv")
            lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead else
                       f"<li>{escape(it.text)}</li>")  # fmt: skip
        body.append(f'<ul class="sv-defaultlist">{"".join(lis)}</ul>')
    menu = "".join(f'<li class="sv-menu__item{" sv-menu__item--active" if m == MENU[1] else ""}"><a href="/bo-och-'
                   f'bygga/vatten-och-avlopp/{slug(m)}.html">{m}</a></li>' for m in MENU)  # fmt: skip
    text = (f'<div class="sv-text-portlet"><h1 class="heading">Lägesbild vattenbrist</h1><p class="ingress">Lägesbild '
            f"nr {doc.number}, {day}. Kommunen uppdaterar lägesbilden varje måndag så länge vattenbristen "
            f'pågår.</p></div><div class="sv-text-portlet">{"".join(body)}</div>'
            f'<div class="sv-text-portlet meta"><p class="sv-font-liten">Senast uppdaterad: {day}<br>Sidansvarig: '
            'Kommunikationsenheten</p></div><div class="share"><span>Dela sidan:</span> <a href="#">Facebook</a> '
            '<a href="#">LinkedIn</a> <a href="#">E-post</a></div><div class="feedback"><p>Fick du svar på din '
            'fråga?</p><button type="button">Ja</button> <button type="button">Nej</button></div>')  # fmt: skip
    aside = (f'<div class="contact"><h2 class="subheading">Kontakta oss</h2><p>Kontaktcenter<br>Telefon: '
             f"0{470 + h % 90}-{h % 900 + 100} 00<br>E-post: kommun@{dom}.example.se<br>Öppet vardagar 8–17</p></div>"
             '<div class="related"><h2 class="subheading">Relaterade sidor</h2><ul><li><a href="#">Krisinformation.se'
             '</a></li><li><a href="#">SMHI – Grundvattennivåer</a></li></ul></div>')  # fmt: skip
    html = ('<!DOCTYPE html><html lang="sv" class="sv-no-js sv-template-sida"><head><meta charset="utf-8"><title>'
            f'Lägesbild vattenbrist - {escape(town)}</title><meta name="generator" content="Sitevision"></head><body '
            'class="sv-responsive"><div class="cookie-banner" role="dialog"><p>Vi använder kakor (cookies) för att '
            "webbplatsen ska fungera och för att förbättra den.</p><button>Acceptera alla</button> <button>Endast "
            'nödvändiga</button></div><a class="skip" href="#content">Till sidans innehåll</a><header><div class='
            f'"logo">{escape(town)}</div><nav class="tools"><a href="#">Sök</a> <a href="#">Lyssna</a> <a href="#">'
            'Languages</a></nav></header><nav class="breadcrumb" aria-label="Du är här"><ol><li><a href="/">Startsida'
            '</a></li><li><a href="#">Bo och bygga</a></li><li><a href="#">Vatten och avlopp</a></li><li>Lägesbild '
            'vattenbrist</li></ol></nav><div class="sv-layout sv-row"><div class="sv-column-3"><nav class="sv-'
            f'vertical sv-menu"><ul>{menu}</ul></nav></div><main id="content" class="sv-column-6">{text}</main>'
            f'<aside class="sv-column-3">{aside}</aside></div><footer><p>{escape(town)}, Box {100 + h % 800}, '
            f"{h % 900 + 100} {h % 90 + 10} {escape(town.removesuffix(' kommun'))}</p><p><a href=\"#\">Om "
            'webbplatsen</a> | <a href="#">Tillgänglighetsredogörelse</a> | <a href="#">Kakor</a></p></footer>'
            "</body></html>")  # fmt: skip
    return html.encode()


# ---------------------------------------------------------------- BookStack Markdown export, La Palma

AUTHORS_ES = ("Subinspección de Policía Local", "Coordinación municipal de Protección Civil",
              "Concejalía de Seguridad y Emergencias", "Técnico municipal de Emergencias")  # fmt: skip


def md_bookstack_es(doc: Doc) -> bytes:
    """The council's CECOPAL report as BookStack exports the wiki page to Markdown."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = ("Los Llanos de Aridane", "El Paso", "Tazacorte", "Fuencaliente de La Palma").index(
        doc.organisation.removeprefix("Ayuntamiento de ")
    )
    day = f"{when.day} de {ES_MONTHS[when.month - 1]} de {when.year}"
    out = [f"# Informe de situación n.º {doc.number} – {day}", "",
           '<p class="callout info">Documento de uso interno del CECOPAL. No difundir sin autorización de la '
           "Alcaldía.</p>", "", f"**Fecha y hora:** {when:%d/%m/%Y} 20:00  ",
           f"**Elaborado por:** {AUTHORS_ES[k]} – CECOPAL", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"### {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "es")
            out.append(f"- {risk} **{lead}** {rest}" if lead else f"- {it.text}")
        out.append("")
        if s.key == "situation":
            out += ["| Parámetro (IGN, últimas 24 h) | Valor |", "| --- | --- |",
                    f"| Sismos localizados | {20 + h % 70} |", f"| Magnitud máxima | {2 + h % 3},{h % 10} mbLg |",
                    f"| Altura de la columna eruptiva | {2000 + h % 2500} m |",
                    f"| Emisión de SO2 | {8000 + h % 20000} t/día |", ""]  # fmt: skip
        if s.key == "impacts":
            out += [f"![Mapa de coladas {when:%d/%m}](https://wiki.cecopal.example.es/uploads/images/gallery/"
                    f"{when:%Y-%m}/mapa-coladas-{when:%d%m}.png)", ""]  # fmt: skip
    out.append(f"*Revisado por la Jefatura del CECOPAL – próximo informe: {when + timedelta(days=1):%d/%m} 20:00*")
    return ("\n".join(out) + "\n").encode()


# ---------------------------------------------------------------- KakaoTalk for Windows export, Korean county

OFFICERS_KO = ("김도윤 주무관", "이서연 주무관", "박준혁 주무관", "정하은 주무관")
OTHERS_KO = ("박민호 안전총괄팀장", "최은지 도 상황실", "윤성훈 산림과장", "한지민 보건소")
KO_DAYS = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")
KO_WEEK = ("월", "화", "수", "목", "금", "토", "일")


def _ampm(t) -> str:
    hour = t.hour % 12 or 12
    return f"{'오전' if t.hour < 12 else '오후'} {hour}:{t.minute:02d}"


def txt_kakaotalk_ko(doc: Doc) -> bytes:
    """The county's wildfire report in its KakaoTalk group room as KakaoTalk for Windows exports the chat."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = SANBUL.organisations.index(doc.organisation)
    county = doc.organisation.split()[0]
    me = OFFICERS_KO[k]
    body = [
        f"[{county} 산불 상황보고 제{doc.number}보]",
        f"({when.month}.{when.day}. 19:00 기준, {doc.organisation})",
        "",
    ]
    for s in doc.sections:
        body.append(s.heading)
        for it in s.items:
            risk, lead, rest = parts(it, "ko")
            body.append(f"○ {risk} {lead} {rest}" if lead else f"○ {it.text}")
        body.append("")
    nxt = when + timedelta(days=1)
    body.append(f"※ 다음 보고: {nxt.month}.{nxt.day}.({KO_WEEK[nxt.weekday()]}) 07:00")
    t = when.replace(hour=17, minute=h % 30 + 10)
    room = f"{county} 산불 대응 상황 공유방"
    saved = f"{when:%Y-%m-%d} {_ampm(t + timedelta(hours=3))}:{h % 50 + 10}"
    day = f"{when.year}년 {when.month}월 {when.day}일 {KO_DAYS[when.weekday()]}"
    said = [(OTHERS_KO[0], 0, "헬기 추가 투입 요청 들어갔습니다 도에서 회신 오면 공유드릴게요"),
            (OTHERS_KO[2], 9, "사진"), (OTHERS_KO[2], 10, "북쪽 능선 쪽 연기 다시 올라옵니다"),
            (me, 98, "\n".join(body)), (me, 99, f"파일: {county}_산불상황보고_제{doc.number}보.hwp"),
            (OTHERS_KO[1], 104, "확인했습니다. 도 상황실로 보고하겠습니다"),
            (OTHERS_KO[0], 106, "수고 많으셨습니다 👍"),
            (OTHERS_KO[3], 115, "대피소 의료지원반 내일 08시 교대 예정입니다")]  # fmt: skip
    lines = [f"{room} 님과 카카오톡 대화", f"저장한 날짜 : {saved}", "", "", f"--------------- {day} ---------------"]
    lines += [f"[{who}] [{_ampm(t + timedelta(minutes=m))}] {text}" for who, m, text in said]
    return ("\ufeff" + "\r\n".join("\n".join(lines).split("\n")) + "\r\n").encode("utf-8")
