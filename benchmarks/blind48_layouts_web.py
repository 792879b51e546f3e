"""Web and Markdown writers of the ``blind48_layouts`` set: a research and education network's incident page in its
Sphinx documentation, and an English council digital team's update converted from Google Docs by the "Docs to
Markdown" add-on.

A national research and education network's subsea cable incident update, a page of the network operations team's
documentation built by Sphinx with the Read the Docs theme and saved from the browser: the side navigation (the
project's name, the search box, the table of contents tree with the page's sections as links under it), the
breadcrumb with "Edit on GitHub", the page's ``<h1>`` with its "¶" permalink, a field list (Date, Status, Incident
manager, Next update), a "Note" admonition on how often the page is updated, each section a ``<section>`` with its
``<h2>`` and "¶" permalink, the summary as paragraphs, the other points a ``<ul class="simple">`` of paragraphs,
"Mitigation:" in bold inside a risk's point, a "See also" admonition linking the earlier updates, then the
"Previous" and "Next" buttons, "© Copyright", "Last updated on …" and "Built with Sphinx using a theme provided by
Read the Docs". Each network prints amounts in its own currency: "A$3,400", "NZ$1.25m", "€3,400", "£3,400",
"16 February", "(previous update: 5)".

An English council digital team's outage update, written in Google Docs and converted by the "Docs to Markdown"
add-on (gd2md-html 1.0β40) for the team's GitHub repository, pasted as converted: the add-on's comment block at the
top ("You have some errors, warnings, or alerts", the count of each, the conversion time, the notes on the source
document), then — the document holding the council's logo — the red alert paragraphs the add-on writes for an image
("gd2md-html alert: inline image link here …", "(Back to top)(Next alert)", the image's ``![alt_text](images/
image1.png "image_tooltip")``) left in place; the document's title as ``#``, a table of particulars converted to an
HTML table (cells with their text on the line after ``<td>``), each section a ``##`` heading, the summary as
paragraphs, the points as ``*`` lists, "**Mitigating actions:**" inside a risk's point, and an italic line at the end
on whom the update is shared with. "£3,400", "£1.25m", "16 May", "(previously 5)".
"""

from __future__ import annotations

import re
import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind48_layouts_banks_north import CABLE, HOSTING
from blind48_layouts_content import parts
from council_layouts_gold import Doc


def _anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---------------------------------------------------------------- a network's Sphinx page, Read the Docs theme

PROJECTS = (("AARNet Network Operations", "aarnet", "AEDT", "AARNet Pty Ltd"),
            ("REANNZ Network Operations Centre", "reannz", "NZDT", "Research and Education Advanced Network New "
             "Zealand Ltd"),
            ("HEAnet NOC Handbook", "heanet", "GMT", "HEAnet CLG"),
            ("Janet Network Operations", "jisc", "GMT", "Jisc"))  # fmt: skip
MANAGERS = ("Sam Whitlock", "Aroha Tane", "Ciarán Doyle", "Helen Marsh")


def _rst_point(it, lang: str) -> str:
    risk, lead, rest = parts(it, lang)
    if lead:
        return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}"
    return escape(it.text)


