"""The application track (traject) of a bijstand application: events, status, legal deadlines and a worklist.

Pure data in, pure data out: a `Track` holds an append-only tuple of `Event`s; every new event is checked against
the explicit `TRANSITIONS` table and must not be dated before the previous one. `deadlines()` derives the legal
deadlines from the events and the dated parameters (`toegang.law.parameters`); `worklist()` groups what falls in
one ISO week per supporter. The web app stores the same events and calls these functions.

Recipes follow shared/domain/legal-brief.md, "Deadline recipes for the case system" (steps 1-6). Each term uses
the parameters in force on the day of the event that starts it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from toegang.i18n import _
from toegang.law.deadlines import (
    atw_article_1,
    bezwaar_on_time,
    bezwaar_term,
    compute_term,
    dwangsom_amount,
    dwangsom_period,
    format_day,
)
from toegang.law.parameters import Parameters, load_parameters


class EventKind(StrEnum):
    MELDING = "melding"
    AANVRAAG = "aanvraag"
    VOORSCHOT_BETAALD = "voorschot_betaald"
    VERDAGING = "verdaging"  # Awb 4:14 lid 3, with the new date the college names
    OPSCHORTING_START = "opschorting_start"  # Awb 4:15: the day of the request to complete the aanvraag
    OPSCHORTING_EINDE = "opschorting_einde"  # Awb 4:15: the day it was completed or the hersteltermijn ended
    INGEBREKESTELLING = "ingebrekestelling"  # Awb 4:17 lid 3: the day the college received it
    BESLUIT_VERZONDEN = "besluit_verzonden"  # Awb 6:8 lid 1: the day of sending (bekendmaking)
    BEZWAAR_INGEDIEND = "bezwaar_ingediend"  # Awb 6:9: the day it was received (and `posted` if by post)
    AFGESLOTEN = "afgesloten"


class Status(StrEnum):
    NIEUW = "nieuw"
    GEMELD = "gemeld"
    AANGEVRAAGD = "aangevraagd"
    OPGESCHORT = "opgeschort"
    BESLOTEN = "besloten"
    BEZWAAR = "bezwaar"
    AFGESLOTEN = "afgesloten"


TRANSITIONS: Mapping[tuple[Status, EventKind], Status] = {
    (Status.NIEUW, EventKind.MELDING): Status.GEMELD,
    (Status.NIEUW, EventKind.AFGESLOTEN): Status.AFGESLOTEN,
    (Status.GEMELD, EventKind.AANVRAAG): Status.AANGEVRAAGD,
    (Status.GEMELD, EventKind.AFGESLOTEN): Status.AFGESLOTEN,
    (Status.AANGEVRAAGD, EventKind.VOORSCHOT_BETAALD): Status.AANGEVRAAGD,
    (Status.AANGEVRAAGD, EventKind.VERDAGING): Status.AANGEVRAAGD,
    (Status.AANGEVRAAGD, EventKind.OPSCHORTING_START): Status.OPGESCHORT,
    (Status.AANGEVRAAGD, EventKind.INGEBREKESTELLING): Status.AANGEVRAAGD,
    (Status.AANGEVRAAGD, EventKind.BESLUIT_VERZONDEN): Status.BESLOTEN,
    (Status.AANGEVRAAGD, EventKind.AFGESLOTEN): Status.AFGESLOTEN,
    (Status.OPGESCHORT, EventKind.OPSCHORTING_EINDE): Status.AANGEVRAAGD,
    (Status.OPGESCHORT, EventKind.VOORSCHOT_BETAALD): Status.OPGESCHORT,
    (Status.OPGESCHORT, EventKind.BESLUIT_VERZONDEN): Status.BESLOTEN,  # e.g. "buiten behandeling" (Awb 4:5)
    (Status.OPGESCHORT, EventKind.AFGESLOTEN): Status.AFGESLOTEN,
    (Status.BESLOTEN, EventKind.BEZWAAR_INGEDIEND): Status.BEZWAAR,
    (Status.BESLOTEN, EventKind.AFGESLOTEN): Status.AFGESLOTEN,
    (Status.BEZWAAR, EventKind.AFGESLOTEN): Status.AFGESLOTEN,
}
"""Every allowed (status, event) pair and the status it leads to; any other pair is refused."""


class TransitionError(ValueError):
    """An event that the track's status or dates do not allow; the message is Dutch."""


