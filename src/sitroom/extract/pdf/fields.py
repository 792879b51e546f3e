"""A fillable form that was never flattened shows its answers in its fields: what a reader sees in a field
is text of the page.

A form sent back filled in but not flattened keeps its answers as the values of its fields (widget
annotations), not in the page's text: the page itself prints only the form's labels. The values are read
here and set at their widgets' rectangles, as the viewer shows them (in the field's font size if it has
one, else in the body's), so that the layout analysis reads the printed labels and the answers in order.

A multi-line field holds an answer: its value's lines (wrapped at the field's width as the viewer wraps
them) become lines of the page, under the printed label that asks for it. A one-line field with a few
words in it and a check box are the form's details (the centre, the report's number and date, who
completed it, a box ticked): like a details table, they describe the report, so they and their labels are
left out and counted, the number and date kept for the masthead. On a page whose answers are in its
fields, a printed sentence that labels no field is the form's instruction ("Complete every 12 hours …"),
not an answer, when the answers outweigh such sentences; the label over an answer heads it, a question
too. A flattened form has no fields left (its answers are page text) and an empty field adds nothing.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sitroom.extract.pdf.structs import Frag
from sitroom.extract.pdf.text import WORD, sentence_like

# a viewer insets a field's text from its border (its width and as much again), and sets its lines
# about 1.2 × the size apart
_INSET = 4.0
_PITCH = 1.2
# the glyphs of a line reach about this far above and below the baseline (× size), as pdfium's runs do
_ASCENT, _DESCENT = 0.72, 0.21
# a detail is a number, a date, a name or a short phrase; longer text in a one-line field is an answer
_DETAIL_WORDS = 8
# a label names a field in a few words, set right over it or before it on its line
_LABEL_WORDS = 12
_BESIDE = 150.0
_HIDDEN = pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW | pdfium_c.FPDF_ANNOT_FLAG_INVISIBLE
_TEXT = {pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX, pdfium_c.FPDF_FORMFIELD_LISTBOX}
_CHECK = {pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON}


@dataclass(slots=True)
class Field:
    """One widget of a form field as the page shows it."""

    x0: float
    bottom: float
    x1: float
    top: float
    value: str  # the text shown ("" when empty); a check box's "yes" or "no"
    size: float  # the font size set for the field; 0 when the viewer fits the text (auto)
    multiline: bool
    check: bool = False

    @property
    def detail(self) -> bool:
        """A check box, or a one-line field holding a few words: a detail of the form, not an answer."""
        if self.check:
            return True
        return not self.multiline and len(WORD.findall(self.value)) <= _DETAIL_WORDS and not sentence_like(self.value)


def init_forms(pdf: pdfium.PdfDocument) -> None:
    """Open the document's form, when it has one, so that its fields can be read (before any page is
    loaded); a form pdfium cannot open leaves the page text alone."""
    try:
        pdf.init_forms()
    except pdfium.PdfiumError:
        return


def read_fields(pdf: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[Field]:
    """The visible text fields, choice fields and check boxes of a page (the document's forms must have
    been initialised before its pages were loaded)."""
    form = pdf.formenv.raw if pdf.formenv else None
    if form is None:
        return []
    out: list[Field] = []
    rect = pdfium_c.FS_RECTF()
    size = ctypes.c_float()
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                continue
            if pdfium_c.FPDFAnnot_GetFlags(annot) & _HIDDEN or not pdfium_c.FPDFAnnot_GetRect(
                annot, ctypes.byref(rect)
            ):
                continue
            kind = pdfium_c.FPDFAnnot_GetFormFieldType(form, annot)
            flags = pdfium_c.FPDFAnnot_GetFormFieldFlags(form, annot)
            x0, x1 = sorted((rect.left, rect.right))
            bottom, top = sorted((rect.bottom, rect.top))
            if kind in _CHECK:
                checked = pdfium_c.FPDFAnnot_IsChecked(form, annot)
                out.append(Field(x0, bottom, x1, top, "yes" if checked else "no", 0.0, False, check=True))
            elif kind in _TEXT and not flags & pdfium_c.FPDF_FORMFLAG_TEXT_PASSWORD:
                if not pdfium_c.FPDFAnnot_GetFontSize(form, annot, ctypes.byref(size)):
                    size.value = 0.0
                multiline = kind == pdfium_c.FPDF_FORMFIELD_TEXTFIELD and bool(
                    flags & pdfium_c.FPDF_FORMFLAG_TEXT_MULTILINE
                )
                out.append(Field(x0, bottom, x1, top, _value(form, annot), max(size.value, 0.0), multiline))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return out


def _value(form: object, annot: object) -> str:
    n = pdfium_c.FPDFAnnot_GetFormFieldValue(form, annot, None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    pdfium_c.FPDFAnnot_GetFormFieldValue(form, annot, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), n)
    return buf.raw[: n - 2].decode("utf-16-le", "replace").replace("\r\n", "\n").replace("\r", "\n")


class _Measure:
    """Widths of text set in Helvetica, the face viewers fill fields in by default."""

    def __init__(self) -> None:
        self.doc = pdfium.PdfDocument.new()
        self.font = pdfium_c.FPDFText_LoadStandardFont(self.doc.raw, b"Helvetica")
        self.bounds = [ctypes.c_float() for _ in range(4)]

    def width(self, text: str, size: float) -> float:
        """The advance of ``text`` at ``size`` (an estimate when pdfium cannot set it)."""
        if not self.font or not text:
            return 0.5 * size * len(text)
        obj = pdfium_c.FPDFPageObj_CreateTextObj(self.doc.raw, self.font, size)
        try:
            wide = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(wide, pdfium_c.FPDF_WIDESTRING))
            if not pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in self.bounds)):
                return 0.5 * size * len(text)
            return max(self.bounds[2].value, 0.0)
        finally:
            pdfium_c.FPDFPageObj_Destroy(obj)

    def close(self) -> None:
        if self.font:
            pdfium_c.FPDFFont_Close(self.font)
        self.doc.close()


def value_runs(runs: list[Frag], fields: list[Field], body: float) -> list[Frag]:
    """The answers of the page's fields as runs of text at their widgets, one per line shown; a field
    whose value the page already prints there (a form flattened over its fields) adds nothing."""
    answers = [f for f in fields if not f.detail and f.value.strip()]
    if not answers:
        return []
    measure = _Measure()
    try:
        out: list[Frag] = []
        for field in answers:
            if not _printed(field, runs):
                out.extend(_lines(field, field.size or body, measure))
        return out
    finally:
        measure.close()


def _printed(field: Field, runs: list[Frag]) -> bool:
    """The page's own text inside the widget already begins with the value's first words."""
    inside = sorted(
        (
            r
            for r in runs
            if field.x0 - 1 <= (r.x0 + r.x1) / 2 <= field.x1 + 1 and field.bottom - 1 <= r.mid <= field.top + 1
        ),
        key=lambda r: (-round(r.top), r.x0),
    )
    shown = " ".join(" ".join(r.text.split()) for r in inside)
    first = " ".join(field.value.split()[:6])
    return bool(first) and first in shown


def _lines(field: Field, size: float, measure: _Measure) -> list[Frag]:
    """The value's lines as the viewer shows them: a multi-line field wraps each line at its width and
    sets them from its top down; a one-line field centres its one line in its height."""
    # only a line clearly too long for the box is wrapped: viewers differ by a point or two in their margins
    room = field.x1 - field.x0 - 2
    if field.multiline:
        lines = [w for line in field.value.split("\n") for w in _wrap(line, room, size, measure)]
    else:
        lines = [" ".join(field.value.split())]
    # lines the field cannot hold are shown as the viewer scrolls to them: kept, set closer together
    pitch = _PITCH * size
    n = len(lines)
    if n > 1 and n * pitch > field.top - field.bottom - 2 * _INSET:
        pitch = max((field.top - field.bottom - 2 * _INSET) / n, size)
    if field.multiline:
        baseline = field.top - _INSET - _ASCENT * size
    else:
        baseline = (field.top + field.bottom) / 2 - (_ASCENT - _DESCENT) * size / 2
    out = []
    for k, text in enumerate(lines):
        y = baseline - k * pitch
        if text.strip():
            x0 = field.x0 + _INSET
            # a one-line field too narrow for its value scrolls: the box still bounds what is seen
            x1 = max(min(x0 + measure.width(text, size), field.x1 - _INSET), x0 + size)
            out.append(Frag(text, x0, x1, y - _DESCENT * size, y + _ASCENT * size, size, False))
    return out


def _wrap(line: str, room: float, size: float, measure: _Measure) -> list[str]:
    """One line of a value broken at spaces where it would run past the field's edge."""
    words = line.split(" ")
    out: list[str] = []
    cur = ""
    for word in words:
        trial = f"{cur} {word}" if cur else word
        if cur and measure.width(trial.rstrip(), size) > room:
            out.append(cur)
            cur = word
        else:
            cur = trial
    out.append(cur)
    return out


