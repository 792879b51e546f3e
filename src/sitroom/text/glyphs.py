"""Bullet glyphs, list numbers and line joining: the typography of items."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from sitroom.text.months import opens_with_day

# Bullet characters seen in sitreps, the one set every format reads. The symbols mark nothing but an item;
# dashes and the ASCII marks also start ordinary text, so they count only when followed by a space.
BULLET_GLYPHS = "•◦▪▫■□●○‣⁃∙·►▶▸➢➤➣✓✔❖◆◇☐☑☒✗✘・"
BULLET_DASHES = "-–—"
BULLET_ASCII = "*+>"
BULLET_CHARS = BULLET_GLYPHS + BULLET_DASHES + BULLET_ASCII
# The private-use area, where Symbol/Wingdings bullets land when a PDF or Word file has no Unicode mapping
# for them (U+F0B7, U+F0A7, U+F0D8, ...): a range for a regular expression's character class.
PRIVATE_USE = "\ue000-\uf8ff"
_PUA = PRIVATE_USE
# the glyph may carry the variation selector that asks for its emoji form ("▪️", as chat apps write it)
# ... or a to-do's box typed as text ("[ ] Meeting at 10:00", "[x] Sandbags delivered"), as note apps export it
_BULLET = re.compile(rf"^\s*([{re.escape(BULLET_CHARS)}{_PUA}]|\[[ xX]\](?=\s))\ufe0f?(?:\s+|(?=[^\W_]|[\"'“‘(]))")
# A glyph that must be followed by white space to count, since it also starts ordinary text.
_NEEDS_SPACE = set(BULLET_DASHES + BULLET_ASCII)
# Chinese numbering, with no space before the text: "一、", "（一）", "（1）", "1、", "①"
HANZI_NUMERALS = "一二三四五六七八九十"
# letters of Chinese and Japanese, which a list's number may stand right before with no space
CJK_TEXT = "[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]"
CJK_LIST_NUMBER = (
    rf"[{HANZI_NUMERALS}]{{1,3}}、|[（(][{HANZI_NUMERALS}]{{1,3}}[）)]|（\d{{1,2}}）|\d{{1,2}}[、．]|[①-⑳]"
)
# The ordinals an Arabic document counts its parts with, its colon after them: "أولاً:" (first), "ثانياً:" … "عاشراً:"
# (the tanween written before or after the alif, or left out)
ARABIC_ORDINAL = (
    r"(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي\s+عشر|ثاني\s+عشر)(?:\u064bا|ا\u064b|ا)\s*[:：]"
)
# ... and the ordinals Latin-script documents count their parts with, the same colon after them: "First:", "Second:",
# "Premièrement :", "Primero:", "Erstens:", "Primo:" (a word alone with its colon, never one opening a sentence)
LATIN_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|premi[èe]rement|deuxi[èe]mement|troisi[èe]mement|quatri[èe]mement|cinqui[èe]mement|sixi[èe]mement"
    r"|primero|segundo|tercero|cuarto|quinto|sexto|s[ée]ptimo|octavo|noveno|d[ée]cimo"
    r"|primeiro|terceiro|s[ée]timo|oitavo|nono"
    r"|erstens|zweitens|drittens|viertens|f[üu]nftens|sechstens|siebtens|achtens"
    r"|primo|secondo|terzo|quarto|sesto|settimo|ottavo)\s?[:：]"
)
_NUMBER = re.compile(
    r"^\s*("
    r"\d{1,2}[.)](?!\d)"  # 1.  2)   (not 1.5)
    r"|\d{1,2}-(?=\s+[^\W\d_])"  # 1- Kunnafoni surun  (a hyphen after the number, before words)
    r"|\(\d{1,2}\)"  # (3)
    r"|[a-z][.)](?=\s)"  # a)  b.
    r"|\([a-z]\)"  # (a)
    r"|\((?:x{0,3})(?:ix|iv|v?i{0,3})\)"  # (iv)
    r"|(?:x{0,3})(?:ix|iv|v?i{1,3}|v)[.)](?=\s)"  # iv.  ii)
    rf"|{CJK_LIST_NUMBER}"
    r"|[\u2160-\u216b][.)](?=\s)"  # Ⅰ.  Ⅱ.  (Roman numerals as one character each)
    rf"|{ARABIC_ORDINAL}"  # أولاً:  ثانياً:  (Arabic's "first:", "second:")
    rf"|{LATIN_ORDINAL}"  # First:  Second:
    rf")(?:\s+|(?={CJK_TEXT}))",
    re.I,
)
# A lower-case "o" is a typed list's bullet (a word processor's second-level mark saved as text, a
# typist's mark); it is also a word in some languages, so it counts only where a document repeats it down
# a list: two or more lines at one indentation opening "o " and then no lower-case word.
_LETTER_MARK = re.compile(r"^\s*(o)\s+(?=\S)")
# a Chinese point's number with a figure right after it ("2、8月26日前…"), and any such number
_FIGURE_AFTER_MARK = re.compile(r"^\s*(\d{1,2}、)(?=\d)")
_CJK_MARK_NUMBER = re.compile(r"^\s*(\d{1,2})、")
_RESTARTS = 3  # lists opening "1、" (this one among them) that show the document numbers each list afresh
# Hyphens a line may end with when a word was split across lines: the ASCII one, the typographic hyphen
# (U+2010) that typesetters insert, the non-breaking hyphen (U+2011) and the soft hyphen (U+00AD).
LINE_HYPHENS = "-\u2010\u2011\u00ad"
_SOFT_HYPHEN = "\u00ad"
_LONE_GLYPH = re.compile(rf"^\s*[{re.escape(BULLET_CHARS)}{_PUA}]\s*$")
_PUA_ANY = re.compile(rf"[{_PUA}]")


def split_bullet(line: str, letter_mark: bool = False) -> tuple[str | None, str]:
    """Split a leading bullet glyph or list number from a line: ("•", "text") or (None, line).

    ``letter_mark``: the document uses "o " as a list mark on this line's indentation, or numbers its points "1、"
    "2、" round this one, whose text opens with a figure ("2、8月26日前…") (see ``letter_marks``).
    """
    if letter_mark and (m := _LETTER_MARK.match(line) or _FIGURE_AFTER_MARK.match(line)):
        return m.group(1), line[m.end() :].strip()
    if letter_mark and (m := _DECIMAL_MARK.match(line)):
        return line[: m.end()].strip(), line[m.end() :].strip()
    m = _BULLET.match(line)
    if m:
        glyph = m.group(1)
        rest = line[m.end() :]
        if glyph in _NEEDS_SPACE and not line[m.end(1) : m.end(1) + 1].isspace():
            return None, line.strip()
        return glyph, rest.strip()
    m = _NUMBER.match(line)
    # "16. září 2024, 14:00 …" opens with the day of a date, not a list number
    if m and len(line) > m.end() and not opens_with_day(line):
        return m.group(1), line[m.end() :].strip()
    return None, line.strip()


def letter_marks(lines: Sequence[tuple[str, object]]) -> set[int]:
    """The indices of ``(text, indentation)`` lines whose opening "o " is a list mark.

    It is one where at least two lines at the same indentation open with "o " followed by anything but a
    lower-case word ("o The carers' line…", "o 4 staff…"): then every "o " line at that indentation is a
    list entry. A lone "o" at a line start, or "o" before lower-case words only, is left as text.
    """
    by_indent: dict[object, list[int]] = {}
    listed: dict[object, int] = {}
    for i, (text, indent) in enumerate(lines):
        if m := _LETTER_MARK.match(text):
            by_indent.setdefault(indent, []).append(i)
            listed[indent] = listed.get(indent, 0) + (not text[m.end() : m.end() + 1].islower())
    marked = {i for indent, found in by_indent.items() if listed[indent] >= 2 for i in found}
    # "2、8月26日前…": a number before a figure is the point's only where the points round it count on to it
    numbers = [(i, int(m.group(1))) for i, (text, _) in enumerate(lines) if (m := _CJK_MARK_NUMBER.match(text))]
    for k, (i, n) in enumerate(numbers):
        before = numbers[k - 1][1] if k else None
        after = numbers[k + 1][1] if k + 1 < len(numbers) else None
        # ... or, a list of one point, where the document opens its other lists with "1、" too
        restarts = n == 1 and sum(m == 1 for _, m in numbers) >= _RESTARTS
        if _FIGURE_AFTER_MARK.match(lines[i][0]) and (before == n - 1 or after == n + 1 or restarts):
            marked.add(i)
    return marked | _section_points(lines)


# A point numbered under its section's number ("2.1 The district received …" under "2.0 SITUATION OVERVIEW" or "2.
# Situation"); as a sub-heading is, it is a few words with no stop ("4.1. Гаснење на пожарите")
_DECIMAL_MARK = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s+\S")
_SUBHEADING_WORDS = 8


def _section_points(lines: Sequence[tuple[str, object]]) -> set[int]:
    """The lines whose decimal number ("2.1", "2.2") numbers a point of the section numbered above them ("2.0 …",
    "2. …"): sentences, or more words than a sub-heading holds; two such points at least in the document."""
    section: str | None = None
    points: set[int] = set()
    for i, (text, _) in enumerate(lines):
        if m := _DECIMAL_MARK.match(text):
            number, point = m.groups()
            if point == "0":
                section = number
                continue
            rest = text[m.end() :].rstrip()
            if number == section and (rest.endswith((".", ";", "!", "?")) or len(rest.split()) > _SUBHEADING_WORDS):
                points.add(i)
        elif m := _SECTION_NUMBER.match(text):
            section = m.group(1)
    return points if len(points) >= 2 else set()


def is_lone_glyph(line: str) -> bool:
    """A line holding nothing but a bullet glyph (the text came out on the next line)."""
    return bool(_LONE_GLYPH.match(line))


def strip_private_use(text: str) -> str:
    """Private-use characters left inside text are unmapped symbols: drop them."""
    return _PUA_ANY.sub("", text)


def join_lines(lines: list[str], known_words: set[str] | None = None) -> str:
    """Join wrapped lines with one space, removing a line-break hyphen only where it split a word.

    Any hyphen character counts (``LINE_HYPHENS``: "-", U+2010, U+2011, a soft hyphen, which always goes).

    "trans-" + "mission" → "transmission"; "2019-" + "nCoV" → "2019-nCoV"; "self-" + "isolate" stays
    hyphenated when the document spells "self-isolate" elsewhere (``known_words``).
    """
    out = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
            continue
        head = re.search(rf"(\w+)[{LINE_HYPHENS}]$", out)
        tail = re.match(r"\w+", line)
        if head and tail and (out.endswith(_SOFT_HYPHEN) or _splits_word(head.group(1), tail.group(0), known_words)):
            # a soft hyphen shows only where it breaks a word: the word is whole without it
            out = out[:-1] + line
        elif out.endswith((*LINE_HYPHENS, "/")) and not out.endswith(tuple(f" {h}" for h in LINE_HYPHENS)):
            out = out + line
        else:
            out = out + " " + line
    return out


def _splits_word(head: str, tail: str, known_words: set[str] | None) -> bool:
    """Whether "head-" at a line end and "tail" on the next line are one word broken by the wrap."""
    if not (head.isalpha() and tail.isalpha() and tail.islower()) or head.isupper():
        return False
    if known_words:
        joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
        if hyphenated in known_words and joined not in known_words:
            return False
    return True


def without_pictographs(text: str) -> str:
    """``text`` without the pictographs it opens with ("📌 INCAMAKE", "⚠️ RISKS"): a chat's or a slide's
    decoration of a heading, not its words. A bullet glyph is kept: it marks a point."""
    n = 0
    while n < len(text) and (
        text[n] in "\ufe0f\u200d " or (unicodedata.category(text[n]) == "So" and text[n] not in BULLET_GLYPHS)
    ):
        n += 1
    return text[n:]


def _math_letters() -> dict[int, str]:
    """The letters and digits of Unicode's mathematical alphabets (U+1D400–U+1D7FF), each to its plain one."""
    table = {}
    for cp in range(0x1D400, 0x1D800):
        plain = unicodedata.normalize("NFKC", chr(cp))
        if plain != chr(cp) and len(plain) == 1 and plain.isalnum() and plain.isascii():
            table[cp] = plain
    return table


_MATH_LETTERS = _math_letters()


def plain_letters(text: str) -> tuple[str, bool]:
    """Text written in the bold (or italic, sans-serif…) letters of Unicode's mathematical alphabets, as posts on
    social media fake bold ("𝗦𝗜𝗧𝗨𝗔𝗧𝗜𝗢𝗡"), in plain letters; and whether there were any, so that the text can be
    read as set in bold."""
    if not any(0x1D400 <= ord(c) < 0x1D800 for c in text):
        return text, False
    return text.translate(_MATH_LETTERS), True
