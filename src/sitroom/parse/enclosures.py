"""The list of what a report encloses, closing it: its label ("Enclosures:", "Attachments:", the Korean official
document's "붙임", "附件：") and the numbered lines under it, each a document's name ("2. 운영 현황 1부. 끝."). It
says what came with the report, not what happened."""

from __future__ import annotations

import re

from sitroom.parse.units import Unit

_LABEL = re.compile(
    r"^(?:enclosures?|encl\.|attachments?|attached\s+documents?|붙임|첨부|附件|添付(?:資料)?|別添)\s*[:：]?\s*\S", re.I
)
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
# ... the label alone on its line, over the files attached: "Attachments", "Pièces jointes", "Anexos", "Anlagen", "Ek:"
_LABEL_ALONE = re.compile(
    r"^(?:enclosures?|attachments?|attached\s+(?:documents?|files?)|files|pi[èe]ces?\s+jointes?|anexos?|anlagen?"
    r"|bijlagen?|allegati|bilagor|vedlegg|ek(?:ler)?)\s*[:：]?$",
    re.I,
)
# a file's name: "heat_map_0713.pdf", "roster.xlsx"
_FILE = re.compile(r"[\w-]\.(?:pdf|docx?|xlsx?|pptx?|csv|jpe?g|png|gif|zip|txt|hwp|odt|ods|rtf|kmz|msg|eml)\b", re.I)
# An entry names a document: a few words.
ENTRY_WORDS = 14
# The label stands among the body's last lines.
LIST_LINES = 8


def enclosure_list(body: list[Unit]) -> int | None:
    """Where the list of enclosures closing ``body`` starts, or None when the body does not end with one: numbered
    entries under the label, or the files attached under it alone ("Attachments" over "heat_map.pdf, roster.xlsx")."""
    for k in range(len(body) - 1, max(-1, len(body) - 1 - LIST_LINES), -1):
        files = all(_FILE.search(u.text) and len(u.text.split()) <= ENTRY_WORDS for u in body[k + 1 :])
        if 0 < k < len(body) - 1 and _LABEL_ALONE.match(body[k].text.strip()) and files:
            return k
        if _LABEL.match(body[k].text.strip()):
            entries = [body[k], *body[k + 1 :]]
            numbered = all(u.bullet is not None or _NUMBERED.match(u.text) for u in body[k + 1 :])
            short = all(len(u.text.split()) <= ENTRY_WORDS for u in entries)
            return k if k > 0 and numbered and short else None
    return None


def is_enclosures_label(text: str) -> bool:
    """The label of a list of enclosures, alone on its line ("Enclosures:", "Ek:") or before the first ("Encl.: …")."""
    return _LABEL_ALONE.match(text.strip()) is not None or _LABEL.match(text.strip()) is not None
