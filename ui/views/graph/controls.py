"""The graph view's toolbar: layout, re-layout, filters, focus, search, zoom, export.

Built here so the view module keeps to behaviour. Every control has a
stable objectName (tests and the main window find them by it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.keys import NodeKey
from ui.icons import icon
from ui.views.graph.data import NODE_KINDS

LAYOUTS = (("layered", QT_TRANSLATE_NOOP("GraphControls", "Layered flow")), ("clusters",
        QT_TRANSLATE_NOOP("GraphControls", "Department clusters")))
"""(name, title) of each layout; the name is the `layout` of stored node positions."""

KIND_TEXTS = {
    "initiative": (QT_TRANSLATE_NOOP("GraphControls", "Initiatives"),
                   QT_TRANSLATE_NOOP("GraphControls", "Show initiative nodes")),
    "department": (QT_TRANSLATE_NOOP("GraphControls", "Departments"),
                   QT_TRANSLATE_NOOP("GraphControls", "Show department nodes")),
    "owner": (QT_TRANSLATE_NOOP("GraphControls", "Owners"),
              QT_TRANSLATE_NOOP("GraphControls", "Show owner nodes")),
    "vendor": (QT_TRANSLATE_NOOP("GraphControls", "Vendors"),
               QT_TRANSLATE_NOOP("GraphControls", "Show vendor nodes")),
}
"""(menu text, tooltip) of each node kind's Show entry."""

NO_DEPARTMENT = None
"""The department-filter entry (no key) for initiatives no department takes part in."""


def _action(parent: QObject, name: str, text: str, tip: str, icon_name: str = "",
            checkable: bool = False) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setCheckable(checkable)
    if icon_name:
        action.setIcon(icon(icon_name))
    return action


