"""A details table under a report's title: the report's particulars, not its items or headings.

Many reports set their particulars in a small table between the title and the first section: label and
value side by side ("Sitrep no. | 1", "Issued | 06/04/2020 10:00"), labels over one row of values
("Fecha de corte | Hora | Informe N°" over "06/04/2020 | 08:00 h | 1"), or each cell a field ("Operational
period: 6 April 2020" | "Période opérationnelle : 6 avril 2020"). A reader takes the report's number and date
from it and reads on; the other fields (the hour, the alert level, who prepared it, when the next one is due)
describe the report and are left out. A table is taken for one only when every cell is short, none is a
sentence, and it states a date or the report's number.

A form's table of questions and answers often opens with such fields as its first rows ("Name of site |
North Depot", "Date of return | 15/07/2022") over the questions ("How are staff affected? | …"): those
rows are the return's particulars, read the same way, and the questions under them are read as the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitroom.text.months import DAY_SUFFIX, MONTH_NAMES, OF

LABEL_WORDS = 6
VALUE_WORDS = 12
FIELD_WORDS = 16
_LABELLED = re.compile(r"^(?P<label>[^:]{1,40}?)\s*:\s*(?P<value>\S.*)$", re.S)
_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{4}}-\d\d-\d\d\b|\b\d{{1,2}}{DAY_SUFFIX}{OF}\s+"
    rf"(?:{MONTH_NAMES})\b|\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\b",
    re.I,
)
DATE_IN_CELL = _DATE  # a date in a cell of a table laid out over the first section
# The report's number: "Sitrep no.", "Report number", "Informe N°", "Rapport no", "Issue", "Número".
_NUMBER_LABEL = re.compile(
    r"^(?:(?:situation\s+)?report|sit\s*rep|update|bulletin|issue|edition|informe|rapport|bolet[íi]n"
    r"|actualizaci[óo]n|num[ée]ro|n[úu]mero|number)(?:\s*(?:no\.?|n\.?\s?[°º]\.?|nr\.?|number|#|num[ée]ro|n[úu]mero))?$",
    re.I,
)
# A field about a later report or meeting gives no date of this one ("Next sitrep", "Prochain rapport").
_LATER = re.compile(r"^(?:next|prochain|pr[óo]xim|siguiente|following)", re.I)
_LANGUAGES = re.compile(r"\s+/\s+")


@dataclass(frozen=True, slots=True)
class Details:
    """The fields of a details table and the lines that state the report's number or date."""

    fields: list[tuple[str, str]]

    def masthead_lines(self) -> list[str]:
        """ "Informe N° 1", "Fecha de corte: 06/04/2020": the fields a reader takes the number and date from."""
        out = []
        for label, value in self.fields:
            if _NUMBER_LABEL.match(label.rstrip(":. ").strip()) and value.strip().isdigit():
                out.append(f"{label.rstrip(':').strip()} {value.strip()}")
            elif _DATE.search(value) and not _LATER.match(label):
                out.append(f"{label.rstrip(':').strip()}: {value.strip()}")
        return out


def details_table(grid: list[list[str]]) -> Details | None:
    """The fields of a details table given as rows of cell texts, or None when the table is not one."""
    rows = [[c.strip() for c in row if c.strip()] for row in grid]
    rows = [row for row in rows if row]
    # (a form's question answered by a ticked box is a label, however long)
    asked = {c for row in rows for c in row if _asked(c, " ".join(x for x in row if x is not c))}
    if not rows or any(is_sentence_cell(c) and c not in asked for row in rows for c in row):
        return None
    fields = _each_cell_a_field(rows) or _side_by_side(rows) or _labels_over_values(rows)
    if not fields:
        return None
    details = Details(fields)
    # the report's date or number, or the next report's time: fields about the report, not its content
    dated = details.masthead_lines() or any(_LATER.match(label) and _DATE.search(value) for label, value in fields)
    return details if dated else None


def leading_details(grid: list[list[str]]) -> tuple[Details, int] | None:
    """The fields set as the first rows of a form's table, and how many rows they take, or None.

    Each such row is a short label beside one short value (a name, an ID, a date), the label no question;
    two rows at least, some row under them that is not one, and the fields state a date or the number.
    """
    n = 0
    for row in grid:
        cells = [c.strip() for c in row if c.strip()]
        if not cells:
            n += 1
            continue
        label, value = (cells[0], cells[1]) if len(cells) == 2 else ("", "")
        if _asked(label, value):
            n += 1  # a form's question answered by ticking a box is one of its particulars
            continue
        if not is_field_label(label) or label.endswith("?") or not _one_value(value):
            break
        n += 1
    if n < 2 or n >= len(grid):
        return None
    details = details_table(grid[:n])
    return (details, n) if details is not None else None


# the boxes a form's choice is ticked in: "Yes ☐  No ☒", "[x] Yes [ ] No"
_TICKED = re.compile(r"[☐☑☒■□✓✔✗✘]|\[[ xX✓]\]")
QUESTION_WORDS = 16


def _asked(label: str, value: str) -> bool:
    """A form's question ("Is the decision eligible for Call-in?") beside the boxes ticked to answer it."""
    return (
        label.rstrip().endswith("?")
        and len(label.split()) <= QUESTION_WORDS
        and _TICKED.search(value) is not None
        and len(value.split()) <= LABEL_WORDS
    )


def _one_value(text: str) -> bool:
    """A name, an ID, a date or a figure: a few words, no sentence."""
    return 0 < len(text.split()) <= LABEL_WORDS and not text.endswith((".", ";", "!", "?"))


def is_sentence_cell(text: str) -> bool:
    """A cell holding a sentence (or running text), which no field's label or value is."""
    words = text.split()
    return len(words) > FIELD_WORDS or (len(words) > LABEL_WORDS and text.endswith((".", ";", "!", "?")))


def _each_cell_a_field(rows: list[list[str]]) -> list[tuple[str, str]] | None:
    """Every cell "Label: value" ("Operational period: 6 April 2020, 07:00 to 19:00")."""
    fields = []
    for cell in (c for row in rows for c in row):
        m = _LABELLED.match(cell)
        if m is None or len(m.group("label").split()) > LABEL_WORDS or m.group("label")[0].isdigit():
            return None
        fields.append((m.group("label"), m.group("value")))
    return fields


def _side_by_side(rows: list[list[str]]) -> list[tuple[str, str]] | None:
    """Rows of label | value pairs ("Sitrep no. | 1", or two pairs a row)."""
    fields = []
    for row in rows:
        if len(row) % 2:
            return None
        for label, value in zip(row[::2], row[1::2], strict=True):
            if not (is_field_label(label) or _asked(label, value)) or len(value.split()) > VALUE_WORDS:
                return None
            fields.append((label, value))
    return fields


def _labels_over_values(rows: list[list[str]]) -> list[tuple[str, str]] | None:
    """A row of labels over one row of values ("Fecha de corte | Hora" over "06/04/2020 | 08:00 h")."""
    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or len(rows[0]) < 2:
        return None
    if not all(is_field_label(c) for c in rows[0]) or any(len(v.split()) > VALUE_WORDS for v in rows[1]):
        return None
    return list(zip(rows[0], rows[1], strict=True))


def is_field_label(text: str) -> bool:
    """A field's label: a few words, no date."""
    # a label in two languages ("Date and time / Date et heure") is one label said twice: its longer half counts
    words = max((half.split() for half in _LANGUAGES.split(text)), key=len)
    return 0 < len(words) <= LABEL_WORDS and any(c.isalpha() for c in text) and not _DATE.search(text)
