"""The one-line remarks that close a report: how the series is kept ("Previous sitreps are on the incident share"),
whom to ask ("Questions?") and the writer's offer to answer ("Please let me know if you have any questions."), whom
it went to ("This notice was sent to all families"), a newsletter's thanks for reading, the channel's invitation to
subscribe, the offer of the report in other formats, a close of several such sentences, and a last line that leads
into what the document no longer holds ("All the information is on our website:" over its link). None of them is
news of the incident. (A post's line of tags is left out wherever it stands, by ``sitroom.parse.notices``.)"""

from __future__ import annotations

import re

from sitroom.parse.furniture import gives_contact, is_handling_note
from sitroom.parse.mastheadlines import is_byline
from sitroom.parse.message import is_service_notice, is_trailer
from sitroom.parse.openingnote import offers_other_formats
from sitroom.text.markings import is_marking_line
from sitroom.text.nextreport import is_next_report
from sitroom.text.offers import is_closing_offer
from sitroom.text.responses import ANSWER_WORDS, asks_response
from sitroom.text.salutations import SENTENCES, is_sign_off
from sitroom.text.signoffs import is_thanks, signs_name_and_post

# Where the earlier issues of the report are kept: a note on the series, not on the incident.
_ARCHIVE = re.compile(
    r"^(?:previous|earlier|past|all)\s+(?:[\w-]+\s+)?(?:sitreps|situation\s+reports|reports|updates|bulletins|issues)"
    r"\s+(?:are|can\s+be)\s+(?:on|at|in|found|available|held|kept|published)\b",
    re.I,
)


# Whom to ask, as a close asks it before the number: "Questions?", "Any queries?", "Please contact me with any
# questions."
_QUESTIONS = re.compile(
    # ... "Questions?" in the other languages a slide or a post closes with: "Des questions ?", "¿Preguntas?",
    # "Fragen?", "Vragen?", "Spørsmål?", "Frågor?", "Spurningar?", "Domande?", "Perguntas?", "Pytania?"
    r"^(?:des\s+)?questions\s*\?$|^¿?(?:alguna\s+)?preguntas\s*\?$|^(?:noch\s+)?fragen\s*\?$|^vragen\s*\?$"
    r"|^sp[øo]rsm[åa]l\s*\?$|^fr[åa]gor\s*\?$|^spurningar\s*\?$|^domande\s*\?$|^perguntas\s*\?$|^pytania\s*\?$|"
    r"^(?:any\s+)?(?:questions|queries|enquiries)\s*\?$|^(?:please\s+)?(?:(?:feel\s+free|do\s+not\s+hesitate)\s+to\s+)?"
    r"(?:contact|call|e-?mail|get\s+in\s+touch\s+with)\s+(?:me|us)\s+(?:with|if\s+you\s+have|for)\s+(?:any\s+)?"
    r"(?:questions|queries|enquiries|concerns)\b[^.]{0,40}\.?$",
    re.I,
)
# The note on whom the report went to: "This notice was sent to all families and staff of the district."
_SENT_TO = re.compile(
    r"^(?:this|the)\s+(?:notice|report|update|bulletin|sitrep|message|e-?mail|letter|briefing|newsletter)\s+"
    r"(?:was|has\s+been|is\s+being|is|will\s+be)\s+(?:sent|shared|circulated|distributed|issued)\s+to\b",
    re.I,
)

