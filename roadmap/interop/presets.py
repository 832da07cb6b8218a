"""The columns Jira, MS Project, Aha! and ProductPlan write in their CSV exports.

A planning tool's export names its columns its own way ("Summary", "Issue
key", "Resource Names") and refers to other rows by the tool's own ids
("PROJ-12", "3FS+2d"). A `Preset` says, for one tool, which export header
feeds which import field, which values mean which status, which columns
link rows, and which rows are really groupings (Jira epics with children,
MS Project summary tasks) that become themes. `detect` recognises an
export from its headers; `prepare` turns its rows into what the importer
reads: references become the titles the dependency check resolves, and
grouping rows become their children's theme.

Works on plain header and row lists so the spreadsheet importer (a layer
above) can use it without this module knowing its types.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from roadmap.i18n import translate

from .values import ENUMS


def fold(text: object) -> str:
    """A header as presets compare it: case and spacing ignored, brackets kept."""
    return " ".join(str(text or "").replace("\ufeff", "").casefold().split())


@dataclass(frozen=True)
class Preset:
    """One tool's CSV export: its headers, values, links and groupings."""

    name: str
    """The name `--preset` takes: jira, msproject, aha, productplan."""
    label: str
    """How the report names the tool: 'Jira'."""
    columns: Mapping[str, str]
    """Folded export header -> import field key; the first header present wins a field."""
    signature: tuple[frozenset[str], ...]
    """Header groups that identify the export: each group needs one of its headers."""
    also: tuple[tuple[str, str], ...] = ()
    """Second readings, tried after `columns`: (folded header, field) for a header whose
    first field another header took (Aha!'s 'Initiative name' is the theme of features)."""
    ids: tuple[str, ...] = ()
    """Headers holding a row's own reference (Jira's key and id, MS Project's ID)."""
    depends: tuple[str, ...] = ()
    """Headers whose cells name the rows this row depends on."""
    blocks: tuple[str, ...] = ()
    """Headers whose cells name the rows that depend on this one."""
    parents: tuple[str, ...] = ()
    """Headers naming a row's parent; a parent in the sheet becomes its children's theme."""
    values: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """(field key, folded export text) -> the value the importer reads."""
    reference: Callable[[str], str | None] = lambda text: text.strip() or None
    """The row reference one link item names ('3FS+2 days' -> '3'), None to skip it."""
    split: str = r"[;,]"
    """How a link cell separates its items."""
    ignore: tuple[str, ...] = ()
    """Headers whose names look like an import field but mean something else in this tool
    (MS Project's 'Summary' and 'Milestone' say Yes or No); other unnamed headers are
    matched as in any sheet, so a column the user added ('Budget') still imports."""
    resources: bool = False
    """The owner column lists resources ('Ana Ruiz[50%],Ben Ode'): the first is the owner."""


@dataclass
class Prepared:
    """A sheet's rows after a preset: what the importer reads, and what it noted."""

    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    mapping: dict[int, str | None]
    """Column index -> field key, None to ignore it; columns not named are matched as usual."""
    values: dict[tuple[str, str], str]
    notes: list[str] = field(default_factory=list)


def _headers(*names: str) -> frozenset[str]:
    return frozenset(fold(n) for n in names)


_JIRA_STATUS = {"to do": "planned", "selected for development": "planned",
                "backlog": "idea", "in review": "in_progress", "in progress": "in_progress",
                "done": "done", "won't do": "cancelled", "closed": "done"}
_JIRA_PRIORITY = {"highest": "1", "blocker": "1", "high": "2", "critical": "2",
                  "medium": "3", "major": "3", "low": "4", "minor": "4", "lowest": "5",
                  "trivial": "5"}


def _jira_reference(text: str) -> str | None:
    return text.strip().upper() or None


