"""What the ``blind25_layouts`` PDF writers share: reportlab's CID fonts (Adobe's CJK collections, named in the PDF and
never embedded, so no font file is needed to write them), line breaking as Chinese and Japanese typesetting breaks a
line — between any two letters, never before a closing mark or after an opening one (kinsoku), a run of Latin letters
and digits kept whole — and as Korean word processors break it, between words; lines set full to the measure by
letter spacing; and the bold a CID font lacks, drawn as a word processor fakes it, by stroking the letters."""

from __future__ import annotations

import re
from collections.abc import Iterable

NO_START = set("，。、；：！？）」』】〕〉》％%,.:;!?)・ー々ゝゞ〜～…—’”")
NO_END = set("（「『【〔〈《(‘“")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9,.%\-/:]*[A-Za-z0-9%]|[A-Za-z0-9]|\s|.", re.S)


def register(*names: str) -> None:
    """Register reportlab's built-in CID fonts ``names`` ("STSong-Light", "HeiseiMin-W3" …) once."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    have = set(pdfmetrics.getRegisteredFontNames())
    for name in names:
        if name not in have:
            pdfmetrics.registerFont(UnicodeCIDFont(name))


def width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, measure: float, first: float | None = None) -> list[str]:
    """``text`` broken into lines of at most ``measure`` points (``first`` for the first line), between any two
    letters, a Latin word or figure kept whole, no line opening with a closing mark nor ending with an opening one."""
    lines: list[str] = []
    line = ""
    room = measure if first is None else first
    for tok in _TOKEN.findall(text):
        if not line and tok.isspace():
            continue
        if width(line + tok, font, size) <= room or not line or tok[0] in NO_START:
            line += tok
            continue
        carry = ""
        while line and line[-1] in NO_END:
            line, carry = line[:-1], line[-1] + carry
        lines.append(line.rstrip())
        line, room = (carry + tok).lstrip(), measure
    if line.strip():
        lines.append(line.rstrip())
    return lines


def wrap_words(text: str, font: str, size: float, measure: float, first: float | None = None) -> list[str]:
    """``text`` broken between words only, as a Korean word processor breaks a line by default."""
    lines: list[str] = []
    line = ""
    room = measure if first is None else first
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and width(trial, font, size) > room:
            lines.append(line)
            line, room = word, measure
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def draw(c, x: float, y: float, text: str, font: str, size: float, bold: bool = False, full: float = 0.0,
         colour: tuple[float, float, float] = (0, 0, 0), space: float | None = None) -> float:  # fmt: skip
    """Draw ``text`` at (x, y); set full to ``full`` points by letter spacing where given; bold by stroking the
    letters; ``space`` is a letter spacing given outright. The x where the text ends."""
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setFillColorRGB(*colour)
    natural = width(text, font, size)
    # the text state (letter spacing, render mode) outlives a text object: set both every time
    if space is None:
        space = (full - natural) / (len(text) - 1) if full and len(text) > 1 and natural < full else 0.0
    t.setCharSpace(space)
    t.setTextRenderMode(2 if bold else 0)
    if bold:
        c.setStrokeColorRGB(*colour)
        c.setLineWidth(size * 0.035)
    t.textOut(text)
    c.drawText(t)
    if bold:
        c.setLineWidth(1)
        c.setStrokeColorRGB(0, 0, 0)
    return x + natural + space * len(text)


def draw_runs(c, x: float, y: float, runs: Iterable[tuple[str, bool]], font: str, size: float) -> float:
    """Draw runs of (text, bold) one after the other from (x, y); the x where they end."""
    for text, bold in runs:
        x = draw(c, x, y, text, font, size, bold)
    return x


def split_line(line: str, spans: list[tuple[int, int]], offset: int) -> list[tuple[str, bool]]:
    """The runs (text, bold) of one wrapped ``line`` that starts at ``offset`` of its paragraph's text, bold where a
    span of ``spans`` (start, end in the paragraph's text) covers it."""
    runs: list[tuple[str, bool]] = []
    for k, ch in enumerate(line):
        pos = offset + k
        bold = any(a <= pos < b for a, b in spans)
        if runs and runs[-1][1] == bold:
            runs[-1] = (runs[-1][0] + ch, bold)
        else:
            runs.append((ch, bold))
    return runs
