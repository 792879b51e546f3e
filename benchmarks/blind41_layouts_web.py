"""Web and Markdown writers of the ``blind41_layouts`` set.

A Corsican communal forest fire committee's ("CCFF") situation point, in Corsican, kept by its volunteers in a shared
pad on the Framapad service (Etherpad) and sent to the mayor and the fire service as the pad's "Export → HTML"
file: Etherpad's export page (``<!DOCTYPE HTML>``, the pad's name as title, Etherpad's style sheet for its numbered
lists), the body as the pad's lines — each line ending in ``<br>``, bold as ``<strong>``, italic as ``<em>``, the
list button's points as ``<ul class="bullet"><li>`` —: the committee's bold title line, the line saying who updated it
and when, the italic request not to delete the headings, each section's name typed in bold capitals ("SITUAZIONE"),
the summary as lines, the points of most sections in the pad's list, those of one section typed by another volunteer
as lines opening "- ", "Misura:" in bold inside a risk's point; at the end the uMap link of the patrol map and the
president's telephone. "3 400 €", "1,25 milioni d'euri", "1 250", "12 %", "16 di lugliu", "(puntu precedente: 5)".

A Malawian open mapping community's activation update as a post on Medium, saved from the browser ("Save page as",
HTML only): Medium's page — the top bar (the logo, "Write", "Sign up", "Sign in", the search box), the article's
``h1`` (``pw-post-title``) and subtitle (``h2``, ``pw-subtitle-paragraph``), the byline (the community's name,
"Follow", "6 min read", the day), the claps and responses, "Listen" and "Share", the feature image and its caption,
then the story — the opening paragraph, each section a big header (an ``h1`` in the story, as Medium marks its "T"
headers), the summary as paragraphs, the other points in lists (``li`` of ``pw-post-body-paragraph``), "How we're
handling it:" in ``<strong>`` inside a risk's point, the closing call to map with the project's link —, every element
with Medium's generated class names and ids; then the tags, the claps again, "Written by" with the followers and the
bio, "More from …" and "Recommended from Medium" with other stories' ``h2`` titles, and the footer ("Help", "Status",
"About", "Careers", "Press", "Blog", "Privacy", "Terms", "Text to speech", "Teams"). "US$3,400", "US$1.25 million",
"16 March", "(last update: 5)".

A town council of the Val d'Aran's flood report, in Aranese Occitan, written by its secretary in Nextcloud Text in
the shared folder of the emergency and downloaded as the ``.md`` file the editor keeps: the title as ``#``, a callout
("::: warn" … ":::") with the emergency level, "**Data:**" and "**Redactat per:**" lines joined by Text's hard break
(a backslash at the line's end), each section a ``##`` heading, the summary as paragraphs, the other points after the
"* " Text writes, "**Mesura:**" inside a risk's point, a table of the Garona's gauges under the current situation, a
photo under the damage linked into the folder Text keeps attachments in (``.attachments.48213/…``), a rule and the
italic line giving the next report. "3.400 €", "1,25 milions d'èuros", "1.250", "12 %", "16 de junhsèga",
"(informe anterior: 5)".
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind41_layouts_banks_en import MAPPING
from blind41_layouts_banks_eu import AIGAT, FOCU
from blind41_layouts_content import CO_MONTHS, OC_MONTHS, ascii_slug, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Etherpad export, Corsican CCFF

ETHERPAD_STYLE = """<style> * { font-family: arial, sans-serif;
  font-size: 13px;
  line-height: 17px; }
ul.indent { list-style-type: none; }