def html_sphinx_rtd_nren(doc: Doc) -> bytes:
    """The network's incident update as a Sphinx page in the Read the Docs theme, saved from the browser."""
    when = report_day(doc)
    k = CABLE.organisations.index(doc.organisation)
    project, repo, tz, holder = PROJECTS[k]
    h = zlib.crc32(doc.title.encode())
    title = f"Subsea cable incident – update {doc.number}"
    page = _anchor(title)
    toc = "".join(f'<li class="toctree-l3"><a class="reference internal" href="#{_anchor(s.heading)}">'
                  f"{escape(s.heading)}</a></li>" for s in doc.sections)  # fmt: skip
    earlier = "".join(f'<li class="toctree-l2"><a class="reference internal" href="update-{n}.html">Update {n}</a>'
                      "</li>" for n in range(doc.number - 1, 0, -1))  # fmt: skip
    body = []
    for s in doc.sections:
        a = _anchor(s.heading)
        body.append(f'<section id="{a}">\n<h2>{escape(s.heading)}<a class="headerlink" href="#{a}" title="Link to '
                    'this heading">¶</a></h2>')  # fmt: skip
        if s.key == "highlights":
            body += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            body.append('<ul class="simple">\n' + "\n".join(f"<li><p>{_rst_point(it, 'nren')}</p></li>"
                                                         for it in s.items) + "\n</ul>")  # fmt: skip
        body.append("</section>")
    nxt = when + timedelta(days=2)
    see_also = " · ".join(f'<a class="reference internal" href="update-{n}.html"><span class="doc">Update {n}'
                          "</span></a>" for n in range(1, doc.number))  # fmt: skip
    see = (f'<div class="admonition seealso">\n<p class="admonition-title">See also</p>\n<p>Earlier updates: '
           f"{see_also}</p>\n</div>") if see_also else ""  # fmt: skip
    prev = (f'<a href="update-{doc.number - 1}.html" class="btn btn-neutral float-left" title="Subsea cable '
            f'incident – update {doc.number - 1}" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" '
            'aria-hidden="true"></span> Previous</a>') if doc.number > 1 else ""  # fmt: skip
    html = f"""<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../../">
<head>
  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>{escape(title)} &mdash; {escape(project)} 2026.1 documentation</title>
  <link rel="stylesheet" type="text/css" href="../../_static/pygments.css?v=b86133f3" />
  <link rel="stylesheet" type="text/css" href="../../_static/css/theme.css?v=e59714d7" />
  <script src="../../_static/jquery.js?v=5d32c60e"></script>
  <script src="../../_static/_sphinx_javascript_frameworks_compat.js?v=2cd50e6c"></script>
  <script src="../../_static/documentation_options.js?v=f2a433a1"></script>
  <script src="../../_static/doctools.js?v=9bcbadda"></script>
  <script src="../../_static/sphinx_highlight.js?v=dc90522c"></script>
  <script src="../../_static/js/theme.js"></script>
  <link rel="index" title="Index" href="../../genindex.html" />
  <link rel="search" title="Search" href="../../search.html" />
  <link rel="prev" title="Subsea cable incident" href="index.html" />
</head>
<body class="wy-body-for-nav">
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search">
            <a href="../../index.html" class="icon icon-home">{escape(project)}</a>
<div role="search">
  <form id="rtd-search-form" class="wy-form" action="../../search.html" method="get">
    <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" />
    <input type="hidden" name="check_keywords" value="yes" />
    <input type="hidden" name="area" value="default" />
  </form>
</div>
        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
              <p class="caption" role="heading"><span class="caption-text">Operations</span></p>
<ul>
<li class="toctree-l1"><a class="reference internal" href="../../runbooks/index.html">Runbooks</a></li>
<li class="toctree-l1"><a class="reference internal" href="../../maintenance/index.html">Planned maintenance</a></li>
</ul>
<p class="caption" role="heading"><span class="caption-text">Incidents</span></p>
<ul class="current">
<li class="toctree-l1 current"><a class="reference internal" href="index.html">Subsea cable incident</a>\
<ul class="current">
<li class="toctree-l2 current"><a class="current reference internal" href="#">Update {doc.number}</a><ul>
{toc}
</ul>
</li>
{earlier}
</ul>
</li>
<li class="toctree-l1"><a class="reference internal" href="../2025/index.html">2025 incidents</a></li>
</ul>
        </div>
      </div>
    </nav>
    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" \
aria-label="Mobile navigation menu">
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="../../index.html">{escape(project)}</a>
      </nav>
      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="Page navigation">
  <ul class="wy-breadcrumbs">
      <li><a href="../../index.html" class="icon icon-home" aria-label="Home"></a></li>
          <li class="breadcrumb-item"><a href="../index.html">Incidents</a></li>
          <li class="breadcrumb-item"><a href="index.html">Subsea cable incident</a></li>
      <li class="breadcrumb-item active">Update {doc.number}</li>
      <li class="wy-breadcrumbs-aside">
            <a href="https://github.com/{repo}-noc/ops-docs/blob/main/docs/incidents/2026-subsea-cable/update-\
{doc.number}.rst" class="fa fa-github"> Edit on GitHub</a>
      </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
           <div itemprop="articleBody">

  <section id="{page}">
<h1>{escape(title)}<a class="headerlink" href="#{page}" title="Link to this heading">¶</a></h1>
<dl class="field-list simple">
<dt class="field-odd">Date<span class="colon">:</span></dt>
<dd class="field-odd"><p>{when.day} {when:%B %Y}, {8 + h % 3:02d}:00 {tz}</p>
</dd>
<dt class="field-even">Status<span class="colon">:</span></dt>
<dd class="field-even"><p>Active – degraded international capacity</p>
</dd>
<dt class="field-odd">Incident manager<span class="colon">:</span></dt>
<dd class="field-odd"><p>{MANAGERS[k]}</p>
</dd>
<dt class="field-even">Next update<span class="colon">:</span></dt>
<dd class="field-even"><p>{nxt.day} {nxt:%B %Y}</p>
</dd>
</dl>
<div class="admonition note">
<p class="admonition-title">Note</p>
<p>This page is updated every second day while the incident is open. Members can follow the incident on the
status page or the operations mailing list.</p>
</div>
{chr(10).join(body)}
{see}
</section>


           </div>
          </div>
          <footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
        {prev}
    </div>

  <hr/>

  <div role="contentinfo">
    <p>&#169; Copyright 2026, {escape(holder)}.
      <span class="lastupdated">Last updated on {when:%b} {when.day:02d}, {when.year}.
      </span></p>
  </div>

  Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
    <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
    provided by <a href="https://readthedocs.org">Read the Docs</a>.


</footer>
        </div>
      </div>
    </section>
  </div>
  <script>
      jQuery(function () {{
          SphinxRtdTheme.Navigation.enable(true);
      }});
  </script>
</body>
</html>
"""
    return html.encode()


