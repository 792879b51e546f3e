"""A document's own notice of itself: when it is updated ("This page is updated at 09:00"), how long a message
holds ("This Flood Warning will remain in effect until further notice"), and a series' standing paragraph ("This is our
regular update on …", "This notice updates port users on …", "This issue is the single place for updates on …"),
with a way to reach its writers or a request to pass it on, and how it was made ("This statement is produced from the
housing management system"). None of it is news of the incident."""

from __future__ import annotations

import re

from sitroom.parse.furniture import CURRENCY_WORDS, SENTENCE_SPLIT, UPDATING
from sitroom.text.months import DAY_OF_MONTH

# "This page is updated at 09:00 and 16:00", "This report will be published weekly": the document on its own
# schedule; a note's label may open it, and a way to reach its writers may follow.
_SCHEDULE = re.compile(
    r"^(?:(?:please\s+)?note:?\s*|nb:?\s*)?(?:this|the)\s+(?:page|report|update|bulletin|document|sitrep|briefing)"
    r"\s+(?:is|will\s+be|gets)\s+(?:updated|reviewed|refreshed|published|issued)\b",
    re.I,
)
# "This Flood Warning will remain in effect until further notice": how long the message itself holds, as a warning
# service closes each message; no news of the incident.
_VALIDITY = re.compile(
    r"^this\s+(?:[\w-]+\s+){0,2}(?:warning|watch|advisory|alert|notice|message|statement|bulletin|order)\s+"
    r"(?:will\s+remain|remains|is|will\s+be)\s+in\s+(?:effect|force|place)\s+until\b[^.]{0,60}\.?$",
    re.I,
)
# ... or where else to keep up with it: "Members can follow the incident on the status page"
_ASK = re.compile(r"\b(?:call|contact|e-?mail|ring|phone|write\s+to|message|follow\s+(?:[\w-]+\s+){0,3}on)\b", re.I)
# "This is our regular update on water resources during the drought", "This is update 3 on the cooling failure":
# the document naming itself, by its number in the series or none, which a standing paragraph of a series opens
# with; any other figure in it would make it news, so it holds none.
_SELF_NAMING = re.compile(
    r"^this\s+(?:is|(?:page|document|report|bulletin)\s+is)\s+(?:(?:our|the|my)\b(?:\s+[\w'’-]+){0,3}?\s+)?"
    r"(?:update|report|sitrep|bulletin|briefing)\b(?:\s+(?:no\.?\s*|number\s+|#)?\d{1,3}\b)?[^\d]*$",
    re.I,
)
# "This notice updates port users and hauliers on the effect of the storm": the document saying whom it tells about
# what, as a series' standing paragraph does; again a figure would make it news.
_SELF_DESCRIBING = re.compile(
    r"^this\s+(?:[\w-]+\s+)?(?:notice|update|report|sitrep|bulletin|briefing|message|document|summary|newsletter)"
    r"\s+(?:updates|informs|tells|gives|provides|sets\s+out|summari[sz]es|outlines|brings)\b[^\d]*$",
    re.I,
)
# "This issue is the single place for updates on the incident": the page saying what it is for.
_SELF_PLACE = re.compile(
    r"^this\s+(?:page|document|report|bulletin|issue|channel|thread|post|site|notice|ticket|board|log)\s+is\s+"
    r"(?:the|our)\s+(?:(?:single|main|only|official|central)\s+)?(?:place|source|home|channel|point|record)\s+"
    r"(?:for|of)\s+(?:all\s+)?(?:the\s+)?(?:updates?|information|news)\b[^\d]*$",
    re.I,
)
# "Please share it with your drivers and planners", "Please read it if you live in Hollins Hall": the standing
# paragraph asks its readers to pass it on, or says whom it is for.
_SHARE = re.compile(
    r"\b(?:share|forward|pass\s+(?:it\s+|this\s+)?on|circulate|cascade)\b|^please\s+read\s+(?:it|this)\b", re.I
)
# "We publish a new one every three days while the restrictions last": the series' schedule.
# "We will post the next one tomorrow by 9:00"
_PUBLISHING = re.compile(
    r"\b(?:publish(?:es|ed|ing)?|issue[sd]?|updates|send\s+(?:out\s+)?a\s+new|post\s+(?:the|a)\s+next)\b", re.I
)


# "This statement is produced from the housing management system", "This report was generated automatically from the
# incident log": the document saying how it was made, as a system's print or an export closes; no news of the incident.
_PROVENANCE = re.compile(
    r"^(?:(?:please\s+)?note:?\s*)?this\s+(?:[\w-]+\s+)?(?:statement|report|update|document|page|summary|sitrep"
    r"|bulletin|return|extract|print(?:out)?|dashboard|export)\s+(?:is|was|has\s+been)\s+(?:automatically\s+)?"
    r"(?:produced|generated|created|compiled|extracted|printed|exported)\s+(?:automatically\s+)?"
    r"(?:from|by|using|with|out\s+of)\b[^\d]*$",
    re.I,
)
# "Figures are as at the time of extraction and may change", "Data are provisional": the caveat such a note adds
_CAVEAT = re.compile(
    r"\b(?:as\s+at|as\s+of|may\s+(?:change|differ|be\s+revised|not\s+match)|subject\s+to\s+(?:change|revision)"
    r"|provisional|not\s+(?:yet\s+)?(?:final|validated|verified))\b",
    re.I,
)


