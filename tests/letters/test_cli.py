"""`toegang brief check`: one letter in the terminal (with --html/--json), or JSON Lines per the contract."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from toegang.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["brief", "check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_one_docx_letter_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: SimpleNamespace
) -> None:
    path = tmp_path / "uitnodiging.docx"
    path.write_bytes(
        make.docx(
            ["Geachte heer Jansen,", "U wordt op 3 maart om 10.00 uur verwacht. U dient alleen te komen."]
        )
    )
    code, out, _ = run(capsys, str(path), "--datum", "2025-06-01")
    assert code == 0
    assert "Brief: uitnodiging.docx" in out
    assert "Soort brief: uitnodiging (herkend uit de tekst)" in out
    assert "Toon: dreigend" in out and "Flesch-Douma" in out
    assert "✗ NIET IN ORDE  De brief zegt dat u iemand mag meenemen" in out
    assert "Wat te doen:" in out and "Dreigende zinnen" in out and "Rustiger:" in out


def test_profile_override_and_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: SimpleNamespace
) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(samples.good_invitation, encoding="utf-8")
    html, export = tmp_path / "rapport" / "brief.html", tmp_path / "brief.json"
    code, out, _ = run(capsys, str(path), "--profiel", "besluit", "--html", str(html), "--json", str(export))
    assert code == 0
    assert "Soort brief: besluit (gekozen; herkend als uitnodiging)" in out
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    data = json.loads(export.read_text(encoding="utf-8"))
    assert data["profile"] == "besluit" and data["profile_detected"] == "uitnodiging"
    assert any(f["rule"] == "besluit.bezwaar" and f["status"] == "absent" for f in data["findings"])


def test_unreadable_letter_gives_the_dutch_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"geen pdf")
    code, out, err = run(capsys, str(path))
    assert code == 2 and out == ""
    assert err.startswith("Fout: Het bestand kapot.pdf is beschadigd")


def test_size_limit_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Wij nodigen u uit. " * 100, encoding="utf-8")
    code, _, err = run(capsys, str(path), "--max-mb", "0.001")
    assert code == 2 and "te groot" in err


def test_unknown_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Wij nodigen u uit.", encoding="utf-8")
    code, _, err = run(capsys, str(path), "--profiel", "onzin")
    assert code == 2 and "Onbekend profiel 'onzin'" in err


def test_jsonl_batch_keeps_order_and_reports_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: SimpleNamespace
) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "uit" / "out.jsonl"
    lines = [
        json.dumps({"id": "a", "text": samples.good_decision}),
        "{kapot",
        json.dumps({"id": "c", "text": samples.good_invitation, "profile": "verzoek"}),
        "",
        json.dumps({"id": "d"}),
        json.dumps({"id": 5, "text": samples.request}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, stdout, err = run(capsys, str(source), "--out", str(out), "--datum", "2025-06-01")
    assert code == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c", "d", 5]
    assert rows[0]["profile"] == "besluit" and rows[0]["tone"] in ("neutraal", "vriendelijk")
    assert rows[1]["line"] == 2 and "geen geldige JSON" in rows[1]["error"]
    assert rows[2]["profile"] == "verzoek"
    assert "geen tekst" in rows[3]["error"]
    assert set(rows[4]) >= {"id", "profile", "findings", "readability", "tone", "officialese"}
    assert "Regel 2" in err and "3 brieven gecontroleerd, 2 regels met fouten." in stdout


def test_jsonl_needs_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("{}\n", encoding="utf-8")
    code, _, err = run(capsys, str(source))
    assert code == 2 and "--out" in err
