"""Report metadata: the title, report date and report number, from the text or the file name.

Dates and numbers are read in English, French, Spanish and Portuguese. The report's date comes from its
masthead or title first, then from a dateline ("as of", "Data as reported by", "week ending", "semana
epidemiológica", "Date de rapportage"); a table or figure caption is read only when the masthead has no date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from sitroom.parse.addressing import is_circulation_line
from sitroom.parse.furniture import (
    LINE_PARTS,
)
from sitroom.text.months import DAY_SUFFIX, MONTH_NAMES, OF, WEEKDAY, calendar_date, month_number
from sitroom.text.reportnames import (
    INDIC_NAMED,
    KIND_OF_MARKED,
    NORTH_EAST_KINDS,
    SCRIPT_MARKS,
    names_numbered_report,
)
from sitroom.text.weekdays import agreeing

_DAY_SUFFIX = DAY_SUFFIX
# (the year after "de" in Spanish and Portuguese, after "соли" in Tajik: "11 май соли 2026")
# (and the "d'" Catalan elides before a vowel: "3 d'abril de 2026")
_DMY = (
    rf"(\d{{1,2}}){_DAY_SUFFIX}(?:{OF}[\s-]+|\s+d['’])({MONTH_NAMES})\.?\s*,?(?:\s+(?:de|соли))?[\s-]+"
    r"(\d{4}|\d{2}(?![:.h]\d))\b"  # (two figures before a colon are an hour: "4 January 12:00")
)
_MDY = rf"({MONTH_NAMES})\.?\s+(\d{{1,2}}){_DAY_SUFFIX}\s*,?\s+(\d{{4}})\b"
_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_NUMERIC = r"(?<![\d.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d|\.\d)"
# the year first, as Hungarian writes a date: "2025. február 24."
# ... and as Basque, Armenian and Mongolian write it: "2025eko martxoaren 7an", "2025 թ. մայիսի 27", "2025 оны 2
# дугаар сарын 17"; as Lithuanian and Latvian write it: "2026 m. spalio 13 d.", "2026. gada 13. oktobrī" (the day
# after the month only in Lithuanian)
_YMD = rf"(\d{{4}})(?:\.|eko|\s*թ\.?|\s+оны|\s*m\.)\s*({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:an?\b|\s*d\.|\b)"
# Chinese, Japanese and Korean: "2025年8月11日", "2025년 8월 11일", with the year of an era: "中華民國114年" (the
# Republic of China's, 1912 its first), "令和7年" (Reiwa, 2019 its first), "平成30年"; a year of three figures
# alone is the Republic's, as Taiwan prints it ("114年8月11日")
_CJK = r"((?:中華民國|中华民国|民國|民国|令和|平成)\s*)?(\d{1,4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
_ERA_START = {"中華民國": 1911, "中华民国": 1911, "民國": 1911, "民国": 1911, "令和": 2018, "平成": 1988}
# (a CJK date runs on from the word before it: "截至2025年8月11日")
# Korean official documents: the year first, each part closed by a full stop and a space ("2025. 7. 14.(월)")
_DOTTED_YMD = r"((?:19|20)\d\d)\.\s+(\d{1,2})\.\s+(\d{1,2})\.(?!\d)"
_DATE = re.compile(rf"(?<!\w)(?:{_DMY}|{_MDY}|{_ISO}|{_NUMERIC}|{_YMD}|{_DOTTED_YMD})|(?<![\d.]){_CJK}", re.I)
DATE_PATTERN = _DATE  # for removing dates from titles
_DIGIT = re.compile(r"\d")
# Phrases that say the date after them is the one the report's data stand at.
DATELINE = (
    r"\b(?:as\s+(?:of|at)|data\s+(?:as\s+)?(?:reported|received)\s+by|data\s+update|reporting\s+period|dated?"
    r"|covering|couvrant|correspondiente\s+al?|referente\s+ao?"
    r"|week\s+ending|period\s+ending|situation\s+(?:on|at)|semana\s+epidemiol[oó]gica|fecha\s+de\s+corte"
    r"|datos\s+(?:a|al|hasta)|situaci[oó]n\s+a(?:l)?|date\s+de\s+rapportage|situation\s+au|en\s+date\s+du"
    r"|donn[ée]es\s+au|dados\s+at[eé]|situa[cç][aã]o\s+em|atualizado\s+em)\b"
)
_AS_OF = re.compile(DATELINE + r"[^\n]{0,40}$", re.I)
# Words a report number follows: "Situation Report – 16", "Sitrep N° 15", "Actualización nº 31", "epi week 42".
_NUMBER = re.compile(
    r"(?:situation\s+report|sit\s*rep|report|update|bulletin|briefing|edition|issue|return|actualizaci[oó]n"
    r"|(?:informe|reporte|rapport)(?:\s+de\s+situaci[oó]n|\s+de\s+situation)?"
    # how often it comes, between the report's word and its number: "Rapport journalier n° 2", "Informe diario N.º 3"
    r"(?:\s+(?:journalier|quotidien|hebdomadaire|diario|semanal|mensual|mensuel))?|parte\s+de\s+situaci[oó]n|bolet[ií]n"
    r"|boletim|rapport|point\s+de\s+situation|(?:epi(?:demiological)?\s+)?week|semana(?:\s+epidemiol[oó]gica)?"
    r"|semaine(?:\s+[ée]pid[ée]miologique)?"
    # Danish, Norwegian, Swedish, Polish, Czech and Slovak: "Situationsrapport nr. 3", "Situační zpráva č. 3"
    rf"|{NORTH_EAST_KINDS})"
    r"(?:\s+(?:epidemiol[oó]gic[oa]|epidemiological|[ée]pid[ée]miologique))?\s*"
    r"(?:[-–—:]\s*)?(?:no\.?|number|nr\.?|num\.?|#|n\.?\s?[°ºo]\.?|[čc]\.|br\.|№|νο\.?|[šs]t\.|blg\.|na\.|nomor|s[ốo]|nru\.?"
    # ... and the Malagasy "laharana", the Tok Pisin and Bislama "namba", the Hausa "Na" and "lamba", the
    # Chichewa "nambala", the Samoan "Nu.", the isiXhosa "inombolo", the Breton "niv."
    rf"|laharana|namba|nambala|lamba|na|nu\.|inombolo|niv\.|uimh\.?|{SCRIPT_MARKS})?\s*(?::\s*)?"
    # "– 1 8": a PDF that kerns the digits of the number apart at the end of a title.
    r"(\d{1,5}(?:\s\d(?=\s*(?:$|[-–—(]|erratum|corrigendum)))?)"
    # "nr 3/2024": the issue of its year; "3/4" or "3.2" is no issue number
    rf"(?!\d)(?![.,-]\d)(?!/(?!(?:19|20)\d\d\b)\d)(?!{_DAY_SUFFIX}\s*(?:of\s+|de\s+)?(?:{MONTH_NAMES})\b)",
    re.I,
)
# A number mark opening a line: "Situation Report" over "No. 16"
_MARKED = re.compile(r"\s*(?:no\.?|nr\.?|number|#|n\.?\s?[°º]|№)\s*\d", re.I)
# "第1報", "第 3 号", "第2期" (an issue), "제2보": the report's number as Chinese, Japanese and Korean print it
_CJK_NUMBER = re.compile(r"[第제]\s*(\d{1,4})\s*[報报号號期回보호]")
_KIND_OF_MARKED = re.compile(KIND_OF_MARKED, re.I)  # "Relatório de Ocorrências n.º 1"
_INDIC_NUMBER = re.compile(INDIC_NAMED)  # "പ്രതിദിന സ്ഥിതി റിപ്പോർട്ട് നമ്പർ 1"
_FILE_NUMBER = re.compile(r"(?:sitrep|report|no|issue|edition|update)[-_ ]?(\d{1,5})(?!\d)", re.I)
_TITLE_WORDS = re.compile(
    r"situation\s+report|sitrep|sit\s+rep|update|bulletin|report\s*(?:#|no)"
    r"|\b(?:daily|weekly|fortnightly|monthly)\s+(?:return|report|briefing|brief|status)\b"
    # the same in the other languages sitroom reads: "Point de situation", "Ponto de situação", "Lagebericht"
    r"|\b(?:point|rapport|bulletin)\s+de\s+situation\b|\b(?:ponto|relat[óo]rio)\s+de\s+situa[çc][ãa]o\b"
    r"|\b(?:punto|informe|reporte|parte)\s+de\s+situaci[óo]n\b|\b(?:punto|rapporto)\s+di\s+situazione\b"
    # "Rapport journalier", "Informe diario", "Bollettino giornaliero": a report named by how often it comes
    r"|\b(?:rapport|informe|reporte|rapporto|bollettino)\s+(?:journalier|quotidien|hebdomadaire|diario|semanal"
    r"|giornaliero|quotidiano|settimanale)\b"
    r"|\blage(?:bericht|bild|meldung)\b|\bsituatie(?:rapport(?:age)?|overzicht)\b"
    # what a service calls its own account of where things stand: "Damp and mould position statement 3"
    r"|\b(?:position|situation)\s+statement\b"
    # Danish, Norwegian, Swedish, Czech, Slovak, Polish, Finnish: "Situationsrapport", "Raport sytuacyjny", "Lägesbild"
    rf"|\b(?:{NORTH_EAST_KINDS}|l[äa]gesbild|tilannekatsaus)\b"
    # a short line naming a report of any kind: "Day 1 – Event Control report", "Weekly highlight report", "East
    # Coast Low briefing"
    r"|^(?:\S+\s+){1,9}(?:report|briefing)$",
    re.I,
)


def _to_date(m: re.Match) -> date | None:
    g = m.groups()
    try:
        if g[0]:
            year = int(g[2]) + (2000 if len(g[2]) == 2 else 0)
            return calendar_date(year, month_number(g[1]), int(g[0]))
        if g[3]:
            return calendar_date(int(g[5]), month_number(g[3]), int(g[4]))
        if g[6]:
            return date(int(g[6]), int(g[7]), int(g[8]))
        if g[9]:
            first, second = int(g[9]), int(g[10])
            # Day first (most sitreps come from day-first countries) unless the second part cannot be a month.
            day, month = (second, first) if second > 12 else (first, second)
            return date(int(g[11]), month, day)
        if g[12]:
            return calendar_date(int(g[12]), month_number(g[13]), int(g[14]))
        if g[15]:
            return date(int(g[15]), int(g[16]), int(g[17]))
        if g[19]:
            year, era = int(g[19]), (g[18] or "").strip()
            year += _ERA_START.get(era, 1911 if year < 1000 else 0)
            return date(year, int(g[20]), int(g[21]))
    except ValueError:
        return None
    return None


# What joins the two ends of a period: "1 March 2021 – 7 March 2021", "du 1er mars 2020 au 7 mars 2020", with
# the hour and the weekday a log system prints: "0700 Sun 14 Jan 2024 to 0700 Mon 15 Jan 2024".
_CLOCK = r"(?:,?\s*(?:[01]?\d|2[0-3])[:.h]?[0-5]\d\s*(?:hrs?)?\s*)?"
_RANGE = re.compile(
    rf"{_CLOCK}\s*(?:[-–—]|to|until|till|through|thru|au|al|a|at[eé]|hasta|bis)\s*{_CLOCK}(?:{WEEKDAY},?\s*)?",
    re.I,
)


def dates_in(text: str) -> list[tuple[date, bool]]:
    """Every date in a text with whether a dateline phrase ("as of", "week ending"…) introduces it. A period
    ("1 March 2021 to 7 March 2021") counts as its end, with the dateline of its start: a report on a period
    stands as of its last day."""
    found: list[tuple[date, bool]] = []
    if not _DIGIT.search(text):
        return found  # every date has a figure in it: a text without one is read no further
    last_end = -1
    for m in _DATE.finditer(text):
        d = _to_date(m)
        if d is None:
            continue
        as_of = bool(_AS_OF.search(text[max(0, m.start() - 60) : m.start()]))
        if found and last_end >= 0 and _RANGE.fullmatch(text[last_end : m.start()]) and d > found[-1][0]:
            found[-1] = (d, found[-1][1] or as_of)
        else:
            found.append((d, as_of))
        last_end = m.end()
    return found


def find_date(text: str, *, as_of_only: bool = False) -> date | None:
    """The report date in a text: a date after a dateline phrase first, else (unless ``as_of_only``) the first."""
    found = dates_in(text)
    dateline = next((d for d, as_of in found if as_of), None)
    if dateline or as_of_only:
        return dateline
    return found[0][0] if found else None


def report_date(
    masthead: Iterable[str], text: str, captions: Iterable[str] = (), stated: date | None = None
) -> date | None:
    """The report's date from its content (see ``dated``)."""
    found = dated(masthead, text, captions, stated)
    return found[0] if found else None