class GraphControls(QToolBar):
    """The toolbar above the graph canvas; the view connects its signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("GraphControls", "Graph"), parent)
        self.setObjectName("graph_toolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.layout_box = QComboBox(self)
        self.layout_box.setObjectName("graph_layout")
        self.layout_box.setToolTip(
            QCoreApplication.translate("GraphControls", "How to arrange the nodes")
        )
        for name, title in LAYOUTS:
            self.layout_box.addItem(QCoreApplication.translate("GraphControls", title), name)
        # Initiatives grouped by the department that leads them, IT-alone work marked.
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData("clusters")))
        self.addWidget(self.layout_box)
        self.relayout = _action(
            self,
            "graph_relayout",
            QCoreApplication.translate("GraphControls", "Re-layout"),
            QCoreApplication.translate(
                "GraphControls", "Forget dragged positions of this layout (undoable)"
            ),
            "schedule",
        )
        self.addAction(self.relayout)
        self.addSeparator()

        self.kinds_menu = QMenu(QCoreApplication.translate("GraphControls", "Show"), self)
        self.kind_actions: dict[str, QAction] = {}
        for kind in NODE_KINDS:
            # No icon: a checkable menu entry with an icon shows the icon instead of its tick.
            title, tip = KIND_TEXTS[kind]
            action = _action(self, f"graph_show_{kind}",
                             QCoreApplication.translate("GraphControls", title),
                             QCoreApplication.translate("GraphControls", tip), checkable=True)
            # The map opens on the CIO's question: initiatives and what they wait for.
            action.setChecked(kind == "initiative")
            self.kinds_menu.addAction(action)
            self.kind_actions[kind] = action
        self.addWidget(
            self._menu_button(
                "graph_kinds",
                QCoreApplication.translate("GraphControls", "Show"),
                self.kinds_menu,
                QCoreApplication.translate("GraphControls", "Which kinds of node the map shows"),
            )
        )

        self.departments_menu = QMenu(
            QCoreApplication.translate("GraphControls", "Departments"), self
        )
        self.all_departments = _action(
            self,
            "graph_departments_all",
            QCoreApplication.translate("GraphControls", "All departments"),
            QCoreApplication.translate("GraphControls", "Show every department's initiatives"),
            checkable=True,
        )
        self.all_departments.setChecked(True)
        self.department_actions: dict[NodeKey | None, QAction] = {}
        self.addWidget(
            self._menu_button(
                "graph_departments",
                QCoreApplication.translate("GraphControls", "Departments"),
                self.departments_menu,
                QCoreApplication.translate(
                    "GraphControls", "Which departments' initiatives the map shows"
                ),
            )
        )

        self.all_links = _action(
            self,
            "graph_all_links",
            QCoreApplication.translate("GraphControls", "All links"),
            QCoreApplication.translate(
                "GraphControls",
                "Draw ownership and vendor links of every node, not only of the selection",
            ),
            "dependency",
            checkable=True,
        )
        self.all_links.setChecked(True)
        self.addAction(self.all_links)
        self.focus = _action(
            self,
            "graph_focus",
            QCoreApplication.translate("GraphControls", "Focus"),
            QCoreApplication.translate("GraphControls", "Show only the selection's neighbourhood"),
            "find",
            checkable=True,
        )
        self.addAction(self.focus)
        self.hops = QSpinBox(self)
        self.hops.setObjectName("graph_hops")
        self.hops.setRange(1, 6)
        self.hops.setValue(2)
        self.hops.setSuffix(QCoreApplication.translate("GraphControls", " hops"))
        self.hops.setToolTip(
            QCoreApplication.translate(
                "GraphControls", "How many links away from the selection focus mode reaches"
            )
        )
        self.hops.setAccessibleName(
            QCoreApplication.translate("GraphControls", "Focus reach in hops")
        )
        self.addWidget(self.hops)
        self.addSeparator()

        self.search = QLineEdit(self)
        self.search.setObjectName("graph_search")
        self.search.setPlaceholderText(QCoreApplication.translate("GraphControls", "Find a node…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.setToolTip(
            QCoreApplication.translate(
                "GraphControls", "Type a name; Enter jumps to the next match"
            )
        )
        self.search.setAccessibleName(QCoreApplication.translate("GraphControls", "Find a node"))
        self.addWidget(self.search)
        self.addSeparator()

        self.zoom_label = QLabel("100 %", self)
        self.zoom_label.setObjectName("graph_zoom")
        self.zoom_label.setMinimumWidth(48)
        self.export_png = _action(
            self,
            "graph_export_png",
            QCoreApplication.translate("GraphControls", "PNG…"),
            QCoreApplication.translate("GraphControls", "Export the visible graph as a PNG image"),
            "save-as",
        )
        self.export_svg = _action(
            self,
            "graph_export_svg",
            QCoreApplication.translate("GraphControls", "SVG…"),
            QCoreApplication.translate(
                "GraphControls", "Export the visible graph as an SVG drawing"
            ),
            "save-as",
        )
        self.legend = _action(
            self,
            "graph_legend_toggle",
            QCoreApplication.translate("GraphControls", "Legend"),
            QCoreApplication.translate("GraphControls", "Show or hide the legend"),
            "about",
            checkable=True,
        )
        self.legend.setChecked(True)

    def _menu_button(self, name: str, text: str, menu: QMenu, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def add_view_actions(self, actions: list[QAction]) -> None:
        """Zoom and fit actions of the canvas, then export and legend."""
        for action in actions:
            self.addAction(action)
        self.addWidget(self.zoom_label)
        self.addSeparator()
        self.addAction(self.export_png)
        self.addAction(self.export_svg)
        self.addAction(self.legend)

    def choose(self, layout: str, kinds: set[str] | None = None) -> None:
        """Pick a layout ('layered', 'clusters') and the node kinds shown (None: every kind)."""
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(layout)))
        for kind, action in self.kind_actions.items():
            action.setChecked(kinds is None or kind in kinds)

    def set_departments(self, departments: list[tuple[NodeKey, str]]) -> None:
        """Offer one filter entry per (key, name) department, keeping their check state."""
        wanted: list[tuple[NodeKey | None, str]] = [
            *departments,
            (NO_DEPARTMENT, QCoreApplication.translate("GraphControls", "(no department)")),
        ]
        # "&" would underline the next letter ("E-commerce _Sales"): doubled, it shows as itself.
        wanted = [(key, name.replace("&", "&&")) for key, name in wanted]
        if [(k, a.text()) for k, a in self.department_actions.items()] == wanted:
            return
        checked = {k: a.isChecked() for k, a in self.department_actions.items()}
        self.departments_menu.clear()
        self.departments_menu.addAction(self.all_departments)
        self.departments_menu.addSeparator()
        self.department_actions = {}
        for key, name in wanted:
            action = QAction(name, self)
            action.setObjectName(f"graph_department_{'none' if key is None else key.id}")
            action.setCheckable(True)
            action.setChecked(checked.get(key, True))
            action.setData(key)
            self.departments_menu.addAction(action)
            self.department_actions[key] = action

    def departments_shown(self) -> set[NodeKey | None] | None:
        """Department keys whose initiatives are shown; None when all are."""
        keys = {k for k, a in self.department_actions.items() if a.isChecked()}
        return None if keys == set(self.department_actions) else keys

    def kinds_shown(self) -> set[str]:
        """The node kinds ticked in the Show menu."""
        return {k for k, a in self.kind_actions.items() if a.isChecked()}

    def layout_name(self) -> str:
        """The chosen layout's name ('layered' or 'clusters')."""
        return str(self.layout_box.currentData())
