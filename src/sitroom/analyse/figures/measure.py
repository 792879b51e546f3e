"""The measure of a figure: the noun phrase it counts or the quantity it is the value of."""

from __future__ import annotations

import bisect
import re

from sitroom.analyse.figures._lex import _Draft, _sentence_start, _words
from sitroom.analyse.figures.binding import (
    REPORTING,
    STATES,
    is_participle,
    participle_after,
    state_after,
    verb_after,
    with_state,
)
from sitroom.analyse.figures.units import DATA_SIZES, DURATIONS, LENGTHS

_SICKNESS = re.compile(r"\b(?:off\s+sick|sickness|sick\s+leave|absence|absences|absent|off\s+ill)\b", re.I)
_LINK_WORDS = frozenset(
    _words(
        "is are was were be been being has have had now currently still stand stands stood remain remains "
        "remained reached totalled totaled totals totalling rose risen fell fallen increased decreased "
        "dropped declined grew went up down to at of by from about around amounting amounted worth valued "
        "costing estimated as on approx approximately roughly nearly almost just over under some more less "
        "than only also again further level levels a an the or and with which who reported recorded "
        "registered sits sitting constitute constitutes represent represents comprise comprises account "
        "accounts accounting for able pay marks"
    )
)
_LEADING = re.compile(
    r"^(?:(?:a|the)\s+)?(?:grand\s+)?(?:total\s+(?:number\s+)?of|number\s+of|proportion\s+of|percentage\s+of"
    r"|share\s+of|rate\s+of|count\s+of|amount\s+of|sum\s+of|level\s+of)\s+",
)
_PREPOSITION = re.compile(
    r"(?<![\w-])(?:in|within|across|among|amongst|for|during|over|since|at|on|from|by|under|per|as|this|last"
    r"|compared|against|between|into|through|after|before|via|to|than)(?![\w-])"
)
_DETERMINER = re.compile(
    r"(?<![\w-])(?:the|a|an|our|its|their|this|these|those|all|any|some|each|every|his|her|both|today|yesterday"
    r"|tomorrow)(?![\w-])"
)
_CLAUSE_BOUNDARY = re.compile(
    r"[.;:!?,(\[\]\n•\uf0b7\uf0a7\u25aa\u25cf–—]|\b(?:and|but|while|whilst|whereas|which|who|where|when|with"
    r"|including|although|because|whom|if)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;](?=\s|$)|\n[ \t]*\n|[•\uf0b7\uf0a7\u25aa\u25cf]")