MASTHEAD = "masthead"
_LATER_THAN_SENT = timedelta(days=7)
STATED = "stated by the format (e-mail date, front matter, page metadata)"
DATELINE_DATE = "dateline"


def dated(
    masthead: Iterable[str],
    text: str,
    captions: Iterable[str] = (),
    stated: date | None = None,
    sent: bool = False,
) -> tuple[date, str] | None:
    """The report's date and how it was found: the masthead's date line, its other lines and the title, then the
    date the format states (``stated``; with ``sent``, the day the message was sent, which no masthead date comes
    well after), then the newest dateline date in the opening text or the table captions (the report is as recent
    as its newest data)."""
    masthead = list(masthead)
    # a line that only dates the report ("Dati aggiornati a mercoledì 4 dicembre 2024") before one that names a
    # period with its dates ("Settimana 48 (dal 25 novembre al 1 dicembre 2024)")
    for line in sorted(masthead, key=lambda line: not is_date_line(line)):
        d = find_date(line)
        # a report is not dated after it was sent: a masthead date well past the date the message states
        # read a month name of another language ("Maj" is March in Bislama, May in Danish)
        if d and not (sent and stated and d > stated + _LATER_THAN_SENT):
            return agreeing(d, [line, *masthead]), MASTHEAD
    for line in masthead:
        d = month_end(line)
        if d:
            return d, "masthead month, dated to its end"
    if stated:
        return stated, STATED
    datelines = [d for d, as_of in dates_in(text) if as_of]
    datelines += [d for caption in captions for d, as_of in dates_in(caption) if as_of]
    return (max(datelines), DATELINE_DATE) if datelines else None


