"""Reports in Romansh (a Graubünden commune's crisis staff), Tetum (a Timor-Leste municipality's civil protection) and
Khmer (a Cambodian provincial disaster committee, its headings numbered in Khmer digits, its words unspaced): each
section keyed, and a risk's measure after its lead ("Mesira:", "Asaun:", "វិធានការ៖") read as its mitigation. In
Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

ROMANSH = (
    "Rapport dal stab da crisa nr. 2",
    ("Il privel d'ina nova lavina da bova vegn observà.", "Mesira:", "Ina posta da guardia è occupada di e notg."),
    [
        ("Resumaziun", "highlights", ["Ina lavina da bova ha tratg tras il vitg."]),
        ("Situaziun actuala", "situation", ["La via chantunala è puspè averta."]),
        ("Prognosa da l'aura", "forecast", ["Per la fin d'emna vegnan spetgadas ulteriuras plievgias."]),
        ("Donns", "impacts", ["14 chasas èn vegnidas donnegiadas."]),
        ("Forzas d'intervenziun", "workforce", ["86 pumpiers èn en acziun."]),
        ("Custs", "finance", ["Ils custs muntan fin ussa a 420 000 francs."]),
        ("Ristgs", "risks", []),
        ("Proxims pass", "next-steps", ["La sanaziun dal punt cumenza il 20 da fanadur."]),
    ],
)
TETUM = (
    "Relatóriu Situasaun Inundasaun No. 2",
    ("Risku moras diarreia iha fatin evakuasaun.", "Asaun:", "Fahe bee moos no edukasaun ijiene."),
    [
        ("REZUMU", "highlights", ["Inundasaun afeta suku 6 iha munisípiu."]),
        ("SITUASAUN ATUÁL", "situation", ["Bee mota tun ona iha Suku Maliana."]),
        ("PREVIZAUN TEMPU", "forecast", ["Udan boot sei kontinua to'o 16 Marsu."]),
        ("ASISTÉNSIA HUMANITÁRIA", "assistance", ["Fahe ona foos 320 sakus ba família afetadu."]),
        ("REKURSU UMANU", "workforce", ["Ofisiál protesaun sivíl 48 servisu iha terrenu."]),
        ("ORSAMENTU", "finance", ["Despeza to'o agora $12,500."]),
        ("RISKU SIRA", "risks", []),
        ("PLANU BA LORON TUIR MAI", "next-steps", ["Avaliasaun estragus iha suku 3 ohin."]),
    ],
)
KHMER = (
    "របាយការណ៍ស្ដីពីស្ថានភាពទឹកជំនន់ (លើកទី២)",
    ("ហានិភ័យនៃជំងឺរាគរូសនៅទីតាំងសុវត្ថិភាព កំពុងត្រូវបានតាមដាន។", "វិធានការ៖", "ចែកទឹកស្អាត និងអប់រំអនាម័យ។"),
    [
        ("១. សេចក្ដីសង្ខេប", "highlights", ["ទឹកជំនន់បានប៉ះពាល់ដល់ ៦ ស្រុក។"]),
        ("២. ស្ថានភាពបច្ចុប្បន្ន", "situation", ["កម្ពស់ទឹកទន្លេមេគង្គកំពុងស្រកចុះ។"]),
        ("៣. ការព្យាករណ៍អាកាសធាតុ", "forecast", ["ភ្លៀងនឹងធ្លាក់បន្តរហូតដល់ថ្ងៃទី១៦។"]),
        ("៤. ផលប៉ះពាល់", "impacts", ["ផ្ទះចំនួន ៣២០ ខ្នងត្រូវបានលិចទឹក។"]),
        ("៧. ការចែកជូនជំនួយ", "assistance", ["អង្ករ ៥ តោន ត្រូវបានចែកជូនគ្រួសាររងគ្រោះ។"]),
        ("៨. កម្លាំងចុះអន្តរាគមន៍", "workforce", ["កម្លាំងចំនួន ២១៤ នាក់ បានចុះជួយ។"]),
        ("៩. ថវិកា", "finance", ["ថវិកាបានចំណាយ ៤៥ លានរៀល។"]),
        ("១០. ហានិភ័យ", "risks", []),
        ("១១. ទិសដៅបន្ត", "next-steps", ["បន្តវាយតម្លៃការខូចខាតនៅថ្ងៃស្អែក។"]),
    ],
)
LANGUAGES = {"romansh": ROMANSH, "tetum": TETUM, "khmer": KHMER}
FORMATS = {"word": (word_bold_lines, "r.docx"), "html": (html_page, "r.html"), "markdown": (markdown, "r.md")}


def _sections(language: str):
    _, (risk, lead, measure), sections = LANGUAGES[language]
    sep = "" if language == "khmer" else " "
    return [(h, k, pts or [f"{risk}{sep}{lead}{sep}{measure}" if language == "khmer" else f"{risk} {lead} {measure}"])
            for h, k, pts in sections]  # fmt: skip


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_sections_are_keyed_and_risks_mitigated(language: str, fmt: str) -> None:
    title, (risk, _, measure), _ = LANGUAGES[language]
    sections = _sections(language)
    make, name = FORMATS[fmt]
    report = parse_bytes(make(title, sections), name)[0]
    assert [(s.heading, s.key) for s in report.sections] == [(h, k) for h, k, _ in sections]
    risks = next(s for s in report.sections if s.key == "risks")
    assert [(i.text[: len(risk)], i.mitigation) for i in risks.items] == [(risk, measure)]
