"""Web and chat writers of the ``blind40_layouts`` set.

An Italian volunteer association's update after floods in Romagna, a post of its Ghost site (the Casper theme), saved
from the browser: Ghost's header (the site's name, the navigation "Home", "Chi siamo", "Aggiornamenti", "Dona",
"Accedi" and "Iscriviti"), the article's header — the primary tag "Aggiornamenti", the ``h1`` "Aggiornamento n. 3",
the excerpt, the byline (the author's name, the day, "4 min di lettura"), the feature image and its caption —, then the
post's ``gh-content``: a callout card (the emoji and "Servono volontari …"), each section an ``h2``, the summary as
paragraphs, the other points in a list, "Cosa stiamo facendo:" in ``<strong>`` inside a risk's point, a bookmark card
to the region's alert page under the weather, and a button card "Dona ora" at the end; then the members' box
("Iscriviti alla newsletter …"), "Continua a leggere" with three other posts, and Ghost's footer ("Powered by Ghost").
"3.400 euro", "1,25 milioni di euro", "1.250", "12%", "16 maggio", "(aggiornamento precedente: 5)".

A Honduran municipal emergency committee's (CODEM) situation report, pasted by its focal point into the chat of the
weekly Zoom meeting of the Sula valley's humanitarian table and saved from Zoom's chat with "Save chat" (the file
``meeting_saved_chat.txt``): UTF-8, each message a line "10:14:03 From Karla Mejía – CODEM La Lima to Everyone:"
and its text after a tab on the lines below, a reaction as its own message ("Reacted to "INFORME DE SIT…" with
👍"), a reply opening "Replying to "…":"; the report typed as a WhatsApp message and pasted in two parts, each
opening "INFORME DE SITUACIÓN N.º 3 – CODEM LA LIMA (1/2)" and the report's date, each section's name in capitals
between stars ("*RESUMEN*"), the summary as lines, the other points after "- ", "Acción de mitigación:" inside a
risk's point, "Fuente: …" at the end; among the host's and the other members' messages (names, a link, thanks).
"L 3,400", "L 1.25 millones", "1,250", "12%", "16 de noviembre", "(reporte anterior: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind40_layouts_banks_world import ALLUVIONE, HURACAN
from blind40_layouts_content import ES_MONTHS, IT_MONTHS, parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Ghost post, Italian volunteer association

AUTHORS_IT = ("Giulia Ravaioli", "Marco Bertaccini", "Chiara Zoli", "Davide Montanari")
OTHER_POSTS = ("Come iscriversi ai turni di volontariato", "Il magazzino cerca furgoni per le consegne",
               "Grazie a chi ha donato: il resoconto di aprile", "Cosa fare se la cantina è allagata")  # fmt: skip


def html_ghost_post_it(doc: Doc) -> bytes:
    """The association's update as a post of its Ghost site, saved from the browser."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = ALLUVIONE.organisations.index(doc.organisation)
    site = doc.organisation
    dom = f"{slug(site.removesuffix(' ODV'))}.example.it"
    day = f"{when.day} {IT_MONTHS[when.month - 1]} {when.year}"
    body = ['<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📢</div><div '
            f'class="kg-callout-text">Servono volontari per sabato {(when + timedelta(days=2)).day}: '
            "iscrivetevi dal modulo nella pagina Chi siamo.</div></div>"]  # fmt: skip
    for s in doc.sections:
        body.append(f'<h2 id="{slug(s.heading)}">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "it")
                lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead else
                           f"<li>{escape(it.text)}</li>")  # fmt: skip
            body.append(f"<ul>{''.join(lis)}</ul>")
        if s.key == "forecast":
            body.append('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://'
                        'allertameteo.regione.emilia-romagna.it/"><div class="kg-bookmark-content"><div class="kg-'
                        'bookmark-title">Allerta Meteo Emilia-Romagna</div><div class="kg-bookmark-description">Allerte'
                        ' e bollettini della Protezione Civile regionale</div><div class="kg-bookmark-metadata"><span '
                        'class="kg-bookmark-author">Regione Emilia-Romagna</span></div></div></a>'
                        "</figure>")  # fmt: skip
    body.append(f'<div class="kg-card kg-button-card kg-align-center"><a href="https://{dom}/dona/" class="kg-btn '
                'kg-btn-accent">Dona ora</a></div>')  # fmt: skip
    others = "".join(f'<article class="post-card post"><a class="post-card-image-link" href="/{slug(t)}/"></a><div '
                     f'class="post-card-content"><h3 class="post-card-title">{t}</h3><div class="post-card-meta">'
                     f"{3 + j} min di lettura</div></div></article>"
                     for j, t in enumerate(OTHER_POSTS) if j != k)  # fmt: skip
    excerpt = f"Il punto della situazione al {day}: cosa abbiamo fatto, cosa serve, come aiutare."
    html = (f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Aggiornamento n. {doc.number} – '
            f'{escape(site)}</title><meta name="generator" content="Ghost 5.96"><meta name="description" content="'
            f'{excerpt}"><link rel="stylesheet" href="/assets/built/screen.css?v=8d1c2a"></head><body class="post-'
            f'template tag-aggiornamenti is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" '
            f'class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"'
            f' href="https://{dom}">{escape(site)}</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-'
            'home"><a href="/">Home</a></li><li class="nav-chi-siamo"><a href="/chi-siamo/">Chi siamo</a></li><li '
            'class="nav-aggiornamenti nav-current"><a href="/tag/aggiornamenti/">Aggiornamenti</a></li><li class="nav-'
            'dona"><a href="/dona/">Dona</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-link" href='
            '"#/portal/signin">Accedi</a><a class="gh-head-button" href="#/portal/signup">Iscriviti</a></div></div>'
            '</header><div class="site-content"><main id="site-main" class="site-main"><article class="article post '
            'tag-aggiornamenti"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span '
            'class="post-card-primary-tag"><a href="/tag/aggiornamenti/">Aggiornamenti</a></span></div><h1 class="'
            f'article-title">Aggiornamento n. {doc.number}</h1><p class="article-excerpt">{excerpt}</p><div class="'
            'article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li '
            f'class="author-list-item"><a href="/author/{slug(AUTHORS_IT[k])}/" class="author-avatar author-profile-'
            f'image"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/'
            f'{slug(AUTHORS_IT[k])}/">{AUTHORS_IT[k]}</a></h4><div class="byline-meta-content"><time class="byline-'
            f'meta-date" datetime="{when:%Y-%m-%d}">{day}</time><span class="byline-reading-time"><span class="bull">'
            f'&bull;</span> {4 + h % 3} min di lettura</span></div></div></section></div><figure class="article-image">'
            f'<img src="/content/images/{when:%Y/%m}/fango-{h % 90 + 10}.jpg" alt=""><figcaption>I volontari al lavoro '
            'in una cantina allagata</figcaption></figure></header><section class="gh-content gh-canvas">'
            f'{"".join(body)}</section></article><section class="footer-cta outer"><div class="inner"><h2 class="'
            'footer-cta-title">Iscriviti alla newsletter per ricevere gli aggiornamenti</h2><a class="footer-cta-button'
            '" href="#/portal"><div class="footer-cta-input">La tua email</div><span>Iscriviti</span></a></div>'
            '</section><aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed"><h3 '
            f'class="read-more-title">Continua a leggere</h3>{others}</div></div></aside></main></div><footer class="'
            f'site-footer outer"><div class="inner"><section class="copyright"><a href="https://{dom}">{escape(site)}'
            f'</a> © {when.year}</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy'
            '</a></li><li><a href="/contatti/">Contatti</a></li></ul></nav><div class="gh-powered-by"><a href="https:'
            '//ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body>'
            "</html>")  # fmt: skip
    return html.encode()


