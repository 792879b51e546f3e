"""Lines parted by ``<br>`` in one run of inline text, and which of them are headings.

HTML e-mail and hand-made pages often set a section as a bold line with its bullets or sentences on
the lines under it, all in one cell or paragraph and parted only by ``<br>``
("<b>Risks and concerns</b><br>• …<br>• …"). A reader takes a short bold line standing alone on its
line, with content under it, for a heading whatever its words; a bold name over a job title (a
signature) has no content under it and stays text.
"""

from __future__ import annotations

import re

from sitroom.extract.html.markup import _BULLET, clean_text
from sitroom.extract.rowtable import is_question
from sitroom.text.case import opens_with_capital
from sitroom.text.spacing import SENTENCE_STOPS, word_count

_PARA_BREAK = re.compile(r"\n[ \t\u00a0\x00]*\n")
HEADING_WORDS = 12
HEADING_CHARS = 100
# A line under a heading that is content: a bullet, or a sentence of a few words.
CONTENT_WORDS = 6
# The blocks a bold line closing a run of text heads, standing right over them: a list, a table
HEADED_BLOCKS = frozenset({"ul", "ol", "dl", "table"})


def chunk_spans(raw: str) -> list[tuple[int, int]]:
    """The paragraphs of a run (parted by a blank line, ``<br><br>``) as (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA_BREAK.finditer(raw):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(raw)))
    return [(s, e) for s, e in spans if raw[s:e].strip()]


def line_spans(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty lines of ``raw[start:end]`` as (start, end) offsets."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = raw.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if clean_text(raw[pos:stop]):
            out.append((pos, stop))
        pos = stop + 1
    return out


def is_bold(raw: str, mask: bytearray, start: int, end: int) -> bool:
    """All (95 %) of the visible characters of ``raw[start:end]`` are set in bold."""
    visible = [k for k in range(start, end) if not raw[k].isspace() and raw[k] != "\x00"]
    return bool(visible) and sum(mask[k] for k in visible) >= 0.95 * len(visible)


def bold_lead(raw: str, mask: bytearray, start: int, end: int) -> str | None:
    """The bold words ``raw[start:end]`` opens with when regular text follows ("<b>Personale:</b> tre …"),
    so that the parser can judge whether that run-in label heads a section."""
    k = start
    while k < end and (raw[k].isspace() or raw[k] == "\x00"):
        k += 1
    first = k
    while k < end and (mask[k] or raw[k].isspace()):
        k += 1
    lead = " ".join(raw[first:k].split())
    rest = raw[k:end].strip()
    return lead if lead and rest and any(c.isalpha() for c in rest) else None


def heading_like(text: str) -> bool:
    """Short, not a sentence, not a bullet: could name a section."""
    return (
        0 < len(text) <= HEADING_CHARS
        and len(text.split()) <= HEADING_WORDS
        and not text.endswith((".", ",", ";"))
        and not _BULLET.match(text)
    )


def bulleted_entries(lines: list[str]) -> list[tuple[str | None, str]]:
    """Lines joined by <br> that carry their own bullet glyphs, as (glyph, text): a line with no glyph carries
    on the entry above."""
    items: list[tuple[str | None, str]] = []
    for line in lines:
        m = _BULLET.match(line)
        if m:
            items.append((m.group(1), line[m.end() :]))
        elif items and items[-1][0] is not None:
            items[-1] = (items[-1][0], items[-1][1] + " " + line)
        else:
            items.append((None, line))
    return items


def in_capitals(text: str) -> bool:
    """A line typed in capitals ("📌 KATINGBANAN", "NEXT STEPS"): the emphasis of who writes where no bold can be
    set (a social-media post, a plain editor), four letters at least, all of them capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def opens_with_pictograph(text: str) -> bool:
    """ "🔶 Summary", "📍 Where we are": a line marked with a pictograph before its words, as a post marks its
    headings where no bold can be set."""
    first = text.lstrip()[:1]
    return (
        bool(first)
        and ("\U0001f300" <= first <= "\U0001faff" or "\u2600" <= first <= "\u27bf")
        and any(c.isalpha() for c in text)
    )


