"""Under a heading of risks, a sentence the writer set apart from the risk by a line break and italics, with no
label, answers the risk: it is the risk's mitigation. The same line set upright, an italic line under any other
heading, or a paragraph set all in italics gives none.

Four layouts: an update in Word (a manual line break in a numbered point), a web page's list and its paragraphs,
and a bulletin in Markdown (a hard line break, the answer in ``*…*``).
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes

RISKS = [
    ("Errors when results are transcribed by hand.", "Every result is checked by a second person."),
    ("Blood stocks of O negative could fall below two days.", "Neighbouring trusts have agreed to lend units."),
]
UPRIGHT = ("Ambulance handovers may be delayed at the front door.", "Crews are held at the hospital for now.")
ELSEWHERE = ("The laboratory has run on paper since Monday.", "Results are phoned through to the wards.")


def _word() -> bytes:
    d = docx.Document()
    d.add_paragraph("Critical incident update 3", style="Title")
    for heading, points, slanted in (("Current position", [ELSEWHERE], True), ("Risks", RISKS, True)):
        d.add_heading(heading, level=1)
        for first, second in points:
            p = d.add_paragraph(style="List Number")
            p.add_run(first).add_break()
            p.add_run(second).italic = slanted
    p = d.add_paragraph(style="List Number")
    p.add_run(UPRIGHT[0]).add_break()
    p.add_run(UPRIGHT[1])
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html(tag: str) -> str:
    def block(first: str, second: str, slanted: bool = True) -> str:
        answer = f"<em>{second}</em>" if slanted else second
        return f"<{tag}>{first}<br>\n{answer}</{tag}>"

    def body(points: list[tuple[str, str]], upright: bool = False) -> str:
        blocks = [block(*p) for p in points] + ([block(*UPRIGHT, slanted=False)] if upright else [])
        return f"<ul>{''.join(blocks)}</ul>" if tag == "li" else "".join(blocks)

    return (
        "<html><body><h1>Critical incident update 3</h1>"
        f"<h2>Current position</h2>{body([ELSEWHERE])}<h2>Risks</h2>{body(RISKS, upright=True)}"
        "<p><i>All figures are provisional.</i></p></body></html>"
    )


def _markdown() -> str:
    lines = [
        "# Critical incident update 3",
        "",
        "## Current position",
        "",
        f"- {ELSEWHERE[0]}  ",
        f"  *{ELSEWHERE[1]}*",
    ]
    lines += ["", "## Risks", ""]
    for first, second in RISKS:
        lines += [f"- {first}  ", f"  *{second}*"]
    lines += [f"- {UPRIGHT[0]}  ", f"  {UPRIGHT[1]}", ""]
    return "\n".join(lines)


def _check(report: Report) -> None:
    by_key = {s.key: s for s in report.sections}
    risks, position = by_key["risks"], report.sections[0]
    assert [(i.text, i.mitigation) for i in risks.items][:3] == [
        (f"{first} {second}", second) for first, second in RISKS
    ] + [(" ".join(UPRIGHT), None)]
    assert [(i.text, i.mitigation) for i in position.items] == [(" ".join(ELSEWHERE), None)]


def test_an_italic_line_after_a_risk_in_word_is_its_mitigation() -> None:
    _check(parse_bytes(_word(), "update.docx")[0])


def test_an_italic_line_after_a_risk_in_a_web_list_is_its_mitigation() -> None:
    _check(parse_bytes(_html("li").encode(), "update.html")[0])


def test_an_italic_line_after_a_risk_in_a_web_paragraph_is_its_mitigation() -> None:
    _check(parse_bytes(_html("p").encode(), "update.html")[0])


def test_an_italic_line_after_a_risk_in_markdown_is_its_mitigation() -> None:
    _check(parse_bytes(_markdown().encode(), "update.md")[0])
