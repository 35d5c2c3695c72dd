"""No personal data: BSNs (elfproef), e-mail addresses and phone numbers are found and refused in Dutch."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from toegang.web.raad import forms as f
from toegang.web.raad import models as m
from toegang.web.raad.privacy import elfproef, find_bsns, find_emails, find_phones, no_bsn, no_contact_details


@pytest.mark.parametrize("number", ["111222333", "123456782"])
def test_elfproef_accepts_valid_numbers(number: str) -> None:
    assert elfproef(number)


@pytest.mark.parametrize("number", ["123456789", "000000000", "11122233", "1112223334", "abcdefghi"])
def test_elfproef_refuses_other_numbers(number: str) -> None:
    assert not elfproef(number)


@pytest.mark.parametrize(
    "text",
    [
        "Zijn nummer is 123456782.",
        "bsn 123.456.782 staat op de brief",
        "BSN: 1234 56 782",
        "nummer 123-45-6782",
        "(111222333)",
    ],
)
def test_bsn_found_in_any_grouping(text: str) -> None:
    assert len(find_bsns(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "123456789 faalt de elfproef",
        "een rekening van 1234567820 cent",  # ten digits
        "IBAN NL91ABNA0417164300",
        "op 12-03-2025 om 10.00 uur",
        "bedrag € 1.234,56",
        "kenmerk 123 456 782 901",  # part of a longer grouped number
    ],
)
def test_no_bsn_in_other_numbers(text: str) -> None:
    assert find_bsns(text) == []


def test_bsn_validator_says_what_to_remove() -> None:
    with pytest.raises(ValidationError) as err:
        no_bsn("Mevrouw met nummer 111 222 333 kreeg geen voorschot")
    message = err.value.messages[0]
    assert "burgerservicenummer" in message
    assert "111 222 333" in message
    assert "Haal dit nummer weg" in message


@pytest.mark.parametrize("text", ["mail naar iemand@voorbeeld.nl", "piet.jansen+raad@mail.example.com"])
def test_emails_found(text: str) -> None:
    assert find_emails(text)


@pytest.mark.parametrize(
    "text", ["bel 06-12345678", "tel. 020 123 45 67", "+31 6 1234 5678", "+31 (0)20 1234567", "0612345678"]
)
def test_phones_found(text: str) -> None:
    assert find_phones(text)


@pytest.mark.parametrize(
    "text", ["drie weken wachten", "12 mensen, 3 maanden", "op 01-02-2026", "€ 1.250,00"]
)
def test_no_phone_in_ordinary_numbers(text: str) -> None:
    assert find_phones(text) == []


def test_contact_validator_names_both_and_says_why() -> None:
    with pytest.raises(ValidationError) as err:
        no_contact_details("bel 06-12345678 of mail a@b.nl")
    message = err.value.messages[0]
    assert "e-mailadres" in message and "telefoonnummer" in message
    assert "anoniem" in message


PERSONAL = (
    "naam",
    "name",
    "bsn",
    "burgerservicenummer",
    "email",
    "mail",
    "telefoon",
    "phone",
    "adres",
    "geboorte",
)


@pytest.mark.parametrize("model", [m.Signal, m.Advice, m.Promise, m.PromiseEvent, m.Meeting, m.AgendaItem])
def test_no_model_has_a_personal_data_field(model: type) -> None:
    names = [field.name.lower() for field in model._meta.get_fields()]  # type: ignore[attr-defined]
    assert not [n for n in names if any(word in n for word in PERSONAL)], names


def test_signal_form_has_no_personal_fields() -> None:
    fields = set(f.SignalForm().fields)
    assert fields == {"theme", "organisation", "received_on", "people", "description", "brief", "soort"}


SIGNAL = {
    "theme": "voorschot",
    "organisation": "Gemeente Voorbeeldstad",
    "received_on": "2026-03-02",
    "people": "4",
}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("description", "Meneer 123456782 wacht al zes weken op een voorschot.", "burgerservicenummer"),
        ("description", "Bel haar op 06 12345678 voor meer uitleg.", "telefoonnummer"),
        ("description", "Zij mailde jan@voorbeeld.nl", "e-mailadres"),
        ("organisation", "Gemeente 111.222.333", "burgerservicenummer"),
    ],
)
def test_signal_form_refuses_personal_data(council: m.Council, field: str, value: str, expected: str) -> None:
    data = {**SIGNAL, "description": "Vier mensen wachten al zes weken op een voorschot.", field: value}
    form = f.SignalForm(data, instance=m.Signal(council=council))
    assert not form.is_valid()
    assert expected in " ".join(form.errors[field])


@pytest.mark.django_db
def test_signal_form_accepts_an_anonymous_signal(council: m.Council) -> None:
    data = {**SIGNAL, "description": "Vier mensen wachten al zes weken op een voorschot."}
    form = f.SignalForm(data, instance=m.Signal(council=council))
    assert form.is_valid(), form.errors


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("form_class", "field", "base"),
    [
        (f.AdviceForm, "subject", {"kind": "ongevraagd"}),
        (f.PromiseForm, "what", {"made_on": "2026-01-01", "due_on": "2026-03-01"}),
        (f.MeetingForm, "title", {"held_on": "2026-01-01"}),
        (f.MinutesForm, "minutes", {}),
        (f.ReactionForm, "reaction", {"reaction_on": "2026-01-01"}),
        (f.PromiseStatusForm, "note", {"status": "open", "on": "2026-01-01"}),
    ],
)
def test_every_free_text_field_refuses_a_bsn(
    council: m.Council, form_class: type, field: str, base: dict
) -> None:
    kwargs = {"council": council} if form_class in (f.AdviceForm, f.PromiseForm) else {}
    form = form_class({**base, field: "over 123456782"}, **kwargs)
    if hasattr(form, "instance"):
        form.instance.council = council
    assert not form.is_valid()
    assert "burgerservicenummer" in " ".join(form.errors[field])
