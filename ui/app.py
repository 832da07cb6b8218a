"""Start the desktop app: QApplication, settings, the first document, the main window.

`run_app(args)` is what `python main.py [FILE]` calls. It sets up high-DPI
rendering, the application's names (which place the settings), logging and
the exception dialog, then opens FILE, or the most recent file, or on the
very first start the bundled sample, and offers back unsaved work a crash
left behind. With `--screenshot PNG` it renders the window offscreen at
`--size` with `--view` in front, writes the PNG and exits.

Start-up runs with Python's cyclic garbage collector paused: loading a
large roadmap allocates hundreds of thousands of long-lived objects, and
every full collection would walk all of them again (0.15 s at 2,000
initiatives). Once the event loop first turns, what start-up built is
frozen out of the collector's way and collection resumes.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from roadmap import __version__
from roadmap.model.errors import RoadmapError, RoadmapFileError
from roadmap.services.document import Document

from . import settings as app_settings
from .collector import hold_collector
from .context import AppContext
from .errors import ExceptionReporter, install_exception_hook, setup_logging, show_error
from .icons import icon
from .temp_folders import private_folder, sweep_stale

log = logging.getLogger("crossroads")
_STARTED = time.perf_counter()


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Crossroads' names, icon and high-DPI policy (made once).

    Making it also pauses the garbage collector for the start-up (see the
    module's docstring).
    """
    existing = QApplication.instance()
    fresh = existing is None
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        existing = QApplication(argv or [sys.argv[0] if sys.argv else "crossroads"])
    app: QApplication = existing  # type: ignore[assignment]
    app.setApplicationName(app_settings.APPLICATION)
    app.setOrganizationName(app_settings.ORGANISATION)
    app.setApplicationDisplayName("Crossroads")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("crossroads")
    app_settings.configure_storage()
    if fresh and QGuiApplication.platformName() in ("offscreen", "minimal", "xcb") and (
            not os.environ.get("QT_STYLE_OVERRIDE")):
        # No desktop theme to follow there: Fusion draws a clean, consistent widget set
        # and follows the light or dark colour scheme Qt reports.
        app.setStyle("Fusion")
    app.setWindowIcon(icon("app"))
    if fresh:
        hold_collector()
    return app


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x", 1))
    except ValueError:
        raise RoadmapError(
            QCoreApplication.translate(
                "App", "--size {text!r} is not WIDTHxHEIGHT, e.g. 1600x1000"
            ).format(text=text)
        ) from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise RoadmapError(
            QCoreApplication.translate(
                "App", "--size {text} is out of range (320x240 to 8000x8000)"
            ).format(text=text)
        )
    return width, height


def _server_address(file: Path | str | None) -> str | None:
    """The postgresql:// address the command line gave as FILE, if it gave one.

    main.py keeps an address as the text typed (roadmap.cli.roadmap_location);
    a caller that turned it into a Path lost its '//', so the text is looked
    for again in sys.argv.
    """
    from roadmap.storage.server import is_server_url

    if file is None:
        return None
    if isinstance(file, str):
        return file if is_server_url(file) else None
    for argument in sys.argv[1:]:
        if is_server_url(argument) and Path(argument) == file:
            return argument
    return None


