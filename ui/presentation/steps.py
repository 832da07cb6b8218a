"""The read-only steps of the presentation: executive summary, ownership matrix, findings.

Each step is a plain widget in the projector style (large type, black on
white) with `refresh(analysis)`, called at once after every change made in
the room so the figures and findings on the wall are never stale.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from roadmap.analysis import Analysis
from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model import palette
from roadmap.model.enums import Role, Severity
from roadmap.services.document import Document
from roadmap.views.matrix import ownership_matrix
from ui.formatting import decimal
from ui.views.timeline.style import readable_on

SEVERITY_TEXT = {Severity.HIGH: QT_TRANSLATE_NOOP("FindingsStep", "HIGH"),
                 Severity.MEDIUM: QT_TRANSLATE_NOOP("FindingsStep", "MEDIUM"),
                 Severity.LOW: QT_TRANSLATE_NOOP("FindingsStep", "LOW")}
"""A finding's severity badge (translated where shown)."""
ROLE_TEXT = {Role.LEAD: QT_TRANSLATE_NOOP("MatrixStep", "Lead"),
             Role.CONTRIBUTOR: QT_TRANSLATE_NOOP("MatrixStep", "Contrib."),
             Role.ENABLER: QT_TRANSLATE_NOOP("MatrixStep", "Enabler")}
"""A matrix cell's short role (translated where shown)."""


