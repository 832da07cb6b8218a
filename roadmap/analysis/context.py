"""What every rule reads: the graph, indexed once, plus today's date and the settings.

Rules never query the document: they read these plain dictionaries, built
in one pass over the graph, so the whole analysis stays linear in the size
of the roadmap.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from roadmap import formats
from roadmap.i18n import translate
from roadmap.model.enums import CLOSED_STATUSES, Role
from roadmap.model.keys import NodeKey

from ..graph import Attrs, RoadmapGraph, adjacency
from ..schedule import Pair, find_cycles, link_to_cut
from .settings import RuleSettings


@dataclass
class Context:
    """The indexed roadmap one analysis run reads."""

    graph: RoadmapGraph
    today: dt.date
    settings: RuleSettings
    initiatives: dict[int, Attrs] = field(default_factory=dict)
    departments: dict[int, Attrs] = field(default_factory=dict)
    owners: dict[int, Attrs] = field(default_factory=dict)
    vendors: dict[int, Attrs] = field(default_factory=dict)
    prerequisites: dict[int, list[int]] = field(default_factory=dict)
    """Initiative id -> the ids it depends on."""
    dependents: dict[int, list[int]] = field(default_factory=dict)
    """Initiative id -> the ids that depend on it."""
    dependency_ids: dict[tuple[int, int], int] = field(default_factory=dict)
    """(initiative, depends_on) -> the Dependency row id (newer links have larger ids)."""
    participations: dict[int, list[tuple[int, Role]]] = field(default_factory=dict)
    """Initiative id -> (department id, Role) of each department taking part."""
    vendor_users: dict[int, list[int]] = field(default_factory=dict)
    """Vendor id -> the initiatives using it."""
    initiative_vendors: dict[int, list[int]] = field(default_factory=dict)
    """Initiative id -> the vendors it uses."""
    scope: frozenset[int] | None = None
    """When set, per-initiative rules look only at these initiatives (see Rule.per_initiative)."""
    _cycles: list[tuple[list[int], Pair, str]] | None = None

    @classmethod
    def from_graph(cls, graph: RoadmapGraph, today: dt.date,
                   settings: RuleSettings) -> Context:
        """Index a graph built by `roadmap.graph.build_graph`."""
        ctx = cls(graph, today, settings)
        tables = {
            "initiative": ctx.initiatives, "department": ctx.departments,
            "owner": ctx.owners, "vendor": ctx.vendors,
        }
        nodes: dict[NodeKey, Attrs] = {}  # a plain dict reads faster than the node view
        for key, attrs in graph.nodes(data=True):
            nodes[key] = attrs
            tables[attrs["kind"]][attrs["id"]] = attrs
        for table in tables.values():
            ordered = dict(sorted(table.items()))
            table.clear()
            table.update(ordered)
        succ, pred = adjacency(graph)
        for a in ctx.initiatives:
            key = NodeKey.initiative(a)
            for target, keys in succ[key].items():
                other = nodes[target]["id"]
                if "depends_on" in keys:
                    ctx.prerequisites.setdefault(a, []).append(other)
                    ctx.dependents.setdefault(other, []).append(a)
                    ctx.dependency_ids[(a, other)] = keys["depends_on"].get("id", 0)
                if "uses_vendor" in keys:
                    ctx.vendor_users.setdefault(other, []).append(a)
                    ctx.initiative_vendors.setdefault(a, []).append(other)
            for source, keys in pred[key].items():
                if "takes_part" in keys:
                    ctx.participations.setdefault(a, []).append(
                        (nodes[source]["id"], keys["takes_part"]["role"])
                    )
        return ctx

    # --- reading helpers ----------------------------------------------------

    def cycles(self) -> list[tuple[list[int], Pair, str]]:
        """Each dependency cycle (bounded by CR201.max_cycles), its link to cut and why."""
        if self._cycles is None:
            pairs = list(self.dependency_ids)
            limit = int(self.settings.threshold("CR201.max_cycles"))
            self._cycles = [
                (cycle, *link_to_cut(cycle, self.initiatives, self.dependency_ids))
                for cycle in find_cycles(pairs, limit)
            ]
        return self._cycles

    def reset_cycles(self) -> None:
        """Forget the cycles found (the links changed): `cycles()` looks again."""
        self._cycles = None

    @property
    def horizon(self) -> tuple[dt.date | None, dt.date | None]:
        """The planning horizon's first and last day."""
        return self.graph.graph.get("horizon_start"), self.graph.graph.get("horizon_end")

    @property
    def currency(self) -> str:
        """The roadmap's currency code (EUR by default)."""
        return str(self.graph.graph.get("currency") or "EUR")

    def open_initiatives(self) -> list[Attrs]:
        """Initiatives still to do (neither done nor cancelled), in id order (within the scope)."""
        if self.scope is not None:
            known = self.initiatives
            chosen = [known[k] for k in sorted(self.scope) if k in known]
            return [i for i in chosen if i["status"] not in CLOSED_STATUSES]
        return [i for i in self.initiatives.values() if i["status"] not in CLOSED_STATUSES]

    def within(self, scope: frozenset[int]) -> Context:
        """This context with per-initiative rules limited to `scope` (the indexes are shared)."""
        return replace(self, scope=scope)

    def title(self, initiative_id: int) -> str:
        """An initiative's title in quotes, for messages."""
        attrs = self.initiatives.get(initiative_id)
        if attrs:
            return f"'{attrs['title']}'"
        return translate("Analysis", "initiative {id}").format(id=initiative_id)

    def department_name(self, department_id: int | None) -> str:
        """A department's name, or 'no department'."""
        attrs = self.departments.get(department_id) if department_id is not None else None
        return str(attrs["name"]) if attrs else translate("Analysis", "no department")

    def owner_name(self, owner_id: int | None) -> str:
        """A person's name, or 'nobody'."""
        attrs = self.owners.get(owner_id) if owner_id is not None else None
        return str(attrs["name"]) if attrs else translate("Analysis", "nobody")

    def money(self, amount: int | float) -> str:
        """An amount with the roadmap's currency: 'EUR 1,200,000'."""
        return formats.money_exact(amount, self.currency)
