"""What a risk statement says of its own direction, read as a coordinator reads it (English, French, Spanish,
Dutch).

Severity words and the nouns of a risk heading are also read in German, Portuguese, Italian, Dutch, Polish,
Swedish and Danish.

A risk escalates when its statement says it is moving up ("is increasing", "gaps are widening",
"is now significant", "s'aggrave", "en hausse"), de-escalates when it says it is moving down
("is reducing", "pressure easing", "s'améliore", "en baisse"). A direction word counts where it
speaks of the risk itself: after a verb of being ("is", "are", "has", "remains", "now"), at the start
of a sentence ("Rising demand…"), or at the end of a clause ("…are widening."). "Vacancies at 10%,
reducing income for providers" says nothing of the risk's direction: "reducing" there acts on a noun.
Severity words ("significant", "critical", "low") compare two statements: "high" after "significant"
is a step down.
"""

from __future__ import annotations

import re

_UP = {
    "increasing", "increased", "rising", "risen", "growing", "grown", "widening", "widened", "worsening",
    "worsened", "deteriorating", "deteriorated", "escalating", "escalated", "intensifying", "intensified",
    "mounting", "accelerating", "spreading",
}  # fmt: skip
_DOWN = {
    "reducing", "reduced", "decreasing", "decreased", "easing", "eased", "improving", "improved", "falling",
    "fallen", "declining", "declined", "diminishing", "diminished", "receding", "subsiding", "narrowing",
    "slowing", "stabilising", "stabilizing", "stabilised", "stabilized",
}  # fmt: skip
# Words after which a direction word speaks of the subject: verbs of being and their adverbs.
_LEAD = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "remains", "remain", "now",
    "still", "further", "continues", "continue", "continuing", "become", "becoming", "steadily", "rapidly",
    "slowly", "gradually", "significantly", "slightly", "sharply", "already", "also", "again", "keeps",
}  # fmt: skip
# Words that may follow a direction word at the end of what it says ("increasing again", "rising fast").
_TAIL = {
    "and", "but", "as", "again", "further", "fast", "quickly", "rapidly", "steadily", "slowly", "sharply",
    "significantly", "slightly", "since", "over", "across", "due", "because", "week", "this", "overall", "or",
}  # fmt: skip
_SEVERITY = {
    "critical": 3, "severe": 3, "extreme": 3, "significant": 2, "serious": 2, "major": 2, "high": 1,
    "elevated": 1, "moderate": 0, "medium": 0, "minor": -1, "low": -1, "manageable": -1, "minimal": -2,
    "critique": 3, "grave": 2, "sévère": 3, "élevé": 1, "élevée": 1, "modéré": 0, "modérée": 0, "faible": -1,
    "crítico": 3, "crítica": 3, "alto": 1, "alta": 1, "bajo": -1, "baja": -1,
    "kritisch": 3, "erheblich": 2, "hoch": 1, "mittel": 0, "gering": -1, "niedrig": -1,
    "médio": 0, "média": 0, "baixo": -1, "baixa": -1, "critico": 3, "elevato": 1, "elevata": 1,
    "medio": 0, "basso": -1, "bassa": -1,
    "kritiek": 3, "ernstig": 2, "aanzienlijk": 2, "hoog": 1, "verhoogd": 1, "gemiddeld": 0, "laag": -1,
    "krytyczny": 3, "krytyczne": 3, "wysokie": 1, "wysoki": 1, "niskie": -1, "niski": -1,
    "kritisk": 3, "allvarlig": 2, "alvorlig": 2, "hög": 1, "høj": 1, "låg": -1, "lav": -1,
}  # fmt: skip
# French and Spanish say direction with verbs and set phrases that do not take an object.
_UP_PHRASES = re.compile(
    r"\b(?:s'aggrav\w*|s’aggrav\w*|se dégrad\w*|se détérior\w*|s'intensifi\w*|s’intensifi\w*|augmentent|augmente"
    r"|en (?:hausse|augmentation|progression|aumento)|croissante?s?|s'accro\w*|s’accro\w*|s'élargi\w*|s’élargi\w*"
    r"|de plus en plus|aumenta|aumentan|empeora\w*"
    # Dutch
    r"|neemt toe|nemen toe|toenemend\w*|stijgt|stijgen|stijgend\w*|verslechter\w*)\b",
    re.I,
)
_DOWN_PHRASES = re.compile(
    r"\b(?:s'amélior\w*|s’amélior\w*|s'atténu\w*|s’atténu\w*|diminuent|diminue|en (?:baisse|diminution|recul"
    r"|descenso)|se stabilis\w*|recule|reculent|ralentit|disminuye\w*|mejora\b"
    # Dutch
    r"|neemt af\b|nemen af\b|afnemend\w*|daalt\b|dalen\b|dalend\w*|verbeter\w*)",
    re.I,
)
_TOKEN = re.compile(r"[^\W\d_]+|[.;:!?,()]")
_CLAUSE_END = set(".;:!?,()")


