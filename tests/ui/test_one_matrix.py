"""The app's matrix, the presentation's and the board pack's draw one ownership matrix."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from roadmap.analysis import analyse
from roadmap.boardpack.export import prepare
from roadmap.boardpack.options import BoardPackOptions
from roadmap.boardpack.sections.ownership import _departments, grouped_by_lead
from roadmap.samples.bundled import build_sample
from roadmap.samples.generate import generate_roadmap
from roadmap.services.document import Document
from ui.context import AppContext
from ui.models.matrix import MatrixModel
from ui.presentation.steps import MatrixStep

AS_OF = dt.date(2027, 3, 15)


@pytest.fixture(params=["sample", "generated"])
def doc(request: pytest.FixtureRequest) -> Document:
    return build_sample() if request.param == "sample" else generate_roadmap(500, seed=5)


def test_columns_rows_and_roles_agree(qtbot, doc: Document) -> None:
    analysis = analyse(doc, today=AS_OF)
    ctx = AppContext(doc)
    ctx.publish_analysis(analysis)
    model = MatrixModel(ctx)
    step = MatrixStep()
    qtbot.addWidget(step)
    step.refresh(analysis)
    renderer = prepare(doc, BoardPackOptions(as_of=AS_OF), analysis)

    app_columns = [model.department_at(c).id for c in range(1, model.columnCount())]
    pdf_columns = [d.id for d in _departments(renderer)]
    assert app_columns == pdf_columns
    # The presentation's initiative names are its row headers: every column is a department.
    step_headers = [" ".join(step.horizontalHeaderItem(c).text().replace("-\n", "").split())
                    for c in range(step.columnCount())]
    app_headers = [model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(1, model.columnCount())]
    assert step_headers == app_headers

    pdf_rows = [item.id for _title, _colour, members in grouped_by_lead(renderer)
                for item in members]
    step_titles = [step.verticalHeaderItem(row).toolTip().replace("  · IT ALONE", "")
                   for row in range(step.rowCount())]
    titles = {i.id: i.title for i in doc.initiatives.all()}
    assert step_titles == [titles[i] for i in pdf_rows]
    assert sorted(pdf_rows) == sorted(model.ids())

    letters = {"Lead": "L", "Contributor": "C", "Enabler": "E"}
    for row in range(model.rowCount()):
        key = model.ids()[row]
        for column in range(1, model.columnCount()):
            shown = model.data(model.index(row, column))
            cell = renderer.matrix.cell(key, model.department_at(column).id)
            if cell is None:
                assert shown == ""
            else:
                word = shown.split(" (via ")[0]
                assert letters[word] == cell.role.value[0].upper()
                assert ("(via " in shown) == (cell.implied is not None)
