"""Serve the fictional gemeente sites until Ctrl-C: `python -m toegang.demo_web [--poort 8100]`."""

from __future__ import annotations

import argparse
import time

from toegang.demo_web.server import DemoWeb, default_sites
from toegang.i18n import _


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m toegang.demo_web",
        description=_("Start de verzonnen gemeentesites op 127.0.0.1, om de crawler te proberen."),
    )
    parser.add_argument(
        "--poort",
        type=int,
        default=0,
        help=_("Eerste poort; elke site krijgt de volgende (standaard: vrije poorten)."),
    )
    args = parser.parse_args(argv)
    sites = default_sites()
    ports = {s.name: args.poort + i for i, s in enumerate(sites)} if args.poort else None
    with DemoWeb(sites, ports=ports, max_seconds=60.0) as web:
        for name in web.names:
            print(f"{web.base_url(name)}/  {web.title(name)} ({name})", flush=True)
        print(_("Stop met Ctrl-C."), flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print(_("Gestopt."))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
