"""The roadmap as MS Project XML (MSPDI), for MS Project, ProjectLibre and GanttProject.

`crossroads export plan.roadmap -o plan.xml` writes one task per scheduled
initiative (start and finish, duration in working days, notes, percent
complete from the status), themes as summary tasks above them, each
initiative milestone as a milestone task just after its initiative, every
finish-to-start dependency as a predecessor link, and accountable owners as
work resources assigned to their initiatives. Dates are kept with a 'start no
earlier than' constraint (milestones 'must start on'), so a tool that
reschedules on open keeps the roadmap's dates. A link that closes a cycle
(CR201) is left out: those tools refuse circular links. Ideas without dates
have no place in a schedule and are left out too; the result says how many.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from roadmap.i18n import translate
from roadmap.model.atomic import write_atomically
from roadmap.model.entities import Initiative, Milestone, Owner
from roadmap.model.enums import Status
from roadmap.services.document import Document

NAMESPACE = "http://schemas.microsoft.com/project"
FINISH_TO_START = 1
START_TO_START = 3
START_NO_EARLIER_THAN = 4
MUST_START_ON = 2
_DAY_START, _DAY_END = dt.time(8, 0), dt.time(17, 0)


@dataclass
class ProjectExport:
    """What an MSPDI export wrote and what it had to leave out."""

    tasks: int = 0
    milestones: int = 0
    links: int = 0
    resources: int = 0
    undated: list[str] = field(default_factory=list)
    cut_links: list[tuple[str, str]] = field(default_factory=list)

    def warnings(self) -> list[str]:
        """Sentences for the user about what is not in the file."""
        notes = []
        if self.undated:
            notes.append(translate("Interop", "{count} initiative(s) without dates are not in "
                                   "the project file (a schedule needs dates): {titles}").format(
                count=len(self.undated),
                titles=", ".join(repr(t) for t in self.undated[:5])
                + (" ..." if len(self.undated) > 5 else "")))
        for after, before in self.cut_links:
            notes.append(translate("Interop", "the link {dependent} depends on {prerequisite} "
                                   "closes a dependency cycle (CR201) and is left out: project "
                                   "tools refuse circular links").format(
                dependent=repr(after), prerequisite=repr(before)))
        return notes


def working_days(first: dt.date, last: dt.date) -> int:
    """Monday-to-Friday days from `first` to `last`, both included (at least 1)."""
    if last < first:
        return 1
    weeks, rest = divmod((last - first).days + 1, 7)
    days = weeks * 5
    for offset in range(rest):
        if (first + dt.timedelta(days=offset)).weekday() < 5:
            days += 1
    return max(days, 1)


def project_xml(doc: Document) -> tuple[bytes, ProjectExport]:
    """The MSPDI document as UTF-8 bytes, and what it holds."""
    ET.register_namespace("", NAMESPACE)
    result = ProjectExport()
    info = doc.info
    initiatives: list[Initiative] = doc.all(Initiative)
    dated = [i for i in initiatives if i.start is not None and i.end is not None]
    result.undated = [i.title for i in initiatives if i.start is None or i.end is None]
    owners = {o.id: o for o in doc.all(Owner)}
    milestones: dict[int, list[Milestone]] = defaultdict(list)
    for milestone in doc.all(Milestone):
        milestones[milestone.initiative_id].append(milestone)
    first = min((i.start for i in dated if i.start), default=info.horizon_start)
    last = max((i.end for i in dated if i.end), default=info.horizon_end)

    root = ET.Element(_q("Project"))
    for tag, value in (("SaveVersion", "14"), ("Name", f"{info.title}.xml"),
                       ("Title", info.title), ("Company", info.organisation),
                       ("Author", info.author), ("ScheduleFromStart", "1"),
                       ("StartDate", _stamp(first, _DAY_START)),
                       ("FinishDate", _stamp(last, _DAY_END)),
                       ("FYStartDate", str(info.fiscal_year_start_month or 1)),
                       ("CurrencyCode", info.currency), ("CalendarUID", "1"),
                       ("DefaultStartTime", "08:00:00"),
                       ("DefaultFinishTime", "17:00:00"), ("MinutesPerDay", "480"),
                       ("MinutesPerWeek", "2400"), ("DaysPerMonth", "20")):
        _add(root, tag, value)
    _calendar(root)
    tasks = ET.SubElement(root, _q("Tasks"))
    _task(tasks, uid=0, outline="0", level=0, name=info.title, summary=True,
          start=first, finish=last)
    uid_of: dict[int, int] = {}
    next_uid = 1
    by_theme: dict[str, list[Initiative]] = defaultdict(list)
    for item in dated:
        by_theme[item.theme.strip()].append(item)
    keep = _acyclic_links(doc, {i.id for i in dated}, {i.id: i.title for i in initiatives},
                          result)
    predecessors: dict[int, list[int]] = defaultdict(list)
    for after, before in keep:
        predecessors[after].append(before)
    # Uids first, so a predecessor later in the file can be named.
    entries: list[_Entry] = []
    for theme, items in sorted(by_theme.items(), key=lambda t: (t[0] == "", t[0])):
        if theme:
            entries.append(_Entry("theme", next_uid, theme, min(_dates(i)[0] for i in items),
                                  max(_dates(i)[1] for i in items), False))
            next_uid += 1
        for item in sorted(items, key=lambda i: (_dates(i)[0], i.id)):
            uid_of[item.id] = next_uid
            entries.append(_Entry("initiative", next_uid, item.title, *_dates(item),
                                  bool(theme), item))
            next_uid += 1
            for milestone in sorted(milestones[item.id], key=lambda m: (m.date, m.id)):
                entries.append(_Entry("milestone", next_uid, milestone.name, milestone.date,
                                      milestone.date, bool(theme), item))
                next_uid += 1
    top = child = 0
    for entry in entries:
        if entry.kind == "theme":
            top, child = top + 1, 0
            _task(tasks, uid=entry.uid, outline=str(top), level=1, name=entry.name,
                  summary=True, start=entry.start, finish=entry.finish)
            continue
        if entry.in_theme:
            child += 1
            outline, level = f"{top}.{child}", 2
        else:
            top += 1
            outline, level = str(top), 1
        work = entry.initiative
        assert work is not None
        done = work.status is Status.DONE
        if entry.kind == "initiative":
            task = _task(tasks, uid=entry.uid, outline=outline, level=level, name=entry.name,
                         start=entry.start, finish=entry.finish, notes=work.description,
                         done=done, constraint=START_NO_EARLIER_THAN)
            for before in sorted(predecessors[work.id], key=lambda k: uid_of[k]):
                _link(task, uid_of[before], FINISH_TO_START)
                result.links += 1
            result.tasks += 1
        else:
            task = _task(tasks, uid=entry.uid, outline=outline, level=level, name=entry.name,
                         start=entry.start, finish=entry.finish, milestone=True,
                         constraint=MUST_START_ON, done=done)
            _link(task, uid_of[work.id], START_TO_START)
            result.milestones += 1
    used = sorted({i.owner_id for i in dated if i.owner_id in owners},
                  key=lambda k: owners[k].name.casefold())
    resources = ET.SubElement(root, _q("Resources"))
    resource_uid = {}
    for number, key in enumerate(used, start=1):
        resource = ET.SubElement(resources, _q("Resource"))
        owner = owners[key]
        for tag, value in (("UID", str(number)), ("ID", str(number)), ("Name", owner.name),
                           ("Type", "1"), ("IsNull", "0"), ("Group", owner.role),
                           ("MaxUnits", "1.00"), ("CalendarUID", "1")):
            _add(resource, tag, value)
        resource_uid[key] = number
    result.resources = len(used)
    assignments = ET.SubElement(root, _q("Assignments"))
    number = 0
    for item in dated:
        if item.owner_id in resource_uid:
            number += 1
            assignment = ET.SubElement(assignments, _q("Assignment"))
            for tag, value in (("UID", str(number)), ("TaskUID", str(uid_of[item.id])),
                               ("ResourceUID", str(resource_uid[item.owner_id])),
                               ("Units", "1")):
                _add(assignment, tag, value)
    ET.indent(root)
    data = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return data, result


@dataclass
class _Entry:
    """One task to write: a theme (summary), an initiative or a milestone."""

    kind: str
    uid: int
    name: str
    start: dt.date
    finish: dt.date
    in_theme: bool
    initiative: Initiative | None = None


def _dates(item: Initiative) -> tuple[dt.date, dt.date]:
    assert item.start is not None and item.end is not None
    return item.start, item.end


def export_project(doc: Document, path: str | Path) -> ProjectExport:
    """Write the MSPDI file to `path` (atomically); return what it holds."""
    data, result = project_xml(doc)
    write_atomically(path, lambda stream: stream.write(data))
    return result


def _acyclic_links(doc: Document, dated: set[int], titles: dict[int, str],
                   result: ProjectExport) -> list[tuple[int, int]]:
    """The dependencies between dated initiatives, less one link per cycle."""
    pairs = [(a, b) for a, b in doc.dependencies.pairs() if a in dated and b in dated]
    graph: nx.DiGraph[int] = nx.DiGraph(pairs)
    while True:
        try:
            a, b = nx.find_cycle(graph)[0][:2]
        except nx.NetworkXNoCycle:
            break
        graph.remove_edge(a, b)
        result.cut_links.append((titles[a], titles[b]))
    return [pair for pair in pairs if graph.has_edge(*pair)]


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def _add(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag))
    element.text = value
    return element


def _stamp(day: dt.date, time: dt.time) -> str:
    return dt.datetime.combine(day, time).isoformat()


def _task(tasks: ET.Element, *, uid: int, outline: str, level: int, name: str,
          start: dt.date, finish: dt.date, summary: bool = False, milestone: bool = False,
          notes: str = "", done: bool = False, constraint: int | None = None) -> ET.Element:
    task = ET.SubElement(tasks, _q("Task"))
    hours = 0 if milestone else working_days(start, finish) * 8
    values = [("UID", str(uid)), ("ID", str(uid)), ("Name", name), ("Type", "1"),
              ("IsNull", "0"), ("OutlineNumber", outline), ("OutlineLevel", str(level)),
              ("Start", _stamp(start, _DAY_START)),
              ("Finish", _stamp(finish, _DAY_START if milestone else _DAY_END)),
              ("Duration", f"PT{hours}H0M0S"), ("DurationFormat", "7"),
              ("Milestone", "1" if milestone else "0"), ("Summary", "1" if summary else "0"),
              ("PercentComplete", "100" if done else "0")]
    if constraint is not None:
        values += [("ConstraintType", str(constraint)),
                   ("ConstraintDate", _stamp(start, _DAY_START))]
    if notes:
        values.append(("Notes", notes))
    for tag, value in values:
        _add(task, tag, value)
    return task


def _link(task: ET.Element, predecessor: int, kind: int) -> None:
    link = ET.SubElement(task, _q("PredecessorLink"))
    for tag, value in (("PredecessorUID", str(predecessor)), ("Type", str(kind)),
                       ("CrossProject", "0"), ("LinkLag", "0"), ("LagFormat", "7")):
        _add(link, tag, value)


def _calendar(root: ET.Element) -> None:
    """The Standard calendar: Monday to Friday, 08:00-12:00 and 13:00-17:00."""
    calendars = ET.SubElement(root, _q("Calendars"))
    calendar = ET.SubElement(calendars, _q("Calendar"))
    for tag, value in (("UID", "1"), ("Name", "Standard"), ("IsBaseCalendar", "1"),
                       ("BaseCalendarUID", "-1")):
        _add(calendar, tag, value)
    days = ET.SubElement(calendar, _q("WeekDays"))
    for day_type in range(1, 8):  # 1 is Sunday
        day = ET.SubElement(days, _q("WeekDay"))
        working = day_type not in (1, 7)
        _add(day, "DayType", str(day_type))
        _add(day, "DayWorking", "1" if working else "0")
        if working:
            times = ET.SubElement(day, _q("WorkingTimes"))
            for start, end in (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")):
                period = ET.SubElement(times, _q("WorkingTime"))
                _add(period, "FromTime", start)
                _add(period, "ToTime", end)
