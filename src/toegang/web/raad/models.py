# ruff: noqa: RUF012  (Django's Meta, Migration and form class attributes are mutable by convention)
"""The client council (cliëntenraad): its members, signals, advice, the gemeente's promises and its meetings.

Every record belongs to one Council, and every query a view makes starts at `for_member(user)`, so a member
only ever sees the records of their own council. No model has a field for the person who reported a signal;
free text is checked for BSNs (and the anonymous description also for e-mail addresses and phone numbers).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q

from toegang.i18n import _
from toegang.law.deadlines import end_of_term
from toegang.web.raad.privacy import no_bsn, no_contact_details

DEFAULT_REACTION_WEEKS = 6


def reaction_weeks_setting() -> int:
    """RAAD_REACTION_WEEKS: the college's reaction term for advice when a council sets none of its own."""
    return int(getattr(settings, "RAAD_REACTION_WEEKS", DEFAULT_REACTION_WEEKS))


class MemberQuerySet(models.QuerySet):  # type: ignore[type-arg]
    """Records scoped to the councils a user is a member of. `path` leads from the model to the Council."""

    path = "council"

    def for_member(self, user: Any) -> MemberQuerySet:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        prefix = f"{self.path}__" if self.path else ""
        return self.filter(**{f"{prefix}memberships__user": user})


class CouncilQuerySet(MemberQuerySet):
    path = ""

    def for_member_with_role(self, user: Any, role: str) -> CouncilQuerySet:
        """Councils the user is a member of AND holds `role`: one filter() call, so both conditions apply to
        the same membership row (two calls would join twice and let any member's role count)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(memberships__user=user, memberships__user__groups__name=role)


class Council(models.Model):
    """A council belongs to a gemeente or to an executing organisation (e.g. a shared social service)."""

    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam in het adres"), max_length=80, unique=True)
    gemeente = models.ForeignKey(
        "monitor.Gemeente",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="councils",
        verbose_name=_("gemeente"),
    )
    organisation = models.CharField(_("uitvoeringsorganisatie"), max_length=200, blank=True)
    reaction_weeks = models.PositiveSmallIntegerField(
        _("reactietermijn op advies (weken)"),
        null=True,
        blank=True,
        help_text=_("Uit de verordening cliëntenparticipatie. Leeg: de standaard van de site."),
    )
    figures_published = models.BooleanField(_("cijfers openbaar"), default=False)
    # Raised by every change to the council's records (signals.py): the member page cache keys on it.
    version = models.PositiveIntegerField(default=0, editable=False)

    objects = CouncilQuerySet.as_manager()

    class Meta:
        ordering = ("name",)
        verbose_name = _("cliëntenraad")
        verbose_name_plural = _("cliëntenraden")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        self.touch()

    def touch(self) -> None:
        """Mark the council's records as changed, so cached member pages are rendered anew."""
        Council.objects.filter(pk=self.pk).update(version=models.F("version") + 1)

    @property
    def effective_reaction_weeks(self) -> int:
        return self.reaction_weeks or reaction_weeks_setting()


class Membership(models.Model):
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="raad_memberships"
    )
    since = models.DateField(_("lid sinds"), default=date.today)

    objects = MemberQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=("council", "user"), name="raad_membership_once")]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")

    def __str__(self) -> str:
        return f"{self.user} — {self.council}"


THEMES = [
    ("brieven", _("Brieven")),
    ("privacy", _("Privacy")),
    ("bejegening", _("Bejegening")),
    ("bereikbaarheid", _("Bereikbaarheid")),
    ("voorschot", _("Voorschot te laat")),
    ("beslistermijn", _("Besluit te laat")),
    ("terugvordering", _("Terugvordering en boetes")),
    ("informatie", _("Informatie en website")),
    ("overig", _("Iets anders")),
]
THEME_LABELS = dict(THEMES)


