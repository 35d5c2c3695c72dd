"""`toegang rules list` and `toegang rules show`, called through toegang.cli.main."""

from __future__ import annotations

from pathlib import Path

import pytest

from toegang.cli import main

IDS = [
    "melding.direct",
    "melding.zonder-digid",
    "melding.ingangsdatum",
    "voorschot.vermeld",
    "voorschot.automatisch",
    "voorschot.termijn",
    "voorschot.voorwaarden",
    "beslistermijn",
    "bezwaar",
    "jongeren.zoekperiode",
    "bewijsstukken",
    "ondersteuning",
    "contact",
]


def test_list_shows_a_table_of_the_rules_on_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--datum", "2025-06-01"]) == 0
    out = capsys.readouterr().out
    assert "Regels van profiel bijstand-aanvraag" in out and "geldig op 01-06-2025" in out
    rows = [line for line in out.splitlines() if line.split(" ")[0] in IDS]
    assert [row.split()[0] for row in rows] == IDS
    assert all(row.endswith("01-01-2015 t/m 31-12-2025") for row in rows)
    assert "voorschot.automatisch  kritiek" in out
    assert "13 regels." in out


def test_list_accepts_english_option_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--date", "2026-06-01", "--profile", "bijstand-aanvraag"]) == 0
    out = capsys.readouterr().out
    assert "vanaf 01-01-2026" in out and "t/m 31-12-2025" not in out


def test_list_with_an_unknown_profile_fails_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--profiel", "geen-profiel"]) == 2
    assert "Onbekend profiel 'geen-profiel'" in capsys.readouterr().err


def test_list_before_the_catalogue_starts_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--datum", "2010-01-01"]) == 0
    assert "geldt geen enkele regel" in capsys.readouterr().out


def test_show_prints_all_fields_sources_and_other_versions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "voorschot.voorwaarden", "--datum", "2025-06-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("voorschot.voorwaarden — ")
    for label in (
        "Profiel:",
        "Impact:",
        "Geldig:",
        "Goed (present):",
        "Fout (wrong):",
        "Parameters:",
        "Bronnen:",
    ):
        assert label in out
    assert "ernstig (serious)" in out
    assert "min_percentage: 90" in out
    assert (
        "Participatiewet art. 52 lid 1 — https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel52" in out
    )
    assert "Andere versies:\n  - vanaf 01-01-2026" in out


def test_show_uses_the_version_of_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "voorschot.voorwaarden", "--date", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert "min_percentage: 95" in out and "Andere versies:\n  - 01-01-2015 t/m 31-12-2025" in out


def test_show_an_unknown_rule_fails_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "voorschot.voorwaarde"]) == 2
    err = capsys.readouterr().err
    assert "Onbekende regel 'voorschot.voorwaarde'" in err and "'voorschot.voorwaarden'" in err


def test_show_a_date_without_a_version_fails_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "bezwaar", "--datum", "2014-06-01"]) == 2
    assert "geldt niet op 01-06-2014" in capsys.readouterr().err


def test_a_bad_date_is_refused_by_the_argument_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["rules", "list", "--datum", "1-6-2025"])
    assert exit_.value.code == 2
    assert "JJJJ-MM-DD" in capsys.readouterr().err


def test_a_broken_catalogue_is_reported_with_exit_code_1(
    capsys: pytest.CaptureFixture[str], write_catalogue, make_rule
) -> None:
    entry = make_rule()
    del entry["fix"]
    root: Path = write_catalogue({"demo/regels.yaml": {"profile": "demo", "rules": [entry]}})
    assert main(["rules", "list", "--catalogus", str(root)]) == 1
    err = capsys.readouterr().err
    assert "catalogue/demo/regels.yaml, regel 'demo.regel', veld 'fix': ontbreekt" in err


def test_rules_without_a_subcommand_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "list" in out and "show" in out
