"""Reports in Uzbek, Faroese, Scottish Gaelic, isiZulu, Cebuano, Malagasy, Tok Pisin and Yoruba: their section
names get their keys, a risk's mitigation after its label is split off, a report's name gives its number, a date
in their months is read, and the thanks, close and post of a sign-off are known.
"""

from __future__ import annotations

import pytest

from sitroom.parse.metadata import find_number
from sitroom.parse.vocabulary import classify_heading
from sitroom.read import parse_text
from sitroom.text.months import month_number
from sitroom.text.signoffs import SIGNATURE, is_thanks, names_post, opens_signature

KEYS = [
    # Uzbek
    ("Umumiy vaziyat", "situation"), ("Ob-havo prognozi", "forecast"), ("KO'RILGAN CHORALAR", "response"),
    ("Kuchlar va vositalar", "workforce"), ("Ehtimoliy xavflar", "risks"), ("Keyingi rejalar", "next-steps"),
    # Faroese
    ("Stuttur samandráttur", "highlights"), ("Veðurforsagnir", "forecast"), ("Útreiðslur", "finance"),
    ("Almenn kunning", "communications"),
    # Scottish Gaelic
    ("Prìomh phuingean", "highlights"), ("Ionadan fasgaidh", "assistance"), ("Cunnart", "risks"),
    ("Ath cheumannan", "next-steps"),
    # isiZulu
    ("Isimo esikhona", "situation"), ("Umonakalo", "impacts"), ("Izindawo zokukhosela", "assistance"),
    ("Izinyathelo ezilandelayo", "next-steps"),
    # Cebuano
    ("Kasamtangang kahimtang", "situation"), ("Taya sa panahon", "forecast"), ("Mga epekto", "impacts"),
    ("Galastohan", "finance"),
    # Malagasy
    ("Vinavina toetr'andro", "forecast"), ("Toerana fialofana", "assistance"), ("Risika", "risks"),
    ("Serasera", "communications"),
    # Tok Pisin
    ("Bikpela poin", "highlights"), ("Ol bagarap", "impacts"), ("Ol mani", "finance"), ("Nekis step", "next-steps"),
    # Yoruba
    ("Àkópọ̀", "highlights"), ("Ojú ọjọ́", "forecast"), ("Àwọn òṣìṣẹ́", "workforce"), ("Àwọn ewu", "risks"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "key"), KEYS)
def test_section_names_get_their_keys(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


@pytest.mark.parametrize(
    "lead",
    ["Chora-tadbirlar:", "Ko'rilgan choralar:", "Tiltøk:", "Lasachadh:", "Ukunciphisa ingozi:", "Mitigasyon:",
     "Mga aksyon:", "Fepetra noraisina:", "Rot bilong stretim:", "Ojútùú:"],
)  # fmt: skip
def test_a_risks_mitigation_after_its_label_is_split_off(lead: str) -> None:
    report = parse_text(f"RISKS\n\n- The river may rise again overnight. {lead} Pumps are ready at the bridge.\n")
    assert report.sections[0].items[0].mitigation == "Pumps are ready at the bridge."


@pytest.mark.parametrize(
    ("title", "number"),
    [("Støðufrágreiðing nr. 4 – Tvøroyrar kommuna", 4), ("Aithisg Suidheachaidh 2 – Uisge", 2),
     ("Taho sa kahimtang No. 5", 5), ("Tatitra laharana 3 – Boeny", 3)],
)  # fmt: skip
def test_a_reports_name_gives_its_number(title: str, number: int) -> None:
    assert find_number(title) == number


@pytest.mark.parametrize(
    ("name", "month"),
    [("dekabr", 12), ("Lùnastal", 8), ("Septhemba", 9), ("Nobyembre", 11), ("Aogositra", 8), ("Ogas", 8),
     ("Òkúdu", 6)],
)  # fmt: skip
def test_their_months_are_read(name: str, month: int) -> None:
    assert month_number(name) == month


@pytest.mark.parametrize("line", ["Tenkyu tru long olgeta", "Daghang salamat sa inyong pailub", "Ngiyabonga",
                                  "Tapadh leibh", "Misaotra tompoko"])  # fmt: skip
def test_a_line_of_thanks_is_known(line: str) -> None:
    assert is_thanks(line)


def test_a_sign_offs_close_lead_and_post_are_known() -> None:
    assert opens_signature("Hurmat bilan,") and opens_signature("Le dùrachd,") and opens_signature("Vinarliga")
    assert SIGNATURE.match("Ilungiselelwe ngu: S. Dlamini") and SIGNATURE.match("Tayyorladi: B. Karimov")
    assert names_post("Inhloko Yezinhlekelele") and names_post("Tuman bo'limi boshlig'i")
    assert names_post("Provincial Disaster Kodineta")
