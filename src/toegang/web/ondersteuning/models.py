"""The desk for independent client supporters: supporters, clients with minimal data, requests, tracks, logs.

Privacy by construction: a client has a pseudonym and only what is needed to help. Every queryset that a view
uses starts with `visible_to(user)`: a supporter sees only their own clients, a coordinator sees the pool.
The history of a track is append-only; the allowed changes are the table in `toegang.law.track`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from toegang.i18n import _
from toegang.law.allowance import room_left
from toegang.law.track import Event, EventKind, Track, build_track
from toegang.matching import Channel, Supporter, SupportRequest
from toegang.web.accounts.roles import BEHEERDER, COORDINATOR, ONDERSTEUNER, user_roles

TOPICS: list[tuple[str, str]] = [
    ("bijstand", _("Bijstand")),
    ("bijzondere-bijstand", _("Bijzondere bijstand")),
    ("schulden", _("Schulden")),
    ("wmo", _("Wmo")),
    ("jeugd", _("Jeugdhulp")),
    ("werk", _("Werk en re-integratie")),
    ("toeslagen", _("Toeslagen")),
    ("bezwaar", _("Bezwaar en beroep")),
]
"""Themes of a request and fields of expertise of a supporter."""

MEETING_CHANNELS: list[tuple[str, str]] = [
    (Channel.TELEFOON.value, _("Telefonisch")),
    (Channel.VIDEO.value, _("Via video")),
    (Channel.THUIS.value, _("Bij de cliënt thuis")),
    (Channel.SPREEKUUR.value, _("Op het spreekuur")),
]


class ContactChannel(models.TextChoices):
    """How a client wants to receive reminders and letters."""

    POST = "post", _("Per post (brief op papier)")
    TELEFOON = "telefoon", _("Per telefoon")
    EMAIL = "email", _("Per e-mail")
    PERSOONLIJK = "persoonlijk", _("In een gesprek")


def roles_of(user: Any) -> frozenset[str]:
    """The user's roles, read once per user object (one request): every page asks several times."""
    cached = getattr(user, "_ondersteuning_roles", None)
    if cached is None:
        cached = frozenset(user_roles(user))
        if getattr(user, "is_authenticated", False):
            user._ondersteuning_roles = cached
    return cached


def is_coordinator(user: Any) -> bool:
    return bool(roles_of(user) & {COORDINATOR, BEHEERDER})


def is_supporter(user: Any) -> bool:
    return ONDERSTEUNER in roles_of(user)


class SupporterProfile(models.Model):
    """What a supporter offers: districts, languages, expertise, channels and room for new clients."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ondersteuner"
    )
    name = models.CharField(_("naam"), max_length=120)
    volunteer = models.BooleanField(_("vrijwilliger"), default=True, help_text=_("Uit: beroepskracht."))
    districts = models.JSONField(_("wijken"), default=list, blank=True)
    languages = models.JSONField(
        _("talen"), default=list, blank=True, help_text=_("Taalcodes, zoals nl, ar.")
    )
    expertise = models.JSONField(_("kennis"), default=list, blank=True)
    channels = models.JSONField(_("manieren van contact"), default=list, blank=True)
    capacity = models.PositiveSmallIntegerField(_("aantal cliënten tegelijk"), default=5)
    available = models.BooleanField(_("beschikbaar"), default=True)

    class Meta:
        ordering = ("name",)
        verbose_name = _("ondersteuner")
        verbose_name_plural = _("ondersteuners")

    def __str__(self) -> str:
        return self.name

    def room(self) -> int:
        """Places left: capacity minus open clients; an unavailable supporter has none."""
        if not self.available:
            return 0
        busy = self.clients.filter(closed_on__isnull=True).count()
        return max(self.capacity - busy, 0)

    def as_supporter(self, room: int | None = None) -> Supporter:
        """The matching core's view of this supporter."""
        return Supporter(
            id=str(self.pk),
            languages=frozenset(self.languages),
            districts=frozenset(self.districts),
            expertise=frozenset(self.expertise),
            channels=frozenset(Channel(c) for c in self.channels if c in Channel._value2member_map_),
            capacity=self.room() if room is None else room,
        )

    def allowance_left(self, on: date) -> Decimal:
        payments = [(p.paid_on, p.amount) for p in self.allowances.all()]
        return room_left(payments, on)


class Training(models.Model):
    supporter = models.ForeignKey(SupporterProfile, on_delete=models.CASCADE, related_name="trainings")
    name = models.CharField(_("training"), max_length=200)
    completed_on = models.DateField(_("afgerond op"))

    class Meta:
        ordering = ("-completed_on",)
        verbose_name = _("training")
        verbose_name_plural = _("trainingen")

    def __str__(self) -> str:
        return self.name


