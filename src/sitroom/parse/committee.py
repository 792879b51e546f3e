"""A committee paper's procedural parts: the form a council's report to a committee or cabinet takes around the
update it carries.

Such a paper opens with its purpose ("This report updates the Committee on …") and the recommendation put to the
members ("That the Committee notes the update …", "That Report CSC-2026-067 … BE RECEIVED for information"), and
closes with the implications the template asks for ("Legal: …", "Equalities: …"), the background papers, the list of
appendices when nothing is attached ("None."), the contact officer and a staff report's links to the council's
strategic plan ("Council Priority: …"). A reader of the update skips them: they say what the paper is for, not what
happened. Each is told by its heading and by what its lines say together, so a report's own "Recommendations" to its
readers ("Schools to stay closed") stay, and so do a decision asked with its figure ("The Board is asked to approve
spending of £886,000") and a paper's financial implications.
"""

from __future__ import annotations

import re

from sitroom.model import Section

_NUMBER = r"^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?"  # "4 ", "4. ", "11.0 "
_PURPOSE = re.compile(_NUMBER + r"(?:purpose|purpose\s+of\s+(?:the|this)\s+(?:report|paper)|report\s+purpose)$", re.I)
_RECOMMENDATION = re.compile(_NUMBER + r"recommendations?(?:\s+to\s+(?:the\s+)?\w+)?$", re.I)
_IMPLICATIONS = re.compile(
    _NUMBER + r"(?:(?:other|legal|equalit(?:y|ies)|environmental|climate)\s+)?implications(?:\s+for\s+\w+)?$", re.I
)
# what the purpose says: the paper speaking of itself
_ABOUT_PAPER = re.compile(r"^(?:this|the\s+purpose\s+of\s+this)\s+(?:report|paper)\b", re.I)
# what is put to the members: "That the Committee notes …", "The Cabinet is asked to note …"
_PUT_TO_MEMBERS = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:committee|cabinet|council|board|panel|members?|sub-committee|executive)\b"
    r"(?:\s+(?:is|are)\s+(?:asked|recommended|invited)\s+to)?\s+(?:notes?|agrees?|approves?|comments?|considers?"
    r"|endorses?|receives?|asked|recommended|invited)\b",
    re.I,
)
# a line of the template's implications: its label then what it says ("Legal: The Council acts under …")
_IMPLICATION = re.compile(
    r"^(?:legal|equalit(?:y|ies)(?:\s+and\s+diversity)?|climate(?:\s+and\s+environment(?:al)?)?|environment(?:al)?"
    r"|human\s+resources|hr|procurement|data\s+protection|health\s+and\s+safety|crime\s+and\s+disorder"
    r"|sustainability|property|background\s+papers|consultation)(?:\s+implications)?\s*:",
    re.I,
)
_BACKGROUND = re.compile(r"^background\s+papers?\s*:", re.I)
# the motion on the paper itself: "That Report CSC-2026-067, Cybersecurity Incident – Update 2, BE RECEIVED for
# information" (its figures are the report's reference, not news)
_ON_THE_PAPER = re.compile(
    r"^that\s+(?:the\s+)?(?:staff\s+|information\s+)?(?:report|paper|update|memo(?:randum)?)\b[^.]{0,120}?\bbe\s+"
    r"(?:received|noted|accepted|filed)\b(?:\s+(?:for|as)\s+information)?\.?$",
    re.I,
)
# the template's links to the council's plans, each a label and a few words: "Strategic Plan Linkage" over
# "Council Priority: Modern, Efficient and Effective Government", "Focus Area: Service Delivery"
_PLAN_LINKS = re.compile(
    _NUMBER + r"(?:(?:link(?:age)?s?|alignment|relationship)\s+to\s+(?:the\s+)?)?(?:strategic|corporate|council)\s+"
    r"(?:plan|priorit(?:y|ies)|objectives?)(?:\s+(?:linkage|links?|alignment))?$",
    re.I,
)
_PLAN_FIELD = re.compile(r"^[^:]{2,40}:\s*[^.:]{2,80}$")
# the template's list of what is attached, with nothing attached: "Appendices – Documents Attached" over "None."
_APPENDICES = re.compile(_NUMBER + r"(?:appendi(?:ces|x)|attachments|documents\s+attached|background\s+papers)\b", re.I)
_NONE = re.compile(r"^(?:none|nil|n/?a|not\s+applicable)\.?$", re.I)


def drop_procedural(sections: list[Section]) -> tuple[list[Section], int]:
    """The sections without a committee paper's purpose, recommendation and implications, and the background papers
    line wherever it stands; how many lines were left out."""
    kept: list[Section] = []
    dropped = 0
    for section in sections:
        if _procedural(section):
            dropped += 1 + len(section.items)
            continue
        before = len(section.items)
        section.items = [i for i in section.items if not _BACKGROUND.match(i.text.strip())]
        dropped += before - len(section.items)
        kept.append(section)
    return kept, dropped


def _procedural(section: Section) -> bool:
    heading, texts = (section.heading or "").strip(), [i.text.strip() for i in section.items]
    if not heading or not texts:
        return False
    if _PURPOSE.match(heading):
        return _ABOUT_PAPER.match(texts[0]) is not None
    if _RECOMMENDATION.match(heading):
        # a decision asked with its figure ("… to approve spending of £886,000") is news, not form
        return all(
            (_PUT_TO_MEMBERS.match(t) and not any(c.isdigit() for c in t)) or _ON_THE_PAPER.match(t) for t in texts
        )
    if _PLAN_LINKS.match(heading):
        return all(_PLAN_FIELD.match(t) for t in texts)
    if _IMPLICATIONS.match(heading):
        return all(_IMPLICATION.match(t) for t in texts)
    if _APPENDICES.match(heading):
        return all(_NONE.match(t) for t in texts)
    return False