@dataclass(frozen=True, slots=True)
class Event:
    """One fact in the history of a track. Only VERDAGING has `new_due`, only MELDING `youth`, only BEZWAAR `posted`."""

    kind: EventKind
    on: date
    new_due: date | None = None
    youth: bool = False
    posted: date | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.kind is EventKind.VERDAGING:
            if self.new_due is None or self.new_due <= self.on:
                raise TransitionError(
                    _("Een verdaging moet een nieuwe datum na de datum van het bericht hebben.")
                )
        elif self.new_due is not None:
            raise TransitionError(_("Alleen een verdaging heeft een nieuwe datum."))
        if self.youth and self.kind is not EventKind.MELDING:
            raise TransitionError(_("Alleen bij de melding staat of de zoekperiode voor jongeren geldt."))
        if self.posted is not None:
            if self.kind is not EventKind.BEZWAAR_INGEDIEND:
                raise TransitionError(_("Alleen bij een bezwaar staat de datum van verzending per post."))
            if self.posted > self.on:
                raise TransitionError(
                    _("Een bezwaar kan niet later op de post zijn gedaan dan het binnenkwam.")
                )


def next_status(status: Status, kind: EventKind) -> Status:
    """The status after an event of `kind`, or TransitionError when the table does not allow it."""
    try:
        return TRANSITIONS[(status, kind)]
    except KeyError:
        raise TransitionError(
            _("Een gebeurtenis '{event}' kan niet bij status '{status}'.").format(
                event=kind.value, status=status.value
            )
        ) from None


@dataclass(frozen=True, slots=True)
class Track:
    """An application track: who it is for, who supports, and its append-only history."""

    id: str
    client: str
    supporter: str | None = None
    events: tuple[Event, ...] = ()

    @property
    def status(self) -> Status:
        status = Status.NIEUW
        for event in self.events:
            status = next_status(status, event.kind)
        return status

    def allowed(self) -> tuple[EventKind, ...]:
        """The kinds of event that may come next, in the order of `EventKind`."""
        status = self.status
        return tuple(kind for kind in EventKind if (status, kind) in TRANSITIONS)

    def record(self, event: Event) -> Track:
        """A new track with `event` appended; the history itself never changes."""
        next_status(self.status, event.kind)
        if self.events and event.on < self.events[-1].on:
            raise TransitionError(
                _("Een gebeurtenis van {day} kan niet na een gebeurtenis van {last} komen.").format(
                    day=event.on.isoformat(), last=self.events[-1].on.isoformat()
                )
            )
        return Track(self.id, self.client, self.supporter, (*self.events, event))

    def first(self, kind: EventKind) -> Event | None:
        return next((event for event in self.events if event.kind is kind), None)

    def all(self, kind: EventKind) -> tuple[Event, ...]:
        return tuple(event for event in self.events if event.kind is kind)


def build_track(track_id: str, client: str, events: Iterable[Event], supporter: str | None = None) -> Track:
    """A track from stored events, checked exactly as if they were recorded one by one."""
    track = Track(track_id, client, supporter)
    for event in events:
        track = track.record(event)
    return track


# --- deadlines --------------------------------------------------------------------------------------------


class DeadlineKind(StrEnum):
    ZOEKPERIODE = "zoekperiode"
    VOORSCHOT = "voorschot"
    BESLISTERMIJN = "beslistermijn"
    DWANGSOM = "dwangsom"
    BEZWAAR = "bezwaar"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    MET = "met"  # done in time, or (for a date from which something may happen) the date has come
    MISSED = "missed"


class Party(StrEnum):
    """Who must act by the deadline: the gemeente (college) or the client."""

    GEMEENTE = "gemeente"
    CLIENT = "client"


