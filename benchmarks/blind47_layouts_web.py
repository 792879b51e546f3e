"""Web writers of the ``blind47_layouts`` set: a Canadian city's cold weather report on its emergency operations
centre's SharePoint wiki, saved from the browser, and an Australian biosecurity team's outbreak page exported from
its wiki to PDF.

A Canadian city's extreme cold weather situation report, a classic SharePoint wiki page (an "Enterprise Wiki"
of the emergency operations centre's site) saved from the browser as a complete web page: the suite bar, the
ribbon's "BROWSE PAGE" tabs, the site's logo, top navigation and search box, the page title with its breadcrumb,
the quick launch down the left ("Home", "Situation Reports", "Documents", "Site Contents", "EDIT LINKS"), then the
wiki field — a layouts table holding the rich text editor's content: a small table of the operational period, EOC
activation level and next update, each section's name an ``<h2 class="ms-rteElement-H2">``, the summary as
paragraphs, the other points in a list, "Mitigation:" in bold inside a risk's point, every paragraph and point
opening with the zero-width space the editor leaves —, and under it "Last modified at 1/16/2026 3:42 PM by …", the
ASP.NET form's hidden fields and scripts around it all. "$3,400", "$1.25 million", "1,250", "January 16",
"(last update: 5)".

An Australian state's biosecurity team's fruit fly situation report, a page of the incident's wiki space exported
with "Export to PDF" (the wiki's PDF export, its space's PDF layout adding a header and "Page 1 of 3"): the page's
title, a page properties table (Incident, Status as a coloured lozenge, Incident controller as a mention, Report
date, Next report), a blue info panel, the table of contents macro listing the sections as links, each section an
``<h2>``, the summary as paragraphs, the other points in a list, "Treatment:" in bold inside a risk's point, the next
steps as the wiki's task list with its check boxes. "$3,400", "$1.25 million", "1,250", "16 March",
"(previous report: 5)".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind47_layouts_banks_north import COLD
from blind47_layouts_banks_south import FRUIT_FLY
from blind47_layouts_content import parts
from council_layouts_gold import Doc

ZW = "\u200b"


def _li(it, lang: str, zw: str = "") -> str:
    risk, lead, rest = parts(it, lang)
    if lead:
        return f"{zw}{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}"
    return zw + escape(it.text)


# ---------------------------------------------------------------- a city's page on a classic SharePoint wiki

SITES = ("winnipeg", "edmonton", "saskatoon", "thunderbay")
EDITORS = ("Jordan Lee", "Priya Nair", "Marc Gagnon", "Kelsey Whitehorse")
LEVELS = ("Level 2 – Partial activation", "Level 3 – Full activation")


def html_sharepoint_wiki_ca(doc: Doc) -> bytes:
    """The city's wiki page as the browser saves it whole: the SharePoint chrome around the wiki field."""
    when = report_day(doc)
    k = COLD.organisations.index(doc.organisation)
    h = zlib.crc32(doc.title.encode())
    site = f"https://eoc.{SITES[k]}.ca/sites/eoc"
    page = f"Extreme-Cold-Sitrep-{doc.number}"
    files = f"./{page}_files"
    nxt = when + timedelta(days=1)
    body = [f'<table class="ms-rteTable-default" cellspacing="0" style="width:100%"><tbody>'
            f'<tr class="ms-rteTableHeaderRow-default"><th class="ms-rteTableHeaderFirstCol-default">Operational '
            'period</th><th class="ms-rteTableHeaderOddCol-default">EOC activation</th>'
            '<th class="ms-rteTableHeaderEvenCol-default">Next update</th></tr><tr class="ms-rteTableOddRow-default">'
            f'<td class="ms-rteTableFirstCol-default">{when:%B} {when.day}, {when.year} 0700 to {nxt:%B} {nxt.day} '
            f'0700</td><td class="ms-rteTableOddCol-default">{LEVELS[h % 2]}</td>'
            f'<td class="ms-rteTableEvenCol-default">{nxt:%B} {nxt.day}, 1600</td></tr></tbody></table>',
            f"<p>{ZW}</p>"]  # fmt: skip
    for s in doc.sections:
        body.append(f'<h2 class="ms-rteElement-H2">{ZW}{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body += [f"<p>{ZW}{escape(it.text)}</p>" for it in s.items]
        else:
            body.append("<ul>" + "".join(f"<li>{_li(it, 'ca', ZW)}</li>" for it in s.items) + "</ul>")
    modified = f"{when.month}/{when.day}/{when.year} {3 + h % 5}:{h % 50 + 10:02d} PM"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<!-- saved from url=({len(site) + len(page) + 16:04d}){site}/SitePages/{page}.aspx -->
<html xmlns:o="urn:schemas-microsoft-com:office:office" dir="ltr" lang="en-US"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="GENERATOR" content="Microsoft SharePoint"><meta name="progid" content="SharePoint.WebPartPage.Document">
<title>{escape(doc.title)}</title>
<link rel="stylesheet" type="text/css" href="{files}/corev15.css">
<link rel="shortcut icon" href="{files}/favicon.ico">
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"\\u002fsites\\u002feoc",webTitle:\
"Emergency Operations Centre",pageListId:"{{{h:08x}-61c4-4a1e-9f3b-7d2e0c5a{h % 9999:04d}}}",\
pageItemId:\
{doc.number + 40},userId:{h % 500 + 12},alertsEnabled:true,\
siteServerRelativeUrl:"\\u002fsites\\u002feoc",isAppWeb:false}};</script>
<script type="text/javascript" src="{files}/init.js"></script>
<script type="text/javascript" src="{files}/sp.core.js"></script>
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();">
<div id="imgPrefetch" style="display:none"><img src="{files}/spcommon.png"><img src="{files}/siteIcon.png"></div>
<form method="post" action="./{page}.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{h:08X}A3C1,{when:%d %b %Y} 21:{h % 60:02d}\
:04 -0000">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE"\
 value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0">
