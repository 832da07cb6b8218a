"""`diff FILE --since NAME`: what changed in a roadmap since one of its snapshots.

    python main.py diff plan.roadmap --since "Board Q1" [--until "Board Q2"]
        [--format text|json]

Compares the snapshot with the roadmap as it is now (or with a later
snapshot, --until). JSON output (new keys may be added, none removed):

    {"since": {"name": str, "taken_at": str}, "until": {"name": str, "taken_at": str|null},
     "added": [{"initiative": title, "id": int, "old": null, "new": {start, end, budget,
                status}}],
     "removed": [{"initiative": title, "id": int, "old": {...}, "new": null}],
     "moved": [{"initiative": title, "id": int, "old": {"start", "end"}, "new": {...},
                "start_weeks": float|null, "end_weeks": float|null, "slip": bool}],
     "budget": [{"initiative": title, "id": int, "old": int|null, "new": int|null,
                 "delta": int, "currency": str}],
     "ownership": [{"initiative": title, "id": int, "field": "lead department" | "owner" |
                    "sponsor" | "vendors", "old": str|null, "new": str|null}],
     "status": [{"initiative": title, "id": int, "field": "status" | "health",
                 "old": str, "new": str}],
     "findings_opened" | "findings_resolved" | "findings_accepted":
                [{"initiative": title|null, "code": str, "severity": str, "title": str,
                  "subject": str, "old": str|null, "new": str|null}],
     "decisions": [{"text": str, "change": str, "made_at": str}]}

Moves list slips first, biggest first; budgets the largest change first;
findings by code. Exit status: 0, or 2 when the file cannot be read, a
snapshot name is unknown (the known ones are listed) or a snapshot is damaged.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from roadmap.i18n import translate, untranslated

from . import roadmap_location

if TYPE_CHECKING:
    from roadmap.services.document import Document
    from roadmap.snapshots.compare import Comparison


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `diff` subcommand."""
    parser = subparsers.add_parser(
        "diff", help=translate("CLI", "print what changed in a roadmap since one of its "
                               "snapshots"),
        description=translate(
            "CLI", "Compare a snapshot kept in the roadmap with the roadmap now (or with a later "
            "snapshot): initiatives added, removed, moved (in weeks, slips first), re-budgeted, "
            "re-owned, status and health changes, findings opened, resolved and newly "
            "accepted."),
    )
    parser.add_argument("file", type=roadmap_location,
                        help=translate("CLI", "the .roadmap file, or a postgresql:// address"))
    parser.add_argument("--since", required=True, metavar="NAME",
                        help=translate("CLI", "the snapshot to compare from"))
    parser.add_argument("--until", metavar="NAME",
                        help=translate("CLI", "a later snapshot to compare to (default: the "
                                       "roadmap now)"))
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help=translate("CLI", "text for people (default), json for scripts"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open args.file, compare and print."""
    from roadmap.services.files import open_document
    from roadmap.snapshots.report import as_json, as_text

    doc = open_document(args.file)
    try:
        if args.format == "json":  # for scripts: English whatever the language
            with untranslated():
                comparison = _compare(doc, args.since, args.until)
                json.dump(as_json(comparison), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(as_text(_compare(doc, args.since, args.until)))
        return 0
    finally:
        doc.close()


def _compare(doc: Document, since: str, until: str | None) -> Comparison:
    from roadmap.analysis.engine import analyse
    from roadmap.snapshots.compare import compare
    from roadmap.snapshots.payload import current_state, load_state

    old = load_state(doc, doc.snapshots.find(since))
    new = load_state(doc, doc.snapshots.find(until)) if until else current_state(
        doc, analyse(doc))
    return compare(old, new)
