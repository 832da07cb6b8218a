"""Edits the views and docks share, each one undoable step through `ctx.run`.

Compound edits (a department's roles, deleting a mixed selection) run in a
document batch so they undo as one command with one label.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.enums import Role
from roadmap.model.keys import NodeKey
from roadmap.services.changes import Change, MergeKey

from .context import AppContext

_SERVICES = {
    "initiative": "initiatives", "department": "departments", "owner": "owners",
    "vendor": "vendors", "milestone": "milestones",
}

DELETE_ONE = {
    "initiative": QT_TRANSLATE_NOOP("Editing", "Delete Initiative"),
    "department": QT_TRANSLATE_NOOP("Editing", "Delete Department"),
    "owner": QT_TRANSLATE_NOOP("Editing", "Delete Owner"),
    "vendor": QT_TRANSLATE_NOOP("Editing", "Delete Vendor"),
    "milestone": QT_TRANSLATE_NOOP("Editing", "Delete Milestone"),
}
"""The undo step's name when one row of a kind is deleted."""

DELETE_MANY = {
    "initiative": QT_TRANSLATE_NOOP("Editing", "Delete {count} Initiatives"),
    "department": QT_TRANSLATE_NOOP("Editing", "Delete {count} Departments"),
    "owner": QT_TRANSLATE_NOOP("Editing", "Delete {count} Owners"),
    "vendor": QT_TRANSLATE_NOOP("Editing", "Delete {count} Vendors"),
    "milestone": QT_TRANSLATE_NOOP("Editing", "Delete {count} Milestones"),
}
"""The undo step's name when several rows of one kind are deleted."""


def service_for(ctx: AppContext, kind: str) -> Any:
    """The document service editing rows of `kind` ('initiative', 'department', ...)."""
    return getattr(ctx.doc, _SERVICES[kind])


def update(ctx: AppContext, kind: str, key: int, *, merge_key: MergeKey | None = None,
           **fields: Any) -> Change:
    """Change fields of one row as one undoable edit.

    Only a field editor that knows the user is still typing passes `merge_key`,
    so its keystrokes merge into one step; table cells and dialogs pass none.
    """
    service = service_for(ctx, kind)
    return ctx.run(lambda: service.update(key, **fields), merge_key=merge_key)


def department_roles(ctx: AppContext, initiative_id: int) -> dict[int, Role]:
    """The departments taking part in an initiative, with their roles."""
    return {p.department_id: p.role for p in ctx.doc.participations.for_initiative(initiative_id)}


def set_department_roles(ctx: AppContext, initiative_id: int,
                         roles: dict[int, Role | None]) -> Change:
    """Give departments their roles in an initiative (None removes one), as one edit."""
    current = department_roles(ctx, initiative_id)
    wanted = {k: v for k, v in roles.items() if current.get(k) != v}
    if not wanted:
        return Change(QCoreApplication.translate("Editing", "Change Departments"))
    doc = ctx.doc

    def operation() -> Change:
        with doc.batch(QCoreApplication.translate("Editing", "Change Departments")) as batch:
            for department_id, role in sorted(wanted.items()):
                if role is None:
                    if department_id in current:
                        doc.participations.unlink(initiative_id, department_id)
                else:
                    doc.participations.set_role(initiative_id, department_id, role)
        return batch.change

    return ctx.run(operation)


def set_vendors(ctx: AppContext, initiative_id: int, vendor_ids: Iterable[int]) -> Change:
    """Make the initiative use exactly `vendor_ids`, as one edit."""
    doc = ctx.doc
    current = {u.vendor_id for u in doc.vendor_uses.all() if u.initiative_id == initiative_id}
    wanted = set(vendor_ids)
    if wanted == current:
        return Change(QCoreApplication.translate("Editing", "Change Vendors"))

    def operation() -> Change:
        with doc.batch(QCoreApplication.translate("Editing", "Change Vendors")) as batch:
            for vendor_id in sorted(current - wanted):
                doc.vendor_uses.unlink(initiative_id, vendor_id)
            for vendor_id in sorted(wanted - current):
                doc.vendor_uses.link(initiative_id, vendor_id)
        return batch.change

    return ctx.run(operation)


def unique_name(existing: Iterable[str], base: str) -> str:
    """`base`, or `base 2`, `base 3`, ... whichever is not taken (case-insensitive)."""
    taken = {name.casefold() for name in existing}
    if base.casefold() not in taken:
        return base
    number = 2
    while f"{base} {number}".casefold() in taken:
        number += 1
    return f"{base} {number}"


def create(ctx: AppContext, kind: str, **fields: Any) -> int:
    """Add a row of `kind` as one undoable edit; return its id."""
    service = service_for(ctx, kind)
    change = ctx.run(lambda: service.create(**fields))
    return next(r.key for r in change.rows if r.table == kind and r.before is None)


def create_initiative(
    ctx: AppContext,
    title: str | None = None,
    **fields: Any,
) -> int:
    """Add an initiative with a fresh title; scheduled in the horizon's first quarter."""
    if title is None:
        title = QCoreApplication.translate("Editing", "New initiative")
    names = ctx.doc.initiatives.titles(prefix=title)
    start = ctx.doc.info.horizon_start
    fields.setdefault("start", start)
    fields.setdefault("end", start + dt.timedelta(days=89))
    return create(ctx, "initiative", title=unique_name(names, title), **fields)


def delete_keys(ctx: AppContext, keys: Iterable[NodeKey]) -> Change:
    """Delete the rows named by node keys as one edit."""
    targets = [(k.kind.value, k.id) for k in keys if k.kind in _SERVICES]
    if not targets:
        return Change(QCoreApplication.translate("Editing", "Delete"))
    doc = ctx.doc
    nouns = {kind for kind, _ in targets}
    label = QCoreApplication.translate("Editing", "Delete {count} Items").format(
        count=len(targets))
    if len(targets) == 1:
        label = QCoreApplication.translate("Editing", DELETE_ONE[targets[0][0]])
    elif len(nouns) == 1:
        label = QCoreApplication.translate("Editing", DELETE_MANY[next(iter(nouns))]).format(
            count=len(targets))

    def operation() -> Change:
        with doc.batch(label) as batch:
            for kind, key in targets:
                service = service_for(ctx, kind)
                if service.find(key) is not None:
                    service.delete(key)
        return batch.change

    return ctx.run(operation)