</div>
<div id="ms-designer-ribbon"><div id="suiteBarTop" class="ms-dialogHidden noindex">
<div class="ms-core-brandingText">SharePoint</div>
<div id="suiteLinksBox"><ul class="ms-core-suiteLinkList"><li class="ms-core-suiteLink">
<a class="ms-core-suiteLink-a" href="#">Newsfeed</a></li>
<li class="ms-core-suiteLink"><a class="ms-core-suiteLink-a" href="#">OneDrive</a></li>
<li class="ms-core-suiteLink"><a class="ms-core-suiteLink-a" href="#">Sites</a></li></ul></div>
<div id="welcomeMenuBox"><span class="ms-welcome-root">
<a class="ms-core-menu-root" href="#">{EDITORS[(k + 1) % 4]}</a></span></div></div>
<div id="s4-ribbonrow"><div id="globalNavBox" class="noindex"><div id="ribbonBox"><div id="s4-ribboncont">
<ul class="ms-cui-tts"><li class="ms-cui-tt ms-browseTab ms-cui-tt-s"><a class="ms-cui-tt-a" href="#">
<span class="ms-cui-tt-span">BROWSE</span></a></li>
<li class="ms-cui-tt"><a class="ms-cui-tt-a" href="#"><span class="ms-cui-tt-span">PAGE</span></a></li></ul></div>
</div>
<div id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg">
<a class="ms-promotedActionButton" href="#"><span class="ms-promotedActionButton-text">Share</span></a>
<a class="ms-promotedActionButton" href="#"><span class="ms-promotedActionButton-text">Follow</span></a>
<a class="ms-promotedActionButton" href="#"><span class="ms-promotedActionButton-text">Edit</span></a></div></div>
</div></div>
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
<div class="ms-table ms-core-tableNoSpace ms-fullWidth"><div class="ms-tableRow">
<div class="ms-tableCell ms-verticalAlignTop">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a href="{site}/">
<img src="{files}/siteIcon.png" alt="Emergency Operations Centre"></a></div></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><div class="ms-breadcrumb-top">
<div class="ms-core-navigation" role="navigation">
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation">
<ul class="root ms-core-listMenu-root static">
<li class="static selected">
<a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{site}/">
<span class="menu-item-text">Emergency Operations Centre</span></a></li>
<li class="static"><a class="static menu-item" href="{site}/SitePages/Situation%20Reports.aspx">
<span class="menu-item-text">Situation Reports</span></a></li>
<li class="static"><a class="static menu-item" href="{site}/Shared%20Documents">
<span class="menu-item-text">Documents</span></a></li>
<li class="static"><a class="static menu-item" href="{site}/Lists/Contacts">
<span class="menu-item-text">Contacts</span></a></li></ul></div></div></div>
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span>
<a href="{site}/SitePages/Situation%20Reports.aspx">Situation Reports</a>
<span style="height:16px;width:16px;position:relative;display:inline-block;overflow:hidden;" class="s4-clust\
 ms-ltviewselectormenuseparator"><img src="{files}/spcommon.png" alt=":"></span>
