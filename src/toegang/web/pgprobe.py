"""Is there a PostgreSQL for the test suite? `python -m toegang.web.pgprobe [--start]`.

Prints the DATABASE_URL to run the web tests against (TOEGANG_TEST_POSTGRES, else the local server at
127.0.0.1:5432, database `test`, user postgres) and exits 0; prints nothing when none is reachable. With
TOEGANG_REQUIRE_POSTGRES=1 (CI) an unreachable server is an error (exit 1), never a silent skip. `--start`
first tries to start the machine's own cluster (Debian's pg_ctlcluster) when nothing answers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test"


def reachable(url: str, timeout: int = 3) -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    try:
        with psycopg.connect(url.replace("postgres://", "postgresql://", 1), connect_timeout=timeout) as conn:
            conn.execute("select 1")
    except psycopg.Error:
        return False
    return True


def start_local_cluster() -> bool:
    """Start Debian's cluster when the machine has one; True when a start was tried."""
    tool = shutil.which("pg_ctlcluster")
    versions = sorted(p.name for p in Path("/etc/postgresql").glob("*") if p.is_dir())
    if tool is None or not versions:
        return False
    subprocess.run(
        [tool, "--skip-systemctl-redirect", versions[-1], "main", "start"],
        check=False,
        capture_output=True,
        timeout=60,
    )
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start", action="store_true", help="start the local cluster if nothing answers")
    args = parser.parse_args(argv)
    url = os.environ.get("TOEGANG_TEST_POSTGRES") or DEFAULT_URL
    required = os.environ.get("TOEGANG_REQUIRE_POSTGRES", "").strip() in ("1", "true", "yes")
    ok = reachable(url)
    if not ok and args.start and start_local_cluster():
        for _attempt in range(20):
            time.sleep(0.5)
            if reachable(url, timeout=1):
                ok = True
                break
    if ok:
        print(url)
        return 0
    if required:
        print(
            f"PostgreSQL is required (TOEGANG_REQUIRE_POSTGRES=1) but {url} is not reachable.",
            file=sys.stderr,
        )
        return 1
    print(f"No PostgreSQL at {url}: the web tests ran on SQLite only.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
