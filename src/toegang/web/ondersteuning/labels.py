"""Dutch B1 names for the core's event and deadline kinds, as shown to supporters and in letters."""

from __future__ import annotations

from toegang.i18n import _
from toegang.law.track import DeadlineKind, DeadlineStatus, EventKind

EVENT_LABELS: dict[EventKind, str] = {
    EventKind.MELDING: _("Melding gedaan bij de gemeente"),
    EventKind.AANVRAAG: _("Aanvraag ingediend"),
    EventKind.VOORSCHOT_BETAALD: _("Voorschot betaald"),
    EventKind.VERDAGING: _("Gemeente stelt de beslissing uit"),
    EventKind.OPSCHORTING_START: _("Gemeente vraagt om meer gegevens"),
    EventKind.OPSCHORTING_EINDE: _("Gegevens gegeven of termijn voorbij"),
    EventKind.INGEBREKESTELLING: _("Gemeente in gebreke gesteld"),
    EventKind.BESLUIT_VERZONDEN: _("Besluit verstuurd"),
    EventKind.BEZWAAR_INGEDIEND: _("Bezwaar ingediend"),
    EventKind.AFGESLOTEN: _("Traject afgesloten"),
}

DEADLINE_LABELS: dict[DeadlineKind, str] = {
    DeadlineKind.ZOEKPERIODE: _("Zoekperiode jongeren"),
    DeadlineKind.VOORSCHOT: _("Voorschot"),
    DeadlineKind.BESLISTERMIJN: _("Beslissing op de aanvraag"),
    DeadlineKind.DWANGSOM: _("Dwangsom"),
    DeadlineKind.BEZWAAR: _("Bezwaar maken"),
}

DEADLINE_STATUS_LABELS: dict[DeadlineStatus, str] = {
    DeadlineStatus.OPEN: _("Nog open"),
    DeadlineStatus.MET: _("Gehaald"),
    DeadlineStatus.MISSED: _("Te laat"),
}

STATUS_LABELS: dict[str, str] = {
    "nieuw": _("Nieuw"),
    "gemeld": _("Gemeld"),
    "aangevraagd": _("Aangevraagd"),
    "opgeschort": _("Wacht op gegevens"),
    "besloten": _("Besluit genomen"),
    "bezwaar": _("In bezwaar"),
    "afgesloten": _("Afgesloten"),
}
