"""Anonymise client files closed longer ago than the retention period (run daily, e.g. from cron)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from toegang.i18n import _
from toegang.web.ondersteuning.privacy import anonymise, due_for_anonymising, retention_days


class Command(BaseCommand):
    help = _("Maak gesloten dossiers anoniem na de bewaartermijn.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dagen", type=int, default=None, help=_("Bewaartermijn in dagen."))
        parser.add_argument("--datum", type=date.fromisoformat, default=None, help=_("Vandaag (jjjj-mm-dd)."))
        parser.add_argument("--proef", action="store_true", help=_("Alleen tellen, niets veranderen."))

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["dagen"] if options["dagen"] is not None else retention_days()
        today = options["datum"] or date.today()
        clients = list(due_for_anonymising(today, days))
        if not options["proef"]:
            for client in clients:
                anonymise(client)
        message = _("{n} dossiers gesloten voor meer dan {days} dagen: {what}.").format(
            n=len(clients), days=days, what=_("alleen geteld") if options["proef"] else _("anoniem gemaakt")
        )
        self.stdout.write(message)
