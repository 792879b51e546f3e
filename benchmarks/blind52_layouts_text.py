"""Text writer of the ``blind52_layouts`` set: an Appalachian county's daily recovery update after the remnants of a
tropical storm, posted by the county's account to the local subreddit and saved as Markdown.

A mountain county after the remnants of a tropical storm washed out its roads and water system: the communications
team's nightly summary of the county briefing, posted from the county's verified account to the town's subreddit
(where residents without television or a working county website read it) and saved with a post-to-Markdown
archiver — the title as the ``#`` line, the subreddit, the account, the flair and the age, then the post's Markdown
as Reddit's rich-text editor writes it: the opening lines on which briefing this summarises, each section's name a
bold line of its own, the summary as paragraphs, the other points ``*`` lists, "**What we're doing:**" in bold, the
"&#x200B;" lines the editor leaves for blank lines, the link to the briefing's recording and an "Edit:" line, then
the score and comment count, a rule, and the top comments under "## Comments" (the subreddit's bot among them).
"$3,400", "$1.25 million", "1,250", "October 16", "(yesterday: 5)".
"""

from __future__ import annotations

import zlib

from blind7_layouts_content import report_day
from blind52_layouts_banks_home import REMNANTS
from blind52_layouts_content import parts
from council_layouts_gold import Doc

COUNTIES = (("asheville", "BuncombeCountyGov", "buncombecounty.org"),
            ("boone", "WataugaCountyNC", "wataugacounty.org"),
            ("yanceycounty", "YanceyCountyEM", "yanceycountync.gov"),
            ("waynesville", "HaywoodCountyNC", "haywoodcountync.gov"))  # fmt: skip
REPLIES = (("blueridge_hiker", "Thank you for posting these every night. Half our road still has no signal, this is "
            "the only way we hear anything."),
           ("tarheel_mama22", "Is the distribution site at the high school still open on Sunday?"),
           ("ncsu_plumber", "If anyone on the north side needs help shutting off their water main, DM me."),
           ("mtn_momma", "Appreciate the county folks working around the clock. Stay safe out there."))  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def md_reddit_post_storm_us(doc: Doc) -> bytes:
    """The county's nightly update as a Reddit post, saved as Markdown by an archiver."""
    when = report_day(doc)
    k = REMNANTS.organisations.index(doc.organisation)
    sub, account, site = COUNTIES[k]
    h = zlib.crc32(doc.title.encode())
    day = f"{WEEKDAYS[when.weekday()]}, {when:%B} {when.day}"
    out = [f"# {doc.organisation} storm recovery update {doc.number} – {day}", "",
           f"**r/{sub}** · Posted by u/{account} · {3 + h % 9}h · Flair: Storm Recovery", "",
           f"Good evening. Here is tonight's summary of the {doc.organisation} briefing for {day}. Please share with "
           "neighbors who are not online.", "", "&#x200B;", ""]  # fmt: skip
    for s in doc.sections:
        out += [f"**{s.heading}**", ""]
        if s.key == "highlights":
            for it in s.items:
                out += [it.text, ""]
        else:
            for it in s.items:
                risk, lead, rest = parts(it, "us")
                out.append(f"* {risk} **{lead}** {rest}" if lead else f"* {it.text}")
            out.append("")
        out += ["&#x200B;", ""]
    out += [f"Full briefing recording: [{site}/storm-updates]({f'https://www.{site}/storm-updates'})", "",
            f"**Edit:** {('fixed a typo in the distribution site list', 'added the link to the recording')[h % 2]}.",
            "", f"*{120 + h % 700} points · {15 + h % 90} comments*", "", "---", "", "## Comments", "",
            f"**u/AutoModerator** · {3 + h % 9}h", "",
            f"> This post is from a verified {doc.organisation} account. For emergencies call 911. Find all storm "
            f"updates in the pinned megathread.", ""]  # fmt: skip
    for n in range(2):
        user, text = REPLIES[(h + n) % 4]
        out += [f"**u/{user}** · {2 + n}h · {5 + (h >> n) % 60} points", "", f"> {text}", ""]
    return "\n".join(out).encode()
