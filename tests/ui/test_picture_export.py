"""A view as a picture: PNG and SVG at a chosen size, the clipboard, the dialog, --picture."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage

from roadmap.model import palette
from roadmap.model.errors import RoadmapError
from ui import settings as app_settings
from ui.app import run_app
from ui.dialogs.export_picture import ExportPictureDialog, picture_file_name, remembered_size
from ui.image_export import (
    PictureError,
    copy_picture,
    fit_rect,
    parse_size,
    render_image,
    render_svg,
    write_picture,
)

VIEWS = ("timeline", "graph", "matrix", "table")


@pytest.fixture
def views(window: Any) -> dict[str, Any]:
    """Every picturable view of the sample window, built."""
    built = {}
    for name in VIEWS:
        window.show_view(name)
        built[name] = window.views.view(name)
    return built


def _inked(image: QImage) -> int:
    """How many sampled pixels are not paper: a blank picture has none."""
    paper = QColor(palette.PAPER).rgb()
    return sum(1 for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
               if image.pixel(x, y) != paper)


@pytest.mark.parametrize("name", VIEWS)
def test_every_view_draws_at_exactly_the_chosen_size(views: dict[str, Any], name: str) -> None:
    image = render_image(views[name], QSize(1280, 720))
    assert (image.width(), image.height()) == (1280, 720)
    assert _inked(image) > 2000


@pytest.mark.parametrize("name", ["timeline", "matrix", "table"])
def test_the_svg_holds_real_text_for_every_row(views: dict[str, Any], name: str,
                                               window: Any) -> None:
    svg = render_svg(views[name], QSize(1920, 1080)).decode("utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg
    assert window.ctx.doc.info.title in svg  # the picture's title
    # Every lane or row is in the picture, scrolled into sight or not.
    # A lane name that wraps is one text run per line ("No lead", "department").
    expected = ({">Customer Service<", ">Stores<", ">IT<", ">No lead<", ">department<"}
                if name == "timeline" else
                {i.title.replace("&", "&amp;") for i in window.ctx.doc.initiatives.all()[-3:]})
    for text in expected:
        assert text in svg, text


def test_a_picture_leaves_the_view_and_the_selection_as_they_were(
        views: dict[str, Any], window: Any) -> None:
    ctx = window.ctx
    key = ctx.doc.initiatives.all()[3]
    from roadmap.model.keys import NodeKey

    ctx.select([NodeKey.initiative(key.id)], "test")
    timeline = views["timeline"]
    scroll = timeline.canvas.verticalScrollBar().value()
    zoom = timeline.scene.px_per_day
    for view in views.values():
        render_image(view, QSize(800, 600))
    assert ctx.selection == (NodeKey.initiative(key.id),)
    assert timeline.scene.px_per_day == zoom
    assert timeline.canvas.verticalScrollBar().value() == scroll


def test_write_picture_writes_png_and_svg_and_refuses_what_it_cannot(
        views: dict[str, Any], tmp_path: Path) -> None:
    png = write_picture(views["graph"], tmp_path / "map.png", QSize(1000, 700))
    assert QImage(str(png)).size() == QSize(1000, 700)
    svg = write_picture(views["graph"], tmp_path / "map.svg", QSize(1000, 700))
    assert "<svg" in svg.read_text(encoding="utf-8")
    with pytest.raises(PictureError, match=r"\.png or \.svg"):
        write_picture(views["graph"], tmp_path / "map.gif", QSize(1000, 700))
    with pytest.raises(PictureError, match="does not exist"):
        write_picture(views["graph"], tmp_path / "no" / "map.png", QSize(1000, 700))
    with pytest.raises(PictureError, match="width of 50 px"):
        write_picture(views["graph"], tmp_path / "map.png", QSize(50, 700))


def test_a_failed_write_keeps_the_older_picture(views: dict[str, Any], tmp_path: Path,
                                                monkeypatch: Any) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    target = write_picture(views["matrix"], folder / "m.png", QSize(640, 480))
    before = target.read_bytes()

    def full_disk(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("roadmap.model.atomic.os.replace", full_disk)
    with pytest.raises(RoadmapError, match="No space left"):
        write_picture(views["matrix"], target, QSize(1280, 720))
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["m.png"]


def test_copy_puts_an_image_and_an_svg_on_the_clipboard(views: dict[str, Any]) -> None:
    copy_picture(views["timeline"], QSize(1280, 720))
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    image = QImage(mime.imageData())
    assert image.size() == QSize(1280, 720)
    assert b"<svg" in bytes(mime.data("image/svg+xml").data())


def test_sizes_parse_and_fit() -> None:
    assert parse_size("1920x1080") == QSize(1920, 1080)
    assert parse_size("1280 × 720") == QSize(1280, 720)
    with pytest.raises(PictureError, match="WIDTHxHEIGHT"):
        parse_size("wide")
    rect = fit_rect(QSize(200, 100), QSize(1000, 1000))
    assert (rect.width(), rect.height(), rect.top()) == (1000, 500, 250)
    assert picture_file_name("Northwind: timeline", "svg") == "northwind-timeline.svg"


def test_the_dialog_offers_presets_switches_to_custom_and_remembers(
        views: dict[str, Any], window: Any, tmp_path: Path) -> None:
    settings = app_settings.AppSettings()
    dialog = ExportPictureDialog(views["timeline"], window.ctx, settings=settings)
    assert dialog.picture_size() == QSize(1920, 1080)
    dialog.size_box.setCurrentIndex(dialog.size_box.findText("Slide, HD (1280 × 720)"))
    assert dialog.picture_size() == QSize(1280, 720)
    dialog.width_box.setValue(1000)
    assert dialog.size_box.currentData() == "custom"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert dialog.path().suffix == ".svg"
    dialog.path_edit.setText(str(tmp_path / "missing" / "t.svg"))
    assert dialog.export() is None
    assert "does not exist" in dialog.message.text()
    dialog.path_edit.setText(str(tmp_path / "t.png"))  # the format's suffix wins
    written = dialog.export()
    assert written == tmp_path / "t.svg" and written.exists()
    assert remembered_size(settings) == QSize(1000, 720)
    again = ExportPictureDialog(views["graph"], window.ctx, settings=settings)
    assert again.picture_size() == QSize(1000, 720) and again.kind() == "svg"
    assert again.size_box.currentData() == "custom"


def test_the_window_actions_follow_the_view_on_show(window: Any) -> None:
    actions = window.named_actions
    window.show_view("timeline")
    assert actions.file_export_picture.isEnabled() and actions.edit_copy_picture.isEnabled()
    actions.edit_copy_picture.trigger()
    assert QGuiApplication.clipboard().mimeData().hasImage()
    assert "Copied the view" in window.statusBar().currentMessage()


def test_picture_on_the_command_line(qtbot: Any, sample_file: Path, tmp_path: Path,
                                     monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    out = tmp_path / "graph.svg"
    args = argparse.Namespace(file=sample_file, screenshot=None, picture=out, view="graph",
                              size="1280x720")
    assert run_app(args) == 0
    assert "<svg" in out.read_text(encoding="utf-8")
    assert "the graph view" in capsys.readouterr().out
    bad = argparse.Namespace(file=sample_file, screenshot=None, picture=tmp_path / "g.bmp",
                             view="graph", size=None)
    with pytest.raises(RoadmapError, match=r"\.png or \.svg"):
        run_app(bad)