_MONTH_YEAR = re.compile(rf"(?<!\d\s)(?<!\d)\b({MONTH_NAMES})\.?,?(?:\s+de)?\s+(\d{{4}})\b", re.I)


def month_end(text: str) -> date | None:
    """The last day of a month a title names without a day ("Monthly report – September 2019"): a report
    on a month stands as of its end."""
    m = _MONTH_YEAR.search(text)
    if not m or month_number(m.group(1)) > 12:  # a Solar Hijri month ends on no Gregorian month's end
        return None
    year, month = int(m.group(2)), month_number(m.group(1))
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def find_number(text: str) -> int | None:
    """The report number: "Situation Report - 16", "Sitrep N° 15", "Report #153", "Actualización nº 31",
    "處置報告（第1報）", "第3号", "제2보"."""
    for m in _NUMBER.finditer(text):
        if "\n" in m.group(0) and not _MARKED.match(m.group(0).rsplit("\n", 1)[1]):
            continue  # a heading "Update" over a point "84 households …": a number on the next line is a figure
        n = int(m.group(1).replace(" ", ""))
        if 1900 <= n <= 2100 and not re.search(r"#|no|n[°º]", m.group(0), re.I):
            continue  # "Update 2020" is a year
        return n
    m = _CJK_NUMBER.search(text) or _INDIC_NUMBER.search(text) or _KIND_OF_MARKED.search(text)
    n = int(m.group(1)) if m else None
    return None if n is not None and 1900 <= n <= 2100 else n  # "প্রতিবেদন ২০২৬": the year's report


