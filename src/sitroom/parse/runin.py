"""Run-in headings: a label opening a paragraph names what follows ("1. SITUATION: …", bold "Personale: …").

A label in capitals, or set in bold while the text after it is not, that ends in a colon and opens a
paragraph (numbered or not) is a heading; the text after the colon is the first item under it, and the
paragraphs and sub-paragraphs ("a.", "(1)") after it are its items. Three kinds of label stay in the
item's text, as printed: a label the document repeats ("Risk: … Mitigation: …" on every risk, "Action:"
on every action) labels its items, not sections; a label naming one part of an item (risk, mitigation,
owner, status …) does so even once; and a label followed by a short value instead of a sentence or
nothing ("Lead officer: Jo Patel", "Date: 6 April 2020") is a detail field. A minuted record
("RESOLUTION: …", ``sitroom.text.turns``) is an item too, and so is each of a run of paragraphs that are
all labelled (speakers' turns, a block of fields): a label heads a section when what follows is not.
"""

from __future__ import annotations

import re
from collections import Counter

from sitroom.model import BlockKind
from sitroom.parse.addressing import is_distribution_list
from sitroom.parse.mastheadlines import is_date_field
from sitroom.parse.message import is_trailer
from sitroom.parse.numbered import label_style
from sitroom.parse.units import Unit
from sitroom.parse.vocabulary import classify_heading
from sitroom.text.labels import names_item_part, runs_on_fields
from sitroom.text.mailfields import is_memo_field
from sitroom.text.turns import is_record

_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:.;!?]{0,60}?)\s*:(?:\s+(?P<rest>\S.*)|\s*)$", re.S)
_LETTERS = re.compile(r"[^\W\d_]")
MAX_LABEL_WORDS = 6
MIN_RUN = 3
_SENTENCE_END = re.compile(r"[.;!?…]['\"”’)\]]*$")


def _label(u: Unit) -> tuple[str, str] | None:
    """The (label, rest) a unit opens with when the label is set apart by capitals or bold, else None."""
    if u.kind is BlockKind.HEADING or is_trailer(u.text) or is_distribution_list(u.text):
        return None  # a closing field ("Next sitrep: …", "Distribution: …") is the report's close, no section
    m = _LABEL.match(u.text)
    if m is None:
        return _stopped_label(u)
    label, rest = m.group("label").strip(), (m.group("rest") or "").strip()
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return None
    letters = _LETTERS.findall(label)
    caps = len(letters) >= 2 and all(c.isupper() for c in letters)
    lead = (u.style.get("lead") or "").strip()
    bold = bool(lead) and lead.rstrip(": ") == label and lead.endswith(":")
    if not (caps or bold) or runs_on_fields(rest) or is_memo_field(u.text):
        # (a memo's field, "PARA: Gerencia General de …", says whom it goes to: no section)
        return None  # (the first label of a run of fields opens no section: "Förmåga …: Ja. Påverkan …: Betydande.")
    return label, rest


def _stopped_label(u: Unit) -> tuple[str, str] | None:
    """A numbered paragraph's bold label closed by a full stop, as staff papers head theirs ("1. Summary. A cyclone
    warning …"): the label and the text after it, or None."""
    lead = (u.style.get("lead") or "").strip()
    if u.bullet and lead.startswith(u.bullet.strip()):
        lead = lead[len(u.bullet.strip()) :].strip()
    if not (u.bullet and label_style(u.bullet) and lead.endswith(".") and u.text.startswith(lead)):
        return None
    label, rest = lead[:-1].strip(), u.text[len(lead) :].strip()
    if not rest or not _LETTERS.search(label) or len(label.split()) > MAX_LABEL_WORDS or "." in label:
        return None
    return label, rest


def _names_sentence(rest: str) -> bool:
    """The text after a heading label is a sentence (or nothing), not a short value like a name or a date."""
    if not rest:
        return True
    words = [w for w in rest.split() if _LETTERS.match(w)]
    if len(rest.split()) >= 3 and _SENTENCE_END.search(rest):
        return True
    lower = sum(w[0].islower() for w in words)
    return len(rest.split()) >= 4 and lower >= 0.4 * len(words)


def _norm(label: str) -> str:
    return " ".join(label.lower().split())


def split_run_in_headings(units: list[Unit]) -> list[Unit]:
    """Split each run-in heading label off its paragraph into a heading unit, its text into the first item."""
    found = {i: lab for i, u in enumerate(units) if (lab := _label(u)) is not None}
    if not found:
        return units
    counts = Counter(_norm(label) for label, _ in found.values())
    listed = _labelled_runs(units, found)
    out: list[Unit] = []
    numbered_above = False  # an Arabic or Roman numbered heading sits above: lettered labels go under it
    run_in_level: int | None = None
    for i, u in enumerate(units):
        lab = found.get(i)
        style = label_style(u.bullet)
        if u.kind is BlockKind.HEADING:
            numbered_above = numbered_above or bool(re.match(r"^\(?(?:\d|[IVXivx]+[.)])", u.text))
            run_in_level = None
        if (
            lab is None
            or counts[_norm(lab[0])] > 1
            or names_item_part(lab[0])
            or not _names_sentence(lab[1])
            or is_record(u.text)  # "RESOLUTION: …", "ACTION: …": a minuted record is an item
            or is_date_field(u.text)  # "Data: 2 de payares de 2026": the report's date, not its figures
            # in a run of labelled paragraphs, only a label naming a section's meaning heads one
            or (i in listed and style is None and classify_heading(lab[0])[1] < 1.0)
            or (u.bullet and style is None)  # a bulleted entry's label labels that entry
        ):
            out.append(u)
            continue
        label, rest = lab
        prefix = f"{u.bullet.strip()} " if u.bullet else ""
        if style is not None and style.startswith("letter"):
            level = 2 if numbered_above else 1
        elif style is not None:
            level = u.bullet.strip(" .").count(".") + 1 if style == "multi" else 1  # type: ignore[union-attr]
            numbered_above = True
        elif out and out[-1].kind is BlockKind.HEADING and run_in_level is None:
            level = out[-1].level + 1  # labels straight under a heading of their own are its sub-sections
        else:
            level = run_in_level or 1
        run_in_level = level if style is None else run_in_level
        head_end = u.start + len(prefix) + len(label)
        plain = {k: v for k, v in u.style.items() if k not in ("lead", "bold")}
        out.append(Unit(prefix + label, BlockKind.HEADING, u.page, u.start, head_end, level, None, {**plain}))
        if rest:
            out.append(Unit(rest, BlockKind.ITEM, u.page, head_end, u.end, u.level, None, plain))
    return out


def _labelled_runs(units: list[Unit], found: dict[int, tuple[str, str]]) -> set[int]:
    """Units in a run of MIN_RUN or more labelled paragraphs in a row: when every paragraph is labelled
    ("Alice: …", "Bob: …", "RESOLUTION: …"; "Lead officer: …", "Prepared by: …") the labels label them,
    they head nothing."""
    out: set[int] = set()
    run: list[int] = []
    for i, u in enumerate([*units, None]):
        if u is not None and u.kind is not BlockKind.HEADING and (i in found or is_record(u.text)):
            run.append(i)
            continue
        if len(run) >= MIN_RUN:
            out.update(run)
        run = []
    return out
