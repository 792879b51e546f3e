"""PDF writers of the ``blind41_layouts`` set (weasyprint).

A German THW local chapter's ("Ortsverband") briefing at the evening situation meeting of the district's technical
incident command after a Baltic storm surge, a deck made in LibreOffice Impress (the chapter's laptops run
LibreOffice) and sent round afterwards as "Export as PDF" with "Export notes pages" and "Export only notes pages"
ticked, so that those who missed the briefing have the speaker's notes: A4 portrait, one notes page a slide — the
notes master's header ("THW-Ortsverband Kappeln – Lagevortrag Nr. 3") and date at the head, the slide drawn small at
the top (16:9, its text real text: the chapter's template with a THW-blue title band, the logo drawn as shapes, the
slide's footer "Lagevortrag Nr. 3 · 22.10.2026, 18:00 Uhr" and its number, the points after Impress's "●" of the
OpenSymbol font, "Gegenmaßnahme:" in bold inside a risk's point, the summary as points too), the speaker's notes
under it (who speaks, where the figures come from, a reminder; some slides none), and the notes master's footer "VS –
Nur für den Dienstgebrauch" and the page number at the foot; the first page the title slide ("Lagevortrag",
"Einsatz Ostseesturmflut", the chapter, number, day and hour) with the greeting in its notes. "3.400 €",
"1,25 Mio. €", "1.250", "12 %", "16. Oktober", "(letzter Lagevortrag: 5)".

A Portuguese local health unit's ("ULS") situation update in a long power cut, published by its communication office
as a news page of the intranet, a SharePoint Online communication site, and printed from Microsoft Edge to PDF by a
service director for the crisis folder: Edge's header (the day and time at the left, the page's title in the middle)
and footer (the page's address at the left, "1/3" at the right) in small type on every page; the printed page —
the suite bar ("SharePoint", the search box "Pesquisar neste site"), the site's header (the site's initials in a
coloured square, "Intranet ULS de Coimbra", the navigation, "Seguir", "Partilhar"), the title area (a banner, the
title, "Gabinete de Comunicação" and "Publicado a 14 de maio de 2026"), then a section of two columns: at the left the
text web part — each section a "Título 1" heading (``h2``), the summary as paragraphs, the other points in a list,
"Medidas em curso:" in bold inside a risk's point —, at the right the "Ligações rápidas" web part (its title and four
links); under them "Gosto", the views, "Comentários" with the box to add one and two colleagues' comments. "3 400 €",
"1,25 milhões de euros", "1 250", "12 %", "16 de maio", "(ponto de situação anterior: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind41_layouts_banks_eu import APAGAO, STURMFLUT
from blind41_layouts_content import PT_MONTHS, ascii_slug, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Impress notes pages, THW local chapter

NOTES_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: "Liberation Sans", sans-serif; color: #000; }
.pg { position: relative; width: 210mm; height: 297mm; page-break-after: always; overflow: hidden; }
.pg:last-child { page-break-after: auto; }
.hd, .dt, .ft, .no { position: absolute; font-size: 10pt; }
.hd { left: 14mm; top: 9mm; } .dt { right: 14mm; top: 9mm; } .ft { left: 14mm; bottom: 9mm; }
.no { right: 14mm; bottom: 9mm; }
.sl { position: absolute; left: 20mm; top: 24mm; width: 170mm; height: 95.6mm; border: 0.5pt solid #9a9a9a;
  background: #fff; overflow: hidden; }
.band { position: absolute; left: 0; top: 0; width: 170mm; height: 15mm; background: #003399; }
.band h1 { margin: 0; position: absolute; left: 7mm; top: 3.6mm; width: 135mm; font: bold 13.5pt/1.2
  "Liberation Sans"; color: #fff; }
.logo { position: absolute; right: 5mm; top: 2.5mm; width: 10mm; height: 10mm; border-radius: 5mm;
  background: #fff; }
.logo i { position: absolute; display: block; background: #003399; }
.body { position: absolute; left: 7mm; top: 19mm; width: 156mm; font: 10.4pt/1.26 "Liberation Sans"; }
.body p { margin: 0 0 2.4mm; padding-left: 5mm; text-indent: -5mm; }
.body p span.b { font-family: "OpenSymbol"; color: #003399; display: inline-block; width: 5mm; text-indent: 0; }
.sf { position: absolute; left: 7mm; bottom: 2.6mm; font-size: 5.6pt; color: #6a6a6a; }
.sn { position: absolute; right: 5mm; bottom: 2.6mm; font-size: 5.6pt; color: #6a6a6a; }
.rule { position: absolute; left: 7mm; right: 5mm; bottom: 6.2mm; border-top: 0.4pt solid #003399; }
.title { position: absolute; left: 0; top: 0; width: 170mm; height: 95.6mm; background: #003399; color: #fff; }
.title .t { position: absolute; left: 12mm; top: 24mm; font: bold 24pt "Liberation Sans"; }
.title .s { position: absolute; left: 12mm; top: 38mm; font: 12pt "Liberation Sans"; }
.title .o { position: absolute; left: 12mm; top: 60mm; font: bold 10pt "Liberation Sans"; }
.title .w { position: absolute; left: 12mm; top: 66mm; font: 9pt "Liberation Sans"; }
.title .logo { right: 12mm; top: 12mm; width: 26mm; height: 26mm; border-radius: 13mm; }
.nt { position: absolute; left: 20mm; top: 131mm; width: 170mm; font: 14pt/1.35 "Liberation Sans"; }
.nt p { margin: 0 0 3mm; }
"""
LEADERS = (("Zugführer Jan Petersen", "Gruppenführer Sönke Carstensen"),
           ("Zugführerin Anke Thomsen", "Gruppenführer Lars Brodersen"),
           ("Zugführer Malte Jensen", "Gruppenführerin Frauke Nissen"),
           ("Zugführerin Kerstin Hansen", "Gruppenführer Hauke Lorenzen"))  # fmt: skip