class AllowancePayment(models.Model):
    """A volunteer allowance payment; `clean` refuses one that passes the legal month or year maximum."""

    supporter = models.ForeignKey(SupporterProfile, on_delete=models.CASCADE, related_name="allowances")
    paid_on = models.DateField(_("betaald op"))
    amount = models.DecimalField(_("bedrag"), max_digits=8, decimal_places=2)

    class Meta:
        ordering = ("-paid_on",)
        verbose_name = _("vrijwilligersvergoeding")
        verbose_name_plural = _("vrijwilligersvergoedingen")

    def __str__(self) -> str:
        return f"{self.paid_on}: € {self.amount}"

    def clean(self) -> None:
        if self.amount is None or self.paid_on is None or self.supporter_id is None:
            return
        if self.amount < 0:
            raise ValidationError(_("Een vergoeding kan niet negatief zijn."))
        if not self.supporter.volunteer:
            raise ValidationError(_("Alleen een vrijwilliger krijgt een vrijwilligersvergoeding."))
        others = [(p.paid_on, p.amount) for p in self.supporter.allowances.exclude(pk=self.pk)]
        left = room_left(others, self.paid_on)
        if self.amount > left:
            raise ValidationError(
                _(
                    "Dit bedrag is hoger dan het wettelijk maximum toelaat. Er mag nog € {left} worden betaald."
                ).format(left=f"{left:.2f}".replace(".", ","))
            )


class ClientQuerySet(models.QuerySet["Client"]):
    def visible_to(self, user: Any) -> ClientQuerySet:
        """The coordinator sees the pool; a supporter only their own clients; anyone else nothing."""
        if is_coordinator(user):
            return self.all()
        if is_supporter(user):
            return self.filter(supporter__user=user)
        return self.none()


class Client(models.Model):
    """A client with minimal data: a pseudonym and what is needed to help and to reach them."""

    pseudonym = models.CharField(_("schuilnaam"), max_length=60)
    district = models.CharField(_("wijk"), max_length=80, blank=True)
    language = models.CharField(_("taal"), max_length=8, default="nl", help_text=_("Taalcode, zoals nl, ar."))
    other_languages = models.JSONField(_("andere talen"), default=list, blank=True)
    interpreter = models.BooleanField(_("tolk nodig"), default=False)
    contact = models.CharField(
        _("contact voor brieven"), max_length=12, choices=ContactChannel.choices, default=ContactChannel.POST
    )
    group = models.BooleanField(_("in een groep"), default=False, help_text=_("Uit: alleen (individueel)."))
    email = models.EmailField(_("e-mailadres"), blank=True, help_text=_("Alleen als de cliënt e-mail wil."))
    address = models.TextField(_("adres"), blank=True, help_text=_("Alleen als de cliënt post wil."))
    supporter = models.ForeignKey(
        SupporterProfile, null=True, blank=True, on_delete=models.SET_NULL, related_name="clients"
    )
    created = models.DateTimeField(auto_now_add=True)
    closed_on = models.DateField(_("dossier gesloten op"), null=True, blank=True)
    anonymised = models.BooleanField(default=False, editable=False)

    objects = ClientQuerySet.as_manager()

    class Meta:
        ordering = ("pseudonym", "pk")
        verbose_name = _("cliënt")
        verbose_name_plural = _("cliënten")

    def __str__(self) -> str:
        return self.pseudonym

    def languages(self) -> tuple[str, ...]:
        return (self.language, *[code for code in self.other_languages if code != self.language])


class HelpRequestQuerySet(models.QuerySet["HelpRequest"]):
    def visible_to(self, user: Any) -> HelpRequestQuerySet:
        if is_coordinator(user):
            return self.all()
        if is_supporter(user):
            return self.filter(client__supporter__user=user)
        return self.none()

    def open(self) -> HelpRequestQuerySet:
        return self.filter(assigned_on__isnull=True, closed_on__isnull=True)


class HelpRequest(models.Model):
    """A request for help (hulpvraag): its themes and how the client wants to meet."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="requests")
    topics = models.JSONField(_("thema's"), default=list, blank=True)
    channel = models.CharField(_("manier van contact"), max_length=12, choices=MEETING_CHANNELS, blank=True)
    created = models.DateField(_("binnengekomen op"), default=date.today)
    assigned_on = models.DateField(_("toegewezen op"), null=True, blank=True)
    closed_on = models.DateField(_("gesloten op"), null=True, blank=True)

    objects = HelpRequestQuerySet.as_manager()

    class Meta:
        ordering = ("created", "pk")
        verbose_name = _("hulpvraag")
        verbose_name_plural = _("hulpvragen")

    def __str__(self) -> str:
        return _("Hulpvraag {n}").format(n=self.pk)

    def as_request(self) -> SupportRequest:
        """The matching core's view of this request."""
        client = self.client
        return SupportRequest(
            id=str(self.pk),
            languages=client.languages(),
            district=client.district or None,
            topics=frozenset(self.topics),
            channel=Channel(self.channel) if self.channel else None,
            interpreter=client.interpreter,
        )