JIRA = Preset(
    "jira", "Jira",
    {"summary": "title", "description": "description", "status": "status",
     "assignee": "owner", "priority": "priority", "parent summary": "theme",
     "custom field (start date)": "start", "start date": "start",
     "custom field (target start)": "start", "target start": "start",
     "custom field (target end)": "end", "target end": "end", "due date": "end",
     "team": "departments", "custom field (team)": "departments",
     "team name": "departments", "component/s": "departments", "components": "departments"},
    (_headers("summary"), _headers("issue key", "issue id"), _headers("issue type")),
    ids=("issue key", "issue id"),
    depends=("inward issue link (blocks)",),
    blocks=("outward issue link (blocks)",),
    parents=("parent", "parent id", "parent key", "custom field (epic link)", "epic link"),
    values={**{("status", k): v for k, v in _JIRA_STATUS.items()},
            **{("priority", k): v for k, v in _JIRA_PRIORITY.items()}},
    reference=_jira_reference,
    ignore=("issue type", "project name", "project key", "project type", "project lead",
            "project description", "status category", "resolution", "sprint", "labels"),
)
"""Jira's 'Export Excel CSV (all fields)': links by issue key, epics as parents."""

_PREDECESSOR = re.compile(r"^\s*(\d+)\s*(?:(?:fs|ss|ff|sf|ea|dc|fd|df|ad)\b.*|[+-].*)?$",
                          re.IGNORECASE)


def _msproject_reference(text: str) -> str | None:
    """'3FS+2 days' -> '3'; a link to another project's task (path\\12) is skipped."""
    match = _PREDECESSOR.match(text)
    return match[1] if match else (text.strip() or None)


MSPROJECT = Preset(
    "msproject", "MS Project",
    {"name": "title", "task name": "title", "start": "start", "finish": "end",
     "resource names": "owner", "notes": "description", "status": "status",
     "priority": "priority"},
    (_headers("name", "task name"), _headers("finish"),
     _headers("predecessors", "resource names", "outline level", "duration", "% complete",
              "unique id")),
    ids=("id",),
    depends=("predecessors",),
    values={("status", "complete"): "done", ("status", "on schedule"): "in_progress",
            ("status", "late"): "in_progress", ("status", "future task"): "planned"},
    reference=_msproject_reference,
    ignore=("summary", "milestone", "outline level", "outline number", "wbs"),
    resources=True,
)
"""MS Project's CSV export (Save As, CSV): predecessors by ID, summary tasks as themes."""

AHA = Preset(
    "aha", "Aha!",
    {"feature name": "title", "initiative name": "title", "epic name": "title",
     "feature description": "description", "description": "description",
     "feature status": "status", "initiative status": "status", "status": "status",
     "feature start date": "start", "initiative start date": "start", "start date": "start",
     "feature due date": "end", "initiative end date": "end", "due date": "end",
     "end date": "end", "assigned to": "owner", "feature assigned to": "owner",
     "assigned to user": "owner", "feature assigned to user": "owner",
     "goal name": "success_measure"},
    signature=(_headers("feature name", "initiative name", "epic name"),
               _headers("release", "release name", "feature status", "assigned to",
                        "feature assigned to", "initiative status", "feature reference #",
                        "feature reference num")),
    also=(("initiative name", "theme"), ("epic name", "theme"), ("release name", "theme"),
          ("release", "theme")),
    values={("status", k): v for k, v in {
        "under consideration": "idea", "future consideration": "idea",
        "not started": "planned", "ready to develop": "planned", "in design": "planned",
        "in development": "in_progress", "ready to ship": "in_progress",
        "needs review": "in_progress", "on track": "in_progress", "at risk": "in_progress",
        "off track": "in_progress", "shipped": "done", "completed": "done",
        "will not implement": "cancelled", "won't do": "cancelled"}.items()},
)
"""Aha!'s list report CSV of features or initiatives; a feature's initiative (or epic,
or release) becomes its theme."""

PRODUCTPLAN = Preset(
    "productplan", "ProductPlan",
    {"bar name": "title", "bar": "title", "name": "title", "lane": "theme",
     "container": "theme", "start date": "start", "end date": "end",
     "description": "description", "owner": "owner", "legend": "status"},
    (_headers("bar name", "bar"), _headers("lane"),
     _headers("start date", "end date", "legend", "container")),
    values={("status", k): v for k, v in {
        "planned": "planned", "in progress": "in_progress", "complete": "done",
        "completed": "done", "at risk": "in_progress", "not started": "planned",
        "under consideration": "idea", "parked": "idea"}.items()},
)
"""ProductPlan's roadmap CSV export: bars in lanes; the lane is the theme."""

