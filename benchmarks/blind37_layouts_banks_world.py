"""Item ideas of four ``blind37_layouts`` publishers: Japanese councils of social welfare running disaster volunteer
centres after torrential rain, in Japanese, Gujarat district collectorates in a cyclone, in Gujarati, Tatarstan district
executive committees in the spring flood, in Tatar, and Bavarian district offices in a snow disaster, in German
(``blind5_layouts_content`` explains the slots; the risks escalate in their own language's words; the Japanese,
Gujarati and Tatar series are told apart by their names in Latin letters, ``blind18_layouts_content.Romanised``).
``blind37_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each publisher's
words. The organisations are named after real kinds of body; the places, events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner
from blind18_layouts_content import Romanised

from sitroom.generate.banks import it, risk

JA_LEVELS = ("ある", "高まっている", "大きい", "非常に大きい")

VOLUNTEER = Romanised(
    "jp-saigai-vc",
    "災害ボランティアセンター",
    ("清川町社会福祉協議会", "大滝町社会福祉協議会", "八坂町社会福祉協議会", "北野町社会福祉協議会"),
    {},
    {
        "gaiyo": [
            it("{rain}からの大雨により、町内で浸水被害が発生した", rain="date -5 -5"),
            it("本日のボランティア参加者は{vols}人だった{vols.was}", vols="n 20 600"),
        ],
        "genjo": [
            it("災害ボランティアセンターを町総合体育館に開設している"),
            it("これまでに{done}件の依頼に対応した{done.was}", done="n 10 600"),
        ],
        "tenki": [
            it("気象台によると、{until}まで雨の予報となっている", until="date 1 3"),
            it("日中の最高気温は{temp}度前後の見込みで、熱中症に注意が必要", temp="n 30 37"),
        ],
        "higai": [
            it("町内の床上浸水は{floor}棟、床下浸水は{under}棟となっている", floor="n 10 800", under="n 20 1500"),
            it("{roads}か所で道路が通行止めとなっている", roads="n 1 20"),
        ],
        "needs": [
            it("本日の新規依頼は{new}件だった{new.was}", new="n 3 80"),
            it("依頼の多くは泥出しと家財の運び出し"),
        ],
        "katsudo": [
            it("本日は{teams}班が{areas}地区で活動した", teams="n 5 60", areas="n 1 9"),
            it("高齢者世帯を優先して泥出しを行っている"),
        ],
        "shizai": [
            it("スコップ{shovels}本、土のう袋{bags}枚を貸し出した", shovels="n 20 400", bags="n 100 5000"),
            it("高圧洗浄機が不足しているため、県社協に追加を依頼した"),
        ],
        "staff": [
            it("運営スタッフは{staff}人で、うち{outside}人は県内の社協からの応援", staff="n 8 60", outside="n 2 20"),
            it("スタッフの休日を交代で確保している"),
        ],
        "keihi": [
            it("これまでの運営経費は{cost}", cost="cum 20 900"),
            it("共同募金会から{grant}の助成が決定した", grant="money 20 300"),
        ],
        "risks": [
            risk("ボランティアの熱中症の危険性が{trend}", mit=("活動時間を午前と午後に分け、休憩と水分補給を徹底",),
                 levels=JA_LEVELS),
            risk("再度の大雨による土砂災害の危険性が{trend}", mit=("大雨警報の発表時は活動を中止",), levels=JA_LEVELS),
            risk("釘やガラスによるけが", mit=("安全靴と厚手の手袋の着用を受付で確認",)),
        ],
        "yotei": [
            it("{close}まで毎日センターを開設する予定", close="date 3 10"),
            it("週末は県外からのボランティアの受け入れを行う"),
        ],
    },
    {"gaiyo": (1, 2), "genjo": (1, 2), "tenki": (1, 2), "higai": (1, 2), "needs": (1, 2), "katsudo": (1, 2),
     "shizai": (1, 2), "staff": (1, 2), "keihi": (1, 2), "risks": (1, 3), "yotei": (1, 2)},
    date(2026, 7, 6), cadence_days=1, punct="stop", mitigation="colon",
    latin=("kiyokawa", "otaki", "yasaka", "kitano", "saigai"),
)  # fmt: skip

GU_LEVELS = ("પર નજર રખાઈ રહી છે", "વધી રહ્યું છે", "હવે ગંભીર છે", "હવે અતિ ગંભીર છે")

CYCLONE = Romanised(
    "in-gj-vavazodu",
    "વાવાઝોડું",
    ("કલેક્ટર કચેરી, કચ્છ", "કલેક્ટર કચેરી, દેવભૂમિ દ્વારકા", "કલેક્ટર કચેરી, જામનગર", "કલેક્ટર કચેરી, પોરબંદર"),
    {},
    {
        "summary": [
            it("'અરુણ' વાવાઝોડું {landfall}ના રોજ જિલ્લાના દરિયાકાંઠે ત્રાટક્યું", landfall="date -1 -1"),
            it("જિલ્લામાં કુલ {moved} લોકોનું સલામત સ્થળે સ્થળાંતર કરાયું{moved.was}", moved="n 500 90000"),
        ],
        "situation": [
            it("જિલ્લાના તમામ તાલુકાઓમાં કંટ્રોલ રૂમ ચોવીસે કલાક કાર્યરત છે"),
            it("છેલ્લા ચોવીસ કલાકમાં સરેરાશ {rain} મિ.મી. વરસાદ નોંધાયો{rain.was}", rain="n 20 300"),
        ],
        "forecast": [
            it("હવામાન વિભાગે {until} સુધી ભારે વરસાદની આગાહી કરી છે", until="date 1 3"),
            it("દરિયામાં {wind} કિ.મી. પ્રતિ કલાકની ઝડપે પવન ફૂંકાવાની સંભાવના છે", wind="n 40 120"),
        ],
        "shelters": [
            it("{shelters} આશ્રયસ્થાનોમાં {sheltered} લોકો રહે છે", shelters="n 10 200", sheltered="n 200 40000"),
            it("આશ્રયસ્થાનોમાં ભોજન, પીવાનું પાણી અને દવાની વ્યવસ્થા કરાઈ છે"),
        ],
        "damage": [
            it("{trees} વૃક્ષો ધરાશાયી થયા છે", trees="n 50 3000"),
            it("{houses} કાચાં મકાનોને અંશતઃ નુકસાન થયું છે{houses.was}", houses="n 10 2000"),
        ],
        "power": [
            it("{villages} ગામોમાં વીજ પુરવઠો ખોરવાયો છે{villages.was}", villages="n 5 400"),
            it("PGVCLની {crews} ટીમો વીજ પુરવઠો પુનઃસ્થાપિત કરી રહી છે", crews="n 10 200"),
        ],
        "teams": [
            it("NDRFની {ndrf} અને SDRFની {sdrf} ટીમો તૈનાત છે", ndrf="n 1 8", sdrf="n 1 8"),
            it("તમામ સરકારી કર્મચારીઓની રજાઓ રદ કરવામાં આવી છે"),
        ],
        "cost": [
            it("અત્યાર સુધી રાહત કામગીરી પાછળ {spent}નો ખર્ચ થયો છે", spent="cum 100 4000"),
            it("રાજ્ય સરકારે SDRFમાંથી {grant} ફાળવ્યા છે", grant="money 100 900"),
        ],
        "risks": [
            risk("દરિયાકાંઠાનાં ગામોમાં ભરતીનું પાણી ઘૂસવાનું જોખમ {trend}",
                 mit=("દરિયાકાંઠાનાં ગામો ખાલી કરાવાયાં છે",), levels=GU_LEVELS),
            risk("નીચાણવાળા વિસ્તારોમાં પાણી ભરાવાનું જોખમ {trend}", mit=("પાણીના નિકાલ માટે પંપ મૂકવામાં આવ્યા છે",),
                 levels=GU_LEVELS),
            risk("જર્જરિત મકાનો અને હોર્ડિંગ્સ પડવાનો ભય", mit=("નગરપાલિકાએ જોખમી હોર્ડિંગ્સ ઉતારી લીધાં છે",)),
        ],
        "appeal": [
            it("નાગરિકોને બિનજરૂરી રીતે ઘરની બહાર ન નીકળવા અપીલ છે"),
            it("માછીમારોએ આગામી સૂચના સુધી દરિયો ન ખેડવો"),
        ],
        "next": [
            it("{survey} સુધીમાં નુકસાનનો સર્વે પૂર્ણ કરવો", survey="date 2 6"),
            it("સ્થળાંતરિત લોકોને તબક્કાવાર ઘરે પરત મોકલવા"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 2), "forecast": (1, 2), "shelters": (1, 2), "damage": (1, 2),
     "power": (1, 2), "teams": (1, 2), "cost": (1, 2), "risks": (1, 3), "appeal": (1, 2), "next": (1, 2)},
    date(2026, 6, 14), cadence_days=1, punct="stop", mitigation="colon",
    latin=("kutch", "dwarka", "jamnagar", "porbandar", "vavazodu"),
)  # fmt: skip

TT_LEVELS = ("күзәтү астында", "арта", "хәзер зур", "хәзер бик зур")

SPRING_FLOOD = Romanised(
    "ru-ta-tashu",
    "Язгы ташу",
    ("Актаныш муниципаль районы Башкарма комитеты", "Мамадыш муниципаль районы Башкарма комитеты",
     "Балтач муниципаль районы Башкарма комитеты", "Саба муниципаль районы Башкарма комитеты"),
    {},
    {
        "summary": [
            it("Язгы ташу {start} көнне башланды, районның {villages} авылын су басты", start="date -4 -4",
               villages="n 2 20"),
            it("{evac} кеше вакытлыча урнаштыру пунктларына күчерелде{evac.was}", evac="n 10 900"),
        ],
        "situation": [
            it("Районда гадәттән тыш хәл режимы гамәлдә"),
            it("{houses} торак йорт һәм {yards} ишегалды су астында калды{houses.was}", houses="n 5 400",
               yards="n 10 900"),
            it("Ык елгасында су дәрәҗәсе тәүлек эчендә {rise} сантиметрга күтәрелде", rise="n 5 90"),
        ],
        "forecast": [
            it("Гидрометеорология үзәге фаразы буенча су дәрәҗәсе {peak} көненә кадәр күтәрелүен дәвам итәчәк",
               peak="date 1 4"),
            it("Көндез һава температурасы {high} градуска кадәр җылыначак", high="n 8 20"),
        ],
        "damage": [
            it("{road} километр авыл юлы юылып китте", road="n 1 30"),
            it("{cellars} базны һәм {sheds} хуҗалык корылмасын су басты", cellars="n 10 600", sheds="n 5 300"),
        ],
        "evacuation": [
            it("Вакытлыча урнаштыру пунктларында {pvr} кеше яши", pvr="n 5 300"),
            it("Күчерелгән гаиләләр туганнарында яки авыл мәдәният йортында урнаштырылды"),
        ],
        "roads": [
            it("{bridges} күпер аша хәрәкәт туктатылды", bridges="n 1 9"),
            it("Су баскан авылларга лодкалар йөри"),
        ],
        "utilities": [
            it("{nopower} йорт электр энергиясеннән өзелде{nopower.was}", nopower="n 10 800"),
            it("Авылларга эчәр су цистерналар белән китерелә"),
        ],
        "forces": [
            it("Эшләргә {people} кеше һәм {machines} берәмлек техника җәлеп ителде{people.was}", people="n 20 400",
               machines="n 5 80"),
            it("Республика ГТХМ идарәсеннән {rescuers} коткаручы җибәрелде", rescuers="n 5 60"),
        ],
        "costs": [
            it("Ташу нәтиҗәләрен бетерүгә {spent} тотылды", spent="cum 100 4000"),
            it("Республика резерв фондыннан {fund} бүлеп бирелде", fund="money 100 900"),
        ],
        "risks": [
            risk("Түбән Ык авылын яңадан су басу куркынычы {trend}",
                 mit=("яр буендагы йортларда тәүлек әйләнәсе дежурлык оештырылды",), levels=TT_LEVELS),
            risk("Йогышлы авырулар таралу куркынычы {trend}",
                 mit=("коелардан су анализга алынды, халыкка эчәр су таратыла",), levels=TT_LEVELS),
            risk("Боз кисәкләренең күпергә бәрелүе",
                 mit=("күпер янында шартлату эшләре өчен махсус төркем әзер тора",)),
        ],
        "next": [
            it("{assess} көненә кадәр зыянны бәяләүне тәмамлау", assess="date 2 6"),
            it("Су киткәннән соң йортларны һәм коеларны дезинфекцияләү"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 3), "forecast": (1, 2), "damage": (1, 2), "evacuation": (1, 2),
     "roads": (1, 2), "utilities": (1, 2), "forces": (1, 2), "costs": (1, 2), "risks": (1, 3), "next": (1, 2)},
    date(2026, 4, 13), cadence_days=1, punct="stop", mitigation="colon",
    latin=("aktanysh", "mamadysh", "baltach", "saba", "tashu"),
)  # fmt: skip

DE_LEVELS = ("wird beobachtet", "steigt", "ist jetzt erheblich", "ist jetzt sehr hoch")

SNOW = Partner(
    "de-by-schnee",
    "Schneekatastrophe",
    ("Landratsamt Miesbach", "Landratsamt Garmisch-Partenkirchen", "Landratsamt Traunstein", "Landratsamt Oberallgäu"),
    {},
    {
        "summary": [
            it("Seit dem {since} führt starker Schneefall im Landkreis zu erheblichen Beeinträchtigungen",
               since="date -3 -3"),
            it("{cut} Haushalte sind ohne Strom{cut.was}", cut="n 100 9000"),
        ],
        "situation": [
            it("Der Katastrophenfall besteht fort"),
            it("In den letzten 24 Stunden fielen bis zu {cm} cm Neuschnee", cm="n 10 90"),
            it("{cleared} Gebäude mit einsturzgefährdeten Dächern wurden geräumt{cleared.was}", cleared="n 2 60"),
        ],
        "forecast": [
            it("Der DWD erwartet bis zum {until} weitere Schneefälle", until="date 1 3"),
            it("Ab dem {thaw} ist mit Tauwetter und Regen zu rechnen", thaw="date 2 5"),
        ],
        "damage": [
            it("{collapsed} Dächer sind unter der Schneelast eingestürzt", collapsed="n 2 30"),
            it("Schneebruch hat Wälder und Freileitungen beschädigt"),
        ],
        "traffic": [
            it("{closed} Kreisstraßen sind gesperrt{closed.was}", closed="n 2 25"),
            it("Der Bahnverkehr zwischen den Talorten ist eingestellt"),
        ],
        "power": [
            it("Der Netzbetreiber hat {gens} Notstromaggregate aufgestellt", gens="n 2 40"),
            it("Die Wiederversorgung der Ortsteile im Oberland dauert an"),
        ],
        "forces": [
            it("Im Einsatz sind {forces} Kräfte von Feuerwehr, THW, BRK und Bundeswehr{forces.was}",
               forces="n 100 3000"),
            it("Die Führungsgruppe Katastrophenschutz arbeitet rund um die Uhr im Schichtbetrieb"),
        ],
        "costs": [
            it("Die Kosten des Einsatzes belaufen sich bisher auf {costs}", costs="cum 100 4000"),
            it("Der Freistaat hat Soforthilfen von {aid} zugesagt", aid="money 100 900"),
        ],
        "risks": [
            risk("Die Gefahr von Dacheinstürzen {trend}",
                 mit=("Statiker prüfen öffentliche Gebäude, Dächer werden abgeschaufelt",), levels=DE_LEVELS),
            risk("Die Lawinengefahr in den Hochlagen {trend}", mit=("Sperrung der gefährdeten Straßen und Wege",),
                 levels=DE_LEVELS),
            risk("Unterkühlung von Menschen in Häusern ohne Heizung", mit=("Wärmestuben in den Feuerwehrhäusern",)),
        ],
        "advice": [
            it("Dächer nur gesichert und nie allein abschaufeln"),
            it("Unnötige Fahrten vermeiden und Winterausrüstung mitführen"),
        ],
        "next": [
            it("Räumung der Dächer von Schulen und Turnhallen bis zum {schools}", schools="date 1 3"),
            it("Lagebesprechung mit den Bürgermeistern am Folgetag um 10 Uhr"),
        ],
    },
    {"summary": (1, 2), "situation": (1, 3), "forecast": (1, 2), "damage": (1, 2), "traffic": (1, 2),
     "power": (1, 2), "forces": (1, 2), "costs": (1, 2), "risks": (1, 3), "advice": (1, 2), "next": (1, 2)},
    date(2026, 1, 19), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
