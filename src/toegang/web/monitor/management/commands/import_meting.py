"""`toegang web import-meting MAP`: import a measurement folder (twice is harmless)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from toegang.i18n import _
from toegang.web.monitor.importer import MeasurementImportError, import_measurement


class Command(BaseCommand):
    help = _("Zet een meting (een map met manifest.json en results.json) in de database.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder", type=Path, help=_("de map van de meting"))
        parser.add_argument(
            "--vervang",
            "--replace",
            dest="replace",
            action="store_true",
            help=_("vervang een eerder geïmporteerde versie met hetzelfde id"),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            outcome = import_measurement(options["folder"], replace=options["replace"])
        except MeasurementImportError as exc:
            raise CommandError(str(exc)) from exc
        if outcome.created:
            self.stdout.write(
                _("Meting {ident} geïmporteerd: {gemeenten} gemeenten, {pages} pagina's.").format(
                    ident=outcome.measurement.ident, gemeenten=outcome.gemeenten, pages=outcome.pages
                )
            )
        else:
            self.stdout.write(
                _("Meting {ident} stond er al; er is niets veranderd.").format(
                    ident=outcome.measurement.ident
                )
            )