@dataclass(frozen=True, slots=True)
class Deadline:
    """One legal deadline of a track.

    `due` is the strict last day. `latest` is the same day unless the law is not settled on a point (then `doubt`
    says why, in Dutch, and `latest` is the day under the other reading). A deadline counts as missed only after
    `latest`, so the tool never claims a breach that rests on an unsettled reading.
    """

    kind: DeadlineKind
    due: date
    basis: str
    explanation: str
    status: DeadlineStatus
    party: Party
    number: int = 1
    latest: date | None = None
    doubt: str | None = None

    @property
    def last_day(self) -> date:
        return self.latest or self.due


def _status(done: date | None, last_day: date, law_date: date) -> DeadlineStatus:
    if done is not None:
        return DeadlineStatus.MET if done <= last_day else DeadlineStatus.MISSED
    return DeadlineStatus.MISSED if law_date > last_day else DeadlineStatus.OPEN


def _reached(day: date, law_date: date) -> DeadlineStatus:
    return DeadlineStatus.MET if law_date >= day else DeadlineStatus.OPEN


def _steps(explanation: str, steps: Sequence[str]) -> str:
    return " ".join((explanation, *steps))


@dataclass(slots=True)
class _Decision:
    """The beslistermijn as far as it can be known: its end, and notes about verdaging and suspension."""

    end: date
    statutory: bool
    notes: list[str] = field(default_factory=list)
    steps: tuple[str, ...] = ()
    suspended_now: date | None = None


def deadlines(track: Track, law_date: date, *, params: Parameters | None = None) -> tuple[Deadline, ...]:
    """The legal deadlines of `track` as seen on `law_date` (the day one looks: statuses are as of that day).

    Voorschot deadlines are listed up to the decision, or up to five weeks after `law_date` while undecided.
    """
    params = params or load_parameters()
    result: list[Deadline] = []
    melding = track.first(EventKind.MELDING)
    aanvraag = track.first(EventKind.AANVRAAG)
    besluit = track.first(EventKind.BESLUIT_VERZONDEN)
    if melding is not None and melding.youth:
        result.append(_zoekperiode(melding, aanvraag, law_date, params))
    if aanvraag is not None:
        result.extend(_voorschotten(track, aanvraag.on, besluit, law_date, params))
        decision = _decision_term(track, aanvraag.on, law_date, params)
        result.append(_beslistermijn(decision, besluit, law_date, params, aanvraag.on))
        dwangsom = _dwangsom(track, decision, besluit, law_date, params)
        if dwangsom is not None:
            result.append(dwangsom)
    if besluit is not None:
        result.append(_bezwaar(track, besluit, law_date, params))
    return tuple(result)


def _zoekperiode(melding: Event, aanvraag: Event | None, law_date: date, params: Parameters) -> Deadline:
    """Pw art. 41 lid 4 (R-JONG-01): a youth aanvraag is not filed before four weeks after the melding.

    Read, as the legal brief does, as: filing is possible from melding + 4 weeks. Whether the Atw moves this day
    (it is a waiting period, not a term to act in) is not settled in the sources read, so both days are given.
    """
    version = params.get("zoekperiode.jongeren", melding.on)
    weeks = params.weeks("zoekperiode.jongeren", melding.on)
    from_day = melding.on + timedelta(weeks=weeks)
    shifted = atw_article_1(from_day)
    status = DeadlineStatus.MET if aanvraag is not None else _reached(from_day, law_date)
    explanation = _(
        "U bent jonger dan 27 jaar. Daarom zoekt u eerst {weeks} weken zelf naar werk of een opleiding. Vanaf {day} "
        "kunt u de aanvraag indienen. Is uw situatie moeilijk? Vraag dan of de gemeente uw aanvraag eerder in "
        "behandeling neemt (Participatiewet art. 41 lid 11)."
    ).format(weeks=weeks, day=format_day(from_day))
    doubt = None
    if shifted != from_day:
        doubt = _(
            "Het is niet zeker of de Algemene termijnenwet deze datum naar {day} verschuift. Vraag de gemeente "
            "welke datum zij aanhoudt."
        ).format(day=format_day(shifted))
    return Deadline(
        kind=DeadlineKind.ZOEKPERIODE,
        due=from_day,
        latest=shifted if shifted != from_day else None,
        basis=version.citation,
        explanation=explanation,
        status=status,
        party=Party.CLIENT,
        doubt=doubt,
    )


