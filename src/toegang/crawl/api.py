"""Public entry points: `crawl(sites, out_dir)` starts a measurement crawl, `resume(out_dir)` continues one.

Both run the crawler in a child process (see runner.py) and return when it ends, calling `progress` as it
goes.
Results live in out_dir: state.sqlite (the durable state), warc/ (raw responses), pages.jsonl, sites.jsonl,
handoffs.jsonl and crawl.log.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toegang.crawl.netguard import parse_allowlist
from toegang.crawl.seeds import seed_discoveries
from toegang.crawl.settings import build_settings
from toegang.crawl.sites import SiteSpec
from toegang.crawl.state import Store
from toegang.i18n import _

STATE = "state.sqlite"


class CrawlError(RuntimeError):
    """A crawl that cannot start or did not end well; the message is Dutch because users see it."""


@dataclass(frozen=True, slots=True)
class CrawlProgress:
    event: str
    site: str
    sites_total: int
    sites_done: int
    pages_fetched: int
    errors: int


@dataclass(frozen=True, slots=True)
class CrawlSummary:
    out_dir: Path
    sites_total: int
    sites_done: int
    pages_fetched: int
    errors: int
    finished: bool
    returncode: int
    outcomes: Mapping[str, int] = field(default_factory=dict)
    site_reasons: Mapping[str, int] = field(default_factory=dict)

    @property
    def pages_path(self) -> Path:
        return self.out_dir / "pages.jsonl"


ProgressCallback = Callable[[CrawlProgress], None]


def crawl(
    sites: Sequence[SiteSpec],
    out_dir: Path,
    *,
    settings_overrides: Mapping[str, Any] | None = None,
    progress: ProgressCallback | None = None,
    allow_private: bool = False,
    allowlist: Collection[str] = (),
) -> CrawlSummary:
    """Crawl `sites` into the empty (or new) folder `out_dir`.

    `allow_private` with `allowlist` (loopback `127.0.0.1:PORT` entries only) exists for tests against the
    fictional web; every other private, loopback or link-local address stays refused.
    """
    out_dir = prepare(
        sites,
        out_dir,
        settings_overrides=settings_overrides,
        allow_private=allow_private,
        allowlist=allowlist,
    )
    return _run(out_dir, progress)


def prepare(
    sites: Sequence[SiteSpec],
    out_dir: Path,
    *,
    settings_overrides: Mapping[str, Any] | None = None,
    allow_private: bool = False,
    allowlist: Collection[str] = (),
) -> Path:
    """Create the state of a new crawl in `out_dir` without running it (`resume` then runs it)."""
    out_dir = Path(out_dir)
    if (out_dir / STATE).exists():
        raise CrawlError(
            _("In {path} staat al een meting. Ga verder met hervatten, of kies een lege map.").format(
                path=out_dir
            )
        )
    ids = [s.site_id for s in sites]
    if len(set(ids)) != len(ids):
        raise CrawlError(_("Elke site moet een eigen id hebben."))
    settings = build_settings(settings_overrides)
    if allow_private:
        parse_allowlist(allowlist)  # refuses anything but loopback ip:port
        settings["TOEGANG_ALLOW_PRIVATE"] = True
        settings["TOEGANG_ALLOWLIST"] = sorted(allowlist)
    else:
        settings["TOEGANG_ALLOW_PRIVATE"] = False
        settings["TOEGANG_ALLOWLIST"] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    store = Store(out_dir / STATE)
    try:
        store.initialise(sites, settings, {s.site_id: seed_discoveries(s) for s in sites})
    finally:
        store.close()
    return out_dir


def resume(out_dir: Path, *, progress: ProgressCallback | None = None) -> CrawlSummary:
    """Continue a crawl that was stopped (or crashed); already fetched URLs are not fetched again."""
    out_dir = Path(out_dir)
    if not (out_dir / STATE).exists():
        raise CrawlError(_("In {path} staat geen meting om te hervatten.").format(path=out_dir))
    return _run(out_dir, progress)


def runner_command(out_dir: Path) -> list[str]:
    return [sys.executable, "-m", "toegang.crawl.runner", str(out_dir)]


def _run(out_dir: Path, progress: ProgressCallback | None) -> CrawlSummary:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    with open(out_dir / "runner.err", "ab") as err:
        proc = subprocess.Popen(
            runner_command(out_dir), stdout=subprocess.PIPE, stderr=err, text=True, env=env
        )
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if progress is None:
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    continue
                progress(
                    CrawlProgress(
                        event=str(data.get("event", "")),
                        site=str(data.get("site", "")),
                        sites_total=int(data.get("sites_total", 0)),
                        sites_done=int(data.get("sites_done", 0)),
                        pages_fetched=int(data.get("pages_fetched", 0)),
                        errors=int(data.get("errors", 0)),
                    )
                )
            returncode = proc.wait()
        except BaseException:
            proc.terminate()
            proc.wait(timeout=30)
            raise
    return summarise(out_dir, returncode)


def summarise(out_dir: Path, returncode: int = 0) -> CrawlSummary:
    store = Store(Path(out_dir) / STATE)
    try:
        counts = store.counts()
        outcomes = {
            r[0]: r[1] for r in store.db.execute("SELECT outcome, COUNT(*) FROM fetches GROUP BY outcome")
        }
        reasons = {
            r[0]: r[1]
            for r in store.db.execute(
                "SELECT reason, COUNT(*) FROM sites WHERE status='done' GROUP BY reason"
            )
        }
    finally:
        store.close()
    return CrawlSummary(
        out_dir=Path(out_dir),
        sites_total=counts["sites_total"],
        sites_done=counts["sites_done"],
        pages_fetched=counts["pages_fetched"],
        errors=counts["errors"],
        finished=counts["sites_done"] == counts["sites_total"],
        returncode=returncode,
        outcomes=dict(sorted(outcomes.items())),
        site_reasons=dict(sorted(reasons.items())),
    )
