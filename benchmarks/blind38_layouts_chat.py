"""Chat exports of the ``blind38_layouts`` set.

A western North Carolina mutual aid hub's daily sitrep after a hurricane, posted by the hub lead in the "#sitreps"
channel of the hubs' Discord server and exported for the county EOC's liaison with DiscordChatExporter (HTML, the dark
theme, one day: ``--after``/``--before``): the preamble (the server's icon and name, "Hub Ops / sitreps", the
channel's topic, "After … · Before …"), then the chat log — each message group the author's avatar, name (in their
role's colour) and timestamp "10/16/2026 7:42 PM", each message a ``chatlog__content chatlog__markdown`` whose text
sits in a ``chatlog__markdown-preserve`` span with its line breaks as raw newlines (the page's CSS keeps them, as
``white-space: pre-wrap``), Discord's Markdown rendered (``**…**`` a ``<strong>``), emoji as Twemoji images with the
emoji as ``alt``; the sitrep typed in one message — its title line, each section's name in bold on a line of its own,
its points after "- " (the summary too), "Plan:" inside a risk's point; a sitrep over about 1,900 characters would go
as messages in a row, each from a section's name, the later ones under the first with their short time, but none does
at these seeds —; around it other members' messages, a reply (its quoted line over it), reactions with their counts,
and the postamble "Exported 5 message(s)". "$3,400", "$1.25M", "10/16", "(yesterday: 5)".

A French prefecture's departmental operations centre (COD) "point de situation" after a Mediterranean flood, posted in
the crisis room of Tchap (the French state's Matrix messenger, an Element fork) and exported by the duty officer of the
zone's operations centre as plain text ("Exporter la discussion" → "Texte brut"): a line for each event, the date and
time as the browser writes them in French ("16/10/2026 18:42:05"), " - ", then the event — a message as the sender's
display name with its ministry in brackets ("Claire Roussel [Intérieur]"), ": " and the body as typed, a body of several
lines going on over the next lines without a prefix, the Markdown as typed ("**Synthèse**"), a reply as "En réponse à
<@…> …", a member joining, an image by its file name; the report one message — "**Point de situation n°3 – COD …**",
"Arrêté à 18h00", each section's name in bold on its own line, the points after "- " (the summary too), "Mesure :"
inside a risk's point, and "Prochain point : demain 10h00". "3 400 €", "1,25 M€", "1 250", "12 %", "16 octobre".
"""

from __future__ import annotations

import zlib
from datetime import timedelta
from html import escape

from blind7_layouts_content import report_day
from blind38_layouts_banks_en import MUTUAL_AID
from blind38_layouts_content import parts
from council_layouts_gold import Doc

# ---------------------------------------------------------------- DiscordChatExporter, mutual aid hub

MEMBERS_US = (("Jess (Laurel Fork lead)", "jess.lf"), ("Marcus (Cane Creek lead)", "marcus_cc"),
              ("Dee (Bee Tree lead)", "deetree"), ("Hollis (Sandy Mush lead)", "hollis.sm"))  # fmt: skip
OTHERS_US = (("Kayla | EOC liaison", "kayla.eoc", "rgb(52,152,219)"),
             ("Pastor Ray", "ray_fbc", "rgb(155,89,182)"), ("Sam (runner)", "samruns", "rgb(46,204,113)"))  # fmt: skip
DCE_CSS = ("body{background:#36393e;color:#dcddde;font-family:Whitney,'Helvetica Neue',Helvetica,Arial,sans-serif;"
           "font-size:17px}.chatlog__markdown-preserve{white-space:pre-wrap}.chatlog__author{font-weight:500}"
           ".chatlog__timestamp{margin-left:.3em;color:#a3a6aa;font-size:.75em}.chatlog__emoji{width:1.325em;"
           "height:1.325em;vertical-align:-.4em}.chatlog__reaction{display:inline-flex;margin:.35em .1em .1em;"
           "padding:.125em .3em;border-radius:8px;background:#2f3136}")  # fmt: skip
EMOJI = {"📋": "1f4cb", "⚠️": "26a0", "👍": "1f44d", "🙏": "1f64f", "❤️": "2764"}


def _md(text: str) -> str:
    """Discord's Markdown as DiscordChatExporter renders it: bold, and emoji as Twemoji images."""
    out = []
    for k, part in enumerate(escape(text).split("**")):
        out.append(f"<strong>{part}</strong>" if k % 2 else part)
    html = "".join(out)
    for e, code in EMOJI.items():
        html = html.replace(
            e,
            f'<img loading="lazy" class="chatlog__emoji" alt="{e}" title="{code}" '
            f'src="https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/{code}.svg">',
        )
    return html


