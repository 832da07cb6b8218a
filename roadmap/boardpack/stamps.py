"""Drawings repeated across a pack, written once as PDF forms and placed by reference.

A large pack repeats the same drawing hundreds or thousands of times: the
timeline's axis and legend on each of its pages, a milestone diamond or a
health shape beside every bar. Drawing each afresh costs Python calls and
page bytes every time; a form (a PDF XObject, canvas.beginForm/doForm) is
drawn once per document and each use costs one reference. What a reader
sees, prints, copies or searches is the same.

Forms are named in the order a document first uses them, so the same pack
gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfgen.canvas import Canvas

from .encoding import number

Box = tuple[float, float, float, float]
"""A form's extent in its own coordinates: left, bottom, right, top (points)."""

_forms: WeakKeyDictionary[Any, dict[Hashable, tuple[str, str]]] = WeakKeyDictionary()
"""Per document: each drawing's form name and the operator painting it."""


def stamp(canv: Canvas, key: Hashable, box: Box, draw: Callable[[Canvas], None],
          x: float = 0.0, y: float = 0.0) -> None:
    """Place the drawing known as `key` with its origin at (x, y) of the current space.

    The first use in a document runs `draw(canv)` into a new form whose
    contents must lie within `box` (outside it is clipped); later uses only
    refer to it. `draw` sets every colour, width and font it uses, since
    each use inherits whatever state the page has there; the page's state is
    left as it was (a form is painted inside its own save and restore).
    """
    document = canv._doc  # type: ignore[attr-defined]  # reportlab's document; not in its stubs
    names = _forms.get(document)
    if names is None:
        names = _forms[document] = {}
    found = names.get(key)
    if found is None:
        name = f"Crossroads{len(names)}"
        found = names[key] = (name, f"/{document.getXObjectName(name)} Do")
        left, bottom, right, top = box
        # types-reportlab types the box as int; reportlab takes any number.
        canv.beginForm(name, left, bottom, right, top)  # type: ignore[arg-type]
        draw(canv)
        canv.endForm()
    name, paint = found
    if x or y:
        # What addLiteral, doForm and addLiteral write, in one piece: a timeline
        # places thousands (the page joins its operators by newlines).
        canv._code.append(  # type: ignore[attr-defined]  # Canvas internals, not in its stubs
            f"q 1 0 0 1 {number(x)} {number(y)} cm\n{paint}\nQ")
        canv._formsinuse.append(name)  # type: ignore[attr-defined]
    else:
        canv.doForm(name)
