"""Stop a crawl with kill -9 in the middle, resume it, and get exactly what an uninterrupted crawl gets."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

from toegang.crawl import crawl, prepare, resume
from toegang.crawl.api import runner_command
from toegang.crawl.warc import read_response
from toegang.demo_web import DemoWeb
from toegang.demo_web.specs import allowlist, demo_site_specs

KILL_AFTER = 25  # completed responses before the web holds every further request


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def stored_responses(out: Path) -> int:
    """Responses the crawler has committed (pages and robots.txt that got an HTTP answer)."""
    db = sqlite3.connect(f"file:{out / 'state.sqlite'}?mode=ro", uri=True, timeout=5)
    try:
        pages = db.execute("SELECT COUNT(*) FROM fetches WHERE status IS NOT NULL").fetchone()[0]
        robots = db.execute("SELECT COUNT(*) FROM robots WHERE status IS NOT NULL").fetchone()[0]
    except sqlite3.OperationalError:
        return -1
    finally:
        db.close()
    return int(pages + robots)


def comparable(out: Path) -> dict[str, Any]:
    pages = {
        (p["site"], p["url"]): (
            p["sha256"],
            p["status"],
            p["outcome"],
            p["depth"],
            p["found_via"],
            p["link_text"],
            p["relevance"],
            p["seq"],
        )
        for p in read_jsonl(out / "pages.jsonl")
    }
    sites = {
        s["site"]: (s["status"], s["reason"], s["fetches"], s["outcomes"])
        for s in read_jsonl(out / "sites.jsonl")
    }
    return {"pages": pages, "sites": sites, "handoffs": read_jsonl(out / "handoffs.jsonl")}


def test_kill_9_in_the_middle_then_resume_gives_the_same_result(
    web: DemoWeb, fast: dict[str, Any], tmp_path: Path
) -> None:
    specs = demo_site_specs(web)
    allowed = allowlist(web)

    web.reset_log()
    crawl(specs, tmp_path / "heel", settings_overrides=fast, allow_private=True, allowlist=allowed)
    uninterrupted_requests = web.completed_count
    expected = comparable(tmp_path / "heel")

    web.reset_log()
    out = prepare(
        specs, tmp_path / "onderbroken", settings_overrides=fast, allow_private=True, allowlist=allowed
    )
    web.hold_after(KILL_AFTER)
    proc = subprocess.Popen(runner_command(out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if web.held_count >= 1 and stored_responses(out) == web.completed_count:
                break
            time.sleep(0.01)
        else:
            raise AssertionError("the crawl never reached the kill point")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    killed_at = stored_responses(out)
    assert 0 < killed_at < uninterrupted_requests
    assert not (out / "pages.jsonl").exists()  # it really died before the end
    web.release()

    summary = resume(out)

    assert summary.finished and summary.returncode == 0
    assert comparable(out) == expected
    completed = Counter((e.site, e.path) for e in web.log() if e.completed)
    assert max(completed.values()) == 1, "a URL was fetched twice"
    assert sum(completed.values()) == uninterrupted_requests, "something was fetched that was not needed"
    # Both runs wrote their own WARC file, and every page points at its own bytes.
    assert sorted(p.name for p in (out / "warc").iterdir()) == [
        "toegang-00001.warc.gz",
        "toegang-00002.warc.gz",
    ]
    for page in read_jsonl(out / "pages.jsonl"):
        if page["warc_file"]:
            body = read_response(out / page["warc_file"], page["warc_offset"]).body
            assert hashlib.sha256(body).hexdigest() == page["sha256"]
