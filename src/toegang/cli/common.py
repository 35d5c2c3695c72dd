"""Shared helpers for the CLI modules: dates, errors, output."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from toegang.i18n import _


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("'{value}' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.").format(
                value=value
            )
        ) from exc


def add_date_argument(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    parser.add_argument(
        "--datum",
        "--date",
        dest="date",
        type=parse_date,
        default=date.today(),
        metavar="JJJJ-MM-DD",
        help=help_text or _("de wet zoals die gold op deze datum (standaard: vandaag)"),
    )


def fail(message: str, code: int = 2) -> int:
    print(_("Fout: {message}").format(message=message), file=sys.stderr)
    return code