def _voorschotten(
    track: Track, aanvraag: date, besluit: Event | None, law_date: date, params: Parameters
) -> list[Deadline]:
    """Pw art. 52 lid 1 (R-VOOR-01): a voorschot at the latest four weeks after the aanvraag, then every four weeks.

    The n-th voorschot is due aanvraag + n x 4 weeks, as long as no decision was sent before that day. Whether the
    Atw extends this term of the college is not settled (legal brief, recipe step 3): `due` is the day without
    the Atw, `latest` the day with it. Not modelled: the exceptions of lid 1 (a) and (b) (R-VOOR-02).
    """
    version = params.get("voorschot.termijn", aanvraag)
    weeks = params.weeks("voorschot.termijn", aanvraag)
    payments = sorted(event.on for event in track.all(EventKind.VOORSCHOT_BETAALD))
    horizon = besluit.on if besluit is not None else law_date + timedelta(weeks=5)
    result: list[Deadline] = []
    number = 1
    while True:
        due = aanvraag + timedelta(weeks=weeks * number)
        decided_first = besluit is not None and besluit.on <= due
        if decided_first or due > horizon:
            break
        latest = atw_article_1(due)
        if sum(1 for day in payments if day <= latest) >= number:
            status = DeadlineStatus.MET
        elif len(payments) >= number:
            status = DeadlineStatus.MISSED  # paid, but only after the last day
        elif besluit is not None and besluit.on <= latest:
            status = (
                DeadlineStatus.MET
            )  # decided within the Atw reading of the term: no breach can be claimed
        else:
            status = _status(None, latest, law_date)
        if number == 1:
            explanation = _(
                "Heeft de gemeente nog niet beslist? Dan betaalt zij u uiterlijk {day} een voorschot. Dat is een "
                "lening zonder rente. U hoeft er niet apart om te vragen."
            ).format(day=format_day(due))
        else:
            explanation = _(
                "Is er nog geen besluit? Dan betaalt de gemeente uiterlijk {day} opnieuw een voorschot ({n}e keer)."
            ).format(day=format_day(due), n=number)
        doubt = None
        if latest != due:
            doubt = _(
                "Het is niet zeker of de Algemene termijnenwet deze termijn verlengt. Zo ja, dan is de laatste "
                "dag {day}."
            ).format(day=format_day(latest))
        result.append(
            Deadline(
                kind=DeadlineKind.VOORSCHOT,
                due=due,
                latest=latest if latest != due else None,
                basis=version.citation,
                explanation=explanation,
                status=status,
                party=Party.GEMEENTE,
                number=number,
                doubt=doubt,
            )
        )
        number += 1
    return result


def _suspended_days(track: Track, law_date: date, *, after: date | None = None) -> tuple[int, date | None]:
    """Days the beslistermijn stood still (Awb 4:15 lid 1), and the start of a suspension still running.

    The term stands still from the day after the request to complete the aanvraag until the day it was completed
    (or the hersteltermijn ended); "tot de dag" is read as: that day itself counts again, so a request on day S
    and completion on day E suspend E - S - 1 days. A suspension still running counts up to `law_date`, one that
    a decision ended up to the day of the decision.
    """
    total = 0
    started: date | None = None
    running: date | None = None
    for event in track.events:
        if event.kind is EventKind.OPSCHORTING_START:
            started = event.on
        elif event.kind is EventKind.OPSCHORTING_EINDE and started is not None:
            if after is None or started >= after:
                total += max((event.on - started).days - 1, 0)
            started = None
        elif event.kind in (EventKind.BESLUIT_VERZONDEN, EventKind.AFGESLOTEN) and started is not None:
            if after is None or started >= after:  # decided while suspended: the clock stops there
                total += max((event.on - started).days, 0)
            started = None
    if started is not None and (after is None or started >= after):
        running = started
        total += max((law_date - started).days, 0)
    return total, running


