from __future__ import annotations

import argparse

import pytest

from toegang.cli import gemeenten


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="toegang")
    gemeenten.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_list_by_province_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["gemeenten", "list", "--provincie", "zeeland", "--datum", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert "GM0718  Vlissingen" in out
    assert "Orionis Walcheren" in out
    assert out.strip().endswith("13 gemeenten op 2026-01-01.")


def test_show_gives_the_executing_org_and_its_other_members(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["gemeenten", "show", "GM0281"]) == 0
    out = capsys.readouterr().out
    assert "Uitvoering bijstand  Werkzaak Rivierenland" in out
    assert "Culemborg" in out


def test_show_with_an_ambiguous_name_lists_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["gemeenten", "show", "Bergen"]) == 1
    err = capsys.readouterr().err
    assert "Meer gemeenten passen bij Bergen" in err
    assert "GM0373" in err


def test_unknown_province_says_which_exist(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["gemeenten", "list", "--provincie", "Atlantis"]) == 1
    assert "Kies uit: Drenthe" in capsys.readouterr().err


def test_json_output_has_all_columns(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert run(["gemeenten", "list", "--formaat", "json", "--datum", "2026-01-01"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 342
    assert set(rows[0]) == {"code", "name", "province", "website", "executing_org", "valid_from", "valid_to"}
