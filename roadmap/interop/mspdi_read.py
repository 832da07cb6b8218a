"""Read MS Project XML (MSPDI) as a table of initiatives the sheet importer checks.

MS Project, ProjectLibre and GanttProject save a plan as MSPDI: tasks with
an outline, predecessor links, resources and assignments. `read_project`
turns one into rows with fixed columns (`COLUMNS`), so the spreadsheet
importer applies its own checks unchanged, all or nothing, naming each bad
task by its ID:

- tasks become initiatives (Name, Start, Finish, Notes, percent complete as
  status, priority); the project summary task (outline level 0) and empty
  task rows are skipped;
- summary tasks become the theme of the tasks under them (the nearest one);
- the first work resource assigned to a task is its owner, the resource's
  Group its role;
- milestone tasks (Milestone=1) become milestones of the initiative they
  belong to: the task they are linked from, else the task before them
  under the same summary, else the task after; a milestone with no task
  beside it becomes a one-day initiative;
- finish-to-start links become dependencies by title. The roadmap's
  dependencies are finish-to-start without lag, so lags are dropped and
  start-to-start, finish-to-finish and start-to-finish links are left out;
  so are links to or from summary tasks and to other projects. A link from
  a milestone is read as a link from its initiative. Each is noted.

The XML is parsed with defusedxml, streaming: a DOCTYPE (and so any entity
declaration) is refused, and the file size is checked first
(`safety.check_xml_size`). Works on plain lists so the importer (a layer
above) can wrap the result in its own types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from roadmap.i18n import QT_TRANSLATE_NOOP, translate

from .safety import check_xml_size

COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("ID", None), ("UID", None), ("Name", "title"), ("Start", "start"), ("Finish", "end"),
    ("Summary task", "theme"), ("Resource", "owner"), ("Resource group", "owner_role"),
    ("Percent complete", "status"), ("Priority", "priority"), ("Notes", "description"),
    ("Predecessors", "depends_on"), ("Milestones", "milestones"),
)
"""The columns of the table: the MSPDI name a report shows, and the import field it feeds."""
FINISH_TO_FINISH, FINISH_TO_START, START_TO_FINISH, START_TO_START = 0, 1, 2, 3
_LINK_NAMES = {FINISH_TO_FINISH: QT_TRANSLATE_NOOP("Interop", "finish-to-finish"),
               START_TO_FINISH: QT_TRANSLATE_NOOP("Interop", "start-to-finish"),
               START_TO_START: QT_TRANSLATE_NOOP("Interop", "start-to-start")}
WORK_RESOURCE = 1
UNASSIGNED = -65535
"""The resource UID MS Project writes for an assignment with no resource."""


class ProjectFileError(ValueError):
    """The file is not MS Project XML that can be read; nothing was imported."""


@dataclass
class ProjectTable:
    """The tasks of a project file as rows of `COLUMNS`, and what reading them noted."""

    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    """Each row's task ID, as MS Project shows it."""
    notes: list[str] = field(default_factory=list)


@dataclass
class _Link:
    predecessor: str
    kind: int = FINISH_TO_START
    lag: int = 0
    cross_project: bool = False


@dataclass
class _Task:
    uid: str
    number: int
    name: str = ""
    level: int = 1
    start: str = ""
    finish: str = ""
    summary: bool = False
    milestone: bool = False
    active: bool = True
    percent: str = ""
    priority: str = ""
    notes: str = ""
    links: list[_Link] = field(default_factory=list)
    parent: _Task | None = None
    children: int = 0


@dataclass
class _Read:
    """Everything the file holds that the import uses."""

    tasks: list[_Task] = field(default_factory=list)
    resources: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    """Resource UID -> (name, group, type)."""
    assignments: list[tuple[str, str]] = field(default_factory=list)
    """(task UID, resource UID) in file order."""
    root: str = ""


