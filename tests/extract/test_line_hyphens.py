"""A word split across lines with any hyphen character is one word again, in PDF and in plain text."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pypdfium2
import pytest
import weasyprint

from sitroom.extract import extract_bytes
from sitroom.extract.pdf.hyphens import join_lines as join_pdf_lines
from sitroom.extract.pdf.hyphens import word_counts
from sitroom.read import parse_text
from sitroom.text.glyphs import join_lines

TEXT = (
    "Pre-deployment of pumps and sandbags to the known hot spots; escalation of problem cases to the "
    "regional testing cell; advice leaflets and cleaning kits issued with environmental health colleagues; "
    "accommodation for displaced households remains available notwithstanding the demand; "
    "the contingency stock cannot be replenished before the weekend."
)
HYPHENS = "\u2010\u2011\u00ad"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _weasy(hyphenation: str, text: str) -> bytes:
    html = (
        "<html lang='en-GB'><head><meta charset='utf-8'><style>@page { size: A5; margin: 2cm }"
        f" body {{ font: 11pt sans-serif; width: 5cm }} p {{ text-align: justify; hyphens: {hyphenation} }}"
        f"</style></head><body><h1>Risks</h1><p>{text}</p></body></html>"
    )
    return weasyprint.HTML(string=html).write_pdf()


def _soft_hyphenated(text: str) -> str:
    """Every word of seven letters or more given a soft hyphen after its third letter."""
    return re.sub(r"\b([a-z]{3})([a-z]{4,})\b", "\\1&shy;\\2", text)


def _reportlab(hyphen: str) -> bytes:
    """Lines drawn one by one, each word broken at the line end with ``hyphen``."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")
    ttfonts = pytest.importorskip("reportlab.pdfbase.ttfonts")
    if not DEJAVU.exists():
        pytest.skip("no DejaVu font to draw U+2010 with")
    pdfmetrics.registerFont(ttfonts.TTFont("DejaVu", str(DEJAVU)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("DejaVu", 16)
    c.drawString(72, 760, "Risks")
    c.setFont("DejaVu", 11)
    lines, line = [], ""
    for word in TEXT.split():
        if len(line) + len(word) > 38 and len(word) >= 7 and word.isalpha():
            lines.append(f"{line} {word[:3]}{hyphen}".strip())
            line = word[3:]
        elif len(line) + len(word) > 38:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    for i, text in enumerate(lines):
        c.drawString(72, 730 - 14 * i, text)
    c.save()
    return buf.getvalue()


LAYOUTS = {
    "weasyprint-auto-hyphens": lambda: _weasy("auto", TEXT),
    "weasyprint-soft-hyphens": lambda: _weasy("manual", _soft_hyphenated(TEXT)),
    "reportlab-u2010-line-ends": lambda: _reportlab("\u2010"),
    "reportlab-ascii-line-ends": lambda: _reportlab("-"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_words_broken_at_pdf_line_ends_are_whole_again(layout):
    pdf = LAYOUTS[layout]()
    raw = "\n".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf))
    # the layout did break words at line ends (pdfium marks a hyphen it took for a break with U+FFFE)
    assert re.search(rf"[a-z](?:[-{HYPHENS}]\s*\r?\n|\ufffe)", raw)
    text = " ".join(b.text for b in extract_bytes(pdf, "risks.pdf").blocks)
    assert not re.search(f"[{HYPHENS}]", text)
    assert Counter(re.findall(r"[\w-]+", text)) >= Counter(re.findall(r"[\w-]+", TEXT))


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u2011", "\u00ad"])
@pytest.mark.parametrize("indent", ["", "  "])
def test_words_broken_at_text_line_ends_are_whole_again(hyphen, indent):
    text = (
        f"RISKS\n\n{indent}• Escalation of prob{hyphen}\n{indent}  lem cases to the regional testing cell;\n"
        f"{indent}• Ad{hyphen}\n{indent}  vice leaflets issued with health colleagues.\n"
    )
    items = [i.text for i in parse_text(text, "risks.txt").items()]
    assert items == [
        "Escalation of problem cases to the regional testing cell;",
        "Advice leaflets issued with health colleagues.",
    ]


def test_a_typesetters_hyphen_splits_a_word_unless_the_document_writes_the_compound():
    words = word_counts(["the stock can\u2010", "not be replenished", "a long stay", "the term ends"])
    assert join_pdf_lines(["the stock can\u2010", "not be replenished"], words) == "the stock cannot be replenished"
    # a writer's "-" between two words of the document still makes a compound
    assert join_pdf_lines(["long-", "term care"], words) == "long-term care"
    written = word_counts(["can-not", "the stock can\u2010", "not be replenished"])
    assert join_pdf_lines(["the stock can\u2010", "not"], written) == "the stock can\u2010not"
    # the part before a line-end hyphen is no word of the document by being written there
    assert word_counts(["continued priorit\u2010", "ising and re-prioritising"])["priorit"] == 0
    assert join_lines(["Ad\u00ad", "vice"]) == "Advice"