NOTES = (
    "Zahlen aus dem Einsatztagebuch, Stand {hh}:30 Uhr.",
    "Vortrag: {zf}.",
    "Vortrag: {gf}, danach Fragen der TEL.",
    "Bei Nachfragen auf die Lagekarte im Führungsraum verweisen.",
    "Kurz halten – max. 2 Minuten.",
    "Zahlen mit der Feuerwehr abgeglichen.",
    "",
)


def _logo(small: bool = True) -> str:
    """The THW wordmark's roundel drawn as shapes (the template's picture, no text in it)."""
    u = 1 if small else 2.6
    bars = "".join(f'<i style="left:{x * u:.1f}mm;top:{y * u:.1f}mm;width:{w * u:.1f}mm;height:{h * u:.1f}mm"></i>'
                   for x, y, w, h in ((2, 2.2, 6, 1.3), (4.35, 2.2, 1.3, 5.6), (2, 6.5, 6, 1.3)))  # fmt: skip
    return f'<div class="logo">{bars}</div>'


def pdf_impress_notes_de(doc: Doc) -> bytes:
    """The chapter's briefing deck as Impress exports its notes pages to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = STURMFLUT.organisations.index(doc.organisation)
    zf, gf = LEADERS[k]
    day = f"{when:%d.%m.%Y}"
    stamp = f"Lagevortrag Nr. {doc.number} · {day}, 18:00 Uhr"
    head = f"{escape(doc.organisation)} – Lagevortrag Nr. {doc.number}"

    def page(n: int, slide: str, notes: list[str]) -> str:
        nt = "".join(f"<p>{escape(x)}</p>" for x in notes if x)
        return (f'<div class="pg"><div class="hd">{head}</div><div class="dt">{day}</div><div class="sl">{slide}'
                f'</div><div class="nt">{nt}</div><div class="ft">VS – Nur für den Dienstgebrauch</div>'
                f'<div class="no">{n}</div></div>')  # fmt: skip

    pages = [page(1, f'<div class="title">{_logo(False)}<div class="t">Lagevortrag</div><div class="s">Einsatz '
                     f'Ostseesturmflut – Einsatzabschnitt Hafen</div><div class="o">{escape(doc.organisation)}</div>'
                     f'<div class="w">Nr. {doc.number} · {day}, 18:00 Uhr</div></div>',
                  ["Begrüßung der TEL, des Fachberaters THW und der Verbindungsperson der Feuerwehr.",
                   "Anwesenheit feststellen, Handys lautlos."])]  # fmt: skip
    for n, s in enumerate(doc.sections, start=2):
        points = []
        for it in s.items:
            risk, lead, rest = parts(it, "de")
            text = f"{escape(risk)} <b>{escape(lead)}</b> {escape(rest)}" if lead else escape(it.text)
            points.append(f'<p><span class="b">●</span>{text}</p>')
        slide = (
            f'<div class="band"><h1>{escape(s.heading)}</h1>{_logo()}</div><div class="body">{"".join(points)}'
            f'</div><div class="rule"></div><div class="sf">{escape(stamp)}</div><div class="sn">{n}</div>'
        )
        picks = [NOTES[(h >> (n + j * 3)) % len(NOTES)] for j in range(1 + (h >> n) % 2)]
        notes = [x.format(hh=17 - (h >> n) % 3, zf=zf, gf=gf) for x in dict.fromkeys(picks)]
        pages.append(page(n, slide, notes))
    html = (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Lagevortrag {doc.number}</title>'
            f'<meta name="generator" content="LibreOffice 24.2 (Impress)"><style>{NOTES_CSS}</style></head><body>'
            f'{"".join(pages)}</body></html>')  # fmt: skip
    return HTML(string=html).write_pdf()


# ---------------------------------------------------------------- SharePoint page printed from Edge, Portuguese ULS

SP_CSS = """
@page { size: A4; margin: 14mm 9mm 13mm;
  @top-left { content: "DAY"; font: 7.5pt "Liberation Sans"; }
  @top-center { content: "TITLE"; font: 7.5pt "Liberation Sans"; }
  @bottom-left { content: "URL"; font: 7.5pt "Liberation Sans"; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7.5pt "Liberation Sans"; } }
