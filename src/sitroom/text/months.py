"""Month and weekday names in the languages sitroom reads (English, French, Spanish, Portuguese; months in
Italian, German, Dutch, Danish, Czech, Slovak, Polish, Croatian, Hungarian, Romanian, Greek, Ukrainian and
Russian too), full and abbreviated. Czech and Slovak dates name the
month in the genitive ("16. září", "3. októbra"), so both forms are listed. Months in scripts other than Latin
(Bulgarian, Kazakh, Armenian, Georgian, Hebrew, Arabic, Persian, Mongolian) are listed as printed; an Iranian date's
Solar Hijri month is told apart and converted (``calendar_date``)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from sitroom.text.moremonths import (
    CATALAN_MONTHS,
    CORSICAN_OCCITAN_KURMANJI_MONTHS,
    FRISIAN_MONTHS,
    ROMANSH_TETUM_MONTHS,
    SARDO_SAMI_MONTHS,
    SORANI_MONTHS,
    TAJIK_MONTHS,
    VERNACULAR_MONTHS,
)

MONTH_WORDS = {
    1: "january jan janvier janv enero ene janeiro gennaio januar januari",
    2: "february feb fevrier fevr febrero fevereiro fev febbraio februar februari",
    3: "march mar mars marzo marco maerz maart",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maio maggio mei",
    6: "june jun juin junio junho giugno juni",
    7: "july jul juillet juil julio julho luglio juli",
    8: "august aug aout agosto ago augustus",
    9: "september sep sept septembre septiembre setiembre setembro set settembre",
    10: "october oct octobre octubre outubro out ottobre oktober",
    11: "november nov novembre noviembre novembro",
    12: "december dec decembre diciembre dic dezembro dez dicembre dezember",
}
# Danish, Czech and Slovak (Czech and Slovak as named and in the genitive a date puts them in), unaccented.
_MORE_MONTHS = {
    1: "leden ledna januara",
    2: "unor unora februara",
    3: "marts brezen brezna marec marca",
    4: "duben dubna aprila",
    5: "maj kveten kvetna maja",
    6: "cerven cervna juna",
    7: "cervenec cervence jula",
    8: "srpen srpna augusta",
    9: "zari septembra",
    10: "rijen rijna oktobra",
    11: "listopad listopadu novembra",
    12: "prosinec prosince decembra",
}
# Polish, as named and in the genitive of a date ("14 września 2024"), unaccented; Austria's "Jänner".
_POLISH_MONTHS = {
    1: "styczen stycznia janner",
    2: "luty lutego",
    3: "marzec",
    4: "kwiecien kwietnia",
    5: "",
    6: "czerwiec czerwca",
    7: "lipiec lipca",
    8: "sierpien sierpnia",
    9: "wrzesien wrzesnia",
    10: "pazdziernik pazdziernika",
    11: "listopada",
    12: "grudzien grudnia",
}
# Galician, Croatian, Hungarian and Romanian, unaccented (Croatian's "listopad", October, is Czech's November:
# left out);
# Greek, Ukrainian and Russian in their own letters, unaccented, as named and in the genitive of a date
_EASTERN_MONTHS = {
    1: "xaneiro sijecanj sijecnja ianuarie ιανουαριος ιανουαριου січень січня январь января",
    2: "febreiro veljaca veljace februarie φεβρουαριος φεβρουαριου лютий лютого февраль февраля",
    3: "ozujak ozujka marcius martie μαρτιος μαρτιου березень березня март марта",
    4: "travanj travnja aprilis aprilie απριλιος απριλιου квітень квітня апрель апреля",
    5: "svibanj svibnja majus μαιος μαιου травень травня мая",
    6: "xuno lipanj lipnja junius iunie ιουνιος ιουνιου червень червня июнь июня",
    7: "xullo srpanj srpnja julius iulie ιουλιος ιουλιου липень липня июль июля",
    8: "kolovoz kolovoza augusztus αυγουστος αυγουστου серпень серпня августа",
    9: "rujan rujna szeptember septembrie σεπτεμβριος σεπτεμβριου вересень вересня сентябрь сентября",
    10: "octombrie οκτωβριος οκτωβριου жовтень жовтня октябрь октября",
    11: "novembro studeni studenoga studenog noiembrie νοεμβριος νοεμβριου листопад ноябрь ноября",
    12: "decembro prosinac prosinca decembrie δεκεμβριος δεκεμβριου грудень грудня декабрь декабря",
}
# Belarusian, as named and in the genitive of a date, with "ў" as printed and as compared (Ukrainian's genitive of
# November too)
_BELARUSIAN_MONTHS = {
    1: "студзень студзеня",
    2: "люты лютага",
    3: "сакавік сакавіка",
    4: "красавік красавіка",
    5: "май",
    6: "чэрвень чэрвеня",
    7: "ліпень ліпеня",
    8: "жнівень жніўня жніуня",
    9: "верасень верасня",
    10: "кастрычнік кастрычніка",
    11: "лістапад лістапада листопада",
    12: "снежань снежня",
}
# Turkish, Indonesian, Slovenian (with its genitive), Estonian, Swahili and Filipino, unaccented
_FAR_MONTHS = {
    1: "ocak januari januarja jaanuar enero",
    2: "subat februari februarja veebruar februari pebrero",
    3: "mart maret marca marts machi marso",
    4: "nisan aprila aprill aprili abril",
    5: "mayis maja mei",
    6: "haziran junij junija juuni hunyo",
    7: "temmuz julij julija juuli julai hulyo",
    8: "agustos agustus avgust avgusta agosti",
    9: "eylul septembra septemba setyembre",
    10: "ekim oktobra oktoober oktoba oktubre",
    11: "kasim novembra novemba nobyembre",
    12: "aralik desember decembra detsember desemba disyembre",
}
# Malay, Afrikaans, Lithuanian (genitive), Latvian (with the locative), Icelandic, Maltese and Albanian, unaccented
_NORTH_SOUTH_MONTHS = {
    1: "januarie sausio janvaris janvari januar jannar janar",
    2: "februarie vasario februaris februari februar frar shkurt",
    3: "mac maart kovo marts marta mars marzu",
    4: "balandzio aprilis aprili april prill",
    5: "geguzes maijs maija mai mejju",
    6: "jun junie birzelio junijs junija juni gunju qershor",
    7: "julai julie liepos julijs julija juli lulju korrik",
    8: "ogos augustus rugpjucio augusts augusta agust awwissu gusht",
    9: "rugsejo septembris septembri settembru shtator",
    10: "spalio oktobris oktobri ottubru tetor",
    11: "lapkricio novembris novembri novembru nentor",
    12: "disember desember gruodzio decembris decembri dicembru dhjetor",
}
# Basque, with the genitive a date writes ("2025eko martxoaren 7a")
_BASQUE_MONTHS = {
    1: "urtarrila urtarrilaren",
    2: "otsaila otsailaren",
    3: "martxoa martxoaren",
    4: "apirila apirilaren",
    5: "maiatza maiatzaren",
    6: "ekaina ekainaren",
    7: "uztaila uztailaren",
    8: "abuztua abuztuaren",
    9: "iraila irailaren",
    10: "urria urriaren",
    11: "azaroa azaroaren",
    12: "abendua abenduaren",
}
# Uzbek, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin and Yoruba, unaccented (the Faroese months are the
# Danish and Norwegian ones)
_ISLAND_MONTHS = {
    1: "yanvar faoilleach faoilteach januwari janoary janueri sere",
    2: "fevral gearran februwari pebrero febroary februeri erele",
    3: "mart mashi marso martsa mas erena",
    4: "aprel giblean ephreli apreli abril aprily epril igbe",
    5: "may ceitean meyi mayo mey ebibi",
    6: "iyun ogmhios juni hunyo jona jun okudu",
    7: "iyul iuchar julayi hulyo jolay julai agemo",
    8: "avgust lunastal agasti agosto aogositra ogas ogun",
    9: "sentabr sultain septhemba septiyembre setyembre septambra septemba owewe",
    10: "oktabr damhair okthoba oktubre oktobra oktoba owara",
    11: "noyabr samhain novemba nobyembre nobiyembre novambra belu",
    12: "dekabr dubhlachd disemba disyembre desambra ope",
}
# Chichewa, Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen, unaccented (the Javanese months are
# mostly the Indonesian ones)
_OCEAN_MONTHS = {
    1: "januwale janairu ianuari janyuwari genver jenuware yanwar",
    2: "febuluwale fabrairu fepuari februwari c'hwevrer febuware fewral",
    3: "malichi maris mati matshi meurzh",
    4: "epulo afrilu aperila epreli ebrel epril",
    5: "meyi mayu me mae mei",
    6: "juni yuni iuni mezheven jun iyun",
    7: "julayi yuli iulai gouere julae iyul",
    8: "ogasiti agusta aukuso agasti eost ogis awgust",
    9: "seputembala satumba setema septemba gwengolo sentyabr",
    10: "okutobala oktoba oketopa oktobha here oktyabr",
    11: "novembala nuwamba novema novemba du nopember noyabr",
    12: "disembala disamba tesema disemba kerzu desemba",
}
_MONTHS_BY_REGION = (
    _MORE_MONTHS, _POLISH_MONTHS, _EASTERN_MONTHS, _BELARUSIAN_MONTHS, _FAR_MONTHS, _NORTH_SOUTH_MONTHS,
    _BASQUE_MONTHS, _ISLAND_MONTHS, _OCEAN_MONTHS, FRISIAN_MONTHS, TAJIK_MONTHS, ROMANSH_TETUM_MONTHS,
    CORSICAN_OCCITAN_KURMANJI_MONTHS, SARDO_SAMI_MONTHS, VERNACULAR_MONTHS, CATALAN_MONTHS,
)  # fmt: skip
MONTH_WORDS = {n: " ".join([words, *(region[n] for region in _MONTHS_BY_REGION)]) for n, words in MONTH_WORDS.items()}
MONTH_OF = {word: n for n, words in MONTH_WORDS.items() for word in words.split()}
# Bulgarian, Kazakh, Armenian (as named and in the genitive a date puts them in: "մայիսի 28"), Georgian (as named,
# in the dative and the genitive: "16 ივლისი", "16 ივლისს", "ივლისის"), Hebrew (as named and with the "ב" of a
# date: "16 בינואר"), Arabic (the names Egypt uses, and those of the Levant and Iraq: "آذار", "تشرين الأول"),
# Persian and Urdu (the European names) and Mongolian (the month by its ordinal: "хоёрдугаар сар", "2 дугаар сарын"), as
# printed; ``_plain`` reads them.
_SCRIPT_MONTHS = {
    1: ("януари", "қаңтар", "հունվար", "հունվարի", "იანვარი", "იანვარს", "იანვრის", "ינואר", "בינואר", "يناير",
        "كانون الثاني", "ژانویه", "جنوری"),
    2: ("февруари", "ақпан", "փետրվար", "փետրվարի", "თებერვალი", "თებერვალს", "თებერვლის", "פברואר", "בפברואר",
        "فبراير", "شباط", "فوریه", "فروری"),
    3: ("март", "наурыз", "մարտ", "մարտի", "მარტი", "მარტს", "მარტის", "מרץ", "במרץ", "מרס", "במרס", "مارس",
        "آذار", "مارچ"),
    4: ("април", "сәуір", "ապրիլ", "ապրիլի", "აპრილი", "აპრილს", "აპრილის", "אפריל", "באפריל", "أبريل", "إبريل",
        "نيسان", "آوریل", "اپریل"),
    5: ("май", "мамыр", "մայիս", "մայիսի", "მაისი", "მაისს", "მაისის", "מאי", "במאי", "مايو", "أيار", "مئی"),
    6: ("юни", "маусым", "հունիս", "հունիսի", "ივნისი", "ივნისს", "ივნისის", "יוני", "ביוני", "يونيو", "يونية",
        "حزيران", "ژوئن", "جون"),
    7: ("юли", "шілде", "հուլիս", "հուլիսի", "ივლისი", "ივლისს", "ივლისის", "יולי", "ביולי", "يوليو", "يولية",
        "تموز", "ژوئیه", "جولائی"),
    8: ("август", "тамыз", "օգոստոս", "օգոստոսի", "აგვისტო", "აგვისტოს", "אוגוסט", "באוגוסט", "أغسطس", "آب", "اوت",
        "اگست"),
    9: ("септември", "қыркүйек", "սեպտեմբեր", "սեպտեմբերի", "სექტემბერი", "სექტემბერს", "სექტემბრის", "ספטמבר",
        "בספטמבר", "سبتمبر", "أيلول", "سپتامبر", "ستمبر"),
    10: ("октомври", "қазан", "հոկտեմբեր", "հոկտեմբերի", "ოქტომბერი", "ოქტომბერს", "ოქტომბრის", "אוקטובר",
         "באוקטובר", "أكتوبر", "تشرين الأول", "اکتبر", "اکتوبر"),
    11: ("ноември", "қараша", "նոյեմբեր", "նոյեմբերի", "ნოემბერი", "ნოემბერს", "ნოემბრის", "נובמבר", "בנובמבר",
         "نوفمبر", "تشرين الثاني", "نوامبر", "نومبر"),
    12: ("декември", "желтоқсан", "դեկտեմբեր", "դեկտեմբերի", "დეკემბერი", "დეკემბერს", "დეკემბრის", "דצמבר",
         "בדצמבר", "ديسمبر", "كانون الأول", "دسامبر", "دسمبر"),
}  # fmt: skip
_MN_ORDINALS = ("нэгдүгээр", "хоёрдугаар", "гуравдугаар", "дөрөвдүгээр", "тавдугаар", "зургаадугаар", "долоодугаар",
                "наймдугаар", "есдүгээр", "аравдугаар", "арван нэгдүгээр", "арван хоёрдугаар")  # fmt: skip
# The Solar Hijri months of an Iranian date ("۱۴ فروردین ۱۴۰۴"): read apart, as ``calendar_date`` converts them.
JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
# Arabic and Persian letters that keyboards put for one another, and the non-joiner a PDF drops, read as one
_ARABIC_LETTERS = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك", "ة": "ه", "\u200c": ""})


def _plain(name: str) -> str:
    """A month name as compared: lower case, no accents or hamza, one yeh and one kaf, single spaces."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    return " ".join(plain.translate(_ARABIC_LETTERS).replace("’", "'").split()).rstrip(".")


