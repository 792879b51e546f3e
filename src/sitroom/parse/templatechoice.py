"""Which built-in template a document follows, if any: one whose sections it mostly has, never a guess."""

from __future__ import annotations

from sitroom.model import BlockKind, Document
from sitroom.parse.headings import looks_like_heading_text, template_section
from sitroom.templates import Template, available_templates

# A template is chosen automatically only when more than this share of its sections is found
# (and never fewer than two): a title word or a couple of common headings do not make a series.
MIN_SHARE = 0.5
MIN_AUTO_SECTIONS = 2


def _candidate_texts(doc: Document) -> list[str]:
    """Texts that could be headings: short blocks and lines."""
    return [b.text for b in doc.blocks if b.kind is not BlockKind.ITEM and len(b.text) <= 120]


def choose_template(doc: Document, templates: list[Template] | None = None) -> Template | None:
    """The template most of whose sections the document has, or None: a template never guesses.

    The title only breaks a tie between templates that already qualify by their sections.
    """
    templates = templates if templates is not None else available_templates()
    texts = [t for t in _candidate_texts(doc) if looks_like_heading_text(t)]
    head = (" ".join(b.text for b in doc.blocks[:15]) + " " + (doc.title or "")).lower()
    best, best_score = None, 0.0
    for t in templates:
        found = {id(sec) for text in texts if (sec := template_section(t, text)[0]) is not None}
        share = len(found) / len(t.sections) if t.sections else 0.0
        if len(found) < MIN_AUTO_SECTIONS or share <= MIN_SHARE:
            continue
        score = share + len(found) * 0.01 + (0.001 if any(p.lower() in head for p in t.title_patterns) else 0.0)
        if score > best_score:
            best, best_score = t, score
    return best
