"""Fixtures: the fictional web on 127.0.0.1 and crawl settings that keep the suite fast.

Only loopback addresses are ever contacted: the fictional web listens on 127.0.0.1, and each crawl allow-lists
exactly its ports.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from toegang.demo_web import DemoWeb, default_sites

# Small delays and timeouts for tests; politeness itself is not relaxed (robots.txt, one request per host).
FAST: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0.01,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_TIMEOUT": 1.5,
    "DNS_TIMEOUT": 2,
    "TOEGANG_FSYNC": False,
}


@pytest.fixture(scope="session")
def fast() -> dict[str, Any]:
    return dict(FAST)


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb(default_sites(slow_delay=0.2), max_seconds=15.0) as demo:
        yield demo


@pytest.fixture()
def out_dir(tmp_path: Path) -> Path:
    return tmp_path / "meting"
