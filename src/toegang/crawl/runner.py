"""The crawl process: `python -m toegang.crawl.runner OUT_DIR` runs (or resumes) the crawl stored in OUT_DIR.

It runs in its own process because Twisted's reactor cannot be restarted, and so that a crash (or kill -9) of
a
national run never takes the caller down. It prints one JSON object per line on stdout for progress; Scrapy's
log
goes to OUT_DIR/crawl.log.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from toegang.crawl.export import write_outputs
from toegang.crawl.state import Store
from toegang.crawl.warc import WarcFile, repair

PROGRESS_INTERVAL = 0.5


class _Progress:
    """Counts kept in memory and printed as JSON lines, at most every half second (and at each site's end)."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self._last = 0.0

    def __call__(self, kind: str, site_id: str) -> None:
        if kind in ("fetch", "error"):
            self.counts["pages_fetched"] += 1
        if kind == "error":
            self.counts["errors"] += 1
        if kind == "site_done":
            self.counts["sites_done"] += 1
        now = time.monotonic()
        if kind == "site_done" or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self.emit(kind, site_id)

    def emit(self, kind: str, site_id: str = "") -> None:
        print(json.dumps({"event": kind, "site": site_id, **self.counts}), flush=True)


def prepare_run(out_dir: Path) -> tuple[Store, WarcFile, int, dict[str, Any]]:
    """Repair what a crash left behind and open this run's WARC file."""
    store = Store(out_dir / "state.sqlite")
    settings = store.settings()
    run = store.next_run()
    warc_dir = out_dir / "warc"
    repair(warc_dir, store.warc_files())
    name = f"toegang-{run:05d}.warc.gz"
    store.register_warc(name, run)
    warc = WarcFile(warc_dir / name, fsync=bool(settings.get("TOEGANG_FSYNC", True)))
    store.set_warc_committed(name, warc.info_end)
    return store, warc, run, settings


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m toegang.crawl.runner OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(args[0])
    store, warc, run, settings = prepare_run(out_dir)

    from scrapy.crawler import CrawlerProcess

    from toegang.crawl.spider import NulmetingSpider

    progress = _Progress(store.counts())
    progress.emit("start")
    process = CrawlerProcess(settings={**settings, "LOG_FILE": str(out_dir / "crawl.log")})
    process.crawl(NulmetingSpider, store=store, warc=warc, run=run, progress=progress)
    process.start()
    warc.close()
    store.close()
    write_outputs(out_dir)
    final = Store(out_dir / "state.sqlite")
    try:
        progress.counts = final.counts()
    finally:
        final.close()
    progress.emit("end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
