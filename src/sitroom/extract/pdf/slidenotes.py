"""A presentation printed as its notes pages: each page the slide drawn small in a frame at the top, the speaker's
notes under it. The slides are the report; the notes are what the presenter means to say around them ("Talk: the
platoon leader", "Keep it short"), so they are left out and counted.

A notes page is told by its frame: a box of a slide's shape (4:3 to 16:9), across most of the page's width, in its
upper half, at the same place on most pages of a portrait document, with text inside it.
"""

from __future__ import annotations

from sitroom.extract.pdf.structs import PageData

# a slide is 4:3, 16:10 or 16:9 (and a little either way for the frame's line)
_ASPECT = (1.25, 1.85)
_WIDE = 0.6  # of the page's width
_SAME = 3.0  # points: the frame's size and left edge on every page, give or take its line
_MOST = 2 / 3


def drop_speaker_notes(pages: list[PageData]) -> None:
    """Leave out the notes under the slide on each notes page, when most pages of a portrait document are."""
    frames = [_slide_frame(p) for p in pages]
    found = [f for f in frames if f is not None]
    if len(found) < 2 or len(found) < _MOST * len(pages):
        return
    # the slide drawn at one size and across from one edge on each page (its height on the page may shift a little)
    like = max(found, key=lambda f: sum(_alike(f, g) for g in found))
    if sum(_alike(like, g) for g in found) < _MOST * len(pages):
        return
    for page, frame in zip(pages, frames, strict=True):
        if frame is None or not _alike(like, frame):
            continue
        bottom = frame[1]
        notes = [f for f in page.frags if f.top < bottom]
        if notes:
            page.drop("speaker notes", len(notes))
            page.frags = [f for f in page.frags if f.top >= bottom]


def _alike(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return (
        abs(a[0] - b[0]) <= _SAME
        and abs((a[2] - a[0]) - (b[2] - b[0])) <= _SAME
        and abs((a[3] - a[1]) - (b[3] - b[1])) <= _SAME
    )


def _slide_frame(page: PageData) -> tuple[float, float, float, float] | None:
    """The frame of the slide on a portrait page: the one box of a slide's shape, in the page's upper half, with
    text inside it (a page of handouts draws two slides or more, one under the other)."""
    if page.height <= page.width:
        return None
    slides: list[tuple[float, float, float, float]] = []
    for x0, bottom, x1, top in page.frames:
        width, height = x1 - x0, top - bottom
        if height <= 0 or not _ASPECT[0] <= width / height <= _ASPECT[1] or width < _WIDE * page.width:
            continue
        inside = any(x0 <= f.x0 and f.x1 <= x1 and bottom <= f.bottom and f.top <= top for f in page.frags)
        # (the same box drawn twice, its fill and its line, is one slide)
        box = (x0, bottom, x1, top)
        if inside and not any(all(abs(a - b) <= _SAME for a, b in zip(s, box, strict=True)) for s in slides):
            slides.append(box)
    return slides[0] if len(slides) == 1 and slides[0][1] >= page.height / 2 else None
