"""Latency of the supporter's worklist page with 10,000 tracks (`python bench/worklist.py`).

Fills a fresh SQLite database with 1,000 supporters and 10,000 clients, each with one bijstand track (melding
and aanvraag spread over the last twelve weeks, a third with a voorschot paid), logs in sessions for 200
supporters, serves the site with the production settings on gunicorn (2 workers, loopback only) and lets `wrk`
(Debian package) keep 10 connections busy (`--users`), each request a different supporter's worklist of this
week. Prints the 95th percentile latency. Target: p95 under 150 ms. Every request goes to 127.0.0.1; the run
stops by itself.

Every request computes the deadlines from the stored events (no cache is involved: the page is per user).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import web
from web import LUA, _django, _env, _free_port, _load, _stop, _wait, _wrk

TARGET_MS = 150.0
SUPPORTERS = 1_000
TRACKS = 10_000
SESSIONS = 200
USERS = 10
"""Connections kept busy at once: 10 supporters loading their worklist at the same moment, each again as soon as
the page arrives. That is far more than 1,000 supporters who open it a few times a day (well under one request
per second); the page is per user, so unlike the public pages in bench/web.py no page cache can help."""
ROTATE = """
local cookies = {%s}
local i = 0
request = function()
  i = i %% #cookies + 1
  return wrk.format("GET", "/ondersteuning/werklijst/", {["Cookie"] = "sessionid=" .. cookies[i]})
end
"""


def fill(sessions_file: Path, supporters: int, tracks: int, sessions: int) -> None:
    """Runs inside the bench's Django settings (see main): bulk-create the data and write session keys."""
    import random
    from datetime import timedelta

    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.auth.models import Group
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import transaction
    from django.utils import timezone

    from toegang.web.ondersteuning.models import Client, SupporterProfile, TrackEvent, Traject

    rng = random.Random(7)
    today = timezone.localdate()
    user_model = get_user_model()
    districts = ["Noord", "Zuid", "Oost", "West", "Centrum"]
    with transaction.atomic():
        users = user_model.objects.bulk_create(
            [user_model(username=f"ondersteuner{i}", password="!") for i in range(supporters)]
        )
        group = Group.objects.get(name="ondersteuner")
        through = user_model.groups.through
        through.objects.bulk_create([through(user_id=u.pk, group_id=group.pk) for u in users])
        profiles = SupporterProfile.objects.bulk_create(
            [
                SupporterProfile(
                    user=u,
                    name=f"Ondersteuner {i}",
                    districts=[districts[i % 5]],
                    languages=["nl"],
                    capacity=20,
                )
                for i, u in enumerate(users)
            ]
        )
        clients = Client.objects.bulk_create(
            [
                Client(pseudonym=f"Cliënt {i}", district=districts[i % 5], supporter=profiles[i % supporters])
                for i in range(tracks)
            ]
        )
        trajecten = Traject.objects.bulk_create([Traject(client=c, status="aangevraagd") for c in clients])
        events = []
        for traject in trajecten:
            start = today - timedelta(days=rng.randrange(0, 84))
            events.append(TrackEvent(traject=traject, kind="melding", on=start))
            events.append(TrackEvent(traject=traject, kind="aanvraag", on=start))
            paid = start + timedelta(days=20)
            if rng.random() < 1 / 3 and paid <= today:
                events.append(TrackEvent(traject=traject, kind="voorschot_betaald", on=paid))
        TrackEvent.objects.bulk_create(events, batch_size=5_000)
    keys = []
    for user in users[:sessions]:
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "toegang.web.accounts.backends.ThrottledModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        keys.append(store.session_key)
    sessions_file.write_text("\n".join(k for k in keys if k), encoding="utf-8")


def _serve(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """gunicorn on a free loopback port, as in bench/web.py; ready once the login page answers."""
    port = _free_port()
    command = [sys.executable, "-m", "gunicorn", "toegang.web.wsgi:application", "--workers", str(workers)]
    command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base + "/account/inloggen/")
    except BaseException:
        _stop(server)
        raise
    return server, base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="load time (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    parser.add_argument("--users", type=int, default=USERS, help=f"open connections (default {USERS})")
    parser.add_argument("--tracks", type=int, default=TRACKS)
    parser.add_argument("--supporters", type=int, default=SUPPORTERS)
    parser.add_argument("--fill", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fill is not None:
        fill(args.fill, args.supporters, args.tracks, SESSIONS)
        return 0
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian package wrk): make bench installs it")
    folder = Path(tempfile.mkdtemp(prefix="toegang-bench-worklist-"))
    server: subprocess.Popen[bytes] | None = None
    try:
        env = _env(folder, None)
        started = time.monotonic()
        _django(env, "migrate", "-v0")
        keys_file = folder / "sessions.txt"
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--fill",
                str(keys_file),
                "--tracks",
                str(args.tracks),
                "--supporters",
                str(args.supporters),
            ],
            env=env,
            check=True,
        )
        keys = keys_file.read_text(encoding="utf-8").split()
        print(
            f"database     {args.tracks} tracks, {args.supporters} supporters in {time.monotonic() - started:.1f} s"
        )
        script = folder / "worklist.lua"
        script.write_text(ROTATE % ", ".join(f'"{k}"' for k in keys) + LUA, encoding="utf-8")
        server, base = _serve(env, args.workers)
        import urllib.request

        for key in keys[: args.workers * 5]:  # warm up: every worker loads the parameters and templates
            request = urllib.request.Request(
                base + "/ondersteuning/werklijst/", headers={"Cookie": f"sessionid={key}"}
            )
            with urllib.request.urlopen(request, timeout=30) as response:
                if response.status != 200 or b"Werklijst" not in response.read():
                    raise SystemExit("the worklist page did not answer for a logged-in supporter")
        web.USERS = args.users  # wrk's connection count in bench/web.py's runner
        p95, requests, errors = _wrk(base + "/ondersteuning/werklijst/", args.seconds, script)
        verdict = "ok" if p95 < TARGET_MS and errors == 0 else "TOO SLOW" if errors == 0 else "ERRORS"
        print(
            f"{'worklist':<24} p95 {p95:7.1f} ms  ({requests / args.seconds:7.1f} req/s, {args.users} users, "
            f"{errors} errors)  target < {TARGET_MS:.0f} ms: {verdict}  [{_load()}]"
        )
        return 0 if verdict == "ok" else 1
    finally:
        if server is not None:
            _stop(server)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
