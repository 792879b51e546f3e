"""Under the risks, a run-in label after a risk's own sentence introduces what is done about it, in a script without
capitals too: the label opens with any of its letters there ("… მონიტორინგი მიმდინარეობს. მიღებული ზომები: …",
"… נמצא במעקב. צעדים שננקטו: …"). Assamese writes the Bengali measures' lead with its own letters ("গৃহীত ব্যৱস্থা:").
In Word (bold lines), HTML and Markdown."""

from __future__ import annotations

import pytest
from keyed_formats import html_page, markdown, word_bold_lines

from sitroom.read import parse_bytes

RISKS = {
    "georgian": ("Risks", [
        ("მდინარის დონე კვლავ იზრდება და სოფლებს ემუქრება წყალდიდობა.", "მიღებული ზომები:",
         "ნაპირებზე ქვიშის ტომრები დაიდო."),
        ("ხიდი სოფელთან დაზიანებულია და მოძრაობა საშიშია.", "მიღებული ზომები:", "ხიდი დაკეტილია."),
    ]),
    "hebrew": ("Risks", [
        ("מפלס הנחל ממשיך לעלות ליד השכונה הדרומית.", "צעדים שננקטו:", "שקי חול הוצבו לאורך הגדה."),
        ("הגשר הישן ניזוק והמעבר בו מסוכן.", "צעדים שננקטו:", "הגשר נסגר לתנועה."),
    ]),
    "assamese": ("বিপদাশংকা", [
        ("ত্ৰাণ শিবিৰত পেটৰ অসুখ বিয়পাৰ আশংকা আছে।", "গৃহীত ব্যৱস্থা:", "স্বাস্থ্য দলে প্ৰতিদিন শিবিৰ পৰিদৰ্শন কৰিছে।"),
        ("পানী আৰু বাঢ়িলে আন গাঁও বুৰ যোৱাৰ আশংকা আছে।", "গৃহীত ব্যৱস্থা:", "লোকক ত্ৰাণ শিবিৰলৈ নিয়া হৈছে।"),
    ]),
}  # fmt: skip
WRITERS = {"docx": (word_bold_lines, "r.docx"), "html": (html_page, "r.html"), "md": (markdown, "r.md")}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("language", sorted(RISKS))
def test_a_run_in_label_in_a_script_without_capitals_introduces_the_mitigation(language: str, fmt: str) -> None:
    make, name = WRITERS[fmt]
    heading, risks = RISKS[language]
    points = [f"{risk} {label} {measure}" for risk, label, measure in risks]
    report = parse_bytes(make("Flood report 3", [("Summary", None, ["The river rose overnight."]),
                                                 (heading, "risks", points)]), name)[0]  # fmt: skip
    section = report.sections[-1]
    assert section.key == "risks"
    assert [i.mitigation for i in section.items] == [measure for _, _, measure in risks]