def read_project(path: str | Path) -> ProjectTable:
    """The tasks of the MSPDI file at `path`; ProjectFileError (or TooBigError) when unreadable."""
    path = Path(path)
    check_xml_size(path)
    try:
        found = _parse(path)
    except DefusedXmlException:
        raise ProjectFileError(translate("Interop", "the XML declares a DOCTYPE or entities; MS "
                                         "Project XML never does, and such a file is refused so "
                                         "that entity expansion cannot exhaust memory")) from None
    except ParseError as error:
        raise ProjectFileError(translate("Interop", "not well-formed XML ({error})").format(
            error=error)) from None
    if found.root != "Project":
        raise ProjectFileError(translate("Interop", "not MS Project XML: its root element is "
                                         "<{root}>, MSPDI's is <Project> (save as XML from MS "
                                         "Project, ProjectLibre or GanttProject)").format(
            root=found.root))
    return _table(found)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(path: Path) -> _Read:
    """Stream the file, keeping only tasks, resources and assignments."""
    found = _Read()
    depth = 0
    events: Iterator[tuple[str, Element]] = iterparse(
        str(path), events=("start", "end"), forbid_dtd=True, forbid_entities=True,
        forbid_external=True)
    for event, element in events:
        if event == "start":
            depth += 1
            if depth == 1:
                found.root = _local(element.tag)
            continue
        depth -= 1
        name = _local(element.tag)
        if depth == 2 and name == "Task":
            _task(found, element)
        elif depth == 2 and name == "Resource":
            values = _values(element)
            if values.get("UID"):
                found.resources[values["UID"]] = (
                    values.get("Name", ""), values.get("Group", ""),
                    _int(values.get("Type"), WORK_RESOURCE))
        elif depth == 2 and name == "Assignment":
            values = _values(element)
            if values.get("TaskUID") and values.get("ResourceUID"):
                found.assignments.append((values["TaskUID"], values["ResourceUID"]))
        if depth in (1, 2):  # a finished task, resource or list: its memory is freed
            element.clear()
    return found


def _values(element: Element) -> dict[str, str]:
    """The text of each direct child, by its local name."""
    return {_local(child.tag): (child.text or "").strip() for child in element}


def _int(text: str | None, default: int) -> int:
    try:
        return int(float(text)) if text else default
    except ValueError:
        return default


def _task(found: _Read, element: Element) -> None:
    values = _values(element)
    if values.get("IsNull") == "1" or not values.get("UID"):
        return
    outline = values.get("OutlineNumber", "")
    level = _int(values.get("OutlineLevel"), outline.count(".") + 1 if outline else 1)
    if level <= 0:
        return  # the project summary task
    task = _Task(values["UID"], _int(values.get("ID"), len(found.tasks) + 1),
                 name=values.get("Name", ""), level=level, start=values.get("Start", ""),
                 finish=values.get("Finish", ""), summary=values.get("Summary") == "1",
                 milestone=values.get("Milestone") == "1", active=values.get("Active") != "0",
                 percent=values.get("PercentComplete", ""), priority=values.get("Priority", ""),
                 notes=values.get("Notes", ""))
    for child in element:
        if _local(child.tag) == "PredecessorLink":
            link = _values(child)
            if link.get("PredecessorUID"):
                task.links.append(_Link(link["PredecessorUID"],
                                        _int(link.get("Type"), FINISH_TO_START),
                                        _int(link.get("LinkLag"), 0),
                                        link.get("CrossProject") == "1"))
    found.tasks.append(task)


