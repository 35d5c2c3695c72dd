"""A full measurement of the fictional web on 127.0.0.1: crawl, analysis, gemeente results, reports, CLI.

Only loopback addresses are contacted; the crawler allow-lists exactly the fictional web's ports.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib
import json
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from toegang.cli import main as toegang_main
from toegang.cli import meting as meting_cli
from toegang.cli.demo import _clear_previous_demo
from toegang.crawl import sites_from_registry
from toegang.demo_web.specs import CODES
from toegang.measure import analyse, load_measurement, select_gemeenten
from toegang.measure.run import restrict_sites, run_measurement
from toegang.measure.store import MeasurementError
from toegang.registry import RegistryError, load_registry

# The module, not the function of the same name that toegang.measure exports.
analyse_module = importlib.import_module("toegang.measure.analyse")

OUTPUTS = ("texts.jsonl", "findings.jsonl", "results.json", "summary.json", "gemeenten.csv", "manifest.json")
RULE_COUNT = 13


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def digests(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in OUTPUTS}


def test_manifest_says_what_was_measured(demo_run: SimpleNamespace) -> None:
    manifest = json.loads((demo_run.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["id"].startswith("meting-")
    assert manifest["law_date"] == "2026-03-01" and manifest["source"] == "demo"
    assert re.fullmatch(r"[0-9a-f]{64}", manifest["catalogue"]["sha256"])
    assert manifest["catalogue"]["rules"] == RULE_COUNT
    assert manifest["tool"]["name"] == "toegang" and manifest["tool"]["version"]
    assert [g["code"] for g in manifest["gemeenten"]] == sorted(CODES.values())
    assert manifest["counts"] == {"gemeenten": 8, "sites": 9}
    assert manifest["crawl"]["finished"] and manifest["crawl"]["sites_done"] == 9
    assert manifest["analysis"]["pages_audited"] == 9 and manifest["analysis"]["errors"] == 0
    assert manifest["status"] == "analysed"
    assert list((demo_run.folder / "warc").glob("*.warc.gz"))


def test_progress_counts_gemeenten_pages_and_errors(demo_run: SimpleNamespace) -> None:
    crawl = [e for e in demo_run.events if e.phase == "crawl"]
    analysed = [e for e in demo_run.events if e.phase == "analyse"]
    assert crawl[-1].gemeenten_done == crawl[-1].gemeenten_total == 8
    assert crawl[-1].pages_fetched == demo_run.run.crawl.pages_fetched > 0
    assert crawl[-1].errors == demo_run.run.crawl.errors == 4
    assert [e.gemeenten_done for e in crawl] == sorted(e.gemeenten_done for e in crawl)
    assert analysed[-1].analysed == analysed[-1].to_analyse == 9


def test_findings_follow_the_audit_contract_plus_where_found(demo_run: SimpleNamespace) -> None:
    pages = read_jsonl(demo_run.folder / "findings.jsonl")
    texts = {row["id"]: row["text"] for row in read_jsonl(demo_run.folder / "texts.jsonl")}
    assert len(pages) == 9
    for page in pages:
        assert page["profile"] == "bijstand-aanvraag" and page["law_date"] == "2026-03-01"
        assert len({f["rule"] for f in page["findings"]}) == len(page["findings"]) == RULE_COUNT
        assert {f["status"] for f in page["findings"]} <= {"present", "absent", "wrong", "not_applicable"}
        assert page["gemeenten"] and page["url"].startswith("http://127.0.0.1:")
        assert "depth" in page and page["site"]
        text = texts[page["id"]]
        for finding in page["findings"]:
            for evidence in finding["evidence"]:
                assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
    werkplein = next(p for p in pages if p["site"] == "org:werkplein")
    assert werkplein["gemeenten"] == [CODES["onvolledig"]] and werkplein["site_kind"] == "uitvoerder"


def test_gemeente_results_of_the_fictional_web(demo_run: SimpleNamespace) -> None:
    measurement = load_measurement(demo_run.folder)
    good = measurement.result(CODES["goed"])
    assert good is not None and good.rank == 1
    assert good.count("wrong") == 0
    assert good.rule("voorschot.automatisch").status == "present"  # type: ignore[union-attr]
    assert good.placement == "next_to_term"
    pages = measurement.pages()
    assert pages[good.main_page].url.endswith("/werk-en-inkomen/bijstand-aanvragen")  # type: ignore[index]
    assert pages[good.main_page].links_to == (good.pages[1],)  # type: ignore[index]  # the voorschot page
    assert pages[good.pages[1]].url.endswith("/bijstand-aanvragen/voorschot")

    misleading = measurement.result(CODES["misleidend"])
    assert misleading is not None and misleading.count("wrong") >= 3
    assert misleading.rule("melding.direct").status == "wrong"  # type: ignore[union-attr]
    assert misleading.score is not None and good.score is not None and misleading.score < good.score

    shared = measurement.result(CODES["onvolledig"])
    assert shared is not None and shared.executing_org == "Werkplein Halverwaarde en omstreken"
    assert "org:werkplein" in shared.sites and shared.main_page == "org:werkplein/2"

    forbidden = measurement.result(CODES["verboden"])
    assert forbidden is not None and not forbidden.measured
    assert forbidden.reason == "robots_forbidden" and forbidden.rank is None

    summary = json.loads((demo_run.folder / "summary.json").read_text(encoding="utf-8"))
    assert summary["measured"] == 7 and summary["not_measured"] == 1
    assert CODES["goed"] in summary["good_examples"]
    rows = list(csv.DictReader((demo_run.folder / "gemeenten.csv").open(encoding="utf-8-sig")))
    assert rows[0]["code"] == CODES["goed"] and rows[0]["rank"] == "1"
    assert rows[0]["voorschot.automatisch"] == "present"


def test_analyse_again_gives_identical_files(demo_run: SimpleNamespace) -> None:
    before = digests(demo_run.folder)
    analyse(demo_run.folder, workers=1)
    assert digests(demo_run.folder) == before


def test_parallel_analysis_gives_the_same_files(
    demo_run: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digests(demo_run.folder)
    monkeypatch.setattr(analyse_module, "PARALLEL_FROM", 1)
    monkeypatch.setattr(analyse_module, "CHUNK", 2)
    summary = analyse(demo_run.folder, workers=2)
    assert summary.workers == 2 and summary.audited == 9
    assert digests(demo_run.folder) == before


def _meting(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="toegang")
    meting_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_cli_report_diff_and_analyse(
    demo_run: SimpleNamespace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(demo_run.folder)
    assert _meting(["meting", "rapport", folder, "--vorige", folder]) == 0
    out = capsys.readouterr().out
    assert "file://" in out
    index = demo_run.folder / "rapport" / "index.html"
    html = index.read_text(encoding="utf-8")
    assert "Goedestad" in html and "Vergelijking" in html and "Ranglijst" in html
    for code in CODES.values():
        assert (demo_run.folder / "rapport" / "gemeenten" / f"{code}.html").exists()

    assert (
        _meting(
            [
                "meting",
                "diff",
                folder,
                folder,
                "--csv",
                str(tmp_path / "d.csv"),
                "--json",
                str(tmp_path / "d.json"),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "0 keer beter, 0 keer slechter" in out
    data = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert data["totals"]["better"] == data["totals"]["worse"] == 0
    assert (
        (tmp_path / "d.csv").read_text(encoding="utf-8-sig").startswith("code,name,rule,before,after,change")
    )

    assert _meting(["meting", "analyse", folder, "--stil"]) == 0
    assert "9 pagina’s gecontroleerd" in capsys.readouterr().out
    assert _meting(["meting", "diff", folder, str(tmp_path / "nergens")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_a_folder_with_a_measurement_is_never_overwritten(demo_run: SimpleNamespace) -> None:
    with pytest.raises(MeasurementError, match="staat al een meting"):
        run_measurement(load_registry(), "GM0363", demo_run.folder, law_date=date(2026, 3, 1))


def test_toegang_demo_measures_and_writes_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo"
    assert toegang_main(["demo", "--out", str(out), "--stil", "--geo", str(tmp_path / "geen")]) == 0
    printed = capsys.readouterr().out
    index = out / "rapport" / "index.html"
    assert str(index) in printed and index.resolve().as_uri() in printed
    assert "7 van de 8 gemeenten gemeten" in printed
    assert "Dit is een demonstratie" in index.read_text(encoding="utf-8")


def test_demo_replaces_an_earlier_demo_but_nothing_else(tmp_path: Path) -> None:
    earlier = tmp_path / "demo"
    earlier.mkdir()
    (earlier / "manifest.json").write_text(
        json.dumps({"source": "demo", "gemeenten": [], "law_date": "2026-01-01"}), encoding="utf-8"
    )
    assert _clear_previous_demo(earlier) is None and not earlier.exists()
    other = tmp_path / "eigen"
    other.mkdir()
    (other / "scriptie.docx").write_bytes(b"mijn werk")
    assert "andere bestanden" in (_clear_previous_demo(other) or "")
    assert (other / "scriptie.docx").exists()


def test_gemeenten_are_chosen_from_the_registry_by_code_or_all() -> None:
    registry = load_registry()
    day = date(2026, 6, 1)
    assert [g.code for g in select_gemeenten(registry, "gm363,GM0014", day)] == ["GM0014", "GM0363"]
    assert len(select_gemeenten(registry, "all", day)) == len(registry.on(day))
    with pytest.raises(RegistryError):
        select_gemeenten(registry, ["GM9999"], day)


def test_a_shared_organisation_site_credits_only_the_chosen_members() -> None:

    registry = load_registry()
    day = date(2026, 6, 1)
    org, members = next(
        (name, m)
        for name, m in registry.on(day).by_executing_org().items()
        if len(m) > 1 and registry.org(name).website
    )
    chosen = members[0].code
    specs = restrict_sites(sites_from_registry(registry, day), [chosen])
    assert sorted(s.site_id for s in specs) == sorted([chosen, specs[-1].site_id])
    org_spec = next(s for s in specs if s.kind == "uitvoerder")
    assert org_spec.name == org and org_spec.credits == (chosen,)


def test_resuming_a_finished_measurement_fetches_nothing_and_keeps_the_results(
    demo_run: SimpleNamespace, web: object
) -> None:
    from toegang.measure import resume_measurement

    before = digests(demo_run.folder)
    run = resume_measurement(demo_run.folder, workers=1)
    assert run.crawl.finished and run.crawl.pages_fetched == demo_run.run.crawl.pages_fetched
    after = digests(demo_run.folder)
    for name in ("findings.jsonl", "results.json", "summary.json", "gemeenten.csv"):
        assert after[name] == before[name], name
