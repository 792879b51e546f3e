"""Keys read from the set of sections, not from one heading alone.

An itemless heading over sub-sections that each have a meaning of their own ("Resources" over
"Workforce" and "Finance", "3 Resources" over "3.1 Workforce") only groups them: it means what they
all mean when they share one key, else nothing of its own ("resources" is not guidance there). A parent
whose own meaning one of them shares keeps it ("Epidemiological situation" over "Alerts" and "Challenges").

A heading naming the current position ("Current position", "Where we are", "Situation") names the situation,
in an incident's report and in a service's own return alike: its own words name the kind of content.

Headings in plain words read the other way in an incident's report (one with a section only an incident's
report has): "What's happening" and its "Significant events" are the incident's situation there, and "What
we're doing", "What we've done", "What we did" its response, where a service's return (or a report naming
the service's activity under another heading) means its own activity by them.

An overview opening a report that names its situation again under a heading of its own ("Overview" over
"Situation", "Aperçu" over "Situation épidémiologique") is not that situation twice: it is the report's summary.

A section named for the weather alone ("Weather", "Wetter", "Météo") is the forecast when its points look ahead
(what will come, what is expected or forecast, tomorrow, the warnings in force); when none does, its points state
what was recorded and what stands: the situation now.

A paper's recommendations that each ask a board to approve, agree, note or support something ("The
Executive Team is asked to approve …") are the decisions it seeks, not advice to the public.

A mitigation is given only for a risk: an assessment ("Assessment" in an SBAR paper, "Oordeel" in a Dutch
situation report, "Beurteilung") whose points state risks with what is done about them ("… Mitigation: …",
"… Action in place: …") is a risk assessment, the report's risks. A section named otherwise (a place, "Elm
House") with one labelled mitigation among its points keeps its own reading.

A label its writer repeats in several points of one section, after each point's own statement, is a field of those
points; in a report, the field points carry after what they state is what is done about it ("… yettwaɛass. Ayen
yettwaxedmen: …", "… ñu ngi ko topp. Li ñu def: …"). A section whose heading names no meaning the vocabulary
knows, in a language it does not read, is the risks when two of its points or more carry one such label.
"""

from __future__ import annotations

import re

from sitroom.model import Section, SectionKey
from sitroom.parse.itemkeys import CONTENT_CONFIDENCE, of_several_senses
from sitroom.parse.risks import apply_mitigations, run_in_label
from sitroom.parse.vocabulary import fold

K = SectionKey
# Sections only an incident's report has (advice to the public among them): a report with one of them is
# about an incident.
_INCIDENT = frozenset({K.FORECAST, K.IMPACTS, K.RESPONSE, K.SURVEILLANCE, K.ASSISTANCE, K.AREAS, K.ADVICE})
# Plain-words headings (folded): what is going on, and what "we" are doing or did.
_HAPPENING = re.compile(
    r"^(?:\d+ )*(?:what(?: is| s)? (?:happening|going on)(?: now)?|(?:significant|key|main|major|notable) events)$"
)
_DOING = re.compile(r"^what we (?:(?:are|re) doing|(?:have|ve) (?:been doing|done)|did)(?: so far)?$")
# A point asking a board for its decision: "The Executive Team is asked to approve …", "Members are invited to note …".
_ASKS_DECISION = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s+(?:approve|agree|note|support|endorse|decide"
    r"|ratify|confirm|accept|consider)\b",
    re.I,
)
# Words naming an assessment or a judgement of the position, folded.
_ASSESSMENT = frozenset(
    "assessment assessments judgement judgment appraisal evaluation analysis oordeel beoordeling analyse "
    "beurteilung lagebeurteilung bewertung einschatzung evaluacion avaliacao valutazione".split()
)
# Headings that name an overview, folded: the situation in general, or the report's summary.
_OVERVIEW = re.compile(
    r"^(?:\d+ )*(?:general |overall |brief )?(?:overview|apercu(?: general)?|uberblick|ubersicht|panorama(?: general)?"
    r"|panoramica|resumen general|vue d ensemble|visao geral|overzicht|oversikt|oversigt|overblik)$"
)
# Headings naming the weather alone, folded ("Weather outlook" names the forecast outright).
_WEATHER = re.compile(
    r"^(?:\d+ )*(?:the )?(?:weather|weather conditions|wetter|wetterlage|weer|meteo|meteorologie|meteorologia|el tiempo"
    r"|tiempo|clima|tempo|condiciones meteorologicas|conditions meteorologiques|situation meteorologique)$"
)
# A point looking ahead, folded: English, French, Spanish, Portuguese, German, Dutch and Italian.
_AHEAD = re.compile(
    r"\b(?:will|forecasts?|forecasted|expected|expects?|outlook|predicted|likely to|tomorrow|tonight|next \d+ hours"
    r"|over the (?:next|coming)|coming days|prevu|prevue|prevision|previsions|prevoit|attendu|attendue|attendus|demain"
    r"|devrait|devraient|sera|seront|prochaines? (?:heures|jours)|pronostico|pronostica|se espera|manana|previsto"
    r"|prevista|proximas? (?:horas|dias)|previsao|preve|esperad[oa]s?|amanha|erwartet|vorhersage|voraussichtlich"
    r"|morgen|wird|werden|kommenden|verwacht|zal|komende|domani|prossim[ei]|sara|prevede|previsione"
    # ... and the warnings in force, which are about what is coming: "a flood watch through Friday", "vigilance orange"
    r"|watch(?:es)?|warnings?|advisor(?:y|ies)|alerts?|until|through|vigilance|alerte|alerta|aviso|avviso|allerta"
    # ... and what may come: "Thunderstorms possible after 17:00", "highs of 23 °C", "a chance of showers"
    r"|possible|possibly|posible|possivel|possibili?|chance of|may|could|likely|highs?|lows?|later"
    r"|warnung|unwetterwarnung|fino al?|hasta|jusqu)\b"
)
# How sure a section's risks make its key: as sure as a heading's phrase that explains most of it.
MITIGATED_CONFIDENCE = 0.8


