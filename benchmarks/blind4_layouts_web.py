"""E-mail, web, Markdown and text writers of the sixth blind council layouts (``blind4_layouts``): a Spanish
"Informe de situación" sent from Outlook (Word's HTML, ``MsoListParagraph`` bullets behind conditional
comments, an inline logo, a risk table), a WordPress intranet post (theme header, menu, breadcrumbs,
Gutenberg blocks, comments, sidebar widgets), a Markdown status note whose headings are bold labels of
nested bullets, and a Teams channel conversation saved as text.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from council_layouts_gold import OWNERS, RAG, Doc

NIVEL = ("Bajo", "Medio", "Alto", "Alto")


def _day(doc: Doc) -> datetime:
    return datetime.strptime(doc.date, "%d %B %Y")


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (120, 40), (0, 51, 102)).save(buf, format="PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- Outlook, in Spanish

MSO_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
    'content="Microsoft Word 15 (filtered medium)"><style><!--\n@font-face {font-family:Calibri;}\n'
    'p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
    "p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast "
    "{margin-left:36.0pt;mso-add-space:auto;}\n@list l0 {mso-list-id:1143427062;}\n"
    "@list l0:level1 {mso-level-number-format:bullet;mso-level-text:\uf0b7;font-family:Symbol;}\n"
    'div.WordSection1 {page:WordSection1;}\n--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" '
    'spidmax="1026" /></xml><![endif]--></head><body lang="ES" link="#0563C1" vlink="#954F72" '
    'style="word-wrap:break-word"><div class="WordSection1">'
)
CID = "image001.png@01D60C1A.3F5E2B40"


def _p(html: str, style: str = "") -> str:
    attr = f" style='{style}'" if style else ""
    return f"<p class=MsoNormal{attr}>{html}<o:p></o:p></p>"


def _mso_bullets(texts: list[str]) -> list[str]:
    """Word's bullets as Outlook sends them: a Symbol-font "·" and spacing behind ``<![if !supportLists]>``."""
    out = []
    for n, text in enumerate(texts):
        place = "First" if n == 0 else "Last" if n == len(texts) - 1 else "Middle"
        place = "Last" if len(texts) == 1 else place
        out.append(
            f"<p class=MsoListParagraphCxSp{place} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
            "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·"
            "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
            f"</span></span><![endif]>{escape(text)}<o:p></o:p></p>"
        )
    return out


def _mso_table(rows: list[list[str]], widths: list[int]) -> str:
    cells = []
    for r, row in enumerate(rows):
        tds = "".join(
            f"<td width={w} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
            f"{';background:#D9E2F3' if r == 0 else ''}'>"
            + _p(f"<b>{escape(v)}</b>" if r == 0 else escape(v)) + "</td>"
            for v, w in zip(row, widths, strict=True)
        )  # fmt: skip
        cells.append(f"<tr>{tds}</tr>")
    return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
            "border:none'>" + "".join(cells) + "</table>")  # fmt: skip


