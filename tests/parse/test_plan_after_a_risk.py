"""Under a heading of risks, "Plan:" after a risk leads its mitigation (what will be done about it), as
"Action:" does; anywhere else a plan is just a plan, and the item keeps it.

Two layouts: a flood wardens' group chat exported to text (the sitrep one message, "*Worries*" over "- "
points); and a Word report (a "Risks" heading in a heading style over List Bullet points), each with a
"Plan:" under "Next steps" too.
"""

from __future__ import annotations

import io

import docx

from sitroom.model import Report
from sitroom.read import parse_bytes, parse_text

RISKS = [
    ("Elderly residents on Wharf Road not answering the door.", "Wardens to knock again at 8 and call the council."),
    ("Children playing near the flood water at the park.", "Signs up and the school asked to warn parents."),
]
NEXT = "Skip for Wharf Road. Plan: ask the council on Monday."


def _chat() -> str:
    lines = [
        "23/11/2024, 17:40 - Messages and calls are end-to-end encrypted. Tap to learn more.",
        "23/11/2024, 17:59 - Pete Owusu: Water over the path by the bowling club now",
        "23/11/2024, 18:10 - Jo Meakin: *Flood Watch update 1*",
        "",
        "*River levels*",
        "- Peak expected overnight into 24 November",
        "",
        "*Worries*",
        *(f"- {risk} Plan: {plan}" for risk, plan in RISKS),
        "",
        "*Next*",
        f"- {NEXT}",
        "",
        "Shout if I've missed anything",
        "23/11/2024, 18:13 - Kath Wyatt: Thanks Jo",
    ]
    return "\n".join(lines) + "\n"


def _word() -> bytes:
    d = docx.Document()
    d.add_heading("Flood update 1", level=0)
    d.add_heading("Situation", level=1)
    d.add_paragraph("Peak expected overnight into 24 November.", style="List Bullet")
    d.add_heading("Risks", level=1)
    for risk, plan in RISKS:
        d.add_paragraph(f"{risk} Plan: {plan}", style="List Bullet")
    d.add_heading("Next steps", level=1)
    d.add_paragraph(NEXT, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _check(report: Report) -> None:
    risks, nxt = report.sections[-2], report.sections[-1]
    assert risks.key == "risks"
    assert [(i.text, i.mitigation) for i in risks.items] == [(f"{r} Plan: {p}", p) for r, p in RISKS]
    assert [(i.text, i.mitigation) for i in nxt.items] == [(NEXT, None)]


def test_a_plan_after_a_worry_in_a_chat_export_is_its_mitigation() -> None:
    _check(parse_text(_chat(), "WhatsApp Chat with Flood Wardens.txt"))


def test_a_plan_after_a_risk_in_a_word_report_is_its_mitigation() -> None:
    _check(parse_bytes(_word(), "update.docx")[0])


def test_what_someone_is_doing_after_a_risk_is_its_mitigation() -> None:
    """ "What partners are doing:" after a risk says what is done about it, as "Plan:" does; a report of
    work elsewhere keeps its words."""
    doing = "Welfare calls from the councils to residents on priority registers."
    other = "What the council is doing: gritting the main routes."
    for lead in ("What partners are doing:", "What the fire service is doing:"):
        d = docx.Document()
        d.add_heading("Winter bulletin 3", level=0)
        d.add_heading("Partner updates", level=1)
        d.add_paragraph(other, style="List Bullet")
        d.add_heading("Risks to watch", level=1)
        d.add_paragraph(f"Isolation of vulnerable people in rural villages. {lead} {doing}", style="List Bullet")
        buf = io.BytesIO()
        d.save(buf)
        text = (
            f"Winter bulletin 3\n\nPARTNER UPDATES\n- {other}\n\nRISKS TO WATCH\n"
            f"- Isolation of vulnerable people in rural villages. {lead} {doing}\n"
        )
        for report in (parse_bytes(buf.getvalue(), "bulletin.docx")[0], parse_text(text, "bulletin.txt")):
            partners, risks = report.sections[-2], report.sections[-1]
            assert [(i.text, i.mitigation) for i in partners.items] == [(other, None)]
            assert [i.mitigation for i in risks.items] == [doing]
