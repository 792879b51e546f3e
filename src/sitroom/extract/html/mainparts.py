"""Where a page's content is, among its parts: one column of several is not the whole of it, and one section of
the content a page names (``<main>``) is not either."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

COLUMN_SHARE = 0.25


def column_of_several(node: LexborNode, prose: dict[int, int], total: int) -> bool:
    """A sibling of ``node`` holds sections of its own, headed, with a good share of the page's prose: another
    column of the content (a footer's address or a list of links is none)."""
    parent = node.parent
    return parent is not None and any(
        sib.mem_id != node.mem_id
        and prose.get(sib.mem_id, 0) >= COLUMN_SHARE * total
        and sib.css_first("h2, h3, h4, h5, h6") is not None
        for sib in parent.iter()
    )


def named_main(body: LexborNode, prose: dict[int, int], total: int) -> LexborNode | None:
    """The ``<main>`` (or ``role=main``) holding most of the prose, when the page names its content."""
    named = [n for n in body.css("main, [role=main]") if prose.get(n.mem_id, 0) >= 0.6 * total]
    return min(named, key=lambda n: len(n.text(deep=True)), default=None)


def one_section_of_several(node: LexborNode, main: LexborNode) -> bool:
    """Whether ``node`` is, or lies in, one ``<section>`` of several inside the page's named main content.

    The sections of what a page names as its content are all parts of the report, however short beside
    a long one: the largest of them is not the whole.
    """
    anc = node
    while anc is not None and anc.mem_id != main.mem_id:
        parent = anc.parent
        if (
            anc.tag == "section"
            and parent is not None
            and any(sib.tag == "section" and sib.mem_id != anc.mem_id for sib in parent.iter())
        ):
            return True
        anc = parent
    return False
