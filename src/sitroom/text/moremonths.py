"""Month names of more languages, unaccented, for ``sitroom.text.months``: West Frisian, Tajik, Romansh and Tetum,
Corsican, Occitan and Kurmanji, Sardinian and Northern Sami, Low German, Asturian, Upper Sorbian, Hawaiian and
Catalan; Sorani Kurdish in its own letters."""

from __future__ import annotations

# West Frisian, unaccented ("18 febrewaris 2026", "1 maaie")
FRISIAN_MONTHS: dict[int, str] = {
    1: "jannewaris", 2: "febrewaris", 3: "maart", 4: "april", 5: "maaie", 6: "juny", 7: "july", 8: "augustus",
    9: "septimber", 10: "oktober", 11: "novimber", 12: "desimber",
}  # fmt: skip

# Tajik, and the Russian nominative of May ("11 май соли 2026")
TAJIK_MONTHS: dict[int, str] = {
    1: "январ", 2: "феврал", 3: "март", 4: "апрел", 5: "май", 6: "июн", 7: "июл", 8: "август", 9: "сентябр",
    10: "октябр", 11: "ноябр", 12: "декабр",
}  # fmt: skip

# Romansh and Tetum, unaccented ("13 da fanadur 2026", "9 Marsu 2026")
ROMANSH_TETUM_MONTHS: dict[int, str] = {
    1: "schaner janeiru", 2: "favrer fevereiru", 3: "marsu", 4: "avrigl", 5: "matg maiu", 6: "zercladur junu junhu",
    7: "fanadur jullu julhu", 8: "avust agostu", 9: "setembru", 10: "outubru", 11: "novembru", 12: "dezembru",
}  # fmt: skip

# Corsican, Occitan (Aranese's and the standard's) and Kurmanji (with the "ê" a date puts after it: "4ê Tebaxê"),
# unaccented ("8 di lugliu 2026", "19 de junh de 2026")
CORSICAN_OCCITAN_KURMANJI_MONTHS: dict[int, str] = {
    1: "ghjennaghju ger genier", 2: "ferraghju heruer febrier sibat sibate", 3: "marzu adar adare",
    4: "abriu nisan nisane", 5: "maghju gulan gulane", 6: "ghjugnu junh heziran hezirane",
    7: "lugliu junhsega julhet tirmeh tirmehe", 8: "aostu tebax tebaxe", 9: "sittembre seteme ilon ilone",
    10: "uttrovi cotmeh cotmehe", 11: "nuvembre noveme mijdar mijdare", 12: "dicembre deseme",
}  # fmt: skip

# Sardinian and Northern Sami (as named and in the genitive a Sami date puts them in: "12. borgemánu"), unaccented
SARDO_SAMI_MONTHS: dict[int, str] = {
    1: "ghennargiu bennalzu oddajagemannu oddajagemanu", 2: "freargiu guovvamannu guovvamanu",
    3: "martzu njukcamannu njukcamanu", 4: "abrile cuonomannu cuonomanu", 5: "maju maiu miessemannu miessemanu",
    6: "lampadas geassemannu geassemanu", 7: "triulas argiolas suoidnemannu suoidnemanu",
    8: "austu agustu borgemannu borgemanu", 9: "cabudanni cakcamannu cakcamanu",
    10: "santugaine ladamine golggotmannu golggotmanu", 11: "santandria onniasantu skabmamannu skabmamanu",
    12: "nadale idas juovlamannu juovlamanu",
}  # fmt: skip

# Low German, Asturian, Upper Sorbian (as named and in the genitive a date puts them in: "12. awgusta") and Hawaiian
# (its ʻokina dropped), unaccented ("14. Januaar 2026", "31 de payares", "10. awgusta 2026", "2 Kepakemapa 2026")
VERNACULAR_MONTHS: dict[int, str] = {
    1: "januaar xineru januara ianuali", 2: "februaar febreru februara pepeluali", 3: "marz merc merca malaki",
    4: "apryl apryla apelila", 5: "mayu meja mei", 6: "xunu junij junija iune", 7: "xunetu julij julija iulai",
    8: "awgusta aukake", 9: "septembra kepakemapa", 10: "ochobre oktobra okakopa",
    11: "payares nowember nowembra nowemapa", 12: "avientu decembra kekemapa",
}  # fmt: skip

# Catalan, unaccented ("26 de gener de 2026", "3 d'abril", "14 de març": "marc" once unaccented)
CATALAN_MONTHS: dict[int, str] = {
    1: "gener", 2: "febrer", 3: "marc", 4: "abril", 5: "maig", 6: "juny", 7: "juliol", 8: "agost", 9: "setembre",
    10: "octubre", 11: "novembre", 12: "desembre",
}  # fmt: skip

# Sorani Kurdish, in its own letters as printed (the Syriac names Iraq uses: "١٦ی ئازار ٢٠٢٦")
SORANI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("کانوونی دووەم",), 2: ("شوبات",), 3: ("ئازار",), 4: ("نیسان",), 5: ("ئایار",), 6: ("حوزەیران",),
    7: ("تەممووز",), 8: ("ئاب",), 9: ("ئەیلوول",), 10: ("تشرینی یەکەم",), 11: ("تشرینی دووەم",),
    12: ("کانوونی یەکەم",),
}  # fmt: skip
