"""The line naming who issues a report, set in its masthead: "Northfield Council Emergency Planning Unit",
"포항시 재난안전대책본부(재난안전상황실)", "久留米市災害対策本部（事務局：防災対策課）",
"Dirección General de Protección Civil".

A careful reader knows such a line by its grammar: a name, not a sentence, whose head noun is a kind of body (a
council, a unit, a headquarters, an office). The head stands last in English, German, the languages of East and
South Asia, and first in the Romance languages; a bracketed part after the name (the room or the secretariat
that keeps it) does not change it. Such a line is read as the masthead's only where it stands there, under the
report's title and over its first section.
"""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.metadata import is_date_line
from sitroom.parse.units import Unit

# The head nouns of a body's name where it stands last: "… Emergency Planning Unit", "… Katastrophenschutzstab".
_LAST_HEADS = (
    r"council|unit|team|department|dept\.?|office|services?|headquarters|hq|authority|agency|centre|center|cell"
    r"|group|directorate|ministry|board|trust|command|committee|commission|division|branch|bureau|secretariat"
    r"|administration|municipality|government|partnership|forum|desk|room|operations"
    # German and Dutch compounds end in their head: "Krisenstab", "Gemeindeverwaltung", "Veiligheidsregio"
    r"|\w*(?:stab|verwaltung|amt|beh[öo]rde|zentrale|leitstelle|dienst|regio|gemeente)"
)
# ... written without spaces in Chinese, Japanese and Korean, and in Devanagari after the name
_LAST_SCRIPT_HEADS = (
    r"本部|対策本部|指挥部|指揮部|办公室|辦公室|事務局|事务局|委员会|委員会|センター|中心|局|庁|課|室|役場|役所|市役所"
    r"|본부|상황실|센터|위원회|시청|군청|구청|도청|청|과|팀"
    # Nepali and Hindi: "… कार्यालय" (office), "… शाखा" (branch), "… समिति" (committee), "… प्राधिकरण" (authority)
    r"|कार्यालय|शाखा|समिति|प्राधिकरण|विभाग|मन्त्रालय|मंत्रालय|केन्द्र|केंद्र|निदेशालय|गाउँपालिका|नगरपालिका|प्रकोष्ठ"
)
# ... and where it stands first: "Dirección General de …", "Préfecture de …", "Servizio di protezione civile"
_FIRST_HEADS = (
    r"direction|pr[ée]fecture|minist[èe]re|service|cellule|centre|mairie|agence|conseil"
    r"|direcci[óo]n|ministerio|servicio|centro|secretar[íi]a|ayuntamiento|gobierno|consejer[íi]a|agencia"
    r"|departamento|prefeitura|minist[ée]rio|coordena[çc][ãa]o|servizio|prefettura|comune|dipartimento"
    # ... and in the Slavic languages, after an adjective at most: "Krízový štáb mesta Brezna", "Urząd Miasta"
    r"|(?:[^\W\d_]+\s+)?(?:[šs]t[áa]b|sztab|[úu]rad|urz[ąa]d|spr[áa]va|komisia|komisja|штаб|управление|администрация)"
)
_BRACKETED_TAIL = r"\s*(?:[（(][^()（）]{1,40}[)）])?"
# ... and in English where the head comes before its "of": "… County Office of Emergency Management"
_OF_HEADS = r"office|department|ministry|bureau|division|directorate|agency|board|commission|secretariat"
_ISSUER = re.compile(
    rf"(?:(?<![^\W\d_])(?:{_LAST_HEADS})|(?:{_LAST_SCRIPT_HEADS})){_BRACKETED_TAIL}$|^(?:{_FIRST_HEADS})\b"
    rf"|\b(?:{_OF_HEADS})\s+(?:of|for)\s+(?:the\s+)?[^\W\d_][\w&'’-]*(?:\s+(?:and\s+|&\s+)?[^\W\d_][\w&'’-]*){{0,4}}$",
    re.I,
)
ISSUER_WORDS = 12
ISSUER_CHARS = 90  # Devanagari spends several code points on a letter


NAME_WORD_LETTERS = 4


def _set_as_name(text: str) -> bool:
    """Every longer word capitalised, as a proper name is ("Northfield Council Emergency Planning Unit"), unlike
    a phrase of a point ("Disruption to bus services"); a script without capitals passes."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= NAME_WORD_LETTERS]
    return all(w[0].isupper() or not w[0].islower() for w in words)


def names_body(text: str) -> bool:
    """A short line, no figures and no sentence, whose head noun is a kind of body, however it is cased ("Krízový
    štáb mesta Brezna"): a body's name where something else says it is one (a signature under thanks)."""
    text = text.strip()
    if not text or len(text) > ISSUER_CHARS or len(text.split()) > ISSUER_WORDS:
        return False
    return not any(c.isdigit() for c in text) and text[-1] not in ".!?:;," and _ISSUER.search(text) is not None


def is_issuing_body(text: str) -> bool:
    """A line that is only the name of the body issuing the report: short, no figures, no sentence, its head
    noun a kind of body, set as a name."""
    text = text.strip()
    if not text or len(text) > ISSUER_CHARS or len(text.split()) > ISSUER_WORDS:
        return False
    if any(c.isdigit() for c in text) or text[-1] in ".!?:;,।。":
        return False
    return _set_as_name(text) and _ISSUER.search(text) is not None


# a name set under the date line: a few words
_NAME_WORDS = (2, 5)


def is_name_line(text: str) -> bool:
    """A line that is only a name set as one ("Surf Life Saving NSW", "Comunidad de Regantes del Canal"): a few
    capitalised words, no figures, no sentence. Under a masthead's date line and over the first heading it names who
    issues the report, whatever its head noun."""
    text = text.strip()
    low, high = _NAME_WORDS
    if not text or not low <= len(text.split()) <= high or any(c.isdigit() for c in text):
        return False
    return text[-1] not in ".!?:;,।。" and _set_as_name(text)


def name_under_date(above: str, body: list[Unit]) -> bool:
    """The first unit of ``body`` is a name line standing under the masthead's date line (``above``) and over the
    first heading: who issues the report."""
    first = body[0]
    return (
        len(body) > 1
        and first.kind is BlockKind.PARAGRAPH
        and body[1].kind is BlockKind.HEADING
        and is_date_line(above)
        and is_name_line(first.text)
    )
