"""`toegang web ...`: the web app's management commands (Django's manage.py), with our own names.

`toegang web migrate`, `toegang web runserver`, `toegang web import-meting MAP`, `toegang web createsuperuser`,
`toegang web demo` (migrate, import the demo measurement, serve on 127.0.0.1:8000). Any other Django command
works too. Settings: DJANGO_SETTINGS_MODULE, else toegang.web.settings.dev.
"""

from __future__ import annotations

import argparse
import os

from toegang.i18n import _

# Our Dutch-friendly names for Django commands (dashes, as in the rest of the CLI).
ALIASES = {
    "import-meting": "import_meting",
    "import-plaatsen": "import_plaatsen",
    "serve": "runserver",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "web",
        help=_("de website: monitor, brieventoets en rechtenwijzer"),
        description=_(
            "Beheer en start de website. Voorbeelden: toegang web migrate · toegang web import-meting MAP · "
            "toegang web createsuperuser · toegang web runserver · toegang web demo"
        ),
    )
    parser.add_argument("web_args", nargs=argparse.REMAINDER, metavar=_("OPDRACHT"))
    parser.set_defaults(func=run)


def django_argv(args: list[str]) -> list[str]:
    """`toegang web import-meting X` → argv for Django's `execute_from_command_line`."""
    if not args:
        return ["toegang web", "help"]
    command, rest = args[0], args[1:]
    return ["toegang web", ALIASES.get(command, command), *rest]


def run(args: argparse.Namespace) -> int:
    from toegang.web import DEFAULT_SETTINGS

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS)
    from django.core.management import execute_from_command_line

    execute_from_command_line(django_argv(list(args.web_args)))
    return 0
