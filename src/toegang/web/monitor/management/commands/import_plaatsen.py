"""`toegang web import-plaatsen BESTAND.csv`: woonplaatsen per gemeente, for search by place name.

The CSV has a header with the columns `woonplaats` and `gemeentecode` (e.g. CBS's list of woonplaatsen).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from toegang.i18n import _
from toegang.registry import RegistryError, normalise_code
from toegang.web.monitor.models import Gemeente, Place


class Command(BaseCommand):
    help = _("Zet woonplaatsen en hun gemeente in de database, zodat mensen op hun woonplaats kunnen zoeken.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("csv", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["csv"]
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except OSError as exc:
            raise CommandError(_("Het bestand {path} kan niet worden gelezen.").format(path=path)) from exc
        gemeenten = {g.code: g for g in Gemeente.objects.all()}
        added = skipped = 0
        with transaction.atomic():
            for row in rows:
                name = (row.get("woonplaats") or "").strip()
                try:
                    code = normalise_code(row.get("gemeentecode") or "")
                except RegistryError:
                    skipped += 1
                    continue
                gemeente = gemeenten.get(code)
                if not name or gemeente is None:
                    skipped += 1
                    continue
                _place, created = Place.objects.get_or_create(name=name, gemeente=gemeente)
                added += int(created)
        self.stdout.write(
            _("{added} woonplaatsen toegevoegd, {skipped} overgeslagen.").format(added=added, skipped=skipped)
        )
