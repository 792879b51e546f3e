"""Web writers of the ``blind18_layouts`` set: a US county health department's measles outbreak situation report
rendered to HTML by Quarto (its ``<nav id="TOC">`` "Table of contents" beside the page repeating every heading as a
link, the title block with subtitle, "Author" and "Published", a "Key points" callout box whose title is a
``<div>``, ``<section class="level2">`` with ``<h2 class="anchored">`` headings over ``<ul>`` points, a folded R code
cell ("Code") with its figure and "Figure 1: …" caption and a table with its "Table 1: …" caption under the case
investigation, the risks as a Pandoc definition list — the risk the ``<dt>``, its mitigation the ``<dd>``, no lead
— and a risk without a mitigation as a paragraph, the "Reuse" appendix; "1,250", "12%", "$3,400", "January 16",
"(up from 5 last week)") and a Ukrainian city council's Telegram channel saved with Telegram Desktop's "Export chat
history" as HTML (the channel's name in the page header, the day's service line, a photo post with its caption,
the report split over two consecutive posts as Telegram splits a long text, each section an emoji and a bold line,
each point a "▪️" line after a ``<br>``, "Що робимо:" in bold inside a risk's line, the hashtags, hotline and
subscribe line, the reactions; "1 250", "12%", "3 400 грн", "16 січня").
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count, split_mitigation
from blind17_layouts_md import LOGO
from blind18_layouts_content import LEADS, MISIATSI
from council_layouts_gold import Doc, Item

# ---------------------------------------------------------------- US county health department (Quarto)

R_CODE = ('cases <span class="ot">&lt;-</span> <span class="fu">read_csv</span>(<span class="st">"data/linelist.csv"'
          '</span>)\ncases <span class="sc">|&gt;</span> <span class="fu">count</span>(week <span class="ot">=</span> '
          '<span class="fu">floor_date</span>(rash_onset, <span class="st">"week"</span>)) <span class="sc">|&gt;'
          '</span>\n  <span class="fu">ggplot</span>(<span class="fu">aes</span>(week, n)) <span class="sc">+</span> '
          '<span class="fu">geom_col</span>(<span class="at">fill =</span> '
          '<span class="st">"#1f6f8b"</span>)')  # fmt: skip


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def _code_cell(n: int, caption: str) -> str:
    lines = "".join(f'<span id="cb{n}-{k}"><a href="#cb{n}-{k}" aria-hidden="true" tabindex="-1"></a>{line}</span>\n'
                    for k, line in enumerate(R_CODE.split("\n"), start=1))  # fmt: skip
    return (f'<div class="cell"><details class="code-fold"><summary>Code</summary><div class="sourceCode cell-code" '
            f'id="cb{n}"><pre class="sourceCode r code-with-copy"><code class="sourceCode r">{lines}</code></pre>'
            '</div></details><div class="cell-output-display"><div id="fig-epicurve" class="quarto-float '
            'quarto-figure quarto-figure-center anchored"><figure class="quarto-float quarto-float-fig figure"><div '
            f'aria-describedby="fig-epicurve-caption-{n}"><img src="data:image/png;base64,{LOGO}" class="img-fluid '
            f'quarto-figure quarto-figure-center figure-img" width="672"></div><figcaption class="quarto-float-caption-'
            f'bottom quarto-float-caption quarto-float-fig" id="fig-epicurve-caption-{n}">Figure&nbsp;1: {caption}'
            "</figcaption></figure></div></div></div>")  # fmt: skip


def _age_table(total: int) -> str:
    shares = (("Under 5 years", 0.31), ("5–17 years", 0.46), ("18–49 years", 0.17), ("50 years and older", 0.06))
    rows = "".join(f'<tr class="{"odd" if k % 2 else "even"}"><td>{age}</td><td style="text-align: right;">'
                   f"{round(total * s)}</td></tr>" for k, (age, s) in enumerate(shares))  # fmt: skip
    return ('<div class="cell-output-display"><table class="caption-top table table-sm table-striped small" '
            'data-quarto-postprocess="true"><caption>Table&nbsp;1: Confirmed cases by age group</caption><thead><tr '
            f'class="header"><th>Age group</th><th style="text-align: right;">Cases</th></tr></thead><tbody>{rows}'
            "</tbody></table></div>")  # fmt: skip


def _risks_dl(items: list[Item]) -> str:
    """Pandoc's output of the risks: consecutive risks with a mitigation one ``<dl>``, a risk without one a
    paragraph between them."""
    out: list[str] = []
    terms: list[str] = []
    for it in items:
        risk, _, mitigation = split_mitigation(it, LEADS["us"])
        if mitigation:
            terms.append(f"<dt>{escape(risk, quote=False)}</dt>\n<dd>\n<p>{escape(mitigation, quote=False)}</p>\n</dd>")
            continue
        if terms:
            out.append("<dl>\n" + "\n".join(terms) + "\n</dl>")
            terms = []
        out.append(f"<p>{escape(it.text, quote=False)}</p>")
    if terms:
        out.append("<dl>\n" + "\n".join(terms) + "\n</dl>")
    return "\n".join(out)


def html_quarto_measles_us(doc: Doc) -> bytes:
    """The department's weekly outbreak report as its epidemiologist renders it from a .qmd file with Quarto."""
    when = report_day(doc)
    title = f"Measles Outbreak Situation Report #{doc.number}"
    cases = count(doc, ("confirmed measles cases",), 24)
    highlights, *rest = doc.sections
    toc = "".join(f'<li><a href="#{_slug(s.heading)}" id="toc-{_slug(s.heading)}" class="nav-link'
                  f'{" active" if k == 0 else ""}" data-scroll-target="#{_slug(s.heading)}">{escape(s.heading)}</a>'
                  "</li>" for k, s in enumerate(rest))  # fmt: skip
    callout = ('<div class="callout callout-style-default callout-important callout-titled"><div class="callout-header '
               'd-flex align-content-center"><div class="callout-icon-container"><i class="callout-icon"></i></div>'
               f'<div class="callout-title-container flex-fill">{escape(highlights.heading)}</div></div><div '
               'class="callout-body-container callout-body"><ul>'
               + "".join(f"<li>{escape(i.text, quote=False)}</li>" for i in highlights.items)
               + "</ul></div></div>")  # fmt: skip
    parts = [
        '<div id="quarto-content" class="page-columns page-rows-contents page-layout-article toc-left">',
        '<div id="quarto-sidebar-toc-left" class="sidebar toc-left"><nav id="TOC" role="doc-toc" class="toc-active">'
        f'<h2 id="toc-title">Table of contents</h2><ul>{toc}</ul></nav></div>',
        '<main class="content" id="quarto-document-content">',
        '<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title">'
        f'<h1 class="title">{escape(title)}</h1><p class="subtitle lead">{escape(doc.organisation)} – Epidemiology and '
        'Disease Control</p></div><div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author'
        '</div><div class="quarto-title-meta-contents"><p>Epidemiology Program</p></div></div><div><div '
        'class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">'
        f"{when:%B} {when.day}, {when.year}</p></div></div></div></header>",
        callout,
    ]  # fmt: skip
    for k, s in enumerate(rest):
        sid = _slug(s.heading)
        body = _risks_dl(s.items) if s.risks else "<ul>" + "".join(
            f"<li>{escape(i.text, quote=False)}</li>" for i in s.items) + "</ul>"  # fmt: skip
        if k == 0:
            body += _code_cell(1, "Confirmed measles cases by week of rash onset") + _age_table(cases)
        parts.append(f'<section id="{sid}" class="level2"><h2 class="anchored" data-anchor-id="{sid}">'
                     f"{escape(s.heading)}</h2>\n{body}\n</section>")  # fmt: skip
    parts += [
        '</main><div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse">'
        '<h2 class="anchored quarto-appendix-heading">Reuse</h2><div class="quarto-appendix-contents"><div><a '
        'rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section></div>',
        "</div>",
    ]  # fmt: skip
    html = ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>\n<meta '
            'charset="utf-8">\n<meta name="generator" content="quarto-1.5.57">\n<meta name="viewport" content="width='
            'device-width, initial-scale=1.0, user-scalable=yes">\n<meta name="author" content="Epidemiology Program">'
            f'\n<meta name="dcterms.date" content="{when:%Y-%m-%d}">\n<title>{escape(title)}</title>\n<script src="'
            'sitrep_files/libs/clipboard/clipboard.min.js"></script>\n<link href="sitrep_files/libs/bootstrap/'
            'bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap">\n</head>\n<body class="fullcontent">\n'
            + "\n".join(parts) + "\n</body></html>")  # fmt: skip
    return html.encode()


