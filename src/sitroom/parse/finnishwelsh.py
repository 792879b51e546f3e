"""Section names in Finnish and Welsh, for the vocabulary (``sitroom.parse.vocabulary``).

A Finnish municipality's or agency's situation report ("Tilannekatsaus") names the situation picture
("Tilannekuva", "Tilanne"), the impacts ("Vaikutukset"), the measures carried out ("Toteutetut toimenpiteet"),
the risks ("Riskit"), the communications ("Viestintä", "Tiedottaminen") and the further measures
("Jatkotoimenpiteet") and the next report. A Welsh council's page or report says the same in Welsh: the
situation ("Y sefyllfa"), the impact ("Effaith"), the response ("Ymateb"), the risks ("Risgiau"), help for
residents ("Cymorth"), communications ("Cyfathrebu"), the next steps ("Y camau nesaf"), staffing ("Staffio"),
finance ("Cyllid") and recovery ("Adfer"). Welsh mutates a word's first letter after some words ("bresennol"
for "presennol", "drigolion" for "trigolion"); both forms are listed where a heading uses them. "Cyngor" is
advice but also a council's name, so it names no section. The words are compared folded as the vocabulary's
are (no accents or case).
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
FINNISH_WELSH: dict[SectionKey, tuple[str, ...]] = {
    # "Tilannekuva lyhyesti": the picture in brief
    K.HIGHLIGHTS: (
        "yhteenveto", "tiivistelmä", "lyhyesti", "tilannekuva lyhyesti", "crynodeb", "prif bwyntiau",
        "negeseuon allweddol",
    ),
    K.SITUATION: (
        "tilannekuva", "tilanne", "nykytilanne", "yleiskuva",
        "sefyllfa", "sefyllfa bresennol", "sefyllfa presennol", "trosolwg", "diweddariad ar y sefyllfa",
    ),
    K.BACKGROUND: ("tausta", "taustaa", "cefndir"),
    K.FIGURES: ("luvut", "tilastot", "ffigurau", "ystadegau"),
    K.IMPACTS: (
        "vaikutukset", "vaikutukset kuntalaisiin", "vahingot", "seuraukset",
        "effaith", "effeithiau", "effaith ar drigolion", "effaith ar breswylwyr", "difrod",
    ),
    K.ACTIONS: (
        "toteutetut toimenpiteet", "tehdyt toimenpiteet", "toimenpiteet", "camau a gymerwyd", "camau gweithredu",
    ),
    K.RESPONSE: ("pelastustoiminta", "ymateb", "ymateb brys"),
    # what the council is doing, as the English "What we are doing"
    K.ACTIVITY: ("beth rydyn ni'n ei wneud", "beth rydym yn ei wneud"),
    K.ASSISTANCE: ("apu", "tuki", "cymorth", "cymorth i drigolion", "cefnogaeth", "cefnogaeth i drigolion"),
    K.FORECAST: ("sääennuste", "sää", "ennuste", "rhagolygon", "rhagolwg", "tywydd", "rhagolygon y tywydd"),
    K.RISKS: ("riskit", "riski", "uhat", "haasteet", "risgiau", "risg", "peryglon", "heriau", "pryderon"),
    K.WORKFORCE: ("henkilöstö", "henkilöstötilanne", "staffio", "gweithlu"),
    K.FINANCE: ("talous", "kustannukset", "cyllid", "costau"),
    K.RECOVERY: ("jälkitoimet", "palautuminen", "toipuminen", "adfer"),
    K.COMMUNICATIONS: (
        "viestintä", "tiedottaminen", "tiedotus", "cyfathrebu", "gwybodaeth i'r cyhoedd", "y cyfryngau",
    ),
    K.ADVICE: ("suositukset", "ohjeet asukkaille"),
    K.GUIDANCE: ("lisätietoja", "mwy o wybodaeth", "gwybodaeth bellach"),
    K.DECISIONS: ("päätökset", "penderfyniadau"),
    K.NEXT_STEPS: (
        "jatkotoimenpiteet", "jatkotoimet", "seuraavat toimenpiteet", "seuraavat toimet", "seuraavat vaiheet",
        "seuraava tilannekatsaus",
        "camau nesaf", "y camau nesaf", "y diweddariad nesaf",
    ),
    K.ATTENDEES: ("osallistujat", "läsnä", "yn bresennol"),
    K.CONTACT: ("yhteystiedot", "cysylltu â ni", "cysylltwch â ni"),
    K.ANNEX: ("liitteet", "liite", "atodiad", "atodiadau"),
}  # fmt: skip
