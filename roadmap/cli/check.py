"""`check FILE`: print a roadmap's findings; exit 1 when serious open findings remain.

    python main.py check plan.roadmap [--format text|json] [--fail-on high|medium|low|never]

Exit status: 0 no open finding at or above --fail-on (default high), 1 some
remain, 2 the file cannot be read or an argument is wrong (one line on stderr).

JSON output (stable; new keys may be added, none removed or renamed):

    {"format": "crossroads-check", "version": 1,
     "roadmap": {"title": str, "file": str},
     "fail_on": "high" | "medium" | "low" | "never", "failed": bool,
     "summary": {"open": {"high": int, "medium": int, "low": int},
                 "accepted": {"high": int, "medium": int, "low": int}, "total": int},
     "warnings": [str, ...],
     "findings": [{"code": "CR101", "severity": "high", "title": "IT alone",
                   "subject": "initiative:12" | "owner:3" | "vendor:2" | "cycle:3,7,9",
                   "initiative_id": int | null, "initiative_title": str | null,
                   "initiative_ids": [int, ...],
                   "message": str, "suggestion": str,
                   "accepted": bool,
                   "acceptance": null | {"reason": str, "accepted_by": str,
                                         "accepted_at": "YYYY-MM-DDTHH:MM:SS"}}, ...]}

Findings are listed worst first, then by code and initiative.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from roadmap import formats
from roadmap.i18n import translate, untranslated
from roadmap.model.enums import Severity
from roadmap.model.keys import NodeKey
from roadmap.model.wording import counted

from . import roadmap_location

if TYPE_CHECKING:
    from roadmap.services.document import Document

    from ..analysis import Analysis, Finding

FAIL_ON = ("high", "medium", "low", "never")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `check` subcommand."""
    parser = subparsers.add_parser(
        "check", help=translate("CLI", "print the findings of a roadmap (exit 1 when serious "
                                "ones remain)"),
        description=translate("CLI", "Print the findings of a .roadmap file grouped by "
                              "severity. Exit status: 0 when no open finding at or above "
                              "--fail-on remains, 1 when some do, 2 when the file cannot be "
                              "read."),
    )
    parser.add_argument("file", type=roadmap_location,
                        help=translate("CLI", "the .roadmap file to check, or a postgresql:// "
                                       "address"))
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help=translate("CLI", "text for people (default), json for scripts"))
    parser.add_argument("--fail-on", choices=FAIL_ON, default="high",
                        help=translate("CLI", "lowest severity of open findings that makes the "
                                       "exit status 1 (default high; never: always 0)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open args.file, analyse it and print the findings."""
    from roadmap.services.files import open_document

    doc = open_document(args.file)
    try:
        return check_document(doc, fmt=args.format, fail_on=args.fail_on,
                              file=str(args.file), out=sys.stdout)
    finally:
        doc.close()


def check_document(doc: Document, *, fmt: str = "text", fail_on: str = "high",
                   file: str = "", out: TextIO | None = None) -> int:
    """Analyse `doc`, write the report to `out`, and return the exit status."""
    from ..analysis import analyse

    out = out or sys.stdout
    if fmt == "json":  # for scripts: English whatever the language
        with untranslated():
            analysis = analyse(doc)
            json.dump(report(analysis, title=doc.info.title, file=file, fail_on=fail_on),
                      out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        analysis = analyse(doc)
        out.write(text_report(analysis, title=doc.info.title, file=file, fail_on=fail_on))
    failed = fails(analysis, fail_on)
    for warning in analysis.warnings:
        print(translate("CLI", "crossroads: warning: {warning}").format(warning=warning),
              file=sys.stderr)
    return 1 if failed else 0


def fails(analysis: Analysis, fail_on: str) -> bool:
    """True when an open finding at or above `fail_on` remains ('never' never fails)."""
    if fail_on == "never":
        return False
    limit = Severity(fail_on).rank
    return any(f.severity.rank <= limit for f in analysis.open_findings())


def finding_record(finding: Finding, analysis: Analysis) -> dict[str, Any]:
    """One finding as the JSON object documented in the module docstring."""
    key = finding.initiative_id
    node = analysis.graph.nodes.get(NodeKey.initiative(key)) if key is not None else None
    accepted = finding.accepted
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "title": finding.title,
        "subject": finding.subject,
        "initiative_id": key,
        "initiative_title": node["title"] if node else None,
        "initiative_ids": list(finding.initiative_ids),
        "message": finding.message,
        "suggestion": finding.suggestion,
        "accepted": accepted is not None,
        "acceptance": None if accepted is None else {
            "reason": accepted.reason,
            "accepted_by": accepted.accepted_by,
            "accepted_at": accepted.accepted_at.isoformat(timespec="seconds"),
        },
    }


def report(analysis: Analysis, *, title: str, file: str = "",
           fail_on: str = "high") -> dict[str, Any]:
    """The whole JSON report as a dictionary."""
    counts = analysis.figures.findings_by_severity
    return {
        "format": "crossroads-check",
        "version": 1,
        "roadmap": {"title": title, "file": file},
        "fail_on": fail_on,
        "failed": fails(analysis, fail_on),
        "summary": {
            "open": {s.value: counts[s].open for s in Severity},
            "accepted": {s.value: counts[s].accepted for s in Severity},
            "total": len(analysis.findings),
        },
        "warnings": list(analysis.warnings),
        "findings": [finding_record(f, analysis) for f in analysis.findings],
    }


def text_report(analysis: Analysis, *, title: str, file: str = "",
                fail_on: str = "high") -> str:
    """The findings for people: grouped by severity, each with code, title, message, advice."""
    counts = analysis.figures.findings_by_severity
    lines = [translate("CLI", "Crossroads check: {title}").format(title=title)
             + (f" ({file})" if file else "")]
    words = {Severity.HIGH: translate("CLI", "{count} high"),
             Severity.MEDIUM: translate("CLI", "{count} medium"),
             Severity.LOW: translate("CLI", "{count} low")}
    open_parts = [words[s].format(count=counts[s].open) for s in Severity]
    accepted = sum(c.accepted for c in counts.values())
    lines.append(translate("CLI", "{count} findings: {open} open; {accepted} accepted.").format(
        count=len(analysis.findings), open=", ".join(open_parts), accepted=accepted))
    for severity, findings in analysis.by_severity().items():
        if not findings:
            continue
        lines += ["", translate("CLI", "{severity} ({open} open, {accepted} accepted)").format(
            severity=severity.label.upper(), open=counts[severity].open,
            accepted=counts[severity].accepted)]
        for f in findings:
            lines.append(f"  {f.code} {f.title}: {f.message}")
            lines.append(translate("CLI", "        Suggestion: {suggestion}").format(
                suggestion=f.suggestion))
            if f.accepted is not None:
                when = formats.iso_day(f.accepted.accepted_at.date())
                if f.accepted.accepted_by:
                    accepted_line = translate("CLI", "        Accepted by {who} on {date}: "
                                              "{reason}")
                else:
                    accepted_line = translate("CLI", "        Accepted on {date}: {reason}")
                lines.append(accepted_line.format(who=f.accepted.accepted_by, date=when,
                                                  reason=f.accepted.reason))
    lines.append("")
    severity_word = Severity(fail_on).label.lower() if fail_on != "never" else fail_on
    if fail_on == "never":
        lines.append(translate("CLI", "Result: reported only (--fail-on never)."))
    elif fails(analysis, fail_on):
        n = sum(counts[s].open for s in Severity if s.rank <= Severity(fail_on).rank)
        lines.append(counted(n, translate("CLI", "Result: {count} open finding at or above "
                                          "{severity} severity."),
                             translate("CLI", "Result: {count} open findings at or above "
                                       "{severity} severity."), severity=severity_word))
    else:
        lines.append(translate("CLI", "Result: no open finding at or above {severity} "
                               "severity.").format(severity=severity_word))
    return "\n".join(lines) + "\n"
