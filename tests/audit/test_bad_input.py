"""Bad input gets a clear Dutch message naming the line; the other lines are still audited; nothing crashes."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from toegang.audit import audit_html, audit_text
from toegang.audit.batch import audit_jsonl
from toegang.cli import main

DAY = date(2025, 6, 1)
PAGE = "U vraagt de bijstand aan via werk.nl. Na 4 weken krijgt u een voorschot."


def test_empty_page_gives_all_absent_and_a_warning() -> None:
    audit = audit_text("", law_date=DAY)
    assert {f.status for f in audit.findings} <= {"absent", "not_applicable"}
    assert any("geen tekst" in w for w in audit.warnings)


def test_english_text_is_flagged() -> None:
    text = "You can apply for the benefit online. Your application will be handled within eight weeks. " * 3
    audit = audit_text(text, law_date=DAY)
    assert any("Nederlands" in w for w in audit.warnings)


def test_ten_megabytes_of_text_is_cut_with_a_warning() -> None:
    text = (PAGE + " ") * (10_000_000 // (len(PAGE) + 1))
    audit = audit_text(text, law_date=DAY, readability=False)
    assert any("erg lang" in w for w in audit.warnings)
    assert len(audit.text) < len(text)


def test_binary_garbage_does_not_crash() -> None:
    garbage = os.urandom(50_000).decode("latin-1")
    audit = audit_text(garbage, law_date=DAY)
    assert len(audit.findings) == 13
    assert audit.warnings


def test_broken_html_is_handled() -> None:
    for html in [
        "<html><body><p>U vraagt bijstand aan via werk.nl<div><<<>",
        "<",
        "<html></html>",
        b"\xff\xfe<p>x",
    ]:
        audit = audit_html(html, law_date=DAY)
        assert len(audit.findings) == 13


def test_invalid_json_line_names_the_line_and_keeps_the_others(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "url": "", "organisation": "", "text": PAGE}),
        '{"id": "b", "text": "kapot',
        json.dumps(["geen", "object"]),
        json.dumps({"id": "c", "html": "<p>" + PAGE + "</p>"}),
        json.dumps({"id": "d"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = audit_jsonl(source, out, law_date=DAY)
    assert [a.id for a in result.audits] == ["a", "c"]
    assert any(e.startswith("Regel 2") and "geen geldige JSON" in e for e in result.errors)
    assert any(e.startswith("Regel 3") for e in result.errors)
    assert any(e.startswith("Regel 5") and "'text' of 'html'" in e for e in result.errors)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row.get("id", row.get("line")) for row in rows] == ["a", 2, 3, "c", 5]


def test_invalid_utf8_line_is_reported(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"id": "x", "text": "\xff\xfe"}\n' + json.dumps({"id": "y", "text": PAGE}).encode() + b"\n"
    )
    result = audit_jsonl(source, tmp_path / "out.jsonl", law_date=DAY)
    assert [a.id for a in result.audits] == ["y"]
    assert result.errors and "UTF-8" in result.errors[0]


def test_cli_pages_reports_errors_in_dutch_and_exits_nonzero(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": PAGE}) + "\nniet json\n", encoding="utf-8")
    code = main(
        ["audit", "pages", str(source), "--out", str(tmp_path / "o.jsonl"), "--stil", "--datum", "2025-06-01"]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "Regel 2" in captured.err
    assert "1 pagina's gecontroleerd" in captured.out


def test_cli_page_missing_file_is_a_clear_error(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["audit", "page", "bestaat-niet.html"]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_cli_rejects_a_bad_date(capsys) -> None:  # type: ignore[no-untyped-def]
    try:
        main(["audit", "page", "-", "--datum", "1-1-2026"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "JJJJ-MM-DD" in capsys.readouterr().err