def _printed(name: str) -> set[str]:
    """A name as printed with either yeh or kaf and with its alef bare: "فروردین", "فروردين"; "أبريل", "ابريل"."""
    persian, arabic = str.maketrans("يك", "یک"), str.maketrans("یک", "يك")
    forms = {name, name.translate(persian), name.translate(arabic)}
    return forms | {f.translate(str.maketrans("أإآ", "ااا")) for f in forms}


# Hindi, Bengali and Tamil name the Gregorian months as English does, in their own letters ("04 अगस्त 2025", "১৬ জুন
# ২০২৫", "15 ஜூலை 2025"), their digits read as any ("১৬" is 16).
_INDIC_MONTHS = {
    1: ("जनवरी", "জানুয়ারি", "জানুয়ারী", "ஜனவரி"),
    2: ("फ़रवरी", "फरवरी", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "பிப்ரவரி"),
    3: ("मार्च", "মার্চ", "மார்ச்"),
    4: ("अप्रैल", "এপ্রিল", "ஏப்ரல்"),
    5: ("मई", "মে", "மே"),
    6: ("जून", "জুন", "ஜூன்"),
    7: ("जुलाई", "জুলাই", "ஜூலை"),
    8: ("अगस्त", "আগস্ট", "অগাস্ট", "ஆகஸ்ட்"),
    9: ("सितंबर", "सितम्बर", "সেপ্টেম্বর", "செப்டம்பர்"),
    10: ("अक्टूबर", "अक्तूबर", "অক্টোবর", "அக்டோபர்"),
    11: ("नवंबर", "नवम्बर", "নভেম্বর", "நவம்பர்"),
    12: ("दिसंबर", "दिसम्बर", "ডিসেম্বর", "டிசம்பர்"),
}
# The Thai months, whose dates count the Buddhist Era ("๑๕ กันยายน ๒๕๖๘" is 15 September 2025): read apart, 201-212,
# as ``calendar_date`` takes 543 from their year.
THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
               "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip
BUDDHIST_ERA = 543

_SCRIPT_NAMES = {
    **{name: n for n, names in _SCRIPT_MONTHS.items() for name in names},
    **{name: n for n, names in _INDIC_MONTHS.items() for name in names},
    **{name: n for n, names in SORANI_MONTHS.items() for name in names},
    **{name: 200 + n for n, name in enumerate(THAI_MONTHS, 1)},
    **{f"{o} {s}": n for n, o in enumerate(_MN_ORDINALS, 1) for s in ("сар", "сарын")},
    **{name: 100 + n for n, name in enumerate(JALALI_MONTHS, 1)},
}
MONTH_OF |= {_plain(name): n for name, n in _SCRIPT_NAMES.items()}
# the Mongolian month by its number and ordinal ending: "2 дугаар сарын", "12 дугаар сар", "2-р сар"
_MN_NUMBERED = r"(?:1[0-2]|0?[1-9])\s*-?\s*(?:д[уү]г[аэ]{2})?р\s+сар(?:ын)?"
# Month names as printed (accented too), longest first so "sept" is not read as "sep" + "t".
_ACCENTED = [
    *("février", "août", "décembre", "março", "févr", "märz"),
    # Czech, then Slovak
    *("únor", "února", "březen", "března", "květen", "května", "červen", "června", "červenec", "července"),
    *("září", "říjen", "října"),
    *("januára", "februára", "apríl", "apríla", "máj", "mája", "jún", "júna", "júl", "júla", "október", "októbra"),
    # Polish and Austrian German
    *("styczeń", "kwiecień", "sierpień", "wrzesień", "września", "październik", "października", "grudzień"),
    "jänner",
    # Croatian and Hungarian as printed; Greek with its accents
    *("siječanj", "siječnja", "veljača", "veljače", "ožujak", "ožujka", "január", "február", "március", "április"),
    *("május", "június", "október", "xuño"),
    # Turkish and Estonian as printed
    *("şubat", "mayıs", "ağustos", "eylül", "kasım", "aralık", "märts"),
    *("július", "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου"),
    *("σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"),
    # Lithuanian, Latvian, Icelandic, Maltese and Albanian as printed
    *("balandžio", "gegužės", "birželio", "rugpjūčio", "rugsėjo", "lapkričio", "gruodžio", "janvāris", "janvārī"),
    *("februāris", "februārī", "aprīlis", "aprīlī", "jūnijs", "jūnijā", "jūlijs", "jūlijā", "janúar", "febrúar"),
    *("apríl", "maí", "júní", "júlí", "ágúst", "nóvember", "ġunju", "diċembru", "nëntor"),
    # Scottish Gaelic and Yoruba as printed
    *("màrt", "cèitean", "ògmhios", "lùnastal", "dàmhair", "dùbhlachd", "èrèlè", "ẹrẹ̀nà", "ìgbé", "ẹ̀bibi", "òkúdu"),
    *("agẹmọ", "ògún", "ọ̀wàrà", "bélú"),
    # Breton with its curly apostrophe, Turkmen as printed
    *("c’hwevrer", "ýanwar", "maý", "iýun", "iýul", "sentýabr", "oktýabr", "noýabr"),
    # Occitan and Kurmanji as printed
    *("gèr", "heruèr", "genièr", "febrièr", "març", "junhsèga", "octòbre", "nîsan", "hezîran", "tîrmeh", "îlon"),
    *("sibatê", "adarê", "nîsanê", "gulanê", "hezîranê", "tîrmehê", "tebaxê", "îlonê", "cotmehê", "mijdarê"),
    # Sardinian and Northern Sami as printed
    *("ghennàrgiu", "freàrgiu", "làmpadas", "trìulas", "ođđajagemánnu", "ođđajagemánu", "guovvamánnu", "guovvamánu"),
    *("njukčamánnu", "njukčamánu", "cuoŋománnu", "cuoŋománu", "miessemánnu", "miessemánu", "geassemánnu"),
    *("geassemánu", "suoidnemánnu", "suoidnemánu", "borgemánnu", "borgemánu", "čakčamánnu", "čakčamánu"),
    *("golggotmánnu", "golggotmánu", "skábmamánnu", "skábmamánu", "juovlamánnu", "juovlamánu"),
]
_SCRIPT_PRINTS = {form for name in _SCRIPT_NAMES for form in _printed(name)}
MONTH_NAMES = "|".join(sorted({*MONTH_OF, *_ACCENTED, *_SCRIPT_PRINTS}, key=len, reverse=True)) + "|" + _MN_NUMBERED
# Abbreviations that are also everyday words ("3 out of 5", "set 2", "10 days ago", the French "mar." for
# Tuesday, the Tok Pisin "Mas", the Yoruba "Ògún" also a name, the Samoan "Me", the Breton "Here" and "Du", the
# Welsh "mae"): a month is read from them only where a year follows.
# ... and the Persian "مه" (fog), "تیر" (arrow), "مهر" (seal), "دی", the Hebrew "מאי" (from what), "במאי" (director),
_ALSO_WORDS = {"out", "set", "ago", "mar", "mas", "ogun", "ope", "sere", "igbe", "me", "mae", "here", "du", "mati"}
_ALSO_WORDS |= {"ger", "adar"}  # the Occitan January, a name; the Kurmanji March, the Hebrew month
# ... the Persian and Arabic "آب" (water, and August in the Levant):
_ALSO_WORDS |= {"مه", "تیر", "تير", "مهر", "دی", "دي", "מאי", "במאי", "آب", "اب"}
MONTH_NAMES_ALONE = "|".join(m for m in MONTH_NAMES.split("|") if m not in _ALSO_WORDS)
# Pattern pieces every date reader shares (compile them with re.I): one month name, full or abbreviated,
# with its full stop ("Sept."); the same without the words above, for a month with no year after it; the
# ending of an ordinal day ("5th", "1er", "1º"); and the "de" of Spanish and Portuguese dates ("5 de mayo de").
MONTH = rf"(?:{MONTH_NAMES})\b\.?"
MONTH_ALONE = rf"(?:{MONTH_NAMES_ALONE})\b\.?"
# ... or its full stop, as German, Danish, Czech and Slovak write the day ("16. září", "21. oktober")
# ... or the Turkmen ordinal's ending ("16-njy dekabr", "21-nji")
# ... or the Kurmanji "ê" ("4ê Tebaxê")
# ... or the Sorani "ی" ("١٦ی ئازار"), or the Greek ordinal's ending ("23ης Ιουλίου")
DAY_SUFFIX = r"(?:\.|\s?(?:st|nd|rd|th|er|º|°)|-nj[iy]|ê|ی|ης|η)?"
# ... and the Maltese "ta'" ("10 ta' Novembru 2025"), the Hausa "ga" ("18 ga Agusta"), the Breton "a viz" ("16 a
# viz Genver"), the Romansh "da" ("13 da fanadur 2026"), the Corsican "di" ("8 di lugliu 2026")
OF = r"(?:\s+(?:de|da|di|ta['’]|ga|a\s+viz))?"
# A day and its month, the year left out: "16 January", "January 16", "16 січня"
DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}{DAY_SUFFIX}{OF}\s+{MONTH}|\b{MONTH}\s+\d{{1,2}}\b", re.I)
# A weekday, full or abbreviated ("Monday", "Mon", "Tues.", "mercredi", "sábado", "segunda-feira", "mercoledì",
# "Mittwoch").
WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?"
    r"|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    # Dutch and West Frisian: "woensdag", "woansdei"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|moandei|tiisdei|woansdei|tongersdei|freed|sneon|snein)"
)


