"""What a table column holds, read from its header: the risk, its mitigation, or a rating beside them.

Header words are read in English, French, Spanish, German, Portuguese, Italian, Dutch, Polish, Swedish,
Danish, Czech, Slovak, the languages written in Cyrillic, Greek, Turkish, Arabic, Persian, Chinese, Japanese and
Korean (Risiko | Bewertung | Gegenmaßnahmen | Verantwortlich
is a risk register too, and so are Risico | Kans | Beheersmaatregelen | Eigenaar and Ризик | Проценка | Мерки |
Одговорен).

A risk register (Risk | RAG | Mitigation | Owner) is read row by row: the risk cell is the item,
the mitigation cell its mitigation; ratings, owners and dates describe the row and are not items.
A first column of short labels each beside one sentence ("Costs | Spend is £40,000 to date.") labels
those items; labels over several paragraphs head them. A table of records (Ref | Action | Owner | Due |
Status, Nr | Actie | Wie | Gereed) is a list: each row's sentence an item, its reference and its short
fields none. Shared by the Word, web and PDF readers.
"""

from __future__ import annotations

import re
from enum import StrEnum
from itertools import pairwise


class Column(StrEnum):
    RISK = "risk"
    MITIGATION = "mitigation"
    ATTRIBUTE = "attribute"  # a rating, owner or date: describes the row, not an item
    OTHER = "other"


