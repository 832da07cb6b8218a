"""Saved dependency-map positions: stored as text node keys, read back as NodeKeys.

A .roadmap file keeps where the user dragged each node as rows of
`node_position` whose `node` is the key's text ('initiative:1'). Opening the
file must give the layout service NodeKey positions, and a row whose key does
not parse (a damaged or future file) is skipped rather than failing the open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roadmap.model.keys import NodeKey, NodeKind
from roadmap.samples.bundled import build_sample
from roadmap.services.files import open_document, save_document

GOOD = {"initiative:1": (10.0, 20.0), "department:2": (30.5, -4.0), "vendor:1": (0.0, 0.0)}
BAD = ("bogus:3", "initiative:", "initiative:x", "initiative", "owner:-1", "vendor:1.5")


def saved_with_positions(folder: Path, nodes: dict[str, tuple[float, float]]) -> Path:
    """The bundled sample saved to `folder`, with raw position rows written into the file."""
    path = folder / "positions.roadmap"
    doc = build_sample()
    save_document(doc, path, backups=0)
    doc.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM node_position")
        conn.executemany(
            "INSERT INTO node_position (id, layout, node, x, y) VALUES (?, 'layered', ?, ?, ?)",
            [(number, node, x, y) for number, (node, (x, y)) in enumerate(nodes.items(), 1)])
    conn.close()
    return path


def test_text_keys_in_a_file_come_back_as_node_keys(tmp_path: Path) -> None:
    doc = open_document(saved_with_positions(tmp_path, GOOD), recovery_dir=tmp_path / "rec")
    try:
        assert doc.positions.for_layout("layered") == {
            NodeKey.initiative(1): (10.0, 20.0),
            NodeKey(NodeKind.DEPARTMENT, 2): (30.5, -4.0),
            NodeKey(NodeKind.VENDOR, 1): (0.0, 0.0),
        }
        assert doc.positions.for_layout("clusters") == {}
    finally:
        doc.close()


def test_a_key_that_does_not_parse_is_skipped(tmp_path: Path) -> None:
    rows = {**GOOD, **{text: (1.0, 2.0) for text in BAD}}
    doc = open_document(saved_with_positions(tmp_path, rows), recovery_dir=tmp_path / "rec")
    try:
        stored = doc.positions.for_layout("layered")
        assert set(stored) == {NodeKey.parse(text) for text in GOOD}
        assert all(isinstance(key, NodeKey) for key in stored)
    finally:
        doc.close()