<span>Extreme Cold Sitrep {doc.number}</span></span></span></h1></div>
<div class="ms-tableCell ms-verticalAlignTop">
<div id="DeltaPlaceHolderSearchArea" class="ms-mpSearchBox ms-floatRight"><div id="SearchBox">
<input type="text" value="Search this site" maxlength="2048" title="Search this site" class="ms-textSmall\
 ms-srch-sb-prompt ms-helperText"></div></div></div></div></div></div>
<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
<div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation">
<div class="ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root static"><li class="static">
<a class="static menu-item" href="{site}/"><span class="menu-item-text">Home</span></a></li>
<li class="static selected"><a class="static selected menu-item" href="{site}/SitePages/Situation%20Reports.aspx">
<span class="menu-item-text">Situation Reports</span></a></li>
<li class="static"><a class="static menu-item" href="{site}/Shared%20Documents">
<span class="menu-item-text">Documents</span></a></li>
<li class="static"><a class="static menu-item" href="{site}/_layouts/15/viewlsts.aspx">
<span class="menu-item-text">Site Contents</span></a></li></ul></div>
<div class="ms-core-listMenu-verticalBox"><a class="ms-navedit-editLinksText" href="#">
<span class="ms-displayInlineBlock">EDIT LINKS</span></a></div></div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<span id="ctl00_PlaceHolderMain_WikiField"><div class="ms-wikicontent ms-rtestate-field" style="padding-right:10px">
<div class="ExternalClass{h:08X}{k}"><table id="layoutsTable" style="width:100%"><tbody>
<tr style="vertical-align:top"><td style="width:100%">
<div class="ms-rte-layoutszone-outer" style="width:100%">
<div class="ms-rte-layoutszone-inner" style="word-wrap:break-word;margin:0px;border:0px">
{"".join(body)}
</div></div></td></tr></tbody></table><span id="layoutsData" style="display:none">false,false,1</span></div></div>
</span>
<div class="ms-descriptiontext ms-wiki-lastmodified">Last modified at {modified} by <span class="ms-subtleLink">
<a href="{site}/_layouts/15/userdisp.aspx?ID={h % 300}">{EDITORS[k]}</a></span></div>
</div></div></div></div></div>
<script type="text/javascript">//<![CDATA[
var _spFormDigestRefreshInterval =\
 1440000;ExecuteOrDelayUntilScriptLoaded(function(){{SP.UI.Notify.addNotification("Page saved",false);}},"sp.js");
