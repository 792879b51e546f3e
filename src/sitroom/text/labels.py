"""Labels that name one part of an item ("Risk:", "Mitigation:", "Owner:"), in every reader.

A run-in label heads a section when it names a topic ("Surveillance:", "SITUATION:"); one that names a
part of an item opens that item, even when it is set in bold or capitals and used only once.
"""

from __future__ import annotations

import re

ITEM_FIELDS = frozenset(
    "risk issue mitigation mitigations action owner lead due deadline status rag update comment comments note "
    "notes decision outcome response impact rating likelihood progress ref reference nb ps".split()
)


# What is done about the thing just said, asked as a reader would ask it: "What we are doing about it:", "What's
# being done about this:", "How we are managing it:" — the answer to the point above (a risk's mitigation), which
# points back at it; "What we are doing:" alone may name a section of the council's work.
_ANSWER = re.compile(
    r"^(?:what\s+(?:we\s+are|we['’]re)\s+doing\s+about|what(?:\s+is|['’]s)\s+being\s+done\s+about"
    r"|how\s+(?:we\s+are|we['’]re)\s+(?:managing|handling|reducing|tackling|addressing|dealing\s+with))"
    r"\s+(?:it|this|that|them|these|the\s+risks?)$"
)


def _norm(label: str) -> str:
    return " ".join(label.lower().strip(" :.–-").split())


def names_item_part(label: str) -> bool:
    """Whether a label ("Mitigation:", "RISK -", "What we are doing about it:") names a part of an item rather than
    a topic."""
    norm = _norm(label)
    return norm in ITEM_FIELDS or _ANSWER.match(norm) is not None


def names_answer(label: str) -> bool:
    """Whether a label names what is done about the point above it ("Mitigation:", "What we are doing about it:"):
    the paragraph it opens answers that point."""
    norm = _norm(label)
    return norm in ("mitigation", "mitigations") or _ANSWER.match(norm) is not None


# Labels of the fields that close a report: whom to contact, whom it goes to.
CLOSE_FIELDS = frozenset(
    ("contact", "contacts", "contact details", "distribution", "circulation", "copy to", "verteiler", "diffusion",
     "distribucion")
)  # fmt: skip


def names_close_field(label: str) -> bool:
    """Whether a label ("Contacts :", "Distribution:") names a field closing the report, not a topic."""
    return " ".join(label.lower().strip(" :.–-").split()) in CLOSE_FIELDS


# another field of a run of them after a short answer: "Ja, med stöd. Påverkan på samhällsviktig verksamhet: …"
_NEXT_FIELD = re.compile(r"^[^.:]{1,40}[.;]\s+[^\W\d_][^:.]{0,45}:(?:\s|$)")


def runs_on_fields(rest: str) -> bool:
    """The text after a label is a short answer and the next field's label ("Ja. Påverkan …: Betydande."): the label
    opens a run of fields, not a section."""
    return _NEXT_FIELD.match(rest.strip()) is not None