# ---------------------------------------------------------------- Ukrainian city council (Telegram export)

TAGS = {
    "Ізмаїльська": "Ізмаїл",
    "Чорноморська": "Чорноморськ",
    "Подільська": "Подільськ",
    "Білгород-Дністровська": "БілгородДністровський",
}
EMOJI = {"highlights": "📌", "impacts": "⚡️", "recovery": "🛠", "assistance": "🏠", "risks": "⚠️",
         "communications": "📢"}  # fmt: skip


def _tg_line(item: Item) -> str:
    risk, lead, mitigation = split_mitigation(item, LEADS["uk"])
    if not lead:
        return "▪️ " + escape(item.text, quote=False)
    return f"▪️ {escape(risk, quote=False)} <strong>{escape(lead)}</strong> {escape(mitigation, quote=False)}"


def _tg_section(s) -> str:
    mark = "🔥" if s.heading.startswith("Тепло") else EMOJI.get(s.key or "", "🔹")
    return f"<strong>{mark} {escape(s.heading)}</strong><br>" + "<br>".join(_tg_line(i) for i in s.items)


def _tg_message(mid: int, stamp: str, clock: str, inner: str, joined: bool, name: str = "") -> str:
    head = ("" if joined else '<div class="pull_left userpic_wrap"><div class="userpic userpic4" style="width: 42px; '
            'height: 42px"><div class="initials" style="line-height: 42px">МР</div></div></div>')  # fmt: skip
    who = "" if joined else f'<div class="from_name">{escape(name)} </div>'
    return (
        f'<div class="message default clearfix{" joined" if joined else ""}" id="message{mid}">{head}<div '
        f'class="body"><div class="pull_right date details" title="{stamp}">{clock}</div>{who}{inner}</div></div>'
    )


