"""The findings refresh in the background after edits, and never publish a stale result."""

from __future__ import annotations

import threading
from typing import Any

import ui.analysis_refresh as refresh_module
from roadmap.model.keys import NodeKey
from ui import editing
from ui.analysis_refresh import AnalysisRefresher


def _title(analysis: Any, key: int) -> str:
    return str(analysis.graph.nodes[NodeKey.initiative(key)]["title"])


def _first_initiative(ctx: Any) -> int:
    return min(obj.id for obj in ctx.doc.initiatives.all())


def test_an_edit_refreshes_the_findings_off_the_gui_thread(qtbot: Any, ctx: Any,
                                                           monkeypatch: Any) -> None:
    threads: list[threading.Thread] = []
    real = refresh_module.analyse_graph

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(refresh_module, "analyse_graph", recording)
    refresher = AnalysisRefresher(ctx)
    key = _first_initiative(ctx)
    with qtbot.waitSignal(ctx.analysis_updated, timeout=10_000) as published:
        editing.update(ctx, "initiative", key, title="Renamed in the background")
    assert _title(published.args[0], key) == "Renamed in the background"
    assert threads and threads[0] is not threading.main_thread()
    assert not refresher.pending
    refresher.stop()


def test_an_edit_during_a_run_drops_the_stale_result(qtbot: Any, ctx: Any,
                                                     monkeypatch: Any) -> None:
    started, release = threading.Event(), threading.Event()
    real = refresh_module.analyse_graph
    runs: list[str] = []

    def held(graph: Any, **kwargs: Any) -> Any:
        runs.append(_title_of_graph(graph, key))
        if len(runs) == 1:
            started.set()
            release.wait(10)
        return real(graph, **kwargs)

    def _title_of_graph(graph: Any, key: int) -> str:
        return str(graph.nodes[NodeKey.initiative(key)]["title"])

    monkeypatch.setattr(refresh_module, "analyse_graph", held)
    refresher = AnalysisRefresher(ctx)
    key = _first_initiative(ctx)
    seen: list[Any] = []
    ctx.analysis_updated.connect(seen.append)
    editing.update(ctx, "initiative", key, title="First")
    qtbot.waitUntil(started.is_set, timeout=10_000)
    # The first run is under way in the worker; the GUI thread still takes edits.
    editing.update(ctx, "initiative", key, title="Second")
    release.set()
    qtbot.waitUntil(lambda: bool(seen) and not refresher.pending, timeout=10_000)
    assert runs == ["First", "Second"]
    assert [_title(analysis, key) for analysis in seen] == ["Second"]
    refresher.stop()


def test_a_failing_background_run_is_reported(qtbot: Any, ctx: Any, monkeypatch: Any) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(refresh_module, "analyse_graph", broken)
    refresher = AnalysisRefresher(ctx)
    with qtbot.waitSignal(refresher.failed, timeout=10_000) as failure:
        editing.update(ctx, "initiative", _first_initiative(ctx), title="Anything")
    assert failure.args == ["The checks could not run: rule exploded"]
    refresher.stop()
