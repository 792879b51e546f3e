"""Web writers of the ``blind53_layouts`` set: an Oregon county's ice storm update as a thread on Bluesky, and a
Victorian public health unit's Japanese encephalitis update as a page of the health department's site built on
Ripple, Victoria's design system; both saved from the browser.

An Oregon county while an ice storm keeps it iced in: the emergency management office's nightly update posted from
its account as a thread of posts on Bluesky (where many counties went in 2024) and saved from the browser as the web
app draws it — React Native for Web's ``div``s with generated classes (``css-175oi2r``, ``r-…``) and no list or
heading element, each post's text one ``div`` (``data-testid="postText"``) whose lines are kept by the class's
``white-space: pre-wrap`` —: the app's menu ("Home", "Explore", "Notifications" …), "Post" and the back arrow, then
each post with the avatar, the county's name, handle and age, its text — the first a title line, each section's name
a line with its emoji, the summary as lines, the other points typed after "• ", "Our response:" in plain text (a
post has no bold), a long section going on in a post of its own, and "2/9" at the end —, the counts and the buttons,
the anchor post's full date and "Everybody can reply", two residents' replies, and the right column (search,
"Discover", "Trending", "Feedback · Privacy · Terms · Help"). "$3,400", "$1.25 million", "1,250", "Jan. 16",
"(was 5)". A post keeps to 300 characters where it can.

A Victorian local public health unit in a season of Japanese encephalitis: the weekly update as a page of the
Department of Health's site (health.vic.gov.au, built on Ripple — ``rpl-`` classes): the site's header and menu,
the breadcrumbs, the title band with its summary, "On this page" as an ``<h2>`` with the page's sections as links,
the page's ``<h2>`` sections — the summary as paragraphs, the other points a list, "Control measures:" in bold —,
a callout telling who should seek care, "Updated", "Was this page helpful?", "Get in touch" and the footer with the
acknowledgement of Country. "$3,400", "$1.25 million", "1,250", "16 February", "(previous update: 5)".
"""

from __future__ import annotations

import re
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind53_layouts_banks_home import ICESTORM, JEV
from blind53_layouts_content import AP, parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- an Oregon county's thread on Bluesky

ACCOUNTS = (("Multnomah County EM", "multcoem.bsky.social", "Portland"),
            ("Clackamas County Disaster Mgmt", "clackamasdm.bsky.social", "Oregon City"),
            ("Washington County EM", "wcemergency.bsky.social", "Hillsboro"),
            ("Marion County Emergency Mgmt", "marioncoem.bsky.social", "Salem"))  # fmt: skip
REPLIES = (("Ana Ruiz", "anaruiz.bsky.social", "Are the warming centers taking pets this time?"),
           ("PDX Neighbor", "pdxneighbor.bsky.social", "Thank you for posting these every night. Power's still out "
            "on our street, this is the only place we can check."),
           ("Joel T.", "joelt.bsky.social", "Is the library on Main still open as a warming spot?"),
           ("Kim 🌲", "kimoutdoors.bsky.social",
            "Crews were out on our road all night, huge thanks to them."))  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
RN = (".css-175oi2r{align-items:stretch;border:0 solid black;box-sizing:border-box;display:flex;flex-basis:auto;"
      "flex-direction:column;flex-shrink:0;margin:0;min-height:0;min-width:0;padding:0;position:relative;"
      "z-index:0}.css-146c3p1{background-color:rgba(0,0,0,0);border:0 solid black;box-sizing:border-box;color:"
      "rgba(0,0,0,1);display:inline;font:14px -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,"
      "sans-serif;margin:0;padding:0;position:relative;text-align:start;text-decoration:none;white-space:pre-wrap;"
      "word-wrap:break-word}.r-1awozwy{align-items:center}.r-18u37iz{flex-direction:row}.r-1udh08x{overflow:hidden}"
      ".r-sdzlij{border-radius:9999px}.r-ubezar{font-size:16px}.r-1xnzce8{user-select:text}")  # fmt: skip


