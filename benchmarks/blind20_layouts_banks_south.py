"""Item ideas of three ``blind20_layouts`` publishers of the south of Europe: a Slovak district office's crisis staff
on floods, an Albanian prefecture's civil emergency staff on floods and a Maltese local council on a storm
(``blind5_layouts_content`` explains the slots). ``blind20_layouts_content`` prints the figures in each publisher's
conventions. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SK_LEVELS = ("je monitorované", "sa zvyšuje", "je teraz vysoké", "je teraz kritické")
SQ_LEVELS = ("monitorohet", "po rritet", "tani është i lartë", "tani është kritik")
MT_LEVELS = ("qed jiġi segwit", "qed jiżdied", "issa huwa għoli", "issa huwa kritiku")

POVODEN = Partner(
    "povoden-sk",
    "Povodeň",
    ("Okresný úrad Žilina", "Okresný úrad Prešov", "Okresný úrad Trenčín", "Okresný úrad Rožňava"),
    {},
    {
        "suhrn": [
            it("V okrese platí III. stupeň povodňovej aktivity na tokoch Váh a Kysuca"),
            it("Počet obcí s vyhlásenou mimoriadnou situáciou: {obce}{obce.was}", obce="n 2 30"),
            it("Počet evakuovaných osôb: {evak}", evak="n 10 900"),
        ],
        "hydro": [
            it("Hladina Váhu v stanici Liptovský Mikuláš kulminovala a pomaly klesá"),
            it("Slovenský hydrometeorologický ústav predpovedá ďalšie zrážky do {zrazky}", zrazky="date 1 3"),
        ],
        "dopady": [
            it("Počet zaplavených rodinných domov: {domy}{domy.was}", domy="n 10 600"),
            it("Neprejazdné cesty II. a III. triedy: {cesty}", cesty="n 2 25"),
            it("Bez pitnej vody zostáva {domacnosti} domácností", domacnosti="n 20 2000"),
        ],
        "opatrenia": [
            it("Hasičský a záchranný zbor odčerpáva vodu z pivníc a stavia protipovodňové vaky"),
            it("Rozdaných vriec s pieskom: {vrecia}{vrecia.was}", vrecia="n 500 20000"),
            it("Zriadené evakuačné stredisko v telocvični základnej školy"),
        ],
        "sily": [
            it("Nasadení príslušníci HaZZ a dobrovoľných hasičských zborov: {hasici}{hasici.was}",
               hasici="n 20 400"),
            it("Príslušníci Ozbrojených síl SR: {vojaci}", vojaci="n 10 200"),
        ],
        "naklady": [
            it("Odhadované náklady na záchranné práce: {naklady}{naklady.was}", naklady="money 30 900"),
            it("Obce predkladajú žiadosti o úhradu nákladov cez okresný úrad"),
        ],
        "risks": [
            risk("Pretrhnutie provizórnej hrádze pri obci Hlboké {trend}", levels=SK_LEVELS,
                 mit=("hrádza je nepretržite monitorovaná a pripravené sú vaky s pieskom",)),
            risk("Kontaminácia studní po zaplavení",
                 mit=("regionálny úrad verejného zdravotníctva odoberá vzorky a obyvatelia dostávajú balenú vodu",)),
            risk("Riziko zosuvov pôdy na nasiaknutých svahoch {trend}", levels=SK_LEVELS,
                 mit=("geológovia obhliadajú ohrozené lokality a cesta pod svahom je uzavretá",)),
        ],
        "informovanie": [
            it("Obyvatelia sú informovaní cez obecné rozhlasy a webové sídlo okresného úradu"),
            it("Počet hovorov na infolinku okresného úradu: {hovory}{hovory.was}", hovory="n 20 800"),
        ],
        "postup": [
            it("Zasadnutie krízového štábu {stab} o 8.00 hod.", stab="date 1 2"),
            it("Dokončiť súpis škôd v obciach do {supis}", supis="date 4 12"),
        ],
    },
    {"suhrn": (2, 3), "hydro": (1, 2), "dopady": (1, 3), "opatrenia": (2, 3), "sily": (1, 2), "naklady": (1, 2),
     "risks": (1, 3), "informovanie": (1, 2), "postup": (1, 2)},
    date(2025, 9, 15), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

PERMBYTJE = Partner(
    "permbytje-sq",
    "Përmbytje",
    ("Prefektura e Qarkut Shkodër", "Prefektura e Qarkut Lezhë", "Prefektura e Qarkut Fier",
     "Prefektura e Qarkut Vlorë"),
    {},
    {
        "permbledhje": [
            it("Gjendja e emergjencës civile mbetet në fuqi në tri bashki të qarkut"),
            it("Numri i familjeve të evakuuara: {familje}{familje.was}", familje="n 10 900"),
            it("Sipërfaqja e tokës bujqësore nën ujë: {ha} ha", ha="n 100 9000"),
        ],
        "hidro": [
            it("Niveli i liqenit të Shkodrës është {cm} cm mbi kuotën e alarmit", cm="n 5 90"),
            it("Hidrocentralet në Drin po shkarkojnë ujë sipas grafikut të miratuar"),
        ],
        "moti": [
            it("Instituti i Gjeoshkencave parashikon reshje të dendura deri më {deri}", deri="date 1 3"),
            it("Pas reshjeve pritet ulje e temperaturave dhe erë e fortë nga veriu"),
        ],
        "demet": [
            it("Numri i banesave të përmbytura: {banesa}{banesa.was}", banesa="n 20 1500"),
            it("Rrugë rurale të bllokuara: {rruge}", rruge="n 2 30"),
            it("Shkolla me mësim të pezulluar: {shkolla}", shkolla="n 1 20"),
        ],
        "masat": [
            it("Forcat e Armatosura dhe Policia e Shtetit kanë evakuuar banorët me mjete lundruese"),
            it("Janë shpërndarë {pako} pako ushqimore për familjet e prekura", pako="n 100 5000"),
            it("Pompat e bordit të kullimit punojnë 24 orë në zonën e Nënshatit"),
        ],
        "forcat": [
            it("Efektivë të angazhuar në terren: {efektive}{efektive.was}", efektive="n 30 600"),
            it("Mjete të rënda dhe motopompa: {mjete}", mjete="n 5 80"),
        ],
        "risks": [
            risk("Rreziku i çarjes së argjinaturës së lumit Buna {trend}", levels=SQ_LEVELS,
                 mit=("argjinatura monitorohet çdo dy orë dhe janë vendosur thasë me rërë",)),
            risk("Përhapja e sëmundjeve ujore në zonat e përmbytura",
                 mit=("ISHP po dezinfekton puset dhe shpërndan tableta klori",)),
            risk("Rreziku i ngordhjes së bagëtive në fermat e izoluara {trend}", levels=SQ_LEVELS,
                 mit=("shërbimi veterinar shpërndan foragjere dhe ndihmon zhvendosjen e bagëtive",)),
        ],
        "informimi": [
            it("Qytetarët informohen përmes faqes zyrtare të Prefekturës dhe mediave lokale"),
            it("Thirrje të marra në numrin 112: {thirrje}{thirrje.was}", thirrje="n 20 900"),
        ],
        "hapat": [
            it("Mbledhja e Komitetit të Emergjencave Civile më {mbledhja} në orën 10:00", mbledhja="date 1 2"),
            it("Përfundimi i vlerësimit të dëmeve deri më {vleresim}", vleresim="date 4 12"),
        ],
    },
    {"permbledhje": (2, 3), "hidro": (1, 2), "moti": (1, 2), "demet": (1, 3), "masat": (2, 3), "forcat": (1, 2),
     "risks": (1, 3), "informimi": (1, 2), "hapat": (1, 2)},
    date(2025, 1, 13), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

MALTEMPATA = Partner(
    "maltempata-mt",
    "Maltempata",
    ("Kunsill Lokali Birkirkara", "Kunsill Lokali Msida", "Kunsill Lokali Żebbuġ", "Kunsill Lokali Qormi"),
    {},
    {
        "sommarju": [
            it("Il-maltempata tal-lejl għaddiet iżda xi toroq għadhom mgħarrqa"),
            it("Numru ta' rapporti ta' għargħar li rċeviena: {rapporti}{rapporti.was}", rapporti="n 5 200"),
            it("L-ebda persuna ma weġġgħet"),
        ],
        "sitwazzjoni": [
            it("Il-widien tal-lokalità għadhom qed jiġbdu ilma mill-għoljiet"),
            it("Toroq magħluqa għat-traffiku: {toroq}{toroq.was}", toroq="n 1 20"),
            it("Il-MET Office ħareġ twissija safra għall-irjieħ qawwija sa {sa}", sa="date 1 2"),
        ],
        "impatt": [
            it("Djar u garaxxijiet bl-ilma ġewwa: {djar}", djar="n 3 150"),
            it("Karozzi mġarrfa mill-ilma: {karozzi}", karozzi="n 1 40"),
            it("L-iskola primarja baqgħet magħluqa għal jum ieħor"),
        ],
        "azzjonijiet": [
            it("Il-Protezzjoni Ċivili ġibdet l-ilma minn {garaxxijiet} garaxxijiet", garaxxijiet="n 2 60"),
            it("Il-ħaddiema tal-kunsill neħħew il-ħmieġ u l-frieke mit-toroq ewlenin"),
            it("Tqassmu {basktijiet} basktijiet tar-ramel lir-residenti", basktijiet="n 50 2000"),
        ],
        "haddiema": [
            it("Ħaddiema tal-kunsill fuq xogħol żejjed: {haddiema}{haddiema.was}", haddiema="n 3 40"),
            it("Voluntiera tal-kumitat tal-lokalità: {voluntiera}", voluntiera="n 2 30"),
        ],
        "spejjez": [
            it("L-ispiża tal-kunsill s'issa: {spiza}{spiza.was}", spiza="money 5 120"),
            it("Il-kunsill se jitlob rimborż mill-Aġenzija għall-Kunsilli Lokali"),
        ],
        "risks": [
            risk("Ir-riskju ta' għargħar ġdid fil-wied {trend}", levels=MT_LEVELS,
                 mit=("il-kanali tal-ilma tnaddfu u hemm pompa lesta mal-Protezzjoni Ċivili",)),
            risk("Ħitan tas-sejjieħ li ġġarrfu fuq il-bankini",
                 mit=("iż-żona ġiet imbarrata u l-periti tal-kunsill qed jispezzjonaw",)),
            risk("Ir-riskju ta' ilma maħmuġ fil-kantini tal-istabbilimenti tal-ikel {trend}", levels=MT_LEVELS,
                 mit=("l-Awtorità tas-Saħħa qed tispezzjona qabel ma jerġgħu jiftħu",)),
        ],
        "komunikazzjoni": [
            it("Aġġornamenti jitpoġġew fuq il-paġna Facebook tal-kunsill kull filgħodu"),
            it("Telefonati lill-uffiċċju tal-kunsill: {telefonati}{telefonati.was}", telefonati="n 10 300"),
        ],
        "passi": [
            it("Laqgħa mal-Protezzjoni Ċivili nhar il-{laqgha}", laqgha="date 1 3"),
            it("Jitlestew l-ispezzjonijiet tal-ħitan sa {spezzjoni}", spezzjoni="date 3 9"),
        ],
    },
    {"sommarju": (2, 3), "sitwazzjoni": (1, 3), "impatt": (1, 3), "azzjonijiet": (2, 3), "haddiema": (1, 2),
     "spejjez": (1, 2), "risks": (1, 3), "komunikazzjoni": (1, 2), "passi": (1, 2)},
    date(2025, 11, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
