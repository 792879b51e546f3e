"""Item ideas of three ``blind68_layouts`` publishers in Africa: the neighbourhood committees of Brazzaville in a
rainy season of erosion gullies (Lingala, typed as Brazzaville types it, without the tone marks and with "e" and "o"
for the open vowels), the neighbourhood development committees of Lomé in floods (Ewe, with its "ɖ ƒ ɣ ŋ ɔ ɛ ʋ") and
the regional health directorates of Guinea-Bissau in a measles outbreak (Portuguese, in the 1990 agreement's
spelling) (``blind5_layouts_content`` explains the slots). ``blind68_layouts_content`` prints the amounts, dates,
comparisons and the mitigation's lead in each publisher's conventions; where a particle or a preposition would bend a
figure or a date, a point gives it after a label and a colon. The organisations are named after real kinds of body;
the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

LN_LEVELS = ("tozali kolandela yango", "ezali kobakisama", "makasi", "makasi mingi")
EE_LEVELS = ("míele ŋku lém ɖe eŋu", "ele dzidzim ɖe edzi", "ele gã", "ele gã ŋutɔ")
PT_LEVELS = ("em vigilância", "a aumentar", "elevado", "muito elevado")

MABULU = Partner(
    "cg-neighbourhood-committee-erosion",
    "Mabulu ya érosion",
    ("Comité de quartier de Kombé", "Comité de quartier de Ngamaba", "Comité de quartier de Massengo",
     "Comité de quartier de Mikalou"),
    {},
    {
        "hl": [
            it("Mbula makasi oyo ebetaki na mokolo ya {mbula} efungoli mabulu ya sika na quartier na biso",
               mbula="date -3 -2"),
            it("Ndako oyo ekweyi na kati ya mabulu: {ndako}{ndako.was}", ndako="n 1 60"),
        ],
        "sit": [
            it("Mabulu ya érosion oyo ezali kokola: {mabulu}{mabulu.was}", mabulu="n 1 25"),
            it("Bato ya météo balobi ete mbula ekobeta lisusu na mikolo oyo ezali koya"),
        ],
        "imp": [
            it("Bato oyo bakufi: {bakufi}{bakufi.was}", bakufi="n 1 12"),
            it("Mabota oyo batiki ndako na bango: {mabota}{mabota.was}", mabota="n 5 300"),
        ],
        "ta": [
            it("Banzela oyo ekatani na mabulu: {nzela}{nzela.was}", nzela="n 1 15"),
            it("Tiyo ya mai ya LCDE ebukani, bato ya quartier bazali kozwa mai te"),
        ],
        "tb": [
            it("Mabota oyo bafandi na eteyelo ya quartier: {eteyelo}{eteyelo.was}", eteyelo="n 2 120"),
            it("Mabota mosusu bakei kofanda epai ya bandeko na bango na ba quartier mosusu"),
        ],
        "help": [
            it("Mairie ya arrondissement na Croix-Rouge congolaise bakaboli bilei, bambeto mpe bisaleli ya kolamba"),
            it("Mabota oyo bazwi lisungi: {lisungi}{lisungi.was}", lisungi="n 5 250"),
        ],
        "staff": [
            it("Bilenge ya quartier oyo bazali kotondisa masaki ya zelo: {bilenge}{bilenge.was}", bilenge="n 5 80"),
            it("Bato ya mosala ya Mairie bayei kotala mabulu elongo na bakonzi ya quartier"),
        ],
        "money": [
            it("Mbongo oyo esili kobima tii lelo: {mbongo}", mbongo="cum 5 60"),
            it("Comité esengi {kosenga} na Mairie mpo na kosomba masaki mpe sima", kosenga="money 10 120"),
        ],
        "risks": [
            risk("Likama ya ndako mosusu kokweya soki mbula ebeti lisusu: {trend}", levels=LN_LEVELS,
                 mit=("tosengi na mabota oyo bafandi pene ya mabulu batika ndako na bango",)),
            risk("Likama ya bokono lokola pulupulu mpo na mai ya bosoto: {trend}", levels=LN_LEVELS,
                 mit=("Croix-Rouge ezali kokabola Aquatabs mpe kolakisa bato ndenge ya kopetola mai",)),
            risk("Bana bakoki kokweya na mabulu", mit=("bilenge ya quartier bazali kokengela pembeni ya mabulu",)),
        ],
        "next": [
            it("Kosilisa kotanga ndako oyo ebebi liboso ya {tanga}", tanga="date 1 4"),
            it("Rapport oyo ekolanda: {rapport}", rapport="date 1 2"),
        ],
    },
    SIZES,
    date(2026, 11, 16), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

TSIDODO = Partner(
    "tg-neighbourhood-development-committee-floods",
    "Tsiɖɔɖɔ",
    ("Comité de développement de quartier de Bè-Kpota", "Comité de développement de quartier d'Adidogomé",
     "Comité de développement de quartier de Baguida", "Comité de développement de quartier d'Agoè-Zongo"),
    {},
    {
        "hl": [
            it("Ŋkeke si dzi tsidzadza gã la dze egɔme: {dza}", dza="date -3 -2"),
            it("Ƒome siwo tsiɖɔɖɔ la ɖo: {fome}{fome.was}", fome="n 20 1500"),
        ],
        "sit": [
            it("Météo Togo gblɔ be tsi agadza le ŋkeke siwo gbɔna me"),
            it("Tsi si dza le gaƒoƒo 24 me (mm): {mm}{mm.was}", mm="n 20 180"),
        ],
        "imp": [
            it("Xɔ siwo mu: {xo}{xo.was}", xo="n 1 120"),
            it("Ame siwo xɔ abi: {abi}{abi.was}", abi="n 1 40"),
        ],
        "ta": [
            it("Mɔ siwo tsi xe: {mo}{mo.was}", mo="n 1 20"),
            it("Tsi ge ɖe asi la me eye asitsalawo tu woƒe kplɔwo"),
        ],
        "tb": [
            it("Ƒome siwo le sukuxɔwo me fifia: {suku}{suku.was}", suku="n 5 300"),
            it("Ƒome aɖewo dzo yi woƒe ƒometɔwo gbɔ le nutome bubuwo me"),
        ],
        "help": [
            it("Komiti la kple Croix-Rouge togolaise ma nuɖuɖu, abawo kple avɔwo na ƒome siwo tsi gblẽ woƒe nuwo"),
            it("Ƒome siwo xɔ kpekpeɖeŋu: {kpe}{kpe.was}", kpe="n 10 800"),
        ],
        "staff": [
            it("Ɖekakpui siwo le dɔ wɔm kple komiti la: {dekakpui}{dekakpui.was}", dekakpui="n 5 90"),
            it("Commune la ƒe dɔwɔlawo va kpɔ nutome la kple komiti la ƒe amegãwo"),
        ],
        "money": [
            it("Ga si míezã va se ɖe egbe: {ga}", ga="cum 5 60"),
            it("Komiti la bia {bia} tso commune la gbɔ be woatsɔ aku tsimɔ yeyewo", bia="money 10 120"),
        ],
        "risks": [
            risk("Afɔku be tsiɖɔɖɔ nagava: {trend}", levels=EE_LEVELS,
                 mit=("míebia ƒome siwo le tsi to be woadzo le afima",)),
            risk("Afɔku be dɔléle abe kɔlera ene nado: {trend}", levels=EE_LEVELS,
                 mit=("Croix-Rouge le Aquatabs mam eye wole amewo fiam ale si woakɔ tsi ŋu",)),
            risk("Ɖeviwo ate ŋu age ɖe tsi me", mit=("ɖekakpuiwo le tsi to dzɔm",)),
        ],
        "next": [
            it("Ƒome siwo tsi ɖo ƒe ŋkɔwo ŋɔŋlɔ wuwu: {wu}", wu="date 1 4"),
            it("Nyatakaka si kplɔe ɖo: {nya}", nya="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 6, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SARAMPO = Partner(
    "gw-regional-health-directorate-measles",
    "Sarampo",
    ("Direção Regional de Saúde de Gabú", "Direção Regional de Saúde de Bafatá", "Direção Regional de Saúde de Oio",
     "Direção Regional de Saúde de Cacheu"),
    {},
    {
        "hl": [
            it("O surto de sarampo declarado a {decl} continua ativo em vários setores da região", decl="date -30 -20"),
            it("Casos suspeitos notificados desde o início do surto: {casos}{casos.was}", casos="n 20 1500"),
        ],
        "sit": [
            it("Casos suspeitos notificados nesta semana: {semana}{semana.was}", semana="n 5 200"),
            it("O Laboratório Nacional de Saúde Pública confirmou novas amostras positivas para sarampo"),
        ],
        "imp": [
            it("Óbitos registados: {obitos}{obitos.was}", obitos="n 1 20"),
            it("A maioria dos casos são crianças com menos de cinco anos não vacinadas"),
        ],
        "ta": [
            it("Setores sanitários com casos notificados: {setores}{setores.was}", setores="n 1 12"),
            it("Os agentes de saúde comunitária fazem a busca ativa de casos nas tabancas"),
        ],
        "tb": [
            it("Crianças vacinadas na campanha de resposta: {vacinadas}{vacinadas.was}", vacinadas="n 100 9000"),
            it("A cadeia de frio do centro de saúde de referência funciona com o painel solar"),
        ],
        "help": [
            it("Casos tratados com vitamina A nos centros de saúde: {vita}{vita.was}", vita="n 10 600"),
            it("A UNICEF e a OMS apoiam a região com vacinas, seringas e combustível"),
        ],
        "staff": [
            it("Equipas de vacinação no terreno: {equipas}{equipas.was}", equipas="n 2 40"),
            it("Os régulos e os imãs mobilizam as famílias para levarem as crianças à vacinação"),
        ],
        "money": [
            it("Despesas efetuadas até à data: {despesas}", despesas="cum 3 50"),
            it("A Direção Regional pediu {pedido} ao Governo Regional para o transporte das equipas",
               pedido="money 5 80"),
        ],
        "risks": [
            risk("Risco de propagação do surto aos setores vizinhos: {trend}", levels=PT_LEVELS,
                 mit=("vacinação em anel à volta dos casos",)),
            risk("Risco de rutura de stock de vacinas: {trend}", levels=PT_LEVELS,
                 mit=("pedido de reabastecimento enviado ao Programa Alargado de Vacinação",)),
            risk("Famílias que recusam a vacinação em algumas tabancas",
                 mit=("sensibilização com as rádios comunitárias e os líderes religiosos",)),
        ],
        "next": [
            it("Avaliação da cobertura da campanha até {avaliacao}", avaliacao="date 2 7"),
            it("Próximo relatório: {proximo}", proximo="date 7 7"),
        ],
    },
    SIZES,
    date(2026, 2, 2), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