def _posts(doc: Doc, opening: str) -> list[str]:
    """The thread's posts: each section in one, or a long one going on in the next; the count added after."""
    posts: list[str] = []
    for n, s in enumerate(doc.sections):
        lines = [it.text for it in s.items] if s.key == "highlights" else [f"• {it.text}" for it in s.items]
        sep = "\n\n" if s.key == "highlights" else "\n"
        head = (f"{opening}\n\n" if n == 0 else "") + s.heading
        current = head
        for line in lines:
            if current != head and len(current) + len(line) + 2 > 285:
                posts.append(current)
                current = line
            else:
                current += ("\n\n" if current == head else sep) + line
        posts.append(current)
    return [f"{p}\n\n{i + 1}/{len(posts)}" for i, p in enumerate(posts)]


def _post(name: str, handle: str, age: str, text: str, counts: tuple[int, int, int], anchor: str = "") -> str:
    reply, repost, like = counts
    body = re.sub(r"(https?://\S+)", r'<a href="\1" class="css-146c3p1" role="link">\1</a>', escape(text))
    foot = (f'<div class="css-175oi2r r-18u37iz"><div class="css-146c3p1">{anchor} · Everybody can reply</div></div>'
            f'<div class="css-175oi2r r-18u37iz"><div class="css-146c3p1">{repost} reposts</div>'
            f'<div class="css-146c3p1">{like} likes</div></div>') if anchor else ""  # fmt: skip
    return (
        f'<div class="css-175oi2r" data-testid="postThreadItem-by-{handle}" role="link" tabindex="0">'
        f'<div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-sdzlij r-1udh08x"><img alt="" '
        f'src="https://cdn.bsky.app/img/avatar_thumbnail/plain/did:plc:{zlib.crc32(handle.encode()):x}/'
        f'bafkrei{zlib.crc32(name.encode()):x}@jpeg" style="width:42px;height:42px"></div>'
        f'<div class="css-175oi2r"><div class="css-175oi2r r-18u37iz r-1awozwy"><a href="/profile/{handle}" '
        f'class="css-146c3p1 r-ubezar" role="link">{escape(name)}</a><div class="css-146c3p1">'
        f"&nbsp;@{handle}</div>"
        f'<div class="css-146c3p1">&nbsp;·&nbsp;</div><a class="css-146c3p1" data-tooltip="{anchor or age}" '
        f'aria-label="{anchor or age}" role="link">{age}</a></div>'
        f'<div class="css-146c3p1 r-ubezar r-1xnzce8" data-testid="postText" dir="auto">{body}</div>{foot}'
        f'<div class="css-175oi2r r-18u37iz"><button aria-label="Reply ({reply})" data-testid="replyBtn">'
        f'<div class="css-146c3p1">{reply or ""}</div></button><button aria-label="Repost ({repost})" '
        f'data-testid="repostBtn"><div class="css-146c3p1">{repost or ""}</div></button><button '
        f'aria-label="Like ({like})" data-testid="likeBtn"><div class="css-146c3p1">{like or ""}</div></button>'
        '<button aria-label="Open post options menu" data-testid="postDropdownBtn">…</button></div>'
        "</div></div></div>"
    )


