"""How the palette looks to colour-blind readers, so that it can be checked.

A roadmap is projected to a room and printed for a board; about one man in
twelve sees red and green poorly. Each colour is passed through the
Machado, Oliveira and Fernandes (2009) simulation of full dichromacy
(deuteranopia, protanopia, tritanopia) in linear sRGB, and two colours are
compared by their CIEDE2000 difference in CIELAB. Two categories a reader
must tell apart should differ by at least `DISTINCT` for every vision.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

Matrix = tuple[tuple[float, float, float], tuple[float, float, float],
               tuple[float, float, float]]
Lab = tuple[float, float, float]

VISIONS: dict[str, Matrix] = {
    "normal": ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
"""Linear-RGB matrices: normal vision and the three full dichromacies (severity 1.0)."""

DISTINCT = 8.0
"""The least CIEDE2000 difference at which two flat colour patches read as different."""


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def seen_as(colour: str, vision: str) -> Lab:
    """The CIELAB (D65) colour a reader with `vision` sees for #RRGGBB `colour`."""
    red, green, blue = (_linear(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    r, g, b = (min(1.0, max(0.0, row[0] * red + row[1] * green + row[2] * blue))
               for row in VISIONS[vision])
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(first: Lab, second: Lab) -> float:
    """The CIEDE2000 colour difference of two CIELAB colours (kL = kC = kH = 1)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    mean_chroma = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(mean_chroma ** 7 / (mean_chroma ** 7 + 25 ** 7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1 = math.degrees(math.atan2(b1, a1)) % 360
    h2 = math.degrees(math.atan2(b2, a2)) % 360
    dl, dc = l2 - l1, c2 - c1
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    big_dh = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    mean_l, mean_c = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        mean_h = h1 + h2
    elif abs(h1 - h2) <= 180:
        mean_h = (h1 + h2) / 2
    else:
        mean_h = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(mean_h - 30))
         + 0.24 * math.cos(math.radians(2 * mean_h))
         + 0.32 * math.cos(math.radians(3 * mean_h + 6))
         - 0.20 * math.cos(math.radians(4 * mean_h - 63)))
    rotation = 30 * math.exp(-(((mean_h - 275) / 25) ** 2))
    rc = 2 * math.sqrt(mean_c ** 7 / (mean_c ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (mean_l - 50) ** 2 / math.sqrt(20 + (mean_l - 50) ** 2)
    sc = 1 + 0.045 * mean_c
    sh = 1 + 0.015 * mean_c * t
    rt = -math.sin(math.radians(2 * rotation)) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (big_dh / sh) ** 2
                     + rt * (dc / sc) * (big_dh / sh))


def closest_pair(colours: Iterable[str], vision: str) -> tuple[float, str, str]:
    """The two colours of a set that `vision` sees as most alike, with their difference."""
    seen = {colour: seen_as(colour, vision) for colour in dict.fromkeys(colours)}
    return min((ciede2000(seen[a], seen[b]), a, b)
               for a, b in itertools.combinations(seen, 2))


def confusions(colours: Iterable[str]) -> list[str]:
    """Every vision under which two of `colours` differ by less than DISTINCT, worded."""
    palette = list(colours)
    found = []
    for vision in VISIONS:
        difference, a, b = closest_pair(palette, vision)
        if difference < DISTINCT:
            found.append(f"{vision}: {a} and {b} differ by {difference:.1f} "
                         f"(at least {DISTINCT:g} needed)")
    return found
