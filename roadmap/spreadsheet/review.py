"""The values a sheet writes that are not exactly the roadmap's, for the user to confirm.

A sheet says "Finance", "Finanse" or "Mktg" where the roadmap has Finance and
administration or Marketing. `review_values` lists each distinct text of the
department, benefit area, status, owner, sponsor and vendor columns that does
not match a value exactly (a code or label, or a name already in the
roadmap, in any case), with what the import does with it now and the match
it proposes: a synonym, a close spelling (rapidfuzz) or a new name. The
import dialog shows the list and feeds each choice into
`ImportOptions.values`, the same mappings `--value COLUMN:TEXT=VALUE` gives,
so nothing is applied that the user did not see.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.interop.values import ENUMS, exact_value, match_value, suggest, suggest_name
from roadmap.model.entities import Department, Owner, Vendor
from roadmap.services.document import Document

from . import cells
from .plan import ImportPlan
from .rowparse import cell_value

REVIEWED = ("departments", "benefit_area", "status", "owner", "sponsor", "vendors")
"""The columns whose values are reviewed, in the order the review lists them."""
NEW = ""
"""The choice that keeps a name as the sheet writes it (a new department, owner, vendor)."""


@dataclass
class ValueChoice:
    """One distinct sheet text of one column, and what it can be imported as."""

    key: str
    """The column's field: 'benefit_area', 'departments', 'owner' ..."""
    column: str
    """How reports name the column: "'Benefit' (J)"."""
    text: str
    """The text as the sheet writes it (first spelling seen)."""
    rows: list[int] = field(default_factory=list)
    proposed: str | None = None
    """The value proposed: an enumeration code or a name; None when nothing is close."""
    how: str = "unknown"
    """Why: 'mapped' (the user's or a preset's), 'synonym', 'close', 'new' or 'unknown'."""
    current: str | None = None
    """What the import does now: the value used, NEW for a new name, None when refused."""
    choices: list[tuple[str, str]] = field(default_factory=list)
    """(value, label) the user may choose from."""

    def label_of(self, value: str | None) -> str:
        """How a choice reads: 'Finance and administration', "New: 'Mktg'", '(choose)'."""
        if value is None:
            return translate("Import", "(choose)")
        return next((label for v, label in self.choices if v == value), value)

    def question(self) -> str:
        """"'Finanse' → Finance and administration?" (or a new name, or no match)."""
        if self.proposed is None:
            return translate("Import", "{text}: no close match; choose one").format(
                text=repr(self.text))
        if self.proposed == NEW:
            return translate("Import", "{text} → new {noun}?").format(
                text=repr(self.text), noun=translate("Import", _NOUNS[self.key]))
        return translate("Import", "{text} → {label}?").format(
            text=repr(self.text), label=self.label_of(self.proposed))


_NOUNS = {"departments": QT_TRANSLATE_NOOP("Import", "department"),
          "owner": QT_TRANSLATE_NOOP("Import", "person"),
          "sponsor": QT_TRANSLATE_NOOP("Import", "person"),
          "vendors": QT_TRANSLATE_NOOP("Import", "vendor")}


def review_values(doc: Document, plan: ImportPlan) -> list[ValueChoice]:
    """Each distinct value of the reviewed columns of `plan` that is not an exact match."""
    columns = plan.columns
    mapping = {(key, _fold(text)): value for (key, text), value in plan.options.values.items()}
    known = _known_names(doc)
    found: dict[tuple[str, str], ValueChoice] = {}
    for key in REVIEWED:
        index = columns.by_key.get(key)
        if index is None:
            continue
        where = columns.describe(key)
        for position, values in enumerate(plan.sheet.rows):
            raw = cell_value(values[index]) if index < len(values) else None
            if raw is None:
                continue
            for text in _texts(key, raw):
                entry = found.get((key, _fold(text)))
                if entry is None:
                    entry = found[(key, _fold(text))] = ValueChoice(key, where, text)
                number = plan.sheet.row_numbers[position]
                if not entry.rows or entry.rows[-1] != number:
                    entry.rows.append(number)
    sheet_names: dict[str, dict[str, int]] = {}
    for (key, _folded), entry in found.items():
        counts = sheet_names.setdefault(_kind(key), {})
        counts[entry.text] = counts.get(entry.text, 0) + len(entry.rows)
    result = []
    for (key, folded), entry in found.items():
        if _settle(entry, mapping.get((key, folded)), known.get(_kind(key), []),
                   sheet_names.get(_kind(key), {})):
            result.append(entry)
    return result


