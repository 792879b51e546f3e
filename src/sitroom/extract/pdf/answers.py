"""A form's answers printed as text: each question heads its answer, a short answer is a detail.

An online form's response, printed from the browser (a survey tool's "individual response" view), sets
each question as a line of its own over the answer typed into it, a required question marked with a
trailing "*". A reader tells the questions by the style the marked ones share, unmarked ones included:
the question over a long answer (a paragraph, points) heads it; a short one-line answer (a name, a
date, a number) is one of the report's details, as a one-line field of a fillable form is
(:mod:`sitroom.extract.pdf.fields`); a question over a column of options set in past it (the drawn
circles and boxes of a choice) is the form's own, and left out with them. Nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter

from sitroom.extract.pdf.structs import Frag, PageData, in_reading_order
from sitroom.extract.pdf.text import WORD, sentence_like

_REQUIRED = re.compile(r"\s\*$")  # "Report date *": the mark of a required question
_QUESTION_WORDS = 14
_DETAIL_WORDS = 8  # a one-line answer this short is a detail (as a form field's)
_OPTION_WORDS = 5


def read_printed_answers(pages: list[PageData]) -> None:
    """Mark the questions of a printed form's response as heading their answers (``label``), their "*"
    taken off; take the short answers out as the page's details and the choices out as the form's."""
    marked = [f for p in pages for f in p.frags if _REQUIRED.search(f.text) and _alone(f, p)]
    styles = Counter((round(f.size, 1), f.bold) for f in marked)
    if not styles or (common := styles.most_common(1)[0])[1] < 2:
        return
    style = common[0]
    edges = [f.x0 for f in marked if (round(f.size, 1), f.bold) == style]
    # the pages' lines in one run: an answer goes on over a page break
    lines = [(page, f) for page in pages for f in in_reading_order(page.frags)]
    asks = [n for n, (_, f) in enumerate(lines) if _asks(f, style, edges)]
    gone: set[int] = set()
    for at, n in enumerate(asks):
        page, question = lines[n]
        end = asks[at + 1] if at + 1 < len(asks) else len(lines)
        answer: list[Frag] = []
        for on, f in lines[n + 1 : end]:
            # the answer is set smaller or plainer than the question, in one size, under it and no further left
            plainer = f.size < question.size - 0.3 or (question.bold and not f.bold and f.size < question.size + 0.3)
            if answer and (abs(f.size - answer[0].size) >= 0.3 or f.bold != answer[0].bold):
                plainer = False
            if not plainer or f.x0 < question.x0 - 3 or (on is page and f.bottom > question.bottom):
                break
            answer.append(f)
        label = _REQUIRED.sub("", question.text).strip()
        if _options(question, answer):
            gone.update(id(f) for f in (question, *answer))
            page.drop("form choice", 1 + len(answer))
        elif is_detail(answer):
            gone.update(id(f) for f in (question, *answer))
            page.details.append((label, answer[0].text.strip()))
            page.drop("form field", 2)
        else:
            question.text, question.label = label, True
    if gone:
        for page in pages:
            page.frags = [f for f in page.frags if id(f) not in gone]


def _alone(f: Frag, page: PageData) -> bool:
    """No other text on the line's baseline (a table's header cell has its row beside it)."""
    return not any(g is not f and abs(g.mid - f.mid) < 0.3 * f.size for g in page.frags)


def _asks(f: Frag, style: tuple[float, bool], edges: list[float]) -> bool:
    """The line is set as the questions are: their size and weight, at their left edge, a few words and
    no sentence."""
    text = _REQUIRED.sub("", f.text)
    return (
        (round(f.size, 1), f.bold) == style
        and any(abs(f.x0 - x) < 3 for x in edges)
        and 0 < len(WORD.findall(text)) <= _QUESTION_WORDS
        and not text.rstrip().endswith((".", ";", "!"))
        and f.bullet is None
    )


def is_detail(answer: list[Frag]) -> bool:
    """One short line that states a particular (a name, a date, a number), not a sentence or a point."""
    if len(answer) != 1:
        return False
    f = answer[0]
    return f.bullet is None and len(f.text.split()) <= _DETAIL_WORDS and not sentence_like(f.text)


def _options(question: Frag, answer: list[Frag]) -> bool:
    """Two or more short lines set in past the question, as the labels of drawn circles or boxes are."""
    return len(answer) >= 2 and all(
        f.bullet is None
        and f.x0 > question.x0 + 0.8 * f.size
        and len(WORD.findall(f.text)) <= _OPTION_WORDS
        and not f.text.rstrip().endswith((".", ";", "!", ":"))
        for f in answer
    )
