"""A district office's press release on its web site: the site's name in an ``<h1>`` inside the logo's link home, the
release's own ``<h1>``, then in its text the label ("PRESS RELEASE", "పత్రికా ప్రకటన", "प्रेस विज्ञप्ति"), the issuing
office, the dateline (the place and the date: "Vijayawada, Date: 14.10.2026", "విజయవాడ, తేదీ: 14.10.2026") and the
lede saying the officer released the bulletin ("… released Bulletin No. 1 … The details are as follows."), then the
numbered sections and the officer's name with their post. The release's ``<h1>`` is the title (the logo's names the
site); the label, office, dateline, lede and signer are no section and no point. In English, Telugu and Hindi."""

from __future__ import annotations

import pytest

from sitroom.read import parse_bytes

RELEASES = {
    "english": {
        "site": "District NTR",
        "title": "Bulletin No. 1 on dengue and viral fevers",
        "label": "PRESS RELEASE",
        "office": "Office of the District Medical and Health Officer, NTR District",
        "dateline": "Vijayawada, Date: 14.10.2026",
        "lede": "The District Medical and Health Officer, Dr. M. Suhasini, released Bulletin No. 1 on the steps taken "
                "against dengue and viral fevers. The details are as follows.",
        "sections": [("1. Summary", ["Dengue cases confirmed so far: 42."]),
                     ("2. Next steps", ["A review meeting will be held on 16 October."])],
        "signer": "Dr. M. Suhasini District Medical and Health Officer, NTR District",
    },
    "telugu": {
        "site": "జిల్లా ఎన్టీఆర్",
        "title": "డెంగ్యూ, విష జ్వరాల పరిస్థితిపై బులెటిన్ నెం. 1",
        "label": "పత్రికా ప్రకటన",
        "office": "జిల్లా వైద్య ఆరోగ్య శాఖాధికారి వారి కార్యాలయం, ఎన్టీఆర్ జిల్లా",
        "dateline": "విజయవాడ, తేదీ: 14.10.2026",
        "lede": "జిల్లాలో డెంగ్యూ, విష జ్వరాల నివారణకు చేపట్టిన చర్యలపై జిల్లా వైద్య ఆరోగ్య శాఖాధికారి డా. ఎం. సుహాసిని "
                "బులెటిన్ నెం. 1 విడుదల చేశారు. వివరాలు ఇలా ఉన్నాయి.",
        "sections": [("1. సారాంశం", ["ఇప్పటివరకు నిర్ధారించిన డెంగ్యూ కేసులు: 42."]),
                     ("2. తదుపరి చర్యలు", ["జిల్లా కలెక్టర్ అధ్యక్షతన సమీక్షా సమావేశం జరుగుతుంది."])],
        "signer": "డా. ఎం. సుహాసిని జిల్లా వైద్య ఆరోగ్య శాఖాధికారి, ఎన్టీఆర్ జిల్లా",
    },
    "hindi": {
        "site": "जिला पटना",
        "title": "डेंगू की स्थिति पर बुलेटिन संख्या 1",
        "label": "प्रेस विज्ञप्ति",
        "office": "मुख्य चिकित्सा अधिकारी का कार्यालय, पटना",
        "dateline": "पटना, दिनांक: 14.10.2026",
        "lede": "मुख्य चिकित्सा अधिकारी डॉ. अनिल कुमार ने डेंगू की रोकथाम पर बुलेटिन संख्या 1 जारी किया। विवरण इस प्रकार है।",
        "sections": [("1. सारांश", ["अब तक डेंगू के 42 मामलों की पुष्टि हुई है।"]),
                     ("2. आगे की कार्रवाई", ["16 अक्टूबर को समीक्षा बैठक होगी।"])],
        "signer": "डॉ. अनिल कुमार मुख्य चिकित्सा अधिकारी, पटना",
    },
}  # fmt: skip


def _page(r: dict) -> bytes:
    sections = "".join(
        f"<p><strong>{h}</strong></p><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" for h, points in r["sections"]
    )
    return (
        "<html><body>"
        f'<div class="header"><div class="logo"><a href="/" rel="home"><strong>{r["site"]}</strong>'
        f'<h1 class="h1-logo">{r["site"]}</h1></a></div></div>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/press/">Press</a></li></ul></nav>'
        f'<section class="site-main"><article><h1 class="heading">{r["title"]}</h1>'
        '<div class="date">14/10/2026</div><div class="entry-content">'
        f'<p style="text-align: center;"><strong>{r["label"]}</strong></p>'
        f'<p style="text-align: center;"><strong>{r["office"]}</strong></p>'
        f"<p>{r['dateline']}</p><p>{r['lede']}</p>{sections}<p><strong>{r['signer']}</strong></p>"
        "</div></article></section><footer><p>Content owned by District Administration</p></footer>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_a_press_releases_head_and_signer_are_no_points(name: str) -> None:
    r = RELEASES[name]
    report = parse_bytes(_page(r), "release.html")[0]
    assert report.title == r["title"]
    assert [(s.heading, [i.text for i in s.items]) for s in report.sections if s.heading or s.items] == r["sections"]