def email_outlook_spanish(doc: Doc) -> bytes:
    """An HTML-only Outlook message (multipart/related: Word's HTML and the logo it shows): "Estimados/as:",
    a covering line, the report's name in bold, a Fecha de corte | Hora | Nivel de alerta | Informe N° table,
    each section a bold coloured capitals line and Word bullets, the risks as a Riesgo | Nivel | Medidas de
    mitigación table, then a sign-off, a signature with the logo and a confidentiality notice."""
    day = _day(doc)
    color = "color:#1F3864"
    body = [MSO_HEAD, _p("Estimados/as:"), _p("&nbsp;"),
            _p(f"Se remite el informe de situación del servicio de {escape(doc.service)} con corte a las 08:00 h."),
            _p("&nbsp;"), _p(f"<b><span style='font-size:14.0pt;{color}'>{escape(doc.title)}</span></b>"),
            _mso_table([["Fecha de corte", "Hora", "Nivel de alerta", "Informe N°"],
                        [f"{day:%d/%m/%Y}", "08:00 h", "Amarilla", str(doc.number)]], [150, 80, 120, 90]),
            _p("&nbsp;")]  # fmt: skip
    for s in doc.sections:
        size = "12.0pt" if s.level == 1 else "11.0pt"
        body.append(_p(f"<b><span style='font-size:{size};{color}'>{escape(s.heading)}</span></b>"))
        if s.risks:
            rows = [["Riesgo", "Nivel", "Medidas de mitigación"]]
            rows += [[it.body, NIVEL[it.level], it.mitigation or "Sin medidas adicionales"] for it in s.items]
            body.append(_mso_table(rows, [300, 70, 250]))
        else:
            body += _mso_bullets([it.text for it in s.items])
        body.append(_p("&nbsp;"))
    body += [_p("Saludos cordiales,"), _p("&nbsp;"),
             _p(f"<b><span style='{color}'>Lucía Fernández Ortega</span></b>"),
             _p("Coordinadora de la Sala de Situación · Centro de Operaciones de Emergencia (COE)"),
             _p(f"{escape(doc.organisation)} | Tel. +34 910 000 123"),
             _p(f"<img width=120 height=40 src=\"cid:{CID}\" alt=\"Logotipo COE\">"), _p("&nbsp;"),
             _p("AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos "
                "exclusivamente a sus destinatarios.", "font-size:7.5pt;color:gray"),
             "</div></body></html>"]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Sala de Situación COE <sala.situacion@example.es>"
    msg["To"] = "Comité de Emergencias <comite.emergencias@example.es>"
    msg["Subject"] = doc.title
    msg["Date"] = format_datetime(day.replace(hour=9, minute=4, tzinfo=UTC))
    msg.set_content("\n".join(body), subtype="html")
    msg.add_related(_png(), maintype="image", subtype="png", cid=f"<{CID}>", filename="image001.png")
    return bytes(msg)


# ---------------------------------------------------------------- WordPress intranet post


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _widget(title: str, links: list[str]) -> str:
    items = "".join(f"<li><a href='/{_slug(x)}/'>{escape(x)}</a></li>" for x in links)
    return f"<section class='widget'><h2 class='widget-title'>{escape(title)}</h2><ul>{items}</ul></section>"


