"""Scripts written without spaces between words (Chinese, Japanese): a line broken inside such text runs on
with no space where it was broken, as its writer typed it."""

from __future__ import annotations

import re

# Han ideographs, kana, CJK symbols and punctuation, full-width forms
_UNSPACED = re.compile(
    "[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]"
)


def unspaced(ch: str) -> bool:
    """The character belongs to a script written without spaces between words."""
    return bool(ch) and _UNSPACED.match(ch) is not None


def has_unspaced(text: str) -> bool:
    """The text holds a character of a script written without spaces."""
    return _UNSPACED.search(text) is not None


# a word set with its letters spaced apart ("T E L E F A X", "S I T R E P"): capitals, one by one, four or more,
# a wider gap between words
_LETTER_SPACED = re.compile(r"^\s*[^\W\d_](?: {1,2}[^\W\d_]){3,}\s*$")


def close_letter_spacing(text: str) -> str:
    """A line of capitals set one by one with spaces between them, as letter-spaced type reads ("T E L E F A X"),
    as the words it spells ("TELEFAX"); a gap of two spaces or more parts its words. Any other text unchanged."""
    if _LETTER_SPACED.match(text) is None or not text.isupper():
        return text
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text.strip()))


def runs_on_unspaced(before: str, after: str) -> bool:
    """A line ending ``before`` runs on into ``after`` with no space: both sides of the break are letters or
    marks of a script written without spaces ("…受强降雨" / "影响…")."""
    return unspaced(before[-1:]) and unspaced(after[:1])


def join_unspaced(parts: list[str]) -> str:
    """The parts joined by a space, but for none between letters of a script written without spaces (a title set
    in two lines: "…关于强降雨洪涝灾害" and "有关情况的报告")."""
    out = ""
    for part in (p.strip() for p in parts):
        if part:
            out += part if not out or runs_on_unspaced(out, part) else " " + part
    return out


# The stops that end a sentence, in the scripts with a stop of their own: the full-width ones of Chinese and
# Japanese, the danda of the Indic scripts, the Arabic and Urdu question mark and full stop
SENTENCE_STOPS = (".", "!", "?", "。", "！", "？", "।", "؟", "۔")
# Characters of a script without spaces that make one word, as a reader counts them (most Chinese words are two)
CHARS_PER_WORD = 2


def word_count(text: str) -> int:
    """The words of ``text`` as a reader counts them: the spaced words, where a run of a script written without
    spaces counts one word for every two of its characters ("義工幫長者搬嘢上樓" is several words, not one)."""
    count = 0
    for token in text.split():
        unspaced_chars = len(_UNSPACED.findall(token))
        count += max(1, round(unspaced_chars / CHARS_PER_WORD)) if unspaced_chars else 1
    return count