body { font: 9.5pt/1.45 "Liberation Sans", sans-serif; color: #323130; margin: 0; }
.suite { background: COLOUR; color: #fff; height: 9mm; display: flex; align-items: center; padding: 0 3mm; }
.waffle { width: 3.2mm; height: 3.2mm; margin-right: 4mm; background: repeating-linear-gradient(90deg, #fff 0
  0.7mm, transparent 0.7mm 1.25mm); }
.suite .app { font-weight: bold; font-size: 10pt; } .suite .search { margin-left: 30mm; background: #fff;
  color: #605e5c; width: 70mm; padding: 1mm 3mm; border-radius: 1mm; font-size: 8.5pt; }
.site { display: flex; align-items: center; padding: 4mm 3mm; border-bottom: 0.5pt solid #edebe9; }
.site .ini { width: 11mm; height: 11mm; background: COLOUR; color: #fff; font: bold 12pt/11mm "Liberation Sans";
  text-align: center; border-radius: 1mm; margin-right: 3mm; }
.site .nm { font-size: 14pt; font-weight: bold; white-space: nowrap; }
.site nav { margin-left: 6mm; font-size: 8.5pt; white-space: nowrap; } .site nav span { margin-right: 4mm; }
.site .act { margin-left: auto; font-size: 8.5pt; color: COLOUR; white-space: nowrap; }
.site .act span { margin-left: 4mm; }
.banner { height: 30mm; margin: 4mm 3mm 0; background: linear-gradient(120deg, COLOUR, #a7c4c7); }
h1 { font: bold 20pt/1.2 "Liberation Sans"; margin: 4mm 3mm 2mm; color: #201f1e; }
.by { margin: 0 3mm 5mm; font-size: 8.5pt; color: #605e5c; } .by b { color: #323130; }
.cols { margin: 0 3mm; } .side { float: right; width: 52mm; margin: 0 0 4mm 8mm; }
.side .wt { font: bold 11pt "Liberation Sans"; margin: 0 0 2mm; } .side a { display: block; color: COLOUR;
  text-decoration: none; border: 0.5pt solid #edebe9; padding: 2mm 3mm; margin-bottom: 1.5mm; font-size: 8.5pt; }
h2 { font: bold 14pt/1.25 "Liberation Sans"; color: #201f1e; margin: 5mm 0 2mm; }
p { margin: 0 0 2.5mm; } ul { margin: 0 0 3mm; padding-left: 6mm; } li { margin: 0 0 1.5mm; }
.foot { clear: both; border-top: 0.5pt solid #edebe9; margin: 6mm 3mm 0; padding-top: 3mm; font-size: 8.5pt; }
.foot .ct { font: bold 11pt "Liberation Sans"; margin: 4mm 0 2mm; } .box { border: 0.5pt solid #8a8886;
  color: #605e5c; padding: 2mm 3mm; margin-bottom: 3mm; } .cm { margin-bottom: 3mm; } .cm .who { font-weight: bold; }
.cm .when { color: #605e5c; }
"""
SITES = {"ULS de Coimbra": ("ulscoimbra", "UC", "#0b5a7a"),
         "ULS do Alto Minho": ("ulsaltominho", "AM", "#2e6b30"),
         "ULS da Lezíria": ("ulsleziria", "UL", "#8a3a12"),
         "ULS do Algarve": ("ulsalgarve", "UA", "#1f4e8c")}  # fmt: skip
LINKS = ("Plano de contingência – falha de energia", "Contactos de emergência internos", "Escalas de serviço",
         "Registo de ocorrências")  # fmt: skip
COMMENTS = (("Ana Ferreira", "Obrigada pela atualização, muito útil para as equipas."),
            ("Rui Monteiro", "No bloco B os elevadores continuam parados, já foi comunicado à manutenção."),
            ("Sofia Almeida", "Obrigado a todos os que estão a fazer turnos extra!"),
            ("Paulo Correia", "Sabem se as consultas de amanhã no centro de saúde se mantêm?"))  # fmt: skip


def pdf_sharepoint_edge_pt(doc: Doc) -> bytes:
    """The unit's intranet news page as Microsoft Edge prints it to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = APAGAO.organisations.index(doc.organisation)
    tenant, ini, colour = SITES[doc.organisation]
    site = f"Intranet {doc.organisation}"
    title = f"Ponto de situação n.º {doc.number} – Falha de energia"
    page = f"Ponto-de-situacao-n-{doc.number}-Falha-de-energia.aspx"
    url = f"https://{tenant}.sharepoint.com/sites/Intranet/SitePages/{page}"
    printed = when.replace(hour=19, minute=h % 50 + 5)
    body = []
    for s in doc.sections:
        body.append(f'<h2 id="{ascii_slug(s.heading)}">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "pt")
            lis.append(f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>" if lead else
                       f"<li>{escape(it.text)}</li>")  # fmt: skip
        body.append(f"<ul>{''.join(lis)}</ul>")
    links = "".join(f'<a href="#">{escape(x)}</a>' for x in LINKS)
    said = [COMMENTS[(k + j) % 4] for j in range(2)]
    comments = "".join(f'<div class="cm"><span class="who">{w}</span> <span class="when">· há {1 + j + h % 3} '
                       f"horas</span><br>{escape(t)}<br><span class=\"when\">Gosto · Responder</span></div>"
                       for j, (w, t) in enumerate(said))  # fmt: skip
    day = f"{when.day} de {PT_MONTHS[when.month - 1]} de {when.year}"
    css = (SP_CSS.replace("COLOUR", colour).replace("DAY", f"{printed:%d/%m/%Y, %H:%M}").replace("TITLE", title)
           .replace("URL", url))  # fmt: skip
    html = (f'<!DOCTYPE html><html lang="pt-PT"><head><meta charset="utf-8"><title>{escape(title)}</title><style>'
            f'{css}</style></head><body><div class="suite"><div class="waffle"></div><span class="app">SharePoint'
            '</span><span class="search">Pesquisar neste site</span></div><div class="site"><div class="ini">'
            f'{ini}</div><div class="nm">{escape(site)}</div><nav><span>Início</span><span>Notícias</span><span>'
            'Serviços</span><span>Documentos</span></nav><div class="act"><span>☆ Seguir'
            '</span><span>Partilhar</span></div></div><div class="banner"></div>'
            f'<h1>{escape(title)}</h1><div class="by"><b>Gabinete de Comunicação</b><br>Publicado a {day}</div>'
            f'<div class="cols"><div class="side"><div class="wt">Ligações rápidas</div>{links}</div>'
            f'{"".join(body)}</div><div class="foot">♡ Gosto &nbsp;&nbsp; {120 + h % 400} visualizações'
            f'<div class="ct">Comentários</div><div class="box">Adicionar um comentário</div>{comments}</div>'
            "</body></html>")  # fmt: skip
    return HTML(string=html).write_pdf()
