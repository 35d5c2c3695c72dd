"""Accounts: roles as groups, argon2 passwords, login and its throttle (site and admin)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from toegang.web.accounts.roles import ROLES, has_role, user_roles

PASSWORD = "een-lang-en-sterk-wachtwoord"


@pytest.fixture
def user(db: None) -> object:
    model = get_user_model()
    person = model.objects.create_user("ondersteuner1", password=PASSWORD)
    person.groups.add(Group.objects.get(name="ondersteuner"))
    return person


def test_the_four_roles_exist_as_groups(db: None) -> None:
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)
    assert set(ROLES) == {"beheerder", "coördinator", "ondersteuner", "raadslid"}


def test_roles_of_a_user(user: object) -> None:
    assert user_roles(user) == ["ondersteuner"]
    assert has_role(user, "ondersteuner", "raadslid")
    assert not has_role(user, "beheerder")


def test_passwords_are_stored_with_argon2(user: object) -> None:
    assert user.password.startswith("argon2$")  # type: ignore[attr-defined]


def _login(client: Client, password: str, ip: str = "10.0.0.1") -> object:
    return client.post(
        "/account/inloggen/", {"username": "ondersteuner1", "password": password}, REMOTE_ADDR=ip
    )


def test_login_and_profile_show_the_role(client: Client, user: object) -> None:
    response = _login(client, PASSWORD)
    assert response.status_code == 302  # type: ignore[attr-defined]
    page = client.get("/account/").content.decode()
    assert "ondersteuner1" in page and "Ondersteuner" in page


def test_profile_needs_login(client: Client, db: None) -> None:
    response = client.get("/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/")


def test_wrong_password_gives_a_dutch_message(client: Client, user: object) -> None:
    response = _login(client, "fout")
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert "klopt niet" in response.content.decode()  # type: ignore[attr-defined]


def test_after_five_failures_even_the_right_password_is_refused(client: Client, user: object) -> None:
    for _attempt in range(5):
        _login(client, "fout")
    response = _login(client, PASSWORD)
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert "te vaak" in response.content.decode()  # type: ignore[attr-defined]
    assert "_auth_user_id" not in client.session
    # another address is not locked out
    other = Client()
    assert _login(other, PASSWORD, ip="10.0.0.2").status_code == 302  # type: ignore[attr-defined]


def test_four_failures_then_success_resets_the_counter(client: Client, user: object) -> None:
    for _attempt in range(4):
        _login(client, "fout")
    assert _login(client, PASSWORD).status_code == 302  # type: ignore[attr-defined]
    client.post("/account/uitloggen/")
    for _attempt in range(4):
        _login(client, "fout")
    assert _login(client, PASSWORD).status_code == 302  # type: ignore[attr-defined]


def test_the_admin_login_is_throttled_too(client: Client, db: None) -> None:
    model = get_user_model()
    model.objects.create_superuser("baas", password=PASSWORD)
    for _attempt in range(5):
        client.post("/beheer/login/", {"username": "baas", "password": "fout"}, REMOTE_ADDR="10.0.0.9")
    response = client.post(
        "/beheer/login/", {"username": "baas", "password": PASSWORD}, REMOTE_ADDR="10.0.0.9"
    )
    assert response.status_code == 200  # the form again, not a redirect into the admin
    assert "_auth_user_id" not in client.session


def test_logout_needs_post(client: Client, user: object) -> None:
    _login(client, PASSWORD)
    assert client.get("/account/uitloggen/").status_code == 405
    assert client.post("/account/uitloggen/").status_code == 302
    assert "_auth_user_id" not in client.session
