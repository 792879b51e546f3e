"""Web writers of the ``blind22_layouts`` set: a Cebuano municipal disaster risk reduction and management office's
typhoon "Situational Report" posted on its Facebook page and saved from the browser (the page as Facebook serves
it: the banner with search and navigation, the post in ``div[role=article]`` — the page's name in an ``<h2>``, "3h
· Public", then the message as Facebook renders it, each block a ``div`` of generated classes and each line a
``<div dir="auto" style="text-align: start;">``, every emoji an ``<img alt="…">`` from its emoji CDN; the title
lines "‼️ SITUATIONAL REPORT NO. 3 ‼️", the typhoon and "As of 6:00 AM …", then per section a heading line led by an
emoji — in capitals at Argao and Moalboal, in the Unicode "mathematical sans-serif bold" letters that Facebook
users paste for bold at Dalaguete and Barili (𝗞𝗮𝗵𝗶𝗺𝘁𝗮𝗻𝗴) — over its points led by "▪️" or "🔹", "Aksyon:" plain
inside a risk's line, the closing call and the hashtags; the reactions, comment and share counts, the Like /
Comment / Share bar, "Most relevant", two comments with "Like Reply", "Write a comment…"; "1,250", "12%",
"₱3,400", "16 Hulyo") — and a Malagasy regional risk and disaster management committee's cyclone report kept as a
Jupyter notebook and exported with ``jupyter nbconvert --to html`` (the lab template: ``jp-Cell`` divs,
``jp-MarkdownCell`` rendered Markdown with each heading's ``<a class="anchor-link">¶</a>``, ``jp-CodeCell`` with
"In [3]:" prompts and highlighted Python, "Out[5]:" with a pandas ``dataframe`` table of figures by district, a
printed line in ``<pre>`` and a matplotlib chart as a base64 PNG; the title and the note on rerunning the cells,
``##`` headings over ``-`` points, the situation as paragraphs, "**Fepetra:**" in a risk's point, a closing
rule and italic line; "1 250", "12%", "3 400 000 Ariary", "12 Febroary").
"""

from __future__ import annotations

import base64
import io
import zlib
from html import escape

from blind7_layouts_content import report_day
from blind17_layouts_content import split_mitigation
from blind22_layouts_content import BULAN, LEADS, VOLANA
from council_layouts_gold import Doc

BOLD_CEB = ("MDRRMO Dalaguete", "MDRRMO Barili")
EMOJI = {"📌": "1f4cc", "🌀": "1f300", "🌧️": "1f327", "🏚️": "1f3da", "⛺": "26fa", "🚒": "1f692", "👷": "1f477",
         "⚠️": "26a0", "📢": "1f4e2", "➡️": "27a1", "▪️": "25aa", "🔹": "1f539", "‼️": "203c", "🙏": "1f64f"}  # fmt: skip
HEAD_EMOJI = ("📌", "🌀", "🌧️", "🏚️", "⛺", "🚒", "👷", "⚠️", "📢", "➡️")
DISTRIKA = {"Atsinanana": ("Toamasina II", "Brickaville", "Vatomandry", "Mahanoro"),
            "Analanjirofo": ("Fenoarivo Atsinanana", "Soanierana Ivongo", "Maroantsetra", "Mananara Avaratra"),
            "Vatovavy": ("Mananjary", "Nosy Varika", "Ifanadiana"),
            "Atsimo Atsinanana": ("Farafangana", "Vangaindrano", "Vondrozo", "Midongy Atsimo")}  # fmt: skip
LINE = "xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs x126k92a"


