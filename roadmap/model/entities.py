"""The roadmap document as typed SQLAlchemy ORM classes.

Dialect-neutral on purpose: only portable column types, no SQLite pragmas or
functions, so the same model runs on the .roadmap file and on PostgreSQL: money
is 64-bit, ids come from the database (an identity column on PostgreSQL,
SQLite's rowid), every default is also a server default, and every row has a
version counter.
Enumerations are stored as their string values; lists of enumerations as a
comma-separated string. The service layer may still set a primary key
explicitly, so an undone delete restores the same ids.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Identity,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from roadmap.model.enums import (
    BenefitArea,
    Bucket,
    Health,
    JourneyStage,
    LabelledEnum,
    MeasureKind,
    Role,
    Sourcing,
    Status,
    VendorCategory,
)


class EnumText(TypeDecorator[LabelledEnum]):
    """Stores a LabelledEnum as its value; reads it back as the member."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_class: type[LabelledEnum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        """Write the member's value (TypeDecorator hook)."""
        return None if value is None else self.enum_class(value).value

    def process_result_value(self, value: Any, dialect: Any) -> LabelledEnum | None:
        """Read the value back as a member (TypeDecorator hook)."""
        return None if value is None else self.enum_class(value)


class EnumList(TypeDecorator[tuple[LabelledEnum, ...]]):
    """Stores a tuple of LabelledEnum members as 'a,b,c'; reads back a tuple."""

    impl = String(200)
    cache_ok = True

    def __init__(self, enum_class: type[LabelledEnum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: Any, dialect: Any) -> str:
        """Write the members joined by commas (TypeDecorator hook)."""
        return ",".join(self.enum_class(v).value for v in (value or ()))

    def process_result_value(self, value: Any, dialect: Any) -> tuple[LabelledEnum, ...]:
        """Read the members back in stored order (TypeDecorator hook)."""
        return tuple(self.enum_class(v) for v in (value or "").split(",") if v)


class Opaque(TypeDecorator[bytes]):
    """Bytes the file check does not read: a snapshot's compressed payload.

    What they hold is checked where they are used, so damaged bytes spoil only
    their own row; a stored value that is not bytes reads back as empty bytes.
    """

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes:
        """Write the bytes as they are (TypeDecorator hook)."""
        return bytes(value or b"")

    def process_result_value(self, value: Any, dialect: Any) -> bytes:
        """Read bytes back; anything else as empty bytes (TypeDecorator hook)."""
        return bytes(value) if isinstance(value, bytes | bytearray | memoryview) else b""


class Base(DeclarativeBase):
    """Declarative base of every roadmap table; every row carries a version counter.

    `row_version` is SQLAlchemy's version counter: each UPDATE or DELETE says
    `WHERE row_version = <the version read>`, so an edit based on a row that
    someone else changed since is refused instead of overwriting it.
    """

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        """Make `row_version` the mapper's version counter (declarative directive)."""
        return {"version_id_col": cls.__table__.c.row_version}

    def __repr__(self) -> str:
        key = getattr(self, "id", None)
        label = getattr(self, "name", None) or getattr(self, "title", None) or ""
        return f"<{type(self).__name__} {key} {label!r}>"


def row_values(obj: Base) -> dict[str, Any]:
    """A row's column values by attribute name: what a RowChange records of it."""
    return {attr.key: getattr(obj, attr.key) for attr in obj.__mapper__.column_attrs
            if attr.key != VERSION_COLUMN}


VERSION_COLUMN = "row_version"
"""The version counter column: bookkeeping of the database, never part of a Change."""


class Meta(Base):
    """Key/value facts about the file itself: format version, writing app version."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Roadmap(Base):
    """The document's own properties; exactly one row, id 1."""

    __tablename__ = "roadmap"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="", server_default="")
    horizon_start: Mapped[dt.date] = mapped_column(Date)
    horizon_end: Mapped[dt.date] = mapped_column(Date)
    fiscal_year_start_month: Mapped[int] = mapped_column(
        Integer, default=1, server_default=text("1")
    )
    currency: Mapped[str] = mapped_column(String(3), default="EUR", server_default="EUR")
    author: Mapped[str] = mapped_column(String(200), default="", server_default="")
    confidentiality: Mapped[str] = mapped_column(
        String(200), default="Confidential", server_default="Confidential"
    )
    version: Mapped[str] = mapped_column(String(40), default="1.0", server_default="1.0")