def _table(found: _Read) -> ProjectTable:
    """Outline, owners, milestones and links resolved into rows."""
    notes: list[str] = []
    stack: list[_Task] = []
    for task in found.tasks:
        while stack and stack[-1].level >= task.level:
            stack.pop()
        task.parent = stack[-1] if stack else None
        if task.parent is not None:
            task.parent.children += 1
        stack.append(task)
    groups = [t for t in found.tasks if t.summary or t.children]
    regular = [t for t in found.tasks if not (t.summary or t.children)]
    work = [t for t in regular if not t.milestone]
    by_uid = {t.uid: t for t in found.tasks}
    owner_of = _owners(found, notes)
    home = _milestone_homes(regular, by_uid, notes)
    titles = _titles(work, notes)
    milestones: dict[str, list[str]] = {}
    for task in regular:
        if task.milestone and task.uid in home:
            when = _end(task.start, task.finish or task.start)
            text = f"{task.name} {when.isoformat()}" if isinstance(when, dt.date) \
                else f"{task.name} {when}"
            milestones.setdefault(home[task.uid].uid, []).append(text)
    depends = _dependencies(work, by_uid, home, titles, notes)
    unused = sum(len(t.links) for t in groups) + sum(
        1 for t in regular if t.milestone for link in t.links
        if t.uid not in home or link.predecessor != home[t.uid].uid)
    if unused:
        notes.append(translate("Interop", "{count} link(s) into summary tasks or milestones left "
                               "out (a theme has no dependencies; a milestone keeps only its "
                               "own initiative).").format(count=unused))
    rows, numbers = [], []
    for task in work:
        owner = owner_of.get(task.uid, ("", ""))
        rows.append([
            str(task.number), task.uid, titles[task.uid], _date(task.start),
            _end(task.start, task.finish), task.parent.name if task.parent else None,
            owner[0] or None, owner[1] or None, _status(task), _priority(task.priority),
            task.notes or None, _join(depends.get(task.uid, [])),
            _join(milestones.get(task.uid, [])),
        ])
        numbers.append(task.number)
    if groups:
        names = ", ".join(repr(g.name) for g in groups[:5])
        more = translate("Interop", " and {count} more").format(count=len(groups) - 5) \
            if len(groups) > 5 else ""
        notes.insert(0, translate("Interop", "{count} summary task(s) ({names}{more}) read as the "
                                  "theme of the tasks under them, not as initiatives.").format(
            count=len(groups), names=names, more=more))
    return ProjectTable([h for h, _ in COLUMNS], rows, numbers, notes)


def _join(items: list[str]) -> str | None:
    return "; ".join(item.replace(";", "\\;") for item in items) or None


def _date(text: str) -> Any:
    """The day of an MSPDI date-time, None when empty; text that is no date is kept as is."""
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return text  # the importer reports it on the task and field


def _end(start: str, finish: str) -> Any:
    """The last day of a task: a finish at midnight after its start day is the day before."""
    day = _date(finish)
    try:
        moment = dt.datetime.fromisoformat(finish)
        first = dt.datetime.fromisoformat(start).date()
    except ValueError:
        return day
    if moment.time() == dt.time(0) and moment.date() > first:
        return moment.date() - dt.timedelta(days=1)
    return day


def _status(task: _Task) -> str | None:
    if not task.active:
        return "cancelled"
    percent = _int(task.percent, 0)
    if percent >= 100:
        return "done"
    return "in progress" if percent > 0 else None


def _priority(text: str) -> str | None:
    """MS Project's 0-1000 (500 is its default, left unset) as 1 (highest) to 5."""
    if not text:
        return None
    value = _int(text, 500)
    if value == 500:
        return None
    return next(str(rank) for rank, floor in ((1, 800), (2, 600), (3, 400), (4, 200), (5, -1))
                if value >= floor)


def _owners(found: _Read, notes: list[str]) -> dict[str, tuple[str, str]]:
    """Task UID -> (owner name, role): its first assigned work resource."""
    owners: dict[str, tuple[str, str]] = {}
    extra = skipped = 0
    for task_uid, resource_uid in found.assignments:
        resource = found.resources.get(resource_uid)
        if resource_uid == str(UNASSIGNED) or resource is None or not resource[0]:
            continue
        name, group, kind = resource
        if kind != WORK_RESOURCE:
            skipped += 1
            continue
        if task_uid in owners:
            extra += 1
            continue
        owners[task_uid] = (name, group)
    if extra:
        notes.append(translate("Interop", "{count} further resource assignment(s) left out: the "
                               "first work resource assigned to a task is its owner (an "
                               "initiative has one).").format(count=extra))
    if skipped:
        notes.append(translate("Interop", "{count} material or cost resource assignment(s) left "
                               "out: only people (work resources) become owners.").format(
            count=skipped))
    return owners


def _milestone_homes(regular: list[_Task], by_uid: dict[str, _Task],
                     notes: list[str]) -> dict[str, _Task]:
    """Milestone task UID -> the task whose initiative it belongs to."""
    homes: dict[str, _Task] = {}
    for position, task in enumerate(regular):
        if not task.milestone:
            continue
        linked = [by_uid[link.predecessor] for link in task.links
                  if link.predecessor in by_uid and not link.cross_project]
        home = next((t for t in linked if _is_work(t)), None)
        if home is None:
            home = _neighbour(regular, position, task, step=-1) or \
                _neighbour(regular, position, task, step=1)
        if home is None:
            task.milestone = False  # nothing beside it: a one-day initiative
            notes.append(translate("Interop", "Milestone {name} (task {number}) has no task to "
                                   "belong to; imported as a one-day initiative.").format(
                name=repr(task.name), number=task.number))
            continue
        homes[task.uid] = home
    return homes


