"""The words naming the post a signer holds, in the languages sitroom reads: "Duty Director", "Directeur de
cabinet", "Bezirkshauptmann", "kommundirektör", "Punong Barangay", "رئيس البلدية" …"""

from __future__ import annotations

import re

from sitroom.text.scriptletters import any_of

# Persian, Arabic, Hebrew, Armenian, Georgian, Kazakh, Bulgarian and Mongolian posts
_SCRIPT_POSTS = any_of((
    "مدیر", "مدیرکل", "رئیس", "معاون", "استاندار", "فرماندار", "بخشدار", "مدير", "محافظ", "رئيس", "نائب",
    "ראש העיר", "ראש העירייה", "ראש המועצה", "ראש מכלול", "מנהל", "מנהלת", "סגן", "סגנית", "דובר", "דוברת",
    "Մարզպետ", "Մարզպետի", "տեղակալ", "պետ", "տնօրեն", "ղեկավար", "քաղաքապետ", "უფროსი", "მერი", "დირექტორი",
    "ხელმძღვანელი", "მოადგილე", "გამგებელი", "әкім", "әкімі", "әкімінің", "орынбасары", "бастығы", "басшысы",
    "төрағасы", "кмет", "секретар", "председател", "заместник", "управител", "дарга", "даргын", "орлогч", "захирагч",
))  # fmt: skip

# The post a signer holds, in English, French, Spanish and German ("Duty Director", "Group Controller",
# "Directeur de cabinet", "Jefa de Operaciones", "Leiterin der Bezirkseinsatzleitung", "Bezirkshauptmann").
POST = re.compile(
    r"\b(?:director[ae]?|directeur|directrice|direktor(?:in)?|head|chief|chef(?:fe)?|jef[ea]|manager|officer|supervisor|advis[eo]r|administrator|specialist"
    r"|commander|controller|co-?ordinat(?:or|eur|rice)|coordonnat(?:eur|rice)|coordinador[a]?|coordinaci[óo]n|superintendent|principal|headteacher"
    r"|chair(?:man|woman|person)?|punong\s+barangay|kapitan|commissioner|commissaire|secretary|secr[ée]taire|secretari[oa]|president[ea]?|pr[ée]sident[e]?"
    r"|pr[äa]sident(?:in)?|pr[ée]f[eè]te?|sous-pr[ée]f[eè]te?|maire|mayor|(?:deputy\s+|lieutenant\s+)?governor|alcalde(?:sa|ssa)?|gerente|intendente"
    r"|delegad[oa]|sindac[oa]|prefett[oa]|responsabile|assessore|burmistrz|wojewoda|starosta|borgmester"
    r"|\w*(?:leiter(?:in)?|hauptmann|hauptfrau|kommandant(?:in)?|meister(?:in)?|landr[äa]t(?:in)?)"
    # Norwegian, Swedish and Danish posts: "beredskapsdirektør", "avdelingsdirektør", "beredskapssjef", "leiar"
    r"|\w*(?:direkt[øoö]r|sjef|chef)|leiar|leder|statsforvalt[ae]r|landsh[öo]vding|fylkesmann"
    r"|ordf[öo]rande|ordf[øo]rer|borgm[äa]stare"  # ... the chair, the mayor
    # Romanian, Hungarian, Croatian, Ukrainian, Russian and Greek posts
    r"|[șs]ef|prefect|subprefect|primar|igazgat[óo]|polg[áa]rmester|n[áa]čelnik|na[čc]elnica|gradona[čc]elnik"
    r"|начальник|директор|голова|керівник|м[іи]ський\s+голова|διευθυντ[ήη]ς|περιφερει[άα]ρχης|δ[ήη]μαρχος"
    # ... and Belarusian, with the chief engineer a utility's reports are signed by in all three
    r"|начальнік|дырэктар|кіраўнік|старшыня|намеснік|(?:галоўны|главный|головний)\s+(?:інжынер|инженер|інженер)"
    r"|\w*juht|m[üu]d[üu]r[üu]?|vali|kepala|vodja|poveljnik|mkurugenzi|pinuno|gi[áa]m\s+[đd][ốo]c|tr[ưu][ởo]ng\s+ban"
    # Lithuanian, Latvian, Slovak, Icelandic, Maltese, Albanian, Malay and Afrikaans posts
    r"|koordinator(?:ius|ė|s|ka)?|vadov(?:as|ė)|vir[šs]inink(?:as|ė)|vad[īi]t[āa]j(?:s|a)|priek[šs]s[ēe]d[ēe]t[āa]j(?:s|a)"
    r"|riadite[ľl](?:ka)?|velite[ľl]|stj[óo]rnandi|forst[öo][ðd]uma[ðd]ur|segretarju|drejtor(?:i|esha)?|prefekt(?:i)?"
    r"|pegawai|ketua|bestuurder|hoof"
    # ... a Lithuanian director or mayor, a Finnish manager or mayor, a Polish director or head of a commune
    r"|direktori(?:us|ė)|mer(?:as|ė)|seni[ūu]n(?:as|ė)|\w*johtaja|\w*p[äa][äa]llikk[öo]|pormestari|dyrektor|w[óo]jt"
    # ... a Slovenian, Croatian or Serbian president, mayor or secretary of a society or a municipality
    r"|predsedni(?:k|ca)|predsjedni(?:k|ca)|[žz]upan(?:ja)?|tajni(?:k|ca)"
    # Serbian, Basque, Luxembourgish, Somali, Kinyarwanda and Azerbaijani posts
    r"|komandant\w*|na[čc]elnik\w*|rukovodi(?:lac|telj|oc)\w*|pro[čc]elnik\w*|alkate(?:a)?|buergermeeschter|guddoomiye|umuyobozi|ushinzwe|ba[şs][çc][ıi]s[ıi]"
    # Uzbek, Faroese, Scottish Gaelic, isiZulu, Malagasy, Tok Pisin and Yoruba posts
    r"|boshlig['’ʻ‘]i|rahbar(?:i)?|hokim(?:i)?|borgarstj[óo]ri|lei[ðd]ari|stj[óo]ri|cathraiche|stiùiriche|stiuiriche"
    r"|co-?[òo]rdanaiche|isikhulu|inhloko|imeya|umphathi|lehiben['’]?ny|filoham-pahefana|kodineta|bos\s+bilong"
    r"|ol[ùu]dar[íi]|al[áa]ga"
    # Chichewa, Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen posts: "Mkulu wa Boma", "Babban
    # Sakatare", "Pulenuu", "Usodolophu", "Maer", "Ofisa", "Lurah", "Başlygy"
    r"|mkulu\s+wa\s+boma|wapampando|babban\s+sakatare|shugaba|darakta|pulenu['’]?u|ta['ʻ’]?ita['ʻ’]?i|usodolophu"
    r"|intloko|maer|rener|ofisa|manija|lurah|ba[şs]lygy|m[üu]diri|ba[şs]tutan"
    rf"|{_SCRIPT_POSTS})"
    r"(?:\(a\))?(?!['’]s)\b",
    re.I,
)
