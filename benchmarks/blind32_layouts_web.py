"""Web writer of the ``blind32_layouts`` set.

A public library service's updates on a cyber attack, kept as a guide on its Springshare LibGuides site and saved
from the browser (File › Save page as, "Web page, complete"): LibGuides' head (its ``lg-public`` styles and scripts),
"Skip to Main Content", the library's banner, the breadcrumb (the library, LibGuides, the guide, the page), the guide's
name and description (the update's number and date), the guide's search box, the guide's pages as stacked tabs on the
left, and the page's two columns of boxes (``s-lg-col-1``, ``s-lg-col-2``): each section a box (``s-lib-box``) whose
title is an ``<h2 class="s-lib-box-title">``, the current situation as paragraphs, the other points ``<ul>`` lists,
"<strong>Action being taken:</strong>" inside a risk's point; the first column's boxes, then the second column's —
the librarian's profile box ("Library Service Manager", "Email Me", the phone), then the rest of the sections —; the
footer (the guide's URL, "Last Updated", "Print Page", "Login to LibApps", "Report a problem") and the subjects and
tags. "£3,400", "£1.25m", "(last update: 5)".
"""

from __future__ import annotations

import zlib
from html import escape

from blind7_layouts_content import report_day
from blind32_layouts_content import parts, slug
from council_layouts_gold import Doc

MANAGERS = {"Ashcombe": ("Helen Marchetti", "01632 960 411"), "Brindle": ("Tom Adeyemi", "01632 960 522"),
            "Carrowmore": ("Siobhan Kerr", "01632 960 633"), "Dunmere": ("Alan Whitlock", "01632 960 744")}  # fmt: skip
PAGES = ("Home", "Borrowing during the outage", "Computers and Wi-Fi", "Your data: questions and answers")


def _box(n: int, heading: str, inner: str) -> str:
    return (f'<div id="s-lg-box-wrapper-{n}" class="s-lg-box-wrapper-{n}"><div id="s-lg-box-{n}" '
            'class="s-lib-box-container"><div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">'
            f'{heading}</h2><div id="s-lg-box-collapse-{n}"><div class="s-lib-box-content">'
            f'<div id="s-lg-content-{n + 7}" class="  clearfix">{inner}</div></div></div></div></div>'
            "</div>")  # fmt: skip


