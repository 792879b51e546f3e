"""Section names and mitigation leads in Kurdish (Sorani), Kirundi, Luganda, Ladin, Fijian, Friulian and Kashubian: a
governorate's, a commune's, a district's, a valley's or a divisional centre's report names the summary, the situation,
the damage, the help, the costs, the risks and the next steps in its own words, and sets a risk's measures after
"ڕێوشوێن:", "Ekikolebwa:", "Mosöres:" or "Na cava e caka tiko:". Each name takes its key and each risk its measure;
the Ladin "Dans" (damage) is the French "in" too, so it is no key's name."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

REPORTS = {
    "sorani": ([("کورتە", "highlights"), ("دۆخی ئێستا", "situation"), ("زیانەکان", "impacts"),
                ("هاوکاری بۆ خەڵک", "assistance"), ("تێچووەکان", "finance"), ("مەترسییەکان", "risks"),
                ("هەنگاوەکانی داهاتوو", "next-steps")],
               ("مەترسیی لافاوی نوێ زیاد دەکات.", "ڕێوشوێن:", "تیمەکان ئاستی ئاو هەموو ڕۆژێک دەپشکنن.")),
    "kirundi": ([("Uko ibintu vyifashe", "situation"), ("Imfashanyo", "assistance"),
                 ("Abakorerabushake", "workforce"), ("Ivyago bishoboka", "risks"), ("Ibigiye gukorwa", "next-steps")],
                None),
    "luganda": ([("Mu bufunze", "highlights"), ("Embeera bw'eri", "situation"), ("Ebyonooneddwa", "impacts"),
                 ("Obuyambi eri abantu", "assistance"), ("Ensimbi", "finance"), ("Obulabe obuyinza okubaawo", "risks"),
                 ("Ebigenda okukolebwa", "next-steps")],
                ("Obulabe bw'endwadde ya kolera bulondoolebwa.", "Ekikolebwa:", "Tugaba amazzi amayonjo ne sabbuuni.")),
    "ladin": ([("Aiüt ala jënt", "assistance"), ("Cosć", "finance"), ("Pericui", "risks"),
               ("Proscimi pasc", "next-steps"), ("Dans", None)],
              ("Le pericul che le ru se stopa vëgn tigní d'edl.", "Mosöres:", "Les scüadres controla le ru vigni dé.")),
    "fijian": ([("Vakamacala lekaleka", "highlights"), ("Na ituvaki", "situation"),
                ("Na veika e vakacacani", "impacts"), ("Na veivuke", "assistance"), ("Na ilavo", "finance"),
                ("Na leqa e rawa ni yaco", "risks"), ("Na ka me caka", "next-steps")],
               ("Na rere ni waluvu tale e se vakaraici tiko.", "Na cava e caka tiko:",
                "Sa vakaraici na uciwai ena veisiga.")),
    "friulian-kashubian": ([("IN CURT", "highlights"), ("I DAMS", "impacts"), ("JUTORI AE INT", "assistance"),
                            ("Nôwôżniészé", "highlights"), ("Szkòdë", "impacts"), ("Lëdze w akcji", "workforce"),
                            ("Pòstãpné kroczi", "next-steps")], None),
}  # fmt: skip
POINT = "2026"


def _page(sections: list[tuple[str, str | None]], risk: tuple[str, str, str] | None) -> bytes:
    body = ""
    for heading, key in sections:
        point = f"{risk[0]} {risk[1]} {risk[2]}" if risk and key == "risks" else f"{heading}: {POINT}."
        body += f"<h2>{heading}</h2><ul><li>{point}</li></ul>"
    return f"<html><body><main><h1>Report No. 2</h1>{body}</main></body></html>".encode()


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_section_names_take_their_keys_and_risks_their_measures(name: str) -> None:
    sections, risk = REPORTS[name]
    report = parse_bytes(_page(sections, risk), "report.html")[0]
    assert [(s.heading, s.key) for s in report.sections if s.heading] == sections
    if risk:
        risks = next(s for s in report.sections if s.key == "risks")
        assert [(i.text, i.mitigation) for i in risks.items] == [(f"{risk[0]} {risk[1]} {risk[2]}", risk[2])]