def _is_work(task: _Task) -> bool:
    return not (task.summary or task.children or task.milestone)


def _neighbour(regular: list[_Task], position: int, task: _Task, step: int) -> _Task | None:
    index = position + step
    while 0 <= index < len(regular):
        other = regular[index]
        if other.parent is not task.parent:
            index += step
            continue
        if _is_work(other):
            return other
        index += step
    return None


def _titles(work: list[_Task], notes: list[str]) -> dict[str, str]:
    """Task UID -> a unique title: a repeated name gets its summary's name, then its ID."""
    count: dict[str, int] = {}
    for task in work:
        count[task.name.strip().casefold()] = count.get(task.name.strip().casefold(), 0) + 1
    titles: dict[str, str] = {}
    used: set[str] = set()
    renamed = []
    for task in work:
        title = task.name.strip()
        if title and count[title.casefold()] > 1:
            title = f"{title} ({task.parent.name})" if task.parent else title
            if title.casefold() in used or count.get(title.casefold()):
                title = f"{task.name.strip()} (task {task.number})"
            renamed.append(f"{task.name.strip()!r} → {title!r}")
        used.add(title.casefold())
        titles[task.uid] = title
    if renamed:
        notes.append(translate("Interop", "Task names repeated in the project were made unique, "
                               "as a roadmap's titles are: {names}").format(
            names=", ".join(renamed[:5]))
            + (translate("Interop", " and {count} more.").format(count=len(renamed) - 5)
               if len(renamed) > 5 else "."))
    return titles


def _dependencies(work: list[_Task], by_uid: dict[str, _Task], home: dict[str, _Task],
                  titles: dict[str, str], notes: list[str]) -> dict[str, list[str]]:
    """Task UID -> titles it depends on; what cannot be a dependency is counted and noted."""
    depends: dict[str, list[str]] = {}
    dropped: dict[tuple[str, str], int] = {}
    lagged = via_milestone = 0

    def drop(sentence: str, kind: str = "") -> None:
        """Count a link left out; `sentence` (translated) says why, with {count} and {kind}."""
        dropped[(sentence, kind)] = dropped.get((sentence, kind), 0) + 1

    for task in work:
        for link in task.links:
            other = by_uid.get(link.predecessor)
            if link.cross_project or other is None:
                drop(translate("Interop", "{count} link(s) to tasks in other projects or not in "
                               "the file left out."))
                continue
            if other.summary or other.children:
                drop(translate("Interop", "{count} link(s) from summary tasks (a theme has no "
                               "dependencies) left out."))
                continue
            if link.kind != FINISH_TO_START:
                kind = translate("Interop", _LINK_NAMES[link.kind]) if link.kind in _LINK_NAMES \
                    else translate("Interop", "of type {type}").format(type=link.kind)
                drop(translate("Interop", "{count} link(s) {kind} (a roadmap dependency is "
                               "finish-to-start) left out."), kind)
                continue
            if other.milestone:
                if other.uid not in home or home[other.uid] is task:
                    drop(translate("Interop", "{count} link(s) from the task's own milestones "
                                   "left out."))
                    continue
                other = home[other.uid]
                via_milestone += 1
            if link.lag:
                lagged += 1
            title = titles[other.uid]
            if title not in depends.setdefault(task.uid, []):
                depends[task.uid].append(title)
    for (sentence, kind), count in dropped.items():
        notes.append(sentence.format(count=count, kind=kind))
    if via_milestone:
        notes.append(translate("Interop", "{count} link(s) from a milestone read as links from "
                               "the milestone's initiative.").format(count=via_milestone))
    if lagged:
        notes.append(translate("Interop", "{count} link(s) with a lag or lead kept without it: a "
                               "roadmap dependency has no lag.").format(count=lagged))
    return depends
