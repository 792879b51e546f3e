"""Markdown writer of the ``blind25_layouts`` set: a Tamil Nadu district disaster management authority's north-east
monsoon "நிலை அறிக்கை" kept as a post of the district's Jekyll site (the Minimal Mistakes theme, on GitHub Pages) —
the file as it is committed: the YAML front matter (title, date with the zone, ``layout: single``, categories, tags,
``toc: true`` and its Tamil label, the header's overlay image and caption), the authority and time of the report as a
paragraph given the theme's class by a kramdown attribute list ``{: .notice--info}``, the excerpt mark
``<!--more-->``, "## …" headings each with an explicit id ``{#surukkam}``, the parent "## வளங்கள்" itemless over two
"### …", "- " points, the situation as paragraphs, every risk a paragraph of its own marked ``{: .notice--warning}``
with "**தணிப்பு நடவடிக்கை:**" in bold, a footnote mark ``[^1]`` after the first point and its note at the end, under
the damage a Liquid ``{% include figure … %}`` of the flood map and a kramdown table of taluks with its ``{: .table}``
list, a rule and the italic signature line; "28,247", "₹1,42,000", "₹1.25 கோடி", "27 நவம்பர்", "(முந்தைய
அறிக்கையில் 5)").
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind25_layouts_content import MATHAM, indian, split_lead
from council_layouts_gold import Doc

TALUKS = {
    "கடலூர்": ("cuddalore", ("கடலூர்", "சிதம்பரம்", "காட்டுமன்னார்கோயில்", "விருத்தாசலம்")),
    "நாகப்பட்டினம்": ("nagapattinam", ("நாகப்பட்டினம்", "கீழ்வேளூர்", "வேதாரண்யம்", "திருக்குவளை")),
    "திருவள்ளூர்": ("tiruvallur", ("திருவள்ளூர்", "பொன்னேரி", "கும்மிடிப்பூண்டி", "ஊத்துக்கோட்டை")),
    "தூத்துக்குடி": ("thoothukudi", ("தூத்துக்குடி", "ஸ்ரீவைகுண்டம்", "திருச்செந்தூர்", "ஏரல்")),
}
ANCHORS = {"highlights": "surukkam", "situation": "nilaimai", "forecast": "munnarivippu", "impacts": "pathippu",
           "response": "nivaranam", "workforce": "panibalam", "finance": "selavu", "risks": "abayangal",
           "communications": "thagaval", "next-steps": "aduthu"}  # fmt: skip


def md_jekyll_ta(doc: Doc) -> bytes:
    """The post's Markdown source as it stands in the site's repository."""
    when = report_day(doc)
    district = doc.organisation.split()[0]
    site, taluks = TALUKS[district]
    day = f"{when.day} {MATHAM[when.month - 1]} {when.year}"
    title = f"வடகிழக்குப் பருவமழை – நிலை அறிக்கை எண் {doc.number}"
    seed = zlib.crc32(f"{site}{doc.number}".encode())
    out = ["---", f'title: "{title}"', f"date: {when:%Y-%m-%d} 08:00:00 +0530", "layout: single",
           "author_profile: false", "categories:", "  - பேரிடர் மேலாண்மை", "tags:", "  - வெள்ளம்", f"  - {district}",
           "toc: true", 'toc_label: "உள்ளடக்கம்"', "header:",
           f"  overlay_image: /assets/images/{when.year}/monsoon-{site}.jpg",
           '  caption: "படம்: மாவட்ட நிர்வாகம்"', "---", "",
           f"**{doc.organisation}** | {day}, காலை 8:00 மணி நிலவரம்", "{: .notice--info}", "", "<!--more-->",
           ""]  # fmt: skip
    first = True
    for s in doc.sections:
        marks = "#" * (s.level + 1)
        anchor = ANCHORS.get(s.key or "", "valangal")  # the explicit ids in Latin letters, as the editors write them
        out += [f"{marks} {s.heading} {{#{anchor}}}", ""]
        for it in s.items:
            risk, lead, rest = split_lead(it.text, "ta")
            if s.key == "risks":
                out += [f"{risk} **{lead}** {rest}" if lead else it.text, "{: .notice--warning}", ""]
            elif s.key == "situation":
                out += [it.text, ""]
            else:
                out.append(f"- {it.text}{'[^1]' if first else ''}")
                first = False
        if s.key not in ("risks", "situation") and s.items:
            out.append("")
        if s.key == "impacts":
            out += ['{% include figure image_path="/assets/images/' + f'{when.year}/flood-map-{site}-{doc.number}.png" '
                    f'alt="வெள்ள பாதிப்பு வரைபடம்" caption="வெள்ளத்தால் பாதிக்கப்பட்ட பகுதிகள், {day}" %}}', "",
                    "| வட்டம் | பாதிக்கப்பட்ட கிராமங்கள் | நிவாரண முகாம்கள் | முகாம்களில் உள்ளோர் |", "|---|--:|--:|--:|",
                    *(f"| {t} | {3 + (seed >> k) % 20} | {1 + (seed >> (2 * k)) % 9} | "
                      f"{indian(200 + (seed >> (3 * k)) % 9000)} |" for k, t in enumerate(taluks)),
                    "{: .table}", ""]  # fmt: skip
    out += ["---", "", f"*வெளியிட்டவர்: மாவட்ட ஆட்சியர் மற்றும் தலைவர், {doc.organisation}. "
            "அவசர உதவிக்கு 1077 அல்லது 112 என்ற எண்ணை அழைக்கவும்.*", "",
            "[^1]: வட்டாட்சியர் அலுவலகங்களிலிருந்து பெறப்பட்ட தகவல்களின்படி.", ""]  # fmt: skip
    return "\n".join(out).encode()
