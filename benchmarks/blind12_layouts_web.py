"""Web and Markdown writers of the ``blind12_layouts`` set: a multi-academy trust's update to parents on an IT
outage as the web version of its Mailchimp campaign (the preheader and "View this email in your browser", the
logo block, Mailchimp's nested ``templateContainer`` tables with ``mcnTextContent`` blocks, the title in
``<h1>``, "Dear parents and carers," and a covering paragraph, ``<h3>`` headings, ``<ul>`` lists, "How we are
managing this:" in italics inside a risk's entry, divider blocks, a button block, the CEO's sign-off, social
follow links and the footer with the copyright, mailing address and "unsubscribe from this list") and a
council digital team's incident issue in Markdown as a GitHub-style issue is written (the title with the
issue number, the state, opener and comment count, labels and assignees, a ``> [!IMPORTANT]`` alert,
``###`` headings, a Component | Status table of emoji under "Current status", ``- [x]`` / ``- [ ]`` tasks,
the risks inside a ``<details>`` block under its ``<summary>`` with each "Mitigation: …" a nested bullet, a
rule and the "Last updated" line).
"""

from __future__ import annotations

from html import escape

from blind7_layouts_content import report_day
from council_layouts_gold import Doc

SCHOOL_LEAD = "How we are managing this:"
COMPONENTS = (("Card payments", "🔴 Down"), ("Direct Debit", "🟢 Operational"), ("Parking permits", "🟠 Degraded"),
              ("Contact centre", "🟠 Degraded"))  # fmt: skip
ONCALL = ("@rkhan", "@tmorley", "@abaines")


# ---------------------------------------------------------------- Mailchimp campaign's web version


def _text_block(inner: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody '
            'class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" '
            'class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" '
            f'style="padding:0 18px 9px;color:#202020;font-family:Helvetica;font-size:16px;">{inner}</td></tr>'
            "</tbody></table></td></tr></tbody></table>")  # fmt: skip


DIVIDER = ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock"><tbody '
           'class="mcnDividerBlockOuter"><tr><td class="mcnDividerBlockInner" style="padding:18px;"><table '
           'class="mcnDividerContent" width="100%" style="border-top:2px solid #EAEAEA;"><tbody><tr><td><span>'
           "</span></td></tr></tbody></table></td></tr></tbody></table>")  # fmt: skip


def html_mailchimp_trust(doc: Doc) -> bytes:
    """The trust's update to parents, as the campaign's "View this email in your browser" page shows it."""
    when = report_day(doc)
    title = f"{doc.service} – update {doc.number}"
    blocks = [_text_block(f"<h1>{escape(title)}</h1><p>Dear parents and carers,</p><p>This is our update of "
                          f"{when:%A} {when.day} {when:%B} on the IT outage affecting our schools. Thank you "
                          "for your patience while we put things right.</p>")]  # fmt: skip
    for s in doc.sections:
        entries = []
        for it in s.items:
            text = escape(it.text, quote=False).replace(f" {SCHOOL_LEAD} ", f" <em>{SCHOOL_LEAD}</em> ")
            entries.append(f"<li>{text}</li>")
        blocks += [DIVIDER, _text_block(f"<h3>{escape(s.heading)}</h3><ul>{''.join(entries)}</ul>")]
    blocks += [
        '<table class="mcnButtonBlock" width="100%"><tbody class="mcnButtonBlockOuter"><tr><td align="center" '
        'class="mcnButtonBlockInner"><table class="mcnButtonContentContainer" style="border-radius:3px;'
        'background-color:#2BAADF;"><tbody><tr><td class="mcnButtonContent"><a class="mcnButton" '
        'href="https://example.org/outage-faq" target="_blank" style="color:#FFFFFF;">Read the questions and '
        "answers</a></td></tr></tbody></table></td></tr></tbody></table>",
        _text_block("<p>With thanks and best wishes,</p><p><strong>Mrs J. Ashworth</strong><br>Chief Executive "
                    f"Officer<br>{escape(doc.organisation)}</p>"),
    ]  # fmt: skip
    footer = (f'<p><a href="https://twitter.com/">X</a> · <a href="https://facebook.com/">Facebook</a> · '
              f'<a href="https://example.org/">Website</a></p><p><em>Copyright © {when.year} '
              f"{escape(doc.organisation)}, All rights reserved.</em><br>You are receiving this email because "
              "you are a parent or carer of a pupil at one of our schools.</p><p><strong>Our mailing address "
              f"is:</strong><br>{escape(doc.organisation)}<br>Trust Central Office, 14 Mill Lane<br>Kelby KB4 "
              "2TR<br>United Kingdom</p><p>Want to change how you receive these emails?<br>You can <a href="
              '"https://example.us21.list-manage.com/profile">update your preferences</a> or <a href='
              '"https://example.us21.list-manage.com/unsubscribe">unsubscribe from this list</a>.</p>'
              '<p><a href="http://eepurl.com/x"><img src="https://cdn-images.mailchimp.com/monkey_rewards/'
              'intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp"></a></p>')  # fmt: skip
    preheader = _text_block('<p style="font-size:11px;">Latest on the IT outage: what it means for your child</p>'
                            '<p style="font-size:11px;"><a href="https://us21.campaign-archive.com/?u=a1&amp;'
                            'id=b2">View this email in your browser</a></p>')  # fmt: skip
    page = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>
