"""Section names in Irish, for the vocabulary (``sitroom.parse.vocabulary``).

A Gaeltacht co-operative, an Údarás na Gaeltachta office or a county council writing in Irish names the parts
every report has: the summary ("Achoimre", "Príomhphointí"), the current situation ("An staid reatha"), the weather
forecast ("Réamhaisnéis na haimsire"), the impact on the community ("Tionchar"), the actions taken ("Gníomhartha
déanta"), the staff and volunteers ("Foireann agus oibrithe deonacha"), the costs ("Costais"), the risks ("Rioscaí"),
information for the public ("Eolas don phobal") and the next steps ("Na chéad chéimeanna eile"). Irish prefixes a
"h" or a "t" to some words after the article ("na haimsire", "an tsláinte") and lenites others ("chéad"); the forms a
heading uses are listed. The words are compared folded as the vocabulary's are (no accents or case).
"""

from __future__ import annotations

from sitroom.model import SectionKey

K = SectionKey
IRISH: dict[SectionKey, tuple[str, ...]] = {
    K.HIGHLIGHTS: ("achoimre", "achoimre fheidhmeach", "priomhphointi", "na priomhphointi", "forbhreathnu"),
    K.SITUATION: ("an staid reatha", "staid reatha", "an staid", "an suiomh reatha", "cursai reatha", "an sceal"),
    K.FORECAST: (
        "reamhaisneis na haimsire", "reamhaisneis aimsire", "reamhaisneis", "an aimsir", "aimsir",
    ),
    K.IMPACTS: (
        "tionchar", "tionchar ar an bpobal", "an tionchar", "damaiste", "an damaiste", "tionchair",
    ),
    K.RESPONSE: (
        "gniomhartha deanta", "gniomhartha", "an freagra", "freagairt", "an mheid ata deanta", "obair ar siul",
    ),
    K.ASSISTANCE: ("tacaiocht", "tacaiocht don phobal", "cabhair", "leas", "leas an phobail"),
    K.WORKFORCE: (
        "foireann agus oibrithe deonacha", "foireann", "oibrithe deonacha", "an fhoireann", "acmhainni daonna",
    ),
    K.FINANCE: ("costais", "airgeadas", "buiseid", "an buiseid", "costas"),
    K.RISKS: ("rioscai", "riosca", "rioscai agus maolu", "ceisteanna agus rioscai", "dushlain"),
    K.COMMUNICATIONS: ("eolas don phobal", "cumarsaid", "eolas poibli", "na meain"),
    K.NEXT_STEPS: (
        "na chead cheimeanna eile", "cheimeanna eile", "an chead cheim eile", "na chead rudai eile",
    ),
}  # fmt: skip
