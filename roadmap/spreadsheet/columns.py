"""The columns of an initiatives sheet: their fields, headers and synonyms.

A CIO's spreadsheet says "Project", "From" or "Budget (EUR)" where the
roadmap says title, start and budget. Headers are matched after
normalisation (case, punctuation and bracketed units ignored) against each
column's synonyms; the user can override any match. The same table names
the columns the exporter writes and the template documents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from roadmap.i18n import translate


@dataclass(frozen=True)
class Column:
    """One importable column: its key, the header export writes, synonyms, meaning."""

    key: str
    header: str
    synonyms: tuple[str, ...]
    help: str
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("title", "Title", ("name", "initiative", "project", "initiative name",
                              "project name", "initiative title", "project title"),
           "The initiative's name; required, unique within the sheet.", required=True),
    Column("description", "Description", ("details", "summary", "scope", "notes"),
           "Free text."),
    Column("theme", "Theme", ("programme", "program", "stream", "workstream"),
           "A grouping such as 'Checkout' or 'Loyalty'."),
    Column("start", "Start", ("start date", "from", "begin", "begins", "starts",
                              "start on", "begin date"),
           "Start date: 2027-03-01, 01/03/2027, 3/1/2027, 1 Mar 2027, an Excel serial, or a "
           "period (Q3 2027, H2 2027, FY27 Q1, Mar 2027), which starts on its first day."),
    Column("end", "End", ("end date", "due", "due date", "finish", "finish date", "to",
                          "until", "ends", "deadline"),
           "End date, in the same forms (a period ends on its last day); give both dates or "
           "neither."),
    Column("bucket", "Bucket", ("horizon", "now next later"),
           "For ideas not yet scheduled: now, next or later."),
    Column("status", "Status", ("state",),
           "idea, planned, in progress, done or cancelled (default planned)."),
    Column("health", "Health", ("rag", "rag status", "traffic light"),
           "green, amber or red (default green)."),
    Column("budget", "Budget", ("cost", "costs", "estimated cost", "investment", "amount",
                                "capex"),
           "A whole amount: 1200000, 1,200,000, €1.2m, 250k or 1e6."),
    Column("benefit_area", "Benefit area", ("benefit", "business area", "value area"),
           "sales, marketing, customer service, operations, finance and administration "
           "or infrastructure."),
    Column("success_measure", "Success measure", ("kpi", "kpis", "success metric", "metric",
                                                  "measure", "success criteria"),
           "How success is measured, as text."),
    Column("measure_kind", "Measure kind", ("kpi type", "measure type", "metric type",
                                            "kind of measure"),
           "revenue, cost saving, satisfaction, traffic or none (default none)."),
    Column("sourcing", "Sourcing", ("build buy partner", "build or buy", "delivery model"),
           "build, buy or partner."),
    Column("capability", "Capability", ("capability delivered", "delivers"),
           "What it delivers: commerce platform, payments, CRM, search, email marketing, "
           "logistics, analytics or other."),
    Column("customer_facing", "Customer facing", ("external", "customer visible"),
           "yes or no (default no)."),
    Column("customer_value", "Customer value", ("value to customer", "customer benefit"),
           "What the customer gets, as text."),
    Column("owner", "Owner", ("accountable", "accountable owner", "dri", "responsible",
                              "initiative owner", "project owner"),
           "The accountable person's name; created when new."),
    Column("owner_role", "Owner role", ("owner title", "accountable role"),
           "The owner's job title, used when the owner is created."),
    Column("sponsor", "Sponsor", ("executive sponsor", "exec sponsor", "business sponsor"),
           "The executive sponsor's name; created when new."),
    Column("sponsor_role", "Sponsor role", ("sponsor title",),
           "The sponsor's job title, used when the sponsor is created."),
    Column("priority", "Priority", ("prio", "rank"), "1 (highest) to 5 (default 3)."),
    Column("journey_stage", "Journey stage", ("customer journey", "journey",
                                              "customer journey stage", "stage"),
           "discover, browse, cart and checkout, delivery, returns or service."),
    Column("departments", "Departments", ("department", "lead", "lead department", "teams",
                                          "team", "business units", "business unit"),
           "Departments and their roles: 'Marketing (lead); IT (enabler)'. Roles are lead, "
           "contributor or enabler; without one, contributor."),
    Column("vendors", "Vendors", ("vendor", "suppliers", "supplier", "partners"),
           "Vendors the initiative uses: 'Shopify; Adyen'."),
    Column("depends_on", "Depends on", ("dependencies", "dependency", "predecessors",
                                        "predecessor", "prerequisites", "blocked by"),
           "Titles of the initiatives that must finish first, separated by ';' (in this "
           "sheet or already in the roadmap)."),
    Column("milestones", "Milestones", ("milestone", "key dates"),
           "Name and date pairs: 'Pilot 2027-03-01; Go-live 2027-06-30'."),
    # The columns below describe the departments, people and vendors the row names,
    # so that a sheet exported from one roadmap makes the same roadmap again.
    Column("owner_department", "Owner department", ("owner dept",),
           "The owner's department, used when the owner is created."),
    Column("sponsor_department", "Sponsor department", ("sponsor dept",),
           "The sponsor's department, used when the sponsor is created."),
    Column("it_departments", "IT departments", ("it teams",),
           "Which of the departments this row names are IT: 'IT; Digital Platforms'. When "
           "the sheet has this column, a new department it never lists is not IT."),
    Column("vendor_details", "Vendor details", ("vendor contracts",),
           "Category and contract end of the vendors this row names, used when they are "
           "created: 'Shopify (commerce platform, 2028-03-31); Adyen (payments)'."),
)

_BY_KEY = {column.key: column for column in COLUMNS}
_BRACKETS = re.compile(r"[\(\[\{][^\)\]\}]*[\)\]\}]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def column_by_key(key: str) -> Column:
    """The column with `key`; KeyError names the known keys."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(translate("Import", "unknown column {key}; known: {known}").format(
            key=repr(key), known=", ".join(_BY_KEY))) from None


