"""Web writers of the ``blind36_layouts`` set.

An American county public health department's daily wildfire smoke update, written as an ArcGIS StoryMaps story and
saved from the browser with "Web page, complete" (the DOM as the published story built it): the story header bar
(the department's logo, "Share", the story's navigation — every text block heading repeated as a link), the cover
(the title, the subtitle, the byline and "Published August 12, 2026", the cover photo with its credit), then the
story's blocks: the key points as paragraphs under a heading, a sidecar whose docked slides each hold a section in the
narrative panel (heading and points) beside a map of the Air Quality Index (the map's zoom buttons, its legend and
the Esri attribution), more text blocks each a heading ``<h2>`` over a ``<ul>`` list, an image with its caption, the
risks a table block ("Risk" | "What we're doing", an empty cell where no mitigation is printed), a separator, and the
credits (``Content``, ``Media``) at the foot. "$3,400", "$1.25 million", "August 16", "(previous update: 5)".

A New Zealand district council's situation report on a ransomware attack, kept in the description of the major
incident in Jira Service Management and saved from the browser: Jira's top navigation, the project sidebar (queues,
incidents, alerts, on-call), the breadcrumb "Projects / IT Service Desk / INC-…", the incident's summary, its buttons,
then the description as the renderer prints it — an info panel "Major incident – do not forward outside the IMT",
each section an ``<h2>`` with its copy-link button, the summary as paragraphs, the points ``<ul>`` lists,
"<strong>Mitigation:</strong>" inside a risk's point —, the activity feed with its internal notes, and the right-hand
panel (status, assignee, reporter, request type, priority, affected services, impact, urgency, responders, the SLA
and the dates). "$3,400", "$1.25m", "16 March", "(previously 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind36_layouts_content import parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- ArcGIS StoryMaps, American county health

STORY_CSS = """
body { margin: 0; font-family: "Avenir Next", Avenir, "Helvetica Neue", sans-serif; color: #1a1a1a; }
.header-bar { display: flex; justify-content: space-between; padding: 8px 16px; border-bottom: 1px solid #ddd; }
.story-nav a { margin-right: 14px; font-size: 13px; color: #444; text-decoration: none; }
.cover { text-align: center; padding: 48px 10%; } .cover h1 { font-size: 44px; margin: 0; }
.block { max-width: 680px; margin: 24px auto; } .block h2 { font-size: 26px; }
.sidecar { display: flex; } .narrative-panel { width: 40%; padding: 16px; background: #f4f1ea; }
.media-panel { width: 60%; } figcaption { font-size: 13px; color: #666; }
.table-block table { border-collapse: collapse; width: 100%; }
.table-block td, .table-block th { border: 1px solid #ccc; padding: 6px; text-align: left; vertical-align: top; }
.credits { font-size: 13px; color: #555; }
"""


def _points(s, lang: str) -> str:
    if s.key == "highlights":
        return "".join(f'<p class="paragraph">{escape(it.text)}</p>' for it in s.items)
    return '<ul class="list">' + "".join(f"<li><span>{escape(it.text)}</span></li>" for it in s.items) + "</ul>"


def _map(title: str, h: int) -> str:
    return (f'<div class="map-container" role="application" aria-label="{escape(title)}"><canvas width="900" '
            'height="600"></canvas><div class="esri-ui-top-left"><div class="esri-zoom"><div role="button" '
            'title="Zoom in" class="esri-widget--button"><span class="esri-icon-plus"></span></div><div role="button" '
            'title="Zoom out" class="esri-widget--button"><span class="esri-icon-minus"></span></div></div></div>'
            '<div class="map-legend"><span class="legend-title">Air Quality Index</span><ul><li>Good (0–50)</li>'
            "<li>Moderate (51–100)</li><li>Unhealthy for Sensitive Groups (101–150)</li><li>Unhealthy (151–200)</li>"
            "<li>Very Unhealthy (201–300)</li><li>Hazardous (301+)</li></ul></div>"
            '<div class="esri-attribution"><div class="esri-attribution__sources">AirNow, U.S. EPA, Esri, HERE, '
            f'Garmin, USGS, NGA</div><div class="esri-attribution__powered-by">Powered by Esri</div></div>'
            f'<div class="map-updated">Sensors reporting: {40 + h % 60}</div></div>')  # fmt: skip


def html_storymap_smoke_us(doc: Doc) -> bytes:
    """The department's smoke update as a published StoryMaps story saved from the browser."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    day = f"{when:%B} {when.day}, {when.year}"
    secs = doc.sections
    nav = "".join(f'<a href="#n-{k}">{escape(s.heading)}</a>' for k, s in enumerate(secs))
    blocks: list[str] = []
    side: list[str] = []
    for k, s in enumerate(secs):
        head = f'<h2 id="n-{k}" class="h2 text-block-heading">{escape(s.heading)}</h2>'
        if s.key in ("situation", "forecast"):  # the docked sidecar's slides
            side.append(f'<div class="slide" data-slide="{len(side)}"><div class="narrative-panel">{head}'
                        f'{_points(s, "smoke")}</div><div class="media-panel">{_map("Air Quality Index", h)}</div>'
                        "</div>")  # fmt: skip
            if s.key == "forecast" or not any(t.key == "forecast" for t in secs):
                blocks.append(f'<div class="block sidecar immersive" data-layout="docked-panel">{"".join(side)}'
                              "</div>")  # fmt: skip
            continue
        if s.risks:
            rows = []
            for it in s.items:
                rows.append(f"<tr><td><p>{escape(it.body)}</p></td><td><p>{escape(it.mitigation or '')}</p></td></tr>")
            blocks.append(f'<div class="block text-block">{head}</div><div class="block table-block"><table>'
                          "<thead><tr><th><p><strong>Risk</strong></p></th><th><p><strong>What we're doing</strong>"
                          f'</p></th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')  # fmt: skip
            continue
        blocks.append(f'<div class="block text-block">{head}{_points(s, "smoke")}</div>')
        if s.key == "impacts":
            blocks.append('<figure class="block image-block"><img src="media/clean-air-space.jpeg" alt="Residents '
                          'resting in a library set up as a clean air space"><figcaption>A clean air space at the '
                          "main library. Photo: County Public Information Office</figcaption></figure>")  # fmt: skip
    sid = f"{h:08x}{zlib.crc32(doc.organisation.encode()):08x}"[:32]
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
            f"{escape(doc.title)}</title><style>{STORY_CSS}</style></head><body><div id=\"app\">"
            '<header class="header-bar"><div class="org-logo"><img src="media/logo.png" alt="'
            f'{escape(doc.organisation)}"></div><nav class="story-nav" aria-label="Story navigation">{nav}</nav>'
            '<div class="header-actions"><button aria-label="Share">Share</button><button aria-label="More options">'
            '</button></div></header><main><section class="cover cover--full"><h1 class="storyTitle">Wildfire Smoke '
            f'Update #{doc.number}</h1><p class="storySubtitle">Air quality and health response in the county</p>'
            f'<div class="byline">{escape(doc.organisation)}</div><div class="publish-date">Published {day}</div>'
            '<figure class="cover-media"><img src="media/cover.jpeg" alt="Smoke over the valley"><figcaption>'
            "Smoke over the valley. Photo: Jamie Ortiz</figcaption></figure></section>"
            f'{"".join(blocks)}<hr class="block separator"><section class="block credits"><h2 class="credits-title">'
            'Credits</h2><h3>Content</h3><p>Air quality data: AirNow, U.S. EPA and PurpleAir sensors</p><h3>Media'
            "</h3><p>Cover photo: Jamie Ortiz, County Public Information Office</p><p>AQI map: County GIS</p>"
            '</section></main><footer class="story-footer"><a href="https://storymaps.arcgis.com">ArcGIS StoryMaps'
            f'</a><span>https://storymaps.arcgis.com/stories/{sid}</span></footer></div></body></html>')  # fmt: skip
    return html.encode("utf-8")


# ---------------------------------------------------------------- Jira Service Management, New Zealand council

OWNERS = ("Aroha Ngata", "Ben Whitaker", "Priya Raman", "Sione Tupou", "Kate McAllister", "Mere Paki")


def html_jsm_cyber_nz(doc: Doc) -> bytes:
    """The council's ransomware sitrep as the major incident's description in Jira Service Management."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    key = f"INC-{400 + h % 500}"
    site = slug(doc.organisation.removesuffix(" District Council"))
    desc: list[str] = ['<div class="ak-editor-panel" data-panel-type="info"><div class="ak-editor-panel__icon">'
                       '<span aria-label="Panel info"></span></div><div class="ak-editor-panel__content"><p>Major '
                       "incident – do not forward outside the IMT.</p></div></div>"]  # fmt: skip
    for s in doc.sections:
        anchor = s.heading.replace(" ", "-")
        desc.append(f'<h2 id="{anchor}" data-renderer-start-pos="{h % 900}"><span>{escape(s.heading)}</span><span '
                    'class="heading-anchor-wrapper"><button aria-label="Copy link to heading" class="copy-anchor">'
                    "</button></span></h2>")  # fmt: skip
        if s.key == "highlights":
            desc += [f"<p>{escape(it.text)}</p>" for it in s.items]
            continue
        lis = []
        for it in s.items:
            risk, lead, rest = parts(it, "nz")
            body = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            lis.append(f"<li><p>{body}</p></li>")
        desc.append(f'<ul class="ak-ul">{"".join(lis)}</ul>')
    a, b, c = (OWNERS[(h + k) % len(OWNERS)] for k in (0, 2, 4))
    created = f"{when.day} {when:%B %Y} at 8:{h % 50 + 10:02d} am"
    side = [("Assignee", a), ("Reporter", b), ("Request type", "Report a major incident"), ("Priority", "Highest"),
            ("Affected services", "Rates and Property, Website, Library Management"), ("Impact", "Extensive / "
            "Widespread"), ("Urgency", "Critical"), ("Responders", f"{a}, {c}, Cyber IR retainer"),
            ("Major incident", "Major incident"), ("Time to resolution", f"{h % 9}h {h % 60}m remaining"),
            ("Created", created), ("Updated", "12 minutes ago")]  # fmt: skip
    panel = "".join(f'<div class="field" data-testid="issue-field-{slug(k)}"><h3>{escape(k)}</h3><div>{escape(v)}'
                    "</div></div>" for k, v in side)  # fmt: skip
    notes = [
        (c, "3 hours ago", "Internal note", "Firewall rules for the backup network confirmed by the vendor."),
        (a, "yesterday", "Internal note", f"Sitrep {max(doc.number - 1, 1)} sent to the Chief Executive."),
    ]
    feed = "".join(f'<div class="activity-item"><span class="author">{escape(n)}</span> <span class="kind">{k}</span> '
                   f'<span class="when">{t}</span><div class="comment-body"><p>{escape(x)}</p></div></div>'
                   for n, t, k, x in notes)  # fmt: skip
    html = ('<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>'
            f"[{key}] {escape(doc.title)} - Jira Service Management</title></head><body><div id=\"jira-frontend\">"
            '<header role="banner" class="top-nav"><a href="/jira/your-work">Jira Service Management</a><nav>'
            '<a href="/jira/your-work">Your work</a><a href="/jira/projects">Projects</a><a href="/jira/filters">'
            'Filters</a><a href="/jira/dashboards">Dashboards</a><a href="/jira/people">Teams</a></nav><button>'
            'Create</button><input type="search" placeholder="Search"></header><div class="page-layout">'
            '<nav class="sidebar" aria-label="Project navigation"><h2>IT Service Desk</h2><p>Service project</p>'
            '<ul><li>Queues</li><li>Incidents</li><li>Alerts</li><li>On-call</li><li>Services</li><li>Reports</li>'
            '<li>Knowledge base</li><li>Channels</li></ul></nav><main><ol class="breadcrumbs"><li>Projects</li>'
            f'<li>IT Service Desk</li><li><a href="/browse/{key}">{key}</a></li></ol><h1 data-testid="issue.summary">'
            f'{escape(doc.title)}</h1><div class="toolbar"><button>Add attachment</button><button>Create subtask'
            '</button><button>Link issue</button><button>Create incident channel</button></div><div class="field">'
            '<h2 class="field-label">Description</h2><div class="ak-renderer-document">' + "".join(desc) + "</div>"
            '</div><section class="activity"><h2 class="field-label">Activity</h2><div class="tabs">Show: <button>'
            "All</button><button>Comments</button><button>History</button><button>Work log</button></div>"
            f'<div class="add-comment"><button>Add internal note</button> / <button>Reply to customer</button></div>'
            f'{feed}</section></main><aside class="context"><div class="status"><button>Investigating</button>'
            f'<button>Actions</button></div><h2>Details</h2>{panel}</aside></div></div>'
            f'<div class="footer-url">https://{site}.atlassian.example/browse/{key}</div></body></html>')  # fmt: skip
    return html.encode("utf-8")
