"""The name a fax's cover sheet gives itself, alone on its line: "FAX", "TELEFAX", "Facsimile transmission", "Fax
cover sheet", "Télécopie". The fields under it (To, From, Date, Subject) are the transmission's, not a mail's."""

from __future__ import annotations

import re

_FAX = re.compile(
    r"^(?:(?:tele)?fax|f a x|facsimile|t[ée]l[ée]copie|faxbericht|fax-?deckblatt|faxmitteilung|faxnachricht"
    r"|(?:fax|facsimile)\s+(?:cover(?:\s+(?:sheet|page))?|transmi(?:ttal|ssion)(?:\s+(?:sheet|form))?|message)"
    r"|fax\s+de\s+transmisi[oó]n|bordereau\s+de\s+t[ée]l[ée]copie)\s*:?$",
    re.I,
)


def is_fax_name(text: str) -> bool:
    """The line names a fax's cover sheet, and nothing else ("FAX", "Fax cover sheet")."""
    return _FAX.match(text.strip()) is not None
