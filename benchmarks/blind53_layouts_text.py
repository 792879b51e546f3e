"""Text writer of the ``blind53_layouts`` set: a Canadian university's daily update on a fire in its chemistry
building, kept as a page of the university's GitBook space and exported as Markdown.

A Canadian university after a fire closed its chemistry building: the emergency operations team's daily update for
students, faculty and staff, kept as a page of the "Campus status" space on GitBook and synced to the team's Git
repository, whose Markdown is GitBook's own: the YAML front matter with the page's description and its ``layout``
block, the ``#`` title, the photograph as GitBook's raw ``<figure>`` with its caption, an info hint
(``{% hint style="info" %}``) saying when the page is updated, a warning hint on the closed building, ``##``
sections, the summary as paragraphs, the other points ``*`` lists, "**Mitigation:**" in bold, a "Contacts" section
as a table, and the link to the day before's update as GitBook's ``{% content-ref %}`` block. "$3,400",
"$1.25 million", "1,250", "March 16", "(last update: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind53_layouts_banks_home import LABFIRE
from blind53_layouts_content import parts
from council_layouts_gold import Doc

CAMPUSES = (("Chemistry-Physics Building", "Newfoundland Time", "Marketing and Communications", "mun.ca",
             "Campus Enforcement and Patrol", "709-864-4100"),
            ("Parker Building", "Central Time", "Communications and Marketing", "umanitoba.ca", "Security Services",
             "204-474-9341"),
            ("Chemistry Building", "Atlantic Time", "Communications, Marketing and Creative Services", "dal.ca",
             "Security Services", "902-494-6400"),
            ("Thorvaldson Building", "Saskatchewan time", "University Relations", "usask.ca", "Protective Services",
             "306-966-5555"))  # fmt: skip


def md_gitbook_update_lab_fire_ca(doc: Doc) -> bytes:
    """The university's fire update as a GitBook page, exported as Markdown."""
    when = report_day(doc)
    building, zone, comms, domain, security, phone = CAMPUSES[LABFIRE.organisations.index(doc.organisation)]
    h = zlib.crc32(doc.title.encode())
    stamp = f"{when:%B} {when.day}, {when.year}, {2 + h % 2}:{(h >> 3) % 50 + 10} p.m."
    out = ["---", "description: >-", f"  Daily updates on the fire in the {building} and what it means for students,",
           "  faculty and staff.", "layout:"]  # fmt: skip
    for part in ("title", "description", "tableOfContents", "outline", "pagination"):
        out += [f"  {part}:", "    visible: true"]
    out += ["---", "", f"# {building} fire – update {doc.number}", "",
            f'<figure><img src="../.gitbook/assets/{building.lower().replace(" ", "-")}-{h % 90 + 10}.jpg" alt="">'
            f"<figcaption><p>The {building} on {when:%B} {when.day}. Photo: {comms}</p></figcaption></figure>", "",
            '{% hint style="info" %}',
            f"This page is updated every weekday by 4 p.m. ({zone}). Last updated {stamp}",
            "{% endhint %}", "", '{% hint style="warning" %}',
            f"**The {building} is closed.** Do not enter the building or the fenced area around it.",
            "{% endhint %}", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"## {s.heading}", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
        else:
            for it in s.items:
                risk, lead, rest = parts(it, "ca")
                out.append(f"* {risk} **{lead}** {rest}" if lead else f"* {it.text}")
            out.append("")
    out += ["## Contacts", "", "| Question | Contact |", "| --- | --- |",
            f"| Building access | {security}, {phone} |",
            f"| Classes and exams | Your instructor or the Registrar's Office, registrar@{domain} |",
            f"| Media | {comms}, news@{domain} |", ""]  # fmt: skip
    if doc.number > 1:
        out += [f'{{% content-ref url="update-{doc.number - 1}.md" %}}',
                f"[update-{doc.number - 1}.md](update-{doc.number - 1}.md)", "{% endcontent-ref %}", ""]  # fmt: skip
    return "\n".join(out).encode()
