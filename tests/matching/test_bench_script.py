"""The matching benchmark runs end to end on a small instance and prints the figures it promises (no timing)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_matching_prints_its_figures() -> None:
    done = subprocess.run(
        [sys.executable, "bench/matching.py", "--requests", "200", "--supporters", "20"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert re.search(r"^matching 200 requests over 20 supporters: [\d.]+ s$", out, re.M)
    assert re.search(r"^matching detail: .* assigned \d+ of 200 with \d+ places, total score \d+", out, re.M)
    assert re.search(r"^greedy baseline: [\d.]+ s, assigned \d+, total score \d+", out, re.M)
    assert re.search(r"^pruning check \(50 x 5\): .* gap -?[\d.]+%$", out, re.M)


def test_bench_matching_rejects_empty_sizes() -> None:
    done = subprocess.run(
        [sys.executable, "bench/matching.py", "--requests", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