_STOP = frozenset(
    _words(
        "the a an this that these those its their our his her in on at to for with by from of within across above "
        "below "
        "among amongst between into through during under over after before since per via as than against "
        "including except like and or but while whereas which who whom whose where when if so because "
        "although though nor is are was were be been being has have had will would can could may might should "
        "shall must do does did remain remains remained continue continues continued need needs require "
        "requires include includes get got make made take took give gave come came see saw leave left hold "
        "held keep kept pay paid send sent spend spent bring brought find found become became begin began run "
        "ran set put lost won rise rose fall fell grow grew stand stood lead led met meet meets still now "
        "currently already also only just respectively each per cent percent not no either both all any some "
        "more most less least up out down off here there total worth amounting valued costing who"
    )
)
# "new", "total", "cumulative" stay: they are part of the measure as stated ("new cases" ≠ "cases")
_LEAD_DROP = frozenset(_words("more further other additionally"))
# -ing words that name a thing or a service, not an action ("recycling centre visits")
_NOMINAL_ING = frozenset(
    _words(
        "recycling training testing screening nursing parking planning tracing shielding staffing cleaning "
        "learning meeting meetings spending waiting sleeping housing funding building fostering safeguarding "
        "counselling licensing catering lighting flooding gritting"
    )
)
_TEMPORAL = re.compile(
    r"(?<![\w-])(?:(?:this|last|next|that|each|the\s+same|same|per)\s+(?:week|month|day|fortnight|quarter|year|period"
    r"|morning|evening|weekend)|today|yesterday|tonight|so\s+far|to\s+date|overnight)(?![\w-])"
)
_TIME_WORDS = frozenset(
    _words(
        "january february march april may june july august september october november december jan feb mar "
        "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday week "
        "weeks month months year years today yesterday"
    )
)
_LABEL = re.compile(r":\s*$")
_LEADING_PREPOSITIONS = re.compile(r"^(?:(?:against|of|for|with|from|by|on|at|in|to)\s+)+")
_KEEP_ED_ING = frozenset(_words("need bed red shed seed speed feed hundred kindred during building housing funding"))
_KEEP_LY = frozenset(_words("family supply assembly italy daily weekly monthly quarterly early ally reply"))
_POSTMODIFIER = re.compile(
    r"\s+(?:under\s+follow[- ]?up|on\s+follow[- ]?up|under\s+observation|under\s+investigation|under\s+surveillance"
    r"|in\s+care|in\s+isolation|in\s+quarantine|in\s+hospital|on\s+duty|on\s+leave|off\s+sick|self[- ]isolating)\b",
    re.I,
)
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_COORDINATED = re.compile(
    r"\s*(?:(?:,|and|or|to)\s+(?:approximately|about|around|some)?\s*(?:[~£€$₱]\s?)?\d[\d,.]*\s?"
    r"(?:%|per\s?cent|percent)|or\s+(?:approximately|about|around|some)?\s*(?:[~£€$₱]\s?)?\d)",
    re.I,
)
_OF_WHICH = re.compile(
    r"\W*(?:of\s+(?:which|whom|these|those|this\s+number|the\s+total(?:\s+number)?)|from\s+this\s+number"
    r"|among\s+(?:them|these|those))\b",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\b")
_OF_FROM = re.compile(r"\s+(of|from)\b")
_LEAD_AFTER = {
    "percent": re.compile(
        r"\s+(?:of(?:\s+(?:the|all|its|their|our))?"
        r"|(?:increase|rise|decrease|drop|reduction|decline|fall)\s+in(?:\s+the)?(?:\s+number\s+of)?)\b"
    ),
    "money": re.compile(r"\s+(?:worth\s+of|of|in|for|on)\b"),
    "ratio": re.compile(r"(?!)"),
    "days": re.compile(r"\s+of\b"),
    "weeks": re.compile(r"\s+of\b"),
    "hours": re.compile(r"\s+of\b"),
}
_AUXILIARY = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)(?![\w-])"
)
_MODALS = frozenset(_words("will would can could may might should must"))
_GENERIC_HEADS = frozenset(
    _words("level levels mark range point points figure rate threshold sum amount total value worth")
)
_IRREGULAR = frozenset(
    _words("paid made held sent spent built bought brought given taken done seen known shown met kept lost won")
)
_WORD = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9'’\-]*)")
# A bare verb before an amount names what the amount is: "expected to save £28,000" states savings.
_VERB_MEASURES = {"save": "savings", "spend": "spending", "lose": "losses", "earn": "earnings", "raise": "funds raised"}
_CO_MODIFIER = re.compile(r"\s+and\s+(?!(?:the|their|its|a|an|other|all)\b)([a-z][a-z-]*\s+[a-z][a-z-]*s)\b(?!\s+\d)")
_DIGIT_PAREN = re.compile(r"\s*\([^()]{0,60}\d[^()]{0,60}\)")


# --- subjects -------------------------------------------------------------------------------


def _subject(text: str, d: _Draft, lo: int, hi: int, blocked: list[tuple[int, int]]) -> str:
    """The noun phrase the figure quantifies, or "" when the text does not say."""
    left = _blank_out(text, lo, d.start, blocked)
    left = _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), left)
    right = text[d.end : hi]
    cut = _CLAUSE_BOUNDARY.search(right)
    left_clause = _after_last_boundary(left)
    if _SICKNESS.search(left_clause) or _SICKNESS.search(right[: cut.start()] if cut else right):
        return "staff off sick"
    forward = _noun_after(text, d.end, d.unit)
    if (
        not forward
        and d.unit in ("count", "percent", "money")
        and (state := state_after(text, d.end) or verb_after(text, d.end))
    ):
        if own := _noun_before(left_clause):
            # "the appeal is 35% funded"; but "the grant of £2,000 was paid" measures the grant
            return own if d.unit == "money" else with_state(own, state)
        d.state = state  # "12 placed so far": the neighbour's noun, this number's own state
        return ""
    label = left_clause.split()
    if not forward and d.unit in ("count", "percent") and len(label) == 1 and label[0].lower() in STATES:
        d.state = label[0].lower()  # "Total cases 212, active 64": the state is stated before
        return ""
    if not left_clause.strip() and (colon := _LABEL.search(left)):
        left_clause = _after_last_boundary(left[: colon.start()])  # "Case fatality ratio: 2.4%"
    if d.unit == "count":
        return forward or _noun_before(left_clause)
    if (d.unit in DURATIONS or d.unit in LENGTHS or d.unit in DATA_SIZES) and forward:
        return forward  # "40 miles of drainage channels", "120 hours of backlog"
    if d.unit != "count" and _COORDINATED.match(text, d.end):
        return ""  # "a 55% and 19% increase in cases": the next figure names the subject of both
    if d.unit in ("percent", "money") and forward and forward.split()[-1] not in _GENERIC_HEADS:
        return forward
    return _noun_before(left_clause) or ("" if forward in _GENERIC_HEADS else forward)