# A newsletter's thanks for reading, closing it: "Thanks for reading!", "Gracias por leer y por apoyar.", "Merci de
# nous lire", "Obrigado por ler", "Danke fürs Lesen", "Grazie per aver letto"
_THANKS_FOR_READING = re.compile(
    r"^(?:(?:many\s+)?thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+reading\b|^(?:muchas\s+)?gracias\s+por\s+leer(?:nos)?\b"
    r"|^merci\s+(?:de\s+(?:nous\s+)?lire|pour\s+(?:votre\s+)?lecture)\b|^obrigad[oa]s?\s+por\s+(?:ler|nos\s+ler)\b"
    r"|^danke\s+f[üu]r(?:s|\s+das)\s+lesen\b|^grazie\s+(?:per\s+aver\s+letto|della\s+lettura)\b"
    # ... or for the readers' patience and cooperation: "Thank you for your patience.", "Merci pour votre coopération.",
    # "Mersi pou ou kooperasion." (Mauritian Kreol), "Gracias por su comprensión.", "Danke für Ihr Verständnis."
    r"|^(?:(?:many\s+)?thanks|thank\s+you)\s+(?:again\s+)?for\s+your\s+(?:patience|co-?operation|understanding)\b"
    r"|^merci\s+(?:de|pour)\s+votre\s+(?:coop[ée]ration|patience|compr[ée]hension)\b"
    r"|^mersi\s+pou\s+(?:ou|zot)\s+(?:kooperasion|pasians|konpreansion)\b"
    r"|^(?:muchas\s+)?gracias\s+por\s+su\s+(?:comprensi[óo]n|paciencia|colaboraci[óo]n)\b"
    r"|^danke\s+f[üu]r\s+ihr(?:e)?\s+(?:verst[äa]ndnis|geduld|mitarbeit)\b"
    r"|^grazie\s+per\s+la\s+(?:collaborazione|pazienza|comprensione)\b"
    # ... and the regret for the trouble: "The Corporation regrets any inconvenience caused and appreciates …", "We
    # apologise for any inconvenience caused."
    r"|^(?:the\s+[\w-]+(?:\s+[\w-]+){0,5}|we)\s+(?:sincerely\s+)?(?:regrets?|apologi[sz]es?\s+for)\s+(?:any|the)\s+"
    r"inconvenience\b",
    re.I,
)

# The channel's or list's own invitation: "Subscribe to our channel: t.me/…", "Підписатися на канал: …"
_HANDLE = re.compile(r"(?:^|\s)@\w{3,}\s*$")
_SUBSCRIBE = re.compile(
    r"\b(?:subscribe|sign\s+up|follow\s+us|s['’]abonner|abonnez-vous|suscr[íi]bete|suscribirse|abonnieren"
    r"|iscriviti|підписатися|підпишіться|подписаться|подпишитесь|pretplatite|abonați|iratkozzon|εγγραφείτε"
    # ... Uzbek "Telegram kanalimizga obuna boʻling: @…" (subscribe to our Telegram channel)
    r"|obuna\s+bo[ʼ'’ʻ‘]?ling)",
    re.I,
)


# Where the readers are to keep following the news, closing a notice: "Residents are asked to continue to listen to ZNS
# radio for official updates.", "The public is urged to monitor official channels for updates."
_STAY_TUNED = re.compile(
    r"^(?:(?:all\s+)?residents|the\s+public|members\s+of\s+the\s+public|everyone|the\s+community)\s+(?:are|is)\s+"
    r"(?:(?:being|again)\s+)?(?:asked|urged|advised|encouraged|reminded)\s+to\s+(?:continue\s+to\s+)?(?:listen|monitor"
    r"|follow|stay\s+tuned|keep\s+(?:listening|up))\b[^.]{0,80}\b(?:radio|updates|channels|news|announcements)\b",
    re.I,
)


def _closing_sentences(text: str) -> bool:
    """Two sentences or more, each a close: who issued the report, when the next comes, whom to ask and how, who
    may see it; or the one sentence saying who prepared it ("Prepared by the monitoring unit, 12 February 2025.")."""
    parts = SENTENCES.split(text.strip())
    if len(parts) == 1:
        return is_byline(parts[0])
    return all(
        is_byline(p)
        or is_next_report(p)
        or is_trailer(p)
        or gives_contact(p)
        or is_handling_note(p)
        or is_marking_line(p)
        or is_service_notice(p)
        or _QUESTIONS.match(p)
        or is_closing_offer(p)
        or _STAY_TUNED.match(p)
        or signs_name_and_post(p.rstrip("."))  # "Mr. Terrance K. Pinder, Island Administrator."
        for p in parts
    )


# a lead-in is a line of a few words
LEAD_IN_WORDS = 12