def direction(text: str) -> int:
    """+1 when ``text`` says its risk is moving up, -1 moving down, 0 when it says neither (or both)."""
    score = len(_UP_PHRASES.findall(text)) - len(_DOWN_PHRASES.findall(text))
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    for n, word in enumerate(tokens):
        sign = 1 if word in _UP else -1 if word in _DOWN else 0
        if sign == 0:
            continue
        before = tokens[n - 1] if n else "."
        after = tokens[n + 1] if n + 1 < len(tokens) else "."
        if before in _LEAD or before in _CLAUSE_END - {","} or after in _CLAUSE_END or after in _TAIL:
            score += sign
    for n, word in enumerate(tokens[:-1]):
        # "now significant", "now critical": a risk that has become worse.
        if word == "now" and _SEVERITY.get(tokens[n + 1], 0) >= 1:
            score += 1
    return (score > 0) - (score < 0)


def severity(text: str) -> int:
    """The highest severity word of ``text`` (0 when none): ``significant`` 2, ``critical`` 3, ``low`` -1."""
    levels = [_SEVERITY[t] for t in (t.lower() for t in _TOKEN.findall(text)) if t in _SEVERITY]
    return max(levels, key=abs) if levels else 0


# Section keys whose sections list risks: the canonical key and the words templates use for it.
RISK_KEYS = frozenset({"risks", "issues", "challenges", "concerns", "risk-assessment"})
# Nouns that make a heading a list of risks when they head it ("Key risks", "Risks and issues",
# "Risk register"); "Risk Communication" is headed by "communication": an activity, not a risk list.
_RISK_NOUNS = {
    "risk", "risks", "issue", "issues", "challenge", "challenges", "concern", "concerns", "register",
    "risques", "enjeux", "défis", "difficultés", "préoccupations", "riesgos", "problemas", "desafíos",
    "risiken", "risiko", "herausforderungen", "probleme", "riscos", "desafios", "rischi", "criticità", "sfide",
    "problemi", "risico", "risicos", "risico's", "risico’s", "uitdagingen", "knelpunten", "problemen",
    "ryzyka", "zagrożenia", "risker", "risici", "risikoer",
}  # fmt: skip
_HEADING_PARTS = re.compile(r"\s*(?:/|&|\+|,|;|\(|\)|\band\b|\bet\b|\by\b|\bor\b|\bou\b)\s*", re.I)
_HEADING_WORD = re.compile(r"[^\W\d_]+(?:['’]s\b)?")
# Words that may trail the noun a heading is about ("Challenges listed", "Issues identified").
_TRAILING = {"listed", "identified", "noted", "raised", "log", "logged", "summary"}


def is_risk_section(key: str | None, heading: str | None) -> bool:
    """Whether a section lists risks: by its template key, else by the noun that heads its heading.

    A heading is split at "/", "&", "and", brackets; it lists risks when one of its parts ends in a
    risk noun ("Risks / challenges (and mitigation)", "Key issues", "Risk register"), and "risk" is
    not just qualifying another noun ("Risk Communication", "Risk assessment visits").
    """
    if key:
        return key in RISK_KEYS
    for part in _HEADING_PARTS.split(heading or ""):
        words = [w.lower() for w in _HEADING_WORD.findall(part)]
        while len(words) > 1 and words[-1] in _TRAILING:
            words.pop()
        if words and words[-1] in _RISK_NOUNS:
            return words[-1] != "register" or any(w.startswith("risk") for w in words)
    return False