class Signal(models.Model):
    """A signal from the achterban: what went wrong, for how many people, without who they are."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="signals")
    theme = models.CharField(_("onderwerp"), max_length=30, choices=THEMES)
    organisation = models.CharField(
        _("gemeente of organisatie"), max_length=200, validators=[no_bsn, no_contact_details]
    )
    received_on = models.DateField(_("datum"), default=date.today)
    people = models.PositiveIntegerField(_("aantal mensen"), default=1)
    description = models.TextField(
        _("beschrijving (anoniem)"), max_length=4000, validators=[no_bsn, no_contact_details]
    )
    letter_profile = models.CharField(max_length=40, blank=True)
    letter_findings = models.JSONField(
        default=list, blank=True
    )  # rule, status, impact, message; no letter text
    handled = models.BooleanField(_("afgehandeld"), default=False)
    created = models.DateTimeField(auto_now_add=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ("-received_on", "-id")
        indexes = [models.Index(fields=("council", "received_on"), name="raad_signal_council_day")]
        verbose_name = _("signaal")
        verbose_name_plural = _("signalen")

    def __str__(self) -> str:
        return f"{THEME_LABELS.get(self.theme, self.theme)} — {self.received_on:%d-%m-%Y}"

    @property
    def theme_label(self) -> str:
        return str(THEME_LABELS.get(self.theme, self.theme))


class Advice(models.Model):
    REQUESTED, UNSOLICITED = "gevraagd", "ongevraagd"
    KINDS = [(REQUESTED, _("Gevraagd advies")), (UNSOLICITED, _("Ongevraagd advies"))]

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="advice")
    kind = models.CharField(_("soort advies"), max_length=12, choices=KINDS, default=UNSOLICITED)
    subject = models.CharField(_("onderwerp"), max_length=300, validators=[no_bsn])
    sent_on = models.DateField(_("verstuurd op"), null=True, blank=True)
    signals = models.ManyToManyField(Signal, blank=True, related_name="advice", verbose_name=_("signalen"))
    reaction = models.TextField(_("reactie van het college"), blank=True, validators=[no_bsn])
    reaction_on = models.DateField(_("datum van de reactie"), null=True, blank=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ("-sent_on", "-id")
        verbose_name = _("advies")
        verbose_name_plural = _("adviezen")

    def __str__(self) -> str:
        return self.subject

    @property
    def reaction_due(self) -> date | None:
        """Last day for the college's reaction: the verordening's term in weeks after sending.

        The Atw is not applied: it covers terms set in a law (art. 1), and whether it reaches a term in a
        municipal verordening is not settled in the sources read (see the report to the lead engineer).
        """
        if self.sent_on is None:
            return None
        weeks = self.council.effective_reaction_weeks
        return end_of_term(self.sent_on + timedelta(days=1), weeks=weeks, statutory=False)

    def reaction_late(self, today: date | None = None) -> bool:
        due = self.reaction_due
        if due is None:
            return False
        answered = self.reaction_on or (today or date.today())
        return answered > due


class Meeting(models.Model):
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(_("datum"))
    title = models.CharField(_("titel"), max_length=200, blank=True, validators=[no_bsn])
    minutes = models.TextField(_("verslag"), blank=True, validators=[no_bsn, no_contact_details])
    published = models.BooleanField(_("verslag openbaar"), default=False)
    published_on = models.DateField(null=True, blank=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ("-held_on", "-id")
        verbose_name = _("vergadering")
        verbose_name_plural = _("vergaderingen")

    def __str__(self) -> str:
        return self.title or f"{_('Vergadering')} {self.held_on:%d-%m-%Y}"


class PromiseQuerySet(MemberQuerySet):
    def overdue_first(self, today: date | None = None) -> PromiseQuerySet:
        """Overdue first (oldest deadline first), then other open ones, then closed ones (newest first)."""
        day = today or date.today()
        rank = models.Case(
            models.When(Q(status=Promise.OVERDUE) | Q(status=Promise.OPEN, due_on__lt=day), then=0),
            models.When(status=Promise.OPEN, then=1),
            default=2,
            output_field=models.IntegerField(),
        )
        return self.annotate(rank=rank).order_by("rank", "due_on", "id")


class Promise(models.Model):
    """What the gemeente promised the council; the status changes are kept in PromiseEvent."""

    OPEN, OVERDUE, KEPT, BROKEN = "open", "te_laat", "nagekomen", "niet_nagekomen"
    STATUSES = [
        (OPEN, _("Open")),
        (OVERDUE, _("Te laat")),
        (KEPT, _("Nagekomen")),
        (BROKEN, _("Niet nagekomen")),
    ]

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="promises")
    what = models.TextField(_("wat heeft de gemeente toegezegd?"), max_length=2000, validators=[no_bsn])
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="promises",
        verbose_name=_("in welke vergadering"),
    )
    made_on = models.DateField(_("toegezegd op"), default=date.today)
    due_on = models.DateField(_("uiterlijk klaar op"))
    status = models.CharField(_("stand"), max_length=20, choices=STATUSES, default=OPEN)
    closed_on = models.DateField(null=True, blank=True)

    objects = PromiseQuerySet.as_manager()

    class Meta:
        ordering = ("due_on", "id")
        indexes = [models.Index(fields=("council", "status", "due_on"), name="raad_promise_status_due")]
        verbose_name = _("toezegging")
        verbose_name_plural = _("toezeggingen")

    def __str__(self) -> str:
        return self.what[:80]

    def save(self, *args: Any, **kwargs: Any) -> None:
        """A new promise starts its history with its first status."""
        new = self.pk is None
        super().save(*args, **kwargs)
        if new:
            PromiseEvent.objects.create(promise=self, status=self.status, on=self.made_on)

    def effective_status(self, today: date | None = None) -> str:
        """An open promise past its deadline counts as overdue, without anyone having to mark it."""
        if self.status == self.OPEN and self.due_on < (today or date.today()):
            return self.OVERDUE
        return self.status

    def status_label(self, today: date | None = None) -> str:
        return str(dict(self.STATUSES)[self.effective_status(today)])

    def is_closed(self) -> bool:
        return self.status in (self.KEPT, self.BROKEN)

    def days_open(self, today: date | None = None) -> int:
        end = self.closed_on if self.is_closed() and self.closed_on else (today or date.today())
        return max(0, (end - self.made_on).days)

    def kept_on_time(self) -> bool:
        return self.status == self.KEPT and self.closed_on is not None and self.closed_on <= self.due_on

    def change_status(self, status: str, *, by: Any = None, note: str = "", on: date | None = None) -> None:
        """Set a new status and append it to the history; the only way a status should change."""
        day = on or date.today()
        self.status = status
        self.closed_on = day if status in (self.KEPT, self.BROKEN) else None
        self.save(update_fields=["status", "closed_on"])
        PromiseEvent.objects.create(promise=self, status=status, note=note, by=by, on=day)


class AppendOnlyError(Exception):
    """Raised when code tries to change or remove a history row."""


class AppendOnlyQuerySet(models.QuerySet):  # type: ignore[type-arg]
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError(_("De geschiedenis van een toezegging kan niet worden veranderd."))

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError(_("De geschiedenis van een toezegging kan niet worden gewist."))

    def for_member(self, user: Any) -> AppendOnlyQuerySet:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(promise__council__memberships__user=user)


class PromiseEvent(models.Model):
    """One line of a promise's history. Rows are only ever added (save refuses updates, delete refuses)."""

    promise = models.ForeignKey(Promise, on_delete=models.PROTECT, related_name="events")
    status = models.CharField(max_length=20, choices=Promise.STATUSES)
    on = models.DateField(default=date.today)
    at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(_("toelichting"), max_length=500, blank=True, validators=[no_bsn])
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ("at", "id")
        verbose_name = _("wijziging van een toezegging")
        verbose_name_plural = _("geschiedenis van toezeggingen")

    def __str__(self) -> str:
        return f"{self.on:%d-%m-%Y} {self.status}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None or kwargs.get("force_update") or kwargs.get("update_fields"):
            raise AppendOnlyError(_("De geschiedenis van een toezegging kan niet worden veranderd."))
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError(_("De geschiedenis van een toezegging kan niet worden gewist."))


class AgendaQuerySet(MemberQuerySet):
    path = "meeting__council"


class AgendaItem(models.Model):
    """An item on a meeting's agenda, drawn from an open signal theme, an advice or an overdue promise."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda")
    position = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(_("agendapunt"), max_length=300, validators=[no_bsn])
    signal = models.ForeignKey(Signal, on_delete=models.SET_NULL, null=True, blank=True)
    advice = models.ForeignKey(Advice, on_delete=models.SET_NULL, null=True, blank=True)
    promise = models.ForeignKey(Promise, on_delete=models.SET_NULL, null=True, blank=True)

    objects = AgendaQuerySet.as_manager()

    class Meta:
        ordering = ("position", "id")
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")

    def __str__(self) -> str:
        return self.title
