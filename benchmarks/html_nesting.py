"""Deeply nested HTML: time to read a page of N nested elements (should grow linearly with N).

    python benchmarks/html_nesting.py [--depths 10000,40000,100000]

Each page holds a heading, a paragraph, then N nested ``<div>`` (and, as a second shape, N nested
``<ul><li>``) around one more paragraph. Printed: seconds of ``extract_bytes`` and the blocks read.
"""

from __future__ import annotations

import argparse
import time

from sitroom.extract import extract_bytes

SHAPES = {"div": ("<div>", "</div>"), "ul/li": ("<ul><li>", "</li></ul>")}


def page(depth: int, opener: str, closer: str) -> bytes:
    return (
        "<html><body><h1>Flood sitrep</h1><p>Relief goods were delivered to every evacuation centre.</p>"
        + opener * depth
        + "<p>Water levels are falling along the river in the northern districts.</p>"
        + closer * depth
        + "</body></html>"
    ).encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--depths", default="10000,40000,100000")
    args = ap.parse_args()
    extract_bytes(page(10, "<div>", "</div>"), "warm.html")  # imports and first-use costs out of the figures
    print(f"{'shape':<6} {'depth':>8} {'seconds':>8} {'blocks':>7}  warnings")
    for shape, (opener, closer) in SHAPES.items():
        for depth in (int(d) for d in args.depths.split(",")):
            data = page(depth, opener, closer)
            start = time.perf_counter()
            doc = extract_bytes(data, "deep.html")
            print(f"{shape:<6} {depth:>8} {time.perf_counter() - start:>8.2f} {len(doc.blocks):>7}  {doc.warnings}")


if __name__ == "__main__":
    main()