def html_telegram_rada_uk(doc: Doc) -> bytes:
    """The council's channel on the day of the report as its press office's export from Telegram Desktop."""
    when = report_day(doc)
    name = doc.organisation
    town = TAGS.get(name.split()[0], "громада")
    base = 4000 + 37 * doc.number + zlib.crc32(name.encode()) % 500
    day = f"{when.day} {MISIATSI[when.month - 1]} {when.year}"
    stamp = f"{when:%d.%m.%Y} 08:0{doc.number % 10}:1{doc.number % 10} UTC+02:00"
    half = (len(doc.sections) + 1) // 2
    first = "<br><br>".join(_tg_section(s) for s in doc.sections[:half])
    second = "<br><br>".join(_tg_section(s) for s in doc.sections[half:])
    title = (f"<strong>❗️ Оперативна інформація щодо ліквідації наслідків негоди станом на 08:00 {when.day} "
             f"{MISIATSI[when.month - 1]}</strong><br><br>")  # fmt: skip
    outro = (f"<br><br>☎️ Гаряча лінія міської ради: 0 800 30{doc.number} 15{len(town)}<br><br>#{town} #негода "
             f"#оперативно<br><br>👉 Підписатися на канал: https://t.me/rada{base % 1000}")  # fmt: skip
    photo = f"photos/photo_{base - 1}@{when:%d-%m-%Y}_07-4{doc.number % 10}-02.jpg"
    nxt = when + timedelta(days=1)
    messages = [
        f'<div class="message service" id="message-1"><div class="body details">{day}</div></div>',
        _tg_message(base - 1, stamp.replace("08:0", "07:4"), f"07:4{doc.number % 10}",
                    f'<div class="media_wrap clearfix"><a class="photo_wrap clearfix pull_left" href="{photo}"><img '
                    f'class="photo" src="{photo[:-4]}_thumb.jpg" style="width: 260px; height: 195px"/></a></div>'
                    '<div class="text">Енергетики відновлюють пошкоджені лінії електропередачі. Фото: пресслужба '
                    "міської ради</div>", False, name),
        _tg_message(base, stamp, f"08:0{doc.number % 10}", f'<div class="text">{title}{first}</div>', False, name),
        _tg_message(base + 1, stamp, f"08:0{doc.number % 10}", f'<div class="text">{second}{outro}</div>'
                    '<span class="reactions"><span class="reaction"><span class="emoji">🙏</span><span class="count">'
                    f"{40 + 7 * doc.number}</span></span><span class=\"reaction\"><span class=\"emoji\">👍</span><span "
                    f'class="count">{12 + doc.number}</span></span></span>', True),
        _tg_message(base + 2, stamp.replace("08:0", "19:3"), f"19:3{doc.number % 10}",
                    f'<div class="text">Наступне оперативне зведення — {nxt.day} {MISIATSI[nxt.month - 1]} о 08:00.'
                    "</div>", False, name),
    ]  # fmt: skip
    html = ('<!DOCTYPE html>\n<html>\n <head>\n  <meta charset="utf-8"/>\n<title>Exported Data</title>\n  <meta '
            'content="width=device-width, initial-scale=1.0" name="viewport"/>\n  <link href="css/style.css" '
            'rel="stylesheet"/>\n  <script src="js/script.js" type="text/javascript"></script>\n </head>\n <body '
            'onload="CheckLocation();">\n  <div class="page_wrap">\n   <div class="page_header">\n    <div '
            f'class="content">\n     <div class="text bold">\n{escape(name)}\n     </div>\n    </div>\n   </div>\n   '
            '<div class="page_body chat_page">\n    <div class="history">\n'
            + "\n".join(messages) + "\n    </div>\n   </div>\n  </div>\n </body>\n</html>\n")  # fmt: skip
    return html.encode()
