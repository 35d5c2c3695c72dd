"""Ranking (equal scores share a place), the national summary per rule, good examples, and the diff."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from toegang.measure import compare, format_diff, good_examples, national_summary, rank
from toegang.measure.diff import change_of, diff_document, write_diff_csv, write_diff_json
from toegang.measure.model import GemeenteResult, RuleResult


def _result(
    code: str, name: str, statuses: list[str], score: float | None, *, measured: bool = True
) -> GemeenteResult:
    impacts = ["critical", "critical", "serious", "moderate"]
    ids = ["melding.direct", "voorschot.vermeld", "beslistermijn", "jongeren.zoekperiode"]
    rules = tuple(
        RuleResult(rule, impact, status)  # type: ignore[arg-type]
        for rule, impact, status in zip(ids, impacts, statuses, strict=measured)
    )
    return GemeenteResult(
        code=code,
        name=name,
        province="",
        executing_org=None,
        measured=measured,
        reason="" if measured else "robots_forbidden",
        sites=(code,),
        shared_with=(),
        main_page=None,
        pages=(),
        rules=rules if measured else (),
        score=score if measured else None,
        verdict="afgekeurd",
        placement="missing" if measured else "unknown",
    )


P, A, W, N = "present", "absent", "wrong", "not_applicable"


def test_equal_scores_share_a_rank_and_unmeasured_come_last_without_rank() -> None:
    results = rank(
        [
            _result("GM0004", "Delta", [P, P, A, A], 61.5),
            _result("GM0001", "Alfa", [P, P, P, P], 100.0),
            _result("GM0003", "Charlie", [P, P, W, A], 61.5),
            _result("GM0002", "Bravo", [P, P, A, A], 61.5),
            _result("GM0005", "Echo", [], None, measured=False),
            _result("GM0006", "Foxtrot", [A, A, A, A], 0.0),
        ]
    )
    assert [(r.name, r.rank) for r in results] == [
        ("Alfa", 1),
        ("Bravo", 2),
        ("Delta", 2),
        ("Charlie", 2),  # same score: fewer wrong rules stand first in the table, same place
        ("Foxtrot", 5),
        ("Echo", None),
    ]


def test_national_summary_counts_measured_gemeenten_per_rule(kit: SimpleNamespace) -> None:
    results = rank(
        [
            _result("GM0001", "Alfa", [P, P, P, N], 100.0),
            _result("GM0002", "Bravo", [P, A, W, A], 30.0),
            _result("GM0003", "Charlie", [W, A, A, A], 0.0),
            _result("GM0004", "Delta", [P, P, A, A], 60.0),
            _result("GM0005", "Echo", [], None, measured=False),
        ]
    )
    summary = national_summary(results, kit.rules)
    assert summary["gemeenten"] == 5 and summary["measured"] == 4 and summary["not_measured"] == 1
    assert summary["not_measured_reasons"] == {"robots_forbidden": 1}
    direct = summary["rules"][0]
    assert direct["rule"] == "melding.direct"
    assert (direct["present"], direct["absent"], direct["wrong"]) == (3, 0, 1)
    assert (direct["pct_present"], direct["pct_wrong"]) == (75.0, 25.0)
    youth = summary["rules"][3]
    assert youth["not_applicable"] == 1 and youth["pct_absent"] == 75.0
    assert summary["with_wrong"] == 2
    assert summary["mean_score"] == 47.5 and summary["median_score"] == 45.0
    assert summary["good_examples"] == ["GM0001", "GM0004"]
    assert [row["code"] for row in summary["ranking"]] == ["GM0001", "GM0004", "GM0002", "GM0003"]


def test_good_examples_need_every_critical_rule_present() -> None:
    results = [
        _result("GM0001", "Alfa", [P, P, A, A], 61.5),
        _result("GM0002", "Bravo", [P, A, P, P], 69.2),
        _result("GM0003", "Charlie", [P, P, W, A], 50.0),
    ]
    assert [r.code for r in good_examples(results)] == ["GM0001", "GM0003"]


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        (W, A, "better"),
        (A, P, "better"),
        (W, P, "better"),
        (P, A, "worse"),
        (P, W, "worse"),
        (A, W, "worse"),
        (P, P, "unchanged"),
        (W, W, "unchanged"),
        (N, N, "unchanged"),
        (N, P, "not_comparable"),
        (None, P, "not_comparable"),
        (A, None, "not_comparable"),
    ],
)
def test_change_follows_wrong_below_absent_below_present(
    before: str | None, after: str | None, change: str
) -> None:
    assert change_of(before, after) == change


def test_compare_per_gemeente_and_rule() -> None:
    before = [_result("GM0001", "Alfa", [W, A, P, A], 20.0), _result("GM0002", "Bravo", [P, P, P, P], 100.0)]
    after = [
        _result("GM0001", "Alfa", [P, A, A, A], 30.0),
        _result("GM0002", "Bravo", [], None, measured=False),
        _result("GM0003", "Charlie", [P, P, A, A], 60.0),
    ]
    changes = {c.code: c for c in compare(before, after)}
    alfa = changes["GM0001"]
    assert [(r.rule, r.change) for r in alfa.rules] == [
        ("melding.direct", "better"),
        ("voorschot.vermeld", "unchanged"),
        ("beslistermijn", "worse"),
        ("jongeren.zoekperiode", "unchanged"),
    ]
    assert (alfa.score_before, alfa.score_after) == (20.0, 30.0)
    assert {r.change for r in changes["GM0002"].rules} == {"not_comparable"}
    assert changes["GM0002"].score_after is None
    assert {r.change for r in changes["GM0003"].rules} == {"not_comparable"}
    assert changes["GM0003"].rules[0].before is None


def test_diff_prints_dutch_and_writes_csv_and_json(tmp_path: Path) -> None:
    before = [_result("GM0001", "=HYPERLINK(1)", [W, A, P, A], 20.0)]
    after = [_result("GM0001", "=HYPERLINK(1)", [P, A, A, A], 30.0)]
    changes = compare(before, after)
    text = format_diff(changes, "A", "B")
    assert "1 keer beter, 1 keer slechter, 2 keer gelijk" in text
    assert "melding.direct: beter (fout → aanwezig)" in text
    assert "beslistermijn: slechter (aanwezig → ontbreekt)" in text
    assert "voorschot.vermeld" not in text  # unchanged rules only with all_rules
    assert "voorschot.vermeld: gelijk" in format_diff(changes, "A", "B", all_rules=True)
    rows = list(csv.DictReader(write_diff_csv(changes, tmp_path / "d.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 4
    assert rows[0]["name"] == "'=HYPERLINK(1)"  # defused: a spreadsheet would run it
    assert rows[0]["change"] == "better" and rows[2]["change"] == "worse"
    document = diff_document(changes, {"id": "a"}, {"id": "b"})
    data = json.loads(write_diff_json(document, tmp_path / "d.json").read_text(encoding="utf-8"))
    assert data["totals"] == {"better": 1, "worse": 1, "unchanged": 2, "not_comparable": 0}
    assert data["gemeenten"][0]["rules"][0] == {
        "rule": "melding.direct",
        "before": "wrong",
        "after": "present",
        "change": "better",
    }


def test_results_round_trip_through_json() -> None:
    result = dataclasses.replace(_result("GM0001", "Alfa", [P, W, A, N], 12.5), rank=3, placement="elsewhere")
    assert GemeenteResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result
