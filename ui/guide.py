"""Help ▸ User Guide: the bundled offline guide (resources/guide/) in a browser dialog.

The guide is one HTML file with an anchor per topic and per finding code
(`#CR101`), so "Why this matters" on a finding opens it at that code's
section. A QTextBrowser shows it inside the app, which works offline on
every platform; links to other sites open in the system browser.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from roadmap import i18n

GUIDE_FILE = "guide.html"


def guide_path() -> Path:
    """The guide's HTML file inside the installed or bundled resources, in the app's language.

    A translated guide is `guide_LANG.html` beside the English one, with the
    same anchors; a language without one shows the English guide.
    """
    folder = Path(str(resources.files("resources") / "guide"))
    translated = folder / GUIDE_FILE.replace(".html", f"_{i18n.language()}.html")
    return translated if translated.exists() else folder / GUIDE_FILE


def guide_url(anchor: str = "") -> QUrl:
    """A file URL of the guide, at `anchor` (a topic or a finding code) if given."""
    url = QUrl.fromLocalFile(str(guide_path()))
    if anchor:
        url.setFragment(anchor)
    return url


class GuideDialog(QDialog):
    """The user guide in a non-modal window beside the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(QCoreApplication.translate("GuideDialog", "Crossroads User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setAccessibleName(QCoreApplication.translate("GuideDialog", "User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(guide_url())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def show_topic(self, anchor: str = "") -> None:
        """Show the guide at `anchor` ('' for the top) and bring the window forward."""
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()


def show_guide(parent: QWidget, anchor: str = "") -> GuideDialog:
    """Open (or bring back) `parent`'s guide window at `anchor`."""
    window = parent.window()
    dialog = window.findChild(GuideDialog, "guide_dialog")
    if not isinstance(dialog, GuideDialog):
        dialog = GuideDialog(window)
    dialog.show_topic(anchor)
    return dialog
