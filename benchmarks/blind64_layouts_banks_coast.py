"""Item ideas of four ``blind64_layouts`` publishers by the sea: the district civil protection commissions of São Tomé
and Príncipe in torrential rain (Portuguese), the district health management teams of Sierra Leone in an mpox outbreak
(English), the communes of French Polynesia when heavy rain makes the tap water unfit to drink (French) and the
village mayors of American Samoa after a tropical cyclone (Samoan, typed without the macron and the glottal stop as
most write it on a telephone) (``blind5_layouts_content`` explains the slots). ``blind64_layouts_content`` prints the
amounts, dates, comparisons and the mitigation's lead in each publisher's conventions. The organisations are named
after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

ST_LEVELS = ("sob vigilância", "em aumento", "elevado", "muito elevado")
SL_LEVELS = ("being monitored", "increasing", "high", "very high")
PF_LEVELS = ("sous surveillance", "en hausse", "élevé", "très élevé")
SM_LEVELS = ("o loo mataituina", "ua faateteleina", "maualuga", "matua maualuga")

CHUVAS = Partner(
    "st-district-civil-protection-rain",
    "Chuvas e deslizamentos",
    ("Comissão Distrital de Proteção Civil de Mé-Zóchi", "Comissão Distrital de Proteção Civil de Lobata",
     "Comissão Distrital de Proteção Civil de Cantagalo", "Comissão Distrital de Proteção Civil de Lembá"),
    {},
    {
        "hl": [
            it("As chuvas intensas que caem desde {desde} provocaram cheias nos rios e deslizamentos de terras no "
               "distrito", desde="date -3 -3"),
            it("Famílias afetadas: {familias}{familias.was}", familias="n 20 600"),
        ],
        "sit": [
            it("O Instituto Nacional de Meteorologia prevê a continuação de chuvas fortes e trovoadas nas próximas "
               "48 horas"),
            it("Os rios do distrito continuam acima do nível normal, sobretudo junto à foz"),
        ],
        "imp": [
            it("Casas destruídas ou danificadas: {casas}{casas.was}", casas="n 5 200"),
            it("Várias pontes e troços da estrada nacional ficaram cortados pela lama e pelas pedras"),
        ],
        "ta": [
            it("Deslizamentos registados nas comunidades: {desliz}{desliz.was}", desliz="n 1 30"),
            it("As máquinas do Ministério das Infraestruturas estão a desobstruir as estradas das roças"),
        ],
        "tb": [
            it("Pessoas acolhidas em escolas e igrejas: {acolhidas}{acolhidas.was}", acolhidas="n 10 500"),
            it("Os centros de acolhimento recebem refeições confecionadas com o apoio da Cruz Vermelha"),
        ],
        "help": [
            it("Foram distribuídos kits alimentares, colchões e mantas às famílias mais afetadas"),
            it("As famílias podem registar os seus prejuízos na sede da Câmara Distrital"),
        ],
        "staff": [
            it("Elementos no terreno (bombeiros, proteção civil, polícia e voluntários): {elementos}{elementos.was}",
               elementos="n 10 200"),
            it("As Forças Armadas apoiam com viaturas o transporte de bens para as comunidades isoladas"),
        ],
        "money": [
            it("Custo estimado das operações até à data: {custo}", custo="cum 5 60"),
            it("Foi solicitado ao Governo um apoio de {apoio} para a reconstrução de pontes e casas",
               apoio="money 20 200"),
        ],
        "risks": [
            risk("Risco de novos deslizamentos nas encostas: {trend}", levels=ST_LEVELS,
                 mit=("retirada preventiva das famílias das zonas de risco",)),
            risk("Risco de doenças diarreicas e de paludismo: {trend}", levels=ST_LEVELS,
                 mit=("distribuição de cloro e de redes mosquiteiras",)),
            risk("Isolamento de comunidades do interior",
                 mit=("abertura de passagens provisórias com o apoio das Forças Armadas",)),
        ],
        "next": [
            it("Concluir o levantamento dos prejuízos até {levantamento}", levantamento="date 1 4"),
            it("O próximo boletim será publicado a {proximo}", proximo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MPOX = Partner(
    "sl-dhmt-mpox",
    "Mpox Outbreak",
    ("Western Area Urban District Health Management Team", "Western Area Rural District Health Management Team",
     "Port Loko District Health Management Team", "Kenema District Health Management Team"),
    {},
    {
        "hl": [
            it("New confirmed mpox cases in the last 24 hours: {new}{new.was}", new="n 1 40"),
            it("The outbreak was declared in the district on {declared} and response pillars meet daily at the EOC",
               declared="date -45 -45"),
        ],
        "sit": [
            it("Suspected cases tested this week: {tested}{tested.was}", tested="n 20 300"),
            it("Test positivity among suspected cases: {positivity}{positivity.was}", positivity="pct 8 35"),
            it("Chiefdoms with at least one confirmed case: {chiefdoms}{chiefdoms.was}", chiefdoms="n 1 12"),
        ],
        "imp": [
            it("Health facilities report a drop in attendance for routine services since the outbreak began"),
            it("Health workers infected since the start of the outbreak: {hcw}{hcw.was}", hcw="n 1 9"),
        ],
        "ta": [
            it("Patients admitted at the isolation centre: {isolation}{isolation.was}", isolation="n 2 60"),
            it("Confirmed cases with severe disease are referred to the treatment centre at the regional hospital"),
        ],
        "tb": [
            it("Contacts under 21-day follow-up: {contacts}{contacts.was}", contacts="n 50 1500"),
            it("Contacts and frontline health workers vaccinated: {vaccinated}{vaccinated.was}",
               vaccinated="n 100 5000"),
        ],
        "help": [
            it("Discharged patients and their households receive food packages and psychosocial counselling"),
            it("Community health workers visit the families of confirmed cases to reduce stigma"),
        ],
        "staff": [
            it("Surveillance officers and contact tracers deployed: {tracers}{tracers.was}", tracers="n 10 200"),
            it("Nurses from the district hospital have been trained in infection prevention and control"),
        ],
        "money": [
            it("Response costs to date: {costs}", costs="cum 10 150"),
            it("Funds requested from the District Council for the isolation centre: {council}", council="money 5 80"),
        ],
        "risks": [
            risk("Risk of spread in markets and lorry parks is {trend}", levels=SL_LEVELS,
                 mit=("Screening and hand-washing stations set up at the main markets",)),
            risk("Risk of a stock-out of test kits is {trend}", levels=SL_LEVELS,
                 mit=("Request sent to the national reference laboratory for additional kits",)),
            risk("Late reporting of suspected cases by private clinics",
                 mit=("Clinic owners briefed and the reporting line shared with them",)),
        ],
        "next": [
            it("Extend vaccination to the chiefdoms bordering the city by {extend}", extend="date 2 7"),
            it("The next sitrep will be issued on {nextrep}", nextrep="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 9, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

EAU = Partner(
    "pf-commune-water-unfit",
    "Eau non potable",
    ("Commune de Punaauia", "Commune de Papara", "Commune de Taiarapu-Est", "Commune de Moorea-Maiao"),
    {},
    {
        "hl": [
            it("Suite aux fortes pluies du {pluies}, l'eau du réseau communal est déclarée non potable dans plusieurs "
               "quartiers", pluies="date -2 -2"),
            it("Foyers concernés par l'avis de non-potabilité : {foyers}{foyers.was}", foyers="n 200 4000"),
        ],
        "sit": [
            it("Météo-France maintient la vigilance orange fortes pluies et orages sur l'île"),
            it("Cumul de pluie relevé sur 24 heures (mm) : {cumul}{cumul.was}", cumul="n 40 300"),
        ],
        "imp": [
            it("Prélèvements non conformes sur les derniers résultats d'analyse : {prelevements}{prelevements.was}",
               prelevements="n 1 20"),
            it("La turbidité reste élevée dans les captages des vallées après les crues"),
        ],
        "ta": [
            it("Captages fermés en attendant le retour d'une eau claire : {captages}{captages.was}",
               captages="n 1 8"),
            it("Les équipes purgent le réseau et renforcent la chloration aux réservoirs"),
        ],
        "tb": [
            it("Packs d'eau distribués aux familles : {packs}{packs.was}", packs="n 200 6000"),
            it("Des points de distribution sont ouverts à la mairie et dans les mairies annexes de 7 h à 17 h"),
        ],
        "help": [
            it("Les personnes âgées ou isolées peuvent demander une livraison d'eau à domicile auprès de la mairie"),
            it("Un numéro d'information est ouvert aux administrés du lundi au samedi"),
        ],
        "staff": [
            it("Agents communaux et bénévoles mobilisés : {agents}{agents.was}", agents="n 10 150"),
            it("Les sapeurs-pompiers de la commune appuient les distributions d'eau dans les quartiers"),
        ],
        "money": [
            it("Coût des opérations à ce jour : {cout}", cout="cum 5 60"),
            it("Une aide de {aide} a été sollicitée auprès du Pays pour la remise en état des captages",
               aide="money 10 200"),
        ],
        "risks": [
            risk("Risque de maladies d'origine hydrique (leptospirose, gastro-entérites) : {trend}", levels=PF_LEVELS,
                 mit=("messages de prévention diffusés et rappel de faire bouillir l'eau",)),
            risk("Risque de nouvelles crues en cas de reprise des pluies : {trend}", levels=PF_LEVELS,
                 mit=("surveillance des rivières et curage des ouvrages hydrauliques",)),
            risk("Rupture de stock d'eau en bouteilles",
                 mit=("commandes supplémentaires passées auprès des embouteilleurs locaux",)),
        ],
        "next": [
            it("Résultats des nouvelles analyses attendus le {analyses}", analyses="date 1 3"),
            it("Prochain point de situation le {prochain}", prochain="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 3, 2), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

AFA = Partner(
    "as-pulenuu-cyclone",
    "Afa",
    ("Pulenu'u o Leone", "Pulenu'u o Nu'uuli", "Pulenu'u o Aunu'u", "Pulenu'u o Fitiuta"),
    {},
    {
        "hl": [
            it("Na taia le motu e le afa i le po o le {taia}, ma matagi malolosi ma timuga mamafa", taia="date -1 -1"),
            it("Aiga ua aafia i totonu o le nuu: {aiga}{aiga.was}", aiga="n 5 150"),
        ],
        "sit": [
            it("Ua faalauiloa e le Ofisa o le Tau le lapataiga o timuga mamafa mo le isi 24 itula"),
            it("Ua faaitiitia le malosi o matagi ae o loo faaauau pea timuga i le nuu"),
        ],
        "imp": [
            it("Fale ua faaleagaina: {fale}{fale.was}", fale="n 2 90"),
            it("Ua motusia le eletise ma le vai i le tele o aiga talu mai le afa"),
        ],
        "ta": [
            it("Auala ua poloka i laau ua pauu ma palapala: {auala}{auala.was}", auala="n 1 12"),
            it("O loo galulue le DPW e kilia auala autu o le nuu"),
        ],
        "tb": [
            it("Tagata o loo nonofo i nofoaga e sulufai ai: {sulufai}{sulufai.was}", sulufai="n 5 250"),
            it("O le maota o le ekalesia ma le aoga o loo faaaogaina e fai ma nofoaga e sulufai ai"),
        ],
        "help": [
            it("Ua tufatufaina e le Koluse Mumu meaai ma vai inu i aiga ua aafia"),
            it("E mafai e aiga ona lipoti mai mea ua faaleagaina i le ofisa o le pulenuu"),
        ],
        "staff": [
            it("Tagata faigaluega ma volenitia o loo fesoasoani: {tagata}{tagata.was}", tagata="n 5 80"),
            it("O le autalavou a ekalesia o loo fesoasoani e faamama le nuu"),
        ],
        "money": [
            it("Tupe ua faaaluina e oo mai i le taimi nei: {tupe}", tupe="cum 2 30"),
            it("Ua talosagaina mai le Matagaluega o Mataupu Tau Samoa le {talosaga} mo le toe faaleleia o fale",
               talosaga="money 5 60"),
        ],
        "risks": [
            risk("Lamatiaga o lolo mai vaitafe: {trend}", levels=SM_LEVELS,
                 mit=("ua faatonuina aiga e latalata i vaitafe ina ia siitia i nofoaga e sulufai ai",)),
            risk("Lamatiaga o faamai e mafua mai i vai leaga: {trend}", levels=SM_LEVELS,
                 mit=("ua tufatufaina vailaau faamama vai i aiga",)),
            risk("Laau ua pauu i luga o uaea eletise", mit=("ua logo le ASPA e aveese laau",)),
        ],
        "next": [
            it("Faamaeaina le iloiloga o mea ua faaleagaina i le aso {iloiloga}", iloiloga="date 1 3"),
            it("O le a auina atu le isi lipoti i le aso {isi}", isi="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 2, 9), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
