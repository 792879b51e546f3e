"""A message's own lines wherever they stand: its confidentiality notice ("This fax is intended only for …"), a
form's row of tick boxes ("☐ Urgent ☒ For information ☐ Please call back"), a post's line of tags and mentions
("#CycloneArun #Kutch 🧵👇"), a line of nothing but marks ("• • •") and a form's counter of its sections ("Section 1 of
2", "Kutaa 1 keessaa 2") and a note-taking app's stamp of where a pasted passage came from ("Pasted from <https://…>").
None is a point of the report; nor is a link to a file to download with its type and size ("Sightings map (PDF:
2.7MB)"), nor is a formatted signal's break ("BT") around its text or its end ("NNNN")."""

from __future__ import annotations

import re

from sitroom.parse.units import Unit
from sitroom.text.disclaimers import is_confidentiality_notice
from sitroom.text.reactions import EMOJI

# two boxes or more, ticked or not, each before its option's few words, perhaps after the field's label ("Alert
# level: ☐ Green ☒ Amber")
_TICK_BOXES = re.compile(r"^(?:[^☐☑☒:]{1,60}:\s*)?(?:\s*[☐☑☒]\s*[^☐☑☒]{1,40}){2,}$")
# a form's or a page's counter alone on its line: "Section 1 of 2", "Page 3 of 4", "Sección 2 de 3", "Kutaa 1
# keessaa 2"
_COUNTER = re.compile(
    r"^(?:page|section|part|sheet|slide|step|p[áa]gina|secci[óo]n|parte|hoja|seite|abschnitt|teil|sezione|se[çc][ãa]o"
    r"|sec[çc][ãa]o|kutaa|fuula|страница|раздел|часть|sayfa|b[öo]l[üu]m|strona|sekcja|cz[ęe][śs][ćc]|halaman|bagian)"
    r"\s+\d{1,3}\s*(?:of|de|sur|von|di|van|z|keessaa|из|dari|/)\s*\d{1,3}$",
    re.I,
)
# hashtags and mentions, and the pictographs a post points with, nothing else (wherever it stands: the line closing
# a post too)
_TAGS = re.compile(rf"^(?:[#@][^\W_][\w.-]*|{EMOJI}|[\s,;·|])+$")
# where a note-taking app says a pasted passage came from, alone on its line: "Pasted from <https://…>", "Copied
# from https://…", "Clipped from <https://…>"
# a link to a file to download with its type and size, as a site prints one: "Sightings map (PDF: 2.7MB)",
# "Annual report [PDF, 340 KB]", "クマ出没マップ（PDF：2.7MB）"
_DOWNLOAD = re.compile(
    r"^[^.!?。]{1,80}?\s*[(（\[]\s*(?:pdf|docx?|xlsx?|csv|zip|pptx?|odt|ods)\s*[:：,、-]?\s*[\d.,]+\s*"
    r"(?:[kmg]i?b|bytes?|キロバイト|メガバイト)\s*[)）\]]$",
    re.I,
)
_PASTED = re.compile(r"^(?:pasted|copied|clipped)\s+from\s*:?\s*<?(?:https?://|www\.)\S+?>?$", re.I)


_KINDS = (
    "confidentiality notice", "tick-box row", "tag line", "line of marks", "form counter", "pasted-from stamp",
    "file to download", "signal break",
)  # fmt: skip


def drop_notices(units: list[Unit]) -> tuple[list[Unit], dict[str, int]]:
    """The units without the message's own lines (the kinds above), and how many of each were left out."""
    counts = dict.fromkeys(_KINDS, 0)
    kept: list[Unit] = []
    for u in units:
        text, line = f"{u.bullet or ''} {u.text}".strip(), u.text.strip()
        if is_confidentiality_notice(u.text):
            counts["confidentiality notice"] += 1
        elif _TICK_BOXES.match(text):
            counts["tick-box row"] += 1
        elif "#" in text and _TAGS.match(text):
            counts["tag line"] += 1
        elif not any(c.isalnum() for c in text):
            counts["line of marks"] += 1
        elif _COUNTER.match(line):
            counts["form counter"] += 1
        elif _PASTED.match(line):
            counts["pasted-from stamp"] += 1
        elif _DOWNLOAD.match(line):
            counts["file to download"] += 1
        elif line in ("BT", "NNNN") and u.bullet is None:
            counts["signal break"] += 1  # a formatted signal's break around its text, and its end
        else:
            kept.append(u)
    return kept, counts
