"""A Burmese report: its headings keyed by what they name (the summary "အကျဉ်းချုပ်", the situation now
"လက်ရှိအခြေအနေ", the weather forecast "မိုးလေဝသ ခန့်မှန်းချက်", the damage "ထိခိုက်ပျက်စီးမှုများ", the assistance
given "ကူညီထောက်ပံ့မှုများ", the staff and volunteers, the funds "ရန်ပုံငွေ", the risks and challenges and the
follow-up work, a topic such as the camps "ယာယီစခန်းများ" none), a risk's mitigation read after its lead
"လျော့ချရေးဆောင်ရွက်ချက်:" and, sent as a mail, the greeting "… ခင်ဗျာ," with the lines handing the report over above
it and the sign-off "လေးစားစွာဖြင့်" with the signature under it left out as the letter around the report.

Layouts: a plain-text e-mail as a mail service writes its Markdown ("**…**" headings, "- " points), the same mail's
HTML part alone, and a Markdown document.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from sitroom.read import parse_bytes

RISK = "မြေပြိုနိုင်သည့် အန္တရာယ် ကို စောင့်ကြည့်နေပါသည်။"
LEAD = "လျော့ချရေးဆောင်ရွက်ချက်:"
MITIGATION = "တောင်စောင်းရှိ အိမ်ထောင်စုများကို ကြိုတင်ရွှေ့ပြောင်းထားပါသည်။"
SECTIONS = [
    ("အကျဉ်းချုပ်", "highlights", ["ရေဘေးသင့် အိမ်ထောင်စု ၅,၁၃၂ စု ရှိပါသည်။"]),
    ("လက်ရှိအခြေအနေ", "situation", ["ရပ်ကွက်နှင့် ကျေးရွာ ၅၆ ခု ရေဝပ်နေဆဲဖြစ်ပါသည်။"]),
    ("မိုးလေဝသ ခန့်မှန်းချက်", "forecast", ["တစ်ရက်အတွင်း မိုးရေချိန် မီလီမီတာ ၁၀၇ အထိ ရွာသွန်းနိုင်ပါသည်။"]),
    ("ထိခိုက်ပျက်စီးမှုများ", "impacts", ["နေအိမ် ၆၄၁ လုံး ပျက်စီးခဲ့ပါသည်။"]),
    ("ယာယီစခန်းများ", None, ["ယာယီစခန်း ၉ ခုတွင် လူ ၈၉၇ ဦး ခိုလှုံနေပါသည်။"]),
    ("ကူညီထောက်ပံ့မှုများ", "assistance", ["ငွေသားအကူအညီကို အိမ်ထောင်စု ၄၉၁ စုသို့ ပေးအပ်ခဲ့ပါသည်။"]),
    ("ဝန်ထမ်းနှင့် စေတနာ့ဝန်ထမ်းများ", "workforce", ["ဝန်ထမ်းနှင့် စေတနာ့ဝန်ထမ်း ၁၄ ဦး ကွင်းဆင်းလုပ်ကိုင်နေပါသည်။"]),
    ("ရန်ပုံငွေ", "finance", ["ဆန်နှင့် ဆေးဝါးဝယ်ယူရန် ကျပ်သိန်း ၂,၉၀၀ သုံးစွဲခဲ့ပါသည်။"]),
    ("အန္တရာယ်နှင့် စိန်ခေါ်မှုများ", "risks", [f"{RISK} **{LEAD}** {MITIGATION}"]),
    ("နောက်ဆက်တွဲ လုပ်ဆောင်ရန်များ", "next-steps", ["စက်တင်ဘာ ၂၁ ရက် မတိုင်မီ ပျက်စီးမှုစစ်တမ်း ပြီးစီးအောင် ဆောင်ရွက်မည်။"]),
]
GREETING = "မိတ်ဖက်အဖွဲ့အစည်းများ အားလုံး ခင်ဗျာ,"
COVERING = [
    "တောင်ငူ လူမှုကူညီရေးအသင်း ၏ ရေဘေးအခြေအနေ အစီရင်ခံစာ အမှတ် (၁) ကို အောက်တွင် တင်ပြအပ်ပါသည်။",
    "ဤအစီရင်ခံစာကို မိတ်ဖက်အဖွဲ့များအတွင်းသာ မျှဝေပေးပါရန် မေတ္တာရပ်ခံအပ်ပါသည်။",
]
CLOSE = ["လေးစားစွာဖြင့်", "", "ဦးအောင်ကိုကို", "ကွင်းဆင်းညှိနှိုင်းရေးမှူး", "ဖုန်း - +95 9 790 383290"]


def _markdown(heading: str) -> list[str]:
    lines: list[str] = []
    for name, _, items in SECTIONS:
        lines += [heading.format(name), "", *(f"- {i}" for i in items), ""]
    return lines


def _mail(html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "yegyi@proton.me", "partners@example.org", "ရေဘေးအခြေအနေ အစီရင်ခံစာ (၁)"
    if html:
        parts = [f"<div>{GREETING}</div>", "<div><br></div>", *(f"<div>{c}</div>" for c in COVERING)]
        for name, _, items in SECTIONS:
            lis = "".join(f"<li>{i.replace('**', '<b>', 1).replace('**', '</b>', 1)}</li>" for i in items)
            parts += ["<div><br></div>", f"<div><b>{name}</b></div>", f"<ul>{lis}</ul>"]
        parts += ["<div><br></div>", f"<div>{CLOSE[0]}</div>", "<div>" + "<br>".join(CLOSE[2:]) + "</div>"]
        msg.set_content(f"<html><body>{''.join(parts)}</body></html>", subtype="html")
    else:
        lines = [GREETING, "", *COVERING, "", *_markdown("**{}**"), *CLOSE]
        msg.set_content("\n".join(lines) + "\n")
    return bytes(msg)


def _document() -> bytes:
    return "\n".join(["# ရေဘေးအခြေအနေ အစီရင်ခံစာ (၁)", "", *_markdown("## {}")]).encode()


@pytest.mark.parametrize(
    ("data", "name"),
    [(_mail(False), "report.eml"), (_mail(True), "report.eml"), (_document(), "report.md")],
    ids=["mail-markdown", "mail-html", "markdown"],
)
def test_a_burmese_reports_keys_mitigations_and_letter(data: bytes, name: str) -> None:
    report = parse_bytes(data, name)[0]
    assert [s.heading for s in report.sections] == [h for h, _, _ in SECTIONS]
    assert [s.key for s in report.sections] == [k for _, k, _ in SECTIONS]
    items = [[i.text.replace("**", "") for i in s.items] for s in report.sections]
    assert items == [[i.replace("**", "") for i in its] for _, _, its in SECTIONS]
    risk = report.sections[-2].items[0]
    assert risk.mitigation == MITIGATION
