"""Page latency of the web app under load (`make bench`, or `python bench/web.py`).

Fills a fresh database with two generated national measurements of 342 gemeenten (the newest and one a year
earlier, so the overview shows a trend), serves the site with the production settings on gunicorn (2 workers,
loopback only), warms it up, then lets `wrk` (Debian package) keep 50 connections busy for a bounded time per
page and prints the 95th percentile latency for the national overview and a gemeente page. Target: p95 under
150 ms. Every request goes to 127.0.0.1; the run stops by itself.
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


def _env(folder: Path, database_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TOEGANG_", "DJANGO_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="toegang.web.settings.production",
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
            with urllib.request.urlopen(url, timeout=2) as response:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="load time per page (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    parser.add_argument("--database-url", default=None, help="default: a new SQLite file")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian package wrk): make bench installs it")
    from toegang.web.monitor.sample import write_sample_measurement

    folder = Path(tempfile.mkdtemp(prefix="toegang-bench-web-"))
    server: subprocess.Popen[bytes] | None = None
    try:
        env = _env(folder, args.database_url)
        started = time.monotonic()
        old = write_sample_measurement(
            folder / "2025", gemeenten=GEMEENTEN, ident="bench-2025", measured_on=date(2025, 3, 1), seed=5
        )
        new = write_sample_measurement(folder / "2026", gemeenten=GEMEENTEN, ident="bench-2026", seed=6)
        _django(env, "migrate", "-v0")
        _django(env, "import_meting", str(old))
        _django(env, "import_meting", str(new))
        print(f"database     2 measurements of {GEMEENTEN} gemeenten in {time.monotonic() - started:.1f} s")
        port = _free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "toegang.web.wsgi:application",
                "--workers",
                str(args.workers),
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
        _wait(base + "/monitor/")
        from toegang.web.monitor.sample import sample_gemeenten

        codes = [g.code for g in sample_gemeenten(GEMEENTEN)]
        single = folder / "p95.lua"
        single.write_text(LUA, encoding="utf-8")
        rotating = folder / "rotate.lua"
        paths = ", ".join(f'"/monitor/gemeente/{code}/"' for code in codes)
        rotating.write_text(ROTATE % paths + LUA, encoding="utf-8")
        # (name, url, script, counts for the target): the overview; one gemeente page; and, for information,
        # every gemeente page in turn, which mostly measures rendering without the page cache.
        runs = [
            ("overview", base + "/monitor/", single, True),
            ("gemeente", base + "/monitor/gemeente/GM0363/", single, True),
            ("342 gemeenten", base + "/monitor/gemeente/GM0363/", rotating, False),
        ]
        for _name, url, _script, _counts in runs[:2]:
            for _warm in range(args.workers * 3):
                urllib.request.urlopen(url, timeout=10).read()
        failed = False
        for name, url, script, counts in runs:
            p95, requests, errors = _wrk(url, args.seconds, script)
            verdict = "ok" if p95 < TARGET_MS and errors == 0 else "TOO SLOW" if errors == 0 else "ERRORS"
            if counts:
                failed |= verdict != "ok"
            else:
                verdict = f"{verdict} (cold cache, for information)"
            print(
                f"{name:<14} p95 {p95:7.1f} ms  ({requests / args.seconds:7.1f} req/s, {USERS} users, "
                f"{errors} errors)  target < {TARGET_MS:.0f} ms: {verdict}"
            )
        return 1 if failed else 0
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
