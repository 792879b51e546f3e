"""A report closed by its signer's post with their name: on one line ("Duty officer: Jo Patel", "For the crisis
cell: Jos Weber, Mayor"), or the post set over the name ("KOMANDANT ŠTABA" over "Milan Jovanović"), as official
letters sign in many languages. Who signs, by post: no point of the report."""

from __future__ import annotations

import re

from sitroom.model import BlockKind
from sitroom.parse.furniture import names_and_reaches
from sitroom.parse.issuers import names_body
from sitroom.parse.units import Unit
from sitroom.text.signoffs import PERSON_NAME, is_thanks, names_post, signs_for

# a signature's line holds a few words
SIGNATURE_WORDS = 12

# A post and the name of whoever holds it, the report's last line: "Duty officer: Jo Patel"
_POST_AND_NAME = re.compile(
    r"^[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,4}\s*:\s+(?:[^\W\d_][.]\s*|[^\W\d_][^\W\d_'’-]+\s+){1,2}[^\W\d_][^\W\d_'’-]+$"
)


# ... or with no colon, the name given by its initials and surname after the post: "Начальник МКУ «ЕДДС» А.В.
# Кузнецов", "Глава округа И. И. Петров"
_INITIALS_NAME = re.compile(r"\s(?:[^\W\d_]\.\s?){1,2}\s*[^\W\d_][^\W\d_'’-]+$")
POST_WORDS = 8


# a courtesy title abbreviated, then a name of a word to three closing the line: "أ. إيلي نصر", "Ing. Rolando Toledo"
_TITLED_NAME = re.compile(r"(?:^|\s)[^\W\d_]{1,4}\.\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}$")


def _post_and_name(text: str) -> bool:
    """A post and the name of whoever holds it ("Duty officer: Jo Patel", "Начальник МКУ «ЕДДС» А.В. Кузнецов"), not a
    field of the report ("Roads closed: Mill Lane"): the label names a post; or for whom the writer signs, their name
    and post ("For the crisis cell: Jos Weber, Mayor")."""
    text = text.strip()
    label, _, rest = text.partition(":")
    if rest and signs_for(f"{label}:") and names_post(rest) and len(rest.split()) <= SIGNATURE_WORDS:
        return True
    if (m := _TITLED_NAME.search(text)) is not None:
        post = text[: m.start()]  # "رئيس البلدية أ. إيلي نصر", "Alcalde Ing. Rolando Toledo": the post, a title, a name
        if post.strip() and names_post(post) and len(post.split()) <= POST_WORDS and not post.rstrip().endswith(":"):
            return True
    if (m := _INITIALS_NAME.search(text)) is not None:
        post = text[: m.start()]  # "Начальник МКУ «ЕДДС» А.В. Кузнецов": the post, then initials and a surname
        return names_post(post) and len(post.split()) <= POST_WORDS and not post.rstrip().endswith((".", ":"))
    return _POST_AND_NAME.match(text) is not None and names_post(label)


def post_and_name_close(body: list[Unit]) -> int | None:
    """Where the last line, a post and its holder ("Operations centre coordinator: Jonas Stankevičius"), closes
    the body: who signs it, by post. None when the body does not end so."""
    if len(body) > 2 and body[-1].bullet is None and _post_and_name(body[-1].text):
        return len(body) - 1
    return None


def preparer_line(body: list[Unit]) -> int | None:
    """Where the last line names who prepared the letter and how to reach them ("Rasa Mockienė, tel. (8 41) 59 63
    44, el. p. …"), under the signer's lines: the letter's foot. None when the body does not end so."""
    if len(body) > 2 and body[-1].bullet is None and names_and_reaches(body[-1].text):
        return len(body) - 1
    return None


def thanks_from_body(body: list[Unit]) -> int | None:
    """Where the writer's thanks over the name of the body that sends it ("Thank you to everyone who has checked on a
    neighbour this week." over "Kinlochbrae Community Council") close the body. None when the body does not end so."""
    if len(body) < 4 or any(u.bullet is not None or u.kind is BlockKind.HEADING for u in body[-2:]):
        return None
    thanks = body[-2].text
    # (thanks that give a figure tell something: "Thanks to the 41 volunteers who …")
    return len(body) - 2 if names_body(body[-1].text) and is_thanks(thanks) and not re.search(r"\d", thanks) else None


def post_over_name(body: list[Unit]) -> int | None:
    """Where the signer's post set over their name closes the body ("KOMANDANT ŠTABA" over "Milan Jovanović"),
    as official letters sign in many languages. None when the body does not end so."""
    if len(body) < 4 or body[-1].bullet is not None or body[-2].bullet is not None:
        return None
    post, name = body[-2].text.strip(), body[-1].text.strip()
    if name.isupper():
        return None  # "PHOTO DOCUMENTATION": a section's heading in capitals, not a signer's name
    if not PERSON_NAME.match(name) or not all(w[:1].isupper() for w in name.split()) or names_post(name):
        return None
    return len(body) - 2 if names_post(post) and len(post.split()) <= 6 and not post.endswith(".") else None
