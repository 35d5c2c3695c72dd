"""The brieventoets in the browser: paste or upload, report in place, nothing stored, no file left behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from toegang.letters.profile import PROFILES
from toegang.web.brieven.forms import PROFILE_CHOICES
from toegang.web.brieven.models import SavedLetterCheck


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def _files(folder: Path) -> set[str]:
    return {str(p) for p in folder.rglob("*")}


def test_the_form_offers_every_letter_profile() -> None:
    assert {code for code, _label in PROFILE_CHOICES if code} == set(PROFILES)


@pytest.mark.django_db
def test_the_form_is_shown(client: Client) -> None:
    page = client.get("/brieventoets/").content.decode()
    assert 'enctype="multipart/form-data"' in page
    assert "we bewaren de brief niet" in page
    assert 'name="bewaren"' not in page  # only logged-in users can choose to keep the outcome


@pytest.mark.django_db
def test_pasted_letter_gives_the_report_and_stores_nothing(client: Client, letter_text: str) -> None:
    before = _row_counts()
    response = client.post("/brieventoets/", {"tekst": letter_text, "bewaren": "on"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Uitkomst van de brieventoets" in page
    assert "uitnodiging" in page
    assert '<mark class="dreigend"' in page  # the threatening sentence is marked in place
    assert "niet bewaard" in page
    assert "no-store" in response["Cache-Control"]
    after = _row_counts()
    after.pop("sessions.Session", None)
    before.pop("sessions.Session", None)
    assert after == before


@pytest.mark.django_db
def test_uploaded_file_is_read_in_memory_and_nothing_remains(
    client: Client, letter_text: str, tmp_path: Path
) -> None:
    upload_tmp = tmp_path / "uploads"
    upload_tmp.mkdir()
    system_tmp = Path(tempfile.gettempdir())
    before_tmp = _files(system_tmp)
    before_rows = _row_counts()
    letter = SimpleUploadedFile("brief.txt", letter_text.encode("utf-8"), content_type="text/plain")
    with override_settings(FILE_UPLOAD_TEMP_DIR=str(upload_tmp), FILE_UPLOAD_MAX_MEMORY_SIZE=10):
        response = client.post("/brieventoets/", {"bestand": letter})
    assert response.status_code == 200
    assert "brief.txt" in response.content.decode()
    assert list(upload_tmp.iterdir()) == []
    new_in_tmp = {p for p in _files(system_tmp) - before_tmp if "brief" in os.path.basename(p)}
    assert new_in_tmp == set()
    assert _row_counts() == before_rows


@pytest.mark.django_db
def test_unsupported_file_gets_the_readers_dutch_error(client: Client) -> None:
    upload = SimpleUploadedFile("brief.exe", b"MZ\x00\x00", content_type="application/octet-stream")
    response = client.post("/brieventoets/", {"bestand": upload})
    assert response.status_code == 400
    assert "brief.exe" in response.content.decode()


@pytest.mark.django_db
def test_a_file_over_the_limit_is_refused_with_a_dutch_message(client: Client) -> None:
    upload = SimpleUploadedFile("groot.txt", b"a" * 5000, content_type="text/plain")
    with override_settings(UPLOAD_MAX_BYTES=1024):
        response = client.post("/brieventoets/", {"bestand": upload})
    assert response.status_code == 400
    page = response.content.decode()
    assert "te groot" in page
    assert SavedLetterCheck.objects.count() == 0


@pytest.mark.django_db
def test_empty_form_and_both_inputs_are_explained(client: Client, letter_text: str) -> None:
    empty = client.post("/brieventoets/", {"tekst": "   "})
    assert empty.status_code == 400
    assert "Plak de tekst" in empty.content.decode()
    upload = SimpleUploadedFile("brief.txt", b"Beste meneer", content_type="text/plain")
    both = client.post("/brieventoets/", {"tekst": letter_text, "bestand": upload})
    assert both.status_code == 400
    assert "Kies één van de twee" in both.content.decode()


@pytest.mark.django_db
def test_a_logged_in_user_may_keep_the_outcome_without_the_letter(client: Client, letter_text: str) -> None:
    user = get_user_model().objects.create_user("hulp", password="een-lang-en-sterk-wachtwoord")
    client.force_login(user)
    assert 'name="bewaren"' in client.get("/brieventoets/").content.decode()
    not_kept = client.post("/brieventoets/", {"tekst": letter_text})
    assert not_kept.status_code == 200 and SavedLetterCheck.objects.count() == 0
    kept = client.post(
        "/brieventoets/", {"tekst": letter_text, "bewaren": "on", "titel": "Uitnodiging maart"}
    )
    assert kept.status_code == 200
    saved = SavedLetterCheck.objects.get()
    assert saved.owner == user and saved.title == "Uitnodiging maart"
    stored = str(saved.result)
    for words in ("De Vries", "onverwijld stopgezet", "dinsdag 3 maart", "op het gemeentehuis"):
        assert words not in stored  # no sentence of the letter is kept
    assert saved.result["findings"]
    page = client.get(f"/brieventoets/bewaard/{saved.pk}/")
    assert page.status_code == 200 and "Uitnodiging maart" in page.content.decode()
    other = get_user_model().objects.create_user("ander", password="een-lang-en-sterk-wachtwoord")
    client.force_login(other)
    assert client.get(f"/brieventoets/bewaard/{saved.pk}/").status_code == 404


@pytest.mark.django_db
def test_letter_text_is_escaped_in_the_report(client: Client) -> None:
    response = client.post("/brieventoets/", {"tekst": "Beste meneer, <script>alert(1)</script> groet."})
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
