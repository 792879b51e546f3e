"""The meaning of a heading: one key set, read from headings in English, French, Spanish, German, Portuguese
and Italian."""

from __future__ import annotations

import pytest

from sitroom.model import SectionKey
from sitroom.parse.headings import template_section
from sitroom.parse.vocabulary import PHRASES, classify_heading
from sitroom.read import parse_text
from sitroom.templates import available_templates


@pytest.mark.parametrize(
    "heading,key",
    [
        ("Défis", "risks"),
        ("Challenges", "risks"),
        # a Portuguese technical note's money and its referrals to what comes next; support given to users
        ("8. RECURSOS FINANCEIROS", "finance"),
        ("10. ENCAMINHAMENTOS", "next-steps"),
        ("User support", "assistance"),
        ("Kernboodschap", "highlights"),
        ("Was bedeutet das für Sie?", "impacts"),
        ("Wie geht es weiter?", "next-steps"),
        ("Staff support", "workforce"),
        # the kind a heading's words name: testing, what to do, staffing in Spanish, follow-up actions in Dutch
        ("Water quality testing", "surveillance"),
        ("What residents should do", "advice"),
        ("Dotación", "workforce"),
        ("Comunicaciones", "communications"),
        ("Vervolgacties", "actions"),
        ("Public notification", "communications"),
        # money named as an impact is finance; damage and its other names are impacts
        ("IMPACTO ECONÓMICO", "finance"),
        ("Economic impact", "finance"),
        ("Estimated Costs to Date", "finance"),
        ("AFECTACIONES", "impacts"),
        ("Damage to property", "impacts"),
        # a heading ending with its topic after words saying whose or where it is
        ("Met Éireann forecast", "forecast"),
        ("Bureau of Meteorology outlook", "forecast"),
        ("Kent County impacts", "impacts"),
        ("Staffing: 🟡 Some concerns", "workforce"),  # a status after the label, not the topic
        # a humanitarian operation's plan and sectors, and the words of this round's publishers
        ("Description of the Event", "situation"),
        ("Detailed Operational Plan", "response"),
        ("Water, Sanitation and Hygiene", "response"),
        ("Summary Analysis of Programme Response", "response"),
        ("Things we're keeping an eye on", "risks"),
        ("Access and closures", "impacts"),
        ("C. POLLUTION AND SHORELINE", "impacts"),
        ("1.2 Schadenlage", "impacts"),
        ("3 Betreuung der Bevölkerung", "assistance"),
        ("Ações de resposta", "response"),
        ("Doações", "assistance"),
        ("Orientações à população", "communications"),
        ("Ajuda humanitária", "assistance"),
        ("Equipes em campo", "workforce"),
        ("Balanço geral", "situation"),
        # Nynorsk, Catalan and more Italian
        ("Samandrag", "highlights"),
        ("Vêr og farevarsel", "forecast"),
        ("Konsekvensar i kommunane", "impacts"),
        ("Innsats og tiltak", "response"),
        ("Informasjon til innbyggjarane", "communications"),
        ("Vidare arbeid", "next-steps"),
        ("Previsió meteorològica", "forecast"),
        ("Actuacions de l'Ajuntament", "response"),
        ("Ajuts a famílies i empreses", "assistance"),
        ("1. Andamento epidemiologico", "situation"),
        ("What could affect the reopening date", "risks"),
        ("Repairing the railway", "recovery"),
        # Hungarian, Greek, Romanian, Ukrainian, Russian, Croatian and Galician
        ("VI. Kockázatok", "risks"),
        ("VII. Lakosságtájékoztatás", "communications"),
        ("Τρέχουσα κατάσταση", "situation"),
        ("Επιπτώσεις", "impacts"),
        ("IV. Acțiuni întreprinse", "response"),
        ("VII. Măsuri propuse", "next-steps"),
        ("Відновлювальні роботи", "recovery"),
        ("Пункти незламності", "assistance"),
        ("Последствия", "impacts"),
        ("6. OBAVJEŠĆIVANJE STANOVNIŠTVA", "communications"),
        ("5. Persoal e medios", "workforce"),
        ("Workarounds", "actions"),
        # Turkish, Indonesian, Slovenian, Estonian, Vietnamese, Filipino and Swahili
        ("7. RİSKLER VE ALINAN TEDBİRLER", "risks"),
        ("D. UPAYA PENANGANAN", "response"),
        ("6. Ocena škode in stroški", "finance"),
        ("Taastamistööd", "recovery"),
        ("III. THIỆT HẠI BAN ĐẦU", "impacts"),
        ("Mga Evacuation Center", "assistance"),
        ("9. Hatua zinazofuata", "next-steps"),
        # the meals handed out while schools are shut; how readers will hear more
        ("Meals for students", "assistance"),
        ("Free school meals", "assistance"),
        ("How we'll let you know", "communications"),
        ("Keeping you updated", "communications"),
        # a position is the situation; "X position" is X's
        ("2. Incident position", "situation"),
        ("Position", "situation"),
        ("Staffing position", "workforce"),
        ("Financial position", "finance"),
        ("Risk position", "risks"),
        # what a page for the public sees and how it helps; the organisations at a meeting
        ("What we're seeing", "situation"),
        ("How we're helping", "assistance"),
        ("Help and support", "assistance"),
        ("Medical and welfare", "assistance"),
        ("Traffic and travel", "impacts"),
        ("Air quality monitoring", "surveillance"),
        ("Organisations represented", "attendees"),
        ("Cooling centres and welfare", "assistance"),
        ("Information à la population", "communications"),
        ("3 Disease control measures", "response"),
        ("Deployments", "response"),
        ("Next net", "next-steps"),
        ("2. Rainfall", "situation"),
        ("6. Reservoir stocks", "situation"),
        ("Rainfall forecast", "forecast"),
        ("Kriskommunikation", "communications"),
        ("Informasjon til innbyggerne", "communications"),
        ("Situasjonsbeskrivelse", "situation"),
        ("Nästa lägesbild", "next-steps"),
        ("V. SIŁY I ŚRODKI", "workforce"),
        ("4. Recovery progress", "recovery"),
        ("2) CUSTOMER WELFARE", "assistance"),
        ("Staff welfare", "workforce"),
        ("What's happening", "activity"),
        # staff who cannot reach work, and the clean-up after a flood
        ("If you can't get to work", "workforce"),
        ("Getting to work", "workforce"),
        ("4. Environment and clean-up", "recovery"),
        ("Recovery Operations", "recovery"),
        ("Business continuity and recovery", "recovery"),
        ("Planned Actions for Next Operational Period", "next-steps"),
        ("Actions for the next 24 hours", "next-steps"),
        ("7. Intentions for the next 48 hours", "next-steps"),
        ("Operational position", "situation"),
        ("Restoring supplies", "recovery"),
        ("Volunteers", "workforce"),
        ("4.1 Crewing and availability", "workforce"),
        ("Volontariato", "workforce"),
        ("Voluntarios", "workforce"),
        ("15. Evacuations and Structures Threatened", "impacts"),
        ("Contingency arrangements", "response"),
        ("Partner updates", "response"),
        ("Dates for your diary", "next-steps"),
        ("Prossimi aggiornamenti", "next-steps"),
        ("Key issues", "risks"),
        ("Issues and concerns", "risks"),
        ("Risk register", "risks"),
        ("4) List of issues, problems, or concern(s)", "risks"),
        ("Distribution work", "activity"),
        ("Software development", "activity"),
        ("Latest developments", "activity"),
        ("Staffing", "workforce"),
        ("Our staff", "workforce"),
        # a club's own members are its workforce; "Members present" lists a meeting's
        ("Our members", "workforce"),
        ("Responders", "workforce"),
        ("Teams on site", "workforce"),
        # what is new since the last report leads it: "What's changed", "What is new"
        ("What's changed", "highlights"),
        ("What is new", "highlights"),
        # the state things are in: "Road conditions", "Network condition"
        ("Road conditions", "situation"),
        ("Network condition", "situation"),
        ("Members present", "attendees"),
        # care given to people: "Atención a la ciudadanía", "Atendimento à população"
        ("Atención a los vecinos", "assistance"),
        ("Atendimento à população", "assistance"),
        ("Costs", "finance"),
        ("FINANCIAL IMPACT (increase in costs / reduction in income)", "finance"),
        ("Risk communication", "communications"),
        ("1. Summary", "highlights"),
        ("I. POINTS SAILLANTS", "highlights"),
        ("Situación actual", "situation"),
        ("Próximos pasos", "next-steps"),
        ("Recovery activity", "recovery"),
        ("Service pressures", "risks"),
        ("Spend and income", "finance"),
        ("Money", "finance"),
        ("Public messaging", "communications"),
        ("Looking ahead", "next-steps"),
        ("Current position", "situation"),
        ("Key developments", "activity"),
        ("This week's activity", "activity"),
        ("Accomplishments for the week -- and which team members participated/contributed", "activity"),
        ("Summary of activity", "activity"),
        ("Overview of activity", "activity"),
        ("Update on risks", "risks"),
        ("Point sur les finances", "finance"),
        ("Resumen de costes", "finance"),
        ("Keeping people informed", "communications"),
        ("Lage", "situation"),
        ("Risiken", "risks"),
        ("MASSNAHMEN", "response"),
        ("Wiederherstellung", "recovery"),
        ("Nächste Schritte", "next-steps"),
        ("Situação atual", "situation"),
        ("Riscos e desafios", "risks"),
        ("Recuperação", "recovery"),
        ("Rischi e criticità", "risks"),
        ("Comunicazione", "communications"),
        ("Key messages", "highlights"),
        ("Key messages to the public", "communications"),
        ("What the weather will do", "forecast"),
        ("How people are affected", "impacts"),
        ("Getting back to normal", "recovery"),
        ("HR", "workforce"),
        # an event the report gives an account of is work done; a list or a newsletter is a channel
        ("Regional Resilience Summit 2024", "activity"),
        ("Partners' workshop", "activity"),
        ("Site visits", "activity"),
        ("Mailing list summary", "communications"),
        ("Newsletter", "communications"),
        # how to take part, as a project's or a network's report closes
        ("Contributing", "contact"),
        ("How to get involved", "contact"),
        # two meanings as strong: the one the heading opens with
        ("RISCHI E AZIONI", "risks"),
        ("Risks and actions", "risks"),
        ("Actions and risks", "actions"),
        ("Informazione alla popolazione", "communications"),
    ],
)
def test_headings_map_to_their_meaning(heading, key):
    found, confidence = classify_heading(heading)
    assert found == key and 0.7 <= confidence <= 1.0


