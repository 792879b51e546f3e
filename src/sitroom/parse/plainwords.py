"""Section names in the plain words of a community hub's, a forum's or a chat's sitrep, for the vocabulary
(``sitroom.parse.vocabulary``, merged by way of ``sitroom.parse.incidentwords``).

Written for neighbours rather than for an office, a sitrep names its parts as people talk: the bottom or top line,
"TL;DR" or the main news (the summary), the help it is giving and whom it is helping (the assistance), what the
writer is watching or gives a heads-up about (the risks), what you can do (the advice), the funds, who is helping (the
people at work) and the next 24 hours; the help for households or to residents, and the support to families. A
French operations centre posting in a crisis room writes its "Bilan humain et matériel" (the toll on people and
property, the impacts) and its "Consignes à la population" (the instructions to the public, advice).
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
PLAIN: dict[SectionKey, tuple[str, ...]] = {
    # "The main news": the news that matters most, the summary (news alone is the work done)
    K.HIGHLIGHTS: (
        "bilan general",  # the overall toll a French report opens with
        "bottom line", "the bottom line", "tl dr", "tldr", "the short version", "in short", "main news", "key news",
        "top news", "in brief", "top line", "topline", "bottom line up front", "bluf",
    ),
    # the help handed to people: "Help we are giving", "Help on offer"
    K.ASSISTANCE: (
        "help we are giving", "help we are providing", "help we are offering", "help we have given", "help given",
        "help provided", "help on offer", "help for", "help to", "help available", "family support", "pastoral care",
        # "Helping staff and neighbours": whom the help goes to
        "helping residents", "helping people", "helping households", "helping families", "helping neighbours",
        "helping staff", "helping businesses", "helping communities", "helping visitors",
        "where to get help", "where to find help", "getting help", "how to get help",
    ),
    K.IMPACTS: ("bilan humain et materiel", "bilan humain", "bilan materiel"),
    K.WORKFORCE: ("who is helping", "helpers"),
    K.FINANCE: ("funds", "money"),
    K.RISKS: (
        "heads up", "things we are watching", "what we are watching", "things to watch", "watch outs",
        "safety warnings", "safety concerns",
    ),
    K.ADVICE: ("what you can do", "what you can do to help", "consignes a la population", "consignes"),
    K.NEXT_STEPS: ("next 24h", "next 48h", "next 24 hrs", "next 48 hrs", "coming up next"),
}  # fmt: skip
