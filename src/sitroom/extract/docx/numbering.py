"""Word list definitions (numbering.xml) and the running counters that render list labels."""

from __future__ import annotations

import re
from typing import Any

from sitroom.extract.docx.ooxml import VAL, W, to_int
from sitroom.extract.docx.patterns import SYMBOL_BULLETS
from sitroom.extract.docx.styles import left_indent

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(n: int) -> str:
    out = []
    for v, s in _ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb, ...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


# the letters Word counts with in other scripts, in its order for each format
_SCRIPT_LETTERS = {
    "arabicAbjad": "أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ".split(),
    "arabicAlpha": "أ ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن هـ و ي".split(),
    "hebrew2": "א ב ג ד ה ו ז ח ט י כ ל מ נ ס ע פ צ ק ר ש ת".split(),
    "russianLower": "а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ э ю я".split(),
    "thaiLetters": "ก ข ค ง จ ฉ ช ซ ฌ ญ ฎ ฏ ฐ ฑ ฒ ณ ด ต ถ ท ธ น บ ป ผ ฝ พ ฟ ภ ม ย ร ล ว ศ ษ ส ห ฬ อ ฮ".split(),
}
# digits of other scripts Word numbers with: Arabic-Indic ("hindiNumbers"), Thai, full width
_SCRIPT_DIGITS = {"hindiNumbers": "٠١٢٣٤٥٦٧٨٩", "thaiNumbers": "๐๑๒๓๔๕๖๗๘๙", "decimalFullWidth": "０１２３４５６７８９"}
# Hebrew numerals ("hebrew1"): letters adding up to the number, 15 and 16 written ט״ו and ט״ז by custom
_HEBREW_VALUES = ((400, "ת"), (300, "ש"), (200, "ר"), (100, "ק"), (90, "צ"), (80, "פ"), (70, "ע"), (60, "ס"),
                  (50, "נ"), (40, "מ"), (30, "ל"), (20, "כ"), (10, "י"), (9, "ט"), (8, "ח"), (7, "ז"), (6, "ו"),
                  (5, "ה"), (4, "ד"), (3, "ג"), (2, "ב"), (1, "א"))  # fmt: skip


def _hebrew(n: int) -> str:
    out, rest = [], n % 1000
    for value, letter in _HEBREW_VALUES:
        if rest in (15, 16):
            out.append("ט" + ("ו" if rest == 15 else "ז"))
            break
        while rest >= value:
            out.append(letter)
            rest -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """A list counter rendered in a Word number format (decimal, lowerLetter, upperRoman, and the letters and
    digits of other scripts: arabicAbjad, hebrew1, russianUpper, hindiNumbers ...)."""
    if fmt in _SCRIPT_LETTERS or fmt == "russianUpper":
        letters = _SCRIPT_LETTERS.get(fmt, _SCRIPT_LETTERS["russianLower"])
        # past the last letter Word doubles it, as it does a, b … z, aa
        letter = letters[(n - 1) % len(letters)] * ((n - 1) // len(letters) + 1) if n > 0 else ""
        return letter.upper() if fmt == "russianUpper" else letter
    if fmt in _SCRIPT_DIGITS:
        return str(n).translate(str.maketrans("0123456789", _SCRIPT_DIGITS[fmt]))
    if fmt == "hebrew1":
        return _hebrew(n)
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """Word list definitions and running counters, to render each list paragraph's label."""

    def __init__(self, root: Any | None) -> None:
        self._abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._indents: dict[str, dict[int, int]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        if root is None:
            return
        for ab in root.iter(W + "abstractNum"):
            ab_id = ab.get(W + "abstractNumId", "")
            self._abstract[ab_id] = self._levels(ab)
            self._indents[ab_id] = self._level_indents(ab)
        for num in root.iter(W + "num"):
            ab_el = num.find(W + "abstractNumId")
            if ab_el is None:
                continue
            starts: dict[int, int] = {}
            for ov in num.iter(W + "lvlOverride"):
                so = ov.find(W + "startOverride")
                if so is not None:
                    starts[to_int(ov.get(W + "ilvl"))] = to_int(so.get(VAL), 1)
            self._nums[num.get(W + "numId", "")] = (ab_el.get(VAL, ""), starts)

    @staticmethod
    def _levels(ab: Any) -> dict[int, tuple[str, str, int]]:
        levels = {}
        for lvl in ab.iter(W + "lvl"):
            fmt, text, start = lvl.find(W + "numFmt"), lvl.find(W + "lvlText"), lvl.find(W + "start")
            levels[to_int(lvl.get(W + "ilvl"))] = (
                fmt.get(VAL, "decimal") if fmt is not None else "decimal",
                text.get(VAL, "") if text is not None else "",
                to_int(start.get(VAL), 1) if start is not None else 1,
            )
        return levels

    @staticmethod
    def _level_indents(ab: Any) -> dict[int, int]:
        indents = {}
        for lvl in ab.iter(W + "lvl"):
            ppr = lvl.find(W + "pPr")
            indent = left_indent(ppr) if ppr is not None else None
            if indent is not None:
                indents[to_int(lvl.get(W + "ilvl"))] = indent
        return indents

    def indent(self, num_id: str, ilvl: int) -> int | None:
        """The left indent (twips) a list level gives its paragraphs, None when it sets none."""
        num = self._nums.get(num_id)
        return None if num is None else self._indents.get(num[0], {}).get(ilvl)

    def level(self, num_id: str, ilvl: int) -> tuple[str, str, int] | None:
        """(numFmt, lvlText, start) of a list level, or None when the list is unknown."""
        num = self._nums.get(num_id)
        if num is None:
            return None
        return self._abstract.get(num[0], {}).get(ilvl)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of this list level and render its label ("•", "1.", "a)", "I.")."""
        lvl = self.level(num_id, ilvl)
        if lvl is None:
            return ""
        fmt, text, _start = lvl
        if fmt == "bullet":
            glyph = "".join(SYMBOL_BULLETS.get(c, c) for c in text).strip()
            # A letter in a symbol font ("l" in Wingdings, as LibreOffice writes it) draws a bullet;
            # only the "o" of Word's second-level bullet is drawn as the letter itself.
            if not glyph or (len(glyph) == 1 and glyph.isalnum() and glyph != "o"):
                return "•"
            return glyph
        if fmt == "none":
            return ""
        counters = self._counters.setdefault(num_id, [0] * 9)
        ilvl = max(0, min(ilvl, 8))
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else self._start(num_id, ilvl)
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0

        def render(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            k_lvl = self.level(num_id, k)
            value = counters[k] or (k_lvl[2] if k_lvl else 1)
            return format_number(value, k_lvl[0] if k_lvl else "decimal")

        return re.sub(r"%([1-9])", render, text).strip()

    def heading_label(self, num_id: str | None, ilvl: int) -> str:
        """The rendered number of a numbered heading ("" for bullets and plain headings)."""
        lvl = self.level(num_id, ilvl) if num_id is not None else None
        if lvl is None or num_id is None:
            return ""
        label = self.label(num_id, ilvl)
        return "" if lvl[0] == "bullet" else label

    def _start(self, num_id: str, ilvl: int) -> int:
        num = self._nums.get(num_id)
        if num and ilvl in num[1]:
            return num[1][ilvl]
        lvl = self.level(num_id, ilvl)
        return lvl[2] if lvl else 1