ol { list-style-type: none; padding-left: 0; }
body > ol { counter-reset: first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth \
thirteenth fourteenth fifteenth sixteenth; }
ol > li:before {
  content: counter(first) ". " ;
  counter-increment: first;
}
ol > ol > li:before {
  content: counter(first) "." counter(second) ". " ;
  counter-increment: second;
}
ol > ol > ol > li:before {
  content: counter(first) "." counter(second) "." counter(third) ". " ;
  counter-increment: third;
}
</style>"""
PRESIDENTS = (("Ghjuvan Petru Santoni", "06 11 48 27 93"), ("Maria Dumenica Casanova", "06 72 05 31 64"),
              ("Anton Francescu Albertini", "06 25 69 14 80"), ("Paulina Culioli", "06 88 30 57 12"))  # fmt: skip
EDITORS = ("Ghjuvan Petru", "Marina", "Ceccè", "Lisandru", "Paulu", "Santa")


def html_etherpad_ccff_co(doc: Doc) -> bytes:
    """The committee's pad as Etherpad exports it to HTML."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = FOCU.organisations.index(doc.organisation)
    town = doc.organisation.removeprefix("CCFF di ")
    pad = f"ccff-{ascii_slug(town)}-puntu-situazione-{when.year}"
    by = EDITORS[(h + doc.number) % len(EDITORS)]
    lines = [f"<strong>{escape(doc.organisation)} – PUNTU DI SITUAZIONE n° {doc.number}</strong><br>",
             f"Aghjurnatu u {when.day} di {CO_MONTHS[when.month - 1]} {when.year} à 20 ore da {escape(by)}<br>",
             "<em>Ùn cancellate micca e rubriche, scrivite sottu à a vostra. Grazie !</em><br>", "<br>"]  # fmt: skip
    for s in doc.sections:
        lines.append(f"<strong>{escape(s.heading)}</strong><br>")
        if s.key == "highlights":
            lines += [f"{escape(it.text, quote=True)}<br>" for it in s.items]
        elif s.heading == "POSTI DI GUARDIA":  # another volunteer typed these points by hand
            lines += [f"- {escape(it.text, quote=True)}<br>" for it in s.items]
        else:
            lis = []
            for it in s.items:
                risk, lead, rest = parts(it, "co")
                lis.append(
                    f"<li>{escape(risk, quote=True)} <strong>{escape(lead)}</strong> {escape(rest, quote=True)}</li>"
                    if lead
                    else f"<li>{escape(it.text, quote=True)}</li>"
                )
            lines.append(f'<ul class="bullet">{"".join(lis)}</ul>')
        lines.append("<br>")
    name, tel = PRESIDENTS[k]
    lines += [f"Carta di e patuglie : https://umap.openstreetmap.fr/fr/map/{pad[:-5]}_{1040000 + h % 9000}<br>",
              f"Presidente : {escape(name)} – {tel}<br>"]  # fmt: skip
    html = (f'<!DOCTYPE HTML>\n<html>\n<head>\n<title>{pad}</title>\n<meta name="viewport" content="width=device-width,'
            ' initial-scale=1.0, maximum-scale=1.0, user-scalable=0">\n<meta http-equiv="Content-type" content="text/'
            f'html; charset=utf-8">\n<meta charset="utf-8">\n{ETHERPAD_STYLE}\n</head>\n<body>\n{"".join(lines)}'
            "\n</body>\n</html>\n")  # fmt: skip
    return html.encode()


# ---------------------------------------------------------------- Medium post, Malawian mapping community


def _cls(seed: int, n: int = 14) -> str:
    """Medium's generated class names: two-letter tokens out of a hash."""
    raw = hashlib.md5(str(seed).encode()).hexdigest() * 2
    return " ".join(chr(97 + int(raw[i], 16) % 26) + chr(97 + int(raw[i + 1], 16) % 26) for i in range(0, n * 2, 2))


def _pid(seed: int) -> str:
    return hashlib.md5(f"p{seed}".encode()).hexdigest()[:4]


HANDLES = ("blantyremappers", "zombaopenmapping", "mzuniyouthmappers", "lilongweopendata")
RECOMMENDED = (("How we map buildings from drone imagery", "8 min read"),
               ("Getting started with the HOT Tasking Manager", "5 min read"),
               ("What mapathons taught us about validation", "6 min read"),
               ("Open data for disaster response in Southern Africa", "11 min read"))  # fmt: skip


