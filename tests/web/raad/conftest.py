"""Councils, members and records for the raad tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from toegang.web.accounts.roles import RAADSLID
from toegang.web.raad import models as m

PASSWORD = "raad-test-wachtwoord-1"


@pytest.fixture
def make_member(db: None) -> Callable[..., User]:
    def make(username: str, *councils: m.Council, role: str | None = RAADSLID) -> User:
        user = User.objects.create_user(username, password=PASSWORD)
        if role:
            group, _created = Group.objects.get_or_create(name=role)
            user.groups.add(group)
        for council in councils:
            m.Membership.objects.create(council=council, user=user)
        return user

    return make


@pytest.fixture
def council(db: None) -> m.Council:
    return m.Council.objects.create(name="Cliëntenraad Voorbeeldstad", slug="voorbeeldstad")


@pytest.fixture
def other_council(db: None) -> m.Council:
    return m.Council.objects.create(
        name="Cliëntenraad Anderdorp", slug="anderdorp", organisation="Sociale Dienst Regio"
    )


@pytest.fixture
def member(make_member: Callable[..., User], council: m.Council) -> User:
    return make_member("lid", council)


@pytest.fixture
def member_client(member: User) -> Client:
    client = Client()
    client.force_login(member)
    return client


@pytest.fixture
def filled(council: m.Council, other_council: m.Council) -> dict[str, Any]:
    """A few records in both councils; the other council's records carry a marker word."""
    today = date.today()
    records: dict[str, Any] = {}
    for c, word in ((council, "eigen"), (other_council, "VREEMD")):
        records[c.slug] = {
            "signal": m.Signal.objects.create(
                council=c,
                theme="brieven",
                organisation="Gemeente",
                description=f"{word} signaal over een brief",
            ),
            "advice": m.Advice.objects.create(
                council=c, subject=f"{word} advies", sent_on=today - timedelta(days=60)
            ),
            "promise": m.Promise.objects.create(
                council=c,
                what=f"{word} toezegging",
                made_on=today - timedelta(days=90),
                due_on=today - timedelta(days=10),
            ),
            "meeting": m.Meeting.objects.create(council=c, held_on=today, title=f"{word} vergadering"),
        }
    return records
