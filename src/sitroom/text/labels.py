"""Labels that name one part of an item ("Risk:", "Mitigation:", "Owner:"), in every reader.

A run-in label heads a section when it names a topic ("Surveillance:", "SITUATION:"); one that names a
part of an item opens that item, even when it is set in bold or capitals and used only once.
"""

from __future__ import annotations

ITEM_FIELDS = frozenset(
    "risk issue mitigation mitigations action owner lead due deadline status rag update comment comments note "
    "notes decision outcome response impact rating likelihood progress ref reference nb ps".split()
)


def names_item_part(label: str) -> bool:
    """Whether a label ("Mitigation:", "RISK -") names a part of an item rather than a topic."""
    return " ".join(label.lower().strip(" :.–-").split()) in ITEM_FIELDS


# Labels of the fields that close a report: whom to contact, whom it goes to.
CLOSE_FIELDS = frozenset(
    ("contact", "contacts", "contact details", "distribution", "circulation", "copy to", "verteiler", "diffusion",
     "distribucion")
)  # fmt: skip


def names_close_field(label: str) -> bool:
    """Whether a label ("Contacts :", "Distribution:") names a field closing the report, not a topic."""
    return " ".join(label.lower().strip(" :.–-").split()) in CLOSE_FIELDS