def html_medium_post_mw(doc: Doc) -> bytes:
    """The community's activation update as a Medium story, saved from the browser."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = MAPPING.organisations.index(doc.organisation)
    handle = HANDLES[k]
    slug = f"flood-mapping-activation-update-{doc.number}-{hashlib.md5(doc.title.encode()).hexdigest()[:12]}"
    day = f"{when:%b} {when.day}, {when.year}"
    n = [h % 1000]

    def c(size: int = 14) -> str:
        n[0] += 1
        return _cls(n[0] * 7919 + h, size)

    def para(inner: str, tag: str = "p") -> str:
        n[0] += 1
        return (f'<{tag} id="{_pid(n[0] + h)}" class="pw-post-body-paragraph {c()}" data-selectable-paragraph="">'
                f"{inner}</{tag}>")  # fmt: skip

    opening = (
        "This is our first update on the flood mapping activation. Here is what our volunteers and field teams"
        " have done so far, and what responders can use now."
        if doc.number == 1
        else f"This is update #{doc.number} on our flood mapping activation. Here is what our volunteers and field "
        "teams have done since the last update, and what responders can use now."
    )
    story = [para(opening)]  # fmt: skip
    for s in doc.sections:
        n[0] += 1
        story.append(f'<h1 id="{_pid(n[0] + h)}" class="{c(22)}" data-selectable-paragraph="">{escape(s.heading)}</h1>')
        if s.key == "highlights":
            story += [para(escape(it.text)) for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "mw")
            inner = f'{escape(risk)} <strong class="{c(2)}">{escape(lead)}</strong> {escape(rest)}' if lead else (
                escape(it.text))  # fmt: skip
            lis.append(para(inner, "li"))
        story.append(f'<ul class="">{"".join(lis)}</ul>')
    story.append(para(f'Want to help? Join the mapping on the <a class="{c(3)}" href="https://tasks.hotosm.org/'
                      f'projects/{16000 + h % 900}" rel="noopener ugc nofollow" target="_blank">Tasking Manager</a> '
                      "— every building counts."))  # fmt: skip
    more = "".join(f'<article class="{c(6)}"><div class="{c(4)}"><a href="/@{handle}/'
                   f'{escape(t.lower().replace(" ", "-"))}"><h2 class="{c(8)}">{escape(t)}</h2></a><div class="'
                   f'{c(4)}"><span>{r}</span><span>·</span><span>{when.year}</span></div></div></article>'
                   for t, r in RECOMMENDED[k % 2 :: 2])  # fmt: skip
    recs = "".join(f'<article class="{c(6)}"><div class="{c(4)}"><p class="{c(3)}">HOT</p><h2 class="{c(8)}">'
                   f"{escape(t)}</h2><span>{r}</span></div></article>"
                   for t, r in RECOMMENDED[(k + 1) % 2 :: 2])  # fmt: skip
    tags = "".join(
        f'<div class="{c(4)}"><a href="/tag/{t.lower()}" rel="noopener follow"><div class="{c(6)}">{t}</div></a></div>'
        for t in ("Openstreetmap", "Malawi", "Humanitarian", "Mapping", "Floods")
    )
    claps = 20 + h % 180
    top = (f'<div class="{c(8)}"><div class="{c(6)}"><a data-testid="headerMediumLogo" href="/?source=post_page---'
           f'top_nav_layout_nav" aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71" class="{c(2)}"><path '
           'd="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 '
           f'132.69 294.33 296.36"></path></svg></a><div class="{c(4)}"><input role="combobox" placeholder="Search" '
           f'class="{c(4)}">'
           f'</div></div><div class="{c(6)}"><a href="/new-story" data-testid="headerWriteButton"><span>Write</span>'
           f'</a><span><a href="/m/signin?operation=register" class="{c(4)}">Sign up</a></span><span><a href="/m/'
           f'signin?operation=login" class="{c(4)}">Sign in</a></span></div></div>')  # fmt: skip
    byline = (
        f'<div class="speechify-ignore {c(6)}"><div class="{c(4)}"><a href="/@{handle}" rel="noopener follow">'
        f'<img alt="{escape(doc.organisation)}" class="{c(3)}" src="https://miro.medium.com/v2/resize:fill:64:64'
        f'/1*{hashlib.md5(handle.encode()).hexdigest()[:20]}.png" width="32" height="32"></a><div class="'
        f'{c(4)}"><p class="{c(3)}"><a href="/@{handle}" rel="noopener follow" data-testid="authorName">'
        f'{escape(doc.organisation)}</a></p><span>·</span><p class="{c(3)}"><button class="{c(3)}">Follow'
        f'</button></p></div><div class="{c(4)}"><span data-testid="storyReadTime">6 min read</span><span>·'
        f'</span><span data-testid="storyPublishDate">{day}</span></div></div><div class="{c(6)}"><div><button '
        f'data-testid="headerClapButton" class="{c(3)}"></button><p class="{c(2)}"><button class="{c(3)}">'
        f'{claps}</button></p></div><div><button aria-label="responses" class="{c(3)}"></button><p class="'
        f'{c(2)}">{1 + h % 5}</p></div><div><button aria-label="Listen" class="{c(3)}"><p>Listen</p></button>'
        f'</div><div><button aria-label="Share Post" class="{c(3)}"><p>Share</p></button></div></div></div>'
    )
    figure = (f'<figure class="{c(8)}"><div class="{c(4)}"><picture><img alt="" class="{c(6)}" width="700" height='
              f'"467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*'
              f'{hashlib.md5(slug.encode()).hexdigest()[:22]}.jpeg"></picture></div><figcaption class="{c(8)}" '
              f'data-selectable-paragraph="">Volunteers at our mapathon on {(when - timedelta(days=2)).day} '
              f"{when:%B} (photo: {escape(doc.organisation)})</figcaption></figure>")  # fmt: skip
    after = (f'<div class="{c(8)}">{tags}</div><div class="{c(6)}"><button data-testid="footerClapButton" class="'
             f'{c(3)}"></button><p class="{c(2)}">{claps}</p></div><div class="{c(8)}"><a href="/@{handle}"><img '
             f'alt="{escape(doc.organisation)}" class="{c(3)}" width="48" height="48"></a><h2 class="{c(6)}"><a href="'
             f'/@{handle}">Written by {escape(doc.organisation)}</a></h2><div class="{c(4)}"><a href="/@{handle}/'
             f'followers">{120 + h % 800} Followers</a></div><p class="{c(4)}">Volunteer community mapping Malawi on '
             f"OpenStreetMap for disaster response and development.</p><button class=\"{c(3)}\">Follow</button></div>"
             f'<div class="{c(8)}"><h2 class="{c(6)}">More from {escape(doc.organisation)}</h2>{more}</div><div '
             f'class="{c(8)}"><h2 class="{c(6)}">Recommended from Medium</h2>{recs}</div>')  # fmt: skip
    foot = "".join(f'<a href="https://{u}" rel="noopener follow"><p class="{c(2)}">{t}</p></a>'
                   for t, u in (("Help", "help.medium.com"), ("Status", "medium.statuspage.io"),
                                ("About", "medium.com/about"), ("Careers", "medium.com/jobs-at-medium"),
                                ("Press", "medium.com/press"), ("Blog", "blog.medium.com"),
                                ("Privacy", "policy.medium.com/privacy"), ("Terms", "policy.medium.com/terms"),
                                ("Text to speech", "speechify.com/medium"),
                                ("Teams", "medium.com/business")))  # fmt: skip
    title = f"Flood mapping activation update #{doc.number}"
    sub = "Cyclone floods in the Shire valley: what our volunteers mapped and where the data is"
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | by {escape(doc.organisation)}'
        f' | Medium</title><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,'
        f'maximum-scale=1"><meta name="description" content="{sub}"><meta property="og:site_name" content="Medium">'
        f'<meta property="og:type" content="article"><meta property="article:published_time" content="'
        f'{when:%Y-%m-%d}T16:{h % 50 + 10}:11.402Z"><meta name="author" content="{escape(doc.organisation)}">'
        f'<link rel="canonical" href="https://medium.com/@{handle}/{slug}"></head><body><div id="root"><div class="'
        f'{c(4)}">{top}<div class="{c(4)}"><article><div class="{c(2)}"><div class="{c(2)}"><section><div><div '
        f'class="{c(8)}"><div class="{c(4)}"><div class="{c(10)}"><div><h1 id="{_pid(h)}" class="pw-post-title '
        f'{c(20)}" data-testid="storyTitle" data-selectable-paragraph="">{title}</h1></div><div><h2 id="'
        f'{_pid(h + 1)}" class="pw-subtitle-paragraph {c(20)}" data-selectable-paragraph="">{sub}</h2></div>'
        f"{byline}{figure}{''.join(story)}</div></div></div></div></section></div></div></article></div>"
        f'<footer class="{c(6)}">{after}<div class="{c(6)}">{foot}</div></footer></div></div></body></html>'
    )
    return html.encode()


# ---------------------------------------------------------------- Nextcloud Text, Aranese town council

SECRETARIES_OC = ("Secretaria der Ajuntament de Les", "Secretaria der Ajuntament de Bossòst",
                  "Secretaria der Ajuntament de Naut Aran",
                  "Secretaria der Ajuntament de Vielha e Mijaran")  # fmt: skip
GAUGES = (("Bossòst", 1.8), ("Les", 2.1), ("Arties", 1.2), ("Vielha", 1.5))
LEVELS_OC = ("Alèrta", "Emergéncia 1", "Emergéncia 1", "Alèrta")


def md_nextcloud_text_oc(doc: Doc) -> bytes:
    """The council's report as Nextcloud Text saves its Markdown file."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = AIGAT.organisations.index(doc.organisation)
    day = f"{when.day} de {OC_MONTHS[when.month - 1]} de {when.year}"
    out = [f"# Informe de situacion n. {doc.number} – Aigat dera Garona", "",
           "::: warn", f"**Nivèu deth pla INUNCAT:** {LEVELS_OC[(k + doc.number) % 4]}. Non vos apròpetz ath arriu.",
           ":::", "", f"**Data:** {day}, 20.00 h\\", f"**Redactat per:** {SECRETARIES_OC[k]}", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
            continue
        for it in s.items:
            risk, lead, rest = parts(it, "oc")
            out.append(f"* {risk} **{lead}** {rest}" if lead else f"* {it.text}")
        out.append("")
        if s.key == "situation":
            out += ["| Estacion | Nivèu (m) | Tendéncia |", "|----------|-----------|-----------|"]
            for j, (place, base) in enumerate(GAUGES):
                level = base + ((h >> j) % 9 - 4) / 10
                out.append(f"| {place} | {level:.2f}".replace(".", ",") + f" | {'↓' if (h >> j) % 3 else '→'} |")
            out.append("")
        if s.key == "impacts":
            photo = ("Pont de Les.jpg", "Passarela Bossost.jpg", "Camin de Salardu.jpg", "Passeg dera Nere.jpg")[k]
            out += [f"![{photo}](.attachments.{48213 + k * 17}/{photo.replace(' ', '%20')})", ""]
    nxt = when + timedelta(days=1)
    out += ["---", "", f"*Pròplèu informe: {nxt.day} de {OC_MONTHS[nxt.month - 1]}, 20.00 h*", ""]
    return "\n".join(out).encode()
