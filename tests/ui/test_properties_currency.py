"""Roadmap ▸ Properties offers the common currencies, takes any typed code, and the
roadmap's money then reads in it (one undoable edit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from ui.dialogs.properties import CURRENCIES, PropertiesDialog
from ui.formatting import money


def test_the_currency_is_chosen_from_a_list_or_typed(qtbot: Any, ctx: Any) -> None:
    dialog = PropertiesDialog(ctx)
    qtbot.addWidget(dialog)
    box = dialog.editors["currency"]
    assert isinstance(box, QComboBox) and box.isEditable()
    assert box.currentText() == ctx.doc.info.currency == "EUR"
    assert [box.itemText(i) for i in range(box.count())][:4] == list(CURRENCIES[:4])
    box.setCurrentIndex(box.findText("CHF"))
    dialog.accept()
    assert ctx.doc.info.currency == "CHF"
    assert money(1_250_000, ctx.doc.info.currency).startswith("CHF")
    ctx.undo_stack.undo()
    assert ctx.doc.info.currency == "EUR"
    again = PropertiesDialog(ctx)
    qtbot.addWidget(again)
    again.editors["currency"].setCurrentText("nok")
    again.accept()
    assert ctx.doc.info.currency == "NOK"


def test_a_code_outside_the_list_is_shown_and_kept(qtbot: Any, ctx: Any) -> None:
    ctx.run(lambda: ctx.doc.roadmap.update(currency="HUF"))
    dialog = PropertiesDialog(ctx)
    qtbot.addWidget(dialog)
    box = dialog.editors["currency"]
    assert box.currentText() == "HUF" and box.itemText(0) == "HUF"
