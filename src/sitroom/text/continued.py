"""A heading marked as the continuation of the one before it: "Riesgos (cont.)", "Risks (continued)", "Actions –
continued", "Risques (suite)", "Maßnahmen (Fortsetzung)". A slide deck or a page that ran out of room repeats the
heading with the mark; the points under it are the same section's."""

from __future__ import annotations

import re

_MARK = (
    r"cont(?:inued|inuation|['’]?d)?\.?|suite|continuaci[óo]n|continua(?:[çc][ãa]o|zione)?|fortsetzung|forts\."
    r"|vervolg|fortsat|forts[äa]ttning|jatkuu|ci[ąa]g\s+dalszy|pokra[čc]ov[áa]n[íi]|продолжение|продовження"
)
_CONTINUED = re.compile(rf"\s*(?:[(\[]\s*(?:{_MARK})\s*[)\]]|[-–—:,]\s*(?:{_MARK}))\s*$", re.I)


def without_continuation(heading: str) -> str:
    """The heading without its continuation mark ("Riesgos (cont.)" → "Riesgos"); unchanged when it has none."""
    return _CONTINUED.sub("", heading).strip() or heading