def _blank_out(text: str, lo: int, hi: int, blocked: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with dates, windows and identifiers blanked, so they never become subjects."""
    part = text[lo:hi]
    for bs, be in blocked:
        if bs < hi and be > lo:
            s, e = max(bs, lo) - lo, min(be, hi) - lo
            part = part[:s] + " " * (e - s) + part[e:]
    return part


def _noun_after(text: str, pos: int, unit: str = "count") -> str:
    """The noun phrase right after a figure: "14 agency social workers" → "agency social workers"."""
    if p := _DIGIT_PAREN.match(text, pos):
        pos = p.end()
    led = False
    if unit != "count" and (m := _LEAD_AFTER.get(unit, _OF_AFTER).match(text, pos)):
        pos, led = m.end(), True
    elif unit not in ("count", "money", "percent", "ratio") and unit not in LENGTHS and unit not in DATA_SIZES:
        return ""
    words = _scan_words(text, pos, 5)
    if not words or words[0][0].lower() in _TIME_WORDS:
        return ""
    if words[0][0].lower() == "due" and re.match(r"\s+to\b", text[words[0][1] :]):
        return ""  # "3 due to start": a state of the neighbour's noun, not a noun
    first = words[0][0].lower()
    if not led and len(words) == 1 and _is_participle_or_adverb(first) and first not in _NOMINAL_ING:
        return ""  # "£48,500 covering 14 posts": a verb follows, not the measure
    pos = words[-1][1]
    phrase = _trim([w for w, _ in words])
    if not phrase:
        return ""
    if len(phrase) == 1 == len(words) and not phrase[0].endswith("s") and (co := _CO_MODIFIER.match(text, pos)):
        # "100 technical and logistics specialists": two modifiers of one head noun, counted together
        return f"{phrase[0]} and {co.group(1).lower()}"
    if len(phrase) == len(words):
        if post := _POSTMODIFIER.match(text, pos):
            phrase.extend(post.group(0).lower().split())
        elif participle := participle_after(text, pos):
            phrase.append(participle)  # "35 people discharged since Monday"
        elif link := _OF_FROM.match(text, pos):
            more = _trim([w for w, _ in _scan_words(text, link.end(), 3) if w.islower()])
            if more:
                phrase.extend([link.group(1).lower(), *more])
    return " ".join(phrase)


def _scan_words(text: str, pos: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` plain words from ``pos``, stopping at a function word, a verb or a participle."""
    words: list[tuple[str, int]] = []
    while len(words) < limit:
        m = _WORD.match(text, pos)
        if not m:
            break
        w = m.group(1)
        low = w.lower()
        if low in _STOP or not any(c.isalpha() for c in w):
            break
        # a participle after a noun starts a verb phrase: "workers covering vacancies"
        if words and _is_participle_or_adverb(low) and not _is_modifier(words[-1][0].lower()):
            break
        words.append((w if w.islower() else low, m.end()))
        pos = m.end()
    return words


def _is_modifier(w: str) -> bool:
    return w in _LEAD_DROP or w in STATES or w in ("total", "overall") or _is_participle_or_adverb(w)


def _last(pattern: re.Pattern[str], s: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(s):  # noqa: B007 -- only the last match is wanted
        pass
    return found


def _after_last_boundary(left: str) -> str:
    last = _last(_CLAUSE_BOUNDARY, left)
    return left[last.end() :] if last else left


def _noun_before(clause: str) -> str:
    """The noun phrase nearest before a figure in its clause ("follow-up rate … was 87%")."""
    words = re.findall(r"[a-z][a-z'’\-]*", _TEMPORAL.sub(" ", clause.lower()))
    if len(words) > 1 and is_participle(words[-1]):
        words.pop()  # "daily new cases averaged 14": the verb right before the number is no part of it
    while words:
        if words[-1] in _LINK_WORDS:
            words.pop()
        elif len(words) >= 2 and words[-2:] in (["total", "of"], ["amounting", "to"]):
            words = words[:-2]
        else:
            break
    phrase = _LEADING.sub("", _LEADING_PREPOSITIONS.sub("", " ".join(words)))
    verb = _last(_AUXILIARY, phrase)
    if verb and verb.group(0) in _MODALS:
        phrase = phrase[: verb.start()]  # "the backlog should clear in": the subject comes first
    elif verb and verb.end() < len(phrase):
        # "beneficiaries have received SAP assistance amounting to": the object is nearer
        after = phrase[verb.end() :].split()
        while after and _is_participle_or_adverb(after[0]):
            after = after[1:]
        if _trim([w for w in after if w not in _LINK_WORDS and w not in _STOP]):
            phrase = _LEADING.sub("", " ".join(after))
        else:  # "hotel costs are running at": nothing after the verb names a thing
            phrase = phrase[: verb.start()]
    elif verb:
        phrase = phrase[: verb.start()]
    if (m := _PREPOSITION.search(phrase)) and not _trim(phrase[: m.start()].split()):
        phrase = phrase[m.end() :]  # "received against a target of": the noun follows the preposition
    if m := _PREPOSITION.search(phrase):
        phrase = phrase[: m.start()]
    last = _last(_DETERMINER, phrase)
    if last:
        phrase = phrase[last.end() :]
    words = phrase.split()
    while len(words) > 1 and words[0].endswith("ing") and words[0] not in _NOMINAL_ING and "-" not in words[0]:
        words = words[1:]  # "bringing cumulative recoveries to 45"
    words = _trim(words)[-4:]
    if len(words) == 1 and words[0] in _VERB_MEASURES:
        return _VERB_MEASURES[words[0]]  # "… are expected to save £28,000": the savings
    return "" if len(words) == 1 and words[0] in _GENERIC_HEADS else " ".join(words)


def _is_participle_or_adverb(w: str) -> bool:
    if w in _IRREGULAR:
        return True
    if w in _KEEP_ED_ING or w in _KEEP_LY:
        return False
    return len(w) > 4 and w.endswith(("ed", "ing", "ly"))


def _trim(words: list[str]) -> list[str]:
    for i in range(len(words) - 1, -1, -1):
        if words[i].endswith(("'s", "’s")):  # "Region VII's payout rate": the possessor is not the subject
            words = words[i + 1 :]
            break
    while words and (words[0] in _LEAD_DROP or (words[0].endswith("ly") and words[0] not in _KEEP_LY)):
        words = words[1:]
    while words and (_is_participle_or_adverb(words[-1]) or words[-1] in ("up", "out", "down", "off")):
        if (
            len(words) > 1
            and is_participle(words[-1])
            and words[-1] not in REPORTING
            and not _is_participle_or_adverb(words[-2])
        ):
            break  # "income lost", "people discharged": a reduced relative is part of the measure
        if len(words) == 1 and words[0].endswith("ing"):
            break  # "42 days of responding": a gerund is the subject
        words = words[:-1]
    return [w.strip("'’-") for w in words if w.strip("'’-")]


def _inherit_subjects(text: str, drafts: list[_Draft], ends: list[int]) -> None:
    """Empty subjects, and previous values, take the subject of a neighbour in the same sentence.

    A clause opening "of which" / "of these" may also borrow from the sentence before.
    """
    sentence = [bisect.bisect_right(ends, d.start) for d in drafts]
    inherited: set[int] = set()
    for i, d in [*enumerate(drafts), *enumerate(drafts)]:  # twice: a neighbour may fill in on the first pass
        if i in inherited or (d.subject and not d.earlier):
            continue
        if i + 1 < len(drafts) and not d.subject and _COORDINATED.match(text, d.end):
            nxt = drafts[i + 1]
            if nxt.subject:
                d.subject, d.change = nxt.subject, d.change or nxt.change
                inherited.add(i)
            continue
        order = list(range(i - 1, -1, -1))
        if d.earlier:
            order = [j for j in order if drafts[j].unit == d.unit] + [
                j for j in range(i + 1, len(drafts)) if drafts[j].unit == d.unit
            ]
        allowed = {sentence[i]}
        if _OF_WHICH.match(text, _sentence_start(ends, d.start)):
            allowed.add(sentence[i] - 1)
        for j in order:
            o = drafts[j]
            if sentence[j] in allowed and o.subject and not o.earlier:
                d.subject = o.subject
                inherited.add(i)
                break


def _apply_states(drafts: list[_Draft]) -> None:
    """A number given its own state takes its neighbour's noun with that state ("staff placed")."""
    for i, d in enumerate(drafts):
        if d.state and not d.subject:
            # "43 staff …; 12 have been placed": the nearest earlier number of the item names the noun
            # (a count of things: "92% were resolved" never borrows "average wait" of "4 minutes")
            d.subject = next(
                (o.subject for o in reversed(drafts[:i]) if o.subject and not o.state and o.unit == "count"), ""
            )
        if d.state:
            d.subject = with_state(d.subject, d.state) if d.subject else d.state