def html_bluesky_thread_ice_storm_us(doc: Doc) -> bytes:
    """The county's ice storm update as a thread on Bluesky, saved from the browser."""
    when = report_day(doc)
    name, handle, town = ACCOUNTS[ICESTORM.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    day = f"{WEEKDAYS[when.weekday()]}, {AP[when.month - 1]} {when.day}"
    opening = f"❄️ Ice storm update #{doc.number} for {day}. A thread 🧵"
    anchor = f"{when:%B} {when.day}, {when.year} at {6 + h % 3}:{h % 60:02d} PM"
    items = [_post(name, handle, "2h", text, (h % 9 + n, h % 40 + 3 * n, h % 120 + 7 * n), anchor if n == 0 else "")
             for n, text in enumerate(_posts(doc, opening))]  # fmt: skip
    items += [_post(rn, rh, f"{40 + n * 17}m", rt, (0, n, 3 + h % 20)) for n, (rn, rh, rt) in
              enumerate(REPLIES[(h + k) % 4] for k in range(2))]  # fmt: skip
    menu = ("Home", "Explore", "Notifications", "Chat", "Feeds", "Lists", "Profile", "Settings")
    nav = "".join(f'<a href="/{p.lower()}" aria-label="{p}" role="link" class="css-175oi2r r-18u37iz">'
                  f'<div class="css-146c3p1">{p}</div></a>' for p in menu)  # fmt: skip
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, viewport-fit=cover">
<title>@{handle} on Bluesky</title>
<meta property="og:title" content="{escape(name)} (@{handle})">
<meta property="og:description" content="{escape(opening)}">
<style id="react-native-stylesheet">{RN}</style>
</head>
<body><div id="root"><div class="css-175oi2r r-13awgt0">
<div class="css-175oi2r r-18u37iz">
<nav role="navigation" class="css-175oi2r"><a href="/" aria-label="Bluesky" class="css-175oi2r"><svg width="28" \
height="25" viewBox="0 0 64 57"><path fill="#0085ff" d="M13.873 3.805C21.21 9.332 29.103 20.537 32 26.55v15.882c0-.338\
-.13.044-.41.867-1.512 4.456-7.418 21.847-20.923 7.944-7.111-7.32-3.819-14.64 9.125-16.85-7.405 1.264-15.73-.825-18.014\
-9.015C1.12 13.957 0 .24 0 .24s6.537-.135 13.873 3.565Z"/></svg></a>{nav}
<button class="css-175oi2r" aria-label="New Post"><div class="css-146c3p1">New Post</div></button></nav>
<div class="css-175oi2r" style="width:600px">
<div class="css-175oi2r r-18u37iz r-1awozwy"><button aria-label="Back" class="css-175oi2r">←</button>\
<div class="css-146c3p1 r-ubezar">Post</div></div>
{chr(10).join(items)}
</div>
<div class="css-175oi2r"><input placeholder="Search" aria-label="Search">
<div class="css-175oi2r"><a class="css-146c3p1" href="/">Discover</a><a class="css-146c3p1" href="/">Following</a>\
<a class="css-146c3p1" href="/">More feeds</a></div>
<div class="css-175oi2r"><div class="css-146c3p1">Trending</div><a class="css-146c3p1">Ice storm</a>\
<a class="css-146c3p1">{town} power outages</a><a class="css-146c3p1">Winter weather</a></div>
<div class="css-175oi2r r-18u37iz"><a class="css-146c3p1" href="https://blueskyweb.zendesk.com/hc/requests/new">\
Feedback</a><div class="css-146c3p1"> · </div><a class="css-146c3p1" href="https://bsky.social/about/support/\
privacy-policy">Privacy</a><div class="css-146c3p1"> · </div><a class="css-146c3p1" href="https://bsky.social/about/\
support/tos">Terms</a><div class="css-146c3p1"> · </div><a class="css-146c3p1" href="https://blueskyweb.zendesk.com/\
hc/en-us">Help</a></div></div>
</div></div></div></body></html>"""
    return html.encode()


# ---------------------------------------------------------------- a Victorian public health unit's page, Ripple

UNITS = (("Loddon Mallee", "Bendigo", "1800 959 400", "lmphu@bendigohealth.org.au", "Dja Dja Wurrung"),
         ("North Eastern", "Wodonga", "1800 719 355", "nephu@austin.org.au", "Wurundjeri Woi-wurrung"),
         ("Goulburn Valley", "Shepparton", "1800 313 070", "gvphu@gvhealth.org.au", "Yorta Yorta"),
         ("Grampians Wimmera Southern Mallee", "Ballarat", "1800 560 403", "gwsmphu@bhs.org.au",
          "Wadawurrung"))  # fmt: skip


def _anchor(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def html_ripple_jev_update_vic(doc: Doc) -> bytes:
    """The public health unit's weekly update as a page of health.vic.gov.au, saved from the browser."""
    when = report_day(doc)
    region, town, phone, mail, country = UNITS[JEV.organisations.index(doc.organisation)]
    title = f"Japanese encephalitis in the {region} region – update {doc.number}"
    summary = (f"The {doc.organisation} is responding to Japanese encephalitis virus in the {region} region. This "
               "page is updated each week.")  # fmt: skip
    toc = "".join(f'<li class="rpl-in-page-navigation__item"><a class="rpl-text-link" href="#{_anchor(s.heading)}">'
                  f"{escape(s.heading)}</a></li>" for s in doc.sections)  # fmt: skip
    body = []
    for s in doc.sections:
        body.append(f'<h2 id="{_anchor(s.heading)}" class="rpl-type-h2">{escape(s.heading)}</h2>')
        if s.key == "highlights":
            body += [f'<p class="rpl-type-p">{escape(it.text)}</p>' for it in s.items]
        else:
            body.append('<ul class="rpl-type-list-ul">' + "".join(f"<li>{_mark(it)}</li>" for it in s.items) + "</ul>")
    html = f"""<!DOCTYPE html><html lang="en-AU" class="rpl-theme"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)} | health.vic.gov.au</title>
<link rel="stylesheet" href="/_nuxt/entry.3f9c2a1b.css"></head>
<body><div id="__nuxt"><div class="rpl-layout">
<a class="rpl-skip-link" href="#rpl-main">Skip to main content</a>
<header class="rpl-layout__header"><div class="rpl-primary-nav"><div class="rpl-primary-nav__logos">
<a href="https://www.vic.gov.au" class="rpl-primary-nav__primary-logo-link"><img src="/img/vic-logo.svg" \
alt="Victoria government logo"></a><a href="/" class="rpl-primary-nav__secondary-logo-link"><img \
src="/img/doh-logo.svg" alt="Department of Health"></a></div>
<ul class="rpl-primary-nav__nav-bar-actions-list"><li><button>Public health</button></li><li><button>Hospitals and \
health services</button></li><li><button>Mental health</button></li><li><button>Ageing and aged care</button></li>\
<li><button>Research and reports</button></li><li><button>About</button></li><li><button>Search</button></li></ul>\
</div></header>
<div class="rpl-layout__above-body"><nav class="rpl-breadcrumbs" aria-label="Breadcrumbs"><ol>
<li><a href="/">Home</a></li><li><a href="/infectious-diseases">Infectious diseases</a></li>
<li><a href="/infectious-diseases/japanese-encephalitis">Japanese encephalitis</a></li>
<li aria-current="page">Update {doc.number}</li></ol></nav>
<div class="rpl-header rpl-header--default"><h1 class="rpl-header__title rpl-type-h1">{escape(title)}</h1>
<div class="rpl-header__summary"><p class="rpl-type-p-large">{escape(summary)}</p></div></div></div>
<main id="rpl-main" class="rpl-layout__main"><div class="rpl-layout__body">
<nav class="rpl-in-page-navigation" aria-labelledby="rpl-in-page-navigation-title">
<h2 id="rpl-in-page-navigation-title" class="rpl-in-page-navigation__title rpl-type-h4">On this page</h2>
<ul class="rpl-in-page-navigation__list">{toc}</ul></nav>
<div class="rpl-content">
{chr(10).join(body)}
<div class="rpl-callout"><div class="rpl-callout__title">Seek medical care</div><div class="rpl-callout__content">\
<p>If you have a sudden fever, severe headache or confusion, see your GP or go to your nearest emergency department. \
In an emergency, call Triple Zero (000).</p></div></div>
</div>
<div class="rpl-page-meta"><dl><dt>Updated</dt><dd>{when.day} {when:%B %Y}</dd></dl></div>
<div class="rpl-form-feedback"><h3>Was this page helpful?</h3><button>Yes</button><button>No</button></div>
<div class="rpl-contact-us"><h3 class="rpl-type-h3">Get in touch</h3><p><strong>{escape(doc.organisation)}</strong>\
<br>{town}</p><p>Phone: <a href="tel:{phone.replace(" ", "")}">{phone}</a></p>\
<p>Email: <a href="mailto:{mail}">{mail}</a></p></div>
</div></main>
<footer class="rpl-layout__footer"><div class="rpl-footer"><div class="rpl-acknowledgement"><p>The Victorian \
Government acknowledges Aboriginal and Torres Strait Islander people as the Traditional Custodians of the land and \
acknowledges and pays respect to their Elders, past and present. We work on the lands of the {country} people and \
the many Traditional Owners across Victoria.</p></div>
<ul class="rpl-footer__links"><li><a href="/privacy">Privacy</a></li><li><a href="/disclaimer">Disclaimer</a></li>\
<li><a href="/copyright">Copyright</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/sitemap">\
Sitemap</a></li></ul><p class="rpl-footer__copyright">© Copyright State of Victoria {when.year}</p></div></footer>
</div></div></body></html>"""
    return html.encode()


def _mark(it) -> str:
    risk, lead, rest = parts(it, "vic")
    return f"{escape(risk)} <strong>{escape(lead)}</strong> {escape(rest)}" if lead else escape(it.text)
