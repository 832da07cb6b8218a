"""Accepting findings: listed as accepted, not open, stored in the file; the sample's coverage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from roadmap.analysis import RULES, analyse, declared_settings
from roadmap.samples.bundled import build_sample
from roadmap.services.files import open_document, save_document

from .rules_builder import RoadmapBuilder, only

AT = dt.datetime(2027, 2, 1, 9, 30)


def test_accepted_finding_stays_listed_but_not_open() -> None:
    b = RoadmapBuilder()
    key = b.initiative("Free", budget=None)
    finding = only(b.analyse(), "CR104")
    assert finding.is_open and finding.accepted is None
    b.doc.acceptances.accept(finding.code, finding.subject, "Funded by the 2028 budget",
                             "Ada CIO", at=AT)
    analysis = b.analyse()
    accepted = only(analysis, "CR104")
    assert not accepted.is_open
    assert accepted.accepted.reason == "Funded by the 2028 budget"
    assert accepted.accepted.accepted_by == "Ada CIO"
    assert accepted.accepted.accepted_at == AT
    assert analysis.open_findings() == []
    assert analysis.accepted_findings() == [accepted]
    assert analysis.for_initiative(key) == [accepted]
    b.doc.acceptances.revoke("CR104", f"initiative:{key}")
    assert only(b.analyse(), "CR104").is_open


def test_acceptance_is_per_code_and_subject() -> None:
    b = RoadmapBuilder()
    one = b.initiative("One", budget=None)
    b.initiative("Two", budget=None)
    b.doc.acceptances.accept("CR104", f"initiative:{one}", "Later", "CIO")
    b.doc.acceptances.accept("CR103", f"initiative:{one}", "Not this code", "CIO")
    findings = b.analyse().by_code("CR104")
    assert [f.is_open for f in findings] == [False, True]


def test_accepted_findings_survive_save_and_reopen(tmp_path: Path) -> None:
    b = RoadmapBuilder()
    b.initiative("Free", budget=None)
    subject = only(b.analyse(), "CR104").subject
    b.doc.acceptances.accept("CR104", subject, "Funded by the 2028 budget", "Ada CIO", at=AT)
    path = save_document(b.doc, tmp_path / "plan.roadmap")
    doc = open_document(path, recovery_dir=tmp_path / "recovery")
    try:
        reopened = only(analyse(doc), "CR104")
        assert reopened.accepted is not None
        assert (reopened.accepted.reason, reopened.accepted.accepted_by,
                reopened.accepted.accepted_at) == ("Funded by the 2028 budget", "Ada CIO", AT)
    finally:
        doc.close()


def test_sample_triggers_every_rule() -> None:
    analysis = analyse(build_sample())
    assert analysis.codes() == set(RULES)
    assert analysis.warnings == ()
    assert analysis.accepted_findings()  # the sample carries an accepted risk


def test_every_rule_is_declared_once_with_a_switch() -> None:
    assert list(RULES) == sorted(RULES)
    assert len(RULES) == 15
    keys = [spec.key for spec in declared_settings(list(RULES))]
    assert len(keys) == len(set(keys))
    assert "rules.CR105.enabled" in keys
    assert {"CR301.max_overlapping", "CR303.max_share_percent"} <= set(keys)
    for rule in RULES.values():
        assert rule.title and rule.summary


def test_every_rule_can_be_switched_off() -> None:
    doc = build_sample()
    for code in RULES:
        doc.settings.put(f"rules.{code}.enabled", "off")
        codes = analyse(doc).codes()
        assert codes == set(RULES) - {code}, code
        doc.settings.reset(f"rules.{code}.enabled")
