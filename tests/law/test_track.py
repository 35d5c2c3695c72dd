"""The application track: the transition table (exhaustively), append-only history, deadlines and the worklist.

Expected dates are worked out by hand; 2026 holidays used: Koningsdag Monday 27 April, 5 mei Tuesday,
Hemelvaart Thursday 14 May, Tweede Pinksterdag Monday 25 May.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from toegang.law.parameters import UnknownParameterError
from toegang.law.track import (
    TRANSITIONS,
    Deadline,
    DeadlineKind,
    DeadlineStatus,
    Event,
    EventKind,
    Party,
    Status,
    Track,
    TransitionError,
    build_track,
    deadlines,
    next_status,
    week_days,
    worklist,
)

S, K = Status, EventKind

# The table as the issue describes it, written independently of the code: (from, event) -> to.
EXPECTED = {
    (S.NIEUW, K.MELDING): S.GEMELD,
    (S.NIEUW, K.AFGESLOTEN): S.AFGESLOTEN,
    (S.GEMELD, K.AANVRAAG): S.AANGEVRAAGD,
    (S.GEMELD, K.AFGESLOTEN): S.AFGESLOTEN,
    (S.AANGEVRAAGD, K.VOORSCHOT_BETAALD): S.AANGEVRAAGD,
    (S.AANGEVRAAGD, K.VERDAGING): S.AANGEVRAAGD,
    (S.AANGEVRAAGD, K.OPSCHORTING_START): S.OPGESCHORT,
    (S.AANGEVRAAGD, K.INGEBREKESTELLING): S.AANGEVRAAGD,
    (S.AANGEVRAAGD, K.BESLUIT_VERZONDEN): S.BESLOTEN,
    (S.AANGEVRAAGD, K.AFGESLOTEN): S.AFGESLOTEN,
    (S.OPGESCHORT, K.OPSCHORTING_EINDE): S.AANGEVRAAGD,
    (S.OPGESCHORT, K.VOORSCHOT_BETAALD): S.OPGESCHORT,
    (S.OPGESCHORT, K.BESLUIT_VERZONDEN): S.BESLOTEN,
    (S.OPGESCHORT, K.AFGESLOTEN): S.AFGESLOTEN,
    (S.BESLOTEN, K.BEZWAAR_INGEDIEND): S.BEZWAAR,
    (S.BESLOTEN, K.AFGESLOTEN): S.AFGESLOTEN,
    (S.BEZWAAR, K.AFGESLOTEN): S.AFGESLOTEN,
}


@pytest.mark.parametrize(("status", "kind"), list(itertools.product(Status, EventKind)))
def test_every_status_and_event_pair(status: Status, kind: EventKind) -> None:
    if (status, kind) in EXPECTED:
        assert next_status(status, kind) is EXPECTED[(status, kind)]
    else:
        with pytest.raises(TransitionError, match=f"'{kind.value}' kan niet bij status '{status.value}'"):
            next_status(status, kind)


def test_table_is_exactly_the_expected_one_and_every_status_is_reachable() -> None:
    assert dict(TRANSITIONS) == EXPECTED
    reached = {S.NIEUW}
    frontier = [S.NIEUW]
    while frontier:
        current = frontier.pop()
        for (source, _kind), target in TRANSITIONS.items():
            if source is current and target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(Status)
    assert not any(source is S.AFGESLOTEN for source, _kind in TRANSITIONS)  # closed is final


def ev(kind: EventKind, day: str, **extra: object) -> Event:
    return Event(kind, date.fromisoformat(day), **extra)  # type: ignore[arg-type]


def track(*events: Event, supporter: str | None = "ines") -> Track:
    return build_track("t1", "Cliënt", events, supporter=supporter)


def test_history_is_append_only_and_in_date_order() -> None:
    first = track(ev(K.MELDING, "2026-03-02"))
    second = first.record(ev(K.AANVRAAG, "2026-03-02"))
    assert len(first.events) == 1 and first.status is S.GEMELD
    assert len(second.events) == 2 and second.status is S.AANGEVRAAGD
    assert second.allowed() == (
        K.VOORSCHOT_BETAALD,
        K.VERDAGING,
        K.OPSCHORTING_START,
        K.INGEBREKESTELLING,
        K.BESLUIT_VERZONDEN,
        K.AFGESLOTEN,
    )
    with pytest.raises(TransitionError, match="kan niet na"):
        second.record(ev(K.BESLUIT_VERZONDEN, "2026-03-01"))
    with pytest.raises(TransitionError):
        first.record(ev(K.BESLUIT_VERZONDEN, "2026-03-05"))  # no decision before an aanvraag


def test_events_carry_only_their_own_details() -> None:
    with pytest.raises(TransitionError, match="nieuwe datum"):
        ev(K.VERDAGING, "2026-04-01")
    with pytest.raises(TransitionError, match="nieuwe datum"):
        ev(K.VERDAGING, "2026-04-01", new_due=date(2026, 3, 1))
    with pytest.raises(TransitionError):
        ev(K.AANVRAAG, "2026-04-01", new_due=date(2026, 5, 1))
    with pytest.raises(TransitionError, match="jongeren"):
        ev(K.AANVRAAG, "2026-04-01", youth=True)
    with pytest.raises(TransitionError):
        ev(K.BEZWAAR_INGEDIEND, "2026-04-01", posted=date(2026, 4, 2))
    with pytest.raises(TransitionError):
        ev(K.AANVRAAG, "2026-04-01", posted=date(2026, 3, 30))


def by_kind(items: tuple[Deadline, ...]) -> dict[tuple[DeadlineKind, int], Deadline]:
    return {(d.kind, d.number): d for d in items}


def test_plain_track_voorschot_and_beslistermijn() -> None:
    t = track(ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02"))
    found = by_kind(deadlines(t, date(2026, 4, 1)))
    assert (DeadlineKind.ZOEKPERIODE, 1) not in found
    first = found[(DeadlineKind.VOORSCHOT, 1)]
    assert first.due == date(2026, 3, 30) and first.latest is None and first.doubt is None
    assert first.status is DeadlineStatus.MISSED  # nothing paid, last day passed
    assert first.party is Party.GEMEENTE and "Participatiewet art. 52" in first.basis
    second = found[(DeadlineKind.VOORSCHOT, 2)]
    assert second.due == date(2026, 4, 27)  # Koningsdag: the Atw would move it, which is not settled
    assert second.latest == date(2026, 4, 28) and second.doubt and "niet zeker" in second.doubt
    assert second.status is DeadlineStatus.OPEN
    decision = found[(DeadlineKind.BESLISTERMIJN, 1)]
    assert decision.due == date(2026, 4, 28)  # 27 April is Koningsdag
    assert decision.status is DeadlineStatus.OPEN
    assert "dinsdag 28 april 2026" in decision.explanation
    assert "Algemene termijnenwet art. 1" in decision.explanation


def test_voorschot_paid_on_the_atw_day_counts_as_met_with_the_doubt_shown() -> None:
    t = track(
        ev(K.MELDING, "2026-03-30"), ev(K.AANVRAAG, "2026-03-30"), ev(K.VOORSCHOT_BETAALD, "2026-04-28")
    )
    first = by_kind(deadlines(t, date(2026, 5, 1)))[(DeadlineKind.VOORSCHOT, 1)]
    assert (first.due, first.latest, first.status) == (
        date(2026, 4, 27),
        date(2026, 4, 28),
        DeadlineStatus.MET,
    )
    late = track(
        ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02"), ev(K.VOORSCHOT_BETAALD, "2026-03-31")
    )
    assert (
        by_kind(deadlines(late, date(2026, 4, 1)))[(DeadlineKind.VOORSCHOT, 1)].status
        is DeadlineStatus.MISSED
    )


def test_voorschot_series_stops_at_the_decision() -> None:
    t = track(
        ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02"), ev(K.BESLUIT_VERZONDEN, "2026-04-10")
    )
    kinds = [(d.kind, d.number) for d in deadlines(t, date(2026, 4, 20))]
    assert (DeadlineKind.VOORSCHOT, 1) in kinds and (DeadlineKind.VOORSCHOT, 2) not in kinds
    # A decision on the Atw day of an unsettled voorschot term: no breach is claimed.
    u = track(
        ev(K.MELDING, "2026-03-30"), ev(K.AANVRAAG, "2026-03-30"), ev(K.BESLUIT_VERZONDEN, "2026-04-28")
    )
    assert by_kind(deadlines(u, date(2026, 4, 30)))[(DeadlineKind.VOORSCHOT, 1)].status is DeadlineStatus.MET


def test_suspension_moves_the_beslistermijn() -> None:
    t = track(
        ev(K.MELDING, "2026-03-02"),
        ev(K.AANVRAAG, "2026-03-02"),
        ev(K.OPSCHORTING_START, "2026-03-10"),
        ev(K.OPSCHORTING_EINDE, "2026-03-20"),
    )
    decision = by_kind(deadlines(t, date(2026, 4, 1)))[(DeadlineKind.BESLISTERMIJN, 1)]
    assert decision.due == date(2026, 5, 6)  # 27 April + 9 days
    assert "9 dagen" in decision.explanation
    running = track(
        ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02"), ev(K.OPSCHORTING_START, "2026-03-10")
    )
    decision = by_kind(deadlines(running, date(2026, 3, 15)))[(DeadlineKind.BESLISTERMIJN, 1)]
    assert decision.due == date(2026, 5, 4)  # 27 April + 5 days = Saturday 2 May -> Monday 4 May
    assert "staat stil" in decision.explanation


def test_a_decision_during_suspension_stops_the_clock() -> None:
    t = track(
        ev(K.MELDING, "2026-03-02"),
        ev(K.AANVRAAG, "2026-03-02"),
        ev(K.OPSCHORTING_START, "2026-03-10"),
        ev(K.BESLUIT_VERZONDEN, "2026-03-20"),  # e.g. "buiten behandeling" (Awb 4:5)
    )
    for law_date in (date(2026, 3, 25), date(2026, 9, 1)):
        decision = by_kind(deadlines(t, law_date))[(DeadlineKind.BESLISTERMIJN, 1)]
        assert decision.due == date(2026, 5, 7)  # 27 April + 10 days, whatever the day we look
        assert decision.status is DeadlineStatus.MET
        assert "staat stil" not in decision.explanation


def test_verdaging_in_time_sets_the_new_date_and_a_late_one_does_not() -> None:
    base = (ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02"))
    timely = track(*base, ev(K.VERDAGING, "2026-04-20", new_due=date(2026, 6, 15)))
    decision = by_kind(deadlines(timely, date(2026, 5, 1)))[(DeadlineKind.BESLISTERMIJN, 1)]
    assert decision.due == date(2026, 6, 15)
    assert "4:14" in decision.basis and decision.status is DeadlineStatus.OPEN
    late = track(*base, ev(K.VERDAGING, "2026-04-29", new_due=date(2026, 6, 15)))
    decision = by_kind(deadlines(late, date(2026, 5, 1)))[(DeadlineKind.BESLISTERMIJN, 1)]
    assert decision.due == date(2026, 4, 28)
    assert decision.status is DeadlineStatus.MISSED
    assert "telt niet" in decision.explanation


def test_ingebrekestelling_after_expiry_starts_the_dwangsom_clock() -> None:
    base = (ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02"))
    t = track(*base, ev(K.INGEBREKESTELLING, "2026-05-04"))
    dwangsom = by_kind(deadlines(t, date(2026, 5, 10)))[(DeadlineKind.DWANGSOM, 1)]
    assert dwangsom.due == date(2026, 5, 17)  # last day to decide without a penalty
    assert "maandag 18 mei 2026" in dwangsom.explanation and "€ 1.442" in dwangsom.explanation
    assert dwangsom.status is DeadlineStatus.OPEN and dwangsom.doubt
    decided = t.record(ev(K.BESLUIT_VERZONDEN, "2026-05-15"))
    assert (
        by_kind(deadlines(decided, date(2026, 5, 20)))[(DeadlineKind.DWANGSOM, 1)].status
        is DeadlineStatus.MET
    )
    early = track(*base, ev(K.INGEBREKESTELLING, "2026-04-20"))
    found = by_kind(deadlines(early, date(2026, 4, 22)))
    assert (DeadlineKind.DWANGSOM, 1) not in found
    assert "waarschijnlijk niet" in found[(DeadlineKind.BESLISTERMIJN, 1)].explanation


@pytest.mark.parametrize(
    ("filed", "posted", "law_date", "status"),
    [
        (None, None, "2025-12-20", DeadlineStatus.OPEN),
        (None, None, "2025-12-29", DeadlineStatus.OPEN),
        (None, None, "2025-12-30", DeadlineStatus.MISSED),
        ("2025-12-29", None, "2026-01-10", DeadlineStatus.MET),
        ("2026-01-02", "2025-12-29", "2026-01-10", DeadlineStatus.MET),
        ("2026-01-07", "2025-12-29", "2026-01-10", DeadlineStatus.MISSED),
        ("2025-12-30", None, "2026-01-10", DeadlineStatus.MISSED),
    ],
)
def test_bezwaar_deadline_and_status(
    filed: str | None, posted: str | None, law_date: str, status: DeadlineStatus
) -> None:
    events = [
        ev(K.MELDING, "2025-09-01"),
        ev(K.AANVRAAG, "2025-09-01"),
        ev(K.BESLUIT_VERZONDEN, "2025-11-14"),
    ]
    if filed is not None:
        extra = {"posted": date.fromisoformat(posted)} if posted else {}
        events.append(ev(K.BEZWAAR_INGEDIEND, filed, **extra))
    bezwaar = by_kind(deadlines(track(*events), date.fromisoformat(law_date)))[(DeadlineKind.BEZWAAR, 1)]
    assert bezwaar.due == date(2025, 12, 29)  # 26 December is Tweede Kerstdag, then the weekend
    assert bezwaar.status is status
    assert bezwaar.party is Party.CLIENT
    assert "Algemene termijnenwet" in bezwaar.basis and "6:7" in bezwaar.basis


def test_youth_search_period() -> None:
    t = track(ev(K.MELDING, "2026-03-02", youth=True))
    period = by_kind(deadlines(t, date(2026, 3, 15)))[(DeadlineKind.ZOEKPERIODE, 1)]
    assert period.due == date(2026, 3, 30) and period.status is DeadlineStatus.OPEN
    assert "jonger dan 27" in period.explanation and "art. 41 lid 11" in period.explanation
    assert (
        by_kind(deadlines(t, date(2026, 3, 30)))[(DeadlineKind.ZOEKPERIODE, 1)].status is DeadlineStatus.MET
    )
    weekend = track(ev(K.MELDING, "2026-03-28", youth=True))
    period = by_kind(deadlines(weekend, date(2026, 4, 1)))[(DeadlineKind.ZOEKPERIODE, 1)]
    assert period.due == date(2026, 4, 25)  # a Saturday
    assert period.latest == date(2026, 4, 28) and period.doubt  # Sunday, then Koningsdag


def test_no_parameter_is_guessed_for_an_aanvraag_before_the_known_texts() -> None:
    t = track(ev(K.MELDING, "2024-06-03"), ev(K.AANVRAAG, "2024-06-03"))
    with pytest.raises(UnknownParameterError):
        deadlines(t, date(2024, 7, 1))


def test_worklist_groups_what_falls_in_the_week_per_supporter() -> None:
    monday, sunday = week_days(2026, 18)
    assert (monday, sunday) == (date(2026, 4, 27), date(2026, 5, 3))
    ines = build_track(
        "b-ines", "Cliënt B", [ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02")], supporter="ines"
    )
    ahmed = build_track(
        "a-ahmed",
        "Cliënt A",
        [ev(K.MELDING, "2026-03-30"), ev(K.AANVRAAG, "2026-03-30"), ev(K.VOORSCHOT_BETAALD, "2026-04-20")],
        supporter="ahmed",
    )
    nobody = build_track("c-none", "Cliënt C", [ev(K.MELDING, "2026-03-30"), ev(K.AANVRAAG, "2026-03-30")])
    closed = build_track(
        "d-closed",
        "Cliënt D",
        [ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02"), ev(K.AFGESLOTEN, "2026-03-20")],
        supporter="ines",
    )
    result = worklist([closed, nobody, ines, ahmed], (2026, 18))
    assert list(result) == ["ines", None]  # Ahmed's client got the voorschot in time: nothing due this week
    assert [(i.track_id, i.deadline.kind, i.deadline.number, i.deadline.due) for i in result["ines"]] == [
        ("b-ines", DeadlineKind.VOORSCHOT, 2, date(2026, 4, 27)),
        ("b-ines", DeadlineKind.BESLISTERMIJN, 1, date(2026, 4, 28)),
    ]
    assert [(i.deadline.kind, i.deadline.due) for i in result[None]] == [
        (DeadlineKind.VOORSCHOT, date(2026, 4, 27))
    ]
    assert all(i.track_id != "d-closed" for items in result.values() for i in items)


def test_worklist_of_an_empty_week_is_empty() -> None:
    t = track(ev(K.MELDING, "2026-03-02"), ev(K.AANVRAAG, "2026-03-02"))
    assert worklist([t], (2026, 29)) == {}  # voorschot 4 is due in week 26, 5 in week 30