_RISK = re.compile(
    r"^(?:key\s+|main\s+)?(?:risks?|issues?|challenges?|concerns?|threats?|hazards?|problems?|gaps?"
    r"|risk\s+(?:description|title|name)|description\s+of\s+(?:the\s+)?risk|risques?|d[ée]fis?|probl[èe]mes?"
    r"|riesgos?|desaf[íi]os?|problemas?"
    # German, Portuguese, Italian
    r"|risik(?:o|en)|risikobeschreibung|gefahren?|herausforderung(?:en)?|probleme?|riscos?|rischi[o]?|criticit[àa]"
    r"|sfid[ae]|problem[ai]"
    # Dutch, Polish, Swedish, Danish
    r"|risico(?:['’]?s)?|risicobeschrijving|knelpunt(?:en)?|uitdaging(?:en)?|ryzyk[oa]|zagro[żz]eni[ae]|risk(?:er)?"
    r"|risik(?:oer|i)|risici"
    # Czech and Slovak; Bosnian, Croatian and Serbian: "Rizik", "Rizici"
    r"|rizik[oaá]|hrozb[ay]|rizi[kc]i?"
    # Macedonian, Serbian, Bulgarian, Russian and Ukrainian: "Ризик", "Ризици", "Риск", "Ризики"
    r"|ризи[кц]\w*|риск\w*|загроз\w*|предизвик\w*|изазов\w*"
    # Greek, Turkish, Arabic, Persian, Chinese, Japanese and Korean: "Κίνδυνος", "Riskler", "المخاطر", "風險",
    # "リスク", "위험 요인"
    r"|κ[ίι]νδυν\w*|riskler|riskin|tehlike\w*|(?:ال)?مخاطر|(?:ال)?خطر|ریسک|خطرات|风险\w*|風險\w*|リスク\w*"
    r"|危険\w*|위험\w*|리스크"
    # Amharic: "ስጋት", "ስጋቶች", "ችግሮች", "ተግዳሮቶች"
    r"|ስጋት\w*|ችግር\w*|ተግዳሮት\w*"
    # Tatar, Tajik, Kazakh and Kyrgyz: "Куркыныч", "Хатар", "Қауіп", "Тобокелдик"
    r"|куркыныч\w*|хатар\w*|қауіп\w*|тобокелдик\w*|коркунуч\w*"
    # Romanian: "Riscul", "Riscuri", "Riscurile"
    r"|risc(?:ul|uri(?:le)?)?)(?:\b|(?<=['’]s))",
    re.I,
)
_MITIGATION = re.compile(
    r"^(?:mitigation|mitigating|mitigations|controls?|countermeasures?|response|actions?(?:\s+(?:taken|planned))?"
    r"|(?:control\s+|mitigation\s+|mitigating\s+|preventive\s+)?measures?(?:\s+(?:taken|in\s+place|planned))?"
    r"|mesures?(?:\s+d.att[ée]nuation)?|att[ée]nuation|mitigaci[óo]n|medidas?"
    r"|(?:gegen|abhilfe|schutz)?ma(?:ß|ss)nahmen?|minderung|mitiga[çc][ãa]o|mitigazione|(?:contro)?misure|azioni"
    r"|mitigatie|(?:beheers)?maatregel(?:en)?|[śs]rodki\s+zaradcze|dzia[łl]ania|[åa]tg[äa]rd(?:er)?"
    r"|afb[øo]dning|foranstaltninger|tiltag|tiltak"
    # Czech and Slovak: "Opatření", "Opatrenia"
    r"|opat[řr]en[íi]|opatreni[ae]"
    # ... "Kontrolne mjere", "Preventivne mere", "Mjere ublažavanja"
    r"|(?:kontrolne\s+|preventivne\s+|poduzete\s+|preduzete\s+)?mj?ere(?:\s+ubla[žz]avanja)?"
    # ... and in Cyrillic: "Мерки", "Мере", "Меры", "Заходи", "Контролни мерки"
    r"|(?:контролни\s+|преземени\s+|предузете\s+)?мер[кеы]\w*|заходи"
    # ... "Μέτρα", "Önlemler", "إجراءات التخفيف", "اقدامات", "应对措施", "対策", "대응 조치"
    r"|μ[έε]τρα\w*|[öo]nlem\w*|(?:ال)?إجراءات\w*|(?:ال)?تدابير|اقدامات|措施\w*|应对\w*|應對\w*|対策\w*|対応\w*"
    r"|대책\w*|조치\w*|대응\w*"
    # "Interventions" (South Africa), "Treatment" (a risk treatment, Australia and New Zealand)
    r"|interventions?|(?:risk\s+)?treatments?"
    # the solutions set against challenges: "Solutions proposées", "Proposed solutions", "Soluciones propuestas"
    r"|(?:proposed\s+)?solutions?(?:\s+propos[ée]es?)?|soluciones(?:\s+propuestas)?|solu[çc][õo]es(?:\s+propostas)?"
    r"|soluzioni(?:\s+proposte)?|l[öo]sungen|oplossingen"
    # Malay and Indonesian: "Langkah Kawalan" (control measures), "Langkah Mitigasi", "Upaya Penanganan"
    r"|langkah\s+(?:kawalan|mitigasi|pencegahan|tebatan)|upaya\s+(?:mitigasi|penanganan)|mitigasi"
    # what the writers do about it: "What we're doing", "What we are doing about it"
    r"|what\s+(?:we(?:['’]re|\s+are)|is\s+being)\s+(?:doing|done)(?:\s+about\s+it)?"
    # Amharic: "የመፍትሄ እርምጃ", "የመከላከያ እርምጃዎች", "የተወሰደ እርምጃ"
    r"|(?:የ\w+\s+)?እርምጃ\w*"
    # Tatar, Tajik, Kazakh and Kyrgyz: "Чаралар", "Чораҳо", "Шаралар", "Чаралар"
    r"|(?:күрелгән\s+)?чаралар|чораҳо\w*|шаралар"
    # Romanian: "Măsuri întreprinse" (the measures taken), "Măsuri de atenuare"
    r"|m[ăa]suri(?:\s+(?:[îi]ntreprinse|luate|de\s+atenuare|de\s+prevenire))?)\b",
    re.I,
)
# The column describing a row, which holds the risk when the table names no risk column but has a mitigation one.
_DESCRIPTION = re.compile(
    r"^(?:description|details?|summary|descripci[óo]n|d[ée]tails?|beschreibung|descri[çc][ãa]o|descrizione"
    r"|omschrijving|opis|beskrivning|beskrivelse)$",
    re.I,
)
_ATTRIBUTE = re.compile(
    r"^(?:rag|r/a/g|status|type|category|kind|cat[ée]gorie|tipo|categor[íi]a|typ|art|kategorie|rating|score|likelihood|probability|impact|consequences?|severity|owner|lead|responsible|"
    r"assigned\s+to|due|deadline|date|target\s+date|trend|priority|ref|no\.?|#|id|level|"
    r"statut|responsable|[ée]ch[ée]ance|probabilit[ée]|gravit[ée]|estado|fecha|plazo|probabilidad|gravedad|"
    r"niveau|nivel|cotation|tendance|tendencia|[ée]tat|priorit[ée]|prioridad|pilote|porteur|propri[ée]taire|"
    r"encargado|"
    r"bewertung|einstufung|einsch[äa]tzung|verantwortlich(?:e|keit)?|zust[äa]ndig(?:keit)?|frist|termin|datum|"
    r"wahrscheinlichkeit|eintrittswahrscheinlichkeit|schwere|stufe|priorit[äa]t|ampel|"
    r"avalia[çc][ãa]o|respons[áa]vel|prazo|probabilidade|gravidade|n[íi]vel|prioridade|tend[êe]ncia|"
    r"valutazione|responsabile|scadenza|probabilit[àa]|gravit[àa]|livello|priorit[àa]|stato|tendenza|"
    r"eigenaar|verantwoordelijke?|kans|waarschijnlijkheid|ernst|termijn|prioriteit|beoordeling|"
    r"w[łl]a[śs]ciciel|odpowiedzialn[ya]|termin|prawdopodobie[ńn]stwo|ansvarig|ansvarlig|sannolikhet|"
    r"sandsynlighed|konsekvens|"
    # ... "Vjerovatnoća", "Posljedice", "Nosilac", "Odgovorna osoba", "Rok"
    r"vj?erovatno[ćc]a|vjerojatnost|poslj?edic[ea]|nosilac|nositelj|odgovorn\w*(?:\s+osoba)?|utj?ecaj|uticaj|"
    # ... and in Cyrillic: "Проценка", "Оценка", "Одговорен", "Ответственный", "Рок", "Веројатност"
    r"проценка|процена|оценка|одговорн?\w*|ответственн\w*|відповідальн\w*|носител|рок|статус|ниво|веројатност"
    r"|вероватноћа|вероятность|приоритет|датум|дата|җаваплы\w*|масъул\w*|жауапты\w*|жооптуу\w*|"
    # ... "Υπεύθυνος", "Sorumlu", "المسؤول", "责任人", "担当", "담당"
    r"υπε[ύυ]θυν\w*|αξιολ[όο]γηση|επ[ίι]πεδο|sorumlu|durum|seviye|d[üu]zey|olas[ıi]l[ıi]k|(?:ال)?مسؤول|(?:ال)?مستوى|负责\w*|負責\w*|责任\w*|責任\w*|担当\w*|評価|评估|等级"
    r"|담당\w*|평가|등급|"
    # who is to act and by when: "Who | When", "Wie | Gereed", "Wer | Bis wann", "Qui | Quand"
    r"who|when|by\s+when|wie|wanneer|gereed|actiehouder|uiterlijk|wer|bis\s+wann|qui|quand|qui[ée]n|cu[áa]ndo"
    # when the row was last changed, and who entered it: "Updated", "Last updated", "Submitted by"
    r"|(?:last\s+)?(?:updated|changed|modified)|(?:submitted|entered|reported|created|posted|logged|recorded)\s+by"
    r"|(?:date\s+)?(?:entered|created|submitted|posted|recorded)"
    # when it was logged: "Time", "Logged at"
    r"|time|logged(?:\s+at)?|hora|heure|uhrzeit|ora|tijd"
    # Amharic: "ኃላፊነት የሚወስደው", "ኃላፊ", "ተ.ቁ" (the row's number), "ቀን", "ደረጃ"
    r"|ኃላፊ\w*(?:\s+የሚወስደው)?|ተ\.ቁ\.?|ቀን|ደረጃ"
    # Romanian: "Nr." (the row's number), "Responsabil", "Termen"
    r"|nr\.?|responsabil\w*|termen)(?:\b|(?<=\.))",
    re.I,
)


