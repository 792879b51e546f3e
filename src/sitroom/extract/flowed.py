"""Plain text sent as "format=flowed" (RFC 3676), as telephone and desktop mail programs send it: a line ending in
a space was broken by the program to keep lines short and runs on into the next (a "soft" break); a line ending
without one was ended by its writer. Unflowed, every paragraph is one line and every line an end its writer chose,
so lines each a short sentence stay apart ("Wohnjowe wobory su měli 75 zasadźenjow." over "Wot 5. awgusta hori lěs
…"), however short the message's lines all are."""

from __future__ import annotations

# the signature's delimiter is a hard line however it ends
_SIGNATURE = "-- "


def _depth(line: str) -> tuple[int, str]:
    """The line's quotation depth (its leading ">" marks) and its text without them and their space-stuffing."""
    depth = len(line) - len(line.lstrip(">"))
    text = line[depth:]
    return depth, text[1:] if text.startswith(" ") else text


def unflow(text: str, delsp: bool = False) -> str:
    """The text with its soft line breaks joined (``delsp``: the space before each soft break was added by the
    program and is taken away with it), quoted lines at their own depth."""
    out: list[str] = []
    joining: tuple[int, str] | None = None  # the paragraph being joined, at its depth
    for raw in text.replace("\r\n", "\n").split("\n"):
        depth, line = _depth(raw)
        if joining is not None and joining[0] == depth:
            line = joining[1] + line
        elif joining is not None:
            out.append(">" * joining[0] + (" " if joining[0] else "") + joining[1])
        joining = None
        if line.endswith(" ") and line != _SIGNATURE:
            joining = (depth, line[:-1] if delsp else line)
            continue
        out.append(">" * depth + (" " if depth and line else "") + line)
    if joining is not None:
        out.append(">" * joining[0] + (" " if joining[0] else "") + joining[1])
    return "\n".join(out)