def initial_document(file: Path | str | None, settings: app_settings.AppSettings,
                     recovery_dir: Path) -> tuple[Document, str]:
    """The document to start with, and an error message to show once the window is up.

    FILE if given and it opens; else the most recent file that still opens;
    else (the first start) the bundled sample; else a new empty roadmap.
    """
    from roadmap.services.files import new_document, open_document

    problem = ""
    address = _server_address(file)
    if address is not None:
        try:
            return open_document(address), ""
        except RoadmapError as error:
            problem = QCoreApplication.translate(
                "App", "The shared roadmap could not be opened: {error}"
            ).format(error=error)
            log.warning("Cannot open %s: %s", address, error)
            file = None
    if isinstance(file, str):
        file = Path(file)
    if file is not None:
        try:
            doc = open_document(file, recovery_dir=recovery_dir)
        except RoadmapFileError as error:
            problem = QCoreApplication.translate(
                "App", "{name} could not be opened: it {reason}."
            ).format(name=file.name, reason=error.reason)
            log.warning("Cannot open %s: %s", file, error.reason)
        else:
            settings.add_recent(file)
            return doc, ""
    for recent in settings.recent_files()[:1]:
        if recent.exists():
            try:
                return open_document(recent, recovery_dir=recovery_dir), problem
            except RoadmapFileError as error:
                log.warning("Cannot reopen %s: %s", recent, error.reason)
                settings.remove_recent(recent)
    try:
        from .files import FileController

        sample = FileController.sample_copy_path()
        doc = open_document(sample, recovery_dir=recovery_dir)
        settings.set(app_settings.SAMPLE_OFFERED, True)
        settings.add_recent(sample)
        return doc, problem
    except (RoadmapError, OSError) as error:
        log.warning("Cannot open the sample roadmap: %s", error)
    return new_document(recovery_dir=recovery_dir), problem


def run_app(args: argparse.Namespace) -> int:
    """Open the main window (or render a screenshot) and run until it closes."""
    screenshot: Path | None = getattr(args, "screenshot", None)
    picture: Path | None = getattr(args, "picture", None)
    headless = screenshot is not None or picture is not None
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The application and the language come first, so that even a refused
    # argument is explained in the user's language.
    app = make_application()
    sweep_stale()  # what a crashed Crossroads left in the temporary folder
    if headless:
        # A screenshot must not read or change the user's settings.
        folder = private_folder("shot")
        qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings = app_settings.AppSettings(qsettings)
    else:
        settings = app_settings.AppSettings()
    from roadmap.i18n import SUPPORTED_LANGUAGES, supported

    from .translation import apply_language, choose_language

    asked = getattr(args, "language", None)
    if asked and supported(asked) is None:
        raise RoadmapError(
            QCoreApplication.translate("App", "--language {asked!r} is not one of: ").format(
                asked=asked
            )
            + ", ".join(SUPPORTED_LANGUAGES)
        )
    apply_language(choose_language(asked or settings.get(app_settings.LANGUAGE)))
    if screenshot is not None and picture is not None:
        raise RoadmapError(
            QCoreApplication.translate(
                "App", "--screenshot and --picture cannot be combined: choose one"
            )
        )
    if headless:
        size = _parse_size(getattr(args, "size", None)
                           or ("1920x1080" if picture is not None else "1600x1000"))
    if picture is not None:
        from .image_export import check_size, picture_format

        picture_format(picture)
        check_size(QSize(*size))
    from .high_contrast import apply_contrast

    apply_contrast(bool(settings.get(app_settings.HIGH_CONTRAST)))
    log_path = setup_logging(app_settings.app_data_dir() / "logs")
    window_holder: list[QWidget] = []
    reporter = ExceptionReporter(lambda: window_holder[0] if window_holder else None, log_path)
    install_exception_hook(reporter)

    recovery = app_settings.recovery_dir()
    doc, problem = initial_document(getattr(args, "file", None), settings, recovery)
    from .main_window import MainWindow

    ctx = AppContext(doc)
    window = MainWindow(ctx, settings)
    window_holder.append(window)
    view = getattr(args, "view", None)
    if view:
        if view not in window.views.names():
            raise RoadmapError(QCoreApplication.translate(
                "App", "--view {view!r} is not a view; use one of {names}").format(
                    view=view, names=", ".join(window.views.names())))
        window.show_view(view)
    present_page = getattr(args, "present", None)
    if present_page is not None and screenshot is None:
        raise RoadmapError(
            QCoreApplication.translate(
                "App", "--present needs --screenshot PNG (F5 presents in the app)"
            )
        )
    if screenshot is not None and present_page is not None:
        return _present_screenshot(app, window, screenshot, size, present_page)
    if screenshot is not None:
        return _screenshot(app, window, screenshot, size, problem)
    if picture is not None:
        return _picture(app, window, picture, size)
    window.files.lock.follow(doc)
    window.update_read_only()
    window.show()
    ready = time.perf_counter() - _STARTED
    log.info("Window ready in %.2f s with %s", ready, doc.path or "a new roadmap")
    if problem:
        show_error(
            window,
            QCoreApplication.translate("App", "Cannot Open Roadmap"),
            problem
            + QCoreApplication.translate(
                "App", "\n\nCrossroads opened {display_name} instead."
            ).format(display_name=window.files.display_name()),
        )
    window.files.offer_recovery()
    app.aboutToQuit.connect(lambda: ctx.doc.close())
    return app.exec()


