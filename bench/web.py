"""Page latency of the web app under load (`make bench`, or `python bench/web.py`).

Fills a fresh database with two generated national measurements of 342 gemeenten (the newest and one a year
earlier, so the overview shows a trend), serves the site with the production settings on gunicorn (2 workers,
loopback only), warms it up, then lets `wrk` (Debian package) keep 50 connections busy for a bounded time per
page and prints the 95th percentile latency for the national overview and a gemeente page. Target: p95 under
150 ms. Every request goes to 127.0.0.1; the run stops by itself.

Each page is measured twice: as visitors without a session get it (the page cache on), and on a second server
whose cache is Django's DummyCache, so no page or fragment is ever served from a cache. The uncached runs are
the overview and every gemeente page in turn (all 342, each visited at least once); they show what a request
really costs, for instance just after an import or for a logged-in user. The machine's load average is printed
beside the figures, because wrk and the server share the same cores, and so is the server's CPU time per request
(from /proc), which does not depend on what else the machine is doing. The exit status follows the issue's
target for the pages as visitors get them (cached); the uncached figures are reported against it too.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

TARGET_MS = 150.0
USERS = 50
GEMEENTEN = 342
ROTATE = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("P95_US %d\\n", latency:percentile(95)))
  io.write(string.format("REQUESTS %d\\n", summary.requests))
  io.write(string.format("ERRORS %d\\n", summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout))
end
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# Production settings with every cache switched off: the page cache and template fragment caches all miss.
NO_CACHE_SETTINGS = """from toegang.web.settings.production import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
"""


def _env(
    folder: Path, database_url: str | None, settings: str = "toegang.web.settings.production"
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TOEGANG_", "DJANGO_"))}
    env.update(
        DJANGO_SETTINGS_MODULE=settings,
        TOEGANG_SECRET_KEY=secrets.token_urlsafe(48),
        TOEGANG_ALLOWED_HOSTS="127.0.0.1",
        TOEGANG_SSL_REDIRECT="0",
        TOEGANG_DATA_DIR=str(folder),
        DATABASE_URL=database_url or f"sqlite:///{folder / 'bench.sqlite3'}",
    )
    return env


def _django(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "-m", "django", *args], env=env, check=True, stdout=subprocess.DEVNULL)


def _wait(url: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=max(2.0, deadline - time.monotonic())) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server at {url} did not answer within {seconds:.0f} s")


def _wrk(url: str, seconds: int, script: Path) -> tuple[float, int, int]:
    """wrk with `script`; returns p95 in ms, requests and errors."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{USERS}", f"-d{seconds}s", "--timeout", "5s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    ).stdout
    values = dict(
        line.split() for line in out.splitlines() if line.startswith(("P95_US", "REQUESTS", "ERRORS"))
    )
    return int(values["P95_US"]) / 1000.0, int(values["REQUESTS"]), int(values["ERRORS"])


def _serve(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """gunicorn on a free loopback port; returns the process and its base URL once the overview answers."""
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "toegang.web.wsgi:application",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "--access-logfile",
            "-",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base + "/monitor/")
    except BaseException:
        _stop(server)
        raise
    return server, base


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(timeout=10)


def _server_cpu(server: subprocess.Popen[bytes]) -> float | None:
    """CPU seconds used so far by the gunicorn master and its workers (Linux /proc), or None. Divided by the
    requests served, this is the cost of a page whatever else the shared machine is doing."""
    tick = os.sysconf("SC_CLK_TCK")
    try:
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        total = 0
        for pid in [str(server.pid), *children]:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    except (OSError, ValueError, IndexError):
        return None
    return total / tick


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="load time per run (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    parser.add_argument("--database-url", default=None, help="default: a new SQLite file")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian package wrk): make bench installs it")
    from toegang.web.monitor.sample import sample_gemeenten, write_sample_measurement

    folder = Path(tempfile.mkdtemp(prefix="toegang-bench-web-"))
    server: subprocess.Popen[bytes] | None = None
    try:
        env = _env(folder, args.database_url)
        (folder / "bench_no_cache.py").write_text(NO_CACHE_SETTINGS, encoding="utf-8")
        no_cache_env = _env(folder, args.database_url, settings="bench_no_cache")
        no_cache_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(folder), env.get("PYTHONPATH")) if p)
        started = time.monotonic()
        old = write_sample_measurement(
            folder / "2025", gemeenten=GEMEENTEN, ident="bench-2025", measured_on=date(2025, 3, 1), seed=5
        )
        new = write_sample_measurement(folder / "2026", gemeenten=GEMEENTEN, ident="bench-2026", seed=6)
        _django(env, "migrate", "-v0")
        _django(env, "import_meting", str(old))
        _django(env, "import_meting", str(new))
        print(f"database     2 measurements of {GEMEENTEN} gemeenten in {time.monotonic() - started:.1f} s")
        codes = [g.code for g in sample_gemeenten(GEMEENTEN)]
        single = folder / "p95.lua"
        single.write_text(LUA, encoding="utf-8")
        rotating = folder / "rotate.lua"
        paths = ", ".join(f'"/monitor/gemeente/{code}/"' for code in codes)
        rotating.write_text(ROTATE % paths + LUA, encoding="utf-8")
        one = "/monitor/gemeente/GM0363/"
        # (server settings, name, path, script): the overview and one gemeente page as anonymous visitors get
        # them (page cache on); then, with every cache off, the overview and all gemeente pages in turn.
        runs = [
            (env, "overview", "/monitor/", single),
            (env, "gemeente", one, single),
            (no_cache_env, "overview", "/monitor/", single),
            (no_cache_env, f"{GEMEENTEN} gemeenten", one, rotating),
        ]
        failed = False
        for server_env in (env, no_cache_env):
            cached = server_env is env
            server, base = _serve(server_env, args.workers)
            # Warm up, so every worker has loaded the catalogue, map boundaries and templates (and, with the
            # cache on, holds the two measured pages); the first request of a process is not what we measure.
            for _name, path, _script in [(n, p, s) for e, n, p, s in runs if e is server_env]:
                for _warm in range(args.workers * 3):
                    urllib.request.urlopen(base + path, timeout=30).read()
            for run_env, name, path, script in runs:
                if run_env is not server_env:
                    continue
                cpu_before = _server_cpu(server)
                p95, requests, errors = _wrk(base + path, args.seconds, script)
                # Requests wrk gave up on are still queued at the server: let it catch up before the next run.
                _wait(base + path, seconds=120)
                cpu_after = _server_cpu(server)
                cpu = (
                    f"server cpu {(cpu_after - cpu_before) * 1000 / (requests + 1):5.1f} ms/request"
                    if cpu_before is not None and cpu_after is not None and requests
                    else "server cpu unknown"
                )
                verdict = "ok" if p95 < TARGET_MS and errors == 0 else "TOO SLOW" if errors == 0 else "ERRORS"
                # The target is for the pages as visitors get them; the uncached figures are printed
                # with the same yardstick but do not decide the exit status.
                if cached:
                    failed |= verdict != "ok"
                else:
                    verdict += " (not in the exit status)"
                label = f"{name} ({'cached' if cached else 'uncached'})"
                print(
                    f"{label:<24} p95 {p95:7.1f} ms  ({requests / args.seconds:7.1f} req/s, {USERS} users, "
                    f"{errors} errors, {cpu})  target < {TARGET_MS:.0f} ms: {verdict}  [{_load()}]"
                )
            _stop(server)
            server = None
        return 1 if failed else 0
    finally:
        if server is not None:
            _stop(server)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