class Department(Base):
    """A department: who drives or enables initiatives."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    colour: Mapped[str] = mapped_column(String(7), default="#4477AA", server_default="#4477AA")
    is_it: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    benefit_areas: Mapped[tuple[BenefitArea, ...]] = mapped_column(
        EnumList(BenefitArea), default=(), server_default="")


class Owner(Base):
    """A person who can be accountable for or sponsor an initiative."""

    __tablename__ = "owner"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(120), default="", server_default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), nullable=True
    )

    department: Mapped[Department | None] = relationship(lazy="joined")


class Vendor(Base):
    """A supplier whose product or service initiatives use."""

    __tablename__ = "vendor"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    category: Mapped[VendorCategory] = mapped_column(
        EnumText(VendorCategory), default=VendorCategory.OTHER,
        server_default=VendorCategory.OTHER.value
    )
    contract_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")


class Initiative(Base):
    """One piece of e-commerce work on the roadmap."""

    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    theme: Mapped[str] = mapped_column(String(120), default="", server_default="")
    start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    bucket: Mapped[Bucket | None] = mapped_column(EnumText(Bucket), nullable=True)
    status: Mapped[Status] = mapped_column(
        EnumText(Status), default=Status.PLANNED, server_default=Status.PLANNED.value
    )
    health: Mapped[Health] = mapped_column(
        EnumText(Health), default=Health.GREEN, server_default=Health.GREEN.value
    )
    budget: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    benefit_area: Mapped[BenefitArea | None] = mapped_column(
        EnumText(BenefitArea), nullable=True
    )
    success_measure: Mapped[str] = mapped_column(Text, default="", server_default="")
    measure_kind: Mapped[MeasureKind] = mapped_column(
        EnumText(MeasureKind), default=MeasureKind.NONE, server_default=MeasureKind.NONE.value
    )
    sourcing: Mapped[Sourcing | None] = mapped_column(EnumText(Sourcing), nullable=True)
    capability: Mapped[VendorCategory | None] = mapped_column(
        EnumText(VendorCategory), nullable=True
    )
    customer_facing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    customer_value: Mapped[str] = mapped_column(Text, default="", server_default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("owner.id", ondelete="SET NULL"), nullable=True
    )
    sponsor_id: Mapped[int | None] = mapped_column(
        ForeignKey("owner.id", ondelete="SET NULL"), nullable=True
    )
    priority: Mapped[int] = mapped_column(Integer, default=3, server_default=text("3"))
    journey_stage: Mapped[JourneyStage | None] = mapped_column(
        EnumText(JourneyStage), nullable=True
    )

    owner: Mapped[Owner | None] = relationship(foreign_keys=[owner_id])
    sponsor: Mapped[Owner | None] = relationship(foreign_keys=[sponsor_id])
    milestones: Mapped[list[Milestone]] = relationship(
        order_by="Milestone.date", viewonly=True
    )
    participations: Mapped[list[Participation]] = relationship(viewonly=True)


class Milestone(Base):
    """A dated checkpoint inside an initiative."""

    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date)


class Dependency(Base):
    """Finish-to-start: `initiative_id` cannot start before `depends_on_id` ends."""

    __tablename__ = "dependency"
    __table_args__ = (UniqueConstraint("initiative_id", "depends_on_id"),)

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    depends_on_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )


class Participation(Base):
    """A department takes part in an initiative as lead, contributor or enabler."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("initiative_id", "department_id"),)

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(
        EnumText(Role), default=Role.CONTRIBUTOR, server_default=Role.CONTRIBUTOR.value
    )

    department: Mapped[Department] = relationship(lazy="joined", viewonly=True)


class VendorUse(Base):
    """An initiative uses a vendor's product or service."""

    __tablename__ = "vendor_use"
    __table_args__ = (UniqueConstraint("initiative_id", "vendor_id"),)

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    vendor_id: Mapped[int] = mapped_column(
        ForeignKey("vendor.id", ondelete="CASCADE"), index=True
    )


class Setting(Base):
    """A roadmap setting: rule switches and thresholds ('CR301.max_overlapping' = '3')."""

    __tablename__ = "setting"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    value: Mapped[str] = mapped_column(String(200))


class Acceptance(Base):
    """A finding accepted as a known risk, with who accepted it, when and why."""

    __tablename__ = "acceptance"
    __table_args__ = (UniqueConstraint("code", "subject"),)

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    code: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    accepted_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    accepted_at: Mapped[dt.datetime] = mapped_column(DateTime)


class NodePosition(Base):
    """Where the user placed a node in the dependency graph view ('initiative:12')."""

    __tablename__ = "node_position"
    __table_args__ = (UniqueConstraint("layout", "node"),)

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    layout: Mapped[str] = mapped_column(String(40))
    node: Mapped[str] = mapped_column(String(60))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)


class Decision(Base):
    """A one-line decision taken in a workshop, attached to the change it explains."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    change: Mapped[str] = mapped_column(String(200), default="", server_default="")
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="SET NULL"), nullable=True
    )
    made_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FindingAction(Base):
    """Who acts on a finding and by when: the board's follow-up of one finding."""

    __tablename__ = "finding_action"
    __table_args__ = (UniqueConstraint("code", "subject"),)

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    code: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(120), default="", server_default="")
    due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Snapshot(Base):
    """A named, dated, read-only copy of the whole roadmap, kept inside the file.

    `payload` is the roadmap serialised and compressed (roadmap.services.snapshots);
    it is opaque to the file check, so a damaged one never stops the file opening.
    """

    __tablename__ = "snapshot"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)
    payload: Mapped[bytes] = mapped_column(Opaque(), deferred=True)


# Every table a service operation may touch, by table name.
ROW_CLASSES: dict[str, type[Base]] = {
    cls.__tablename__: cls
    for cls in (
        Roadmap,
        Department,
        Owner,
        Vendor,
        Initiative,
        Milestone,
        Dependency,
        Participation,
        VendorUse,
        Setting,
        Acceptance,
        NodePosition,
        Decision,
        FindingAction,
        Snapshot,
    )
}
