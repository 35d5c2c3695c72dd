"""The measurement benchmarks (bench/measurement.py) run end to end on a few pages and print their figures."""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))  # measurement.py imports its sibling pages.py
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


measurement = _load("measurement")


def test_analysis_bench_prints_rate_target_and_memory(capsys: pytest.CaptureFixture[str]) -> None:
    measurement.bench_analysis(3, date(2025, 6, 1))
    out = capsys.readouterr().out
    assert re.search(
        r"^analysis: [\d.]+ pages/s wall over \d+ processes \(3 stored pages, 3 audited, 0 errors", out, re.M
    )
    assert re.search(
        r"^analysis of 10,000 pages: [\d.]+ s wall \(scaled from 3; target 60 s: (within|OVER)\)", out, re.M
    )
    assert re.search(r"^analysis memory: peak rss [\d.]+ MiB", out, re.M)


def test_crawl_bench_measures_a_local_web(capsys: pytest.CaptureFixture[str]) -> None:
    measurement.bench_crawl(2, date(2025, 6, 1))
    out = capsys.readouterr().out
    found = re.search(
        r"^crawl\+audit: [\d.]+ pages/s wall \((\d+) pages fetched from 1 local sites, (\d+) audited",
        out,
        re.M,
    )
    assert (
        found and int(found[1]) > 2 and int(found[2]) == 2
    )  # menu pages are fetched, bijstand pages audited
    assert re.search(
        r"^crawl\+audit memory: peak rss [\d.]+ MiB in this process; largest child process", out, re.M
    )


def test_analysis_folder_looks_like_a_crawl(tmp_path: Path) -> None:
    from toegang.measure import analyse, load_measurement

    folder = tmp_path / "meting"
    measurement.write_analysis_folder(folder, 3, date(2025, 6, 1))
    summary = analyse(folder, workers=1)
    assert (summary.fetched, summary.candidates, summary.audited) == (3, 3, 3)
    results = load_measurement(folder).results
    assert [r.code for r in results if r.measured] == ["GM9800"]
    assert results[0].main_page is not None
