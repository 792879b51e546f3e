"""Web writer of the ``blind24_layouts`` set: an Israeli municipality's storm "עדכון מצב" published by its public
information cell on the city's website, saved from the browser — a right-to-left page (``<html lang="he"
dir="rtl">``): the skip link, the accessibility menu every Israeli public site carries (its toggle and the hidden list
of "הגדלת טקסט", "ניגודיות גבוהה" … and the accessibility statement), the header with the logo, main menu and search,
the red emergency strip with the municipal hotline 106, breadcrumbs, the article's ``<h1>``, its date line with a
right-to-left mark, share links, a lead paragraph to residents, ``<h2>`` headings over ``<ul>`` points, the situation
as ``<p>`` paragraphs, "<strong>מענה:</strong>" inside a risk's point, the cell's sign-off, "האם המידע עזר לך?", a
sidebar of emergency numbers and earlier updates under ``<h2>`` headings of their own, the footer and the cookie
banner; "1,250", "12%", "3,400 ₪", "16 בינואר").
"""

from __future__ import annotations

from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind24_layouts_content import HODASHIM, LEADS, YAMIM
from council_layouts_gold import Doc

RLM = "&rlm;"
MENU = ("ראשי", "תושבים", "עסקים", "חינוך", "תרבות ופנאי", "מכרזים ודרושים", "צור קשר")
ACCESS = ("הגדלת טקסט", "הקטנת טקסט", "ניגודיות גבוהה", "גווני אפור", "הדגשת קישורים", "פונט קריא", "עצירת אנימציות",
          "איפוס")  # fmt: skip
PHONES = (("מוקד עירוני", "106"), ("משטרה", "100"), ('מד"א', "101"), ("כבאות והצלה", "102"),
          ("חברת החשמל", "103"))  # fmt: skip
SITES = {"נהריה": "nahariya", "אילת": "eilat", "צפת": "zefat", "אשקלון": "ashkelon"}


def _li(it) -> str:
    risk, lead, rest = split_mitigation(it, LEADS["he"])
    if lead:
        return f"<li>{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}</li>"
    return f"<li>{escape(it.text)}</li>"


def html_municipal_he(doc: Doc) -> bytes:
    """The update as the city's site serves it."""
    when = report_day(doc)
    city = doc.organisation.removeprefix("עיריית ")
    site = SITES[city]
    title = f"עדכון מצב מס' {doc.number} – הסערה ב{city}"
    day = f"יום {YAMIM[when.weekday()]}, {when.day} ב{HODASHIM[when.month - 1]} {when.year}"
    out = ["<!DOCTYPE html>", '<html lang="he" dir="rtl">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{escape(title)} | {escape(doc.organisation)}</title>",
           '<link rel="stylesheet" href="/Style%20Library/css/main.rtl.css">',
           '<script src="/js/accessibility.min.js" defer></script>', "</head>", '<body class="rtl page-emergency">',
           '<a class="skip-link" href="#main">דלג לתוכן העיקרי</a>',
           '<div id="acc-widget" role="region" aria-label="תפריט נגישות">',
           '<button class="acc-toggle" aria-expanded="false" aria-controls="acc-menu">'
           '<img src="/images/acc-icon.svg" alt=""> נגישות</button>', '<ul id="acc-menu" class="acc-menu" hidden>',
           *(f'<li><button type="button">{a}</button></li>' for a in ACCESS),
           '<li><a href="/accessibility-statement">הצהרת נגישות</a></li>', "</ul>", "</div>",
           '<header class="site-header">', f'<a class="logo" href="/"><img src="/images/logo-{site}.png" '
           f'alt="{escape(doc.organisation)} – דף הבית"></a>', '<nav class="main-nav" aria-label="תפריט ראשי"><ul>',
           *(f'<li><a href="/{k}">{m}</a></li>' for k, m in enumerate(MENU)), "</ul></nav>",
           '<form class="search" role="search" action="/search"><label for="q" class="sr-only">חיפוש באתר</label>'
           '<input id="q" type="search" name="q" placeholder="חיפוש באתר"><button type="submit">חיפוש</button>'
           "</form>", "</header>",
           '<div class="emergency-strip" role="alert">מצב חירום בעיר – המוקד העירוני 106 פועל 24 שעות ביממה</div>',
           '<nav class="breadcrumbs" aria-label="פירורי לחם"><a href="/">ראשי</a> › <a href="/emergency">חירום</a> › '
           f"<span>{escape(title)}</span></nav>", '<main id="main" class="layout">',
           '<article class="emergency-update">', f"<h1>{escape(title)}</h1>",
           f'<p class="meta">פורסם: {day} | 08:00 {RLM}| מכלול מידע לציבור</p>',
           '<div class="share"><a href="#" class="share-wa">וואטסאפ</a> <a href="#" class="share-fb">פייסבוק</a> '
           '<a href="#" class="share-mail">דוא"ל</a> <a href="#" onclick="window.print()">הדפסה</a></div>',
           '<p class="lead">תושבים יקרים, להלן תמונת המצב העדכנית בעיר. העדכון הבא יפורסם מחר בשעה 08:00.</p>',
           '<div class="content">']  # fmt: skip
    for s in doc.sections:
        out.append(f"<h2>{escape(s.heading)}</h2>")
        if s.key == "situation":
            out += [f"<p>{escape(it.text)}</p>" for it in s.items]
        else:
            out += ["<ul>", *(_li(it) for it in s.items), "</ul>"]
    out += ["</div>", '<div class="signoff"><p>בברכה,</p>'
            f"<p>מכלול מידע לציבור, {escape(doc.organisation)}</p></div>",
            '<section class="feedback" aria-label="משוב"><p>האם המידע עזר לך?</p><button>כן</button> '
            "<button>לא</button></section>", "</article>", '<aside class="sidebar">', "<h2>טלפונים חיוניים</h2>",
            "<ul>", *(f'<li>{n}: <a href="tel:{t}">{t}</a></li>' for n, t in PHONES), "</ul>",
            "<h2>עדכונים קודמים</h2>", "<ul>",
            *(f'<li><a href="/emergency/update-{k}">עדכון מצב מס\' {k}</a></li>' for k in range(doc.number - 1, 0, -1)),
            "</ul>", "</aside>", "</main>", '<footer class="site-footer">',
            f"<p>{escape(doc.organisation)} | כיכר העירייה 1 | טלפון 106</p>",
            '<p><a href="/accessibility-statement">הצהרת נגישות</a> | <a href="/privacy">מדיניות פרטיות</a> | '
            '<a href="/sitemap">מפת אתר</a></p>', f"<p>© {when.year} כל הזכויות שמורות</p>", "</footer>",
            '<div class="cookie-banner" role="dialog" aria-label="עוגיות"><p>האתר משתמש בעוגיות לשיפור חוויית '
            'הגלישה.</p><button type="button">אישור</button></div>', "</body>", "</html>"]  # fmt: skip
    return "\n".join(out).encode()
