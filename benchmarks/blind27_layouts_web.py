"""Web and Markdown writers of the ``blind27_layouts`` set.

A New Zealand civil defence emergency management group's situation report on a heavy rain event published as a
Microsoft Sway and saved from the browser ("Save page as… Web page, complete") for the council's records: Sway's app
shell (the "Sway" bar, "Share", "Play", the accessibility view switch), the navigation pane that lists every heading
of the Sway again as links, the title card over its background image with the group's name and the time, then each
section a heading card — a ``div`` with ``role="heading"`` and ``aria-level="2"``, no ``h`` element — followed by
text cards, each point a ``<p>`` in a card of its own or the card's ``<ul>`` (the welfare and lifelines cards), the
mitigation's lead "Treatment:" in Sway's emphasis span, image cards with captions, and Sway's footer ("Created with
Microsoft Sway", "Report abuse", "Privacy and cookies"). "$3,400", "$1.25m", "(last update: 5)".

A Maharashtra district surveillance unit's weekly dengue report in Marathi, written in R Markdown by the unit's
epidemiologist and knitted to ``github_document`` for the state's GitHub repository: the title as a setext heading
underlined with "=", the unit and the ISO date under it, the table of contents knitr writes (a list of links to the
sections, "- [सारांश](#सारांश)"), each section "## " as written in the .Rmd, the R chunk echoed in a ```` ``` r ````
fence and its printed output indented four spaces, every output line led by "## " as knitr does, the weekly counts
as a ``knitr::kable`` pipe table, the epidemic curve as an image link with the ``<!-- -->`` knitr leaves after it,
the points "-", "**उपाययोजना:**" bold inside a risk's point; "₹3,400", "16 ऑगस्ट", "(मागील अहवाल: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import count
from blind27_layouts_content import parts, slug
from council_layouts_gold import Doc

# ---------------------------------------------------------------- Microsoft Sway saved from the browser

SWAY_CSS = (".appBar{background:#008272;color:#fff;font:14px 'Segoe UI';padding:6px 12px}.nav{position:fixed;"
            "left:0;width:220px;font:13px 'Segoe UI'}.nav a{display:block;color:#333;padding:4px}.card{margin:0 0 "
            "18px 240px;max-width:640px;font:17px 'Segoe UI'}.headingCard{font-size:30px;font-weight:600}"
            ".emphasis{font-weight:700;color:#008272}.caption{font-size:13px;color:#666}")  # fmt: skip
GROUPS = {"Hawke's Bay": "hbemergency", "Tasman Bays": "tasmancdem", "Northland Coast": "northlandcdem",
          "Manawatū Plains": "manawatucdem"}  # fmt: skip
LISTED = ("response", "impacts")  # the welfare and lifelines sections' keys


def html_sway_cards_nz(doc: Doc) -> bytes:
    """The situation report as a published Sway saved from the browser."""
    when = report_day(doc)
    group = doc.organisation.removesuffix(" CDEM Group")
    code = f"{zlib.crc32(doc.title.encode()):08x}"[:8]
    out = ["<!DOCTYPE html>", f"<!-- saved from url=(0036)https://sway.cloud.microsoft/{code}S3wK -->",
           '<html lang="en-NZ"><head><meta charset="utf-8">', f"<title>{escape(doc.title)}</title>",
           f"<style>{SWAY_CSS}</style>", '<script src="./Sway_files/sway.bundle.js"></script></head><body>',
           '<div class="appBar" role="banner"><span>Sway</span> <button>Share</button> <button>Play</button> '
           '<button aria-label="Switch to accessibility view">Accessibility view</button></div>',
           '<nav class="nav" aria-label="Navigation"><a href="#title">Title</a>']  # fmt: skip
    out += [f'<a href="#c{n}">{escape(s.heading)}</a>' for n, s in enumerate(doc.sections)]
    out += ["</nav>", '<main id="sway">',
            f'<div class="card titleCard" id="title"><img src="./Sway_files/{slug(group)}-flood.jpg" alt="Flooded '
            f'road in the district"><div class="titleText">{escape(doc.title)}</div><div class="subtitle">'
            f"{escape(doc.organisation)} · {when.day} {when:%B %Y}, 4:00 pm</div></div>"]  # fmt: skip
    for n, s in enumerate(doc.sections):
        out.append(f'<div class="card headingCard" id="c{n}" role="heading" aria-level="2">{escape(s.heading)}</div>')
        if s.key in LISTED:
            lis = "".join(f"<li>{_sway_text(it)}</li>" for it in s.items)
            out.append(f'<div class="card textCard"><div class="text"><ul>{lis}</ul></div></div>')
        else:
            out += [f'<div class="card textCard"><div class="text"><p>{_sway_text(it)}</p></div></div>'
                    for it in s.items]  # fmt: skip
        if n == 1:
            out.append(
                f'<div class="card imageCard"><img src="./Sway_files/slip-{n}.jpg" alt="Slip on a local road">'
                '<div class="caption">Photo: a slip on a rural road, taken by a council inspector</div></div>'
            )
    out += ["</main>", '<footer class="card"><span>Created with Microsoft Sway</span> · <a href="#">Report abuse</a>'
            f' · <a href="#">Privacy and cookies</a> · <span>{GROUPS[group]}@sway</span></footer>',
            "</body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")


def _sway_text(item) -> str:
    risk, lead, rest = parts(item, "nz")
    if lead:
        return f'{escape(risk)} <span class="emphasis">{escape(lead)}</span> {escape(rest)}'
    return escape(item.text)


# ---------------------------------------------------------------- R Markdown knitted to github_document

UNITS = {"Satara": "जिल्हा सर्वेक्षण पथक, सातारा", "Kolhapur": "जिल्हा सर्वेक्षण पथक, कोल्हापूर",
         "Sangli": "जिल्हा सर्वेक्षण पथक, सांगली", "Ratnagiri": "जिल्हा सर्वेक्षण पथक, रत्नागिरी"}  # fmt: skip


def md_rmarkdown_knit_mr(doc: Doc) -> bytes:
    """The weekly report as knitr writes the github_document."""
    when = report_day(doc)
    title = f"डेंग्यू साप्ताहिक अहवाल क्र. {doc.number}"
    unit = UNITS[doc.organisation.removeprefix("District Surveillance Unit ")]
    out = [title, "=" * 16, unit, f"{when:%Y-%m-%d}", ""]
    out += [f"- [{s.heading}](#{s.heading.replace(' ', '-')})" for s in doc.sections]
    cases = count(doc, ("संशयित",), 40)
    out += ["", "``` r", "library(tidyverse)", "library(knitr)",
            f'dengue <- read_csv("data/idsp_s_form_week{when.isocalendar()[1]:02d}.csv")', "dengue %>% count(taluka)",
            "```", "", "    ## # A tibble: 4 × 2", "    ##   taluka         n", "    ##   <chr>      <int>",
            f"    ## 1 सातारा        {cases // 2}", f"    ## 2 कराड          {cases // 4}",
            f"    ## 3 वाई           {cases // 8}",
            f"    ## 4 माण           {cases - cases // 2 - cases // 4 - cases // 8}",
            ""]  # fmt: skip
    for n, s in enumerate(doc.sections):
        out += [f"## {s.heading}", ""]
        for it in s.items:
            risk, lead, rest = parts(it, "mr")
            out.append(f"- {risk} **{lead}** {rest}" if lead else f"- {it.text}")
        out.append("")
        if n == 0:
            out += ["| आठवडा | संशयित | पॉझिटिव्ह |", "|:------|-------:|----------:|"]
            for k in range(3):
                week, back = when.isocalendar()[1] - 2 + k, 2 - k
                out.append(f"| {week} | {max(cases - 9 * back, 0)} | {max(cases // 3 - 2 * back, 0)} |")
            out += ["", "![](dengue_week_files/figure-gfm/epicurve-1.png)<!-- -->", ""]
    return "\n".join(out).encode("utf-8")
