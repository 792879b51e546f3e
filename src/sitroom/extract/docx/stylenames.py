"""The English names of Word's built-in styles, from the names a localized Word gives them.

Word writes a built-in style's name in English in ``styles.xml`` ("heading 1") but its id in the language
of the copy that made it: "Otsikko1" in Finnish, "Rubrik1" in Swedish, "berschrift1" in German, "Titre1" in
French, "Numeroituluettelo" (List Number) in Finnish. Where the styles part is missing the id is all that
names the style, and some writers (older converters, templates saved by hand) store the localized name
itself ("Otsikko 1", "Überschrift 1", "Liste à puces"). Either way the reader takes the heading, the title
and the lists for what they are: the names are compared without case, accents, spaces or hyphens.
"""

from __future__ import annotations

import re
import unicodedata

# "Heading 1" in Finnish, Swedish, German, French, Spanish and Portuguese, Dutch, Polish, Danish and
# Norwegian, Italian, Welsh, Czech and Slovak; Word's German ids drop the "Ü" and "ä" ("berschrift1",
# "Aufzhlungszeichen")
_HEADING = re.compile(
    r"^(?:otsikko|rubrik|uberschrift|berschrift|titre|titulo|kop|naglowek|overskrift|titolo|pennawd|nadpis)"
    r"(?P<level>[1-9])$"
)
# "Title", unnumbered, in the same languages
_TITLE = frozenset("otsikko rubrik titel titre titulo titolo tytul teitl nazev".split())
# "List Bullet" and "List Number", with the level Word appends ("Punktlista 2" is "List Bullet 2")
_LISTS = re.compile(
    r"^(?:(?P<bullet>merkittyluettelo|punktlista|aufza?hlungszeichen|listeapuces|listaconvinetas"
    r"|lijstopsommingteken|puntato|opstillingpunkttegn|punktliste|listapunktowana)"
    r"|(?P<number>numeroituluettelo|numreradlista|listennummer|listenumeros|listaconnumeros|lijstnummering"
    r"|numerato|opstillingtalformat|nummerertliste|listanumerowana))(?P<level>[2-9])?$"
)


def _plain(name: str) -> str:
    t = unicodedata.normalize("NFKD", name.lower().replace("ł", "l"))
    return "".join(c for c in t if c.isalnum() and not unicodedata.combining(c))


def english_name(name: str) -> str:
    """The English name of a localized built-in style ("Otsikko1" → "heading 1", "Liste à puces 2" →
    "list bullet 2"), or the name unchanged."""
    plain = _plain(name)
    if m := _HEADING.match(plain):
        return f"heading {m['level']}"
    if plain in _TITLE:
        return "title"
    if m := _LISTS.match(plain):
        kind = "list bullet" if m["bullet"] else "list number"
        return f"{kind} {m['level']}" if m["level"] else kind
    return name
