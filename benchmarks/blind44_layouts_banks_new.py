"""Item ideas of three ``blind44_layouts`` publishers writing in languages no earlier set printed: Sorbian
municipalities of Upper Lusatia in a summer of drought and forest fires, writing in Upper Sorbian; Asturian councils
("conceyos") after a storm that brought down landslides ("argayos"), writing in Asturian in the Academy's standard;
and Hawaiian homestead community associations after a Kona storm flooded their homestead lands, writing in Hawaiian
(``blind5_layouts_content`` explains the slots; the risks escalate in their own language's words).
``blind44_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

HSB_LEVELS = ("so wobkedźbuje", "přiběra", "je nětko wysoki", "je nětko jara wysoki")
SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

WOHEN = Partner(
    "hsb-gmejny-wohen",
    "Lěsny woheń",
    ("Gmejna Radwor", "Gmejna Ralbicy-Róžant", "Gmejna Pančicy-Kukow", "Gmejna Njebjelčicy"),
    {},
    {
        "hl": [
            it("Wot {wohen} hori lěs w sewjeru gmejny", wohen="date -5 -5"),
            it("Wohnjowe wobory su měli {zasadzenja} zasadźenjow{zasadzenja.was}", zasadzenja="n 5 120"),
        ],
        "sit": [
            it("Woheń je wokomdźe pod kontrolu, ale žehli so hišće w pódźe"),
            it("Spalene je {hektary} hektarow lěsa{hektary.was}", hektary="n 10 900"),
        ],
        "imp": [
            it("{domy} domow dyrbješe so na krótki čas wuprózdnić{domy.was}", domy="n 2 80"),
            it("Dróha mjez wsami je hišće zawrjena"),
        ],
        "ta": [
            it("Wšě lěsne puće su za awta zawrjene"),
            it("Lěsnicy kontroluja kóždy dźeń {km} km pućow", km="n 10 120"),
        ],
        "tb": [
            it("Wodowy zwjazk prosy wobydlerjow, wodu lutować"),
            it("Spotrjeba wody je {spotrjeba} m³ na dźeń{spotrjeba.was}", spotrjeba="n 900 4000"),
        ],
        "help": [
            it("Gmejna je {swojby} swójbam pomhała{swojby.was}", swojby="n 2 60"),
            it("Sportownja słuži jako nócležišćo za ewakuowanych wobydlerjow"),
        ],
        "staff": [
            it("W zasadźenju je {woborarjo} wohnjowych woborarjow{woborarjo.was}", woborarjo="n 20 240"),
            it("Wobory z susodnych gmejnow nam pomhaja"),
        ],
        "money": [
            it("Přidatne kóšty su dotal {kosty}", kosty="cum 5 300"),
            it("Wokrjes je přizwolił {pomoc} jako podpěru", pomoc="money 5 60"),
        ],
        "risks": [
            risk("Strach noweho wohenja {trend}", levels=HSB_LEVELS, mit=("wobory stražuja dźeń a nóc",)),
            risk("Strach za strowotu přez kur {trend}", levels=HSB_LEVELS,
                 mit=("wobydlerjo maja wokna začinjene dźeržeć",)),
            risk("Njedostatk pitneje wody w horcych dnjach", mit=("gmejna rozdźěla wodu we flěšach",)),
        ],
        "next": [
            it("Posedźenje krizoweho staba dnja {stab}", stab="date 1 3"),
            it("Kontrola wšěch lěsnych pućow hač do {hac}", hac="date 3 9"),
        ],
    },
    SIZES,
    date(2026, 8, 10), cadence_days=3, punct="stop", mitigation="colon",
)  # fmt: skip

AST_LEVELS = ("ta controláu", "ta aumentando", "ye agora altu", "ye agora mui altu")

ARGAYOS = Partner(
    "ast-conceyos-argayos",
    "Temporal y argayos",
    ("Conceyu de Llangréu", "Conceyu de Mieres", "Conceyu de Tinéu", "Conceyu de Llaviana"),
    {},
    {
        "hl": [
            it("Dende'l {temporal} el conceyu tien activáu'l plan d'emerxencies municipal", temporal="date -4 -4"),
            it("Rexistráronse {argayos} argayos en tol conceyu{argayos.was}", argayos="n 5 140"),
        ],
        "sit": [
            it("La lluvia paró pero'l terrén sigue mui mollao"),
            it("Hai {pueblos} pueblos incomunicaos{pueblos.was}", pueblos="n 2 30"),
        ],
        "imp": [
            it("{viviendes} viviendes tienen daños{viviendes.was}", viviendes="n 3 200"),
            it("Cayó parte del muriu del cementeriu"),
        ],
        "ta": [
            it("Les máquines trabayen en {carreteres} carreteres municipales{carreteres.was}", carreteres="n 2 40"),
            it("La carretera AS-17 sigue cortada por un argayu"),
        ],
        "tb": [
            it("{vecinos} vecinos tán ensin agua corriente{vecinos.was}", vecinos="n 20 2000"),
            it("La compañía llétrica restableció la lluz en tolos pueblos menos dos"),
        ],
        "help": [
            it("Los servicios sociales atendieron a {families} families{families.was}", families="n 2 90"),
            it("El polideportivu tien camines pa les persones desalloxaes"),
        ],
        "staff": [
            it("Trabayen {operarios} operarios municipales y voluntarios de Proteición Civil{operarios.was}",
               operarios="n 10 150"),
            it("Los Bomberos d'Asturies collaboren cola brigada municipal"),
        ],
        "money": [
            it("Los gastos de la emerxencia xuben a {gastos}", gastos="cum 20 900"),
            it("El Principáu adelantó {ayuda} pa obres urxentes", ayuda="money 20 400"),
        ],
        "risks": [
            risk("El riesgu de nuevos argayos {trend}", levels=AST_LEVELS,
                 mit=("cortóse'l pasu peles zones más peligroses",)),
            risk("El riesgu de riada nel ríu {trend}", levels=AST_LEVELS,
                 mit=("hai vixilancia de los puntos críticos cada trés hores",)),
            risk("Cortes d'agua nos pueblos altos", mit=("el conceyu reparte agua en camión cisterna",)),
        ],
        "next": [
            it("Reunión de la Xunta Local de Seguridá el {xunta}", xunta="date 1 3"),
            it("Acabar la llimpieza de les carreteres enantes del {llimpieza}", llimpieza="date 3 12"),
        ],
    },
    SIZES,
    date(2026, 11, 2), cadence_days=2, punct="stop", mitigation="colon",
)  # fmt: skip

HAW_LEVELS = ("ke nānā ʻia nei", "ke piʻi nei", "ua nui i kēia manawa", "ua nui loa i kēia manawa")

KAIAKAHI = Partner(
    "haw-hui-hoopulapula-kona",
    "Ka ʻino Kona",
    ("Hui ʻĀina Hoʻopulapula o Waimānalo", "Hui Kaiāulu Hoʻopulapula o Nānākuli", "Hui Hoʻopulapula o Keaukaha",
     "Hui Kaiāulu o Panaʻewa"),
    {},
    {
        "hl": [
            it("Mai ka lā {ua} mai ua kahe ka wai ma luna o ka ʻāina hoʻopulapula", ua="date -6 -6"),
            it("Ua kipa mākou i {kipa} hale{kipa.was}", kipa="n 10 400"),
        ],
        "sit": [
            it("Ua emi ka wai akā he nui ka lepo i loko o nā hale"),
            it("{ohana} ʻohana ʻaʻole i hiki ke hoʻi i ko lākou hale{ohana.was}", ohana="n 2 90"),
        ],
        "imp": [
            it("Ua pōʻino {hale} hale i ka wai{hale.was}", hale="n 3 150"),
            it("Ua pau nā māla ʻai i ka wai a me ka lepo"),
        ],
        "ta": [
            it("Ua pani ʻia ke alanui nui ma kahi o ke kahawai"),
            it("Ua hoʻomaʻemaʻe ʻia {mile} mile o nā alanui", mile="n 2 40"),
        ],
        "tb": [
            it("Pono e hoʻolapalapa i ka wai ma mua o ka inu ʻana"),
            it("Ua hāʻawi ʻia {omole} ʻōmole wai{omole.was}", omole="n 200 9000"),
        ],
        "help": [
            it("Ua kōkua mākou i {kokua} ʻohana me ka meaʻai a me nā lako{kokua.was}", kokua="n 5 300"),
            it("Ua wehe ʻia ka hale hālāwai no ka poʻe i haʻalele i ko lākou hale"),
        ],
        "staff": [
            it("Ua hana {manawalea} manawaleʻa i kēia pule{manawalea.was}", manawalea="n 10 250"),
            it("Ua hele mai nā limahana o ke Keʻena ʻĀina Hoʻopulapula e kōkua"),
        ],
        "money": [
            it("Ua hoʻolilo ʻia he {lilo} a hiki i kēia manawa", lilo="cum 5 300"),
            it("Ua loaʻa iā mākou he {haawi} mai nā hui kōkua", haawi="money 5 80"),
        ],
        "risks": [
            risk("Ka pilikia o ka wai kahe hou {trend}", levels=HAW_LEVELS,
                 mit=("ua hoʻomākaukau ʻia nā ʻeke one no nā hale",)),
            risk("Ka pilikia o ka maʻi mai ka wai haumia {trend}", levels=HAW_LEVELS,
                 mit=("ua hāʻawi ʻia nā lako hoʻomaʻemaʻe i nā ʻohana",)),
            risk("Ka luhi o nā manawaleʻa", mit=("ua hoʻololi ʻia nā hana i kēlā me kēia lā",)),
        ],
        "next": [
            it("Hālāwai me ke Kalana ma ka lā {halawai}", halawai="date 1 4"),
            it("E pau ka hoʻomaʻemaʻe ʻana o nā hale ma mua o ka lā {pau}", pau="date 4 14"),
        ],
    },
    SIZES,
    date(2026, 1, 12), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip
