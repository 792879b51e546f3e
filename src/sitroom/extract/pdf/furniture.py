"""Page furniture: running headers and footers, page numbers, and captions over pictures and tables."""

from __future__ import annotations

from collections import defaultdict

from sitroom.extract.pdf.structs import Frag, PageData
from sitroom.extract.pdf.text import PAGE_NO, WORD, headingish, norm_furniture


def remove_furniture(pages: list[PageData]) -> None:
    """Drop running headers/footers (same text at the same height on 2+ pages) and page numbers."""
    seen: dict[str, set[int]] = defaultdict(set)
    where: dict[tuple[str, int], set[int]] = defaultdict(set)
    for p in pages:
        for f in p.frags:
            key = norm_furniture(f.text)
            where[(key, round(f.top / 6))].add(p.number)
            seen[key].add(p.number)
    repeated = {k for (k, _), nums in where.items() if len(nums) >= 2 and len(pages) >= 2}
    # a repeated line (table header repeated after a page break) goes wherever it appears
    for p in pages:
        edge = 0.09 * p.height
        keep = []
        for f in p.frags:
            key = norm_furniture(f.text)
            near_edge = f.top > p.height - edge or f.bottom < edge
            wordy = len(WORD.findall(f.text)) >= 1 and sum(c.isalpha() for c in f.text) >= 4
            if key in repeated and wordy and (near_edge or len(f.text) < 60):
                continue
            if near_edge and PAGE_NO.match(f.text):
                continue
            keep.append(f)
        p.frags = keep


def over_box(page: PageData, f: Frag, body: float) -> bool:
    """A styled line sitting right on top of a picture or a data table is that object's caption."""
    if not headingish(f, body) or len(WORD.findall(f.text)) < 4:  # terse banners are section headings
        return False
    for x0, _bottom, x1, top in page.boxes:
        overlap = min(x1, f.x1) - max(x0, f.x0)
        if overlap > 0.5 * (f.x1 - f.x0) and -4 <= f.bottom - top <= 2.5 * f.size:
            return True
    return False
