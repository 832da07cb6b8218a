"""The findings refresh after edits: an ordinary edit is followed incrementally, a full
analysis runs in the background, and a stale result is never published."""

from __future__ import annotations

import threading
from typing import Any

from roadmap.analysis.incremental import IncrementalAnalyser, analyser_for
from roadmap.model.keys import NodeKey
from ui import editing
from ui.analysis_refresh import AnalysisRefresher


def _title(analysis: Any, key: int) -> str:
    return str(analysis.graph.nodes[NodeKey.initiative(key)]["title"])


def _first_initiative(ctx: Any) -> int:
    return min(obj.id for obj in ctx.doc.initiatives.all())


def test_a_full_analysis_runs_off_the_gui_thread(qtbot: Any, ctx: Any,
                                                 monkeypatch: Any) -> None:
    threads: list[threading.Thread] = []
    real = IncrementalAnalyser._compute

    def recording(self: IncrementalAnalyser, read: Any) -> Any:
        threads.append(threading.current_thread())
        return real(self, read)

    monkeypatch.setattr(IncrementalAnalyser, "_compute", recording)
    refresher = AnalysisRefresher(ctx)
    key = _first_initiative(ctx)
    with qtbot.waitSignal(ctx.analysis_updated, timeout=10_000) as published:
        # A department's name appears in many findings: the analysis starts afresh.
        editing.update(ctx, "department", ctx.doc.departments.all()[0].id, name="Growth")
        editing.update(ctx, "initiative", key, title="Renamed in the background")
    assert _title(published.args[0], key) == "Renamed in the background"
    assert threads and threads[0] is not threading.main_thread()
    assert not refresher.pending
    refresher.stop()


def test_an_ordinary_edit_is_followed_incrementally(qtbot: Any, ctx: Any,
                                                    monkeypatch: Any) -> None:
    refresher = AnalysisRefresher(ctx)
    refresher.refresh_now()  # opening the roadmap analyses it once
    analyser = analyser_for(ctx.doc)
    assert analyser.last_was_full
    computed: list[object] = []
    monkeypatch.setattr(IncrementalAnalyser, "_compute",
                        lambda _self, read: computed.append(read))
    key = _first_initiative(ctx)
    with qtbot.waitSignal(ctx.analysis_updated, timeout=10_000) as published:
        editing.update(ctx, "initiative", key, title="Followed")
    assert _title(published.args[0], key) == "Followed"
    assert not analyser.last_was_full and not computed
    refresher.stop()


def test_an_edit_during_a_run_drops_the_stale_result(qtbot: Any, ctx: Any,
                                                     monkeypatch: Any) -> None:
    started, release = threading.Event(), threading.Event()
    real = IncrementalAnalyser._compute
    runs: list[str] = []
    key = _first_initiative(ctx)

    def held(self: IncrementalAnalyser, read: Any) -> Any:
        runs.append(str(read.graph.nodes[NodeKey.initiative(key)]["title"]))
        if len(runs) == 1:
            started.set()
            release.wait(10)
        return real(self, read)

    monkeypatch.setattr(IncrementalAnalyser, "_compute", held)
    refresher = AnalysisRefresher(ctx)
    seen: list[Any] = []
    ctx.analysis_updated.connect(seen.append)
    editing.update(ctx, "initiative", key, title="First")  # no analysis yet: a full one
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

    monkeypatch.setattr(IncrementalAnalyser, "_compute", broken)
    refresher = AnalysisRefresher(ctx)
    with qtbot.waitSignal(refresher.failed, timeout=10_000) as failure:
        editing.update(ctx, "initiative", _first_initiative(ctx), title="Anything")
    assert failure.args == ["The checks could not run: rule exploded"]
    refresher.stop()