# A task tracker's count of its tasks done, under a status update: "Progress: 16 of 62 tasks completed"
_TASK_PROGRESS = re.compile(
    r"^(?:progress\s*:\s*)?\d+\s+(?:of|/)\s+\d+\s+(?:tasks?|items?|subtasks?|milestones?)\s+(?:completed|done|complete)\.?$",
    re.I,
)
# A post's note on how it was edited after it went up: "Edit: added the link to the recording.", "EDIT 2: typo"
_EDIT_NOTE = re.compile(r"^(?:edit(?:ed)?|eta)\s*\d*\s*[:–-]\s*\S.{0,120}$", re.I)
# A label over nothing but where to find something: "Full briefing recording: buncombecounty.org/storm-updates"
# Where to read the rest, a link after it: "To see more details and attachments, visit https://…", "For more
# information, go to www.…", "Read more at https://…"
_MORE_AT = re.compile(
    r"^(?:(?:to\s+(?:see|read|find|view|get)|for)\s+)?(?:more|further|full|all\s+the)\s+(?:details|information|info)"
    r"(?:\s+and\s+[\w-]+)?,?\s+(?:please\s+)?(?:visit|see|go\s+to|check|at)\s+(?:https?://\S+|www\.\S+)\s*$"
    r"|^read\s+more\s+(?:at|on)\s+(?:https?://\S+|www\.\S+)\s*$",
    re.I,
)
# The service's apology for the trouble, closing a notice of cuts: "We apologise for any inconvenience caused.",
# "Lamentamos las molestias ocasionadas.", "Nous nous excusons pour la gêne occasionnée.", "Tunaomba radhi kwa
# usumbufu unaojitokeza."
_APOLOGY = re.compile(
    r"^(?:we\s+(?:sincerely\s+)?(?:apologi[sz]e|are\s+sorry)\s+for\s+(?:any|the)\s+(?:inconvenience|disruption)"
    r"|(?:lamentamos|disculpe|disculpen|sentimos)\s+(?:las|los|cualquier)\s+(?:molestias|inconvenientes)"
    r"|nous\s+(?:nous\s+excusons|vous\s+prions\s+de\s+nous\s+excuser)\s+pour\s+(?:la|les|ce)\s+(?:g[êe]ne|d[ée]sagr[ée]ment)"
    r"|ci\s+scusiamo\s+per\s+(?:il|i|l['’])\s*(?:disagio|disagi|inconvenient)"
    r"|(?:tunaomba|naomba|samahani)\s+(?:radhi\s+)?(?:kwa|juu\s+ya)\s+usumbufu)[^.!]{0,60}[.!]?$",
    re.I,
)
_LABELLED_LINK = re.compile(
    r"^[^:.!?]{2,60}:\s*(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:org|com|gov|net|edu|int|info|uk|ie|au|nz|ca)"
    r"(?:/\S*)?)\s*$",
    re.I,
)

# The office that issues the post, credited under it: "Press Office, Northfield Council", "Пресс-служба
# администрации", "Axborot xizmati", "Մարզպետարանի հասարակայնության հետ կապերի բաժին" (the public relations
# department), "Gabinete de Prensa", "Ufficio stampa", "Pressestelle"; a line of a few words, no sentence
_PRESS_OFFICE = re.compile(
    r"\b(?:press|media|news|communications?|public\s+(?:relations|information|affairs))\s+(?:office|service|team"
    r"|unit|department|desk|section|bureau|cell)\b|\bpress\s+(?:and|&)\s+(?:media|communications?|public\s+relations)\b"
    # ... a communication cell, in French and Mauritian Kreol: "Cellule communication", "Sellil Kominikasion"
    r"|\bcellule\s+(?:de\s+)?communication\b|\bsellil\s+kominikasion\b"
    r"|пресс?-?служб\w*|прес-?служб\w*|пресс?-?центр\w*|прес-?центр\w*|\b(?:axborot|matbuot)\s+xizmati\b"
    r"|հասարակայնության\s+հետ\s+կապերի|լրատվական\s+(?:ծառայություն|բաժին)|პრესსამსახური|საზოგადოებასთან\s+ურთიერთობ"
    r"|\bgabinete\s+de\s+(?:prensa|comunicaci[óo]n)\b|\boficina\s+de\s+(?:prensa|comunicaci[óo]n)\b"
    r"|\bservice\s+(?:de\s+presse|communication)\b|\bufficio\s+stampa\b|\bpressestelle\b|\bbiuro\s+prasowe\b"
    r"|\bassessoria\s+de\s+(?:imprensa|comunica[çc][ãa]o)\b|\bslu[žz]ba\s+za\s+odnose\s+s\s+javno[šs][ćc]u\b",
    re.I,
)
_PRESS_OFFICE_WORDS = 10
# ... or the offices that issue it together, one "in cooperation with" the other: "Districtscommissariaat Para, in
# samenwerking met het Nationaal Coördinatiecentrum voor Rampenbeheersing (NCCR)", "Oshana Regional Council, in
# partnership with the NDRMC"
_ISSUED_WITH = re.compile(
    r"^[^.:]{3,80},?\s+(?:in\s+(?:samenwerking|co-?operation|collaboration|partnership|association)\s+(?:met|with)"
    r"|en\s+(?:colaboraci[óo]n|coordinaci[óo]n)\s+con|en\s+(?:collaboration|partenariat)\s+avec"
    r"|in\s+zusammenarbeit\s+mit|in\s+collaborazione\s+con|em\s+(?:colabora[çc][ãa]o|parceria)\s+com)\s[^.]{3,100}$",
    re.I,
)


