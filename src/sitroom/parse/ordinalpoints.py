"""Points a Chinese paragraph counts off in its sentences: "一是组织专家开展排查。二是向受灾群众发放物资。" ("first
…, second …"). Each counted sentence is a point of its own, as a list would give it."""

from __future__ import annotations

import re
from dataclasses import replace

from sitroom.model import BlockKind
from sitroom.parse.units import Unit

_COUNTED = re.compile(r"^\s*[一二三四五六七八九十]是")
# where the next counted point begins: after a full stop or a semicolon, "二是", "三是" … "十是"
_NEXT = re.compile(r"(?<=[。；;])\s*(?=[二三四五六七八九十]是)")


def split_ordinal_points(units: list[Unit]) -> list[Unit]:
    """The units with each paragraph or item that counts off its points ("一是…。二是…。") cut into one per point,
    each without its count."""
    out: list[Unit] = []
    for unit in units:
        # a counted point opens the unit: its paragraph may have been cut before it ("二是…。三是…。")
        if unit.kind is BlockKind.HEADING or not _COUNTED.match(unit.text):
            out.append(unit)
            continue
        start = unit.start
        for part in _NEXT.split(unit.text):
            # "一是" counts the point as "1." numbers one: its mark, not its words
            mark, text = part.strip()[:2], part.strip()[2:].strip()
            if text:
                point = replace(unit, text=text, kind=BlockKind.ITEM, start=start, end=start + len(part), bullet=mark)
                out.append(point)
            start += len(part)
    return out
