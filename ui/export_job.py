"""Run a long export off the GUI thread, with a progress bar and Cancel.

The caller reads the document on the GUI thread (its session lives there),
then hands the rest, layout and writing, which reads no document, to
`run_with_progress`. The work runs on the global QThreadPool; a progress
dialog shows what it is doing and its Cancel stops it at the next step.
The window keeps repainting and answering while it runs. Exports write to a
temporary file first, so a cancelled one leaves the old file as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[str, float | None], None]


class ExportCancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(str, int)
    """What is being done, and the percentage (-1 when unknown)."""
    done = Signal(object, object)
    """The result and the exception (one of them is None)."""


class ExportJob(QRunnable):
    """One export's work on a pool thread; `cancel()` stops it at its next progress step."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()
        self.cancelled = False

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self.cancelled = True

    def _progress(self, what: str, done: float | None) -> None:
        if self.cancelled:
            raise ExportCancelled
        self.signals.progress.emit(what, -1 if done is None else round(done * 100))

    def run(self) -> None:
        """Do the work, then report its result or its exception (QRunnable.run)."""
        # Layout allocates many short-lived objects; the collector waits (as in the CLI).
        collecting = gc.isenabled()
        gc.disable()
        try:
            result = self.work(self._progress)
        except BaseException as error:  # handed to the GUI thread, which re-raises it
            self.signals.done.emit(None, error)
        else:
            self.signals.done.emit(result, None)
        finally:
            if collecting:
                gc.enable()


def run_with_progress(parent: QWidget | None, title: str,
                      work: Callable[[Progress], Any]) -> Any:
    """Run `work(progress)` on a worker thread behind a progress dialog; return its result.

    Raises ExportCancelled when the user cancelled, and whatever `work` raised.
    The dialog appears only when the work takes more than half a second.
    """
    job = ExportJob(work)
    dialog = QProgressDialog(
        title, QCoreApplication.translate("ExportJob", "Cancel"), 0, 100, parent
    )
    dialog.setObjectName("export_progress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def on_progress(what: str, percent: int) -> None:
        dialog.setLabelText(what)
        if percent < 0:
            dialog.setRange(0, 0)  # busy: how far is not known
        else:
            dialog.setRange(0, 100)
            dialog.setValue(percent)

    def on_done(result: Any, error: BaseException | None) -> None:
        outcome["result"], outcome["error"] = result, error
        loop.quit()

    job.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    job.signals.done.connect(on_done, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(job.cancel)
    QThreadPool.globalInstance().start(job)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if error is not None:
        raise error
    return outcome.get("result")