PRESETS: dict[str, Preset] = {p.name: p for p in (JIRA, MSPROJECT, AHA, PRODUCTPLAN)}
"""The presets by the name `--preset` takes."""


def preset_by_name(name: str) -> Preset:
    """The preset called `name` (any case); KeyError naming the presets otherwise."""
    try:
        return PRESETS[name.strip().casefold()]
    except KeyError:
        raise KeyError(translate("Interop", "unknown preset {name}; presets are {presets}").format(
            name=repr(name), presets=", ".join(PRESETS))) from None


def detect(headers: Sequence[object]) -> Preset | None:
    """The preset whose signature the headers match, or None when none (or two) match."""
    present = {fold(h) for h in headers}
    found = [p for p in PRESETS.values() if all(group & present for group in p.signature)]
    return found[0] if len(found) == 1 else None


def prepare(preset: Preset, headers: Sequence[object], rows: Sequence[Sequence[Any]],
            row_numbers: Sequence[int]) -> Prepared:
    """The rows as the importer should read them after `preset`.

    Repeated columns (Jira writes one 'Component/s' per component) are joined
    into the first; link columns become one 'depends on' column naming titles;
    parents and summary tasks in the sheet become their children's theme and
    are left out as rows. A reference to no row is kept as written, so the
    importer reports it on its row and column.
    """
    texts = [str(h if h is not None else "").strip() for h in headers]
    folded = [fold(t) for t in texts]
    table = [[*row, *([None] * (len(texts) - len(row)))] for row in rows]
    numbers = list(row_numbers)
    silent = {*preset.ignore, *preset.ids, *preset.depends, *preset.blocks, *preset.parents}
    mapping: dict[int, str | None] = {i: None for i, name in enumerate(folded)
                                      if name in silent}
    taken: set[str] = set()
    for name, key in [*preset.columns.items(), *preset.also]:  # the order says who wins
        if name not in folded or key in taken:
            continue
        first = folded.index(name)
        if mapping.get(first) is not None:
            continue
        mapping[first] = key
        taken.add(key)
        for index in range(first + 1, len(folded)):
            if folded[index] == name:
                _join_into(table, first, index)
                mapping[index] = None
    for index, name in enumerate(folded):  # a second header for a field the preset reads
        if index not in mapping and name in preset.columns:
            mapping[index] = None
    values = dict(preset.values)
    for index, field_key in mapping.items():
        if field_key in ("start", "end"):  # MS Project writes NA for a date not set
            for row in table:
                if fold(row[index]) in ("na", "n/a", "nv"):
                    row[index] = None
    for index, field_key in mapping.items():
        if field_key is not None and field_key not in ENUMS:  # closed lists map values later
            for row in table:
                row[index] = values.get((field_key, fold(row[index])), row[index])
    result = Prepared(texts, table, numbers, mapping, values)
    owner = next((i for i, k in mapping.items() if k == "owner"), None)
    if preset.resources and owner is not None:
        for row in table:
            resource = re.split(r"[,;]", _text(row[owner]))[0]
            row[owner] = re.sub(r"\[[^\]]*\]", "", resource).strip() or None
    title = next((i for i, k in mapping.items() if k == "title"), None)
    if title is None:
        return result
    titles = [_text(row[title]) for row in table]
    refs = _references(preset, folded, table)
    groups = _groups(preset, folded, table, refs, titles, result)
    _links(preset, folded, result, refs, titles, groups)
    if groups:
        keep = [i for i in range(len(table)) if i not in groups]
        result.rows = [table[i] for i in keep]
        result.row_numbers = [numbers[i] for i in keep]
    return result


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _join_into(table: list[list[Any]], first: int, other: int) -> None:
    for row in table:
        parts = [p for p in (_text(row[first]), _text(row[other])) if p]
        row[first] = "; ".join(parts) or None


def _references(preset: Preset, folded: list[str], table: list[list[Any]]) -> dict[str, int]:
    """Each row's own references (its key, its id) -> its index."""
    refs: dict[str, int] = {}
    columns = [i for i, name in enumerate(folded) if name in preset.ids]
    for index, row in enumerate(table):
        own = [_text(row[c]) for c in columns]
        if not columns and preset.name == "msproject":
            own = [str(index + 1)]  # without an ID column, MS Project numbers tasks in order
        for ref in own:
            if ref:
                refs.setdefault(preset.reference(ref) or ref, index)
    return refs