def _decision_term(track: Track, aanvraag: date, law_date: date, params: Parameters) -> _Decision:
    """Awb 4:13 lid 2, 4:14 lid 3, 4:15 (recipe step 4): aanvraag + 8 weeks + suspension, or a timely verdaging.

    The Atw is applied to the statutory term (an inference the legal brief calls common practice), not to a
    date the college names in a verdaging.
    """
    weeks = params.weeks("beslistermijn", aanvraag)
    suspended, running = _suspended_days(track, law_date)
    term = compute_term(aanvraag + timedelta(days=1), weeks=weeks, suspended_days=suspended)
    decision = _Decision(end=term.end, statutory=True, steps=term.steps, suspended_now=running)
    for verdaging in track.all(EventKind.VERDAGING):
        if verdaging.new_due is None:  # impossible: Event requires it
            continue
        before, _running = _suspended_days(_until(track, verdaging.on), verdaging.on)
        current = (
            compute_term(aanvraag + timedelta(days=1), weeks=weeks, suspended_days=before).end
            if decision.statutory
            else decision.end
        )
        if verdaging.on > current:
            decision.notes.append(
                _(
                    "Het bericht over uitstel van {day} kwam na het einde van de beslistermijn. Het telt niet."
                ).format(day=format_day(verdaging.on))
            )
            continue
        later, running_after = _suspended_days(track, law_date, after=verdaging.on)
        decision.end = verdaging.new_due + timedelta(days=later)
        decision.statutory = False
        decision.steps = ()
        decision.suspended_now = running_after
        decision.notes.append(
            _("De gemeente heeft op {day} laten weten dat het besluit later komt.").format(
                day=format_day(verdaging.on)
            )
        )
    for notice in track.all(EventKind.INGEBREKESTELLING):
        if notice.on <= decision.end:
            decision.notes.append(
                _(
                    "Uw ingebrekestelling van {day} kwam vóór het einde van de beslistermijn. Die telt waarschijnlijk "
                    "niet. Stuur na {end} een nieuwe."
                ).format(day=format_day(notice.on), end=format_day(decision.end))
            )
    return decision


def _until(track: Track, day: date) -> Track:
    return Track(track.id, track.client, track.supporter, tuple(e for e in track.events if e.on < day))


def _beslistermijn(
    decision: _Decision, besluit: Event | None, law_date: date, params: Parameters, aanvraag: date
) -> Deadline:
    version = params.get("beslistermijn", aanvraag)
    explanation = _("De gemeente moet uiterlijk {day} beslissen over uw aanvraag.").format(
        day=format_day(decision.end)
    )
    notes = list(decision.notes)
    if decision.suspended_now is not None and besluit is None:
        notes.append(
            _(
                "De termijn staat stil sinds {day}, omdat de gemeente u heeft gevraagd iets aan te vullen. De datum "
                "schuift op tot u het heeft aangevuld."
            ).format(day=format_day(decision.suspended_now))
        )
    return Deadline(
        kind=DeadlineKind.BESLISTERMIJN,
        due=decision.end,
        basis=version.citation if decision.statutory else _("Algemene wet bestuursrecht art. 4:14 lid 3"),
        explanation=_steps(explanation, [*decision.steps, *notes]),
        status=_status(besluit.on if besluit else None, decision.end, law_date),
        party=Party.GEMEENTE,
    )


