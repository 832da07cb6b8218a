"""The MS Project XML import: tasks, summary themes, resources, milestones and links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from main import main
from roadmap.interop.mspdi_write import export_project
from roadmap.samples.bundled import build_sample
from roadmap.services.document import Document
from roadmap.spreadsheet import SheetError, apply_plan, build_plan, read_sheet

NS = "http://schemas.microsoft.com/project"


def _task(uid: int, name: str, level: int, start: str = "", finish: str = "", *,
          summary: bool = False, milestone: bool = False, percent: int = 0,
          priority: int = 500, links: tuple[tuple[int, int, int], ...] = (),
          extra: str = "") -> str:
    """One <Task> as MS Project 2016 writes it (links: predecessor UID, type, lag)."""
    link_xml = "".join(
        f"<PredecessorLink><PredecessorUID>{p}</PredecessorUID><Type>{t}</Type>"
        f"<CrossProject>0</CrossProject><LinkLag>{lag}</LinkLag><LagFormat>7</LagFormat>"
        "</PredecessorLink>" for p, t, lag in links)
    return (f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><Type>1</Type>"
            f"<IsNull>0</IsNull><CreateDate>2026-11-02T09:12:00</CreateDate>"
            f"<OutlineNumber>{uid}</OutlineNumber><OutlineLevel>{level}</OutlineLevel>"
            f"<Priority>{priority}</Priority><Start>{start}</Start><Finish>{finish}</Finish>"
            f"<Duration>PT80H0M0S</Duration><DurationFormat>7</DurationFormat>"
            f"<Milestone>{int(milestone)}</Milestone><Summary>{int(summary)}</Summary>"
            f"<PercentComplete>{percent}</PercentComplete>{extra}{link_xml}"
            "<ExtendedAttribute><FieldID>188743731</FieldID><Value>x</Value>"
            "</ExtendedAttribute><Baseline><Number>0</Number><Start>2027-01-04T08:00:00"
            "</Start></Baseline></Task>")


def pmo_file(path: Path, tasks: str | None = None, head: str = "") -> Path:
    """A realistic PMO plan: phases, repeated task names, people and a material resource."""
    tasks = tasks if tasks is not None else "".join([
        _task(0, "Digital programme", 0, "2027-01-04T08:00:00", "2027-06-30T17:00:00",
              summary=True),
        _task(1, "Checkout", 1, "2027-01-04T08:00:00", "2027-04-30T17:00:00", summary=True),
        _task(2, "Design", 2, "2027-01-04T08:00:00", "2027-01-29T17:00:00", percent=100,
              extra="<Notes>UX and flows</Notes>"),
        _task(3, "Build", 2, "2027-02-01T08:00:00", "2027-04-30T17:00:00", percent=40,
              priority=900, links=((2, 1, 4800),)),
        _task(4, "Go-live", 2, "2027-04-30T17:00:00", "2027-04-30T17:00:00", milestone=True,
              links=((3, 1, 0),)),
        _task(5, "Loyalty", 1, "2027-03-01T08:00:00", "2027-06-30T17:00:00", summary=True),
        _task(6, "Design", 2, "2027-03-01T08:00:00", "2027-03-27T00:00:00"),
        _task(7, "Points engine", 2, "2027-04-01T08:00:00", "2027-06-30T17:00:00",
              links=((6, 1, 0), (4, 1, 0), (3, 3, 0), (1, 1, 0))),
        _task(8, "Pilot in 3 stores", 2, "2027-05-14T08:00:00", "2027-05-14T08:00:00",
              milestone=True),
        _task(9, "Training", 1, "2027-05-03T08:00:00", "2027-05-28T17:00:00",
              links=((7, 0, 0),)),
    ])
    body = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{head}'
            f'<Project xmlns="{NS}"><SaveVersion>14</SaveVersion><Name>PMO.xml</Name>'
            "<Calendars><Calendar><UID>1</UID><Name>Standard</Name></Calendar></Calendars>"
            f"<Tasks>{tasks}</Tasks><Resources>"
            "<Resource><UID>0</UID><ID>0</ID><Type>1</Type><IsNull>0</IsNull></Resource>"
            "<Resource><UID>1</UID><ID>1</ID><Name>Ana Ruiz</Name><Type>1</Type>"
            "<Group>Head of Digital</Group></Resource>"
            "<Resource><UID>2</UID><ID>2</ID><Name>Ben Ode</Name><Type>1</Type></Resource>"
            "<Resource><UID>3</UID><ID>3</ID><Name>Concrete</Name><Type>0</Type></Resource>"
            "</Resources><Assignments>"
            + "".join(f"<Assignment><UID>{n}</UID><TaskUID>{t}</TaskUID><ResourceUID>{r}"
                      "</ResourceUID><Units>1</Units><TimephasedData><Type>1</Type>"
                      "<Value>PT8H0M0S</Value></TimephasedData></Assignment>"
                      for n, (t, r) in enumerate(((2, 1), (3, 2), (3, 1), (7, 3), (7, 2),
                                                  (9, -65535)), start=1))
            + "</Assignments></Project>")
    path.write_text(body, encoding="utf-8")
    return path


def test_a_pmo_plan_imports_tasks_themes_owners_milestones_and_links(tmp_path: Path) -> None:
    doc = Document.in_memory(title="Plan")
    plan = build_plan(doc, read_sheet(pmo_file(tmp_path / "pmo.xml")))
    assert plan.ok, plan.report()
    apply_plan(doc, plan)
    by_title = {i.title: i for i in doc.initiatives.all()}
    assert set(by_title) == {"Design (Checkout)", "Build", "Design (Loyalty)",
                             "Points engine", "Training"}
    build = by_title["Build"]
    assert (build.theme, build.start, build.end) == ("Checkout", dt.date(2027, 2, 1),
                                                     dt.date(2027, 4, 30))
    assert by_title["Training"].theme == ""
    assert by_title["Design (Loyalty)"].end == dt.date(2027, 3, 26)  # midnight: the day before
    assert by_title["Design (Checkout)"].status.value == "done"
    assert by_title["Design (Checkout)"].description == "UX and flows"
    assert (build.status.value, build.priority) == ("in_progress", 1)
    owners = {o.id: o for o in doc.owners.all()}
    assert owners[by_title["Design (Checkout)"].owner_id].role == "Head of Digital"
    assert owners[build.owner_id].name == "Ben Ode"  # the first of two
    assert owners[by_title["Points engine"].owner_id].name == "Ben Ode"  # not the material
    assert by_title["Training"].owner_id is None
    milestones = {m.name: (m.initiative_id, m.date) for m in doc.milestones.all()}
    assert milestones == {"Go-live": (build.id, dt.date(2027, 4, 30)),
                          "Pilot in 3 stores": (by_title["Points engine"].id,
                                                dt.date(2027, 5, 14))}
    ids = {i.id: t for t, i in by_title.items()}
    pairs = {(ids[a], ids[b]) for a, b in doc.dependencies.pairs()}
    assert pairs == {("Build", "Design (Checkout)"), ("Points engine", "Design (Loyalty)"),
                     ("Points engine", "Build")}  # from the milestone: its initiative
    notes = " ".join(plan.sheet.notes)
    assert "3 summary task(s) ('Digital programme'" not in notes
    assert "2 summary task(s) ('Checkout', 'Loyalty')" in notes
    assert "1 link(s) start-to-start (a roadmap dependency is finish-to-start) left out" in notes
    assert "1 link(s) finish-to-finish" in notes
    assert "1 link(s) from summary tasks" in notes
    assert "1 link(s) with a lag or lead kept without it" in notes
    assert "1 further resource assignment(s) left out" in notes
    assert "1 material or cost resource assignment(s) left out" in notes
    assert "'Design' → 'Design (Checkout)'" in notes


def test_a_bad_task_is_named_by_id_and_field_and_nothing_is_written(tmp_path: Path) -> None:
    tasks = (_task(1, "Build", 1, "2027-02-01T08:00:00", "2027-01-05T17:00:00")
             + _task(2, "", 1, "sometime", "2027-01-05T17:00:00"))
    doc = Document.in_memory(title="Plan")
    plan = build_plan(doc, read_sheet(pmo_file(tmp_path / "bad.xml", tasks)))
    assert not plan.ok
    texts = [str(p) for p in plan.all_problems()]
    assert any(t.startswith("Task 1, field 'Finish': ") for t in texts), texts
    assert any(t.startswith("Task 2, field 'Name': ") for t in texts), texts
    assert any(t.startswith("Task 2, field 'Start': 'sometime' is not a date") for t in texts)
    with pytest.raises(Exception, match="nothing was imported"):
        apply_plan(doc, plan)
    assert doc.initiatives.all() == []


def test_entity_declarations_are_refused_before_anything_expands(tmp_path: Path) -> None:
    head = ('<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>')
    path = pmo_file(tmp_path / "bomb.xml", _task(1, "&b;", 1), head=head)
    with pytest.raises(SheetError, match="declares a DOCTYPE or entities"):
        read_sheet(path)


@pytest.mark.parametrize(("text", "message"), [
    ("<Workbook/>", "its root element is <Workbook>"),
    ("<Project><Tasks>", "not well-formed XML"),
    (f'<Project xmlns="{NS}"><Tasks/></Project>', "the project has no tasks"),
])
def test_files_that_are_not_a_readable_project_are_refused(
        tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "plan.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SheetError, match=message):
        read_sheet(path)


def _facts(doc: Document) -> dict[str, object]:
    titles = {i.id: i.title for i in doc.initiatives.all()}
    owners = {o.id: (o.name, o.role) for o in doc.owners.all()}
    return {
        "initiatives": sorted((i.title, i.theme, i.start, i.end, i.description,
                               owners.get(i.owner_id or -1))
                              for i in doc.initiatives.all() if i.start and i.end),
        "links": sorted((titles[a], titles[b]) for a, b in doc.dependencies.pairs()),
        "milestones": sorted((titles[m.initiative_id], m.name, m.date)
                             for m in doc.milestones.all()),
    }


def test_export_then_import_gives_the_same_roadmap(tmp_path: Path) -> None:
    source = build_sample()
    result = export_project(source, tmp_path / "sample.xml")
    target = Document.in_memory(title="Back")
    plan = build_plan(target, read_sheet(tmp_path / "sample.xml"))
    assert plan.ok, plan.report()
    apply_plan(target, plan)
    expected = _facts(source)
    undated = set(result.undated)
    expected["links"] = sorted(
        pair for pair in expected["links"]  # type: ignore[attr-defined]
        if pair not in result.cut_links and not undated & set(pair))
    expected["milestones"] = [m for m in expected["milestones"]  # type: ignore[attr-defined]
                              if m[0] not in undated]
    assert _facts(target) == expected
    done = {i.title for i in source.initiatives.all() if i.status.value == "done"}
    assert {i.title for i in target.initiatives.all() if i.status.value == "done"} == done


def test_the_command_imports_a_project_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(pmo_file(tmp_path / "pmo.xml"))]) == 0
    out = capsys.readouterr().out
    assert "Import from pmo.xml (MS Project XML): 5 tasks." in out
    assert "Created" in out and target.exists()