def key_from_set(sections: list[Section], own: list[bool]) -> None:
    """The keys the set of sections gives (see the module doc), before mitigations are read."""
    key_group_headings(sections, own)
    key_incident_plain_words(sections, own)
    key_decisions_sought(sections, own)
    key_opening_overview(sections)
    key_weather_now(sections)


def key_group_headings(sections: list[Section], own: list[bool]) -> None:
    """An itemless parent over sub-sections that all have their own key takes their common key, or none.

    ``own[n]`` tells whether section n's key is its heading's own reading (a template's key is left alone).
    """
    for n, parent in enumerate(sections):
        if parent.items or parent.heading is None or not own[n]:
            continue
        children = _children(sections, n)
        if not children or any(c.key is None for c in children):
            continue
        keys = {c.key for c in children}
        # "Situation" over "Alerts" (situation) and "Challenges": it names what it opens with; "Resources" over
        # "Staffing" and "Finance" names both, neither alone
        if parent.key in keys and not of_several_senses(parent.heading):
            continue
        if len(keys) == 1:
            parent.key, parent.key_confidence = keys.pop(), min(c.key_confidence for c in children)
        else:
            parent.key, parent.key_confidence = None, 0.0


def _children(sections: list[Section], n: int) -> list[Section]:
    """The sections one level under section n, up to the next heading at its level or above."""
    level = sections[n].level
    below: list[Section] = []
    for s in sections[n + 1 :]:
        if s.level <= level:
            break
        below.append(s)
    if not below:
        return []
    top = min(s.level for s in below)
    return [s for s in below if s.level == top]


def key_incident_plain_words(sections: list[Section], own: list[bool]) -> None:
    """In an incident's report, "What's happening" is the situation and "What we're doing" the response;
    not where another section names the service's own activity ("Service delivery"): there they are its too."""
    if not {s.key for s in sections if s.key} & _INCIDENT:
        return
    plain: dict[int, str] = {}
    for n, s in enumerate(sections):
        if s.key == K.ACTIVITY and s.heading is not None:
            heading = fold(s.heading)
            if not own[n] or not (_HAPPENING.match(heading) or _DOING.match(heading)):
                return
            plain[n] = K.SITUATION.value if _HAPPENING.match(heading) else K.RESPONSE.value
    for n, key in plain.items():
        sections[n].key = key


def key_opening_overview(sections: list[Section]) -> None:
    """The first section, an overview taken for the situation, is the summary where a later section is the
    situation (see the module doc)."""
    keyed = [s for s in sections if s.key is not None and s.heading]
    if len(keyed) < 2 or keyed[0].key != K.SITUATION or not _OVERVIEW.match(fold(keyed[0].heading or "")):
        return
    if any(s.key == K.SITUATION for s in keyed[1:]) and not any(s.key == K.HIGHLIGHTS for s in keyed):
        keyed[0].key = K.HIGHLIGHTS.value


def key_weather_now(sections: list[Section]) -> None:
    """A section named for the weather alone, none of whose points looks ahead, is the situation now (see the module
    doc)."""
    for s in sections:
        if s.key != K.FORECAST or not s.heading or not s.items or not _WEATHER.match(fold(s.heading)):
            continue
        if not any(_AHEAD.search(fold(i.text)) for i in s.items):
            s.key = K.SITUATION.value


def key_decisions_sought(sections: list[Section], own: list[bool]) -> None:
    """Recommendations whose every point asks a board for its decision are the decisions sought."""
    for n, s in enumerate(sections):
        if s.key == K.ADVICE and own[n] and s.items and all(_ASKS_DECISION.search(i.text) for i in s.items):
            s.key = K.DECISIONS.value


def key_from_measures(sections: list[Section], own: list[bool]) -> None:
    """The keys the measures in a section's points give, once the mitigations its heading asks for are read."""
    key_mitigated_sections(sections, own)
    key_recurring_measures(sections, own)


def key_mitigated_sections(sections: list[Section], own: list[bool]) -> None:
    """An assessment with no key of its own whose points carry the mitigations their writer labelled is the
    risks (see the module doc); its other points are then read as risks too."""
    for n, s in enumerate(sections):
        if s.key is not None or not s.heading or not own[n] or not _ASSESSMENT & set(fold(s.heading).split()):
            continue
        if any(i.mitigation for i in s.items):
            s.key, s.key_confidence = K.RISKS.value, MITIGATED_CONFIDENCE
            apply_mitigations(s.items)


def key_recurring_measures(sections: list[Section], own: list[bool]) -> None:
    """A section with no key where two points or more follow their statement with the same run-in label is the
    risks, that label its writer's for the measures (see the module doc)."""
    for n, s in enumerate(sections):
        if s.key is not None or not s.heading or not own[n] or len(s.items) < 2:
            continue
        labels = [label for i in s.items if (label := run_in_label(i.text))]
        if labels and max(labels.count(label) for label in labels) >= 2:
            s.key, s.key_confidence = K.RISKS.value, CONTENT_CONFIDENCE
            apply_mitigations(s.items)
