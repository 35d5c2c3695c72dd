"""The benchmark script runs end to end on a handful of pages and prints every figure it promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_prints_each_figure_on_a_tiny_run() -> None:
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--pages", "4", "--html-pages", "3", "--rounds", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert re.search(r"^text audit: [\d.]+ pages/s per core \(4 pages;", out, re.M)
    assert re.search(r"^reference regex scan: [\d.]+ pages/s", out, re.M)
    counted = re.search(r"^findings: (\d+) over (\d+) rules: present [\d.]+%", out, re.M)
    assert counted and int(counted[1]) == 4 * int(counted[2]) > 0  # every rule once per page
    assert re.search(r"^html pipeline / trafilatura alone: [\d.]+x$", out, re.M)
    assert re.search(r"^html pipeline / trafilatura.extract with default settings: [\d.]+x$", out, re.M)
    assert re.search(r"^html extraction: main text kept whole on [\d.]+% of pages", out, re.M)
    assert re.search(r"^memory: peak rss [\d.]+ MiB", out, re.M)


def test_bench_rejects_zero_pages() -> None:
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--pages", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "at least 1" in done.stderr