# ---------------------------------------------------------------- a council's update, Docs to Markdown

LEADS_BY = ("Head of Digital Services", "Chief Digital and Information Officer", "Service Owner, Web and Forms",
            "Head of Digital and Customer Services")  # fmt: skip
PEOPLE = ("Amara Okafor", "Tom Brennan", "Lucy Hartley", "Dev Patel")


def _cell(text: str) -> str:
    return f"   <td>{text}\n   </td>\n"


def md_gd2md_gb(doc: Doc) -> bytes:
    """The digital team's update as Docs to Markdown converts the team's Google Doc, its image alert left in."""
    when = report_day(doc)
    k = HOSTING.organisations.index(doc.organisation)
    h = zlib.crc32(doc.title.encode())
    stamp = when.replace(hour=7 + h % 4, minute=h % 60, second=h % 59)
    secs = f"{(h % 900) / 1000 + 0.3:.3f}"
    title = f"Digital services outage – update {doc.number}"
    head = ["<!-----", "", "You have some errors, warnings, or alerts. If you are using reckless mode, turn it off "
            "to see useful information and inline alerts.", "* ERRORs: 0", "* WARNINGs: 0", "* ALERTS: 1", "",
            "Conversion time: " + secs + " seconds.", "", "",
            "Using this Markdown file:", "",
            "1. Paste this output into your source file.",
            "2. See the notes and action items below regarding this conversion run.",
            "3. Check the rendered output (headings, lists, code blocks, tables) for proper",
            "   formatting and use a linkchecker before you publish this page.", "",
            "Conversion notes:", "", "* Docs to Markdown version 1.0β40",
            f"* {stamp:%a %b %d %Y %H:%M:%S} GMT+0100 (British Summer Time)",
            f"* Source doc: {title}", "* Tables are currently converted to HTML tables.",
            "* This document has images: check for >>>>>  gd2md-html alert:  inline image link in generated source "
            "and store images to your server. NOTE: Images in exported zip file from Google Docs may not appear in  "
            "the same order as they do in your doc. Please check the images!", "", "----->", "", "",
            '<p style="color: red; font-weight: bold">>>>>>  gd2md-html alert:  ERRORs: 0; WARNINGs: 0; ALERTS: 1.</p>',
            '<ul style="color: red; font-weight: bold"><li>See top comment block for details on ERRORs and '
            "WARNINGs. <li>In the converted Markdown or HTML, search for inline alerts that start with >>>>>  "
            "gd2md-html alert:  for specific instances that need correction.</ul>", "",
            '<p style="color: red; font-weight: bold">Links to alert messages:</p><a href="#gdcalert1">alert1</a>',
            "", '<p style="color: red; font-weight: bold">>>>>> PLEASE check and correct alert issues and delete this '
            "message and the inline alerts.<hr></p>", "", "", "",
            '<p id="gdcalert1" ><span style="color: red; font-weight: bold">>>>>>  gd2md-html alert: inline image '
            "link here (to images/image1.png). Store image on your image server and adjust path/filename/extension "
            'if necessary. </span><br>(<a href="#">Back to top</a>)(<a href="#gdcalert2">Next alert</a>)<br><span '
            'style="color: red; font-weight: bold">>>>>> </span></p>', "", "",
            '![alt_text](images/image1.png "image_tooltip")', "", "", "", f"# {title}", "", "", ""]  # fmt: skip
    nxt = when + timedelta(days=2)
    rows = (("Council", doc.organisation), ("Date", f"{when:%A} {when.day} {when:%B %Y}"),
            ("Incident lead", f"{PEOPLE[k]}, {LEADS_BY[k]}"),
            ("Next update", f"{nxt:%A} {nxt.day} {nxt:%B}"))  # fmt: skip
    table = ["<table>"] + [f"  <tr>\n{_cell(a)}{_cell(b)}  </tr>" for a, b in rows] + ["</table>", "", ""]
    out = head + table
    for s in doc.sections:
        out += [f"## {s.heading}", "", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
        else:
            for it in s.items:
                risk, lead, rest = parts(it, "gb")
                out.append(f"* {risk} **{lead}** {rest}" if lead else f"* {it.text}")
            out.append("")
        out.append("")
    out += ["_Shared with the council's incident management team and partners. Please do not forward outside the "
            "organisation._", ""]  # fmt: skip
    return "\n".join(out).encode()