def wrap_words(text: str, width: int) -> str:
    """`text` on lines of at most `width` characters; longer words are hyphenated."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _money(amount: int, currency: str) -> str:
    """'EUR 11.8 M' ('11,8 Mio. EUR' in German), 'EUR 250 k', 'EUR 900'."""
    if amount >= 1_000_000:
        text = QCoreApplication.translate("SummaryStep", "{currency} {millions} M")
        return text.format(currency=currency, millions=decimal(amount / 1_000_000, 1))
    if amount >= 1_000:
        text = QCoreApplication.translate("SummaryStep", "{currency} {thousands} k")
        return text.format(currency=currency, thousands=decimal(amount / 1_000, 0))
    return QCoreApplication.translate("SummaryStep", "{currency} {amount}").format(
        currency=currency, amount=amount)


class Tile(QFrame):
    """One headline figure: a big number and what it means."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.value = QLabel("–", self)
        self.value.setObjectName("tile_value")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tile_caption")
        self.caption.setWordWrap(True)
        self.detail = QLabel("", self)
        self.detail.setObjectName("tile_detail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def height_for(self, width: int) -> int:
        """The height the number, the wrapped caption and the detail need at `width`."""
        layout = self.layout()
        if layout is None:
            return self.sizeHint().height()
        margins = layout.contentsMargins()
        text_width = max(1, width - margins.left() - margins.right()
                         - 2 * self.frameWidth())
        parts = [self.value.sizeHint().height(), self.caption.heightForWidth(text_width)]
        if self.detail.text():
            parts.append(self.detail.heightForWidth(text_width))
        return (sum(parts) + layout.spacing() * (len(parts) - 1) + margins.top()
                + margins.bottom() + 2 * self.frameWidth())

    def show_value(self, value: str, detail: str = "", alarm: bool = False) -> None:
        """Set the number and its detail line; `alarm` draws the tile's edge in red."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.setProperty("alarm", alarm)
        self.style().unpolish(self)
        self.style().polish(self)


class _RoomLabel(QLabel):
    """A wrapped label that asks the layout for no room: it takes what is left over.

    Its owner fits the text to the height it is given (see SummaryStep._fit_top).
    """

    def hasHeightForWidth(self) -> bool:
        """No: its height follows the room left, not its text (QWidget.hasHeightForWidth)."""
        return False

    def minimumSizeHint(self) -> QSize:
        """Nothing (QWidget.minimumSizeHint)."""
        return QSize(0, 0)

    def sizeHint(self) -> QSize:
        """No height of its own (QWidget.sizeHint)."""
        return QSize(super().sizeHint().width(), 0)


class SummaryStep(QWidget):
    """Executive summary: the headline figures of the analysis and the worst findings."""

    def __init__(self, doc_getter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_step")
        self._doc = doc_getter
        self.tiles = {
            "initiatives": Tile(
                QCoreApplication.translate("SummaryStep", "initiatives on the roadmap"), self
            ),
            "budget": Tile(QCoreApplication.translate("SummaryStep", "total budget"), self),
            "business": Tile(
                QCoreApplication.translate(
                    "SummaryStep", "of the budget led by business departments"
                ),
                self,
            ),
            "it_alone": Tile(
                QCoreApplication.translate("SummaryStep", "initiatives IT runs alone"), self
            ),
            "bottleneck": Tile(
                QCoreApplication.translate("SummaryStep", "initiatives waiting on IT-alone work"),
                self,
            ),
            "findings": Tile(
                QCoreApplication.translate("SummaryStep", "open high-severity findings"), self
            ),
        }
        self.grid = grid = QGridLayout()
        grid.setSpacing(12)
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // 3, index % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)  # three tiles of one width
        self.top = _RoomLabel(self)
        self.top.setObjectName("summary_top")
        self.top.setWordWrap(True)
        self.top.setTextFormat(Qt.TextFormat.RichText)
        self.top.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The list takes the room the tiles leave and shows as many findings as fit it.
        self.top.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._top_lines: list[str] = []
        self._finding_lines = self._open_total = 0
        self.top_shown = 0
        self.top.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(grid)
        layout.addWidget(self.top, 1)

    def refresh(self, analysis: Any) -> None:
        """Show the figures of `analysis` (roadmap.analysis.Analysis)."""
        f = analysis.figures
        doc: Document = self._doc()
        currency = doc.info.currency
        high = f.findings_by_severity.get(Severity.HIGH)
        medium = f.findings_by_severity.get(Severity.MEDIUM)
        low = f.findings_by_severity.get(Severity.LOW)
        t = self.tiles
        cancelled = len(doc.initiatives.all()) - f.initiative_count
        detail = QCoreApplication.translate(
            "SummaryStep", "{violated} dependencies violated"
        ).format(violated=len(analysis.violated))
        if cancelled:
            detail = QCoreApplication.translate(
                "SummaryStep", "not counting {cancelled} cancelled · {detail}"
            ).format(cancelled=cancelled, detail=detail)
        t["initiatives"].show_value(str(f.initiative_count), detail,
                                    alarm=bool(analysis.violated))
        t["budget"].show_value(_money(f.total_budget, currency))
        t["business"].show_value(
            f"{f.business_led_share:.0f} %",
            QCoreApplication.translate(
                "SummaryStep", "IT alone: {it_alone_share:.0f} % of the budget"
            ).format(it_alone_share=f.it_alone_share),
            alarm=f.business_led_share < 50,
        )
        t["it_alone"].show_value(
            str(len(analysis.it_alone)),
            QCoreApplication.translate(
                "SummaryStep", "no business department leads or contributes"
            ),
            alarm=bool(analysis.it_alone),
        )
        t["bottleneck"].show_value(
            str(f.it_bottleneck_count),
            QCoreApplication.translate("SummaryStep", "cannot move without IT"),
            alarm=f.it_bottleneck_count > 0,
        )
        t["findings"].show_value(
            str(high.open if high else 0),
            QCoreApplication.translate(
                "SummaryStep", "medium {medium} · low {low} · accepted {accepted}").format(
                    medium=medium.open if medium else 0, low=low.open if low else 0,
                    accepted=sum(c.accepted for c in f.findings_by_severity.values())),
            alarm=bool(high and high.open))
        worst = analysis.open_findings()[:4]
        lines = [f"<b>{_escape(x.code)}</b> {_escape(x.message)}" for x in worst]
        extra = []
        if f.idle_departments:
            extra.append(
                QCoreApplication.translate("SummaryStep", "Departments with no initiative: ")
                + ", ".join(_escape(name) for _k, name in f.idle_departments)
            )
        if f.uninvested_stages:
            extra.append(
                QCoreApplication.translate("SummaryStep", "Journey stages with no investment: ")
                + ", ".join(s.label for s in f.uninvested_stages)
            )
        self._top_lines = lines + extra
        self._finding_lines = len(lines)
        self._open_total = len(analysis.open_findings())
        if self.isVisible():
            self._size_rows(self.width(), self.height())
        self._fit_top()

    def more_findings(self, shown: int) -> int:
        """Open findings the list leaves to the findings page when it shows `shown` lines."""
        return self._open_total - min(shown, self._finding_lines)

    def _top_html(self, shown: int) -> str:
        left = self.more_findings(shown)
        lines = self._top_lines[:shown]
        if left:
            more = (QCoreApplication.translate("SummaryStep", "+{count} more on the findings page")
                    if left > 1 else
                    QCoreApplication.translate("SummaryStep", "+1 more on the findings page"))
            lines.append(f"<i>{_escape(more.format(count=left))}</i>")
        return ("<p style='margin:0'><b>" + QCoreApplication.translate("SummaryStep",
                                                                      "Top findings")
                + "</b></p>" + "".join(f"<p style='margin:4px 0'>{line}</p>" for line in lines))

    def _fit_top(self) -> None:
        """Show as many of the top lines as the list's room holds, and how many are left."""
        width, room = self.top.width(), self.top.height()
        shown = len(self._top_lines)
        self.top.setText(self._top_html(shown))
        while shown and width > 0 and room > 0 and self.top.heightForWidth(width) > room:
            shown -= 1
            self.top.setText(self._top_html(shown))
        self.top_shown = shown  # how many of the top lines the list shows now

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give each row of tiles the height its wrapped captions need (QWidget.resizeEvent)."""
        super().resizeEvent(event)
        self._size_rows(event.size().width(), event.size().height())

    def _size_rows(self, width: int, height: int) -> None:
        """Each row of tiles as tall as its tallest tile needs at a third of `width`.

        A row never claims more than a third of `height`, so the tiles can
        never make the window taller than the screen.
        """
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        inner = width - (margins.left() + margins.right() if margins is not None else 0)
        tile_width = max(1, (inner - 2 * self.grid.horizontalSpacing()) // 3)
        tiles = list(self.tiles.values())
        for row in range(2):
            needed = 0
            for tile in tiles[row * 3:row * 3 + 3]:
                needed = max(needed, tile.height_for(tile_width))
            needed = min(needed, height // 3)
            if self.grid.rowMinimumHeight(row) != needed:
                self.grid.setRowMinimumHeight(row, needed)
                self.grid.invalidate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the findings list when its room changes (QObject.eventFilter)."""
        if watched is self.top and event.type() == QEvent.Type.Resize:
            self._fit_top()
        return super().eventFilter(watched, event)


class MatrixStep(QTableWidget):
    """Ownership matrix: initiatives down, departments across, the role in each cell.

    The initiative names are the row headers, so they stay put while the
    departments scroll sideways; long names wrap to two lines, then end in
    "…" with the full name on hover.
    """

    NAME_SHARE = 0.34
    """Most of the width the initiative names may take."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrix_step")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._titles: list[str] = []

    def refresh(self, analysis: Analysis) -> None:
        """Fill the matrix from the ownership matrix view model the board pack prints."""
        matrix = ownership_matrix(analysis.graph)
        self.clear()
        self.setColumnCount(len(matrix.columns))
        self.setRowCount(len(matrix.rows))
        self.setHorizontalHeaderLabels([wrap_words(column.label, 11) for column in matrix.columns])
        bold = QFont(self.font())
        bold.setBold(True)
        self._titles = []
        for row, line in enumerate(matrix.rows):
            title = line.title + (
                QCoreApplication.translate("MatrixStep", "  · IT ALONE") if line.it_alone else ""
            )
            self._titles.append(title)
            head = QTableWidgetItem(title)
            head.setToolTip(title)
            if line.it_alone:
                head.setForeground(QColor(palette.VIOLATION))
                head.setFont(bold)
            self.setVerticalHeaderItem(row, head)
            for column, department in enumerate(matrix.columns):
                cell = line.cells.get(department.department_id)
                if cell is None:
                    continue
                text = QCoreApplication.translate("MatrixStep", ROLE_TEXT[cell.role]) + (
                    "*" if cell.implied else "")
                entry = QTableWidgetItem(text)
                entry.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell.role is Role.LEAD:
                    entry.setFont(bold)
                    entry.setBackground(QColor("#DDE7F3"))
                self.setItem(row, column, entry)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit_names()
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)

    def _fit_names(self) -> None:
        """Size the name column and the rows: two lines of name at most, then "…"."""
        metrics = self.verticalHeader().fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in self._titles), default=0) + 24
        width = min(widest, max(160, int(self.viewport().width() * self.NAME_SHARE)))
        self.verticalHeader().setFixedWidth(width)
        lines = 2 if widest > width else 1
        self.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * lines + 10)
        room = width - 24
        for row, title in enumerate(self._titles):
            item = self.verticalHeaderItem(row)
            if item is not None:
                item.setText(two_lines(title, room, metrics))

    def resizeEvent(self, event: Any) -> None:
        """Refit the names to the new width (QWidget.resizeEvent)."""
        super().resizeEvent(event)
        if self._titles:
            self._fit_names()


def two_lines(text: str, width: int, metrics: Any) -> str:
    """`text` wrapped to at most two lines of `width` pixels; the second ends in "…" if cut."""
    words = text.split()
    first = ""
    taken = 0
    for word in words:
        attempt = f"{first} {word}".strip()
        if metrics.horizontalAdvance(attempt) > width:
            break
        first, taken = attempt, taken + 1
    if taken == 0:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    rest = " ".join(words[taken:])
    if not rest:
        return first
    return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class FindingsStep(QTextBrowser):
    """The findings, worst first, each with why and what to do; accepted risks marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_step")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setOpenLinks(False)

    def refresh(self, analysis: Any) -> None:
        """Show every open finding, then the accepted ones."""
        parts = []
        for finding in analysis.open_findings():
            colour = palette.SEVERITY[finding.severity]
            ink = readable_on(colour)
            severity = QCoreApplication.translate("FindingsStep", SEVERITY_TEXT[finding.severity])
            parts.append(
                f"<p style='margin:10px 0 0 0'><span style='background:{colour};color:{ink}'>"
                f"&nbsp;{severity}&nbsp;</span> "
                f"<b>{finding.code} {_escape(finding.title)}</b><br>{_escape(finding.message)}"
                f"<br><i>→ {_escape(finding.suggestion)}</i></p>")
        accepted = analysis.accepted_findings()
        if accepted:
            parts.append(
                QCoreApplication.translate(
                    "FindingsStep", "<p style='margin:18px 0 0 0'><b>Accepted risks</b></p>"
                )
            )
        mark = QCoreApplication.translate("FindingsStep", "ACCEPTED")
        for finding in accepted:
            a = finding.accepted
            parts.append(
                f"<p style='margin:6px 0 0 0'>{mark} · <b>{finding.code}</b> "
                f"{_escape(finding.message)}<br><i>{_escape(a.reason)} "
                f"({_escape(a.accepted_by)})</i></p>")
        if not parts:
            parts.append(
                QCoreApplication.translate(
                    "FindingsStep", "<p>No findings: every check passes.</p>"
                )
            )
        self.setHtml("".join(parts))