def html_wordpress(doc: Doc) -> bytes:
    """A post on a WordPress intranet (a council in Australia): site title and tagline, the primary menu, a
    search form, Yoast breadcrumbs, the post title and its "Posted on … by …" line, an "as at" paragraph,
    ``wp:heading`` h2 / h3 blocks, ``wp-block-list`` bullets, the risks as a Gutenberg table (Risk | Rating |
    Mitigation | Owner, with a caption), categories and tags, post navigation, two comments and the reply
    form, a sidebar of widgets (recent posts, archives, categories) and a footer with an Acknowledgement
    of Country."""
    prev = f"{doc.service} situation report {max(1, doc.number - 1)}"
    out = [
        "<!DOCTYPE html><html lang='en-AU'><head><meta charset='UTF-8'>",
        f"<title>{escape(doc.title)} – Staff Intranet</title><link rel='stylesheet' "
        "href='/wp-content/themes/twentytwenty/style.css?ver=1.2'></head>",
        "<body class='post-template-default single single-post'><div id='page' class='site'>",
        "<header id='masthead' class='site-header'><p class='site-title'><a href='/' rel='home'>Staff Intranet</a>"
        f"</p><p class='site-description'>{escape(doc.organisation)} – working together</p>",
        "<nav class='main-navigation'><ul id='primary-menu' class='menu'><li><a href='/'>Home</a></li>"
        "<li><a href='/news/'>News</a></li><li><a href='/emergency-management/'>Emergency Management</a></li>"
        "<li><a href='/hr/'>HR &amp; Payroll</a></li><li><a href='/it-help/'>IT Help</a></li></ul></nav>",
        "<form role='search' class='search-form' action='/'><label><span class='screen-reader-text'>Search for:"
        "</span><input type='search' name='s' placeholder='Search …'></label><input type='submit' value='Search'>"
        "</form></header>",
        "<div id='content' class='site-content'><main id='main' class='site-main'>",
        "<nav aria-label='breadcrumbs' class='yoast-breadcrumbs'><span><span><a href='/'>Home</a></span> » <span>"
        "<a href='/category/situation-reports/'>Situation reports</a></span> » <span class='breadcrumb_last' "
        f"aria-current='page'>{escape(doc.title)}</span></span></nav>",
        "<article class='post type-post status-publish format-standard hentry category-situation-reports'>",
        f"<header class='entry-header'><h1 class='entry-title'>{escape(doc.title)}</h1><div class='entry-meta'>"
        f"<span class='posted-on'>Posted on <time class='entry-date published'>{doc.date}</time></span>"
        "<span class='byline'> by <span class='author vcard'><a href='/author/emteam/'>Emergency Management Team"
        "</a></span></span></div></header><div class='entry-content'>",
        f"<!-- wp:paragraph --><p><em>This report is current as at 9:00am AEST on {doc.date}. It is updated "
        "each business day.</em></p><!-- /wp:paragraph -->",
    ]
    for s in doc.sections:
        tag, level = ("h2", "") if s.level == 1 else ("h3", ' {"level":3}')
        out.append(f"<!-- wp:heading{level} --><{tag} class='wp-block-heading' id='{_slug(s.heading)}'>"
                   f"{escape(s.heading)}</{tag}><!-- /wp:heading -->")  # fmt: skip
        if s.risks:
            rows = "".join(
                f"<tr><td>{escape(it.body)}</td><td>{RAG[it.level]}</td><td>{escape(it.mitigation or '')}</td>"
                f"<td>{OWNERS[n % len(OWNERS)]}</td></tr>"
                for n, it in enumerate(s.items)
            )
            out.append("<!-- wp:table --><figure class='wp-block-table is-style-stripes'><table class='has-fixed-"
                       "layout'><thead><tr><th>Risk</th><th>Rating</th><th>Mitigation</th><th>Owner</th></tr>"
                       f"</thead><tbody>{rows}</tbody></table><figcaption class='wp-element-caption'>Extract from "
                       "the operational risk register</figcaption></figure><!-- /wp:table -->")  # fmt: skip
        elif s.items:
            lis = "".join(f"<!-- wp:list-item --><li>{escape(it.text)}</li><!-- /wp:list-item -->" for it in s.items)
            out.append(f"<!-- wp:list --><ul class='wp-block-list'>{lis}</ul><!-- /wp:list -->")
    out += [
        "</div><footer class='entry-footer'><span class='cat-links'>Posted in <a href='/category/situation-reports/'>"
        "Situation reports</a></span><span class='tags-links'>Tagged <a href='/tag/covid-19/'>COVID-19</a>, "
        "<a href='/tag/emergency/'>emergency</a></span></footer></article>",
        "<nav class='navigation post-navigation' aria-label='Posts'><div class='nav-links'><div class='nav-previous'>"
        f"<a href='/{_slug(prev)}/' rel='prev'>← {escape(prev)}</a></div></div></nav>",
        "<div id='comments' class='comments-area'><h2 class='comments-title'>2 thoughts on “"
        f"{escape(doc.title)}”</h2><ol class='comment-list'>",
        "<li class='comment'><article class='comment-body'><footer class='comment-meta'><b class='fn'>Karen W</b> "
        f"<time>{doc.date} at 10:14 am</time></footer><div class='comment-content'><p>Thanks team – is the "
        "staff wellbeing line still open on weekends?</p></div></article></li>",
        "<li class='comment'><article class='comment-body'><footer class='comment-meta'><b class='fn'>Emergency "
        f"Management Team</b> <time>{doc.date} at 11:02 am</time></footer><div class='comment-content'><p>Hi "
        "Karen, yes – 8am to 8pm every day.</p></div></article></li></ol>",
        "<div id='respond' class='comment-respond'><h3 id='reply-title' class='comment-reply-title'>Leave a Reply"
        "</h3><form action='/wp-comments-post.php' method='post' class='comment-form'><p class='comment-notes'>"
        "Your email address will not be published. Required fields are marked *</p><p class='comment-form-comment'>"
        "<label for='comment'>Comment *</label><textarea id='comment' name='comment'></textarea></p><p class='form-"
        "submit'><input type='submit' class='submit' value='Post Comment'></p></form></div></div></main>",
        "<aside id='secondary' class='widget-area'>",
        _widget("Recent Posts", [prev, "Working from home: IT checklist", "Changes to the leave policy"]),
        _widget("Archives", ["April 2020", "March 2020"]),
        _widget("Categories", ["Emergency Management", "News", "Situation reports"]),
        "</aside></div><footer id='colophon' class='site-footer'><p>We acknowledge the Traditional Custodians of the "
        "land on which we work and pay our respects to Elders past and present.</p><p class='site-info'>"
        f"© 2020 {escape(doc.organisation)} · Proudly powered by WordPress</p></footer></div></body></html>",
    ]  # fmt: skip
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- Markdown status note


