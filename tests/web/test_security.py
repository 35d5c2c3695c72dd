"""Security headers, CSRF and upload limits."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings


@pytest.mark.django_db
def test_every_page_sends_the_security_headers(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_a_post_without_csrf_token_is_refused_in_dutch() -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/brieventoets/", {"tekst": "Beste meneer, dit is een brief."})
    assert response.status_code == 403
    assert "formulier is verlopen" in response.content.decode()
    login = client.post("/account/inloggen/", {"username": "a", "password": "b"})
    assert login.status_code == 403


@pytest.mark.django_db
def test_a_post_with_csrf_token_is_accepted() -> None:
    client = Client(enforce_csrf_checks=True)
    form = client.get("/brieventoets/")
    token = form.cookies["csrftoken"].value
    response = client.post(
        "/brieventoets/", {"tekst": "Beste meneer, dit is een brief.", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_form_body_over_the_data_limit_is_refused(client: Client) -> None:
    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000):
        response = client.post("/brieventoets/", {"tekst": "a" * 5000})
    assert response.status_code == 400


@pytest.mark.django_db
def test_the_admin_cannot_be_framed_and_needs_login(client: Client) -> None:
    response = client.get("/beheer/")
    assert response.status_code == 302
    assert "/beheer/login/" in response["Location"]
    assert client.get("/beheer/login/")["X-Frame-Options"] == "DENY"
