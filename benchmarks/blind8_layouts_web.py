"""Web and Markdown writers of the ``blind8_layouts`` set: an Italian regional civil protection agency's bulletin
page (a cookie banner, the regional site's slim header, header and menu, a breadcrumb, the ``<h1>`` and its
"Aggiornamento del …" line, ``<h2>`` / ``<h3>`` sections of paragraphs and lists, share buttons, topics, a
page rating widget and the footer) and an IT service's status page kept in a git wiki (YAML front matter, a
``[[_TOC_]]`` marker, a "> **Note**" notice, a GFM System | Status | ETA table, points that detail the one
above nested under it, a task list of actions, the risks as a GFM Risk | RAG | Mitigation | Owner table, the
page's edit footer).
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind8_layouts_content import MESI, levels, report_day
from council_layouts_gold import OWNERS, RAG, Doc

MENU = ("Home", "Allerte", "Rischi", "Piani di emergenza", "Volontariato", "Notizie", "Contatti")
PARAGRAPHS = ("Situazione", "Previsioni meteo")  # the sections the office writes as paragraphs, not lists
SHARE = ("Facebook", "X", "LinkedIn", "WhatsApp", "Telegram", "Email")


def _italian_date(doc: Doc) -> str:
    when = report_day(doc)
    return f"{when.day} {MESI[when.month - 1]} {when.year}"


def html_protezione_civile(doc: Doc) -> bytes:
    """The bulletin page as the regional site serves it."""
    region = doc.organisation
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="#">{m}</a></li>' for m in MENU)
    body = []
    for s in doc.sections:
        tag = "h2" if s.level == 1 else "h3"
        body.append(f'<{tag} id="s{len(body)}">{escape(s.heading)}</{tag}>')
        if not s.items:
            continue
        if s.heading in PARAGRAPHS:
            body += [f"<p>{escape(it.text, quote=False)}</p>" for it in s.items]
        else:
            body.append("<ul>" + "".join(f"<li>{_misure(it.text)}</li>" for it in s.items) + "</ul>")
    share = "".join(f'<li><a href="#" aria-label="Condividi su {n}">{n}</a></li>' for n in SHARE)
    when = report_day(doc)
    html = f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(doc.title)} | Protezione Civile {escape(region)}</title>
<link rel="stylesheet" href="/assets/css/bootstrap-italia.min.css"></head>
<body>
<div class="cookiebar show" role="dialog" aria-label="Gestione dei cookie">
<p>Questo sito utilizza cookie tecnici, analytics e di terze parti. Proseguendo nella navigazione accetti
l'utilizzo dei cookie.</p>
<div class="cookiebar-buttons"><a href="#" class="cookiebar-btn">Preferenze</a>
<button class="cookiebar-btn cookiebar-confirm">Accetto</button>
<button class="cookiebar-btn">Rifiuto</button></div></div>
<header class="it-header-wrapper">
<div class="it-header-slim-wrapper"><a class="navbar-brand" href="#">{escape(region)}</a>
<ul class="link-list"><li><a href="#">Amministrazione trasparente</a></li><li><a href="#">Bandi</a></li>
<li><a href="#">Contatti</a></li></ul><a class="btn btn-primary btn-sm" href="#">Accedi all'area personale</a></div>
<div class="it-header-center-wrapper"><div class="it-brand-wrapper"><a href="#">
<div class="it-brand-text"><div class="it-brand-title">Protezione Civile</div>
<div class="it-brand-tagline">{escape(region)} – Agenzia regionale</div></div></a></div>
<div class="it-search-wrapper"><span class="d-none d-md-block">Cerca</span></div>
<div class="it-socials"><span>Seguici su</span><a href="#">Facebook</a><a href="#">X</a>
<a href="#">YouTube</a></div></div>
<div class="it-header-navbar-wrapper"><nav class="navbar navbar-expand-lg" aria-label="Menu principale">
<ul class="navbar-nav">{menu}</ul></nav></div></header>
<main>
<nav class="breadcrumb-container" aria-label="Percorso di navigazione"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="#">Home</a><span class="separator">/</span></li>
<li class="breadcrumb-item"><a href="#">Notizie</a><span class="separator">/</span></li>
<li class="breadcrumb-item"><a href="#">Bollettini e aggiornamenti</a><span class="separator">/</span></li>
<li class="breadcrumb-item active" aria-current="page">{escape(doc.title)}</li></ol></nav>
<article class="article-wrapper">
<h1>{escape(doc.title)}</h1>
<p class="data-aggiornamento">Aggiornamento del {_italian_date(doc)}, ore 18:00</p>
{chr(10).join(body)}
<div class="share"><span>Condividi</span><ul>{share}</ul></div>
<div class="argomenti"><span>Argomenti</span><a class="chip" href="#">Maltempo</a>
<a class="chip" href="#">Allerta meteo</a>
<a class="chip" href="#">Rischio idrogeologico</a></div>
<p class="ultimo-aggiornamento">Ultimo aggiornamento: {when:%d/%m/%Y} 18:05</p>
</article>
<section class="rating" aria-label="Valuta questo sito"><h2 class="h5">Quanto sono chiare le informazioni su questa
pagina?</h2><fieldset class="rating"><legend class="visually-hidden">Valuta da 1 a 5 stelle</legend>
<label>1 stella</label><label>2 stelle</label><label>3 stelle</label><label>4 stelle</label><label>5 stelle</label>
</fieldset></section>
</main>
<footer class="it-footer"><div class="it-footer-main">
<div class="it-brand-title">Protezione Civile – {escape(region)}</div>
<h4>Contatti</h4><p>Via dell'Industria 18 – 00100 Capoluogo<br>Sala operativa regionale H24: 800 123 456<br>
PEC: protezionecivile@pec.{region.split()[-1].lower()}.it</p>
<h4>Seguici su</h4><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li>
<li><a href="#">YouTube</a></li></ul></div>
<div class="it-footer-small-prints"><ul><li><a href="#">Privacy policy</a></li><li><a href="#">Note legali</a></li>
<li><a href="#">Dichiarazione di accessibilità</a></li><li><a href="#">Mappa del sito</a></li>
<li><a href="#">Preferenze cookie</a></li></ul></div></footer>
</body></html>
"""
    return html.encode("utf-8")