def credits_press_office(text: str) -> bool:
    """The line crediting the office that issues the post (its press or public relations service, or the offices
    issuing it together), as the last of it: a few words naming the office, no sentence."""
    text = text.strip()
    if text.endswith((".", "։", "!", "?", ":")):
        return False
    return (len(text.split()) <= _PRESS_OFFICE_WORDS and bool(_PRESS_OFFICE.search(text))) or bool(
        _ISSUED_WITH.match(text)
    )


# The writer's wish for the readers' safety or health, closing a report over the thanks: "Stay safe.", "Please take
# care in the heat.", "Restez prudents.", "무더운 날씨에 건강 관리에 유의하시기 바랍니다." (take care of your health)
_WELL_WISH = re.compile(
    r"^(?:please\s+)?(?:stay|keep|be)\s+safe\b|^(?:please\s+)?take\s+care\b|^look\s+after\s+(?:yourselves|each\s+other)"
    r"|건강\s*(?:관리에|에)\s*유의|^(?:restez|soyez)\s+prudents?\b|^cu[íi]d(?:ense|aos)\b|^bleiben\s+sie\s+gesund\b"
    r"|^(?:tetap\s+)?jaga\s+kesehatan\b|^pas\s+op\s+jezelf\b",
    re.I,
)
# ... or alone, the whole line: "Take care of yourselves and each other.", "Stay safe, everyone."
_WISH_ALONE = re.compile(
    r"^(?:please\s+)?(?:take\s+care(?:\s+of\s+(?:yourselves|yourself|each\s+other))?(?:\s+and\s+(?:of\s+)?each\s+other)?"
    r"|(?:stay|keep|be)\s+safe|look\s+after\s+(?:yourselves|each\s+other))(?:,?\s+(?:everyone|all|everybody))?[.!]?$",
    re.I,
)
# a sentence ends at its stop, before a capital or a letter of a script with none
_WISH_SENTENCES = re.compile(r"(?<=[.!?])\s+(?![a-z])")


def _wishes_and_thanks(text: str) -> bool:
    """The writer's wish for the readers, then thanks: "Please take care in the heat. Thank you."."""
    parts = _WISH_SENTENCES.split(text.strip())
    last = parts[-1].strip()
    return (
        len(parts) >= 2
        and (is_thanks(last) or is_sign_off(last))
        and all(_WELL_WISH.search(p.strip()) for p in parts[:-1])
    )


def is_closing_remark(text: str) -> bool:
    """A line closing the report with a remark on the series, its readers or its channel, not on the incident."""
    return (
        _closing_sentences(text)  # "Issued by the Duty Ranger. Next update: Tuesday at 16:00."
        or _ARCHIVE.match(text) is not None  # "Previous sitreps are on the incident share."
        or _QUESTIONS.match(text) is not None  # "Please contact me with any questions."
        or is_closing_offer(text)  # "Please let me know if you have any questions.", "N'hésitez pas à me contacter."
        or _SENT_TO.match(text) is not None  # "This notice was sent to all families and staff."
        or _THANKS_FOR_READING.match(text) is not None  # "Thanks for reading!", "Gracias por leer y por apoyar."
        # "Subscribe to the channel: …", "… obuna boʻling: @toshkent_talim"
        or (_SUBSCRIBE.search(text) is not None and (gives_contact(text) or _HANDLE.search(text) is not None))
        or offers_other_formats(text)  # "This briefing is available in large print and other formats on request."
        or _EDIT_NOTE.match(text) is not None  # "Edit: added the link to the recording."
        or _TASK_PROGRESS.match(text) is not None  # "Progress: 16 of 62 tasks completed"
        or _LABELLED_LINK.match(text) is not None  # "Full briefing recording: buncombecounty.org/storm-updates"
        or _MORE_AT.match(text) is not None  # "To see more details and attachments, visit https://…"
        or _APOLOGY.match(text.strip()) is not None  # "We apologise for any inconvenience caused."
        or _wishes_and_thanks(text)  # "Stay safe in the heat. Thank you."
        or _WISH_ALONE.match(text.strip()) is not None  # "Take care of yourselves and each other."
        or _STAY_TUNED.match(text.strip()) is not None  # "Residents are asked to continue to listen to ZNS radio …"
        or credits_press_office(text)  # "Press Office, Northfield Council", "Axborot xizmati"
    )