def restyle_nested_mitigation(doc: Doc) -> None:
    """A risk printed as its bullet, its mitigation a "*Mitigation:*" sub-bullet: one item, "risk Mitigation: …"."""
    for s in doc.sections:
        for it in s.items:
            if s.risks and it.mitigation:
                it.text = f"{it.body} Mitigation: {it.mitigation}"


def markdown_bold_labels(doc: Doc) -> bytes:
    """A status note kept in a repository: the report's name as a bold first line, an "_As at …_" line, then
    one bulleted outline: a top-level bullet holding only a bold label per section (a sub-section's label
    nested under its parent's), the section's bullets nested under the label, and a risk's mitigation a
    bullet nested under the risk; a closing italic line."""
    out = [f"**{doc.title}**", "", f"_As at 09:00, {doc.date} · owner: resilience cell_", ""]
    for s in doc.sections:
        pad = "  " * (s.level - 1)
        out.append(f"{pad}- **{s.heading}**")
        for it in s.items:
            if s.risks and it.mitigation:
                out += [f"{pad}  - {it.body}", f"{pad}    - *Mitigation:* {it.mitigation}"]
            else:
                out.append(f"{pad}  - {it.text}")
    out += ["", "_Next note on Thursday. Corrections to the resilience cell, please._", ""]
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- Teams channel saved as text


def _stamp(day: datetime, minutes: int) -> str:
    return f"{day + timedelta(hours=9, minutes=minutes):%d/%m/%Y %H:%M}"


def text_teams(doc: Doc) -> bytes:
    """A Teams channel conversation copied into a .txt: the team and channel, an export line, the report posted
    by its author in two messages ("(continued)"), each with a name and time line; in a message the
    report's name, a greeting, headings as lines ending in ":" and "• " bullets (long lines unwrapped);
    "(Edited)", reactions and indented thread replies between and after the two messages."""
    day = _day(doc)
    author = "Priya Sharma (Resilience)"
    half = max(1, (len(doc.sections) + 1) // 2)
    while half < len(doc.sections) and not doc.sections[half - 1].items:  # a parent stays with its first child
        half += 1
    parts = (doc.sections[:half], doc.sections[half:])

    def body(sections) -> list[str]:
        out = []
        for s in sections:
            out.append(f"{s.heading}:")
            out += [f"• {it.text}" for it in s.items]
        return out

    lines = [f"Resilience Cell > Sitreps – {doc.service}", f"Conversation saved {_stamp(day, 520)} by Ops Team", "",
             f"{author}  {_stamp(day, 7)}", doc.title,
             f"Morning all 👋 sitrep {doc.number} for {doc.service} below, second half to follow.", "",
             *body(parts[0]), "(Edited)", "👍 4   ❤️ 1", "",
             f"    Alex Brown  {_stamp(day, 12)}", "    Thanks Priya – can you add the agency numbers for Thursday?",
             "", f"    {author}  {_stamp(day, 15)}", "    Will do 👍", ""]  # fmt: skip
    if parts[1]:
        lines += [f"{author}  {_stamp(day, 19)}", "(continued)", *body(parts[1]), "", "👍 2", ""]
    lines += [f"    Mark Ellis  {_stamp(day, 40)}", "    Noted, thanks. Will pick up at the 11:00 call.", ""]
    return "\n".join(lines).encode("utf-8")
