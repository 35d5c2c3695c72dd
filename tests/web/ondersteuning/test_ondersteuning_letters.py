"""Reminders by the client's channel: a PDF for post (text checked with pypdf), e-mail via Django's mail."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from django.core import mail
from pypdf import PdfReader

from toegang.law.track import Event, EventKind
from toegang.web.ondersteuning.letters import plain
from toegang.web.ondersteuning.models import AccessLog, Traject

from .conftest import Desk


def _track(client: object) -> Traject:
    traject = Traject.objects.create(client=client)
    traject.record(Event(EventKind.MELDING, date.today()))
    traject.record(Event(EventKind.AANVRAAG, date.today()))
    return traject


def test_post_client_gets_a_pdf_letter_with_dutch_characters(desk: Desk) -> None:
    desk.anna_client.address = "Cliënt Merel\nHoofdstraat 1\n1234 AB Voorbeeldstad"
    desk.anna_client.save()
    traject = _track(desk.anna_client)
    response = desk.browser(desk.anna).post(f"/ondersteuning/trajecten/{traject.pk}/herinnering/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert "Herinnering: uw aanvraag voor bijstand" in text
    assert "Beste Cliënt Merel" in text
    assert "Hoofdstraat 1" in text
    assert "Voorschot" in text
    assert len(mail.outbox) == 0
    assert AccessLog.objects.filter(client_id=desk.anna_client.pk, action="letter").exists()


def test_email_client_gets_an_email(desk: Desk) -> None:
    traject = _track(desk.bram_client)
    response = desk.browser(desk.bram).post(f"/ondersteuning/trajecten/{traject.pk}/herinnering/")
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sander@example.org"]
    assert message.subject == "Herinnering: uw aanvraag voor bijstand"
    assert "Voorschot" in message.body


def test_phone_client_gets_a_text_to_tell(desk: Desk) -> None:
    desk.anna_client.contact = "telefoon"
    desk.anna_client.save()
    traject = _track(desk.anna_client)
    response = desk.browser(desk.anna).post(f"/ondersteuning/trajecten/{traject.pk}/herinnering/")
    assert response.status_code == 200
    assert "Vertel dit in een gesprek" in response.content.decode()
    assert len(mail.outbox) == 0


def test_plain_keeps_latin1_and_replaces_the_rest() -> None:
    assert plain("ë é ï € – ’") == "ë é ï EUR - '"
    assert plain("日") == "?"