class TrajectQuerySet(models.QuerySet["Traject"]):
    def visible_to(self, user: Any) -> TrajectQuerySet:
        if is_coordinator(user):
            return self.all()
        if is_supporter(user):
            return self.filter(client__supporter__user=user)
        return self.none()


class Traject(models.Model):
    """The track of one bijstand application; its status follows from its events."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="tracks")
    created = models.DateField(default=date.today)
    status = models.CharField(max_length=20, default="nieuw", editable=False)  # cached from the events

    objects = TrajectQuerySet.as_manager()

    class Meta:
        ordering = ("pk",)
        verbose_name = _("traject")
        verbose_name_plural = _("trajecten")

    def __str__(self) -> str:
        return _("Traject {n}").format(n=self.pk)

    def as_track(self, events: list[TrackEvent] | None = None) -> Track:
        """The core track, checked event by event against the table of allowed changes."""
        stored = events if events is not None else list(self.events.all())
        supporter = self.client.supporter_id
        return build_track(
            str(self.pk),
            str(self.client_id),
            (e.as_event() for e in stored),
            supporter=str(supporter) if supporter is not None else None,
        )

    def record(self, event: Event, user: Any = None) -> TrackEvent:
        """Append one event after the core accepted it (TransitionError otherwise); nothing is ever changed."""
        track = self.as_track().record(event)
        stored = TrackEvent.objects.create(
            traject=self,
            kind=event.kind.value,
            on=event.on,
            new_due=event.new_due,
            youth=event.youth,
            posted=event.posted,
            note=event.note,
            recorded_by=user if getattr(user, "is_authenticated", False) else None,
        )
        Traject.objects.filter(pk=self.pk).update(status=track.status.value)
        self.status = track.status.value
        return stored


class AppendOnlyError(Exception):
    """An attempt to change or remove a recorded event."""


class TrackEvent(models.Model):
    """One event in a track's history. Append-only: saving an existing row or deleting one is refused."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=30, choices=[(k.value, k.value) for k in EventKind])
    on = models.DateField()
    new_due = models.DateField(null=True, blank=True)
    youth = models.BooleanField(default=False)
    posted = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ("on", "pk")
        verbose_name = _("gebeurtenis")
        verbose_name_plural = _("gebeurtenissen")

    def __str__(self) -> str:
        return f"{self.on} {self.kind}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError(_("Een gebeurtenis kan niet worden gewijzigd."))
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise AppendOnlyError(_("Een gebeurtenis kan niet worden verwijderd."))

    def as_event(self) -> Event:
        return Event(
            kind=EventKind(self.kind),
            on=self.on,
            new_due=self.new_due,
            youth=self.youth,
            posted=self.posted,
            note=self.note,
        )


class AccessLog(models.Model):
    """Who looked at (or tried to look at) which client file, and when. `client_id` is kept after erasure."""

    class Action(models.TextChoices):
        VIEW = "view", _("bekeken")
        DENIED = "denied", _("geweigerd")
        EXPORT = "export", _("geëxporteerd")
        ERASE = "erase", _("gewist")
        LETTER = "letter", _("brief of e-mail")
        ANONYMISE = "anonymise", _("geanonimiseerd")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    client_id = models.BigIntegerField(db_index=True)
    action = models.CharField(max_length=10, choices=Action.choices)
    path = models.CharField(max_length=300, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-at", "-pk")
        verbose_name = _("inzage")
        verbose_name_plural = _("inzagelog")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.user_id} {self.action} {self.client_id}"


class ProviderKind(models.TextChoices):
    MEE = "mee", _("MEE")
    RAADSLIEDEN = "raadslieden", _("Sociaal raadslieden")
    VRIJWILLIGERS = "vrijwilligers", _("Vrijwilligers")
    GEMEENTE = "gemeente", _("Onafhankelijke cliëntondersteuners van de gemeente")
    ANDERS = "anders", _("Andere organisatie")


class Provider(models.Model):
    """An organisation that supports clients in one gemeente; kept by coordinators, shown on the monitor."""

    gemeente = models.ForeignKey("monitor.Gemeente", on_delete=models.CASCADE, related_name="providers")
    name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(_("soort"), max_length=20, choices=ProviderKind.choices)
    free = models.BooleanField(_("gratis"), default=True)
    independent = models.BooleanField(_("onafhankelijk van de gemeente"), default=True)
    languages = models.JSONField(_("talen"), default=list, blank=True)
    phone = models.CharField(_("telefoon"), max_length=40, blank=True)
    desk = models.CharField(_("balie of spreekuur"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ("name",)
        verbose_name = _("aanbieder van cliëntondersteuning")
        verbose_name_plural = _("aanbieders van cliëntondersteuning")

    def __str__(self) -> str:
        return self.name