def date_from_filename(name: str) -> date | None:
    m = re.search(_ISO, name)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = re.search(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)", name)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


# A number mark in a report's title, whatever words name the report: "Laporan … No. 2", "maglumat № 1", and in
# Devanagari "प्रतिवेदन नं. १", "अहवाल क्रमांक ३" (Nepali, Hindi, Marathi), its figure in either script.
_TITLE_NUMBER = re.compile(
    r"(?:№|नं\.|क्रमांक|\b(?:no|nr|n[°º])\.?|\b(?:broj|br\.|број|бр\.))\s?(\d{1,4})\b(?![.,/]\d)", re.I
)


def title_number(title: str) -> int | None:
    """The number a report's title gives it with a number mark and no report word sitroom knows."""
    m = _TITLE_NUMBER.search(title)
    return int(m.group(1)) if m else None


def number_from_filename(name: str) -> int | None:
    m = _FILE_NUMBER.search(name)
    return int(m.group(1)) if m else None


def looks_like_title(text: str) -> bool:
    """A first line such as "Children's Services Sitrep No. 4 – 20 April 2020", or a Chinese, Japanese or Korean
    line closed by the report's issue ("…工作情况（第2期）", "…について（第1報）")."""
    if _CJK_ISSUE.search(text) and len(text) <= _CJK_TITLE_CHARS:
        return True
    if len(text) > 160:
        return False
    return bool(_TITLE_WORDS.search(text) or _INDIC_NUMBER.search(text)) or names_numbered_report(text)