def leads_into_nothing(text: str) -> bool:
    """A short line ending in a colon, as the document's last: what it led into (a link, a button, contacts) is
    gone, and the lead-in says nothing of its own."""
    text = text.strip()
    return text.endswith((":", "：")) and len(text.split()) <= LEAD_IN_WORDS


def response_request(texts: list[str]) -> int | None:
    """Where a notification's request for a response opens among the closing ``texts``: "Please select a response:"
    over nothing but the answers it offers, each a few words and its link ("Confirm receipt: https://…"). None
    when the texts do not end with one."""
    for lead in range(len(texts) - 3, max(-1, len(texts) - 3 - _ANSWERS), -1):
        if asks_response(texts[lead]):
            return lead if all(_answer_link(t) for t in texts[lead + 1 :]) else None
    return None


_ANSWERS = 6
_LINK = re.compile(r"https?://\S+$")


def is_bare_link(text: str) -> bool:
    """A line that is only an address ("https://…", "<https://…>")."""
    return _LINK.fullmatch(text.strip().strip("<>")) is not None


def _answer_link(text: str) -> bool:
    label = _LINK.sub("", text.strip()).strip(" :–-")
    return _LINK.search(text.strip()) is not None and len(label.split()) <= ANSWER_WORDS


# The credits closing a story: who wrote it, took its pictures and drew its maps
_CREDITS = re.compile(
    r"^(?:(?:image|photo|picture|media|story|map)\s+)?credits|(?:sources\s+and\s+credits|credits\s+and\s+sources)"
    r"|cr[ée]dits(?:\s+photos?)?|cr[ée]ditos(?:\s+(?:de\s+)?(?:las\s+)?(?:fotos|im[áa]genes))?|bildnachweise?"
    r"|fotonachweise?|impressum\s*$",
    re.I,
)
_CREDIT_LINES = 12
_CREDIT_WORDS = 16
# A release's boilerplate on who publishes it, after the report: "About the publisher", "About Northfield Council",
# "Notes to editors", "Tietoja julkaisijasta", "Om kommunen", "Über uns", "À propos de la ville", "Acerca de"
_ABOUT = re.compile(
    r"^(?:about|notes?\s+(?:to|for)\s+editors?|editor['’]?s\s+notes?|tietoja|om|über|uber|à\s+propos\s+d[eu'’]"
    r"|a\s+propos\s+d[eu'’]|acerca\s+de|sobre|over|informacje\s+o|o\s+nas$|apie|quant\s+a)(?:\s+\S+){0,5}$",
    re.I,
)
_ABOUT_LINES = 8
_PUBLISHER_NAME_WORDS = 6


def about_section(lines: list[tuple[str, bool]]) -> int | None:
    """Where a release's boilerplate on its publisher opens, among its closing ``lines`` (each its text and whether
    it is a heading): "About the publisher" or "Notes to editors" over a few paragraphs, the publisher's name set as a
    heading at most, no list of points. None when the lines do not end with it."""
    for lead in range(len(lines) - 1, max(-1, len(lines) - 1 - _ABOUT_LINES), -1):
        text, heading = lines[lead]
        if heading and _ABOUT.match(text.strip().rstrip(":")) and not text.rstrip().endswith("?"):
            under = lines[lead + 1 :]
            # the publisher's name may stand as a heading right under it; any other heading is another section
            named = bool(under) and under[0][1] and len(under[0][0].split()) <= _PUBLISHER_NAME_WORDS
            return lead if not any(h for _, h in under[1 if named else 0 :]) else None
    return None


def credits_section(lines: list[tuple[str, bool]]) -> int | None:
    """Where the credits closing a story open, among its closing ``lines`` (each its text and whether it is a
    heading): "Credits" over who lent its text, pictures and maps ("Cover photo: …", "AQI map: County GIS"), set
    under subheadings ("Content", "Media") or not, each a line of a few words and no sentence. None when the
    lines do not end with them."""
    for lead in range(len(lines) - 2, max(-1, len(lines) - 2 - _CREDIT_LINES), -1):
        text, heading = lines[lead]
        if heading and _CREDITS.match(text.strip().rstrip(":")):
            under = lines[lead + 1 :]
            credits = all(len(t.split()) <= _CREDIT_WORDS and (h or not t.rstrip().endswith(".")) for t, h in under)
            return lead if credits else None
    return None
