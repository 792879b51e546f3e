"""Item ideas of four ``blind21_layouts`` publishers: a Basque town council's flood report, a Serbian city or
municipal emergency staff's flood report, a Luxembourg commune's flood report in Luxembourgish and a Haitian
communal civil protection committee's hurricane report in Haitian Creole (``blind5_layouts_content`` explains the
slots). The generator's figures, dates and "(up from … )" notes are British English; ``blind21_layouts_content``
prints them in each publisher's conventions. The organisations are named after real kinds of body; the places,
events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

EU_LEVELS = ("zaintzen ari da", "handitzen ari da", "orain handia da", "orain larria da")
SR_LEVELS = ("se prati", "raste", "je sada visok", "je sada kritičan")
LB_LEVELS = ("gëtt iwwerwaacht", "hëlt zou", "ass elo héich", "ass elo kritesch")
HT_LEVELS = ("ap siveye", "ap monte", "kounye a wo", "kounye a kritik")

UHOLDEAK = Partner(
    "uholdeak-eu",
    "Uholdeak",
    ("Tolosako Udala", "Hernaniko Udala", "Azpeitiko Udala", "Zumarragako Udala"),
    {},
    {
        "laburpena": [
            it("Oria ibaiak gainezka egin du udalerriko hainbat auzotan"),
            it("Etxetik atera behar izan duten herritarrak: {etxe}{etxe.was}", etxe="n 10 600"),
            it("Ez da zauriturik edo hildakorik izan orain arte"),
        ],
        "egoera": [
            it("Ibaiaren maila arrisku-mailaren gainetik: {cm} cm", cm="n 5 120"),
            it("Urak hartutako kaleak: {kale}{kale.was}", kale="n 2 40"),
        ],
        "iragarpena": [
            it("Euskalmetek abisu laranja mantentzen du euri-jasengatik"),
            it("Abisuaren amaiera: {arte}", arte="date 1 3"),
        ],
        "eragina": [
            it("Argindarrik gabeko etxebizitzak: {argi}", argi="n 20 3000"),
            it("GI-2130 errepidea itxita dago Andoain eta Villabona artean"),
            it("Itxitako ikastetxeak: {ikas}{ikas.was}", ikas="n 1 12"),
        ],
        "erantzuna": [
            it("Suhiltzaileek eta Ertzaintzak urak harrapatutako herritarrak erreskatatu dituzte"),
            it("Kiroldegia aterpe gisa ireki da"),
            it("Banatutako harea-zakuak: {zaku}{zaku.was}", zaku="n 200 6000"),
        ],
        "baliabideak": [
            it("Lanean ari diren udal langileak eta boluntarioak: {langile}{langile.was}", langile="n 20 400"),
            it("Ponpak eta makina astunak: {makina}", makina="n 3 60"),
        ],
        "kostuak": [
            it("Orain arteko larrialdi-gastuak: {gastu}{gastu.was}", gastu="money 50 900"),
            it("Udalak Foru Aldundiari laguntza eskatu dio"),
        ],
        "risks": [
            risk("Ibaiak berriro gainezka egiteko arriskua {trend}", levels=EU_LEVELS,
                 mit=("ibai-ertzak zaintzen dira eta herritarrei abisuak bidaltzen zaizkie SMS bidez",)),
            risk("Edateko uraren kutsadura urak hartutako auzoetan",
                 mit=("ur botilak banatzen dira eta laginak egunero aztertzen dira",)),
            risk("Lur-jausien arriskua mendi-hegaletako bideetan {trend}", levels=EU_LEVELS,
                 mit=("bideak itxi dira eta geologoek egunero ikuskatzen dituzte",)),
        ],
        "komunikazioa": [
            it("Informazioa udalaren webgunean eta sare sozialetan argitaratzen da"),
            it("Udaltzaingoari egindako deiak: {dei}{dei.was}", dei="n 20 900"),
        ],
        "hurrengo": [
            it("Larrialdi-batzordearen hurrengo bilera: {bilera}", bilera="date 1 2"),
            it("Kalteen balorazioa egitea aseguru-etxeekin batera"),
        ],
    },
    {"laburpena": (2, 3), "egoera": (1, 2), "iragarpena": (1, 2), "eragina": (1, 3), "erantzuna": (2, 3),
     "baliabideak": (1, 2), "kostuak": (1, 2), "risks": (1, 3), "komunikazioa": (1, 2), "hurrengo": (1, 2)},
    date(2025, 3, 10), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

POPLAVE = Partner(
    "poplave-sr",
    "Poplave",
    ("Gradski štab za vanredne situacije Šabac", "Opštinski štab za vanredne situacije Obrenovac",
     "Gradski štab za vanredne situacije Kraljevo", "Opštinski štab za vanredne situacije Paraćin"),
    {},
    {
        "opste": [
            it("Na teritoriji grada je i dalje na snazi vanredna situacija zbog poplava"),
            it("Vodostaj reke kod mernog mesta: {cm} cm{cm.was}", cm="n 300 900"),
            it("Broj poplavljenih naselja: {nas}", nas="n 1 15"),
        ],
        "hidro": [
            it("RHMZ najavljuje dalji porast vodostaja do {do}", do="date 1 3"),
            it("Očekuju se nove padavine u slivu reke"),
        ],
        "posledice": [
            it("Broj evakuisanih lica: {evak}{evak.was}", evak="n 10 800"),
            it("Broj poplavljenih stambenih objekata: {kuce}", kuce="n 5 400"),
            it("Deonica regionalnog puta prema susednoj opštini je zatvorena za saobraćaj"),
        ],
        "mere": [
            it("Pripadnici Sektora za vanredne situacije evakuisali su stanovnike čamcima"),
            it("Broj podeljenih džakova peska: {dzak}{dzak.was}", dzak="n 500 9000"),
            it("Dužina postavljene mobilne zaštitne ograde: {ograda} m", ograda="n 50 900"),
        ],
        "snage": [
            it("Broj angažovanih pripadnika službi i volontera: {ljudi}{ljudi.was}", ljudi="n 20 400"),
            it("Broj angažovanih vozila i mašina: {vozila}", vozila="n 5 80"),
        ],
        "troskovi": [
            it("Troškovi odbrane od poplava do sada: {tr}{tr.was}", tr="money 20 600"),
            it("Upućen je zahtev Vladi za pomoć iz budžetske rezerve"),
        ],
        "risks": [
            risk("Rizik od probijanja nasipa na nizvodnoj deonici {trend}", levels=SR_LEVELS,
                 mit=("nasip se dežurstvom obilazi na svaka dva sata i pripremljeni su džakovi peska",)),
            risk("Zagađenje bunara za piće u poplavljenim naseljima",
                 mit=("stanovnicima se deli flaširana voda i uzimaju se uzorci vode",)),
            risk("Rizik od klizišta na putevima u brdskim selima {trend}", levels=SR_LEVELS,
                 mit=("ugroženi putevi su zatvoreni i svakodnevno se obilaze",)),
        ],
        "informisanje": [
            it("Obaveštenja se objavljuju na sajtu grada i u lokalnim medijima"),
            it("Broj poziva dežurnoj službi: {pozivi}{pozivi.was}", pozivi="n 20 800"),
        ],
        "naredni": [
            it("Sledeća sednica štaba: {sednica}", sednica="date 1 2"),
            it("Procena štete na poljoprivrednom zemljištu i stambenim objektima"),
        ],
    },
    {"opste": (2, 3), "hidro": (1, 2), "posledice": (1, 3), "mere": (2, 3), "snage": (1, 2), "troskovi": (1, 2),
     "risks": (1, 3), "informisanje": (1, 2), "naredni": (1, 2)},
    date(2025, 5, 14), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

HEICHWAASSER = Partner(
    "heichwaasser-lb",
    "Héichwaasser",
    ("Gemeng Ettelbréck", "Gemeng Dikrech", "Gemeng Iechternach", "Gemeng Réimech"),
    {},
    {
        "resume": [
            it("D'Waasser ass an der Nuecht an e puer Quartieren iwwer d'Ufer gaangen"),
            it("Evakuéiert Awunner: {evak}{evak.was}", evak="n 10 500"),
            it("Et goufe bis elo keng Blesséiert gemellt"),
        ],
        "lag": [
            it("Waasserstand um Pegel: {cm} cm{cm.was}", cm="n 300 700"),
            it("Iwwerschwemmt Stroossen: {stroossen}", stroossen="n 2 30"),
        ],
        "wieder": [
            it("Meteolux huet eng orange Warnung bis den {bis} erausginn", bis="date 1 3"),
            it("Weider Reen gëtt fir de Weekend erwaart"),
        ],
        "impakt": [
            it("Haiser ouni Stroum: {stroum}{stroum.was}", stroum="n 20 2000"),
            it("D'Nationalstrooss duerch den Duerfkär ass gespaart"),
            it("Zougemaach Schoulen: {schoulen}", schoulen="n 1 8"),
        ],
        "asatz": [
            it("CGDIS-Equipen hunn Awunner mat Booter aus hiren Haiser geholl"),
            it("De Sportshal ass als Noutënnerkonft opgemaach ginn"),
            it("Verdeelt Sandsäck: {sak}{sak.was}", sak="n 200 5000"),
        ],
        "personal": [
            it("Pompjeeën am Asaz: {pomp}{pomp.was}", pomp="n 20 300"),
            it("Gemengenaarbechter am Asaz: {aarb}", aarb="n 5 80"),
        ],
        "kaschten": [
            it("Käschte vum Asaz bis elo: {k}{k.was}", k="money 20 500"),
            it("D'Gemeng huet beim Inneministère eng finanziell Hëllef ugefrot"),
        ],
        "risks": [
            risk("De Risiko, datt d'Waasser nach eng Kéier klëmmt, {trend}", levels=LB_LEVELS,
                 mit=("d'Déich gi Dag an Nuecht iwwerwaacht an d'Awunner iwwer GouvAlert gewarnt",)),
            risk("Verschmotzung vum Drénkwaasser an de iwwerschwemmte Quartieren",
                 mit=("d'Awunner kréien Flaschewaasser an d'Waasser gëtt all Dag getest",)),
            risk("De Risiko vu Stroumausfäll am Zentrum {trend}", levels=LB_LEVELS,
                 mit=("Creos huet Notstroumaggregater opgestallt",)),
        ],
        "kommunikatioun": [
            it("D'Awunner ginn iwwer GouvAlert an d'Websäit vun der Gemeng informéiert"),
            it("Uriff op der Hotline: {uriff}{uriff.was}", uriff="n 20 700"),
        ],
        "schrett": [
            it("Nächst Versammlung vun der Krisenzell: {den}", den="date 1 2"),
            it("Schiedserfaassung mat den Assurancen organiséieren"),
        ],
    },
    {"resume": (2, 3), "lag": (1, 2), "wieder": (1, 2), "impakt": (1, 3), "asatz": (2, 3), "personal": (1, 2),
     "kaschten": (1, 2), "risks": (1, 3), "kommunikatioun": (1, 2), "schrett": (1, 2)},
    date(2025, 1, 20), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SIKLON = Partner(
    "siklon-ht",
    "Siklòn",
    ("Komite Kominal Pwoteksyon Sivil Jakmèl", "Komite Kominal Pwoteksyon Sivil Okay",
     "Komite Kominal Pwoteksyon Sivil Jeremi", "Komite Kominal Pwoteksyon Sivil Pòdepè"),
    {},
    {
        "rezime": [
            it("Siklòn nan pase sou kòt la pandan lannwit lan"),
            it("Kantite moun ki nan abri provizwa: {abri}{abri.was}", abri="n 50 4000"),
            it("Pou kounye a, pa gen okenn moun ki mouri ki rapòte"),
        ],
        "sitiyasyon": [
            it("Rivyè a debòde nan plizyè katye ki ba"),
            it("Kantite kay ki inonde: {kay}{kay.was}", kay="n 10 900"),
        ],
        "meteyo": [
            it("UHM avèti gen lapli toujou jiska {jiska}", jiska="date 1 3"),
            it("Lanmè a ap rete move, pechè yo pa dwe soti"),
        ],
        "enpak": [
            it("Wout nasyonal la bloke akoz glisman teren"),
            it("Kantite lekòl ki fèmen: {lekol}{lekol.was}", lekol="n 1 40"),
            it("Kay ki pa gen kouran: {kouran}", kouran="n 50 5000"),
        ],
        "abri": [
            it("Abri ki louvri: {abri_n}; fanmi ki resevwa: {fanmi}", abri_n="n 2 30", fanmi="n 20 1500"),
            it("Manje cho distribye de fwa pa jou nan chak abri"),
        ],
        "repons": [
            it("Ekip DPC yo ak volontè Kwa Wouj ap evakye moun nan zòn ki ba yo"),
            it("Kantite kit ijyèn distribye: {kit}{kit.was}", kit="n 50 3000"),
            it("Sant Operasyon Ijans Komin nan ap travay 24 sou 24"),
        ],
        "resous": [
            it("Volontè ki mobilize: {vol}{vol.was}", vol="n 20 400"),
            it("Machin ak kamyon ki disponib: {machin}", machin="n 2 40"),
        ],
        "risks": [
            risk("Risk pou kolera gaye nan abri yo {trend}", levels=HT_LEVELS,
                 mit=("MSPP ap fè sansibilizasyon epi yo bay tablèt pou trete dlo",)),
            risk("Risk glisman teren nan katye mòn yo {trend}", levels=HT_LEVELS,
                 mit=("fanmi ki pi an danje yo evakye epi ekip yo ap veye zòn nan",)),
            risk("Mank dlo potab nan abri yo",
                 mit=("DINEPA ap distribye dlo trete ak kamyon sitèn",)),
        ],
        "kominikasyon": [
            it("Mesaj yo pase sou radyo kominotè yo ak sou WhatsApp"),
            it("Apèl nan liy ijans lan: {apel}{apel.was}", apel="n 20 900"),
        ],
        "etap": [
            it("Pwochen reyinyon Sant Operasyon Ijans lan: {reyinyon}", reyinyon="date 1 2"),
            it("Fè evalyasyon domaj yo ak ekip MTPTC yo"),
        ],
    },
    {"rezime": (2, 3), "sitiyasyon": (1, 2), "meteyo": (1, 2), "enpak": (1, 3), "abri": (1, 2), "repons": (2, 3),
     "resous": (1, 2), "risks": (1, 3), "kominikasyon": (1, 2), "etap": (1, 2)},
    date(2025, 9, 8), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
