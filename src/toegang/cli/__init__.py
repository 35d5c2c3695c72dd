"""The `toegang` command. Each subcommand group lives in its own module with a `register(subparsers)`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from toegang import __version__
from toegang.i18n import _

# Modules under toegang.cli that add subcommands; each defines register(subparsers).
COMMAND_MODULES = ("audit", "rules", "gemeenten", "meting", "demo", "brief", "web", "evaluate")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="toegang",
        description=_(
            "Toegang meet hoe goed gemeenten uitleggen hoe je bijstand aanvraagt, en controleert brieven aan "
            "cliënten. Elke bevinding noemt de regel, de wet en het citaat uit de tekst."
        ),
        epilog=_("Voorbeeld: toegang audit page pagina.html   ·   Meer hulp: toegang COMMANDO --help"),
    )
    parser.add_argument("--version", action="version", version=f"toegang {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMANDO"))
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"toegang.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"toegang.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print(_("Gestopt."), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