def is_content(line: str) -> bool:
    """A line a heading can stand over: a bullet, or a sentence of a few words."""
    return bool(_BULLET.match(line)) or (
        word_count(line) >= CONTENT_WORDS and line.rstrip().endswith((*SENTENCE_STOPS, ")"))
    )


def split_headings(raw: str, mask: bytearray, start: int, end: int, plain: bool = False) -> list[tuple[bool, int, int]]:
    """The paragraph ``raw[start:end]`` as pieces in order, (is heading, start, end): a heading for each
    short bold line standing alone over content, text for the lines between them; in a ``plain`` run (see
    :func:`plain_heads`), the paragraph's first line too."""
    lines = line_spans(raw, start, end)
    if len(lines) < 2:
        return [(False, start, end)]
    heads = [
        i
        for i, (a, b) in enumerate(lines)
        if i < len(lines) - 1
        and heading_like(clean_text(raw[a:b]))
        and (is_bold(raw, mask, a, b) or opens_with_pictograph(clean_text(raw[a:b])) or (plain and i == 0))
    ]
    kept: list[int] = []
    nxt = len(lines)
    for i in reversed(heads):
        below = [clean_text(raw[a:b]) for a, b in lines[i + 1 : nxt]]
        # content under it, or a parent heading right over a kept one ("Operations" over "Impacts"); a form's
        # question heads its answer's lines, whatever they are
        head = clean_text(raw[lines[i][0] : lines[i][1]])
        if any(is_content(x) for x in below) or (not below and kept) or (below and is_question(head)):
            kept.insert(0, i)
            nxt = i
    if not kept:
        return [(False, start, end)]
    pieces: list[tuple[bool, int, int]] = []
    pos = start
    for i in kept:
        a, b = lines[i]
        if clean_text(raw[pos:a]):
            pieces.append((False, pos, a))
        pieces.append((True, a, b))
        pos = b
    if clean_text(raw[pos:end]):
        pieces.append((False, pos, end))
    return pieces


PLAIN_HEAD_WORDS = 6
PLAIN_HEADS = 3


def plain_heads(raw: str, mask: bytearray, spans: list[tuple[int, int]]) -> bool:
    """A run typed with no bold (a post in a plain editor) whose paragraphs (``spans``, see :func:`chunk_spans`)
    open with a short line over points or sentences, three of them or more: each such line names its paragraph's
    section, as a blank line over it and its points under it set it apart in plain text."""
    if any(mask[s:e].count(1) for s, e in spans):
        return False
    opened = 0
    for s, e in spans:
        lines = [clean_text(raw[a:b]) for a, b in line_spans(raw, s, e)]
        first = lines[0] if lines else ""
        short = len(first.split()) <= PLAIN_HEAD_WORDS and first[:1].isupper() and heading_like(first)
        opened += short and len(lines) >= 2 and all(is_content(x) for x in lines[1:])
    return opened >= PLAIN_HEADS


def heads_content(raw: str, span: tuple[int, int] | None) -> bool:
    """The paragraph at ``span`` holds content a bold line above it could head."""
    return span is not None and any(is_content(clean_text(raw[a:b])) for a, b in line_spans(raw, *span))


_LABEL = re.compile(r"^\S+(?: \S+){0,3}\s?:")  # "Mitigation:", "Next update:": a label, not a sentence of its own
SENTENCE_LINE_WORDS = 4


def sentence_lines(lines: list[str]) -> bool:
    """Two lines or more parted by ``<br>``, each a whole sentence of a few words ended with its stop, the next
    opening in a capital or a figure, none a label: the writer ended each line (as a pad or an editor gives each
    line), so each is a point of its own, not the wrapped lines of one paragraph."""
    if len(lines) < 2:
        return False
    for n, line in enumerate(lines):
        if word_count(line) < SENTENCE_LINE_WORDS or not line.endswith(SENTENCE_STOPS):
            return False
        if n and (not (opens_with_capital(line) or line[:1].isdigit()) or _LABEL.match(line)):
            return False
    return True
