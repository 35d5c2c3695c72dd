"""Fixtures for the desk: a coordinator, two supporters with a client each, a council member."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client as Browser

from toegang.web.ondersteuning.models import Client, HelpRequest, SupporterProfile

PASSWORD = "een-lang-en-sterk-wachtwoord"


def make_user(name: str, role: str | None) -> Any:
    user = get_user_model().objects.create_user(name, password=PASSWORD)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@dataclass
class Desk:
    coordinator: Any
    anna: Any
    bram: Any
    raadslid: Any
    anna_profile: SupporterProfile
    bram_profile: SupporterProfile
    anna_client: Client
    bram_client: Client
    open_request: HelpRequest

    def browser(self, user: Any) -> Browser:
        browser = Browser()
        browser.force_login(user)
        return browser


@pytest.fixture
def desk(db: None) -> Desk:
    coordinator = make_user("coordinator", "coördinator")
    anna = make_user("anna", "ondersteuner")
    bram = make_user("bram", "ondersteuner")
    raadslid = make_user("raadslid", "raadslid")
    anna_profile = SupporterProfile.objects.create(
        user=anna,
        name="Anna",
        districts=["Noord"],
        languages=["nl", "ar"],
        expertise=["bijstand", "schulden"],
        channels=["telefoon", "spreekuur"],
        capacity=3,
    )
    bram_profile = SupporterProfile.objects.create(
        user=bram,
        name="Bram",
        districts=["Zuid"],
        languages=["nl", "tr"],
        expertise=["wmo"],
        channels=["thuis"],
        capacity=3,
    )
    anna_client = Client.objects.create(
        pseudonym="Cliënt Merel", district="Noord", language="ar", supporter=anna_profile, address="Straat 1"
    )
    bram_client = Client.objects.create(
        pseudonym="Cliënt Sander",
        district="Zuid",
        language="tr",
        supporter=bram_profile,
        contact="email",
        email="sander@example.org",
    )
    waiting = Client.objects.create(pseudonym="Cliënt Noor", district="Noord", language="ar")
    open_request = HelpRequest.objects.create(client=waiting, topics=["bijstand"], channel="telefoon")
    return Desk(
        coordinator, anna, bram, raadslid, anna_profile, bram_profile, anna_client, bram_client, open_request
    )
