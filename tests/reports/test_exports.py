"""CSV, JSON summary and JSON Lines exports: shape, round trip, and defused spreadsheet formulas."""

from __future__ import annotations

import csv
import dataclasses
import json

import pytest

from toegang.audit.model import Evidence, Finding
from toegang.reports import defuse_cell, write_findings_csv, write_findings_jsonl, write_summary_json
from toegang.reports.exports import CSV_COLUMNS


def read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_one_row_per_page_and_rule(audits, tmp_path) -> None:
    path = write_findings_csv(audits, tmp_path / "uit" / "bevindingen.csv")
    rows = read_csv(path)
    assert len(rows) == 6
    assert tuple(rows[0]) == CSV_COLUMNS
    first = rows[0]
    evidence = audits[0].findings[0].evidence[0]
    assert first["id"] == "noordmeer-bijstand"
    assert first["law_date"] == "2025-06-01"
    assert (first["rule"], first["status"], first["impact"]) == ("voorschot.automatisch", "wrong", "critical")
    assert first["quote"] == evidence.quote
    assert (int(first["start"]), int(first["end"])) == (evidence.start, evidence.end)
    absent = rows[3]
    assert (absent["status"], absent["quote"], absent["start"], absent["end"]) == ("absent", "", "", "")


def test_csv_starts_with_a_byte_order_mark_for_excel_unless_asked_not_to(audits, tmp_path) -> None:
    assert write_findings_csv(audits, tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert write_findings_csv(audits, tmp_path / "b.csv", bom=False).read_bytes().startswith(b"id,")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x.example","klik")', '\'=HYPERLINK("http://x.example","klik")'),
        ("+31 20 123 4567", "'+31 20 123 4567"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("＝1+1", "'＝1+1"),
        ("Bel ons op 14 020.", "Bel ons op 14 020."),
        ("e-mail: a@b.example", "e-mail: a@b.example"),
        ("", ""),
    ],
)
def test_defuse_cell(cell: str, expected: str) -> None:
    assert defuse_cell(cell) == expected


def test_csv_defuses_formulas_from_page_text(audits, tmp_path) -> None:
    text = "=1+1 staat hier. Bel +31 20 123 4567."
    finding = Finding("contact", "present", "moderate", (Evidence("+31 20 123 4567", 21, 36),), "@melding")
    page = dataclasses.replace(audits[1], organisation="-Gemeente", text=text, findings=[finding])
    assert text[21:36] == "+31 20 123 4567"
    row = read_csv(write_findings_csv([page], tmp_path / "f.csv"))[0]
    assert row["quote"] == "'+31 20 123 4567"
    assert row["message"] == "'@melding"
    assert row["organisation"] == "'-Gemeente"
    assert row["start"] == "21"  # numbers are not text and stay as they are


def test_summary_json_counts_per_rule_and_scores(audits, tmp_path) -> None:
    data = json.loads(write_summary_json(audits, tmp_path / "samenvatting.json").read_text(encoding="utf-8"))
    assert data["pages"] == 2
    assert data["mean_score"] == 30.75
    assert data["law_dates"] == ["2025-06-01"]
    assert list(data["rules"]) == ["voorschot.automatisch", "beslistermijn", "jongeren.zoekperiode"]
    assert data["rules"]["voorschot.automatisch"] == {
        "present": 0,
        "absent": 1,
        "wrong": 1,
        "not_applicable": 0,
    }
    assert data["rules"]["jongeren.zoekperiode"] == {
        "present": 0,
        "absent": 1,
        "wrong": 0,
        "not_applicable": 1,
    }
    scores = {p["id"]: (p["score"], p["verdict"]) for p in data["page_scores"]}
    assert scores == {"noordmeer-bijstand": (41.5, "afgekeurd"), "zuiderveld-aanvragen": (20.0, "afgekeurd")}
    assert data["page_scores"][0]["counts"]["wrong"] == 1


def test_summary_json_of_no_pages(tmp_path) -> None:
    data = json.loads(write_summary_json([], tmp_path / "leeg.json").read_text(encoding="utf-8"))
    assert data == {"pages": 0, "mean_score": None, "law_dates": [], "rules": {}, "page_scores": []}


def test_jsonl_is_the_audit_contract_one_page_per_line(audits, tmp_path) -> None:
    page = dataclasses.replace(audits[1], organisation="Gemeente Sint-Oedenrode-aan-Zee (cliëntenraad)")
    path = write_findings_jsonl([audits[0], page], tmp_path / "bevindingen.jsonl")
    raw = path.read_text(encoding="utf-8")
    assert "cliëntenraad" in raw  # not escaped to \u00eb
    lines = raw.splitlines()
    assert [json.loads(line) for line in lines] == [audits[0].to_dict(), page.to_dict()]
