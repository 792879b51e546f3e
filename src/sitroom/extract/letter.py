"""The letter around an e-mail's report: greeting, sign-off, signature, disclaimer, quoted replies.

"Dear all," opens a message and "Kind regards," closes it; what follows the close (a name, a job
title, a phone number, a confidentiality notice, the message being replied to) is the sender's
furniture, not the report. Found by what each line is, in English, French and Spanish; every line
left out is counted in the document's warnings.
"""

from __future__ import annotations

import re

from sitroom.model import Block, Document

_GREETING = re.compile(
    r"^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|"
    r"bonjour|bonsoir|cher|ch[èe]re|chers|ch[èe]res|madame|monsieur|estimad[oa]s?|hola|buenos d[íi]as|"
    r"buenas tardes|querid[oa]s?)\b[^.!?]{0,60}[,:!]?$",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^(?:(?:kind|best|warm|warmest|many|with (?:best|kind|warm))\s+(?:regards|wishes|thanks)|regards|"
    r"cheers|sincerely|yours (?:sincerely|faithfully|truly)|best|thanks|thank you|many thanks|"
    r"thanks (?:again|all|everyone)|all the best|cordialement|bien cordialement|bien [àa] vous|"
    r"salutations|meilleures salutations|sinc[èe]res salutations|merci|merci beaucoup|saludos|"
    r"saludos cordiales|un saludo|atentamente|cordialmente)[,.!]?$",
    re.I,
)
_SIGNATURE_DELIMITER = re.compile(r"^--\s*$")
_QUOTED = re.compile(
    r"^(?:on .{5,160} wrote:|le .{5,160} a [ée]crit\s?:|el .{5,160} escribi[óo]:|-{2,}\s*original message\s*-{2,}|"
    r"-{2,}\s*forwarded message\s*-{2,}|-{2,}\s*message d.origine\s*-{2,}|sent from my \w+.*)$",
    re.I,
)
_DISCLAIMER = re.compile(
    r"^(?:this (?:e-?mail|message|communication)|the information (?:contained|in this)|confidentiality notice|"
    r"disclaimer|ce (?:message|courriel)|este (?:mensaje|correo)).{0,400}"
    r"(?:confidential|intended (?:solely|only)|privileged|destinataire|destinatario)",
    re.I,
)
# A greeting is found only among the first lines of the body.
GREETING_LINES = 2


def _count(doc: Document, counts: dict[str, int]) -> None:
    doc.warnings.extend(f"{n} {what}(s) left out" for what, n in counts.items() if n)


def strip_letter(doc: Document) -> None:
    """Drop the greeting, and the sign-off with everything after it, from an e-mail body's blocks."""
    blocks = doc.blocks
    counts = {"e-mail greeting line": 0, "sign-off and signature line": 0, "disclaimer": 0}
    start = 0
    while start < min(GREETING_LINES, len(blocks)) and _is_greeting(blocks[start]):
        start += 1
    counts["e-mail greeting line"] = start
    end = len(blocks)
    for i in range(start + 1, len(blocks)):
        text = blocks[i].text.strip()
        if _is_sign_off(text) or _SIGNATURE_DELIMITER.match(text) or _QUOTED.match(text):
            end = i
            break
    counts["sign-off and signature line"] = len(blocks) - end
    kept: list[Block] = []
    for b in blocks[start:end]:
        if _DISCLAIMER.match(b.text.strip()):
            counts["disclaimer"] += 1
        else:
            kept.append(b)
    doc.blocks = kept
    _count(doc, counts)


def _is_greeting(block: Block) -> bool:
    """ "Dear all," or "Hi team": a greeting word, then a few words closed by a comma or nothing more."""
    text = block.text.strip()
    words = len(text.split())
    return bool(_GREETING.match(text)) and (words <= 4 or (words <= 8 and text.endswith((",", "!", ":"))))


def _is_sign_off(text: str) -> bool:
    """ "Kind regards," alone, or run together with the name under it ("Kind regards, Jane Doe")."""
    if _SIGN_OFF.match(text):
        return True
    head, sep, rest = text.partition(",")
    return (
        bool(sep)
        and bool(_SIGN_OFF.match(head.strip()))
        and len(rest.split()) <= 12
        and not rest.rstrip().endswith(".")
    )
