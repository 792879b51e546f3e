"""Web and Markdown writers of the ``blind11_layouts`` set: a hospital trust's digital team's incident page in
Microsoft Loop as the browser saves it (the app bar, the workspace's breadcrumb, the page's emoji and title,
"Last edited by …", a status table of workstreams with coloured labels, headings typed as Loop's ``<h2>``,
bullets in Loop's lists, a risk's "Mitigation: …" a nested bullet under it, the actions as a task list of
checkboxes each ending in its owner's @mention, the comment and reaction bar) and a health protection team's
outbreak note kept in an Obsidian vault (YAML front matter of tags, aliases and dates, an "Up: [[…]]"
wikilink, the key points in a ``> [!summary] Key points`` callout, ``##`` headings, "- " bullets, an embedded
chart ``![[…]]``, a risk's "**Mitigation:** …" a nested bullet, next steps as "- [ ]" tasks, a ``%%…%%``
comment and the tags at the foot).
"""

from __future__ import annotations

from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

OWNERS = ("Priya Shah", "Tom Ellery", "Ngozi Adebayo", "Mark Halloran")
WORKSTREAMS = (("Supplier fix", "At risk"), ("Downtime procedures", "On track"), ("Back entry", "Not started"),
               ("Communications", "On track"))  # fmt: skip
LABEL = {"On track": "#DFF6DD", "At risk": "#FFF4CE", "Not started": "#EDEBE9"}


# ---------------------------------------------------------------- Microsoft Loop page


def _mention(name: str) -> str:
    return (f'<span class="fui-Mention" data-mention-type="person" contenteditable="false">'
            f"@{escape(name)}</span>")  # fmt: skip


def html_loop_page(doc: Doc) -> bytes:
    """The incident page of the digital team's Loop workspace, saved from the browser."""
    when = report_day(doc)
    body: list[str] = []
    for s in doc.sections:
        body.append(f'<h2 class="scriptor-heading2" data-block-id="b{len(body)}">{escape(s.heading)}</h2>')
        if s.key == "actions":
            tasks = "".join(
                f'<li class="scriptor-task" role="listitem"><span role="checkbox" aria-checked="false" '
                f'class="scriptor-checkbox"></span><span class="scriptor-textRun">{escape(it.text)}</span> '
                f"{_mention(OWNERS[n % 4])}</li>"
                for n, it in enumerate(s.items)
            )
            body.append(f'<ul class="scriptor-taskList" role="list">{tasks}</ul>')
            continue
        entries = []
        for it in s.items:
            if s.risks and it.mitigation:
                entries.append(f'<li class="scriptor-listItem">{escape(it.body)}<ul class="scriptor-list">'
                               f'<li class="scriptor-listItem">Mitigation: {escape(it.mitigation)}</li>'
                               "</ul></li>")  # fmt: skip
            else:
                entries.append(f'<li class="scriptor-listItem">{escape(it.text)}</li>')
        body.append(f'<ul class="scriptor-list">{"".join(entries)}</ul>')
        if s.key == "highlights":
            rows = "".join(
                f'<tr><td>{escape(w)}</td><td><span class="status-label" style="background:{LABEL[st]}">'
                f"{escape(st)}</span></td><td>{_mention(OWNERS[n % 4])}</td></tr>"
                for n, (w, st) in enumerate(WORKSTREAMS)
            )
            body.append('<div class="loop-component" data-component="table"><table class="scriptor-table">'
                        "<thead><tr><th>Workstream</th><th>Status</th><th>Owner</th></tr></thead>"
                        f"<tbody>{rows}</tbody></table></div>")  # fmt: skip
    title = f"{doc.service} – incident log and sitrep {doc.number}"
    edited = f"Last edited by {OWNERS[doc.number % 4]} · {when.day} {when:%B %Y} 08:{10 + doc.number % 40}"
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | Loop</title>
<style>.status-label{{border-radius:4px;padding:0 6px}} .scriptor-checkbox{{display:inline-block;width:12px;
height:12px;border:1px solid #605e5c;margin-right:6px}}</style></head><body>
<div id="app-bar" role="banner"><span class="app-name">Loop</span><nav aria-label="Breadcrumb"><ol>
<li><a href="#">Workspaces</a></li><li><a href="#">{escape(doc.organisation)} – Digital incidents</a></li>
<li aria-current="page">{escape(title)}</li></ol></nav><button>Share</button><button>Comments</button></div>
<main class="loop-page"><div class="page-icon" aria-hidden="true">🚨</div>
<h1 class="page-title">{escape(title)}</h1>
<div class="page-meta">{escape(edited)}</div>
{"".join(body)}
<div class="reactions" aria-label="Reactions">👍 {3 + doc.number} · 👀 2</div>
<div class="comment-bar"><button>Add a comment</button></div></main>
<footer class="loop-footer">Type / to insert elements · Type @ to mention someone</footer></body></html>"""
    return page.encode("utf-8")


# ---------------------------------------------------------------- Obsidian note


def markdown_obsidian(doc: Doc) -> bytes:
    """The health protection team's outbreak note for the week, from the vault's template."""
    when = report_day(doc)
    slug = doc.service.lower().replace(" ", "-")
    out = ["---", f"title: {doc.service} – sitrep {doc.number}", f"created: {when:%Y-%m-%d}",
           f"aliases: [OCT sitrep {doc.number}]", f"tags: [outbreak, {slug}, sitrep]",
           f"team: {doc.organisation}", "---", "", f"Up: [[{doc.service} 2024]] · Previous: "
           f"[[{doc.service} – sitrep {max(doc.number - 1, 1)}]]", ""]  # fmt: skip
    for s in doc.sections:
        if s.key == "highlights":
            out.append(f"> [!summary] {s.heading}")
            out += [f"> - {it.text}" for it in s.items]
            out.append("")
            continue
        out += [f"## {s.heading}", ""]
        for it in s.items:
            if s.risks and it.mitigation:
                out += [f"- {it.body}", f"    - **Mitigation:** {it.mitigation}"]
            elif s.key == "next":
                out.append(f"- [ ] {it.text}")
            else:
                out.append(f"- {it.text}")
        if s.key == "surveillance":
            out += ["", f"![[epi-curve-week-{when:%V}.png|600]]"]
        out.append("")
    out += ["%% figures checked against the case management system before sending %%", "",
            f"#outbreak #{slug} #week-{when:%V}", ""]  # fmt: skip
    return "\n".join(out).encode("utf-8")