# "… continues to respond to the water main break": the standing line a page's notice of its updates closes
# how to use the page's sections: "Select a heading to show or hide its section", "Tap a title to expand it"
_PAGE_USE = re.compile(
    r"\b(?:select|click|tap|choose|press|use)\b.{0,40}\b(?:show|hide|expand|collapse|open|close)\b", re.I
)
_ONGOING = re.compile(r"\bcontinu(?:es?|ing)\s+to\s+(?:respond|work|monitor|manage|deal)\b", re.I)
_DIGIT = re.compile(r"\d")
# "I am writing to update you on the fire at the recycling plant", "Met deze brief informeren wij u voor de 2e keer
# over …", "Mit diesem Schreiben informieren wir Sie über …", "Par la présente, nous vous informons …": a letter
# saying what it is about, and which of its series it is; the news comes after it.
_LETTER_PURPOSE = re.compile(
    r"^(?:(?:i\s+am|i'm|we\s+are|we're)\s+writing\s+to\s+(?:update|inform|tell|brief|let)"
    r"|(?:with|in|through)\s+this\s+letter\s+(?:i|we)\b|this\s+letter\s+(?:updates|informs|tells|briefs)\b"
    r"|(?:met|in)\s+(?:deze|dit)\s+(?:brief|bericht|memo)\s+(?:informeren|informeer|brengen|breng|geven|geef)\b"
    r"|hierbij\s+(?:informeren|informeer)\b|(?:mit\s+(?:diesem|dem)\s+(?:schreiben|brief)|hiermit)\s+"
    r"(?:informieren|unterrichten|möchten)\b|par\s+(?:la\s+présente|ce\s+courrier)\s*,?\s+(?:je|nous)\b"
    r"|(?:por\s+(?:medio\s+de\s+)?(?:la\s+presente|este\s+(?:oficio|escrito|medio))|mediante\s+(?:el|la)\s+presente"
    # ... "Por el presente medio se informa …", and in Portuguese "Pela presente, comunicamos …"
    r"|por\s+el\s+presente\s+medio|pela\s+presente|atrav[ée]s\s+(?:da|deste)\s+(?:presente|of[íi]cio))\b)",
    re.I,
)
# "Here is tonight's summary of the county briefing for Saturday, October 3": the post handing over its update, after
# a greeting at most ("Good evening.")
_HERE_IS = re.compile(
    r"^here\s+(?:is|are|['’]s)\s+"
    r"(?:(?:tonight|today|this\s+(?:morning|afternoon|evening|week))['’]s\s+|the\s+|our\s+|your\s+|a\s+)?"
    r"(?:(?:latest|daily|nightly|weekly|evening|morning|regular)\s+)?(?:summary|update|report|briefing|round-?up"
    r"|sitrep|recap)\b[^.!?]*[.!?]?$",
    re.I,
)
_GREETING = re.compile(r"^(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey)(?:\s+\w+)?[.,!]$", re.I)
# the letter's place in its series: "for the 2nd time", "voor de 3e keer", "zum dritten Mal"
_ORDINAL = re.compile(r"\b\d{1,2}\s?(?:st|nd|rd|th|e|de|ste|\.|er|re|e|ème|o|a|º|ª)(?=\s)", re.I)


def is_schedule_notice(text: str) -> bool:
    """ "Note: This page is updated at 09:00 and 16:00 until the incident is closed. Call the service desk
    on …": when the document is updated, and whom to ask; the page's notice, not an item. So are the series'
    standing paragraph ("This is our regular update on … We publish a new one every three days.", "This notice
    updates port users on … Please share it with your drivers.") and how long a
    message holds ("This Flood Warning will remain in effect until further notice.") and how the document was made
    ("This statement is produced from the housing management system. Figures may change.") and a letter's line on
    what it is about ("I am writing to update you on the fire at the recycling plant.")."""
    text = text.strip()
    if len(text.split()) > CURRENCY_WORDS:
        return False
    first, *rest = SENTENCE_SPLIT.split(text)
    if _VALIDITY.match(first):
        return all(UPDATING.search(s) or _ASK.search(s) for s in rest)
    if _SELF_NAMING.match(first):
        return bool(rest) and all(UPDATING.search(s) or _PUBLISHING.search(s) or _ASK.search(s) for s in rest)
    if _SELF_PLACE.match(first):
        return all(UPDATING.search(s) or _ASK.search(s) or _SHARE.search(s) for s in rest)
    greeted = int(bool(rest) and _GREETING.match(first) is not None)
    if (here := _HERE_IS.match([first, *rest][greeted])) is not None:
        said = rest[greeted:]
        # (a day and its month are the only figures it may hold: "… for Saturday, October 3")
        return not _DIGIT.search(DAY_OF_MONTH.sub("", here.group(0))) and all(
            UPDATING.search(t) or _PUBLISHING.search(t) or _ASK.search(t) or _SHARE.search(t) for t in said
        )
    if _LETTER_PURPOSE.match(first) and not _DIGIT.search(_ORDINAL.sub("", first)):
        return all(UPDATING.search(s) or _PUBLISHING.search(s) or _ASK.search(s) for s in rest)
    if _PROVENANCE.match(first):
        return all(UPDATING.search(s) or _CAVEAT.search(s) or _ASK.search(s) for s in rest)
    if _SELF_DESCRIBING.match(first):
        return all(UPDATING.search(s) or _PUBLISHING.search(s) or _ASK.search(s) or _SHARE.search(s) for s in rest)
    if len(rest) == 1 and _SCHEDULE.search(rest[0]) and _ONGOING.search(first) and not _DIGIT.search(first):
        return True  # "The City's utilities continue to respond to the water main break. This page is updated daily."
    return _SCHEDULE.search(first) is not None and all(
        UPDATING.search(s) or _ASK.search(s) or _PAGE_USE.search(s) for s in rest
    )
