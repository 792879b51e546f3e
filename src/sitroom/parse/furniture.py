"""Lines around a report that a reader skips: the line dating it, a meeting's particulars, the note on
another language version.

"This report is current as at 9:00am on 6 April 2020. It is updated each business day." dates the report
(it is no title and no item); "Date: 6 April 2020  Time: 09:30  Venue: Civic Offices" and "Chair: Chief
Executive" give the meeting a report was written for; "French version follows" or "Version française
disponible sur demande" points to the same report in another language; "Source: Met Office" cites where a
section's figures come from. In English, French and Spanish, and the source notes in more.
"""

from __future__ import annotations

import re

from sitroom.parse.callnumbers import numbers_to_call
from sitroom.text.markings import is_marking
from sitroom.text.months import MONTH_NAMES

# "current as at", "correct as of", "à jour au", "actualizado al": the report stands as of what follows.
_CURRENT = re.compile(
    r"\b(?:current|correct|accurate|up[\s-]to[\s-]date|valid)\s+(?:as\s+(?:at|of)|at|on)\b"
    r"|\b[àa]\s+jour\s+(?:au|du|le|en\s+date\s+du)\b|\bvalables?\s+(?:au|le)\b"
    r"|\bactualizad[oa]s?\s+(?:a|al|el|hasta)\b|\bvigentes?\s+(?:a|al)\b"
    # Polish, German and Czech: "stan na dzień …", "Stand: …", "stav k …"
    r"|^stan\s+na(?:\s+dzie[ńn])?\b|^stand(?:\s*:|\s+(?:vom|am)\b)|^stav\s+(?:k|ke)\b"
    # Swedish, Finnish, Norwegian and Danish: "Gäller: 2024-01-15 kl. 08.00", "Tilanne 12.8.2024 kello 10.00",
    # "Läget per 15 januari", "Situasjonen per 16. februar", "Status pr. 16. februar"
    r"|^g[äa]ller\s*:|^tilanne\s+(?=\d)|^l[äa]get\s+per\b|^situasjonen\s+per\b|^status\s+pr\.",
    re.I,
)
_DATED = re.compile(rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d\d-\d\d|\b(?:{MONTH_NAMES})\b", re.I)
# What may follow the dating sentence: how often the report is updated, when the next one comes.
UPDATING = re.compile(
    r"\b(?:updated?|issued|published|reviewed|refreshed|next\s+(?:report|update|edition)|mis\s+[àa]\s+jour"
    r"|actualiza\w*|publica\w*"
    # ... in the Nordic languages: "Nästa lägesbild: se nedan", "Katsaus on laadittu …", "Neste rapport …"
    r"|n[äa]sta\s+l[äa]gesbild|laadittu|seuraava\s+katsaus|neste\s+(?:rapport|situasjonsrapport)"
    r"|n[æa]ste\s+situationsrapport)\b",
    re.I,
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")
CURRENCY_WORDS = 40


def is_currency_line(text: str) -> bool:
    """ "This report is current as at 9:00am on 6 April 2020. It is updated each business day.": the line
    that dates the report, neither its title nor an item."""
    text = text.strip()
    if len(text.split()) > CURRENCY_WORDS:
        return False
    first, *rest = SENTENCE_SPLIT.split(text)
    return (
        _CURRENT.search(first) is not None
        and _DATED.search(first) is not None
        and all(UPDATING.search(s) for s in rest)
    )


# The page's own footer: who keeps it and where to change it ("Page owner: IT Service Desk. Edit this page …").
_KEEPER = re.compile(r"\bedit\s+this\s+page\b|^page\s+(?:owner|maintainer|maintained\s+by)\b", re.I)
# When the page was last changed: "Last updated …", "Ultimo aggiornamento: …", "Dernière mise à jour …".
_STAMP = re.compile(r"\b(?:updated|aggiornamento|aggiornato|actualizaci[óo]n|actualizado|mise\s+[àa]\s+jour"
                    r"|aktualisiert|aktualisierung|bijgewerkt|atualizado|atualiza[çc][ãa]o)\b", re.I)  # fmt: skip
_BY_AT = re.compile(r"^_?(?:last\s+)?(?:updated|edited|modified)\s+(?:by|at|on)\b", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# A record's stamp of when it was made or changed, and by whom: "Record created 09/15/2025 05:48 by truiz"
_RECORD_STAMP = re.compile(
    r"^(?:record|entry|page|item|post)?\s*(?:last\s+)?(?:created|updated|edited|modified|posted|submitted)\b", re.I
)
KEEPER_WORDS = 30
STAMP_WORDS = 10


def is_page_keeping(text: str) -> bool:
    """A page's footer of upkeep: who keeps it and where to edit it, when it was last updated (with a date, or a
    time after who updated it) and when the next update comes, or a record's stamps of when it was made and
    changed; neither an item nor the report's date."""
    text = text.strip()
    words = len(text.split())
    if _KEEPER.search(text):
        return words <= KEEPER_WORDS
    parts = LINE_PARTS.split(text)
    if len(parts) >= 2 and all(_RECORD_STAMP.match(p) and (_DATED.search(p) or _TIME.search(p)) for p in parts):
        return words <= KEEPER_WORDS  # "Record created 09/15/2025 05:48 by truiz | Last updated …": a record's stamps
    first, *rest = SENTENCE_SPLIT.split(text)
    # "Last updated by @abaines at 09:12 UTC. Next update at 12:00.": the stamp may give the time alone
    dated = _DATED.search(first) is not None or (_BY_AT.match(first) is not None and _TIME.search(first) is not None)
    stamp = len(first.split()) <= STAMP_WORDS and _STAMP.search(first) is not None and dated
    return stamp and words <= KEEPER_WORDS and all(UPDATING.search(s) for s in rest)


# The particulars of the meeting a report is written for, as minutes and team reports print them.
_MEETING_FIELD = re.compile(
    r"^(?:date|time|venue|location|place|chair(?:ed\s+by|person)?|minutes|minute[\s-]taker|secretary"
    r"|heure|lieu|pr[ée]sid[ée]e?\s+par|pr[ée]sident(?:e)?|secr[ée]taire|fecha|hora|lugar|preside|presidente"
    r"|secretari[oa])\s*:\s*\S",
    re.I,
)
MEETING_WORDS = 30


def is_meeting_line(text: str) -> bool:
    """ "Date: 6 April 2020  Time: 09:30  Venue: Civic Offices" or "Chair: Chief Executive": the meeting's
    particulars under a report's title."""
    text = text.strip()
    return len(text.split()) <= MEETING_WORDS and _MEETING_FIELD.match(text) is not None


_LANGUAGES = (
    r"(?:english|french|spanish|welsh|irish|gaelic|german|portuguese|arabic|chinese|inuktitut|fran[çc]ais[e]?"
    r"|anglais[e]?|espagnol[e]?|ingl[ée]s[a]?|franc[ée]s[a]?|espa[ñn]ol[a]?|cymraeg|gaeilge|italian|italiano"
    r"|polish|polski|somali|urdu|punjabi|bengali|ukrainian|russian|vietnamese|tagalog|haitian creole|korean)"
)
# "French version follows", "La version française suit", "Version française disponible sur demande",
# "English follows", "Le français suit", "Versión en español disponible", "Also available in French".
_LANGUAGE_NOTE = re.compile(
    rf"^[\W_]*(?:(?:the|la|le|a|an)\s+)?(?:version\s+(?:en\s+)?{_LANGUAGES}|{_LANGUAGES}\s+(?:version|text)"
    rf"|versi[óo]n\s+(?:en\s+)?{_LANGUAGES}|{_LANGUAGES})"
    r"(?:\s+(?:of\s+(?:this|the)|du|de\s+ce|del)\s+(?:report|document|update|sitrep|bulletin|summary|text|bullets"
    r"|rapport|informe|documento))?"
    r"\s+(?:follows|below|to\s+follow|suit|ci-dessous|[àa]\s+suivre|sigue|a\s+continuaci[óo]n"
    r"|(?:is\s+|est\s+|est[áa]\s+)?(?:available|disponible))\b"
    rf"|^[\W_]*(?:this\s+(?:report|document|update)\s+is\s+(?:also\s+)?available\s+in|also\s+available\s+in|(?:ce\s+(?:rapport|document)"
    rf"\s+est\s+)?[ée]galement\s+disponible\s+en|(?:este\s+(?:informe|documento)\s+)?tambi[ée]n\s+(?:est[áa]\s+)?"
    rf"disponible\s+en)\s+{_LANGUAGES}\b"
    # a link to the same text in another language: "Read this notice in Spanish", "Lea este aviso en español"
    r"|^[\W_]*(?:read|view|see|lea|lee|vea|lire|lisez|voir|leggi|ler|leia|darllenwch)"
    r"(?:\s+(?:this|the|este|esta|el|la|ce|cet|cette|le|questo|questa|o|a|hwn|hon|yr?))?"
    r"(?:\s+[^\W\d_]+){0,2}\s+(?:in|en|em|yn)\s+" + _LANGUAGES + r"\b",
    re.I,
)
LANGUAGE_NOTE_WORDS = 30


def is_language_note(text: str) -> bool:
    """A note that the report follows, or is available, in another language: furniture, not an item. A
    note in two languages ("Version française disponible sur demande. French version available on
    request.") is one note when each sentence is one, or when the sentences beside one that is (its
    translation, in a language not read here) are no longer than twice it and carry no figures."""
    text = text.strip()
    if len(text.split()) > LANGUAGE_NOTE_WORDS:
        return False
    sentences = [s for s in SENTENCE_SPLIT.split(text) if s.strip()]
    notes = [s for s in sentences if _LANGUAGE_NOTE.match(s)]
    if not notes:
        return False
    # the note said first in the other language: a sentence of its length and no figures beside it
    longest = max(len(s) for s in notes)
    return all(s in notes or (len(s) <= 2 * longest and not any(c.isdigit() for c in s)) for s in sentences)


# The sender's name and where to reach them, closing a report: "Préfecture du Val – Cabinet du préfet – 12 place
# de la République", "Civil Protection Service – Helpline 800 203 040", "Emergency Planning | eps@council.gov.uk".
_CONTACT_PARTS = re.compile(r"\s+[–—|·•]\s+|\s+-\s+")
STREET = (
    r"rue|place|avenue|av\.|boulevard|bd|chemin|quai|all[ée]e|impasse|road|rd|street|st|lane|way|square|drive|"
    r"calle|avenida|plaza|paseo|rua|pra[çc]a|largo|travessa|via|viale|piazza|corso|stra(?:ss|ß)e|platz|weg"
)
_ADDRESS = re.compile(rf"^\d{{1,4}}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?:{STREET})\b", re.I)
# ... a street's number and its name before its kind or after it: "231 Hardin Street, Fort McMurray", "15045 River
# Road", "8056 Highway 23"
STREET_ADDRESS = re.compile(
    rf"^\d{{1,6}}[a-z]?,?\s+(?:[\w'’.-]+\s+){{0,4}}(?:{STREET}|highway|hwy|blvd|parkway|pkwy|ave|court|ct)\b", re.I
)
_PHONE = re.compile(r"(?<![\d/])\+?\(?\d[\d\s.()-]{6,}\d(?![\d/])")
_REACH = re.compile(r"\S+@\S+\.\w+|\bwww\.\S+|https?://\S+")
CONTACT_WORDS = 25


def _reachable(text: str) -> bool:
    """The text gives an e-mail or web address, or a phone number (eight digits or more; a date in figures,
    "13.10.2026", is none)."""
    if _REACH.search(text):
        return True
    return any(
        sum(c.isdigit() for c in m.group()) >= 8 and not _FIGURE_DATE.fullmatch(m.group().strip())
        for m in _PHONE.finditer(text)
    )


_FIGURE_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}")


def is_contact_line(text: str) -> bool:
    """The sender's name and an address, a phone number or an e-mail address, in parts set apart by dashes
    or bars, with no sentence among them: a letterhead's foot, not an item."""
    t = text.strip()
    parts = [p.strip() for p in _CONTACT_PARTS.split(t) if p.strip()]
    if len(parts) < 2 or len(t.split()) > CONTACT_WORDS or t.endswith((".", "!", "?", ":", ";")):
        return False

    def reaches(part: str) -> bool:
        return bool(_ADDRESS.match(part) or _POST_BOX.match(part)) or _reachable(part)

    # the sender's name beside the ways to reach it, or each way under its own label ("Media enquiries: …")
    return any(reaches(p) for p in parts) and (
        any(not reaches(p) for p in parts) or all(_LABELLED.match(p) for p in parts)
    )


_LABELLED = re.compile(r"^[^:]{2,30}:\s*\S")
# a post office box: "P.O. Box 1573", "S.L.P. 431" (Swahili), "B.P. 120" (French), "Postfach 12 34", "Apartado 45"
_POST_BOX = re.compile(
    r"^(?:p\.?\s?o\.?\s+box|s\.?\s?l\.?\s?p\.?|b\.?\s?p\.?|postfach|apartado(?:\s+postal)?|caixa\s+postal)\s*\d",
    re.I,
)


# A note under the title on the report itself: who prepared it, what its figures cover, who may see it.
# "Prepared by the outbreak team for the Policy Group. Figures are at 07:00 on the day of the report.",
# "For partners – please do not share on social media. Figures are for Monday to Sunday."
_PREPARED = re.compile(r"^(?:prepared|compiled|produced|issued|written|collated)\s+by\b", re.I)
_FIGURES = re.compile(
    r"^(?:all\s+|the\s+)?(?:figures|data|numbers|counts|statistics|totals)\s+(?:(?:in|of)\s+this\s+\w+\s+)?"
    r"(?:(?:are|is|were)\s+(?:as\s+(?:at|of)|at|for|to|from|up\s+to|correct|accurate|provisional|subject|taken"
    r"|rounded)|cover|relate\s+to|run\s+(?:from|to))\b"
    r"|^(?:les\s+)?(?:chiffres|donn[ée]es)\s+(?:sont|couvrent)\b|^(?:las\s+)?(?:cifras|datos)\s+(?:son|est[áa]n|cubren)\b",
    re.I,
)
_HANDLING = re.compile(
    # whatever follows a handling label says who may see it: "Handling: for members of the gold group only."
    r"^handling(?:\s+(?:instructions?|conditions?|caveats?))?\s*:\s*\S|"
    r"^(?:(?:handling(?:\s+instructions?)?|distribution)\s*:\s*)?"
    # ... after whom it went to: "Shared with the incident management team and partners. Please do not forward …"
    r"(?:(?:shared|sent|circulated|issued)\s+(?:with|to)\s+[^.]{1,100}\.\s+)?"
    r"(?:(?:for\s+[\w\s'’]{1,40}?\s*[–—:-]\s*)?please\s+do\s+not\s+(?:share|forward|circulate|publish|distribute)"
    r"|not\s+for\s+(?:publication|circulation|onward|wider)"
    r"|not\s+to\s+be\s+(?:shared|circulated|forwarded|published|distributed)"
    # ... in Malagasy and Scottish Gaelic: "Tsy azo zaraina ivelan'ny komity.", "Na sgaoil gun chead."
    r"|tsy\s+azo\s+(?:zaraina|aparitaka|avoaka)|na\s+sgaoil"
    # ... or says how far it may go, after what it is: "Major incident – do not forward outside the IMT."
    r"|(?:[\w\s'’-]{1,40}?\s*[–—:-]\s*)?do\s+not\s+(?:share|forward|circulate|publish|distribute)\s+(?:this\s+)?"
    r"(?:outside|beyond|further|onwards?|externally|without))\b",
    re.I,
)
NOTE_WORDS = 60


def is_report_note(text: str) -> bool:
    """ "Prepared by the outbreak team. Figures are at 07:00 on the day of the report. OFFICIAL.": a note on
    the report under its title — who prepared it, what its figures cover, who may see it — not an item.
    Each sentence is one of these, and one at least speaks of the figures or of who may see them."""
    text = " ".join(text.split())
    if len(text.split()) > NOTE_WORDS:
        return False
    said = [s for s in SENTENCE_SPLIT.split(text) if s]
    kinds = [
        "figures" if _FIGURES.match(s) else "handling" if _HANDLING.match(s) else
        "other" if _PREPARED.match(s) or is_marking(s.rstrip(".")) or UPDATING.search(s) else None
        for s in said
    ]  # fmt: skip
    return bool(kinds) and None not in kinds and any(k in ("figures", "handling") for k in kinds)


# "Questions about this update? Email … or call …", "For queries contact …": the writers inviting contact.
_INVITATION = re.compile(
    r"^(?:any\s+)?(?:questions|queries|comments|feedback)(?:\s+(?:about|on|regarding)\s+this\s+\w+)?\s*[?:]"
    r"|^(?:for|with)\s+(?:any\s+)?(?:(?:media|press)\s+)?(?:more\s+information|further\s+information|queries|questions"
    r"|enquiries|inquiries)\b"
    r"|^if\s+you\s+have\s+(?:any\s+)?(?:questions|queries)\b"
    r"|^(?:pour\s+toute\s+question|para\s+(?:cualquier\s+)?(?:consulta|duda)s?)\b"
    # "Field officers with device or safety problems call the help desk on …", "Staff with questions should email …"
    r"|^(?:[\w'’-]+\s+){1,5}with\s+(?:any\s+)?(?:[\w'’-]+\s+){0,4}(?:problems|issues|questions|queries|concerns"
    r"|enquiries)\s+(?:should\s+|can\s+|may\s+|please\s+)?(?:call|contact|ring|phone|e-?mail|text)\b",
    re.I,
)
# "In an emergency, call 999", "Pou nenpòt ijans, rele 116 …": the numbers to call, closing a post to the public;
# "For emergency help in floods and storms call the SES on 132 500."
_EMERGENCY_CALL = re.compile(
    r"^(?:(?:for|in)\s+(?:(?:an?|any|case\s+of(?:\s+an?)?)\s+)?(?:[\w-]+\s+)?emergenc(?:y|ies)"
    r"|en\s+cas\s+d['’]urgence"
    r"|en\s+caso\s+de\s+emergencia|pou\s+nenp[òo]t\s+ijans|im\s+notfall|in\s+caso\s+di\s+emergenza"
    # ... in Slovak and Czech: "V prípade ohrozenia života alebo majetku volajte tiesňovú linku 112."
    r"|v\s+pr[íi]pad[eě]\s+(?:ohrozenia|ohro[žz]en[íi]|n[úu]dze|nouze))\b"
    r"[^.]{0,40}\b(?:call|dial|ring|appelez|composez|llame|marque|rele|rufen\s+sie|chiamate|chiama|volajte|volejte)"
    r"(?:\s+[^\W\d_]+){0,3}\s+\(?\d",
    re.I,
)
INVITATION_WORDS = 40
# A line of the numbers to call, each sentence a phone line's name and its short number, perhaps what it is for:
# "Riigiinfo telefon 1247 – abi ja info ööpäev läbi. Hädaabi 112.", "NHS 111 for advice. Emergency 999."
_HOTLINE = re.compile(
    r"^(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:[\w-]*(?:telefon|phone|hotline|helpline|linka|linja|notruf|h[äa]daabi"
    r"|emergency|nhs|infoline)\w*)\s*:?\s*\d{3,5}\b(?:\s*[–—-]\s*[^.]{0,60})?[.!]?$",
    re.I,
)
HOTLINE_WORDS = 20
_SHORT_NUMBER = re.compile(r"\b\d{3,5}\b")


def is_contact_invitation(text: str) -> bool:
    """ "Questions about this update? Email coordinator@… or call 01632 960 214", "In an emergency, call 999": the
    writers asking to be contacted, with the address or number; it closes the report, no item of it. So does a line
    of the numbers to call ("Emergency numbers: Police 112 – Fire 115 – Ambulance 118")."""
    t = " ".join(text.split())
    if numbers_to_call(t):
        return True
    hotline = len(t.split()) <= HOTLINE_WORDS and _SHORT_NUMBER.search(t) is not None
    if hotline and all(_HOTLINE.match(s) for s in re.split(r"(?<=[.!])\s+", t) if s):
        return True  # "Riigiinfo telefon 1247 – abi ja info ööpäev läbi. Hädaabi 112."
    return (gives_contact(text) and _INVITATION.match(t) is not None) or (
        len(t.split()) <= INVITATION_WORDS and _EMERGENCY_CALL.match(t) is not None
    )


def is_handling_note(text: str) -> bool:
    """ "Handling: not for onward distribution outside the Gold group …": who may see the report, closing it."""
    t = " ".join(text.split())
    return len(t.split()) <= NOTE_WORDS and _HANDLING.match(t) is not None


CONTACT_LEAD_WORDS = 12


def is_contact_lead(text: str) -> bool:
    """ "For further information, please contact:": a line over the writers' names and addresses."""
    t = " ".join(text.split())
    return len(t.split()) <= CONTACT_LEAD_WORDS and t.endswith(":") and _INVITATION.match(t) is not None


# "Rasa Mockienė, tel. (8 41) 59 63 44, el. p. rasa.mockiene@…": a person's name, then how to reach them
_NAMED = re.compile(r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]+\s+){1,3}[A-ZÀ-ÞĀ-Ž][\w'’-]+\s*,\s+(?P<rest>\S.*)$")


def names_and_reaches(text: str) -> bool:
    """A line naming a person and how to reach them, as a letter's preparer closes it under the signature."""
    m = _NAMED.match(" ".join(text.split()))
    return m is not None and gives_contact(m.group("rest")) and not text.rstrip().endswith(("!", "?"))


def gives_contact(text: str) -> bool:
    """A line with an e-mail address, a web address or a phone number: how to reach someone."""
    t = " ".join(text.split())
    return len(t.split()) <= INVITATION_WORDS and _reachable(t)


# what parts a line's fields or ways to reach someone: "… · …", "… | …", "… • …"
LINE_PARTS = re.compile(r"\s+[·|•]\s+")
# a site named by its address alone: "almannavarnir.is", "floods.example.gov.uk"
SITE = re.compile(r"^(?:[a-z0-9-]{2,}\.)+[a-z]{2,6}/?$")


# a number its label says is a telephone line's, however short: "Linha verde: 800 11 12", "Hotline 1717"
_LINE_LABEL = re.compile(
    r"^(?:hot|help|free\s*phone\s*)?line\b|^(?:hotline|helpline|freephone|linha\s+verde|linha|l[íi]nea|ligne|num[ée]ro\s+vert"
    r"|n[úu]mero\s+verde|tel\.?|t[ée]l\.?|tel[ée]fono|telefone|phone)\b[^\d]{0,40}\d",
    re.I,
)


def contacts_only(text: str) -> bool:
    """A line of nothing but ways to reach someone, parted by dots or bars ("example.org · Helpline 1717 ·
    Emergency 112", "Linha verde: 800 11 12 · Bombeiros: 131"): a site, a mail address, a number with its short
    label."""
    parts = [p.strip() for p in LINE_PARTS.split(text.strip())]
    reach = [p for p in parts if gives_contact(p) or SITE.match(p) or _LINE_LABEL.match(p)]
    return (
        len(parts) > 1
        and bool(reach)
        and all(p in reach or (len(p.split()) <= 4 and any(c.isdigit() for c in p)) for p in parts)
    )


# A note citing where a section's figures come from: "Source: Met Office, 14 July 05:00", "※ 자료: 기상청 중기예보",
# "出典：気象庁", "来源：市气象局", "Fuente: AEMET"
_SOURCE_NOTE = re.compile(
    r"^(?:※\s*)?(?:sources?|data\s+sources?|fuentes?|fontes?|quellen?|bron(?:nen)?|[źz]r[óo]d[łl]o|자료|출처"
    r"|来源|來源|資料來源|资料来源|出典|出所)\s*[:：]\s*\S",
    re.I,
)
SOURCE_NOTE_WORDS = 30


def is_source_note(text: str) -> bool:
    """A line that only cites the source of what is reported above it: a note, not a point."""
    text = text.strip()
    return len(text.split()) <= SOURCE_NOTE_WORDS and _SOURCE_NOTE.match(text) is not None


# Who is on call or on duty as the report closes ("Gold on call: Chief Operating Officer", "On-call manager: …",
# "Duty director: …", "Técnico de guardia: …"): whom to reach, not what happened.
_ON_CALL = re.compile(
    r"^(?:(?:gold|silver|bronze|strategic|tactical|executive|senior|director|manager)\s+)?(?:on[- ]?call|duty)"
    r"(?:\s+(?:director|manager|officer|executive|commander|consultant|lead|engineer))?\s*:\s*\S"
    # "Técnico de guardia:", "Cadre d'astreinte :", "Officier de permanence :", "Tecnico reperibile:"
    r"|^(?:[\w-]+\s+){1,2}(?:de\s+guardia|de\s+turno|d['’]astreinte|de\s+permanence|di\s+turno|reperibile"
    r"|de\s+plant[ãa]o|van\s+dienst)\s*:\s*\S",
    re.I,
)


def is_on_call_line(text: str) -> bool:
    """ "Duty officer: Jo Patel", "Cadre d'astreinte : …": who is on call, a line closing the report."""
    return _ON_CALL.match(text) is not None