<style type="text/css">p{{margin:10px 0;padding:0}} table{{border-collapse:collapse}} h1{{font-size:26px}}
h3{{font-size:20px;color:#1F4E79}} .mcnPreviewText{{display:none !important}}</style></head>
<body><span class="mcnPreviewText" style="display:none;">Latest on the IT outage: what it means for your
child</span><center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%"
id="bodyTable"><tr><td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0"
cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">
{preheader}</td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody><tr><td
class="mcnImageContent" style="text-align:center"><img align="center" alt="{escape(doc.organisation)} logo"
src="https://mcusercontent.com/a1/images/logo.png" width="200" class="mcnImage"></td></tr></tbody></table>
</td></tr><tr><td valign="top" id="templateBody">{"".join(blocks)}</td></tr>
<tr><td valign="top" id="templateFooter">{_text_block(footer)}</td></tr></table></td></tr></table></center>
</body></html>"""
    return page.encode("utf-8")


# ---------------------------------------------------------------- GitHub-style incident issue


def markdown_github_issue(doc: Doc) -> bytes:
    """The digital team's incident issue, its body as the on-call engineer edits it through the day."""
    when = report_day(doc)
    issue = 400 + doc.number % 3 + len(doc.organisation)
    out = [f"# Incident: {doc.service} – update {doc.number} #{issue}", "",
           f"**Open** · {ONCALL[0]} opened this issue on {when.day} {when:%b %Y} · {doc.number + 2} comments", "",
           "Labels: `incident` `sev-2` `payments` · Assignees: " + " ".join(ONCALL[:2]), "",
           "> [!IMPORTANT]", "> This issue is the single place for updates on the incident. Please don't message",
           "> the on-call engineers directly.", ""]  # fmt: skip
    for s in doc.sections:
        if s.risks:
            out += ["<details>", f"<summary>{escape(s.heading)}</summary>", ""]
            for it in s.items:
                if it.mitigation:
                    out += [f"- {it.body}", f"  - Mitigation: {it.mitigation}"]
                else:
                    out.append(f"- {it.text}")
            out += ["", "</details>", ""]
            continue
        out += [f"### {s.heading}", ""]
        if s.key == "situation":
            out += ["| Component | Status |", "| --- | --- |", *[f"| {c} | {st} |" for c, st in COMPONENTS], ""]
        for n, it in enumerate(s.items):
            out.append(f"- [{'x' if s.key == 'actions' and n == 0 else ' '}] {it.text}" if s.key == "actions"
                       else f"- {it.text}")  # fmt: skip
        out.append("")
    out += ["---", "", f"_Last updated by {ONCALL[doc.number % 3]} at 09:{10 + doc.number % 40} UTC. Next update "
            "at 12:00 or sooner if anything changes._", ""]  # fmt: skip
    return "\n".join(out).encode("utf-8")