def html_libguides_library_gb(doc: Doc) -> bytes:
    """The cyber incident update as the browser saves the library service's LibGuides page."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    town = next(k for k in MANAGERS if doc.organisation.startswith(k))
    manager, phone = MANAGERS[town]
    site = f"{slug(town)}.libguides.com"
    guide = "Service disruption: cyber incident"
    boxes = []
    for k, s in enumerate(doc.sections):
        inner = []
        paragraphs = s.key == "situation"
        for it in s.items:
            risk, lead, rest = parts(it, "library")
            text = f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
            inner.append(f"<p>{text}</p>" if paragraphs else f"<li>{text}</li>")
        body = "".join(inner) if paragraphs else f"<ul>{''.join(inner)}</ul>"
        boxes.append(_box(28800000 + h % 90000 + k, escape(s.heading), body))
    half = (len(boxes) + 1) // 2
    profile = _box(28700000 + h % 90000, "Library Service Manager",
                   f'<div class="s-lib-profile-container"><div class="s-lib-profile-image"><img alt="{manager}" '
                   f'src="https://libapps-eu.s3.amazonaws.com/accounts/{h % 99999}/profile.jpg"></div>'
                   f'<div class="s-lib-profile-name">{manager}</div><div class="s-lib-profile-email"><a class="btn '
                   f'btn-default" href="mailto:{slug(manager).replace("-", ".")}@{slug(town)}-libraries.example">Email '
                   f'Me</a></div><div class="s-lib-profile-contact"><strong>Contact:</strong><br>{phone}</div>'
                   "</div>")  # fmt: skip
    tabs = "".join(f'<li class="{"active" if k == 0 else ""}"><a href="https://{site}/outage/{slug(p)}">{escape(p)}'
                   "</a></li>" for k, p in enumerate(PAGES))  # fmt: skip
    updated = f"{when:%b} {when.day}, {when.year} {4 + h % 2}:{h % 50 + 10:02d} PM"
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="UTF-8">',
           '<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width, '
           'initial-scale=1.0">', f"<title>Home - {escape(guide)} - LibGuides at {escape(doc.organisation)}</title>",
           '<link rel="stylesheet" href="./outage_files/lg-public.min.css">',
           '<script src="./outage_files/jquery-3.6.0.min.js"></script>',
           '<script>springSpace.la.Page.group_id = 31250; springSpace.la.Page.guide_id = '
           f"{900000 + h % 99999};</script></head>",
           '<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">'
           "Skip to Main Content</a>",
           f'<div id="s-lib-public-header"><img alt="{escape(doc.organisation)}" src="./outage_files/banner.png">'
           "</div>",
           '<div id="s-lib-bc"><ol class="breadcrumb" id="s-lib-bc-list"><li id="s-lib-bc-customer"><a href="#">'
           f'{escape(doc.organisation)}</a></li><li id="s-lib-bc-site"><a href="#">LibGuides</a></li>'
           f'<li id="s-lib-bc-guide"><a href="#">{escape(guide)}</a></li><li id="s-lib-bc-page" class="active">Home'
           "</li></ol></div>",
           '<div id="s-lg-guide-header" class="container s-lib-side-borders"><h1 id="s-lg-guide-name">'
           f'{escape(guide)}</h1><div id="s-lg-guide-desc-container"><span id="s-lg-guide-desc">Update {doc.number} – '
           f"{when:%A} {when.day} {when:%B %Y}. What the cyber incident means for library members.</span></div></div>",
           '<div id="s-lg-guide-tabs-title-bar"><div id="s-lg-guide-search-box"><form role="search"><label '
           'for="s-lg-guide-search-terms" class="sr-only">Search this Guide</label><input type="text" '
           'id="s-lg-guide-search-terms" placeholder="Search this Guide"><button type="submit">Search</button></form>'
           "</div></div>",
           '<div id="s-lg-guide-main" class="container s-lib-main s-lib-side-borders"><div class="row">',
           '<div id="s-lg-guide-tabs" class="col-md-3" role="navigation" aria-label="Guide Pages">'
           f'<ul class="nav nav-pills nav-stacked split-button-nav">{tabs}</ul></div>',
           '<div id="s-lg-guide-cols" class="col-md-9"><div class="row s-lg-row">',
           '<div id="s-lg-col-1" class="col-md-8"><div class="s-lg-col-boxes">', *boxes[:half], "</div></div>",
           '<div id="s-lg-col-2" class="col-md-4"><div class="s-lg-col-boxes">', profile, *boxes[half:],
           "</div></div></div></div></div></div>",
           '<div id="s-lib-footer-public" class="s-lib-footer footer container s-lib-side-borders">'
           f'<div id="s-lg-guide-header-info"><div id="s-lg-guide-header-url"><strong>URL:</strong> '
           f'<span id="s-lg-guide-header-url-text">https://{site}/outage</span></div>'
           '<div id="s-lg-guide-header-updated">'
           f'<strong>Last Updated:</strong> <span>{updated}</span></div><div id="s-lg-guide-print-url"><a '
           'href="javascript: window.print();"><span class="fa fa-print" aria-hidden="true"></span> Print Page</a>'
           '</div></div><div id="s-lib-footer-login-link"><a href="https://libapps.com/libapps/login.php">Login to '
           'LibApps</a></div><div id="s-lib-footer-support-link"><a href="#">Report a problem</a></div></div>',
           '<div class="s-lib-footer-tags"><strong>Subjects:</strong> <a href="#">Service updates</a> '
           '<strong>Tags:</strong> <a href="#">cyber incident</a>, <a href="#">outage</a></div>',
           "</body></html>"]  # fmt: skip
    return "\n".join(out).encode("utf-8")