//]]></script></form></body></html>
"""
    return html.encode("utf-8")


# ---------------------------------------------------------------- a biosecurity team's wiki page exported to PDF

STYLE = """
@page { size: A4; margin: 2.2cm 1.8cm 2cm 1.8cm;
  @top-left { content: "HEADER"; font: 8pt "Liberation Sans"; color: #6b778c }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "Liberation Sans"; color: #6b778c } }
body { font-family: "Liberation Sans"; font-size: 10pt; line-height: 1.45; color: #172b4d }
h1.pagetitle { font-size: 20pt; font-weight: normal; margin: 0 0 10pt }
h2 { font-size: 14pt; font-weight: 600; margin: 16pt 0 5pt; color: #172b4d }
table.confluenceTable { border-collapse: collapse; margin: 4pt 0 10pt; width: 100% }
th.confluenceTh, td.confluenceTd { border: 1px solid #c1c7d0; padding: 4pt 7pt; text-align: left; vertical-align: top }
th.confluenceTh { background: #f4f5f7; width: 32% }
.status-macro { display: inline-block; border-radius: 3px; padding: 0 4pt; font-size: 8pt; font-weight: bold;
                color: #fff; background: #de350b }
.user-mention { background: #dfe1e6; border-radius: 10px; padding: 0 5pt }
.panel-info { background: #deebff; border-radius: 3px; padding: 7pt 10pt 7pt 26pt; margin: 8pt 0; position: relative }
.panel-info .icon { position: absolute; left: 8pt; top: 6pt; color: #0052cc; font-weight: bold }
.toc-macro ul { list-style: none; padding-left: 0; margin: 4pt 0 8pt }
.toc-macro a { color: #0052cc; text-decoration: none }
ul.task-list { list-style: none; padding-left: 2pt }
ul.task-list li:before { content: "\\2610  "; font-family: "DejaVu Sans" }
li { margin-bottom: 3pt }
"""
CONTROLLERS = ("Sam Whitaker", "Leanne Cho", "Darren O'Brien", "Mia Kowalski")


def pdf_wiki_export_au(doc: Doc) -> bytes:
    """The team's outbreak page as the wiki exports it to PDF."""
    from weasyprint import HTML

    when = report_day(doc)
    k = FRUIT_FLY.organisations.index(doc.organisation)
    nxt = when + timedelta(days=7)
    region = doc.organisation.split(" – ")[1]
    css = STYLE.replace("HEADER", f"Biosecurity Queensland · Incident Management · {region}")
    out = [f'<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>{escape(doc.title)}</title>',
           f"<style>{css}</style></head><body>",
           f'<h1 class="pagetitle">Fruit fly outbreak – situation report {doc.number}</h1>',
           '<table class="confluenceTable"><tbody>',
           f'<tr><th class="confluenceTh">Incident</th><td class="confluenceTd">Queensland fruit fly – {region}</td>'
           "</tr>",
           '<tr><th class="confluenceTh">Status</th><td class="confluenceTd"><span class="status-macro">RESPONSE'
           "</span></td></tr>",
           f'<tr><th class="confluenceTh">Incident controller</th><td class="confluenceTd"><span class="user-mention">'
           f"{CONTROLLERS[k]}</span></td></tr>",
           f'<tr><th class="confluenceTh">Report date</th><td class="confluenceTd">{when.day} {when:%B %Y}</td></tr>',
           f'<tr><th class="confluenceTh">Next report</th><td class="confluenceTd">{nxt.day} {nxt:%B %Y}</td></tr>',
           "</tbody></table>",
           '<div class="panel-info"><span class="icon">i</span>This page is the situation report for the incident '
           "management team and partner agencies. Please do not forward it outside those groups.</div>",
           '<div class="toc-macro"><ul>']  # fmt: skip
    out += [f'<li><a href="#{n}">{escape(s.heading)}</a></li>' for n, s in enumerate(doc.sections)]
    out.append("</ul></div>")
    for n, s in enumerate(doc.sections):
        out.append(f'<h2 id="{n}">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            out += [f"<p>{escape(it.text)}</p>" for it in s.items]
        elif s.key == "next-steps":
            out.append('<ul class="task-list">' + "".join(f"<li>{_li(it, 'au')}</li>" for it in s.items) + "</ul>")
        else:
            out.append("<ul>" + "".join(f"<li>{_li(it, 'au')}</li>" for it in s.items) + "</ul>")
    out.append("</body></html>")
    return HTML(string="\n".join(out)).write_pdf()