@pytest.mark.parametrize(
    "heading",
    [
        "Meeting 10/16",
        "LOCAL PARTNERS",
        "Contributing factors",
        "This week",
        "Review of the week",
        "Report of the Director",
    ],
)
def test_headings_without_a_set_meaning_get_no_key(heading):
    assert classify_heading(heading) == (None, 0.0)


def test_a_sentence_is_not_read_as_a_heading_meaning():
    assert (
        classify_heading("The district reported that several staff costs rose sharply over the past month")[0] is None
    )


def test_every_key_anywhere_is_one_of_the_section_keys():
    assert set(PHRASES) == set(SectionKey)
    keys = {s.key for t in available_templates() for s in t.sections if s.key}
    assert keys <= {k.value for k in SectionKey}


@pytest.mark.parametrize(
    "text,template_key,own_key",
    [("IMPACT", None, "impacts"), ("FINANCIAL IMPACT", "finance", "finance"), ("RISKS", "risks", "risks")],
)
def test_a_heading_that_plainly_means_something_else_is_not_a_template_section(text, template_key, own_key):
    tpl = next(t for t in available_templates() if t.name == "childrens-services-covid")
    doc = f"KEY ACTIVITY HEADLINES\n\n• Visits continue.\n\n{text}\n\n• Costs of £4,000 to date.\n"
    report = parse_text(doc, template=tpl)
    section = next(s for s in report.sections if s.heading == text)
    assert section.key == own_key
    sec, _ = template_section(tpl, text)
    assert (sec.key if sec else None) == template_key


def test_a_bare_headlines_heading_is_the_highlights_even_where_a_template_has_key_activity_headlines():
    tpl = next(t for t in available_templates() if t.name == "childrens-services-covid")
    text = "Children's services sitrep 3\n\nHeadlines\n\n• Visits continue.\n\nRisks\n\n• Beds short.\n"
    report = parse_text(text, template=tpl)
    assert [s.key for s in report.sections] == ["highlights", "risks"]
