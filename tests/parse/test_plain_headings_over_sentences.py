"""Plain text whose sections hold sentences, not lists: each section's name is a short line after a blank line, the
sentences on the lines right under it. A reader takes those lines for the names, as they would the same lines over
lists, when the text sets three or more of them so; and a name closed by a colon ("Summary:", "الملخص:") is as much
a name as one without.

Layouts: English names without and with colons over sentences; French names over sentences; an Arabic text (as
Notepad saves it) whose names close with a colon, its summary over sentences and the other sections over lists.
"""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

EN = [
    ("Summary", ["The district was hit by flash floods on 8 August after heavy rain.",
                 "There are 1,131 affected families in the lower town."]),
    ("Weather and floods", ["Floods ran in 18 valleys during the night."]),
    ("Human damage", ["57 people were injured and taken to the clinic.", "Floods swept away parts of the farmland."]),
    ("Next steps", ["The damage survey will be finished before 12 August."]),
]  # fmt: skip
FR = [
    ("Résumé", ["La commune a subi des crues soudaines le 8 août après de fortes pluies.",
                "Environ 1 131 familles sont touchées dans la ville basse."]),
    ("Situation météo", ["Les crues ont touché 18 vallées pendant la nuit."]),
    ("Dégâts humains", ["57 personnes ont été blessées et soignées au dispensaire."]),
    ("Prochaines étapes", ["Le recensement des dégâts sera terminé avant le 12 août."]),
]  # fmt: skip
AR = [
    ("الملخص:", ["تعرضت المديرية لسيول جارفة منذ 8 أغسطس نتيجة الأمطار الغزيرة.", "عدد الأسر المتضررة: 1,131."]),
    ("الأضرار البشرية:", ["- عدد المصابين: 57.", "- جرفت السيول أجزاء من الأراضي الزراعية."]),
    ("الطرق والمياه:", ["- انقطعت الطريق الرابطة بين المديرية والمدينة."]),
    ("الخطوات القادمة:", ["- استكمال حصر الأضرار قبل 12 أغسطس."]),
]  # fmt: skip


def _text(title: str, sections: list[tuple[str, list[str]]], colon: bool = False, eol: str = "\n") -> str:
    out = [title, ""]
    for name, lines in sections:
        out += [name + (":" if colon else ""), *lines, ""]
    return eol.join(out)


LAYOUTS = {
    "English": (lambda: _text("Flood update 1", EN).encode(), EN, ""),
    "English, colons": (lambda: _text("Flood update 1", EN, colon=True).encode(), EN, ":"),
    "French": (lambda: _text("Point de situation n° 1", FR).encode(), FR, ""),
    "Arabic, Windows-1256": (lambda: _text("تقرير رقم (1) عن أضرار السيول", AR, eol="\r\n").encode("cp1256"), AR, ""),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_name_heads_its_sentences(layout: str) -> None:
    make, sections, colon = LAYOUTS[layout]
    report = parse_bytes(make(), "update.txt")[0]
    got = [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading]
    assert [h for h, _ in got] == [name + colon for name, _ in sections]
    for (_, items), (_, lines) in zip(got, sections, strict=True):
        assert " ".join(items) == " ".join(line.removeprefix("- ") for line in lines)


def test_two_short_lines_over_sentences_are_no_names() -> None:
    # a letter's greeting and close over sentences: two such lines are no scheme of names
    text = (
        "Dear colleagues\nThe flood update is below as agreed at the meeting.\n\nKind regards\n"
        "The duty officer will call at noon.\n\nFlooding\n- 12 homes flooded.\n"
    )
    report = parse_bytes(text.encode(), "update.txt")[0]
    assert [s.heading for s in report.sections if s.heading] == ["Flooding"]