_CJK_ISSUE = re.compile(r"[（(]\s*[第제]\s*\d{1,4}\s*[報报号號期回보호]\s*[）)]\s*$")
_CJK_TITLE_CHARS = 60


# Who updated it, after the date: "Last updated Tuesday 5 March 2024, 09:30 by the incident manager".
_BY_WHOM = re.compile(r"\s+by\s+(?:the\s+)?[\w .'’-]{1,50}$", re.I)


_BRACKETED = re.compile(r"\s*\([^()]{1,60}\)")
# How far the figures go, beside the date: "Data to the end of week 39", "Figures up to 5 October"
_DATA_TO = re.compile(
    r"^\s*(?:data|figures|statistics|numbers|counts)\s+(?:to|up\s+to|until|as\s+(?:at|of)|for)\b[^.]{0,40}$", re.I
)
# "16時00分", "16시 기준", "（星期一）", "(月)", "現在", "截至": the hour, the weekday and "as of" in CJK dates
_CJK_TIME_WORDS = re.compile(
    r"[時时分秒시분초]|現在|现在|기준|현재|時点|时点|時點|截至|截止|資料時間|资料时间|數據時間|数据时间|データ時点"
    r"|(?:星期|週|周)[一二三四五六日天]|[月火水木金土日]曜日?|[月화수목금토일]요일"
)


# "（截至8月25日8时）", "8月25日16時現在": the day and hour the figures stand at, its year left to the masthead's
_CJK_AS_OF_DAY = re.compile(
    r"^[（(]?\s*(?:截至|截止|至)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(][^()（）]{1,3}[)）])?\s*"
    r"(?:\d{1,2}\s*[时時](?:\s*\d{1,2}\s*分)?|\d{1,2}:\d{2})?\s*(?:現在|现在|时点|時点)?\s*[）)]?$"
)


