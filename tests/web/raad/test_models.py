"""Membership scoping, the append-only promise history, the reaction term and the overdue-first order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.test import override_settings

from toegang.web.raad import models as m

pytestmark = pytest.mark.django_db


def test_for_member_scopes_every_model(
    make_member: Callable[..., User], council: m.Council, other_council: m.Council, filled: dict[str, Any]
) -> None:
    user = make_member("alleen-eigen", council)
    own = filled[council.slug]
    assert list(m.Council.objects.for_member(user)) == [council]
    assert list(m.Signal.objects.for_member(user)) == [own["signal"]]
    assert list(m.Advice.objects.for_member(user)) == [own["advice"]]
    assert list(m.Promise.objects.for_member(user)) == [own["promise"]]
    assert list(m.Meeting.objects.for_member(user)) == [own["meeting"]]
    assert {e.promise_id for e in m.PromiseEvent.objects.for_member(user)} == {own["promise"].pk}
    m.AgendaItem.objects.create(meeting=filled[other_council.slug]["meeting"], title="vreemd punt")
    m.AgendaItem.objects.create(meeting=own["meeting"], title="eigen punt")
    assert [a.title for a in m.AgendaItem.objects.for_member(user)] == ["eigen punt"]


def test_for_member_is_empty_for_outsiders(council: m.Council, filled: dict[str, Any]) -> None:
    outsider = User.objects.create_user("buiten")
    assert not m.Signal.objects.for_member(outsider).exists()
    assert not m.Council.objects.for_member(AnonymousUser()).exists()


def test_member_of_two_councils_sees_both_without_duplicates(
    make_member: Callable[..., User], council: m.Council, other_council: m.Council, filled: dict[str, Any]
) -> None:
    user = make_member("twee", council, other_council)
    assert m.Signal.objects.for_member(user).count() == 2


def test_a_new_promise_starts_its_history(council: m.Council) -> None:
    promise = m.Promise.objects.create(
        council=council, what="Brieven worden herschreven", due_on=date.today()
    )
    assert [e.status for e in promise.events.all()] == [m.Promise.OPEN]


def test_change_status_appends_and_closes(council: m.Council) -> None:
    promise = m.Promise.objects.create(
        council=council, what="Wachttijd telefoon korter", made_on=date(2026, 1, 1), due_on=date(2026, 3, 1)
    )
    promise.change_status(m.Promise.KEPT, note="Gemeten in maart", on=date(2026, 2, 20))
    promise.refresh_from_db()
    assert promise.status == m.Promise.KEPT and promise.closed_on == date(2026, 2, 20)
    assert promise.kept_on_time()
    assert promise.days_open() == 50
    assert [e.status for e in promise.events.all()] == [m.Promise.OPEN, m.Promise.KEPT]


def test_history_rows_cannot_be_changed_or_removed(council: m.Council) -> None:
    promise = m.Promise.objects.create(council=council, what="Toezegging", due_on=date.today())
    event = promise.events.get()
    event.note = "achteraf veranderd"
    with pytest.raises(m.AppendOnlyError):
        event.save()
    with pytest.raises(m.AppendOnlyError):
        event.delete()
    with pytest.raises(m.AppendOnlyError):
        m.PromiseEvent.objects.filter(pk=event.pk).update(note="x")
    with pytest.raises(m.AppendOnlyError):
        m.PromiseEvent.objects.filter(pk=event.pk).delete()
    assert m.PromiseEvent.objects.get(pk=event.pk).note == ""


def test_open_promise_past_its_deadline_counts_as_overdue(council: m.Council) -> None:
    promise = m.Promise(council=council, what="x", made_on=date(2026, 1, 1), due_on=date(2026, 2, 1))
    assert promise.effective_status(date(2026, 2, 1)) == m.Promise.OPEN
    assert promise.effective_status(date(2026, 2, 2)) == m.Promise.OVERDUE
    promise.status = m.Promise.BROKEN
    assert promise.effective_status(date(2026, 2, 2)) == m.Promise.BROKEN


def test_overdue_first(council: m.Council) -> None:
    today = date(2026, 6, 1)

    def make(what: str, due: date, status: str = m.Promise.OPEN) -> None:
        m.Promise.objects.create(
            council=council, what=what, made_on=date(2026, 1, 1), due_on=due, status=status
        )

    make("open later", date(2026, 9, 1))
    make("kept", date(2026, 2, 1), m.Promise.KEPT)
    make("overdue recent", date(2026, 5, 1))
    make("overdue old", date(2026, 3, 1))
    make("marked overdue", date(2026, 7, 1), m.Promise.OVERDUE)
    order = [p.what for p in m.Promise.objects.filter(council=council).overdue_first(today)]
    assert order == ["overdue old", "overdue recent", "marked overdue", "open later", "kept"]


def test_reaction_due_uses_the_council_term_or_the_setting(council: m.Council) -> None:
    advice = m.Advice(council=council, subject="Brieven", sent_on=date(2026, 3, 2))
    with override_settings(RAAD_REACTION_WEEKS=6):
        assert advice.reaction_due == date(2026, 4, 13)
    with override_settings(RAAD_REACTION_WEEKS=8):
        assert advice.reaction_due == date(2026, 4, 27)
    council.reaction_weeks = 4
    assert advice.reaction_due == date(2026, 3, 30)
    assert advice.reaction_late(date(2026, 3, 31))
    advice.reaction_on = date(2026, 3, 30)
    assert not advice.reaction_late(date(2026, 12, 1))
    assert m.Advice(council=council, subject="x").reaction_due is None


def test_overdue_first_is_one_query(council: m.Council, django_assert_num_queries: Any) -> None:
    for i in range(5):
        m.Promise.objects.create(council=council, what=f"t{i}", due_on=date.today() + timedelta(days=i - 2))
    with django_assert_num_queries(1):
        list(m.Promise.objects.filter(council=council).overdue_first())
