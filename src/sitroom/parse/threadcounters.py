"""A post's place in its thread: "(2/7)", "3/7" closing each post of a thread unrolled into one page. It numbers the
post, not anything the report states; taken off the end of the post's last line, where the thread's posts count
to one total."""

from __future__ import annotations

import re
from collections import Counter

from sitroom.parse.units import Unit

_COUNTER = re.compile(r"\s*[(\[]?(?P<n>\d{1,2})\s*/\s*(?P<of>\d{1,2})[)\]]?\s*$")
MIN_POSTS = 3  # counters to one total on this many lines at least: a thread, not a fraction in a sentence


def strip_thread_counters(units: list[Unit]) -> int:
    """Take the thread's counters off the end of the units' texts in place; how many were taken."""
    found = {id(u): m for u in units if (m := _COUNTER.search(u.text))}
    totals = Counter(m["of"] for m in found.values() if 0 < int(m["n"]) <= int(m["of"]))
    if not totals or (total := totals.most_common(1)[0])[1] < MIN_POSTS:
        return 0
    taken = 0
    for u in units:
        m = found.get(id(u))
        if m is None or m["of"] != total[0] or not 0 < int(m["n"]) <= int(m["of"]):
            continue
        head = u.text[: m.start()].rstrip()
        if head and any(c.isalpha() for c in head):
            u.text = head
            taken += 1
    return taken
