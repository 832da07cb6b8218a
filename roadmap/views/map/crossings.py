"""Edge crossings of a drawn dependency map, ours or graphviz dot's, counted the same way.

A crossing is two dependency links, drawn as straight lines between their
boxes' centres, that cut each other without sharing an end. The benchmark
reports the count for our layered layout next to dot's on the same graph,
so a change to the layout shows whether the map got easier to read.
"""

from __future__ import annotations

import subprocess
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

Point = tuple[float, float]
Segment = tuple[Point, Point]
K = TypeVar("K", bound=Hashable)


def _orientation(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def segments_cross(first: Segment, second: Segment) -> bool:
    """True when the two segments cut each other at a point inside both."""
    (a, b), (c, d) = first, second
    d1, d2 = _orientation(c, d, a), _orientation(c, d, b)
    d3, d4 = _orientation(a, b, c), _orientation(a, b, d)
    return d1 * d2 < 0 and d3 * d4 < 0


def count_crossings(positions: Mapping[K, Point], edges: Iterable[tuple[K, K]]) -> int:
    """How many pairs of `edges` (tail, head) cross, drawn between `positions`.

    Pairs that share an end never count. A sweep over the segments' left
    ends keeps the work near-linear for the short links of a layered map.
    """
    segments: list[tuple[float, float, Segment, K, K]] = []
    for tail, head in edges:
        if tail in positions and head in positions and tail != head:
            p, q = positions[tail], positions[head]
            segments.append((min(p[0], q[0]), max(p[0], q[0]), (p, q), tail, head))
    segments.sort(key=lambda s: s[0])
    crossings = 0
    for index, (_left, right, segment, tail, head) in enumerate(segments):
        low, high = sorted((segment[0][1], segment[1][1]))
        for other_left, _r, other, other_tail, other_head in segments[index + 1:]:
            if other_left > right:
                break
            if {tail, head} & {other_tail, other_head}:
                continue
            other_low, other_high = sorted((other[0][1], other[1][1]))
            if other_high < low or other_low > high:
                continue
            if segments_cross(segment, other):
                crossings += 1
    return crossings


def dot_positions(nodes: Iterable[str], edges: Iterable[tuple[str, str]],
                  dot: str = "dot", timeout: float = 600) -> dict[str, Point]:
    """Node centres of graphviz dot's left-to-right layout of the graph (`dot -Tplain`).

    Raises OSError when dot is not installed and subprocess errors when it fails.
    """
    lines = ["digraph G {", "rankdir=LR;", "node [shape=box, width=1.8, height=0.5];"]
    lines += [f'"{n}";' for n in nodes]
    lines += [f'"{a}" -> "{b}";' for a, b in edges]
    lines.append("}")
    done = subprocess.run([dot, "-Tplain"], input="\n".join(lines), capture_output=True,
                          text=True, timeout=timeout, check=True)
    found: dict[str, Point] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == "node" and len(parts) >= 4:
            found[parts[1].strip('"')] = (float(parts[2]), float(parts[3]))
    return found