def is_date_line(text: str) -> bool:
    """A masthead line that only states the date ("as of 06 June 2020, 6AM", "Week ending 12 January 2024",
    "Aggiornamento del 4 novembre 2024, ore 18:00"), with its weekday, hour and updater, and a note in
    brackets on what it dates ("Monday 6 January 2025 (08:00 trolley count)")."""
    if _CJK_AS_OF_DAY.match(text.strip()):
        return True
    if not _DIGIT.search(text) or not _DATE.search(text):
        return False  # (the cheap tests first: most lines hold no date, and a line dated nowhere dates nothing)
    parts = LINE_PARTS.split(text.strip())
    if len(parts) > 1:
        # "As of 6:00 AM, 21 July 2025 · City Disaster Office": the date line and who dates it, parted by a dot
        dated = [p for p in parts if is_date_line(p)]
        # (the period the figures cover beside the day the report was published: two dates, one line)
        if 1 <= len(dated) <= 2 and all(
            p in dated or (len(p.split()) <= 6 and "." not in p) or is_circulation_line(p) or _DATA_TO.match(p)
            for p in parts
        ):
            return True
    named, dash, dated = text.strip().partition(" – ")
    if dash and len(named.split()) <= 4 and not _DIGIT.search(named) and is_date_line(dated):
        # the incident's name, a dash and the day: "Tropical storm – 14 September 2026, 6:00 p.m." (the report's own
        # name with its day is its title: "Schools weekly return – 11 January 2021")
        return not looks_like_title(named)
    bare = _BRACKETED.sub(" ", text)
    text = bare if _DATE.search(bare) else text  # "(As on 12.07.2024 at 10:00 hrs)" is all the line
    rest = _DATE.sub(" ", text)
    if rest != text:
        rest = _BY_WHOM.sub("", rest)
    rest = re.sub(
        r"\b(?:as\s+(?:of|at)|data|updated?|published|reported|by|on|at|dated?|hrs?|hours|of|the|this|last|local\s+time|"
        r"report(?:ing)?|issued?|revised|released?|edition|period|stand|datum|fecha|publicado|actualizado|"
        r"week|ending|commencing|aggiornamento|aggiornat[oiae]|dati|ultimo|ore|al|[úu]ltima|actualizaci[óo]n|"
        rf"derni[èe]re|mise|letzte|aktualisierung|{WEEKDAY}|"
        r"mis[ea]\s+[àa]\s+jour|du|del?|rapport|informe|d['’][ée]mission|[ée]mission|emisi[óo]n|emiss[ãa]o"
        r"|publi[ée]e?|p[ée]riode|au|[àa]|le|heures?|horas?"
        # the issue and the hour, as Hungarian, Croatian, Romanian, Ukrainian and Greek print them
        r"|sz[áa]m[úu]|[óo]rai|[óo]ra|[áa]llapot|sati|stanje|ora|станом|на|годин[аи]|ώρα|στις|по|состоянию"
        # ... the situation at that hour, in Romanian and Greek: "(situația la ora 08:00, …)", "(Κατάσταση στις …)"
        r"|situa[țţt]ia|la|κατ[άα]σταση|της"
        r"|seisuga|kell|itibar[ıi]yla|saat|per|pukul|pada|tanggal|ob|stanje\s+na\s+dan|hadi|saa|ngày|lúc|noong"
        # the situation at an hour in Swedish: "läget 14 oktober 2026 kl. 15.00"
        r"|l[äa]get|l[äa]ge|kl|klockan"
        r"|tarix(?:i)?|tarih(?:i)?|v[əe]ziyy[əe]tin[əe]|data|stand"
        # the hour in Tok Pisin and Bislama: "7 klok moning", "3 klok apinun"
        r"|klok|moning|apinun|belo|naet"
        # ... and in Mauritian Kreol: "20 Avril 2026, 3er apremidi" (3 o'clock in the afternoon)
        r"|er|apremidi|gramatin|aswar|midi|dimans|lindi|mardi|merkredi|zedi|vandredi|samdi"
        # ... and the state at an hour in Tajik and Tatar: "аз ҳолати соати 08:00-и 11 май соли 2026", "сәгать 08:00
        # торышына"
        r"|аз|ҳолати|соати|и|сәгать|торышына|торышы"
        # ... and in Mongolian: "2026 оны 1 дүгээр сарын 13-ны 07:00 цагийн байдлаар" (as at 07:00 on …)
        r"|ны|ний|цагийн|цаг|байдлаар|өдрийн)\b"
        # the date's label in Telugu, Hindi and Bengali ("విజయవాడ, తేదీ: 14.10.2026"), whose last sign is no letter
        r"|తేదీ|తేది|दिनांक|तारीख|তারিখ"
        # ... and the hour and "the information up to" it in Malayalam: "(14.07.2026 വൈകുന്നേരം 5.00 മണി വരെയുള്ള
        # വിവരങ്ങൾ)"
        r"|തീയതി|രാവിലെ|ഉച്ചയ്ക്ക്|വൈകുന്നേരം|രാത്രി|മണി|വരെയുള്ള|വരെ|വിവരങ്ങൾ"
        # (the vowel signs of Indic scripts are parts of their words)
        # the hour as French, Portuguese and Spanish writers print it: "16h00", "16 h", "10h30"
        r"|\d{1,2}(?:\s?:\s?\d\d)?\s*[ap]\.?m\.?|\d{1,2}\s?h(?:\s?\d\d)?\b|(?:(?![\u0900-\u0dff])[\W_])+|\d+",
        " ",
        rest,
        flags=re.I,
    )
    # the hour and the weekday in Chinese, Japanese and Korean, and the words saying the data stand at that time
    rest = _CJK_TIME_WORDS.sub(" ", rest)
    return bool(_DATE.search(text)) and len(rest.split()) <= 1