def _dwangsom(
    track: Track, decision: _Decision, besluit: Event | None, law_date: date, params: Parameters
) -> Deadline | None:
    """Awb 4:17 and 6:12 (recipe step 5): after a valid ingebrekestelling, the day the dwangsom and beroep start."""
    notices = [e for e in track.all(EventKind.INGEBREKESTELLING) if e.on > decision.end]
    if not notices:
        return None
    notice = notices[0]
    wait = params.weeks("dwangsom.wachttijd", notice.on)
    max_days = params.days("dwangsom.maximum-dagen", notice.on)
    rates = (
        params.euro("dwangsom.bedrag-eerste", notice.on),
        params.euro("dwangsom.bedrag-tweede", notice.on),
        params.euro("dwangsom.bedrag-rest", notice.on),
    )
    block = params.days("dwangsom.staffel", notice.on)
    period = dwangsom_period(decision.end, notice.on, wait_weeks=wait, max_days=max_days)
    assert period is not None  # the notice came after the end of the term
    maximum = dwangsom_amount(max_days, rates=rates, block=block)
    last_day = period.first_day - timedelta(days=1)
    explanation = _(
        "U hebt de gemeente in gebreke gesteld. Beslist zij niet uiterlijk {due}? Dan betaalt zij u vanaf {first} "
        "een dwangsom per dag, tot en met {last}: samen hoogstens € {max}. Vanaf {first} kunt u ook beroep "
        "instellen bij de rechtbank. Bezwaar maken is dan niet nodig."
    ).format(
        due=format_day(last_day),
        first=format_day(period.first_day),
        last=format_day(period.last_day),
        max=f"{maximum:,.0f}".replace(",", "."),
    )
    doubt = _(
        "Of de dwangsom op deze dag of een dag later begint, is niet zeker. De Algemene termijnenwet geldt niet "
        "voor de 42 dagen."
    )
    done = besluit.on if besluit is not None else None
    status = _status(done, last_day, law_date)
    return Deadline(
        kind=DeadlineKind.DWANGSOM,
        due=last_day,
        basis=params.get("dwangsom.wachttijd", notice.on).citation,
        explanation=explanation,
        status=status,
        party=Party.GEMEENTE,
        doubt=doubt,
    )


def _bezwaar(track: Track, besluit: Event, law_date: date, params: Parameters) -> Deadline:
    """Awb 6:7, 6:8, 6:9 and the Atw (recipe step 6): bezwaar within six weeks after the decision was sent."""
    version = params.get("bezwaartermijn", besluit.on)
    term = bezwaar_term(besluit.on, weeks=params.weeks("bezwaartermijn", besluit.on))
    filed = track.first(EventKind.BEZWAAR_INGEDIEND)
    if filed is not None:
        on_time = bezwaar_on_time(term.end, received=filed.on, posted=filed.posted)
        status = DeadlineStatus.MET if on_time else DeadlineStatus.MISSED
    else:
        status = _status(None, term.end, law_date)
    explanation = _(
        "Bent u het niet eens met het besluit? Maak dan bezwaar. Uw bezwaar moet uiterlijk {day} bij de gemeente "
        "zijn. Stuurt u het per post? Dan is het op tijd als het uiterlijk die dag op de post is gedaan en binnen "
        "een week daarna aankomt."
    ).format(day=format_day(term.end))
    return Deadline(
        kind=DeadlineKind.BEZWAAR,
        due=term.end,
        basis=version.citation + (_(" en Algemene termijnenwet") if term.extended else ""),
        explanation=_steps(explanation, term.steps),
        status=status,
        party=Party.CLIENT,
    )


# --- worklist ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WorkItem:
    track_id: str
    client: str
    deadline: Deadline


def week_days(year: int, week: int) -> tuple[date, date]:
    """Monday and Sunday of ISO week `week` of ISO year `year`."""
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def worklist(
    tracks: Iterable[Track], week: tuple[int, int], *, params: Parameters | None = None
) -> dict[str | None, tuple[WorkItem, ...]]:
    """What falls due in ISO week `week` = (year, week), per supporter (None: tracks without a supporter).

    Deadlines are judged as on the Monday of that week. A deadline is listed when it is not met and its strict
    day or its latest day lies in the week. Closed tracks are left out. Keys are sorted, None last; items by
    day, then track id, kind and number.
    """
    monday, sunday = week_days(*week)
    params = params or load_parameters()
    grouped: dict[str | None, list[WorkItem]] = {}
    for track in tracks:
        if track.status is Status.AFGESLOTEN:
            continue
        for deadline in deadlines(track, monday, params=params):
            if deadline.status is DeadlineStatus.MET:
                continue
            if monday <= deadline.due <= sunday or monday <= deadline.last_day <= sunday:
                grouped.setdefault(track.supporter, []).append(WorkItem(track.id, track.client, deadline))
    order = sorted(grouped, key=lambda key: (key is None, key or ""))
    return {
        key: tuple(
            sorted(
                grouped[key],
                key=lambda item: (
                    item.deadline.due,
                    item.track_id,
                    item.deadline.kind.value,
                    item.deadline.number,
                ),
            )
        )
        for key in order
    }
