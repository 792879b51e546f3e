"""The readers' comments under a page printed or saved with its report: a heading naming them ("Comments",
"Comentários (2)", "Kommentare") closing the document, and the box to add one, the comments and their "Like ·
Reply" under it; and the line counting the page's likes and views over them ("♡ Like 273 views"). They are the
readers speaking about the report, not the report: left out and counted."""

from __future__ import annotations

import re

from sitroom.model import Section
from sitroom.parse.closingremarks import is_closing_remark
from sitroom.text.reactions import is_page_reactions, is_reaction_line

_COMMENTS = re.compile(
    # (the responses and replies counted only: a report's "Response" is its own section)
    r"^(?:\d+\s+(?:responses?|replies)|(?:\d+\s+)?comments?|leave\s+a\s+(?:comment|reply)|add\s+a\s+comment"
    # French, Spanish, Portuguese, Italian, German, Dutch, the Nordic languages, Polish
    r"|commentaires?|comentarios?|coment[áa]rios?|commenti|kommentare?|reacties|kommentarer|komentarze?)"
    r"\s*(?:\(\d+\)|\d+)?\s*:?$",
    re.I,
)


# what only a comment box shows: the field to add one, "Like · Reply" under each, when each was posted
_MARKS = re.compile(
    r"\b(?:add\s+a\s+comment|adicionar\s+um\s+coment|a[ñn]adir\s+un\s+comentario|ajouter\s+un\s+commentaire"
    r"|kommentar\s+hinzuf|aggiungi\s+un\s+commento|reageer|(?:like|gosto|me\s+gusta|j['’]aime)\s*·\s*\w+"
    r"|\d+\s+(?:hours?|minutes?|days?|weeks?)\s+ago|h[áa]\s+\d+\s+(?:horas?|minutos?|dias?)|hace\s+\d+\s+\w+"
    r"|il\s+y\s+a\s+\d+\s+\w+|vor\s+\d+\s+(?:stunden?|minuten?|tagen?)"
    # a forum's commenter and how long ago they wrote: "u/blueridge_hiker · 3h · 40 points"
    r"|(?<![\w/])u/[\w-]{3,}|·\s*\d{1,2}\s*[hmd]\s*(?:·|$))",
    re.I,
)


def drop_comments(sections: list[Section], warnings: list[str]) -> list[Section]:
    """The sections without the readers' comments closing the document (a warning counts what was left out)."""
    at = next((n for n, s in enumerate(sections) if s.heading and _COMMENTS.match(s.heading.strip())), None)
    # the comments close the document (what follows under them is theirs, keyed as they are), their box's marks
    # among them: a report's own "Comments" section has none
    if at is None or at == 0 or any(s.key != sections[at].key for s in sections[at + 1 :]):
        return sections
    said = [t for s in sections[at:] for t in (s.heading or "", *(i.text for i in s.items))]
    # (a heading left with nothing under it, its comments read as the page's and left out, is theirs too)
    if any(s.items for s in sections[at:]) and not any(_MARKS.search(t) for t in said):
        return sections
    dropped = sum(1 + len(s.items) for s in sections[at:])
    kept = sections[:at]
    last = kept[-1]
    # the post's own close over the comments: its counts, its edit note, where to find more
    while last.items and (is_page_reactions(t := last.items[-1].text) or is_reaction_line(t) or is_closing_remark(t)):
        last.items.pop()
        dropped += 1
    warnings.append(f"{dropped} line(s) of the readers' comments left out")
    return kept