def _chunks(lines: list[tuple[str, bool]], limit: int = 1900) -> list[list[str]]:
    """The sitrep's lines as the messages it was sent in, each under ``limit`` characters, a new one only at a
    section's name (``True``)."""
    out: list[list[str]] = [[]]
    for k, (line, heading) in enumerate(lines):
        if heading and out[-1]:
            rest = next((j for j in range(k + 1, len(lines)) if lines[j][1]), len(lines))
            size = sum(len(x) + 1 for x, _ in lines[k:rest])
            if sum(len(x) + 1 for x in out[-1]) + size > limit:
                out.append([])
        out[-1].append(line)
    return out


def _message(mid: int, who: tuple, when, body: str, first: bool, extra: str = "") -> str:
    name, user, colour = who
    stamp = f"{when:%m/%d/%Y} {when:%I}:{when:%M} {when:%p}".replace(" 0", " ")
    full = f"{when:%A}, {when:%B} {when.day}, {when.year} {when:%I}:{when:%M} {when:%p}"
    if first:
        aside = (f'<img class="chatlog__avatar" src="https://cdn.discordapp.com/avatars/{mid % 10**17}/a_{mid % 99999}'
                 '.png?size=512" alt="Avatar" loading="lazy">')  # fmt: skip
        head = (f'<div class="chatlog__header"><span class="chatlog__author" style="color:{colour}" title="{user}" '
                f'data-user-id="{mid // 3}">{escape(name)}</span> <span class="chatlog__timestamp" title="{full}"><a '
                f'href="#chatlog__message-container-{mid}">{stamp}</a></span></div>')  # fmt: skip
    else:
        aside = f'<div class="chatlog__short-timestamp" title="{full}">{when:%I}:{when:%M} {when:%p}</div>'
        head = ""
    return (f'<div id="chatlog__message-container-{mid}" class="chatlog__message-container" data-message-id="{mid}">'
            f'<div class="chatlog__message"><div class="chatlog__message-aside">{aside}</div><div class="chatlog__'
            f'message-primary">{head}<div class="chatlog__content chatlog__markdown"><span class="chatlog__markdown-'
            f'preserve">{_md(body)}</span></div>{extra}</div></div></div>')  # fmt: skip


def _reactions(pairs: list[tuple[str, int]]) -> str:
    inner = "".join(f'<div class="chatlog__reaction" title="{EMOJI[e]}">{_md(e)}<span class="chatlog__reaction-count">'
                    f"{n}</span></div>" for e, n in pairs)  # fmt: skip
    return f'<div class="chatlog__reactions">{inner}</div>'


