"""Web writers of the ``blind73_layouts`` set: a Trentino comune's windstorm update published as a notice of its
ComunWEB site, in Italian, and a Mayotte commune's cyclone report published as a page of its e-monsite site, in
French.

A comune of the Val di Sole or the Val Rendena in Trentino (its mayor, the sindaco, and its municipal civil
protection, which work with the autonomous province's civil protection department, the forest service, the volunteer
fire brigades and the Nu.Vol.A. volunteers) after a windstorm: the "aggiornamento" published as a notice ("Avviso")
of the comune's site on ComunWEB, the platform the consortium of Trentino's comuni offers them, and saved — "Vai al
contenuto", the top bar "Provincia autonoma di Trento", the comune's arms and name, the menu ("Amministrazione",
"Novità", "Servizi", "Vivere il comune"), the search, the breadcrumb, the title and the subtitle, "Data:", the side
index "Indice della pagina" that repeats the section names as links, each section an ``<h3>`` with a list (the
summary as paragraphs), "Misure adottate:" in bold; "Ultimo aggiornamento", the rating "Quanto sono chiare le
informazioni su questa pagina?", the contacts box and the footer with the comune's address, tax code and "Powered by
ComunWEB". "84.240,00 euro", "2,35 milioni di euro", "1.250", "12%", "16 ottobre", "(aggiornamento precedente: 5)".

A commune of Mayotte (its mayor and its communal crisis cell, which work with the prefecture and its operational
centre, the fire and rescue service SDIS 976, the water company SMAE, the power company EDM and the CCAS) after a
cyclone: the "point de situation" published as a page of the commune's site built on e-monsite and saved — the
banner with the commune's name, the menu, "Accueil › Actualités › …", the title, "Le 16/12/2026", each section's
name in capitals bold and underlined in a paragraph of its own ("BILAN GÉNÉRAL"), the points typed as paragraphs
that begin with "- " (the summary without), "Mesures prises :" in bold; the mayor's name under "Le Maire", "Partager
sur Facebook", the comments box, the column "Dans la même rubrique" and the footer with "Créer un site internet avec
e-monsite". "84 240 €", "2,35 M€", "1 250", "12 %", "16 décembre", "(point précédent : 5)".
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind73_layouts_banks_east import CYCLONE
from blind73_layouts_banks_west import MALTEMPO
from blind73_layouts_content import IT_MONTHS, parts
from council_layouts_gold import Doc


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


# ---------------------------------------------------------------- a Trentino comune on ComunWEB

COMUNI = (
    ("Vermiglio", "vermiglio", "Via di Borgo Nuovo, 11 – 38029 Vermiglio (TN)", "00312620227", "0463 758130"),
    ("Dimaro Folgarida", "dimarofolgarida", "Piazza Giovanni Serra, 10 – 38025 Dimaro Folgarida (TN)",
     "02422220222", "0463 974112"),
    ("Pinzolo", "pinzolo", "Piazza San Giacomo, 1 – 38086 Pinzolo (TN)", "00344080226", "0465 501115"),
    ("Commezzadura", "commezzadura", "Via del Comun, 1 – 38020 Commezzadura (TN)", "00305680220", "0463 974190"),
)  # fmt: skip
MENU_IT = ("Amministrazione", "Novità", "Servizi", "Vivere il comune")


def html_comunweb_maltempo_comune_tn(doc: Doc) -> bytes:
    """The comune's windstorm update as a notice of its ComunWEB site, saved."""
    when = report_day(doc)
    name, host, address, cf, phone = COMUNI[MALTEMPO.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{when.day} {IT_MONTHS[when.month - 1]} {when.year}"
    title = f"Maltempo: aggiornamento n. {doc.number} sulla situazione nel territorio comunale"
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="/{_slug(m)}">{m}</a></li>' for m in MENU_IT)
    index, body = [], []
    for s in doc.sections:
        anchor = _slug(s.heading)
        index.append(f'<li><a class="list-item" href="#{anchor}"><span>{escape(s.heading)}</span></a></li>')
        body.append(f'<h3 id="{anchor}">{escape(s.heading)}</h3>')
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        entries = []
        for it in s.items:
            risk, lead, rest = parts(it, "it")
            text = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            entries.append(f"<li>{text}</li>")
        body.append(f"<ul>{''.join(entries)}</ul>")
    html = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ComunWEB – OpenContent">
<title>{escape(title)} – Comune di {escape(name)}</title>
<link rel="stylesheet" href="/extension/openpa_bootstrapitalia/design/bootstrapitalia/stylesheets/\
bootstrap-italia.min.css?v={h % 900 + 100}">
</head>
<body>
<div class="skiplink"><a class="visually-hidden-focusable" href="#main-container">Vai al contenuto</a>\
<a class="visually-hidden-focusable" href="#footer">Vai al footer</a></div>
<div class="it-header-slim-wrapper"><a class="navbar-brand" href="https://www.provincia.tn.it">Provincia autonoma di \
Trento</a><div class="it-header-slim-right-zone"><a href="/area-riservata">Accedi all'area personale</a></div></div>
<div class="it-header-center-wrapper"><div class="it-brand-wrapper"><a href="/"><img class="icon" \
src="/var/{host}/storage/images/stemma.png" alt="Stemma"><div class="it-brand-text"><div class="it-brand-title">\
Comune di {escape(name)}</div></div></a></div><div class="it-search-wrapper"><span>Cerca</span>\
<a class="search-link" href="/content/search" aria-label="Cerca nel sito">🔍</a></div></div>
<nav class="navbar" aria-label="Menu principale"><ul class="navbar-nav">{menu}</ul></nav>
<main id="main-container">
<nav class="breadcrumb-container" aria-label="Percorso di navigazione"><ol class="breadcrumb">\
<li class="breadcrumb-item"><a href="/">Home</a> <span class="separator">/</span></li><li class="breadcrumb-item">\
<a href="/novita">Novità</a> <span class="separator">/</span></li><li class="breadcrumb-item"><a href="/novita/avvisi">\
Avvisi</a> <span class="separator">/</span></li><li class="breadcrumb-item active">{escape(title)}</li></ol></nav>
<div class="row"><div class="col-lg-8">
<h1 data-element="page-name">{escape(title)}</h1>
<p class="subtitle">Punto della situazione a cura del Sindaco e della Protezione civile comunale</p>
<dl class="data"><dt>Data:</dt><dd>{day}</dd><dt>Tempo di lettura:</dt><dd>{2 + h % 3} min</dd></dl>
</div></div>
<div class="row border-top">
<aside class="col-lg-3"><div class="navbar-wrapper affix-top"><h3 class="link-list-heading">Indice della pagina</h3>\
<ul class="link-list">{"".join(index)}</ul></div></aside>
<section class="col-lg-8 it-page-sections-container"><article class="it-page-section">
<div class="richtext-wrapper">
{chr(10).join(body)}
</div>
</article>
<div class="content-info"><h3>Ultimo aggiornamento</h3><p>{when:%d/%m/%Y}, {h % 10 + 8}:{h % 50 + 10}</p></div>
</section></div>
</main>
<div class="bg-primary rating"><h2>Quanto sono chiare le informazioni su questa pagina?</h2><fieldset><legend>\
Valuta da 1 a 5 stelle</legend><input type="radio" name="rating" value="1"><input type="radio" name="rating" \
value="5"></fieldset></div>
<div class="contacts"><h2>Contatta il comune</h2><ul><li><a href="/faq">Leggi le domande frequenti</a></li>\
<li><a href="/richiedi-assistenza">Richiedi assistenza</a></li><li>Chiama il numero {phone}</li></ul></div>
<footer class="it-footer" id="footer"><h2>Comune di {escape(name)}</h2><p>{escape(address)}<br>Codice fiscale e \
partita IVA {cf}<br>PEC: comune@pec.comune.{host}.tn.it</p><ul><li><a href="/privacy">Informativa privacy</a></li>\
<li><a href="/note-legali">Note legali</a></li><li><a href="/accessibilita">Dichiarazione di accessibilità</a></li>\
</ul><p class="powered">Powered by <a href="https://www.comunweb.it">ComunWEB</a> – Consorzio dei Comuni \
Trentini</p></footer>
</body>
</html>
"""
    return html.encode()


# ---------------------------------------------------------------- a Mayotte commune on e-monsite

COMMUNES = (
    ("Mamoudzou", "Le Maire", "Saïd Ahmed Madi", "mairie-mamoudzou"),
    ("Koungou", "Le Maire", "Ousseni Abdallah", "mairiedekoungou"),
    ("Dzaoudzi-Labattoir", "La Maire", "Zaïnaba Combo", "dzaoudzi-labattoir"),
    ("Chirongui", "Le Maire", "Bacar Youssouf Ali", "mairie-chirongui"),
)
MENU_YT = ("Accueil", "Ma mairie", "Vie pratique", "Actualités", "Contact")


def html_emonsite_cyclone_commune_yt(doc: Doc) -> bytes:
    """The commune's cyclone report as a page of its e-monsite site, saved."""
    when = report_day(doc)
    name, post, mayor, sub = COMMUNES[CYCLONE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    title = f"Cyclone – Point de situation n° {doc.number}"
    menu = "".join(f'<li><a href="/pages/{_slug(m)}.html">{m}</a></li>' for m in MENU_YT)
    body = []
    for s in doc.sections:
        body.append(f'<p style="text-align: justify;"><u><strong>{escape(s.heading)}</strong></u></p>')
        for it in s.items:
            if s.key == "highlights":
                body.append(f'<p style="text-align: justify;">{escape(it.text)}</p>')
                continue
            risk, lead, rest = parts(it, "yt")
            text = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            body.append(f'<p style="text-align: justify;">- {text}</p>')
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>{escape(title)} - Commune de {escape(name)}</title>
<meta name="generator" content="e-monsite (e-monsite.com)">
<link rel="stylesheet" href="https://{sub}.e-monsite.com/themes/css/{h % 9000 + 1000}.css">
</head>
<body id="pages" class="default">
<div id="site-header"><div class="brand"><a href="/"><span class="site-title">Commune de {escape(name)}</span>\
<span class="site-slogan">Mayotte – Département 976</span></a></div></div>
<nav id="menu-main"><ul class="menu">{menu}</ul></nav>
<div id="breadcrumb"><a href="/">Accueil</a> › <a href="/pages/actualites.html">Actualités</a> › \
<span>{escape(title)}</span></div>
<div id="main" class="container">
<div class="col-main">
<div class="view view-pages">
<h1 class="view-title">{escape(title)}</h1>
<p class="metas">Le {when:%d/%m/%Y}</p>
<div class="content">
<p style="text-align: justify;">Point sur la situation de la commune de {escape(name)} à {h % 4 + 15}h00.</p>
{chr(10).join(body)}
<p style="text-align: right;">{post},<br><strong>{escape(mayor)}</strong></p>
</div>
<div class="share"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur WhatsApp</a></div>
<div class="comments"><h3>Commentaires (0)</h3><p>Ajouter un commentaire</p><form><input name="name" \
placeholder="Nom"><textarea name="comment"></textarea><button>Envoyer</button></form></div>
</div>
</div>
<div class="col-sidebar"><div class="widget"><p class="widget-title">Dans la même rubrique</p><ul>\
<li><a href="/pages/actualites/numeros-utiles.html">Numéros utiles pendant la crise</a></li>\
<li><a href="/pages/actualites/distribution-eau.html">Points de distribution d'eau</a></li>\
<li><a href="/pages/actualites/centres-hebergement.html">Centres d'hébergement</a></li></ul></div>\
<div class="widget"><p class="widget-title">Contact</p><p>Hôtel de ville de {escape(name)}<br>Standard : 0269 \
{h % 90 + 10} {h % 80 + 10} {h % 70 + 10}</p></div></div>
</div>
<footer id="footer"><p>© {when.year} Commune de {escape(name)} – Tous droits réservés</p><p class="powered">\
<a href="https://www.e-monsite.com">Créer un site internet avec e-monsite</a></p></footer>
</body>
</html>
"""
    return html.encode()
