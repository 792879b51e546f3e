"""A heading's words as the vocabulary compares them: folded to lower case without accents or punctuation, its
numbering, bracketed asides, possessives and contractions gone, plural endings cut ("This week's Activities" →
"activity" with "this" and "week" kept as they are)."""

from __future__ import annotations

import re
import unicodedata

from sitroom.parse.heading_words import ABOUT, FILLER, FRAMES, UNACCENTED
from sitroom.text.glyphs import ARABIC_ORDINAL, LATIN_ORDINAL

# "2.", "b)" and a letter of any script: "ب-", "هـ-" (the Arabic letter with its tatweel), "ա)", the Greek six "ΣΤ.";
# the Arabic ordinals "أولاً:", "ثانياً:"
NUMBERING = re.compile(
    rf"^\s*(?:[ivxlc]+|\d+(?:\.\d+)*|[^\W\d_]\u0640*|στ)\s*[.)\-:–—]\s*|^\s*\d+(?:\.\d+)*\s+"
    rf"|^\s*{ARABIC_ORDINAL}\s*|^\s*{LATIN_ORDINAL}\s*",
    re.I,
)
# any script's letters (the vowel signs of the Indic scripts and of Thaana too)
_NONWORD = re.compile(r"[^\w\u0780-\u07bf\u0900-\u0963\u0966-\u0dff\u0e00-\u0e7f]+")
_PAREN = re.compile(r"\([^)]*\)")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
# ... but "who's": "Who's helping" is who is helping
_IS = re.compile(r"\b(who)['’]s\b", re.I)
# "What we're doing", "What we've done", "If you can't get to work": the words a contraction stands for.
_CONTRACTIONS = ((re.compile(r"\bcan['’]t\b", re.I), "cannot"), (re.compile(r"(?<=\w)n['’]t\b", re.I), " not"),
                 (re.compile(r"(?<=\w)['’]re\b", re.I), " are"), (re.compile(r"(?<=\w)['’]ve\b", re.I), " have"),
                 (re.compile(r"(?<=\w)['’]ll\b", re.I), " will"))  # fmt: skip
_LETTERS = str.maketrans(UNACCENTED)


def fold(text: str) -> str:
    """Lower case without accents or punctuation: "Défis & Contraintes" → "defis contraintes"."""
    t = unicodedata.normalize("NFKD", text.lower().replace("&", " and ").translate(_LETTERS))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("եվ", "եւ")  # the Armenian "և" decomposes to "եւ", and in capitals it is "ԵՎ"
    return " ".join(_NONWORD.sub(" ", t).split())


# Arabic writes "and" as a letter joined to the next word: "والتمويل" is "و" + "التمويل" (and the financing). A short
# word opening so is a word of its own ("والي", a governor).
_AND_THE = "وال"
AND_THE_LETTERS = 6


def _stem(word: str) -> str:
    if len(word) >= AND_THE_LETTERS and word.startswith(_AND_THE):
        return word[1:]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def meaning_words(text: str) -> tuple[str, ...]:
    # "This week's activity": the possessive is no word, and "this" is filler, not the plural of "thi"
    plain = _POSSESSIVE.sub("", _IS.sub(r"\1 is", _PAREN.sub(" ", NUMBERING.sub("", text.strip()))))
    for contraction, words in _CONTRACTIONS:
        plain = contraction.sub(words, plain)
    return tuple(w if w in FILLER else _stem(w) for w in fold(plain).split())


# words saying when, standing before a frame as a topic would: "Present position", "Current status"
_WHEN = frozenset({"present", "current", "latest", "overall", "general", "today"})


# the impact a heading names before what it falls on: "Impact on service delivery", "Effects on customers", "Impacto en
# la población", "Conséquences sur le réseau", "Auswirkungen auf den Betrieb", "Impactul asupra activității"
_IMPACT = frozenset(
    "impact impacts effect effects consequences disruption impacto impactos efectos afectacion afectaciones "
    "consequences repercussions repercusiones auswirkungen folgen impatto impatti effetti conseguenze impactul "
    "efectele consecintele επιπτωσεις συνεπειες التاثيرات التأثيرات الاثار الآثار تاثير تأثير ndikimi".split()
)
_FALLS_ON = frozenset(
    "on upon to for en sobre sur auf fur su sul sulla sui sugli no na nos nas asupra σε στο στη στην στον στα στις "
    "στους على علی ne".split()
)


def framed_topic(heading: str) -> str | None:
    """The topic of "Summary of activity" or "Risk summary", or None when the heading frames no topic. An impact on
    something ("Impact on service delivery") has the impact for its topic, whatever it falls on."""
    words = fold(NUMBERING.sub("", heading.strip())).split()
    if len(words) >= 3 and words[0] in _IMPACT and words[1] in _FALLS_ON:
        return words[0]
    core = [w for w in words if w not in FILLER]  # "What is your staffing position today?"
    if len(core) >= 2 and core[-1] in FRAMES and core[-2] not in FRAMES:
        # "Risk summary", "Rischi: sintesi": the frame follows its topic; "Present position" frames the present time,
        # no topic (it is not who was present)
        topic = " ".join(core[:-1])
        return None if topic in _WHEN else topic
    if len(words) < 3 or words[0] not in FRAMES or words[1] not in ABOUT:
        return None
    rest = words[1:]
    while rest and rest[0] in ABOUT:
        rest = rest[1:]
    return " ".join(rest) or None
