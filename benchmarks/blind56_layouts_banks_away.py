"""Item ideas of four ``blind56_layouts`` publishers writing in other languages than English: Bulgarian water and
sewerage companies while a drought puts villages on a water regime (Bulgarian), the provincial offices of Thailand's
Department of Disaster Prevention and Mitigation in a river flood (Thai), Galician town councils after a wave of
wildfires (Galician) and Albanian municipalities in a winter flood (Albanian) (``blind5_layouts_content`` explains
the slots). ``blind56_layouts_content`` prints the amounts, dates, comparisons and the mitigation's lead in each
publisher's words. Where a case ending or a preposition would bend the figure or date, a point gives the figure after
a label and a colon. The organisations are named after real kinds of body; the events and figures are invented."""

from __future__ import annotations

from datetime import date

from blind5_layouts_content import Partner

from sitroom.generate.banks import it, risk

SIZES = {"hl": (1, 2), "sit": (1, 2), "imp": (1, 2), "ta": (1, 2), "tb": (1, 2), "help": (1, 2), "staff": (1, 2),
         "money": (1, 2), "risks": (1, 3), "next": (1, 2)}  # fmt: skip

BG_LEVELS = ("се наблюдава", "нараства", "е висок", "е много висок")

VODA = Partner(
    "bg-vik-vodni-rezhimi",
    "Безводие",
    ("ВиК ЕООД – Плевен", "ВиК ООД – Ловеч", "ВиК ООД – Враца", "ВиК ООД – Габрово"),
    {},
    {
        "hl": [
            it("Поради продължителното засушаване от {nachalo} част от населените места са на режим на "
               "водоподаване", nachalo="date -5 -5"),
            it("Брой населени места на режим на водоподаване: {mesta}{mesta.was}", mesta="n 3 60"),
        ],
        "sit": [
            it("Дебитът на водоизточниците е намалял с близо една трета спрямо средния за сезона"),
            it("НИМХ не прогнозира значителни валежи през следващите десет дни"),
        ],
        "imp": [
            it("Брой жители, засегнати от режима на водоподаване: {zhiteli}{zhiteli.was}", zhiteli="n 200 9000"),
            it("В по-високите части на селата водата не достига до крайните потребители"),
        ],
        "ta": [
            it("Брой ремонтирани аварии по външната водопроводна мрежа: {avarii}{avarii.was}", avarii="n 5 200"),
            it("Резервоарите се пълнят през нощта, а водата се подава по график сутрин и вечер"),
        ],
        "tb": [
            it("Брой курсове на водоноски до засегнатите населени места: {kursove}{kursove.was}",
               kursove="n 5 120"),
            it("Бутилирана вода се раздава на кметствата за възрастни и болни хора"),
        ],
        "help": [
            it("Денонощният диспечерски телефон приема сигнали за аварии и липса на вода"),
            it("Училищата и детските градини в засегнатите села се снабдяват с водоноски всеки ден"),
        ],
        "staff": [
            it("Брой служители и машини, ангажирани с отстраняването на аварии: {ekipi}{ekipi.was}",
               ekipi="n 10 200"),
            it("Аварийните групи работят на смени, включително през почивните дни"),
        ],
        "money": [
            it("Разходите за аварийни ремонти и доставка на вода досега са: {razhodi}", razhodi="cum 100 4000"),
            it("Дружеството е поискало от Министерството на регионалното развитие {iskane} за нов сондаж",
               iskane="money 100 900"),
        ],
        "risks": [
            risk("Рискът от пресъхване на каптажите {trend}", levels=BG_LEVELS,
                 mit=("изграждат се временни връзки към съседни водоизточници",)),
            risk("Рискът от влошаване на качеството на водата {trend}", levels=BG_LEVELS,
                 mit=("РЗИ взема проби два пъти седмично",)),
            risk("Нерегламентирано поливане с питейна вода",
                 mit=("кметовете са издали заповеди за забрана на поливането",)),
        ],
        "next": [
            it("Режимът на водоподаване ще се преразгледа до {pregled}", pregled="date 1 3"),
            it("Следващата информация ще бъде изпратена на {sledv}", sledv="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 17), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

TH_LEVELS = ("อยู่ระหว่างเฝ้าระวัง", "เพิ่มขึ้น", "อยู่ในระดับสูง", "อยู่ในระดับสูงมาก")

NAMTHUAM = Partner(
    "th-ppp-uthokaphai",
    "อุทกภัย",
    ("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดนครสวรรค์", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดอุบลราชธานี",
     "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสุโขทัย", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดพิจิตร"),
    {},
    {
        "hl": [
            it("ตั้งแต่วันที่ {roem} เกิดน้ำท่วมในพื้นที่ลุ่มต่ำริมแม่น้ำหลายอำเภอ", roem="date -3 -3"),
            it("จำนวนอำเภอที่ประสบอุทกภัย: {amphoe}{amphoe.was}", amphoe="n 2 15"),
        ],
        "sit": [
            it("ระดับน้ำในแม่น้ำยังคงสูงกว่าตลิ่งและมีแนวโน้มทรงตัว"),
            it("กรมอุตุนิยมวิทยาคาดว่าจะมีฝนตกหนักบางแห่งในอีกสองวันข้างหน้า"),
        ],
        "imp": [
            it("จำนวนครัวเรือนที่ได้รับผลกระทบ: {khrua}{khrua.was}", khrua="n 200 15000"),
            it("ถนนสายรองหลายสายถูกน้ำท่วม รถเล็กไม่สามารถผ่านได้"),
        ],
        "ta": [
            it("จำนวนผู้อพยพในศูนย์พักพิงชั่วคราว: {op}{op.was}", op="n 20 900"),
            it("ศูนย์พักพิงชั่วคราวตั้งอยู่ในโรงเรียนและวัดที่อยู่บนที่สูง"),
        ],
        "tb": [
            it("จำนวนเครื่องสูบน้ำที่ติดตั้งในพื้นที่: {khrueang}{khrueang.was}", khrueang="n 5 120"),
            it("การไฟฟ้าส่วนภูมิภาคตัดกระแสไฟฟ้าในพื้นที่ที่น้ำท่วมสูงเพื่อความปลอดภัย"),
        ],
        "help": [
            it("จำนวนถุงยังชีพที่แจกจ่ายแล้ว: {thung}{thung.was}", thung="n 100 8000"),
            it("หน่วยแพทย์เคลื่อนที่ออกให้บริการในหมู่บ้านที่ถูกน้ำล้อมทุกวัน"),
        ],
        "staff": [
            it("จำนวนเจ้าหน้าที่และอาสาสมัคร อปพร. ที่ปฏิบัติงาน: {khon}{khon.was}", khon="n 20 600"),
            it("ทหารจากมณฑลทหารบกในพื้นที่ช่วยขนย้ายผู้ประสบภัยด้วยรถยกสูง"),
        ],
        "money": [
            it("งบประมาณทดรองราชการที่ใช้ไปแล้ว: {ngop}", ngop="cum 100 4000"),
            it("จังหวัดได้ขอรับการสนับสนุนงบประมาณเพิ่มเติมจำนวน {kho}", kho="money 100 900"),
        ],
        "risks": [
            risk("ความเสี่ยงที่น้ำจากตอนบนจะไหลมาสมทบ{trend}", levels=TH_LEVELS,
                 mit=("แจ้งเตือนประชาชนริมตลิ่งให้ขนย้ายทรัพย์สินขึ้นที่สูง",)),
            risk("ความเสี่ยงโรคที่มากับน้ำ{trend}", levels=TH_LEVELS,
                 mit=("สาธารณสุขจังหวัดแจกยารักษาน้ำกัดเท้าและคลอรีน",)),
            risk("อันตรายจากไฟฟ้าดูดในบ้านที่น้ำท่วม",
                 mit=("การไฟฟ้าส่วนภูมิภาคตรวจสอบและตัดไฟเป็นรายหลังคาเรือน",)),
        ],
        "next": [
            it("คาดว่าระดับน้ำจะลดลงเข้าสู่ภาวะปกติภายในวันที่ {lot}", lot="date 1 3"),
            it("จะรายงานสถานการณ์ครั้งต่อไปในวันที่ {to}", to="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 10, 12), cadence_days=1, punct="none", mitigation="colon",
)  # fmt: skip

GL_LEVELS = ("está en vixilancia", "vai en aumento", "é alto", "é moi alto")

LUMES = Partner(
    "gl-concello-incendios",
    "Incendios forestais",
    ("Concello de Ourense", "Concello da Rúa", "Concello de Vilariño de Conso", "Concello de Carballeda de Valdeorras"),
    {},
    {
        "hl": [
            it("Os incendios que comezaron o {comezo} queimaron monte e soutos en varias parroquias do concello",
               comezo="date -4 -4"),
            it("Hectáreas queimadas no termo municipal: {ha}{ha.was}", ha="n 50 9000"),
        ],
        "sit": [
            it("Os lumes están estabilizados, pero as brigadas seguen a vixiar os reacendementos"),
            it("MeteoGalicia prevé temperaturas altas e vento do leste ata o fin de semana"),
        ],
        "imp": [
            it("Veciñas e veciños desaloxados das súas casas: {desaloxo}{desaloxo.was}", desaloxo="n 10 600"),
            it("Varias estradas provinciais seguen cortadas ao tráfico pola presenza de fume"),
        ],
        "ta": [
            it("Traídas veciñais danadas polo lume: {traidas}{traidas.was}", traidas="n 1 40"),
            it("O concello subministra auga en camión cisterna ás aldeas sen traída"),
        ],
        "tb": [
            it("Quilómetros de pistas forestais limpas polas máquinas municipais: {km}{km.was}", km="n 5 200"),
            it("Os servizos municipais retiran as árbores queimadas que ameazan as vivendas"),
        ],
        "help": [
            it("O pavillón municipal segue aberto como albergue para as persoas desaloxadas"),
            it("Os servizos sociais atenden as solicitudes de axuda nas oficinas do concello"),
        ],
        "staff": [
            it("Persoal municipal e voluntariado de Protección Civil en servizo: {persoas}{persoas.was}",
               persoas="n 10 300"),
            it("As brigadas do Servizo de Prevención e Defensa contra Incendios traballan en quendas"),
        ],
        "money": [
            it("O gasto municipal na emerxencia ascende a {gasto}", gasto="cum 100 4000"),
            it("O concello solicitou á Xunta unha axuda de {axuda} para a reparación das traídas",
               axuda="money 100 900"),
        ],
        "risks": [
            risk("O risco de reacendementos {trend}", levels=GL_LEVELS,
                 mit=("as brigadas manteñen vixilancia nocturna nos perímetros",)),
            risk("O risco de arrastres de cinza aos ríos coas primeiras choivas {trend}", levels=GL_LEVELS,
                 mit=("colocaranse barreiras de palla nas ladeiras máis pendentes",)),
            risk("Caída de árbores queimadas sobre as estradas",
                 mit=("as estradas afectadas revisaranse a diario",)),
        ],
        "next": [
            it("Prevese reabrir as estradas cortadas antes do {reapertura}", reapertura="date 1 3"),
            it("O próximo boletín publicarase o {proximo}", proximo="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 8, 12), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip

SQ_LEVELS = ("është në monitorim", "po rritet", "është i lartë", "është shumë i lartë")

PERMBYTJE = Partner(
    "al-bashki-permbytje",
    "Përmbytje",
    ("Bashkia Shkodër", "Bashkia Lezhë", "Bashkia Vau i Dejës", "Bashkia Fier"),
    {},
    {
        "hl": [
            it("Reshjet e dendura që nga {fillimi} kanë përmbytur zonat fushore të bashkisë", fillimi="date -3 -3"),
            it("Numri i fshatrave të prekur nga përmbytjet: {fshatra}{fshatra.was}", fshatra="n 2 40"),
        ],
        "sit": [
            it("Niveli i lumit mbetet mbi kuotën e alarmit, por ka filluar të ulet ngadalë"),
            it("IGEWE parashikon reshje të pakta për dy ditët në vijim"),
        ],
        "imp": [
            it("Numri i banesave të përmbytura: {banesa}{banesa.was}", banesa="n 20 2000"),
            it("Hektarë tokë bujqësore nën ujë: {toka}{toka.was}", toka="n 50 6000"),
        ],
        "ta": [
            it("Numri i familjeve të evakuuara: {familje}{familje.was}", familje="n 5 400"),
            it("Familjet e evakuuara janë strehuar në shkolla dhe te të afërmit"),
        ],
        "tb": [
            it("Disa rrugë rurale janë të pakalueshme dhe lidhja bëhet me mjete lundruese"),
            it("Numri i pompave që punojnë për largimin e ujit: {pompa}{pompa.was}", pompa="n 3 80"),
        ],
        "help": [
            it("Numri i pakove ushqimore të shpërndara: {pako}{pako.was}", pako="n 50 4000"),
            it("Njësitë administrative regjistrojnë dëmet e familjeve për kompensim"),
        ],
        "staff": [
            it("Numri i punonjësve të emergjencave, policëve dhe ushtarakëve në terren: {forca}{forca.was}",
               forca="n 20 500"),
            it("Forcat e Armatosura kanë vënë në dispozicion mjete lundruese dhe kamionë"),
        ],
        "money": [
            it("Shpenzimet e bashkisë për emergjencën deri më sot: {shpenzime}", shpenzime="cum 100 4000"),
            it("Bashkia i ka kërkuar Ministrisë së Mbrojtjes fonde prej {fonde} për dëmet",
               fonde="money 100 900"),
        ],
        "risks": [
            risk("Rreziku i çarjes së argjinaturave {trend}", levels=SQ_LEVELS,
                 mit=("ekipet e bashkisë patrullojnë argjinaturat ditë e natë",)),
            risk("Rreziku i sëmundjeve nga uji i ndotur {trend}", levels=SQ_LEVELS,
                 mit=("ISHP po shpërndan tableta klori në fshatrat e prekur",)),
            risk("Ngordhja e bagëtive në zonat e izoluara",
                 mit=("fermerëve po u shpërndahet foragjere me mjete lundruese",)),
        ],
        "next": [
            it("Pritet që uji të tërhiqet nga zonat e banuara deri më {terheqje}", terheqje="date 1 3"),
            it("Raporti i radhës do të dërgohet më {radhes}", radhes="date 1 1"),
        ],
    },
    SIZES,
    date(2026, 11, 23), cadence_days=1, punct="stop", mitigation="colon",
)  # fmt: skip