# ---------------------------------------------------------------- Zoom meeting chat, Honduran CODEM

FOCALS = ("Karla Mejía", "José Antonio Paz", "Dania Rivera", "Óscar Fúnez")
HOST = "Mesa Humanitaria Valle de Sula"
OTHERS = (("Luis Castillo – COPECO Regional", "Gracias por el informe. ¿Cuántas familias siguen en albergues?"),
          ("Ana Reyes – Cruz Roja Hondureña", "Mañana sale una nueva entrega de kits de higiene para los albergues"),
          ("Marvin Hernández – Cáritas SPS", "Tenemos dos pipas de agua disponibles para el fin de semana"),
          )  # fmt: skip


def _report_lines(doc: Doc) -> list[list[str]]:
    """The report's sections as the focal point typed them, each a list of lines."""
    out = []
    for s in doc.sections:
        lines = [f"*{s.heading}*"]
        for it in s.items:
            if s.key == "highlights":
                lines.append(it.text)
                continue
            risk, lead, rest = parts(it, "hn")
            lines.append(f"- {risk} {lead} {rest}" if lead else f"- {it.text}")
        out.append(lines)
    return out


def txt_zoom_chat_hn(doc: Doc) -> bytes:
    """The weekly meeting's chat, the CODEM's report pasted in two parts, as Zoom saves it."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = HURACAN.organisations.index(doc.organisation)
    me = f"{FOCALS[k]} – {doc.organisation}"
    day = f"{when.day} de {ES_MONTHS[when.month - 1]} de {when.year}"
    head = f"INFORME DE SITUACIÓN N.º {doc.number} – {doc.organisation.upper()}"
    sections = _report_lines(doc)
    half = (len(sections) + 1) // 2
    part1 = [f"{head} (1/2)", f"Fecha: {day}, 9:00 a. m.", "", *(x for sec in sections[:half] for x in [*sec, ""])]
    part2 = [f"{head} (2/2)", "", *(x for sec in sections[half:] for x in [*sec, ""]),
             f"Fuente: {doc.organisation}, Oficina Municipal de Gestión de Riesgos"]  # fmt: skip
    t = when.replace(hour=10, minute=0, second=h % 50 + 5)
    link = f"https://drive.example.org/mesa-sula/{when:%Y%m%d}"
    said = [
        (0, f"{HOST} (anfitrión)", "Buenos días a todos, bienvenidos a la reunión semanal. Por favor escriban su "
         "nombre e institución en el chat."),
        (40, OTHERS[0][0], "Luis Castillo, COPECO Regional Noroccidente"),
        (55, me, f"{FOCALS[k]}, {doc.organisation}"),
        (70, OTHERS[1][0], "Ana Reyes, Cruz Roja Hondureña"),
        (260, f"{HOST} (anfitrión)", f"Las presentaciones y la matriz 3W están en esta carpeta: {link}"),
        (840, me, "\n".join(part1).rstrip()),
        (852, me, "\n".join(part2).rstrip()),
        (880, OTHERS[2][0], f'Reacted to "{head[:22]}..." with 👍'),
        (905, OTHERS[0][0], f'Replying to "{head[:30]}...":\n{OTHERS[0][1]}'),
        (960, OTHERS[1][0], OTHERS[1][1]),
        (1010, OTHERS[2][0], OTHERS[2][1]),
        (1500, f"{HOST} (anfitrión)", "Gracias a todos. La próxima reunión es el mismo día de la próxima semana a "
         "las 10:00."),
    ]  # fmt: skip
    lines = []
    for sec, who, text in said:
        at = t + timedelta(seconds=sec)
        lines.append(f"{at:%H:%M:%S} From {who} to Everyone:")
        lines += [f"\t{x}" for x in text.split("\n")]
    return ("\n".join(lines) + "\n").encode("utf-8")