def sans_bold(text: str) -> str:
    """``text`` in the Unicode mathematical sans-serif bold letters and digits."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7EC + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def _emoji(e: str) -> str:
    code = EMOJI[e]
    return (f'<span class="x3nfvp2 x1j61x8r x1fcty0u xdj266r xhhsvwb xat24cr xgzva0m xxymvpz xlup9mm x1kky2od">'
            f'<img height="16" width="16" alt="{e}" referrerpolicy="origin-when-cross-origin" '
            f'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t{code[-2:]}/1/16/{code}.png"></span>')  # fmt: skip


def _block(lines: list[str]) -> str:
    inner = "".join(f'<div dir="auto" style="text-align: start;">{line}</div>' for line in lines)
    return f'<div class="{LINE}">{inner}</div>'


def html_facebook_ceb(doc: Doc) -> bytes:
    """The office's report as a post on its Facebook page, saved from the browser."""
    when = report_day(doc)
    day = f"{when.day} {BULAN[when.month - 1]} {when.year}"
    bold = doc.organisation in BOLD_CEB
    town = doc.organisation.removeprefix("MDRRMO ")
    bang = _emoji("‼️")
    blocks = [_block([f"{bang} {escape(sans_bold(f'SITUATIONAL REPORT NO. {doc.number}'))} {bang}",
                      "Bagyong Crising (Wipha)", f"As of 6:00 AM, {day}"])]  # fmt: skip
    point = _emoji("▪️" if bold else "🔹")
    for k, s in enumerate(doc.sections):
        head = escape(sans_bold(s.heading) if bold else s.heading)
        lines = [f"{_emoji(HEAD_EMOJI[k % len(HEAD_EMOJI)])} {head}"]
        lines += [f"{point} {escape(it.text, quote=False)}" for it in s.items]
        blocks.append(_block(lines))
    tags = " ".join(f'<a href="https://www.facebook.com/hashtag/{t.lower()}" role="link" tabindex="0">#{t}</a>'
                    for t in ("CrisingPH", "BantayBagyo", f"MDRRMO{town}"))  # fmt: skip
    blocks.append(_block([f"Magpabilin nga alerto ug andam. Para sa emerhensya, tawag sa 0917 555 01{doc.number:02d} "
                          f"o sa 911. {_emoji('🙏')}", tags]))  # fmt: skip
    slug = town.lower()
    comments = "".join(
        f'<div role="article" aria-label="Comment by {who} {ago} ago"><div><a href="#"><span class="x193iq5w">'
        f'{who}</span></a><div class="{LINE}"><div dir="auto" style="text-align: start;">{escape(what)}</div></div>'
        f'</div><ul><li><div role="button">Like</div></li><li><div role="button">Reply</div></li><li>'
        f"<span>{ago}</span></li></ul></div>"
        for who, what, ago in (("Maria Santos", "Salamat sa update MDRRMO! Ingat mo tanan 🙏", "2h"),
                               ("Jun Villaflor", "Naa pa bay baha sa may Poblacion karon?", "1h"))
    )  # fmt: skip
    page = f"""<!DOCTYPE html>
<html id="facebook" class="_9dls __fb-light-mode" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{escape(doc.organisation)} - SITUATIONAL REPORT NO. {doc.number} | Facebook</title>
<meta property="og:title" content="{escape(doc.organisation)}">
<meta property="og:url" content="https://www.facebook.com/{slug}/posts/pfbid0{zlib.crc32(day.encode()):x}">
<link rel="stylesheet" href="https://static.xx.fbcdn.net/rsrc.php/v3/yX/l/0,cross/comet.css"></head>
<body class="_6s5d _71pn system-fonts--body segoe"><div id="mount_0_0_Xy"><div class="x9f619 x1n2onr6 x1ja2u2z">
<div role="banner"><a aria-label="Facebook" href="https://www.facebook.com/"><svg viewBox="0 0 36 36" height="40"
width="40"><path d="M20.181 35.87C29.094 34.791 36 27.202 36 18c0-9.941-8.059-18-18-18S0 8.059 0 18"></path></svg></a>
<input type="search" placeholder="Search Facebook" aria-label="Search Facebook">
<div role="navigation" aria-label="Facebook"><a href="/" aria-label="Home">Home</a><a href="/watch/"
aria-label="Video">Video</a><a href="/marketplace/" aria-label="Marketplace">Marketplace</a><a href="/groups/"
aria-label="Groups">Groups</a></div><div aria-label="Account Controls and Settings" role="navigation"><div
aria-label="Messenger" role="button"></div><div aria-label="Notifications" role="button"></div></div></div>
<div role="main"><div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div role="article" aria-posinset="1">
<div class="xu06os2 x1ok221b"><h2 class="x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz"><span><a
href="https://www.facebook.com/{slug}" role="link"><strong><span>{escape(doc.organisation)}</span></strong></a></span>
</h2><span><a href="#" aria-label="3h" role="link">3h</a> · <svg title="Shared with Public" viewBox="0 0 16 16"
width="12" height="12"><title>Shared with Public</title></svg></span></div>
<div data-ad-comet-preview="message" data-ad-preview="message" class="x78zum5 xdt5ytf xz62fqu x16ldp7u">
<div class="xu06os2 x1ok221b"><span class="x193iq5w xeuugli x13faqbe x1vvkbs" dir="auto">
{chr(10).join(blocks)}
</span></div></div>
<div class="x6s0dn4 x78zum5"><span aria-label="See who reacted to this" role="toolbar"><img height="18"
width="18" alt="Like" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"><img height="18" width="18" alt="Care"
src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"></span><span class="xt0b8zv">{180 + 37 * doc.number}</span>
<span>{20 + 9 * doc.number} comments</span> <span>{60 + 25 * doc.number} shares</span></div>
<div class="x9f619 x1n2onr6"><div role="button" aria-label="Like">Like</div><div role="button"
aria-label="Leave a comment">Comment</div><div role="button" aria-label="Send this to friends or post it on your
profile.">Share</div></div>
<div role="button"><span>Most relevant</span></div>
{comments}
<div role="textbox" contenteditable="true" aria-label="Write a comment…" aria-placeholder="Write a comment…"></div>
</div></div></div></div></div></body></html>
"""
    return page.encode()