def _present_screenshot(app: QApplication, window: object, path: Path,
                        size: tuple[int, int], page: str) -> int:
    """Render presentation page `page` at `size` to `path`, as a projector would show it."""
    from .main_window import MainWindow
    from .presentation import present
    from .presentation.window import page_index

    assert isinstance(window, MainWindow)
    index = page_index(page)
    shown = present(window.ctx, size=size)
    shown.go(index)
    for _ in range(5):
        app.processEvents()
    image = shown.grab()
    path = path.with_suffix(".png") if path.suffix.lower() != ".png" else path
    if not image.save(str(path), "PNG"):
        raise RoadmapError(
            QCoreApplication.translate("App", "could not write the screenshot to {path}").format(
                path=path
            )
        )
    print(
        QCoreApplication.translate(
            "App", "Wrote {path} ({width}x{height}): presentation page {page}"
        ).format(path=path, width=image.width(), height=image.height(), page=index + 1)
    )
    shown.close()
    window.close()
    app.processEvents()
    window.ctx.doc.close()
    return 0


def _picture(app: QApplication, window: object, path: Path, size: tuple[int, int]) -> int:
    """Write the view on show (--view) as a PNG or SVG picture of `size` to `path`."""
    from .image_export import write_picture
    from .main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(1600, 1000)
    window.show()
    for _ in range(3):
        app.processEvents()
    view = window.picturable_view()
    if view is None:
        raise RoadmapError(
            QCoreApplication.translate(
                "App",
                "the {name} view cannot be drawn as a picture; use --view timeline, "
                "graph, table or matrix",
            ).format(name=window.views.current_name())
        )
    written = write_picture(view, path, QSize(*size))
    print(
        QCoreApplication.translate(
            "App", "Wrote {written} ({width}x{height}): the {name} view"
        ).format(
            written=written, width=size[0], height=size[1], name=window.views.current_name()
        )
    )
    window.close()
    window.deleteLater()
    app.processEvents()
    window.ctx.doc.close()
    return 0


def _screenshot(app: QApplication, window: object, path: Path, size: tuple[int, int],
                problem: str) -> int:
    """Render the window at `size` to `path` once the analysis has run."""
    from .main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*size)
    window.default_dock_sizes()  # before show(), so the views lay out once at their size
    window.show()
    window.analysis.refresh_now()
    # Nothing selected: the picture shows the window as it opens.
    for _ in range(5):
        app.processEvents()
    ready = time.perf_counter() - _STARTED
    image = window.grab()
    path = path.with_suffix(".png") if path.suffix.lower() != ".png" else path
    if not image.save(str(path), "PNG"):
        raise RoadmapError(
            QCoreApplication.translate("App", "could not write the screenshot to {path}").format(
                path=path
            )
        )
    print(
        QCoreApplication.translate(
            "App", "Wrote {path} ({width}x{height}); window ready in {ready:.2f} s"
        ).format(path=path, width=image.width(), height=image.height(), ready=ready)
        + (f"; {problem}" if problem else "")
    )
    window.close()
    window.deleteLater()
    app.processEvents()
    window.ctx.doc.close()
    return 0