def take_labels(
    frags: list[Frag], fields: list[Field], dropped: dict[str, int]
) -> tuple[list[Frag], list[tuple[str, str]]]:
    """The page's lines without the form's details (short fields and check boxes with their labels), and
    the details as (label, value); on a page whose answers are in its fields, without the printed
    sentences that label no field (the form's instructions) either."""
    if not fields:
        return frags, []
    taken: set[int] = set()
    details: list[tuple[str, str]] = []
    for field in fields:
        if not field.detail:
            continue
        label = _label(field, frags, taken)
        if label is not None:
            taken.add(id(label))
            details.append((label.text.strip(), field.value.strip()))
            dropped["form field"] = dropped.get("form field", 0) + 1
    out = [f for f in frags if id(f) not in taken]
    labels = _answer_labels(out, fields)
    answered = sum(len(WORD.findall(f.value)) for f in fields if not f.detail)
    # printed sentences that ask for no answer: the form's instructions when the answers outweigh them (a
    # report typed as page text, with a box for comments, is no form)
    told = [
        f
        for f in out
        if sentence_like(f.text) and id(f) not in labels and not any(_inside(f, field) for field in fields)
    ]
    if told and answered > sum(len(WORD.findall(f.text)) for f in told):
        dropped["form instruction"] = dropped.get("form instruction", 0) + len(told)
        gone = {id(f) for f in told}
        out = [f for f in out if id(f) not in gone]
    return out, details