def _misure(text: str) -> str:
    """The measures of a critical point after a bold "Misure:" on a line of their own, as the office writes."""
    out = escape(text, quote=False)
    return out.replace(" Misure: ", "<br><strong>Misure:</strong> ", 1)


# ---------------------------------------------------------------- the wiki status page

SYSTEMS = ("Email", "Finance and payroll", "File shares", "Printing", "Telephony", "VPN", "Intranet")
STATUS = ("🟢 Operational", "🟠 Degraded", "🔴 Down")


def markdown_wiki(doc: Doc) -> bytes:
    """The status page's Markdown as the wiki's git repository holds it."""
    when = report_day(doc)
    k = zlib.crc32(doc.organisation.encode())
    slug = "".join(ch if ch.isalnum() else "-" for ch in doc.service.lower())
    lines = ["---", f'title: "{doc.title}"', f"incident: INC-{when:%Y}-{k % 9000 + 1000:04d}", "status: ongoing",
             f"updated: {when:%Y-%m-%d}T{8 + doc.number % 8:02d}:30:00Z", 'owner: "@service-desk-leads"',
             "tags: [major-incident, p1, datacentre]", "---", "", "[[_TOC_]]", "", f"# {doc.title}", "",
             f"_Last updated {when:%A} {doc.date}, {8 + doc.number % 8:02d}:30 by the incident manager_", "",
             "> **Note**", "> This page is updated at 09:00 and 16:00 until the incident is closed. Call the "
             "service desk on 01632 960 500 for anything urgent.", ""]  # fmt: skip
    for s in doc.sections:
        lines += [f"{'#' * (s.level + 1)} {s.heading}", ""]
        if s.heading == "Current status":
            lines += ["| System | Status | ETA |", "| --- | --- | --- |"]
            for n, system in enumerate(SYSTEMS):
                state = STATUS[(k + 2 * n + doc.number) % 3]
                eta = "–" if state.endswith("Operational") else f"{when + timedelta(days=1 + n % 3):%d %b}"
                lines.append(f"| {system} | {state} | {eta} |")
            lines.append("")
        if s.risks:
            lines += ["| Risk | RAG | Mitigation | Owner |", "| --- | :---: | --- | --- |"]
            for n, it in enumerate(s.items):
                lines.append(f"| {it.body} | {RAG[it.level]} | {it.mitigation or '–'} | "
                             f"{OWNERS[(k + n) % len(OWNERS)]} |")  # fmt: skip
        elif s.heading == "Actions":
            for it in s.items:
                done = (zlib.crc32(it.thread.encode()) + doc.number) % 3 == 0
                lines.append(f"- [{'x' if done else ' '}] {it.text}")
        else:
            for lvl, it in zip(levels([it.text for it in s.items]), s.items, strict=True):
                lines.append(f"{'  ' * (lvl - 1)}- {it.text}")
        lines.append("")
    lines += ["---", "", f"_Page owner: IT Service Desk. Edit this page in the `it-wiki` repository "
              f"(`incidents/{slug}.md`); history is in the commit log._", ""]  # fmt: skip
    return "\n".join(lines).encode("utf-8")