def html_discord_export_us(doc: Doc) -> bytes:
    """The hub's sitrep in the server's #sitreps channel as DiscordChatExporter saves the day's log."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    k = MUTUAL_AID.organisations.index(doc.organisation)
    hub = doc.organisation.removesuffix(" Mutual Aid Hub").removesuffix(" Community Hub")
    lead = (*MEMBERS_US[k], "rgb(241,196,15)")
    other = (*MEMBERS_US[(k + 1) % 4], "rgb(241,196,15)")
    lines: list[tuple[str, bool]] = [(f"📋 **SITREP #{doc.number} — {hub} hub — {when:%a} {when.month}/{when.day}**",
                                      False)]  # fmt: skip
    for s in doc.sections:
        lines.append((f"**{s.heading}**", True))
        for it in s.items:
            risk, lead_, rest = parts(it, "wnc")
            lines.append((f"- {risk} {lead_} {rest}" if lead_ else f"- {it.text}", False))
    chunks = _chunks(lines)
    base = 1296000000000000000 + h % 10**15
    t0 = when.replace(hour=19, minute=h % 40)
    reminder = "Reminder: sitreps by 8pm please so they make the EOC brief. Same format as yesterday 👍"
    late = f"{other[0].split(' (')[0]} here, ours is coming late, still out on the ridge road"
    groups = [
        [_message(base, OTHERS_US[0], t0 - timedelta(hours=3), reminder, True)],
        [_message(base + 11, other, t0 - timedelta(minutes=35), late, True)],
    ]
    ours = []
    for j, chunk in enumerate(chunks):
        extra = _reactions([("👍", 2 + h % 5), ("🙏", 1 + h % 3)]) if j == len(chunks) - 1 else ""
        ours.append(_message(base + 100 + j, lead, t0 + timedelta(minutes=j), "\n".join(chunk), j == 0, extra))
    groups.append(ours)
    reply = ('<div class="chatlog__reply"><div class="chatlog__reply-symbol"></div><img class="chatlog__reply-avatar" '
             f'src="https://cdn.discordapp.com/embed/avatars/{k}.png" alt="Avatar"><div class="chatlog__reply-author" '
             f'style="color:rgb(241,196,15)">{escape(lead[0])}</div><div class="chatlog__reply-content"><span '
             f'class="chatlog__reply-link">📋 SITREP #{doc.number} — {hub} hub</span></div></div>')  # fmt: skip
    groups.append([reply + _message(base + 200, OTHERS_US[0], t0 + timedelta(minutes=9), "Got it, thank you! "
                                    "Passing the asks to logistics ❤️", True)])  # fmt: skip
    groups.append([_message(base + 300, OTHERS_US[1 + h % 2], t0 + timedelta(minutes=25), "We can bring bar oil "
                            "and two saws up in the morning", True, _reactions([("🙏", 3)]))])  # fmt: skip
    log = "".join(f'<div class="chatlog__message-group">{"".join(g)}</div>' for g in groups)
    count = sum(len(g) for g in groups)
    day = f"{when:%d-%b-%y}"
    nxt = f"{when + timedelta(days=1):%d-%b-%y}"
    head = (
        f'<title>WNC Hubs Mutual Aid - Hub Ops - sitreps [1287{h % 10**14}]</title>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width">\n<style>{DCE_CSS}</style>'
    )
    html = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n{head}\n</head>\n<body>\n<div class="preamble"><div class='
            '"preamble__guild-icon-container"><img class="preamble__guild-icon" src="https://cdn.discordapp.com/icons/'
            '1287/icon.png" alt="Guild icon" loading="lazy"></div><div class="preamble__entries-container"><div class='
            '"preamble__entry">WNC Hubs Mutual Aid</div><div class="preamble__entry">Hub Ops / sitreps</div><div '
            'class="preamble__entry preamble__entry--small">One sitrep per hub per day. Questions and chatter in '
            '#hub-chat please!</div><div class="preamble__entry preamble__entry--small">After '
            f'{day} • Before {nxt}</div></div></div>\n<div class="chatlog">{log}</div>\n<div class="postamble"><div '
            f'class="postamble__entry">Exported {count} message(s)</div></div>\n</body>\n</html>')  # fmt: skip
    return html.encode()


# ---------------------------------------------------------------- Tchap (Element) plain-text export, COD

OFFICERS_FR = ("Claire Roussel", "Thomas Garnier", "Nadia Benali", "Julien Fabre")
OTHERS_FR = ("Capitaine Morel [Intérieur]", "Sophie Laurent [ARS]", "Cdt Vidal [Gendarmerie]")


def txt_tchap_export_fr(doc: Doc) -> bytes:
    """The COD's point de situation in the Tchap crisis room as Element's plain-text export saves it."""
    when = report_day(doc)
    h = zlib.crc32(doc.title.encode())
    dep = doc.organisation.removeprefix("Préfecture ")
    k = ("de l'Aude", "du Gard", "de l'Hérault", "des Pyrénées-Orientales").index(dep)
    me = f"{OFFICERS_FR[k]} [Intérieur]"
    uid = f"@{OFFICERS_FR[k].lower().replace(' ', '.')}-interieur.gouv.fr:agent.interieur.tchap.gouv.fr"
    body = [f"**Point de situation n°{doc.number} – COD {dep}**", "Arrêté à 18h00", ""]
    for s in doc.sections:
        body.append(f"**{s.heading}**")
        for it in s.items:
            risk, lead, rest = parts(it, "fr")
            body.append(f"- {risk} {lead} {rest}" if lead else f"- {it.text}")
        body.append("")
    body.append("Prochain point : demain 10h00")

    def at(hour: int, minute: int, second: int) -> str:
        return f"{when.replace(hour=hour, minute=minute, second=second):%d/%m/%Y %H:%M:%S}"

    m = h % 20
    events = [f"{at(17, 2 + m, 11)} - {OTHERS_FR[1]} a rejoint le salon",
              f"{at(17, 5 + m, 40)} - {OTHERS_FR[0]}: Reconnaissance hélico terminée, photos en cours d'envoi",
              f"{at(17, 6 + m, 2)} - {OTHERS_FR[0]} a envoyé une image : IMG_{when:%Y%m%d}_{170 + m}.jpg",
              f"{at(18, 20 + m, 33)} - {me}: " + "\n".join(body),
              f'{at(18, 24 + m, 8)} - {OTHERS_FR[2]}: En réponse à <{uid} "**Point de situation n°{doc.number} – '
              f'COD…"> Bien reçu, transmis au COZ.',
              f"{at(18, 31 + m, 50)} - {OTHERS_FR[1]}: Pour info l'ARS envoie une équipe au centre d'accueil demain "
              "matin."]  # fmt: skip
    return ("\n".join(events) + "\n").encode("utf-8")