def _answer_labels(frags: list[Frag], fields: list[Field]) -> set[int]:
    """The printed labels of the fields that hold answers, each with the lines it wraps from (a question
    set over two lines): marked as heading their answers, whatever their punctuation."""
    out: set[int] = set()
    for field in fields:
        if field.detail or (label := _label(field, frags, out)) is None:
            continue
        while label is not None:
            label.label = True
            out.add(id(label))
            head = label
            label = next(
                (
                    g
                    for g in frags
                    if id(g) not in out
                    and g.bold == head.bold
                    and abs(g.size - head.size) < 0.6
                    and abs(g.x0 - head.x0) < 4
                    and -2 <= g.bottom - head.top < 0.85 * head.size
                ),
                None,
            )
    return out


def _inside(f: Frag, field: Field) -> bool:
    return field.x0 - 1 <= (f.x0 + f.x1) / 2 <= field.x1 + 1 and field.bottom - 1 <= f.mid <= field.top + 1


def _label(field: Field, frags: list[Frag], taken: set[int]) -> Frag | None:
    """The printed line naming a field: inside its box (a caption in its corner), beside it on its line
    (before it, or after a check box), else right over it."""
    size = max(field.top - field.bottom, 8.0)
    level = [f for f in frags if field.bottom - 2 <= f.mid <= field.top + 2]
    best: tuple[float, Frag] | None = None
    for f in frags:
        if id(f) in taken or len(WORD.findall(f.text)) > _LABEL_WORDS or not WORD.search(f.text):
            continue
        if _inside(f, field):
            if " ".join(f.text.split()) in " ".join(field.value.split()):
                continue  # the value itself
            score = 0.0
        elif f in level and 0 <= field.x0 - f.x1 < _BESIDE and not _between(level, f.x1, field.x0):
            # labels set in a column of their own may stand well before their fields
            score = 1 + (field.x0 - f.x1) / _BESIDE
        elif field.check and f in level and 0 <= f.x0 - field.x1 < 2 * size and not _between(level, field.x1, f.x0):
            score = 1 + (f.x0 - field.x1) / _BESIDE
        elif 0 <= f.bottom - field.top < 1.5 * f.size + 4 and field.x0 - 4 <= f.x0 < field.x1:
            score = 4 + (f.bottom - field.top) / size
        else:
            continue
        if best is None or score < best[0]:
            best = (score, f)
    return best[1] if best else None


def _between(line: list[Frag], x0: float, x1: float) -> bool:
    """Some text of the line stands between ``x0`` and ``x1`` (the label is another's)."""
    return any(x0 - 0.5 < (f.x0 + f.x1) / 2 < x1 + 0.5 and f.x0 >= x0 - 0.5 and f.x1 <= x1 + 0.5 for f in line)
