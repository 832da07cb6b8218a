"""Node keys: which row a node of the roadmap graph stands for, as one small typed value.

The graph, its layouts, the board pack's map and the app's selection all
name a node by a `NodeKey`. Its text form, 'initiative:12', is what the
file stores for a node's saved position and what settings and the command
line read; `NodeKey.parse` reads it back.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class NodeKind(StrEnum):
    """The kinds of node, in the order readers usually draw them."""

    INITIATIVE = "initiative"
    DEPARTMENT = "department"
    OWNER = "owner"
    VENDOR = "vendor"


# A NamedTuple rather than a frozen dataclass: it keys every networkx node
# dict, and a tuple hashes and compares in C, several times faster.
class NodeKey(NamedTuple):
    """One node: its kind and its row id. Ordered by kind text, then id numerically."""

    kind: NodeKind
    id: int

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.id}"

    def __repr__(self) -> str:
        return f"NodeKey({self.kind.value!r}, {self.id})"

    @classmethod
    def of(cls, kind: NodeKind | str, id: int) -> NodeKey:
        """The key of row `id` of `kind` (a NodeKind or its text); ValueError if unknown."""
        try:
            return cls(NodeKind(kind), int(id))
        except ValueError:
            raise ValueError(f"unknown node kind {kind!r}; expected one of "
                             f"{', '.join(k.value for k in NodeKind)}") from None

    @classmethod
    def parse(cls, text: str) -> NodeKey:
        """Read 'initiative:12' back; ValueError naming the text when it is not a node key."""
        kind, sep, number = str(text).partition(":")
        if not sep or kind not in NodeKind._value2member_map_ or not number.isdigit():
            raise ValueError(f"{text!r} is not a node key like 'initiative:12'")
        return cls(NodeKind(kind), int(number))

    @classmethod
    def initiative(cls, id: int) -> NodeKey:
        """The key of initiative `id`, the most common node."""
        return cls(NodeKind.INITIATIVE, id)
