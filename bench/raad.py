"""Page latency of the client council (raad) pages under load (`python bench/raad.py`).

Fills a fresh database with one council holding five years of records (10,000 signals, 500 promises with their
history, 120 pieces of advice, 60 meetings) and a second council with the same amount (so scoping is exercised),
serves the site with the production settings on gunicorn (2 workers, loopback only) and lets `wrk` (Debian
package) keep 50 connections busy per page, logged in as a raadslid. Prints the 95th percentile latency of the
council overview and the promises overview (overdue first); target p95 under 150 ms. The run stops by itself.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web import LUA, TARGET_MS, USERS, _env, _free_port

SIGNALS = 10_000
PROMISES = 500
ADVICE = 120
MEETINGS = 60
YEARS = 5
SLUG = "bench-raad"


def fill(seed: int = 7) -> str:
    """Runs inside the bench environment (DJANGO_SETTINGS_MODULE set): the records, and a raadslid's session."""
    import django

    django.setup()
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import Group, User

    from toegang.web.accounts.roles import RAADSLID
    from toegang.web.raad import models as m

    rng = random.Random(seed)
    today = date.today()
    start = today - timedelta(days=365 * YEARS)
    themes = [code for code, _label in m.THEMES]
    user = User.objects.create_user("bench-raadslid", password=None)
    user.groups.add(Group.objects.get_or_create(name=RAADSLID)[0])
    for index, slug in enumerate((SLUG, f"{SLUG}-andere")):
        council = m.Council.objects.create(name=f"Cliëntenraad bench {index + 1}", slug=slug)
        if index == 0:
            m.Membership.objects.create(council=council, user=user)
        m.Signal.objects.bulk_create(
            [
                m.Signal(
                    council=council,
                    theme=rng.choice(themes),
                    organisation="Gemeente Benchdorp",
                    received_on=start + timedelta(days=rng.randrange(365 * YEARS)),
                    people=rng.randint(1, 12),
                    description="Mensen wachtten lang op een antwoord van de gemeente.",
                    handled=rng.random() < 0.8,
                )
                for _ in range(SIGNALS)
            ],
            batch_size=1000,
        )
        meetings = m.Meeting.objects.bulk_create(
            [
                m.Meeting(
                    council=council,
                    held_on=start + timedelta(days=30 * i),
                    title=f"Vergadering {i + 1}",
                    minutes="Verslag.",
                    published=i % 2 == 0,
                )
                for i in range(MEETINGS)
            ]
        )
        for i in range(ADVICE):
            sent = start + timedelta(days=rng.randrange(365 * YEARS))
            reacted = sent + timedelta(days=rng.randint(10, 80)) if rng.random() < 0.85 else None
            m.Advice.objects.create(
                council=council,
                kind=rng.choice((m.Advice.REQUESTED, m.Advice.UNSOLICITED)),
                subject=f"Advies {i + 1}",
                sent_on=sent,
                reaction="Het college reageerde." if reacted and reacted <= today else "",
                reaction_on=reacted if reacted and reacted <= today else None,
            )
        promises = []
        for i in range(PROMISES):
            made = start + timedelta(days=rng.randrange(365 * YEARS))
            due = made + timedelta(days=rng.randint(30, 240))
            status = rng.choice((m.Promise.OPEN, m.Promise.KEPT, m.Promise.KEPT, m.Promise.BROKEN))
            closed = (
                min(today, due + timedelta(days=rng.randint(-20, 40))) if status != m.Promise.OPEN else None
            )
            promises.append(
                m.Promise(
                    council=council,
                    what=f"Toezegging {i + 1}: de gemeente verbetert de brieven.",
                    meeting=rng.choice(meetings),
                    made_on=made,
                    due_on=due,
                    status=status,
                    closed_on=closed,
                )
            )
        promises = m.Promise.objects.bulk_create(promises, batch_size=500)  # bulk: history written below
        events = [m.PromiseEvent(promise=p, status=m.Promise.OPEN, on=p.made_on) for p in promises]
        events += [
            m.PromiseEvent(promise=p, status=p.status, on=p.closed_on) for p in promises if p.closed_on
        ]
        m.PromiseEvent.objects.bulk_create(events, batch_size=1000)
    engine = import_module(settings.SESSION_ENGINE)
    session = engine.SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return str(session.session_key)


def _wrk(url: str, seconds: int, script: Path, cookie: str) -> tuple[float, int, int]:
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{USERS}",
            f"-d{seconds}s",
            "--timeout",
            "5s",
            "-s",
            str(script),
            "-H",
            f"Cookie: sessionid={cookie}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    ).stdout
    values = dict(
        line.split() for line in out.splitlines() if line.startswith(("P95_US", "REQUESTS", "ERRORS"))
    )
    return int(values["P95_US"]) / 1000.0, int(values["REQUESTS"]), int(values["ERRORS"])


def _get(url: str, cookie: str) -> int:
    request = urllib.request.Request(url, headers={"Cookie": f"sessionid={cookie}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()
        if response.geturl() != url:  # redirected to the login page: the session did not work
            raise SystemExit(f"{url} redirected to {response.geturl()}: the bench session is not accepted")
        return int(response.status)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="load time per page (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    parser.add_argument("--database-url", default=None, help="default: a new SQLite file")
    parser.add_argument("--fill", action="store_true", help=argparse.SUPPRESS)  # internal: run in the env
    args = parser.parse_args(argv)
    if args.fill:
        print(fill())
        return 0
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian package wrk): make bench installs it")
    folder = Path(tempfile.mkdtemp(prefix="toegang-bench-raad-"))
    server: subprocess.Popen[bytes] | None = None
    try:
        env = _env(folder, args.database_url)
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "django", "migrate", "-v0"], env=env, check=True, stdout=subprocess.DEVNULL
        )
        cookie = subprocess.run(
            [sys.executable, __file__, "--fill"], env=env, check=True, capture_output=True, text=True
        ).stdout.strip()
        print(
            f"database       2 councils, each {SIGNALS} signals, {PROMISES} promises, {ADVICE} advice over "
            f"{YEARS} years in {time.monotonic() - started:.1f} s"
        )
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
            ],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        _wait_ok(f"{base}/raad/{SLUG}/", cookie)
        script = folder / "p95.lua"
        script.write_text(LUA, encoding="utf-8")
        # (name, url, counts for the target): the council overview and the promises overview count; the
        # signals list (10,000 signals, paged) is for information.
        runs = [
            ("overview", f"{base}/raad/{SLUG}/", True),
            ("promises", f"{base}/raad/{SLUG}/toezeggingen/", True),
            ("signals", f"{base}/raad/{SLUG}/signalen/", False),
        ]
        for _name, url, _counts in runs:
            for _warm in range(args.workers * 3):
                if _get(url, cookie) != 200:
                    raise SystemExit(f"{url} did not answer 200 for the raadslid")
        failed = False
        for name, url, counts in runs:
            p95, requests, errors = _wrk(url, args.seconds, script, cookie)
            verdict = "ok" if p95 < TARGET_MS and errors == 0 else "TOO SLOW" if errors == 0 else "ERRORS"
            if counts:
                failed |= verdict != "ok"
            else:
                verdict = f"{verdict} (for information)"
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


def _wait_ok(url: str, cookie: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if _get(url, cookie) == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server at {url} did not answer within {seconds:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