def normalise_header(text: object) -> str:
    """'Budget (EUR)' -> 'budget', 'Start_Date' -> 'start date', ' DRI ' -> 'dri'."""
    value = str(text or "").replace("\ufeff", "").casefold()
    value = _BRACKETS.sub(" ", value)
    return " ".join(_NOT_WORD.sub(" ", value).split())


_SYNONYMS: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.key.replace("_", " "), _column.header, *_column.synonyms):
        _SYNONYMS.setdefault(normalise_header(_name), _column.key)


def match_header(text: object) -> str | None:
    """The column key a header names, or None when it names none."""
    return _SYNONYMS.get(normalise_header(text))


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> A, 27 -> AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass
class ColumnMap:
    """Which sheet column (0-based index) feeds which field, and what was left out."""

    headers: list[str]
    by_key: dict[str, int] = field(default_factory=dict)
    ignored: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lettered: bool = True
    """Name columns with their spreadsheet letter; a project file's fields have none."""

    def key_of(self, index: int) -> str | None:
        """The field a column feeds, or None when it is ignored."""
        for key, where in self.by_key.items():
            if where == index:
                return key
        return None

    def describe(self, key: str) -> str:
        """How a report names a mapped column: "'Start date' (C)"; the field name if unmapped."""
        index = self.by_key.get(key)
        if index is None:
            return _BY_KEY[key].header
        if not self.lettered:
            return repr(self.headers[index])
        return f"{self.headers[index]!r} ({column_letter(index)})"


def map_columns(headers: Sequence[object],
                overrides: Mapping[int | str, str | None] | None = None) -> ColumnMap:
    """Match headers to fields; `overrides` (by index or header text) win over the synonyms.

    An override value of None ignores the column; a field claimed twice keeps
    the first column and notes the other as ignored.
    """
    texts = [str(h if h is not None else "").strip() for h in headers]
    chosen: dict[int, str | None] = {i: match_header(t) for i, t in enumerate(texts)}
    forced: dict[int, str | None] = {}
    for where, key in (overrides or {}).items():
        if key is not None and key not in _BY_KEY:
            raise KeyError(translate("Import", "unknown field {key}; known: {known}").format(
                key=repr(key), known=", ".join(_BY_KEY)))
        index = where if isinstance(where, int) else _find_header(texts, where)
        if index is None or not 0 <= index < len(texts):
            raise KeyError(translate("Import", "the sheet has no column {name}").format(
                name=repr(where)))
        forced[index] = key
    taken = {key for key in forced.values() if key is not None}
    for index in chosen:
        if index in forced:
            chosen[index] = forced[index]
        elif chosen[index] in taken:  # the user gave this field to another column
            chosen[index] = None
    result = ColumnMap(texts)
    for index, key in sorted(chosen.items()):
        if key is None:
            if texts[index]:
                result.ignored.append(index)
            continue
        if key in result.by_key:
            first = result.by_key[key]
            result.notes.append(
                translate("Import", "Column {header} ({letter}) also looks like {field}; using "
                          "{used} ({used_letter}) and ignoring it.").format(
                    header=repr(texts[index]), letter=column_letter(index),
                    field=_BY_KEY[key].header, used=repr(texts[first]),
                    used_letter=column_letter(first))
            )
            result.ignored.append(index)
            continue
        result.by_key[key] = index
    return result


def _find_header(texts: list[str], name: str) -> int | None:
    wanted = normalise_header(name)
    for index, text in enumerate(texts):
        if text == name or normalise_header(text) == wanted:
            return index
    if len(name) <= 3 and name.isalpha():  # a column letter such as "C"
        index = 0
        for char in name.upper():
            index = index * 26 + ord(char) - ord("A") + 1
        return index - 1
    return None

