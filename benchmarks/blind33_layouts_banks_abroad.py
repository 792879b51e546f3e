"""Item ideas of three ``blind33_layouts`` publishers writing in their own language: a Belarusian town's district
heating utility after a trunk main burst in a cold snap, in Belarusian, a German county's veterinary office in an
outbreak of African swine fever in wild boar, in German, and a Norwegian municipality's crisis management after a
quick-clay landslide, in Norwegian Bokmål (``blind5_layouts_content`` explains the slots; the risks escalate in their
own language's words, and a Belarusian count is worded "Колькасць … — 12" so that its noun does not change with the
number, as careful writers do in reports; the Belarusian series are told apart by their names in Latin letters,
``blind18_layouts_content.Romanised``). ``blind33_layouts_content`` prints the amounts, dates, comparisons and the
mitigation's lead in each publisher's words. The organisations are named after real kinds of body; the places, events
and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

BE_LEVELS = ("назіраецца", "павялічваецца", "цяпер значная", "цяпер крытычная")

HEATING = Romanised(
    "be-heating-failure",
    "Аварыя ў сістэме цеплазабеспячэння",
    ("КУП «Цеплавыя сеткі» – г. Азярышча", "КУП «Цеплавыя сеткі» – г. Лясная Гара",
     "КУП «Цеплавыя сеткі» – г. Нёманск", "КУП «Цеплавыя сеткі» – г. Крынічнае"),
    {},
    {
        "zmest": [
            it("Пасля аварыі на магістральнай цеплатрасе {avaryja} частка горада засталася без ацяплення",
               avaryja="date -3 -3"),
            it("Колькасць жылых дамоў без ацяплення — {damy}{damy.was}", damy="n 5 120"),
        ],
        "situacyja": [
            it("Начная тэмпература паветра: мінус {tempa} °C", tempa="n 12 28"),
            it("Гарачае водазабеспячэнне адноўлена ў {gvs} жылых дамоў", gvs="pct 10 100"),
            it("Ціск у падаючым трубаправодзе падтрымліваецца на паніжаным узроўні"),
        ],
        "raboty": [
            it("Даўжыня замененага ўчастка трубаправода — {metry} м{metry.was}", metry="n 20 400"),
            it("Аварыйныя брыгады працуюць кругласутачна ў тры змены"),
            it("Колькасць устаноўленых перасоўных кацельняў — {katl}", katl="n 1 12"),
        ],
        "fond": [
            it("Школы і дзіцячыя сады працуюць, тэмпература ў памяшканнях не ніжэй за 18 °C"),
            it("Колькасць кватэр, дзе выдадзены электраабагравальнікі, — {kv}{kv.was}", kv="n 50 2000"),
            it("Пацыентаў гарадской бальніцы № 2 перавялі ў цёплы корпус"),
        ],
        "katelni": [
            it("Кацельня па вуліцы Заводскай працуе на рэзервовым паліве"),
            it("Запас мазуту на рэзервовых кацельнях — на {sutki} сут.", sutki="n 3 20"),
        ],
        "sily": [
            it("Колькасць задзейнічаных работнікаў — {ludzi}{ludzi.was}", ludzi="n 30 300"),
            it("Колькасць адзінак тэхнікі — {tehnika}", tehnika="n 5 60"),
        ],
        "finansy": [
            it("Выдаткі на аднаўленчыя работы на сённяшні дзень складаюць {vydatki}", vydatki="cum 20 900"),
            it("З рэзервовага фонду райвыканкама выдзелена {fond}", fond="money 50 900"),
        ],
        "risks": [
            risk("Рызыка размарожвання сістэм ацяплення ў дамах без цеплазабеспячэння {trend}",
                 mit=("зліў вады з сістэм ацяплення ў дамах, дзе рамонт зойме больш за суткі",), levels=BE_LEVELS),
            risk("Рызыка новых парываў на зношаных участках цеплатрасы {trend}",
                 mit=("абход трасы двойчы на суткі і тэплавізійны кантроль",), levels=BE_LEVELS),
            risk("Недахоп электраабагравальнікаў для сацыяльна ўразлівых жыхароў",
                 mit=("дадатковыя абагравальнікі закуплены за кошт рэзервовага фонду",)),
        ],
        "inf": [
            it("Колькасць званкоў на гарачую лінію — {zvanki}{zvanki.was}", zvanki="n 50 1500"),
            it("Інфармацыя абнаўляецца на сайце райвыканкама і ў мясцовай газеце"),
        ],
        "plan": [
            it("Завяршыць гідраўлічныя выпрабаванні адрамантаванага ўчастка да {vyprab}", vyprab="date 1 3"),
            it("Падключыць да ацяплення дамы па вуліцы Садовай"),
        ],
    },
    {"zmest": (1, 2), "situacyja": (1, 3), "raboty": (1, 3), "fond": (1, 3), "katelni": (1, 2), "sily": (1, 2),
     "finansy": (1, 2), "risks": (1, 3), "inf": (1, 2), "plan": (1, 2)},
    date(2026, 1, 12), cadence_days=1, punct="stop", mitigation="colon",
    latin=("ciaplovyja-sietki-aziaryshcha", "ciaplovyja-sietki-liasnaja-hara", "ciaplovyja-sietki-niomansk",
           "ciaplovyja-sietki-krynichnaje", "ciaplazabiaspiachennie"),
)  # fmt: skip

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt erheblich", "ist jetzt kritisch")

SWINE_FEVER = Partner(
    "de-asp",
    "Afrikanische Schweinepest",
    ("Landkreis Oderbruch-Süd", "Landkreis Spreewaldau", "Landkreis Neißetal", "Landkreis Havelauen"),
    {},
    {
        "zusammenfassung": [
            it("Seit dem Nachweis der ASP bei einem Wildschwein am {nachweis} gilt im Kreisgebiet eine Sperrzone",
               nachweis="date -12 -12"),
            it("Die Zahl der bestätigten Fälle bei Wildschweinen liegt bei {faelle}{faelle.was}", faelle="n 1 60"),
        ],
        "lage": [
            it("Alle bisherigen Fälle liegen im Waldgebiet nördlich von Krummensee"),
            it("In Hausschweinebeständen wurde bisher kein Fall festgestellt"),
            it("Der Elektrozaun um das Kerngebiet ist auf {zaun} Kilometern geschlossen", zaun="n 5 60"),
        ],
        "sperrzonen": [
            it("In der Sperrzone II liegen {betriebe} schweinehaltende Betriebe", betriebe="n 3 80"),
            it("Für das Kerngebiet gilt ein Betretungsverbot für Wald und Feldflur"),
        ],
        "monitoring": [
            it("Suchhunde haben bisher {flaeche} Hektar Wald abgesucht{flaeche.was}", flaeche="n 200 8000"),
            it("Im Landeslabor wurden {proben} Proben untersucht", proben="n 20 600"),
        ],
        "auswirkungen": [
            it("Die Ernte in der Sperrzone ist nur nach Absuche der Flächen mit Drohnen erlaubt"),
            it("Die Jagd ist im Kerngebiet vollständig eingestellt"),
            it("Die Mehrkosten der Landwirte werden auf {mehrkosten} geschätzt", mehrkosten="cum 50 1500"),
        ],
        "einsatz": [
            it("Täglich sind {kraefte} Einsatzkräfte im Gelände{kraefte.was}", kraefte="n 20 250"),
            it("Das THW unterstützt beim Zaunbau"),
        ],
        "kosten": [
            it("Die Kosten des Landkreises belaufen sich bisher auf {kosten}", kosten="cum 100 2500"),
            it("Das Land erstattet {erstattung} für den Zaunbau", erstattung="money 50 800"),
        ],
        "risks": [
            risk("Das Risiko einer Einschleppung in Hausschweinebestände {trend}",
                 mit=("Kontrollen der Biosicherheit in allen Betrieben der Sperrzone",), levels=DE_LEVELS),
            risk("Das Risiko einer Verschleppung durch Erntemaschinen und Fahrzeuge {trend}",
                 mit=("Reinigungs- und Desinfektionsplätze an den Ausfahrten der Sperrzone",), levels=DE_LEVELS),
            risk("Beschädigung des Zauns durch Wild und Unwetter",
                 mit=("tägliche Zaunkontrolle durch die Jägerschaft",)),
        ],
        "hinweise": [
            it("Tot aufgefundene Wildschweine bitte nicht berühren und sofort dem Veterinäramt melden"),
            it("Speisereste nur in verschlossenen Müllbehältern entsorgen"),
        ],
        "naechste": [
            it("Die Sperrzone wird am {pruefung} überprüft", pruefung="date 2 7"),
            it("Der Zaun wird bis zur Kreisgrenze verlängert"),
        ],
    },
    {"zusammenfassung": (1, 2), "lage": (1, 3), "sperrzonen": (1, 2), "monitoring": (1, 2), "auswirkungen": (1, 3),
     "einsatz": (1, 2), "kosten": (1, 2), "risks": (1, 3), "hinweise": (1, 2), "naechste": (1, 2)},
    date(2026, 9, 14), cadence_days=7, punct="stop", mitigation="colon",
)  # fmt: skip

NO_LEVELS = ("følges", "øker", "er nå betydelig", "er nå kritisk")

LANDSLIDE = Partner(
    "no-kvikkleireskred",
    "Kvikkleireskred",
    ("Eidsdal kommune", "Kvernes kommune", "Sørlia kommune", "Leirvik kommune"),
    {},
    {
        "sammendrag": [
            it("Et kvikkleireskred gikk i boligfeltet på Brennhaugen natt til {skred}", skred="date -3 -3"),
            it("{evakuerte} personer er fortsatt evakuert{evakuerte.was}", evakuerte="n 20 900"),
        ],
        "situasjon": [
            it("Det er ikke registrert nye bevegelser i skredkanten siste døgn"),
            it("NVE har satt opp {sensorer} sensorer i skredområdet", sensorer="n 4 40"),
            it("Fylkesvei 31 er stengt mellom Brennhaugen og Moen"),
        ],
        "evakuering": [
            it("{hjem} husstander har fått flytte hjem{hjem.was}", hjem="n 2 120"),
            it("Evakuerte er innkvartert på hotell og hos familie"),
        ],
        "skredomraadet": [
            it("Geoteknikere har kartlagt {areal} dekar rundt skredet", areal="n 20 400"),
            it("Søket etter savnede er avsluttet"),
        ],
        "mannskap": [
            it("{mannskap} personer fra nødetatene og Sivilforsvaret er i innsats{mannskap.was}",
               mannskap="n 20 200"),
            it("Kommunens kriseledelse møtes hver morgen klokken 08.00"),
        ],
        "okonomi": [
            it("Kommunens utgifter til innkvartering er så langt {innkvartering}", innkvartering="cum 50 1500"),
            it("Staten har lovet et tilskudd på {tilskudd}", tilskudd="money 100 2000"),
        ],
        "risks": [
            risk("Risikoen for nye skred i skredkanten {trend}",
                 mit=("døgnkontinuerlig overvåking og avsperring av området",), levels=NO_LEVELS),
            risk("Risikoen for at evakuerte blir boende lenge uten fast bolig {trend}",
                 mit=("kommunen leier midlertidige boliger",), levels=NO_LEVELS),
            risk("Belastning på kommunens kriseledelse over tid",
                 mit=("bistand fra nabokommunene etter avtale",)),
        ],
        "info": [
            it("Det ble holdt et innbyggermøte i kulturhuset {mote}", mote="date -1 0"),
            it("Kommunens informasjonstelefon har tatt imot {samtaler} samtaler{samtaler.was}", samtaler="n 20 900"),
        ],
        "videre": [
            it("Ny vurdering av evakueringssonen {vurdering}", vurdering="date 1 3"),
            it("Plan for midlertidig vei til Moen skal være klar neste uke"),
        ],
    },
    {"sammendrag": (1, 2), "situasjon": (1, 3), "evakuering": (1, 2), "skredomraadet": (1, 2), "mannskap": (1, 2),
     "okonomi": (1, 2), "risks": (1, 3), "info": (1, 2), "videre": (1, 2)},
    date(2026, 1, 26), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