# ---------------------------------------------------------------- Madagascar: a notebook exported by nbconvert


def _anchor(text: str) -> str:
    return text.replace(" ", "-").replace("'", "&#x27;")


def _md_cell(inner: str) -> str:
    return ('<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell">\n<div class="jp-Cell-inputWrapper" '
            'tabindex="0">\n<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">\n</div>\n'
            '<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">\n</div>'
            '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">'
            f"\n{inner}\n</div>\n</div>\n</div>\n</div>")  # fmt: skip


def _code_cell(n: int, code: str, output: str = "", prompt: bool = False) -> str:
    out = ""
    if output:
        label = f"Out[{n}]:" if prompt else ""
        out = ('<div class="jp-Cell-outputWrapper">\n<div class="jp-OutputArea jp-Cell-outputArea">\n'
               f'<div class="jp-OutputArea-child">\n<div class="jp-OutputPrompt jp-OutputArea-prompt">{label}</div>\n'
               f"{output}\n</div>\n</div>\n</div>")  # fmt: skip
    return ('<div class="jp-Cell jp-CodeCell jp-Notebook-cell">\n<div class="jp-Cell-inputWrapper" tabindex="0">\n'
            '<div class="jp-InputArea jp-Cell-inputArea">\n<div class="jp-InputPrompt jp-InputArea-prompt">'
            f'In&nbsp;[{n}]:</div>\n<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" '
            'data-type="inline">\n<div class="cm-editor cm-s-jupyter">\n<div class="highlight hl-ipython3"><pre>'
            f"<span></span>{code}\n</pre></div>\n</div>\n</div>\n</div>\n</div>\n{out}\n</div>")  # fmt: skip


def _chart() -> str:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (360, 200), "white")
    d = ImageDraw.Draw(im)
    d.line((40, 170, 340, 170), fill="black")
    d.line((40, 20, 40, 170), fill="black")
    for k, h in enumerate((40, 90, 120, 70)):
        d.rectangle((70 + k * 65, 170 - h, 110 + k * 65, 170), fill=(31, 119, 180))
    out = io.BytesIO()
    im.save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def _table(doc: Doc) -> str:
    rng = zlib.crc32(f"{doc.organisation}{doc.number}".encode())
    rows = "".join(
        f"<tr><th>{k}</th><td>{name}</td><td>{(rng >> k) % 900 + 40}</td><td>{(rng >> (k + 3)) % 200 + 5}</td></tr>"
        for k, name in enumerate(DISTRIKA[doc.organisation.removeprefix("CRGRC ")])
    )
    return ('<div class="jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output jp-OutputArea-executeResult" '
            'data-mime-type="text/html">\n<div>\n<table border="1" class="dataframe">\n<thead>\n'
            '<tr style="text-align: right;"><th></th><th>distrika</th><th>olona</th><th>trano</th></tr>\n</thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>\n</div>\n</div>")  # fmt: skip


def _mg_point(item) -> str:
    risk, lead, rest = split_mitigation(item, LEADS["mg"])
    if not lead:
        return escape(item.text, quote=False)
    return f"{escape(risk, quote=False)} <strong>{escape(lead)}</strong> {escape(rest, quote=False)}"


def html_notebook_mg(doc: Doc) -> bytes:
    """The committee's report as its information officer exports the notebook to HTML."""
    when = report_day(doc)
    day = f"{when.day} {VOLANA[when.month - 1]} {when.year}"
    faritra = doc.organisation.removeprefix("CRGRC ")
    title = f"Tatitra momba ny rivodoza laharana {doc.number} – {faritra}"
    cells = [
        _md_cell(f'<h1 id="{_anchor(title)}">{escape(title)}<a class="anchor-link" href="#{_anchor(title)}">¶</a>'
                 f"</h1>\n<p>Notebook an'ny sampana fanaraha-maso. Alefaso indray ny sela rehetra (<em>Run All</em>) "
                 "alohan'ny handefasana ny tatitra.</p>"),
        _code_cell(1, '<span class="kn">import</span> <span class="nn">pandas</span> <span class="k">as</span> '
                      '<span class="nn">pd</span>\n<span class="kn">import</span> <span class="nn">matplotlib.pyplot'
                      '</span> <span class="k">as</span> <span class="nn">plt</span>'),
        _code_cell(2, f'<span class="n">laharana</span> <span class="o">=</span> <span class="mi">{doc.number}</span>'
                      '\n<span class="nb">print</span><span class="p">(</span><span class="sa">f</span><span '
                      'class="s2">"Tatitra </span><span class="si">{</span><span class="n">laharana</span><span '
                      'class="si">}</span><span class="s2"> – vonona"</span><span class="p">)</span>',
                   '<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain">\n<pre>Tatitra '
                   f"{doc.number} – vonona {when:%d/%m/%Y} 07:00\n</pre>\n</div>"),
    ]  # fmt: skip
    n = 3
    for s in doc.sections:
        aid = _anchor(s.heading)
        inner = f'<h2 id="{aid}">{escape(s.heading)}<a class="anchor-link" href="#{aid}">¶</a></h2>\n'
        if s.key == "situation":
            inner += "\n".join(f"<p>{_mg_point(it)}</p>" for it in s.items)
        else:
            inner += "<ul>\n" + "\n".join(f"<li>{_mg_point(it)}</li>" for it in s.items) + "\n</ul>"
        cells.append(_md_cell(inner))
        if s.key == "impacts":
            cells.append(
                _code_cell(
                    n,
                    '<span class="n">df</span> <span class="o">=</span> <span class="n">pd</span>'
                    '<span class="o">.</span><span class="n">read_csv</span><span class="p">('
                    '</span><span class="s2">"fiantraikany.csv"</span><span class="p">)</span>\n'
                    '<span class="n">df</span><span class="o">.</span><span class="n">groupby'
                    '</span><span class="p">(</span><span class="s2">"distrika"</span><span '
                    'class="p">)[[</span><span class="s2">"olona"</span><span class="p">,</span> '
                    '<span class="s2">"trano"</span><span class="p">]].</span><span '
                    'class="n">sum</span><span class="p">()</span>',
                    _table(doc),
                    prompt=True,
                )
            )
            n += 1
        if s.key == "response":
            img = (
                f'<div class="jp-RenderedImage jp-OutputArea-output" data-mime-type="image/png">\n<img alt="No '
                f'description has been provided for this image" src="data:image/png;base64,{_chart()}">\n</div>'
            )
            cells.append(
                _code_cell(
                    n,
                    '<span class="n">df</span><span class="o">.</span><span class="n">plot</span>'
                    '<span class="o">.</span><span class="n">bar</span><span class="p">(</span>'
                    '<span class="n">x</span><span class="o">=</span><span class="s2">"distrika"'
                    '</span><span class="p">,</span> <span class="n">y</span><span class="o">='
                    '</span><span class="s2">"olona"</span><span class="p">);</span>',
                    img,
                )
            )
            n += 1
    cells.append(_md_cell(f"<hr>\n<p><em>Namboarin'ny sampana fanaraha-maso, {escape(doc.organisation)}, {day}. "
                          "Tsy azo zaraina ivelan'ny komity.</em></p>"))  # fmt: skip
    page = f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>tatitra_rivodoza_{doc.number:02d}</title><script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"></script>
<style type="text/css">
:root {{ --jp-cell-prompt-width: 64px; --jp-code-font-family: monospace; }}
.jp-InputPrompt, .jp-OutputPrompt {{ color: var(--jp-cell-inprompt-font-color); font-family: monospace; }}
.jp-RenderedHTMLCommon table.dataframe {{ border-collapse: collapse; }}
.highlight .kn {{ color: #008000; font-weight: bold }} .highlight .s2 {{ color: #BA2121 }}
</style>
</head>
<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
<main>
{chr(10).join(cells)}
</main>
</body>
</html>
"""
    return page.encode()
