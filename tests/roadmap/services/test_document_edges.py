"""The Document facade's edge cases, on SQLite: batches, conflicts, remote changes, errors.

A shared roadmap normally lives on PostgreSQL; the paths that decide what
a document does with a conflict, a notice of someone else's change or a
failing database do not depend on the server, so they are pinned here on
two documents sharing one SQLite file (each with its own engine, like two
clients) and a feed that hands out the notices a server would send.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from roadmap.model.entities import Department, Initiative
from roadmap.model.errors import ConflictError, ConnectionLostError, ReadOnlyError
from roadmap.services.changes import Change, RowChange
from roadmap.services.document import Document
from roadmap.storage.database import create_schema, make_engine
from roadmap.storage.server import Notice


class FakeFeed:
    """Stands in for the server's change feed: hands out the notices it was given, once."""

    def __init__(self) -> None:
        self.pending: list[Notice] = []
        self.closed = False

    def poll(self) -> list[Notice]:
        notices, self.pending = self.pending, []
        return notices

    def close(self) -> None:
        self.closed = True


def notice(table: str, key: int, who: str = "alice", app: str = "other-app") -> Notice:
    """A server's notice that `who` changed row `key` of `table`."""
    return Notice(table, key, "UPDATE", None, who, app)


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    """A roadmap file with two initiatives and a department, for two clients to share."""
    path = tmp_path / "team.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine, title="Team")
    engine.dispose()
    doc = Document(make_engine(f"sqlite:///{path}"))
    doc.initiatives.create(title="Checkout")
    doc.initiatives.create(title="Search")
    doc.departments.create(name="Sales")
    doc.close()
    return path


def client(path: Path, app: str) -> Document:
    """A document on `path` that behaves like a client of a shared roadmap."""
    doc = Document(make_engine(f"sqlite:///{path}"), location="team server")
    doc.app_name = app
    return doc


@pytest.fixture
def pair(team_file: Path):
    """Two clients, A and B, of the same roadmap; B listens to a fake feed."""
    a = client(team_file, "app-a")
    b = client(team_file, "app-b")
    feed = FakeFeed()
    b.feed = feed  # type: ignore[assignment]
    yield a, b, feed
    a.close()
    b.close()


# --- listeners and batches ----------------------------------------------------


def test_unsubscribing_a_stranger_is_harmless_and_a_listener_stops_hearing() -> None:
    """unsubscribe() ignores a listener never subscribed; a removed one hears nothing more."""
    doc = Document.in_memory()
    heard: list[Change] = []
    doc.unsubscribe(heard.append)  # never subscribed: no error
    doc.subscribe(heard.append)
    doc.initiatives.create(title="One")
    doc.unsubscribe(heard.append)
    doc.initiatives.create(title="Two")
    assert [c.rows[0].after["title"] for c in heard] == ["One"]  # type: ignore[index]
    doc.close()


def test_a_batch_whose_edit_failed_is_rolled_back_even_if_the_error_was_caught() -> None:
    """An edit failing inside a batch poisons it: the block ends in an error, nothing kept."""
    doc = Document.in_memory()
    doc.initiatives.create(title="Kept")
    revision = doc.revision
    heard: list[Change] = []
    doc.subscribe(heard.append)
    with pytest.raises(RuntimeError, match=r"'Import'.*failed"), doc.batch("Import"):
        doc.initiatives.create(title="Half of a batch")
        with pytest.raises(LookupError, match="initiative 99 is gone"):
            doc.apply(Change("Edit", (RowChange("initiative", 99, {"title": "x"},
                                                {"title": "y"}),)))
    assert [i.title for i in doc.all(Initiative)] == ["Kept"]
    assert doc.revision == revision
    assert heard == []
    doc.close()


def test_an_empty_batch_commits_and_notifies_nothing() -> None:
    """A batch with no edit in it leaves the revision alone and tells no listener."""
    doc = Document.in_memory()
    heard: list[Change] = []
    doc.subscribe(heard.append)
    with doc.batch("Nothing") as batch:
        pass
    assert batch.changes == [] and heard == [] and not doc.is_modified
    doc.close()


# --- errors from the database -------------------------------------------------


