"""ParticipationService.roles(): every department role as plain tuples, kept current."""

from __future__ import annotations

from roadmap.model.enums import Role
from tests.helpers.roadmaps import small_roadmap


def test_roles_match_the_participation_rows_and_follow_edits() -> None:
    doc = small_roadmap()
    rows = [(p.initiative_id, p.department_id, p.role) for p in doc.participations.all()]
    assert doc.participations.roles() == rows
    assert all(isinstance(role, Role) for _i, _d, role in rows)
    first, sales, _role = rows[0]
    doc.participations.set_role(first, sales, Role.CONTRIBUTOR)
    assert (first, sales, Role.CONTRIBUTOR) in doc.participations.roles()
    doc.participations.unlink(first, sales)
    assert [(i, d) for i, d, _r in doc.participations.roles()] == [
        (i, d) for i, d, _r in rows if (i, d) != (first, sales)]
