"""Section names of a Finnish city's release, a Catalan council's report, a Lithuanian administration's letter, a
Slovak, Greek and Vietnamese report and an English agency's release are keyed by their meaning: the picture in brief
("Tilannekuva lyhyesti", "Svarbiausia informacija", "Hlavné informácie") is the summary, the situation ("Padėtis"),
the staff sent out ("Manpower deployed", "Δυνάμεις και μέσα"), the attention to the public ("Atenció a la
ciutadania", "Στήριξη κατοίκων", "HỖ TRỢ NGƯỜI DÂN") and the next steps ("Seuraavat toimet", "Properes actuacions",
"Planlanan Çalışmalar"); how the rain and landslides developed ("DIỄN BIẾN MƯA, SẠT LỞ") is the situation, the forces
and means sent ("LỰC LƯỢNG, PHƯƠNG TIỆN HUY ĐỘNG") the staff ("Szolgálatban lévő erők" too), the support for
residents ("주민 지원") and the warming centers assistance, the effects on transport ("Ulaşıma Etkileri") impacts,
the writer's own people and team ("Our people on the ground", "Response team", "Men and machinery deployed",
"Töös olevad jõud", "Starfsfólk og verktakar") the staff; Icelandic, Ukrainian, Romanian and Estonian summaries,
costs and next steps ("Helstu atriði", "Фінансування", "Resurse financiare", "Edasised sammud") are keyed too.
The title names the report by its kind and number ("Myrskytilanne 24.11. – tiedote 2", "Informe de situació núm. 3",
"Pranešimas Nr. 2"), set in bold like the headings: no section. In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

REPORTS = {
    "fi": [
        ("Tilannekuva lyhyesti", "highlights", ["Sähköttä on edelleen 8 263 kotitaloutta."]),
        ("Henkilöstö", "workforce", ["Sopimuspalokunnat avustavat pelastuslaitosta."]),
        ("Seuraavat toimet", "next-steps", ["Valmiusryhmä kokoontuu seuraavan kerran 25.11."]),
    ],
    "ca": [
        ("Resum", "highlights", ["El passeig marítim continua tancat."]),
        ("Atenció a la ciutadania", "assistance", ["S'han atès 214 consultes al telèfon d'informació."]),
        ("Properes actuacions", "next-steps", ["Previsió de reobrir el passeig el 29 de gener."]),
    ],
    "lt": [
        ("Svarbiausia informacija", "highlights", ["Gaisras lokalizuotas spalio 14 d."]),
        ("Padėtis", "situation", ["Degančių padangų plotas sumažėjo iki 2 ha."]),
        ("Tolesni veiksmai", "next-steps", ["Oro kokybė bus tiriama kasdien."]),
    ],
    "sk": [
        ("Hlavné informácie", "highlights", ["Požiar zasiahol 41 hektárov lesa."]),
        ("Ďalší postup", "next-steps", ["Hasiči zostanú na mieste aj v noci."]),
    ],
    "el": [
        ("Στήριξη κατοίκων", "assistance", ["Φιλοξενούνται 120 κάτοικοι σε ξενοδοχεία."]),
        ("Δυνάμεις και μέσα", "workforce", ["Επιχειρούν 40 πυροσβέστες."]),
        ("Δαπάνες", "finance", ["Οι δαπάνες ανέρχονται σε 120.000 ευρώ."]),
    ],
    "vi": [
        ("HỖ TRỢ NGƯỜI DÂN", "assistance", ["Đã hỗ trợ 1.041 hộ dân."]),
        ("KINH PHÍ", "finance", ["Kinh phí đã chi là 3,90 tỷ đồng."]),
        ("DIỄN BIẾN MƯA, SẠT LỞ", "situation", ["Mực nước trên các sông đang xuống chậm."]),
        ("LỰC LƯỢNG, PHƯƠNG TIỆN HUY ĐỘNG", "workforce", ["Đã huy động 4.374 người."]),
    ],
    "hu": [
        ("Szolgálatban lévő erők", "workforce", ["A nemzeti park 24 őre teljesít szolgálatot."]),
    ],
    "ko": [
        ("주민 지원", "assistance", ["무더위 쉼터 112곳을 운영하고 있습니다."]),
    ],
    "is": [
        ("Helstu atriði", "highlights", ["Hlutfall heimila með heitt vatn: 91%."]),
        ("Staðan núna", "situation", ["Viðgerð stendur yfir á stofnlögninni."]),
        ("Starfsfólk og verktakar", "workforce", ["42 starfsmenn vinna að viðgerðinni."]),
    ],
    "uk": [
        ("Фінансування", "finance", ["Витрати становлять 2,4 млн грн."]),
        ("Подальші заходи", "next-steps", ["Наступну довідку буде подано 17 березня."]),
    ],
    "ro": [
        ("Resurse financiare", "finance", ["Costurile estimate sunt de 1,2 milioane lei."]),
        ("Măsuri următoare", "next-steps", ["Cursurile se reiau pe 18 septembrie."]),
    ],
    "et": [
        ("Töös olevad jõud", "workforce", ["Tööl on 86 päästjat."]),
        ("Edasised sammud", "next-steps", ["Elekter taastatakse 18. jaanuariks."]),
    ],
    "tr": [
        ("Ulaşıma Etkileri", "impacts", ["Ağır tonajlı araçların geçişine izin verilmemektedir."]),
        ("Planlanan Çalışmalar", "next-steps", ["Kapalı yolların 13 Ocak'a kadar açılması planlanmaktadır."]),
    ],
    "en": [
        ("Summary", "highlights", ["Oil has come ashore on 6 km of beaches."]),
        ("Manpower deployed", "workforce", ["412 officers and contractors are cleaning the beaches."]),
        ("Warming centers", "assistance", ["Four warming centers stay open overnight."]),
        ("Our people on the ground", "workforce", ["86 crews are working on the beaches."]),
        ("Response team", "workforce", ["The response team has grown to 40 people."]),
        ("Men and machinery deployed", "workforce", ["Six excavators and 120 staff are at the breach."]),
        ("Passenger assistance", "assistance", ["Refreshments are served at 14 stations."]),
        ("Next steps", "next-steps", ["Beaches that pass water quality tests may reopen from 21 June."]),
    ],
}
TITLES = {"fi": "Myrskytilanne 24.11. – tiedote 2", "ca": "Informe de situació núm. 3", "lt": "Pranešimas Nr. 2",
          "sk": "Informácia č. 2", "el": "Ενημέρωση αρ. 2", "vi": "Báo cáo nhanh số 2", "tr": "Bilgi Notu No. 2",
          "hu": "Helyzetjelentés 2", "ko": "폭염 대응 현황 제2보", "is": "Staða mála – uppfærsla 2",
          "uk": "Довідка № 2", "ro": "Informare nr. 2", "et": "Olukorrateade nr 2",
          "en": "Oil spill update 2"}  # fmt: skip
FORMATS = {"word": (word_bold_lines, "r.docx"), "html": (html_page, "r.html"), "markdown": (markdown, "r.md")}


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("lang", list(REPORTS))
def test_section_names_are_keyed(lang: str, fmt: str) -> None:
    make, name = FORMATS[fmt]
    report = parse_bytes(make(TITLES[lang], REPORTS[lang]), name)[0]
    assert report.title == TITLES[lang]
    assert [(s.heading, s.key) for s in report.sections] == [(h, k) for h, k, _ in REPORTS[lang]]