def test_a_database_error_that_is_no_conflict_reaches_the_caller_unchanged() -> None:
    """A constraint the database refuses is re-raised as it is, and nothing stays applied."""
    doc = Document.in_memory()
    key = doc.initiatives.create(title="Only").rows[0].key
    twin = Change("Add", (RowChange("initiative", key, None, {"id": key, "title": "Twin"}),))
    with pytest.raises(IntegrityError):
        doc.apply(twin)
    assert [i.title for i in doc.all(Initiative)] == ["Only"]
    doc.close()


def _failing_flush(doc: Document, error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    def flush(*_args: object, **_kwargs: object) -> None:
        raise error
    monkeypatch.setattr(doc.session, "flush", flush)


def test_a_dropped_connection_becomes_connection_lost_keeping_the_edit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A connection the driver invalidated is reported as lost, with the edit to retry."""
    doc = Document.in_memory()
    doc.location = "db.example.com/plans"
    key = doc.initiatives.create(title="Before").rows[0].key
    edit = Change("Rename", (RowChange("initiative", key, {"title": "Before"},
                                       {"title": "After"}),))
    _failing_flush(doc, OperationalError("UPDATE", {}, Exception("server closed"),
                                         connection_invalidated=True), monkeypatch)
    with pytest.raises(ConnectionLostError, match=r"db\.example\.com/plans stopped answering"
                       ) as caught, doc.batch("Rename"):
        doc.apply(edit)
    assert caught.value.change == edit


def test_a_permission_error_becomes_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """'permission denied' from the database means this role may only read the roadmap."""
    doc = Document.in_memory()
    key = doc.initiatives.create(title="Locked").rows[0].key
    _failing_flush(doc, DBAPIError("UPDATE", {}, Exception(
        "permission denied for table initiative")), monkeypatch)
    with (pytest.raises(ReadOnlyError, match="read-only for your role: permission denied"),
          doc.batch("Rename")):
        doc.initiatives.update(key, title="Unlocked")
    assert doc.get(Initiative, key).title == "Locked"  # type: ignore[union-attr]


def test_an_operational_error_with_the_connection_alive_is_not_called_lost(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only an invalidated connection is 'lost'; any other operational error stays itself."""
    doc = Document.in_memory()
    key = doc.initiatives.create(title="Busy").rows[0].key
    _failing_flush(doc, OperationalError("UPDATE", {}, Exception("database is locked")),
                   monkeypatch)
    with pytest.raises(OperationalError, match="database is locked"), doc.batch("Rename"):
        doc.initiatives.update(key, title="Free")


# --- conflicts ----------------------------------------------------------------


def test_editing_a_row_someone_deleted_is_a_conflict_on_a_shared_roadmap(pair) -> None:
    """On a shared roadmap a row gone under an edit is a conflict naming who removed it."""
    a, b, feed = pair
    assert b.initiatives.get(2).title == "Search"
    a.initiatives.delete(2)
    feed.pending = [notice("initiative", 2, who="alice")]
    b.poll_remote()  # B hears of the delete, the row leaves B's session
    assert b.get(Initiative, 2) is None
    edit = Change("Rename", (RowChange("initiative", 2, {"title": "Search"},
                                       {"title": "Find"}),))
    with pytest.raises(ConflictError, match="Initiative 2 'Search' was changed by alice"):
        b.apply(edit)


def test_a_stale_version_is_a_conflict_naming_the_fields_that_moved(pair) -> None:
    """An edit over a row another client changed since names the moved fields and refreshes."""
    a, b, feed = pair
    assert b.initiatives.get(1).title == "Checkout"
    a.initiatives.update(1, title="Checkout v2")
    feed.pending = [notice("initiative", 1, who="alice")]
    heard: list[Change] = []
    b.subscribe(heard.append)
    created = RowChange("department", 50, None, {"id": 50, "name": "Ops"})
    stale = RowChange("initiative", 1, {"budget": None}, {"budget": 5})
    with pytest.raises(ConflictError) as caught:
        b.apply(Change("Plan", (created, stale)))
    assert caught.value.rows == [("initiative", 1, "Initiative 1 'Checkout v2'", ["title"],
                                  "alice")]
    assert b.get(Department, 50) is None  # the whole change was refused
    assert heard and heard[0].label == "Changed by someone else"
    assert heard[0].rows[0].after["title"] == "Checkout v2"  # type: ignore[index]
    assert b.initiatives.get(1).title == "Checkout v2"


def test_a_version_that_moved_without_a_value_still_names_the_row(team_file: Path) -> None:
    """When only the version moved (changed and changed back), the conflict names the row."""
    a = client(team_file, "app-a")
    b = client(team_file, "app-b")  # no feed: nobody to ask who changed it
    try:
        assert b.initiatives.get(1).title == "Checkout"
        a.initiatives.update(1, title="Tmp")
        a.initiatives.update(1, title="Checkout")
        with pytest.raises(ConflictError) as caught:
            b.initiatives.update(1, budget=7)
        assert caught.value.rows == [("initiative", 1, "Initiative 1", [], "")]
        assert b.initiatives.get(1).budget is None
    finally:
        a.close()
        b.close()


def test_reapply_keeps_creations_skips_done_deletes_and_deletes_what_is_there(
        team_file: Path) -> None:
    """reapply() rebases each row on the current one: creates as they were, deletes in full,
    updates over whatever the row holds now."""
    doc = Document(make_engine(f"sqlite:///{team_file}"))
    try:
        doc.initiatives.update(1, title="Checkout (renamed since)")
        kept = Change("Tidy", (
            RowChange("department", 60, None, {"id": 60, "name": "Legal"}),
            RowChange("initiative", 77, {"title": "Long gone"}, None),
            RowChange("initiative", 1, {"title": "Checkout"}, None),
            RowChange("initiative", 2, {"title": "Search (as first read)"}, {"title": "Find"}),
        ))
        doc.reapply(ConflictError(kept, []))
        assert doc.get(Department, 60).name == "Legal"  # type: ignore[union-attr]
        assert doc.get(Initiative, 1) is None
        assert [i.title for i in doc.all(Initiative)] == ["Find"]
    finally:
        doc.close()


def test_reapplying_an_update_of_a_deleted_row_is_a_new_conflict(team_file: Path) -> None:
    """An update cannot be offered again over a row that no longer exists."""
    doc = Document(make_engine(f"sqlite:///{team_file}"))
    try:
        doc.initiatives.delete(2)
        kept = Change("Rename", (RowChange("initiative", 2, {"title": "Search"},
                                           {"title": "Find"}),))
        with pytest.raises(ConflictError, match="Initiative 2 was changed") as caught:
            doc.reapply(ConflictError(kept, []))
        assert caught.value.change is kept
    finally:
        doc.close()


# --- others' changes ----------------------------------------------------------


def test_polling_without_a_feed_or_without_news_brings_nothing(pair) -> None:
    """No feed, no notices, only own or unknown notices, or no value moved: poll gives None."""
    a, b, feed = pair
    assert a.poll_remote() is None  # A has no feed
    assert b.poll_remote() is None  # nothing heard
    b.initiatives.get(1)
    feed.pending = [notice("initiative", 1, app="app-b"), notice("no_such_table", 1),
                    notice("initiative", 1)]
    assert b.poll_remote() is None  # own notice skipped, unknown table, nothing moved


def test_polling_brings_in_others_changes_once_labelled_with_who(pair) -> None:
    """Notices become one change: each row once, deletes included, named by who made them."""
    a, b, feed = pair
    heard: list[Change] = []
    b.subscribe(heard.append)
    assert b.initiatives.get(2).title == "Search" and b.departments.get(1).name == "Sales"
    a.initiatives.update(1, title="Checkout v3")
    a.departments.update(1, name="Sales & Marketing")
    a.initiatives.delete(2)
    feed.pending = [notice("initiative", 1, who="bob"), notice("initiative", 1, who="bob"),
                    notice("department", 1, who="alice"), notice("initiative", 2, who="")]
    change = b.poll_remote()
    assert change is not None and change.label == "Changed by alice, bob"
    assert [(r.table, r.key) for r in change.rows] == [
        ("initiative", 1), ("department", 1), ("initiative", 2)]
    assert change.rows[2].after is None and change.rows[2].before["title"] == "Search"
    assert heard == [change]
    assert b.changed_by[("initiative", 1)] == "bob"
    assert b.departments.get(1).name == "Sales & Marketing"
    assert b.get(Initiative, 2) is None


def test_closing_a_document_closes_its_feed(team_file: Path) -> None:
    """close() stops listening before it releases the engine."""
    doc = client(team_file, "app-c")
    feed = FakeFeed()
    doc.feed = feed  # type: ignore[assignment]
    doc.close()
    assert feed.closed and doc.feed is None
