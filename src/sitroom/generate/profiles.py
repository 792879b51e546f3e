"""Series profiles: which service, template, headings, title line and layout a generated series uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.generate.banks import COMMON, Spec
from sitroom.generate.content import Style
from sitroom.generate.floodbanks import FLOOD
from sitroom.generate.servicebanks import SERVICE
from sitroom.generate.writers import Layout

ORGANISATIONS = (
    "Northfield Council",
    "Southfield County Council",
    "Eastbrook Borough Council",
    "Westmoor District Council",
    "Riverside City Council",
    "Highcliffe Metropolitan Borough Council",
    "Ashdown Council",
    "Kingsbridge County Council",
    "Marlow Vale District Council",
    "Stonebridge City Council",
    "Oakhampton Borough Council",
    "Fenwick County Council",
)

_DEFAULT = {
    "activity": "KEY ACTIVITY HEADLINES",
    "risks": "RISKS / CHALLENGES (AND MITIGATION)",
    "workforce": "WORKFORCE UPDATE",
    "finance": "FINANCIAL IMPACT (increase in costs / reduction in income)",
    "recovery": "RECOVERY ACTIVITY (plans being considered / future steps)",
    "communications": "COMMUNICATIONS",
}
_COVID_SIZES = {
    "activity": (3, 6),
    "risks": (2, 5),
    "workforce": (2, 3),
    "finance": (2, 4),
    "recovery": (1, 3),
    "communications": (1, 2),
}
_FLOOD_HEADINGS = {
    "situation": "CURRENT SITUATION",
    "forecast": "WEATHER AND FLOOD FORECAST",
    "impacts": "IMPACTS ON COMMUNITIES",
    "response": "RESPONSE ACTIONS",
    "risks": "RISKS AND ISSUES",
    "recovery": "RECOVERY AND CLEAN-UP",
    "communications": "PUBLIC INFORMATION AND MEDIA",
}
_FLOOD_SIZES = {
    "situation": (2, 4),
    "forecast": (1, 2),
    "impacts": (2, 4),
    "response": (2, 4),
    "risks": (2, 4),
    "recovery": (1, 3),
    "communications": (1, 2),
}


@dataclass(frozen=True, slots=True)
class Profile:
    """The fixed character of one kind of series."""

    kind: str  # key of the phrase banks and vocabulary
    service: str
    template: str
    headings: dict[str, str]  # section key → heading as printed, in order
    sizes: dict[str, tuple[int, int]]  # section key → (fewest, most) items
    title: str  # format string: {org} {service} {n} {date}
    style: Style
    layout: Layout

    def banks(self) -> dict[str, list[Spec]]:
        """The phrase bank of each section."""
        if self.kind == "emergency":
            return FLOOD
        return {**COMMON, **SERVICE[self.kind]}


PROFILES = (
    Profile(
        "childrens",
        "Children's Services",
        "childrens-services-covid",
        _DEFAULT,
        _COVID_SIZES,
        "{org} – {service} Sitrep No. {n} – as of {date}",
        Style(punct="semicolon", mitigation="is"),
        Layout(txt_bullet="•", docx_headings="style"),
    ),
    Profile(
        "adults",
        "Adult Social Care",
        "childrens-services-covid",
        {
            "activity": "Key activity headlines",
            "risks": "Risks and challenges",
            "workforce": "Workforce",
            "finance": "Financial impact",
            "recovery": "Recovery activity",
            "communications": "Communications",
        },
        _COVID_SIZES,
        "{service} COVID-19 Situation Report {n} – {org} – as at {date}",
        Style(punct="stop", mitigation="colon"),
        Layout(txt_bullet="-", docx_headings="bold", pdf_size=12.5),
    ),
    Profile(
        "education",
        "Education",
        "childrens-services-covid",
        _DEFAULT,
        _COVID_SIZES,
        "{org}: {service} COVID-19 Sitrep No. {n}, as of {date}",
        Style(punct="semicolon", mitigation="mixed"),
        Layout(txt_bullet="", docx_headings="style", docx_items="plain"),
    ),
    Profile(
        "emergency",
        "Emergency Planning",
        "flood-response",
        _FLOOD_HEADINGS,
        _FLOOD_SIZES,
        "{org} – Flood Response Situation Report No. {n} – as of {date}",
        Style(punct="stop", mitigation="colon"),
        Layout(txt_bullet="•", docx_headings="style"),
    ),
    Profile(
        "public-health",
        "Public Health",
        "childrens-services-covid",
        {**_DEFAULT, "risks": "RISKS AND CHALLENGES", "workforce": "WORKFORCE"},
        _COVID_SIZES,
        "{org} – {service} COVID-19 Sitrep No. {n} – as of {date}",
        Style(punct="none", mitigation="is"),
        Layout(txt_bullet="•", docx_headings="bold", pdf_size=12),
    ),
    Profile(
        "housing",
        "Housing",
        "childrens-services-covid",
        {
            "activity": "Key updates",
            "risks": "Risks and mitigations",
            "workforce": "Staffing update",
            "finance": "Financial impact",
            "recovery": "Recovery planning",
            "communications": "Communications",
        },
        _COVID_SIZES,
        "{service} Sitrep No. {n} – {org} – as of {date}",
        Style(punct="semicolon", mitigation="colon"),
        Layout(txt_bullet="-", docx_headings="style"),
    ),
)


def slug(text: str) -> str:
    """Turn a name into a path part: "Children's Services" → "childrens-services". A name written with no Latin
    letter keeps its own ("札幌市"): two organisations must never share a series, nor a series an empty folder."""
    text = text.lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or re.sub(r"[\W_]+", "-", text).strip("-")


def plan(series: int, organisations: int) -> list[tuple[str, Profile]]:
    """(organisation, profile) of each series: profiles in turn, spread over the organisations.

    Series ``i`` always gets the same pair for the same ``organisations``, so asking for more series
    only adds series. At most ``6 × organisations`` series exist.
    """
    if not 1 <= organisations <= len(ORGANISATIONS):
        raise ValueError(f"organisations must be between 1 and {len(ORGANISATIONS)}")
    if series > len(PROFILES) * organisations:
        raise ValueError(
            f"at most {len(PROFILES)} series per organisation: {series} series need "
            f"organisations >= {-(-series // len(PROFILES))}"
        )
    out = []
    for i in range(series):
        q, r = divmod(i, len(PROFILES))
        out.append((ORGANISATIONS[(r + q) % organisations], PROFILES[r]))
    return out