# A record's reference ("1.01", "R01", "A1.1", "#3"), and the title of a column of them ("Ref", "No.", "Nr", "ID").
REF = re.compile(r"^#?[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*\.?$")
_REF_HEADER = re.compile(r"^(?:ref(?:erence)?\.?|no\.?|nr\.?|n\.?[°º]|n[úu]m\.?|id|#|item)$", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")

# A rating, a name or a date: at most this many words; more, and the cell says something of its own.
_MAX_ATTRIBUTE_WORDS = 4


def attribute_columns(headers: list[str]) -> frozenset[int]:
    """Columns of a headed table that rate or describe the row (RAG, Status, Owner, Due date …).

    The first column is never one: it labels the row (a date or a name over the row's entries).
    """
    return frozenset(n for n, h in enumerate(headers) if n and h.strip() and _ATTRIBUTE.match(" ".join(h.split())))


# Columns giving the reason for the row's decision: "Rationale", "Reason(s)", "Justification", "Basis for decision",
# "Begründung", "Motivation", "Justificación", "Motivo", "Justificativa"
_REASON = re.compile(
    r"^(?:rationale|reasons?(?:\s+for\s+(?:the\s+)?decision)?|justification|basis(?:\s+for\s+(?:the\s+)?decision)?|"
    r"grounds|begr[üu]ndung|motivation|motifs?|justificaci[óo]n|motivos?|raz[óo]n(?:es)?|justificativa|fundamento|"
    r"motivazione|onderbouwing|motivering)$",
    re.I,
)


def reason_columns(headers: list[str]) -> frozenset[int]:
    """Columns of a headed table giving the reason for the row's decision ("Decision | Rationale"): the reason
    explains the decision beside it, as its owner and time describe it, and is no point of its own."""
    return frozenset(n for n, h in enumerate(headers) if n and _REASON.match(" ".join(h.split()).rstrip(":")))


def is_attribute_value(text: str) -> bool:
    """A cell under an attribute column holding a rating, name or date ("Amber", "Head of Service"), not a
    sentence: it describes its row and is no item."""
    return 0 < len(text.split()) <= _MAX_ATTRIBUTE_WORDS and not text.rstrip().endswith((".", ";", "!", "?"))


def column_roles(headers: list[str]) -> list[Column] | None:
    """The role of each column of a risk register, or None when the header is not one.

    A header is a risk register's when one column names risks (or issues, challenges …) and
    another names their mitigation.
    """
    roles = []
    for h in headers:
        h = " ".join(h.split())
        if _RISK.match(h) and not _MITIGATION.match(h):
            roles.append(Column.RISK)
        elif _MITIGATION.match(h):
            roles.append(Column.MITIGATION)
        elif _ATTRIBUTE.match(h) or not h:
            roles.append(Column.ATTRIBUTE)
        else:
            roles.append(Column.OTHER)
    if Column.RISK not in roles and roles.count(Column.MITIGATION) == 1:
        # "ID | Type | Description | Mitigation | Owner": what the mitigation mitigates is the row's description
        described = [n for n, h in enumerate(headers) if roles[n] is Column.OTHER and _DESCRIPTION.match(h.strip())]
        if len(described) == 1:
            roles[described[0]] = Column.RISK
    if roles.count(Column.RISK) == 1 and Column.MITIGATION in roles:
        return roles
    return None


def mitigation_column(headers: list[str]) -> int | None:
    """The column that names the mitigation of each row's risk, in a table that names no risk column (Update |
    Owner | Mitigation): its cells are the mitigations of the rows' sentences."""
    found = [n for n, h in enumerate(headers) if _MITIGATION.match(" ".join(h.split()))]
    return found[0] if len(found) == 1 else None


def record_down(labels: list[str], values: list[str] | None = None) -> list[Column] | None:
    """A risk set out down a table, one field a row ("Risk | …", "Treatment | …", "Residual rating | …"): the role
    of each row by its label, as a register's header names its columns; None for any other table. With the rows'
    ``values``, each row must be the risk, its mitigation or a short field: a row holding a sentence under another
    label ("Situation | …") makes the table one of side headings, not a record."""
    roles = column_roles(labels) if len(labels) >= 2 else None
    if roles is None or values is None:
        return roles
    return record_roles(roles, values)


def record_roles(roles: list[Column], values: list[str]) -> list[Column] | None:
    """The roles of a record's rows read with their values: its short values (a rating, an owner, a date) its
    fields; None where a row holds a sentence under a label that is none of the risk's, its mitigation or a field
    (side headings, not a record)."""
    roles = fields_of_record(roles, values)
    return None if Column.OTHER in roles else roles


def fields_of_record(roles: list[Column], values: list[str]) -> list[Column]:
    """The roles of a record's rows with its short values (a rating, an owner, a date) read as its fields."""
    pairs = zip(roles, values, strict=True)
    return [Column.ATTRIBUTE if r is Column.OTHER and is_attribute_value(v) else r for r, v in pairs]


def labels_name_items(rows: list[tuple[bool, int]], labels: list[str] = ()) -> bool:
    """The first-column labels of a table's rows name single items, not sub-sections.

    ``rows`` holds, for each body row, whether it has a label cell and how many paragraphs the rest of
    the row holds (its ratings and owners left out); a row without a label cell is under the label
    above it (a merged cell). An "Issue | Update | RAG" table labels each Update sentence ("Costs",
    "Schools", often the same label down the column): every label stands over one paragraph. A label
    over several paragraphs or bullets, in its own row or the rows it spans, heads them like a pillar or
    an office's name; so do ``labels`` (the label cells' texts) where one stands again in the next row.
    """
    if _labels_repeat(labels):
        return False
    counts: list[int] = []
    for labelled, paragraphs in rows:
        if labelled:
            counts.append(paragraphs)
        elif counts:
            counts[-1] += paragraphs
    return bool(counts) and all(n == 1 for n in counts)


def _labels_repeat(labels: list[str]) -> bool:
    """A label stands again in the next labelled row ("Overview", "Overview", "Regime"): a list exported with its
    section named in every row. The labels group the rows under them, as sections; they name no single item."""
    named = [" ".join(label.split()).casefold() for label in labels if label.strip()]
    return any(a == b for a, b in pairwise(named))


def update_column(header: list[str], fields_needed: int = 1) -> int | None:
    """In a header of a first column naming the rows' sections, one column of text and ``fields_needed`` or more
    describing the row (Section | Update | Owner | RAG), the text column; None for any other header."""
    if not header or not header[0].strip():
        return None
    fields = attribute_columns(header)
    text_columns = [k for k in range(1, len(header)) if header[k].strip() and k not in fields]
    return text_columns[0] if len(fields) >= fields_needed and len(text_columns) == 1 else None


def section_rows(grid: list[list[str]]) -> list[tuple[str, str]] | None:
    """A table of updates under the sections its first column names (Section | Update | Submitted by | Modified):
    each body row's section ("" where a merged cell leaves it blank) with its update; None for any other table.
    Its header has a first column, one column of text and one or more describing the row; the first column holds
    short labels, the text column sentences."""
    if len(grid) < 2 or (column := update_column(grid[0])) is None:
        return None
    body = [row for row in grid[1:] if any(c.strip() for c in row)]
    labels = [row[0] if row else "" for row in body]
    if not labels[0].strip() or any(len(lab.split()) > _LABEL_WORDS or lab.rstrip().endswith(".") for lab in labels):
        return None
    texts = [row[column] if column < len(row) else "" for row in body]
    if sum(len(t.split()) >= 4 for t in texts) < 0.5 * len(texts):
        return None
    return list(zip(labels, texts, strict=True))


def record_column(header: list[str], rows: list[list[str]]) -> int | None:
    """In a table of records (Ref | Action | Lead | Due | Status), the column of their sentences: the
    wordiest column that is neither a reference nor a field (owner, date, status). None for any other
    table: one with fewer than two field columns (one, under a column of references), or a first column of
    labels rather than references.

    ``rows`` are the body rows' cell texts ("" for an empty cell), in the header's columns."""
    fields = attribute_columns(header)
    refs = _REF_HEADER.match(header[0].strip()) is not None
    # a column of references says the rows are records, beside one field column ("Ref | Entry | Logged by")
    if len(header) < 3 or len(fields) < (1 if refs else 2):
        return None
    full = [r for r in rows if sum(1 for c in r if c) > 1]
    if full and not refs and 0 not in fields and _record_first(full):
        return 0  # the records' sentences in the first column (Update | Owner | Status | Modified)
    if not full or (not refs and any(r[0] and not REF.match(r[0].strip()) for r in full)):
        return None  # the first column labels its rows: they head the sentences, as in any text grid
    counts = {
        c: sum(len(_WORD.findall(r[c])) for r in full if c < len(r)) for c in range(1, len(header)) if c not in fields
    }
    # a decision's reason, however wordy, explains the decision beside it
    decisions = {c: n for c, n in counts.items() if c not in reason_columns(header)}
    counts = decisions if decisions and max(decisions.values()) else counts
    return max(counts, key=lambda c: counts[c]) if counts and max(counts.values()) else None


_SENTENCE_WORDS = 5


def _record_first(full: list[list[str]]) -> bool:
    """The first column holds the rows' sentences: a sentence in every row, and more words than any other column
    (a column of labels is shorter than the text beside it)."""
    words = [sum(len(_WORD.findall(r[c])) for r in full if c < len(r)) for c in range(len(full[0]))]
    sentences = all(len(_WORD.findall(r[0])) >= _SENTENCE_WORDS for r in full)
    return sentences and words[0] == max(words)


# A note beside a rating on a status board: a phrase, not a sentence ("Partial restoration; feeders down"); a
# row's label names an area ("Community, Primary Care and Social Care").
_NOTE_WORDS = 10
_LABEL_WORDS = 8


def is_status_board(rows: list[list[str]]) -> bool:
    """Under a header row, each row a short label, its rating under a column that rates (Status, RAG) and at
    most a short note beside them ("Power | Amber | Partial restoration; rural feeders still down"): a board
    to look up, whose rows are no points to list. A note written as a sentence makes the table a list of
    updates instead."""
    if len(rows) < 3 or len(rows[0]) < 3 or any(len(row) != len(rows[0]) for row in rows):
        return False
    rates, board = attribute_columns(rows[0]), rows[1:]
    if not rates:
        # no header row: a board all the same when one column rates every row ("Ashby Vale – Kelbrook |
        # CLOSED | Replacement buses")
        rates = frozenset(n for n in range(1, len(rows[0])) if all(is_attribute_value(row[n]) for row in rows))
        board = rows
    return bool(rates) and all(_board_row(row, rates) for row in board)


def _board_row(row: list[str], rates: frozenset[int]) -> bool:
    """A short label, its rating in each rating column, and at most short notes beside them."""
    if not row[0] or len(row[0].split()) > _LABEL_WORDS or row[0].endswith("."):
        return False
    for n, text in enumerate(row[1:], 1):
        if n in rates and text and not is_attribute_value(text):
            return False
        if len(text.split()) > _NOTE_WORDS or text.rstrip().endswith((".", "!", "?")):
            return False
    return True


# A cell of a table to look things up in: a name, a place, an hour ("Mill Lane, Kelsey Bridge", "8am – 8pm").
_LOOKUP_WORDS = 6


def is_lookup_table(rows: list[list[str]]) -> bool:
    """Under a header row of three columns or more, every cell a few words and none a sentence ("Location |
    Address | Open" over "Kelsey Bridge Community Centre | Mill Lane | 8am – 8pm"): a table to look things up
    in, a directory or a schedule, whose rows are no points to list."""
    if len(rows) < 3 or len(rows[0]) < 3 or not all(rows[0]):
        return False
    cells = [text for row in rows[1:] for text in row if text]
    return bool(cells) and all(
        len(text.split()) <= _LOOKUP_WORDS and not text.rstrip().endswith((".", "!", "?", ";")) for text in cells
    )


# A cell or line that is a figure alone: "774", "1,250", "12 %", "€3,400", "(2)" — data, not words
FIGURE_CELL = re.compile(r"^[\s\d.,%()+\-–—/:$€£₱#]*\d[\s\d.,%()+\-–—/:$€£₱#a-zA-Z]{0,3}$")