def _groups(preset: Preset, folded: list[str], table: list[list[Any]], refs: dict[str, int],
            titles: list[str], result: Prepared) -> set[int]:
    """Rows that group others (a parent, a summary task) and become a theme; set children's."""
    parents: dict[int, int] = {}
    for column in (i for i, name in enumerate(folded) if name in preset.parents):
        for index, row in enumerate(table):
            ref = preset.reference(_text(row[column])) if _text(row[column]) else None
            if ref is not None and ref in refs and refs[ref] != index:
                parents.setdefault(index, refs[ref])
    if "outline level" in folded:
        level_at = folded.index("outline level")
        summary_at = folded.index("summary") if "summary" in folded else None
        stack: list[tuple[int, int]] = []
        for index, row in enumerate(table):
            try:
                level = int(float(_text(row[level_at]) or 0))
            except ValueError:
                continue
            while stack and stack[-1][0] >= level:
                stack.pop()
            if stack:
                parents.setdefault(index, stack[-1][1])
            is_summary = _text(row[summary_at]).casefold() in ("yes", "ja", "true", "1") \
                if summary_at is not None else None
            if is_summary or is_summary is None:
                stack.append((level, index))
    groups = set(parents.values())
    if not groups:
        return groups
    theme = next((i for i, k in result.mapping.items() if k == "theme"), None)
    if theme is None:
        theme = len(result.headers)
        result.headers.append("Theme")
        result.mapping[theme] = "theme"
        for row in table:
            row.append(None)
    for child, parent in parents.items():
        if child not in groups:
            table[child][theme] = titles[parent] or table[child][theme]
    names = ", ".join(repr(titles[g]) for g in sorted(groups)[:5])
    more = translate("Interop", " and {count} more").format(count=len(groups) - 5) \
        if len(groups) > 5 else ""
    result.notes.append(translate("Interop", "{count} {tool} grouping row(s) ({names}{more}) "
                                  "read as the theme of the rows under them, not as "
                                  "initiatives.").format(count=len(groups), tool=preset.label,
                                                         names=names, more=more))
    return groups


def _links(preset: Preset, folded: list[str], result: Prepared, refs: dict[str, int],
           titles: list[str], groups: set[int]) -> None:
    """Write each row's dependencies, by title, into the first link column present."""
    depends = [i for i, name in enumerate(folded) if name in preset.depends]
    blocks = [i for i, name in enumerate(folded) if name in preset.blocks]
    if not depends and not blocks:
        return
    table = result.rows
    needs: list[list[str]] = [[] for _ in table]
    skipped = outside = 0

    def item_refs(cell: Any) -> list[str]:
        found = (preset.reference(part) for part in re.split(preset.split, _text(cell)))
        return [ref for ref in found if ref]

    for index, row in enumerate(table):
        for column, outward in [*((c, False) for c in depends), *((c, True) for c in blocks)]:
            for ref in item_refs(row[column]):
                other = refs.get(ref)
                if other is not None and (other in groups or index in groups):
                    skipped += 1
                    continue
                if outward:
                    if other is not None:
                        needs[other].append(titles[index])
                    else:  # the row it blocks is not in the sheet: no dependency here
                        outside += 1
                    continue
                needs[index].append(titles[other] if other is not None else ref)
    target = (depends or blocks)[0]
    for column in [*depends, *blocks]:
        result.mapping[column] = None
    result.mapping[target] = "depends_on"
    for index, row in enumerate(table):
        unique = list(dict.fromkeys(n for n in needs[index] if n))
        row[target] = "; ".join(n.replace(";", "\\;") for n in unique) or None
    if outside:
        result.notes.append(translate("Interop", "{count} link(s) to rows this sheet does not "
                                      "hold, which wait for rows here, left out.").format(
            count=outside))
    if skipped:
        result.notes.append(translate("Interop", "{count} link(s) to or from grouping rows left "
                                      "out: a theme has no dependencies.").format(count=skipped))
