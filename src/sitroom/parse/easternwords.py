"""Section names in Hungarian, Greek, Romanian, Ukrainian and Russian, Croatian (and its neighbours written in
Latin letters) and Galician, for the vocabulary (``sitroom.parse.vocabulary``).

A county disaster directorate in Hungary, a Greek region, a Romanian prefecture, a Ukrainian city council, a
Croatian civil protection headquarters or a Galician council name the same parts of a report as everyone
else: the summary ("Összefoglaló", "Συνοπτικά", "Rezumat", "Головне", "Sažetak", "Resumo"), the situation,
the weather forecast, the consequences for people and infrastructure, what was done and by whom, the staff,
the costs, the repairs, the risks, the help given to people, what the public is told and the next steps. The
words are compared folded as the vocabulary's are (lower case, no accents: "Κίνδυνοι" is "κινδυνοι",
"Măsuri" is "masuri").
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
EASTERN: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: (
        "osszefoglalo", "osszefoglalas", "vezetoi osszefoglalo", "συνοπτικα", "συνοψη", "περιληψη", "κυρια σημεια",
        "rezumat", "sinteza", "головне", "коротко", "основне", "главное", "кратко", "основное", "sazetak",
        "ukratko", "resumo",
    ),
    K.SITUATION: (
        "helyzet", "jelenlegi helyzet", "altalanos helyzet", "vedekezesi helyzet", "helyzetkep",
        "τρεχουσα κατασταση", "κατασταση", "γενικη κατασταση", "situatia generala", "situatia actuala",
        "situatia", "situatia operativa", "ситуація", "поточна ситуація", "обстановка", "загальна обстановка",
        "ситуация", "текущая ситуация", "stanje", "trenutno stanje", "opce stanje", "situacija", "situacion",
        "estado",
    ),
    K.FORECAST: (
        "hidrometeorologiai helyzet", "idojaras", "elorejelzes", "idojarasi elorejelzes", "προγνωση καιρου",
        "προγνωση", "καιρος", "prognoza meteorologica", "prognoza", "avertizari meteorologice", "прогноз погоди",
        "прогноз", "погода", "прогноз погоды", "hidroloska situacija", "meteoroloska situacija",
        "hidrometeoroloska situacija", "vremenska prognoza", "prognoza vremena",
    ),
    K.IMPACTS: (
        "hatasok", "hatasok a lakossagra", "karok", "kovetkezmenyek", "επιπτωσεις", "ζημιες", "συνεπειες",
        "efecte", "efecte asupra populatiei", "impactul", "impact", "consecinte", "pagube", "urmari", "наслідки",
        "пошкодження",
        "енергопостачання", "водопостачання", "тепло та водопостачання", "последствия", "повреждения",
        "электроснабжение", "posljedice", "posledice", "steta", "stete", "afeccion", "afeccions",
        "afeccion a poboacion",
    ),
    K.RESPONSE: (
        "beavatkozo erok", "beavatkozo erok es eszkozok", "beavatkozas", "vedekezes", "megtett intezkedesek",
        "δρασεις", "ενεργειες", "επιχειρησιακη δραση", "κινητοποιηση δυναμεων", "actiuni intreprinse",
        "masuri intreprinse", "forte si mijloace", "interventii", "вжиті заходи", "заходи", "реагування",
        "принятые меры", "меры", "angazirane snage", "poduzete mjere", "intervencije", "actuacions",
        "actuacions realizadas", "medidas adoptadas",
    ),
    K.WORKFORCE: (
        "szemelyi allomany", "letszam", "szolgalatban levo erok",
        "bevetett erok", "προσωπικο", "ανθρωπινο δυναμικο", "personal", "resurse umane",
        "персонал", "особовий склад", "личный состав", "osoblje", "ljudstvo", "persoal", "persoal e medios",
        "δυναμεις και μεσα", "δυναμεις",
    ),
    K.FINANCE: (
        "koltsegek", "penzugyek", "κοστος", "οικονομικα", "costuri", "фінанси", "витрати", "финансы", "расходы",
        "troskovi", "financije", "custos", "custo", "δαπανες",
    ),
    K.RECOVERY: (
        "helyreallitas", "αποκατασταση", "ανακαμψη", "refacere", "reconstructie", "відновлювальні роботи",
        "відновлення", "восстановление", "восстановительные работы", "obnova", "sanacija",
    ),
    K.RISKS: (
        "kockazatok", "kockazat", "veszelyek", "κινδυνοι", "κινδυνος", "riscuri", "riscuri identificate",
        "vulnerabilitati", "ризики", "загрози", "риски", "угрозы", "rizici", "rizik", "opasnosti", "riscos",
    ),
    K.ASSISTANCE: (
        "segitsegnyujtas", "αρωγη", "βοηθεια", "στηριξη", "asistenta", "sprijin acordat populatiei", "sprijin",
        "пункти незламності",
        "допомога", "допомога населенню", "гуманітарна допомога", "помощь", "пункты обогрева", "pomoc",
        "pomoc stanovnistvu", "zbrinjavanje", "στηριξη κατοικων", "στηριξη",
    ),
    K.COMMUNICATIONS: (
        "lakossagtajekoztatas", "lakossag tajekoztatasa", "tajekoztatas", "kommunikacio", "ενημερωση των πολιτων",
        "ενημερωση πολιτων", "επικοινωνια", "οδηγιες προς τους πολιτες", "informarea populatiei", "comunicare",
        "informare publica", "до уваги мешканців", "інформування населення", "к сведению жителей",
        "информирование населения", "obavjescivanje stanovnistva", "obavjescivanje", "informiranje javnosti",
        "komunikacija", "comunicacion", "comunicacion a vecinanza", "informacion a vecinanza",
    ),
    K.NEXT_STEPS: (
        "kovetkezo feladatok", "tovabbi feladatok", "kovetkezo lepesek", "επομενα βηματα", "επομενες ενεργειες",
        "masuri propuse", "masuri urmatoare", "pasi urmatori", "actiuni viitoare", "наступні кроки", "подальші дії",
        "следующие шаги",
        "дальнейшие действия", "sljedeci koraci", "sledeci koraci", "daljnje aktivnosti", "proximos pasos",
        "seguintes pasos",
    ),
}  # fmt: skip
# Bosnian and Serbian written in Latin letters, where their words part from the Croatian ones above
_BOSNIAN_SERBIAN: dict[SectionKey, tuple[str, ...]] = {
    K.ACTIVITY: ("provedene aktivnosti", "sprovedene aktivnosti", "realizovane aktivnosti", "aktivnosti"),
    K.RESPONSE: ("preduzete mjere", "preduzete mere", "poduzete aktivnosti", "preduzete aktivnosti"),
    K.COMMUNICATIONS: (
        "informisanje stanovnistva", "informisanje javnosti", "informisanje", "informiranje stanovnistva",
        "obavjestavanje stanovnistva",
    ),
    K.FINANCE: ("finansijska sredstva", "financijska sredstva", "finansije", "troskovi", "resurse financiare"),
    K.WORKFORCE: ("angazovano ljudstvo", "angazovano osoblje", "ljudstvo"),
    K.NEXT_STEPS: ("naredni koraci", "naredne aktivnosti", "planirane aktivnosti"),
    K.RISKS: ("procjena rizika", "procena rizika", "rizici"),
    K.SITUATION: ("trenutno stanje", "trenutna situacija", "stanje na terenu"),
}  # fmt: skip
for _key, _words in _BOSNIAN_SERBIAN.items():
    EASTERN[_key] = EASTERN.get(_key, ()) + _words
