"""The graph view places nodes where a .roadmap file's saved positions say.

The positions are stored as text keys ('initiative:1'); the view asks the
layout service for them as NodeKeys and must put each such node exactly
there (stretched by the box spread), leave the others to the layout, and
ignore a stored key that does not parse.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from roadmap.model.keys import NodeKey, NodeKind
from roadmap.services.files import open_document
from tests.roadmap.test_saved_positions import saved_with_positions
from ui.context import AppContext
from ui.views.graph.view import GraphView

pytestmark = pytest.mark.gui


def test_the_graph_view_puts_nodes_at_their_saved_positions(qtbot: Any, tmp_path: Path) -> None:
    rows = {"initiative:1": (1234.0, 567.0), "department:2": (-300.0, 40.0),
            "initiative:nope": (1.0, 1.0), "planet:3": (2.0, 2.0)}
    doc = open_document(saved_with_positions(tmp_path, rows), recovery_dir=tmp_path / "rec")
    view = GraphView(AppContext(doc))
    view.controls.choose("layered")
    qtbot.addWidget(view)
    assert view.layout_name == "layered"
    placed = view.positions()
    fx, fy = view.metrics.spread
    assert placed[NodeKey.initiative(1)] == (1234.0 * fx, 567.0 * fy)
    assert placed[NodeKey(NodeKind.DEPARTMENT, 2)] == (-300.0 * fx, 40.0 * fy)
    assert all(isinstance(key, NodeKey) for key in placed)
    assert view.data is not None and set(placed) == set(view.data.nodes)