def _fold(text: str) -> str:
    return " ".join(str(text).casefold().replace("_", " ").split())


def _kind(key: str) -> str:
    return "owner" if key in ("owner", "sponsor") else key


def _texts(key: str, raw: Any) -> Iterator[str]:
    if key in ENUMS:
        text = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)
        yield text.strip()
        return
    if key == "departments":
        for item in cells.split_list(str(raw)):
            yield cells.parse_department(item)[0]
        return
    if key == "vendors":
        yield from cells.split_list(str(raw))
        return
    yield str(raw).strip()


def _known_names(doc: Document) -> dict[str, list[str]]:
    return {"departments": sorted(d.name for d in doc.all(Department)),
            "owner": sorted({o.name for o in doc.all(Owner)}),
            "vendors": sorted(v.name for v in doc.all(Vendor))}


def _settle(entry: ValueChoice, chosen: str | None, known: list[str],
            in_sheet: dict[str, int]) -> bool:
    """Fill in the entry's choices and proposal; False when it is an exact match.

    A new name is offered the roadmap's names and the sheet's other names; it is
    proposed a close one of the roadmap's, or of the sheet's names used on more
    rows (so 'Anne' on one row is offered 'Ann' on ten, never both ways round).
    """
    key, text = entry.key, entry.text
    if key in ENUMS:
        entry.choices = [(m.value, m.label) for m in ENUMS[key]]
        if chosen is None and exact_value(key, text) is not None:
            return False
        synonym = match_value(key, text)
        close = suggest(key, text)
        if chosen is not None:
            entry.how, entry.proposed = "mapped", match_value(key, text, {(key, _fold(text)):
                                                                          chosen})
            entry.current = entry.proposed
        elif synonym is not None:
            entry.how, entry.proposed, entry.current = "synonym", synonym, synonym
        elif close is not None:
            entry.how, entry.proposed = "close", close.value
        return True
    folded_known = {name.casefold(): name for name in known}
    if chosen is None and text.casefold() in folded_known:
        return False
    names = dict(folded_known)
    for name in in_sheet:
        names.setdefault(name.casefold(), name)
    names.pop(text.casefold(), None)
    others = sorted(names.values(), key=str.casefold)
    entry.choices = [(NEW, translate("Import", "New: {text}").format(text=repr(text))),
                     *((name, name) for name in others)]
    own = in_sheet.get(text, 0)
    near = suggest_name(text, [n for n in others if n.casefold() in folded_known
                               or in_sheet.get(n, 0) > own])
    if chosen is not None and chosen.casefold() != text.casefold():
        entry.how, entry.current = "mapped", chosen
        entry.proposed = near or chosen
        if chosen not in (value for value, _label in entry.choices):
            entry.choices.append((chosen, chosen))
    else:
        entry.how, entry.current = ("close" if near else "new"), NEW
        entry.proposed = near or NEW
    return True


def value_mapping(choice: ValueChoice, value: str | None) -> tuple[tuple[str, str], str] | None:
    """The `ImportOptions.values` entry choosing `value` for `choice`, None to drop it.

    A new name maps to itself, so a close existing name is not proposed again.
    """
    if value is None:
        return None
    return (choice.key, choice.text), (choice.text if value == NEW else value)