def month_number(name: str) -> int:
    """The month (1-12) a month name stands for, accented or not, full or abbreviated, with or without a
    full stop ("Sept.", "août", "dic"); 101-112 for a Solar Hijri month (``calendar_date`` reads it); raises
    ``ValueError`` for a word that is no month."""
    plain = _plain(name)
    if (numbered := re.match(r"(\d{1,2})\s*-?\s*(?:д[уү]г[аэ]{2})?р\s+сар", plain)) and 1 <= int(numbered[1]) <= 12:
        return int(numbered[1])
    return MONTH_OF.get(plain) or datetime.strptime(plain[:3].title(), "%b").month


def calendar_date(year: int, month: int, day: int) -> date:
    """The day a date names, ``month`` as ``month_number`` gives it: Gregorian, Thai past 200 (its year of the
    Buddhist Era), or Solar Hijri past 100 ("۱۴ فروردین ۱۴۰۴" is 3 April 2025); raises ``ValueError`` for a
    day no calendar has."""
    if month > 200:
        # a Thai month: its year of the Buddhist Era, or of the common era when printed so
        return date(year - BUDDHIST_ERA if year > 2400 else year, month - 200, day)
    if month <= 100:
        return date(year, month, day)
    month -= 100
    if not (1300 <= year <= 1500 and 1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no Solar Hijri day {year}/{month}/{day}")
    # days from the epoch of the arithmetic Persian calendar, then the Gregorian day that many days on
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy, days = 400 * (days // 146097), days % 146097
    if days > 36524:
        days -= 1
        gy, days = gy + 100 * (days // 36524), days % 36524
        if days >= 365:
            days += 1
    gy, days = gy + 4 * (days // 1461), days % 1461
    if days > 365:
        gy, days = gy + (days - 1) // 365, (days - 1) % 365
    return date(gy, 1, 1) + timedelta(days=days)


# A day with its full stop before the month and then the year or the hour, as German, Danish, Czech or Slovak
# print a date ("15. září 2024, 06:00", "21. oktober 2024"): the line opens with a day, not a list number.
_DAY_FIRST = re.compile(rf"^\s*\d{{1,2}}\.\s+{MONTH}\s*,?\s*(?:\d{{4}}|\d{{1,2}}[:.]\d\d|$)", re.I)


def opens_with_day(text: str) -> bool:
    """The line opens with a date written day first with its full stop ("16. září 2024, 14:00 …")."""
    return _DAY_FIRST.match(text) is not None
