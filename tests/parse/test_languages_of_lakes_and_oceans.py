"""Reports in Chichewa, Hausa, Samoan, isiXhosa, Breton, Bislama, Javanese and Turkmen: their section names get
their keys, a risk's mitigation after its label is split off, a report's name gives its number, a date in their
months is read, and the greeting, covering line, thanks, close and post of a letter around a report are known.
"""

from __future__ import annotations

import pytest

from sitroom.extract.letter import _is_handover
from sitroom.model import Block, BlockKind
from sitroom.parse.metadata import find_number
from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_text
from sitroom.text.months import month_number
from sitroom.text.salutations import is_greeting, is_sign_off
from sitroom.text.signoffs import SIGNATURE, is_thanks, names_post, opens_signature

KEYS = [
    # Chichewa
    ("Mfundo zazikulu", "highlights"), ("Mkhalidwe wa ngozi", "situation"), ("Maulosi a nyengo", "forecast"),
    ("Zowonongeka", "impacts"), ("Ziopsezo", "risks"), ("Mauthenga kwa anthu", "communications"),
    # Hausa
    ("Takaitaccen bayani", "highlights"), ("Yanayin da ake ciki", "situation"), ("TASIRI", "impacts"),
    ("Kayan agaji", "assistance"), ("Kasafin kuɗi", "finance"), ("Barazana", "risks"), ("Mataki na gaba", "next-steps"),
    # Samoan
    ("Otootoga", "highlights"), ("Valoaga o le tau", "forecast"), ("Gaioiga ua faia", "response"),
    ("Nofoaga e sulufai ai", "assistance"), ("Tulaga lamatia", "risks"), ("Faʻasalalauga", "communications"),
    # isiXhosa
    ("Imeko ekhoyo", "situation"), ("Imozulu", "forecast"), ("Iziphumo", "impacts"), ("Impendulo", "response"),
    ("Umngcipheko", "risks"), ("Izinto ezilandelayo", "next-steps"),
    # Breton
    ("Diverradenn", "highlights"), ("Diougan", "forecast"), ("Gwallerezhioù", "impacts"),
    ("Lec'hioù repu", "assistance"), ("Dispignoù", "finance"), ("Dañjer", "risks"), ("Pazennoù da zont", "next-steps"),
    # Bislama
    ("Situasen", "situation"), ("Ol impak", "impacts"), ("Wanem mifala i mekem", "response"),
    ("Evakuesen senta", "assistance"), ("Infomesen long pablik", "communications"),
    # Javanese
    ("Kahanan saiki", "situation"), ("Prakiraan cuaca", "forecast"), ("Karusakan", "impacts"), ("Wragad", "finance"),
    ("Pawartos", "communications"), ("Langkah sabanjure", "next-steps"),
    # Turkmen
    ("Umumy ýagdaý", "situation"), ("Howa çaklamasy", "forecast"), ("Ýetirilen zeper", "impacts"),
    ("Çäreler", "response"), ("Töwekgelçilikler", "risks"), ("Geljekki ädimler", "next-steps"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), KEYS)
def test_section_names_get_their_keys(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


@pytest.mark.parametrize("heading", ["Moioù", "Serişdeler"])
def test_a_name_of_means_alone_gets_no_key(heading: str) -> None:
    assert classify_heading(heading)[0] is None


@pytest.mark.parametrize(
    "lead",
    ["Njira zothanirana:", "Zochepetsera:", "Matakan rage haɗari:", "Kariya:", "Gaioiga:", "Izisombululo:",
     "Amanyathelo okunciphisa:", "Diarbennoù:", "Muzulioù kemeret:", "Wok blong stretem:", "Upaya pangatasan:",
     "Görülen çäreler:", "ÇÄRELER:"],
)  # fmt: skip
def test_a_risks_mitigation_after_its_label_is_split_off(lead: str) -> None:
    report = parse_text(f"RISKS\n\n- The river may rise again overnight. {lead} Pumps are ready at the bridge.\n")
    assert report.sections[0].items[0].mitigation == "Pumps are ready at the bridge."


@pytest.mark.parametrize(
    ("title", "number"),
    [("Rahoton halin da ake ciki Na 4 – Jihar Kebbi", 4), ("Lipoti o le Tulaga Nu. 2", 2),
     ("Danevell niv. 5 – Kumun Brest", 5), ("Ingxelo yemeko 3", 3)],
)  # fmt: skip
def test_a_reports_name_gives_its_number(title: str, number: int) -> None:
    assert find_number(title) == number


@pytest.mark.parametrize(
    ("name", "month"),
    [("Seputembala", 9), ("Nuwamba", 11), ("Aukuso", 8), ("Oktobha", 10), ("C’hwevrer", 2), ("Julae", 7),
     ("Nopember", 11), ("noýabr", 11)],
)  # fmt: skip
def test_their_months_are_read(name: str, month: int) -> None:
    assert month_number(name) == month


@pytest.mark.parametrize("line", ["Moni nonse,", "Sannu da aiki,", "Talofa lava,", "Molweni,", "Demat deoc'h,",
                                  "Halo olgeta,", "Sugeng siang,", "Hormatly kärdeşler,"])  # fmt: skip
def test_a_greeting_is_known(line: str) -> None:
    assert is_greeting(line)


@pytest.mark.parametrize(
    "line",
    ["Nayi lipoti la lero.", "Ga rahoton yau a kasa.", "O lenei le lipoti o le aso.", "Nantsi ingxelo yanamhlanje.",
     "Setu an danevell evit hiziv.", "Hemia sitrep blong tede.", "Punika laporan dinten punika.",
     "Şu günki hasabat aşakda."],
)  # fmt: skip
def test_a_covering_line_is_known(line: str) -> None:
    assert _is_handover(Block(line, BlockKind.LINE))


@pytest.mark.parametrize("line", ["Zikomo kwambiri chifukwa cha thandizo", "Na gode da hakurinku", "Faafetai lava",
                                  "Enkosi kakhulu", "Trugarez deoc'h", "Tankyu tumas long olgeta",
                                  "Matur nuwun sanget", "Sag boluň"])  # fmt: skip
def test_a_line_of_thanks_is_known(line: str) -> None:
    assert is_thanks(line)


def test_a_sign_offs_close_lead_and_post_are_known() -> None:
    assert is_sign_off("Tankyu tumas,") and is_sign_off("Matur nuwun,") and is_sign_off("Hormat bilen")
    assert opens_signature("Ozithobileyo,") and opens_signature("A-greiz kalon,") and opens_signature("Wassalam,")
    assert SIGNATURE.match("Lakonzedwa ndi: T. Banda") and SIGNATURE.match("Taýýarlady: M. Orazow")
    assert SIGNATURE.match("Aozet gant: Y. Le Gall") and SIGNATURE.match("Dipundamel dening: Sri Wahyuni")
    assert names_post("Mkulu wa Boma") and names_post("Babban Sakatare") and names_post("Maer Kemper")
    assert names_post("Lurah Glagaharjo") and names_post("Müdirligiň başlygy")
