"""A SmartArt graphic's text: Word keeps what its boxes say in the diagram's data part, not in the paragraph.

A SmartArt list or process ("Basic Block List", "Vertical Bullet List", "Basic Process") sets the writer's points in
boxes: a reader reads each box as a point, in the order the graphic gives them. An organisation chart, a cycle or a
picture's labels are a drawing of who reports to whom or how parts relate, no points: left out and counted.
"""

from __future__ import annotations

from typing import Any

DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
DATA_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm"
# the layout categories whose boxes hold the writer's points
POINT_LAYOUTS = frozenset({"list", "process"})
_MAX_POINTS = 200


def diagram_ids(p: Any) -> list[str]:
    """The relationship ids of the data parts of the SmartArt graphics drawn in paragraph ``p``."""
    return [rid for el in p.iter(DGM + "relIds") if (rid := el.get(DATA_REL))]


def diagram_points(model: Any) -> list[str] | None:
    """The text of a SmartArt list's or process's boxes, parent before children and siblings in their order, empty
    boxes left out; None for another graphic (an organisation chart: its boxes are no points)."""
    points = {pt.get("modelId"): pt for pt in model.iter(DGM + "pt")}
    doc = next((pt for pt in points.values() if pt.get("type") == "doc"), None)
    if doc is None:
        return []
    settings = doc.find(DGM + "prSet")
    if (settings.get("loCatId") if settings is not None else None) not in POINT_LAYOUTS:
        return None
    children: dict[str | None, list[tuple[int, str]]] = {}
    for cxn in model.iter(DGM + "cxn"):
        if cxn.get("type", "parOf") == "parOf":
            children.setdefault(cxn.get("srcId"), []).append((int(cxn.get("srcOrd") or 0), cxn.get("destId") or ""))
    texts: list[str] = []
    todo, seen = [doc.get("modelId")], set()
    while todo and len(texts) < _MAX_POINTS:
        pt = points.get(key := todo.pop())
        if pt is None or key in seen:
            continue
        seen.add(key)
        if pt.get("type", "node") == "node" and (text := _text(pt)):
            texts.append(text)
        todo.extend(dest for _, dest in sorted(children.get(pt.get("modelId"), []), reverse=True))
    return texts


def _text(pt: Any) -> str:
    body = pt.find(DGM + "t")
    if body is None:
        return ""
    paras = ("".join(t.text or "" for t in para.iter(A + "t")) for para in body.iter(A + "p"))
    return " ".join(" ".join(para.split()) for para in paras if para.strip())
