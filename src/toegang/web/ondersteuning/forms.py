"""Forms of the desk. Labels and errors are Dutch B1; list fields are typed as comma-separated codes."""

from __future__ import annotations

from typing import Any

from django import forms

from toegang.i18n import _
from toegang.law.track import EventKind
from toegang.web.ondersteuning.labels import EVENT_LABELS
from toegang.web.ondersteuning.models import (
    MEETING_CHANNELS,
    TOPICS,
    Client,
    ContactChannel,
    Provider,
)


def _codes(text: str) -> list[str]:
    return [part.strip().lower() for part in text.split(",") if part.strip()]


class IntakeForm(forms.Form):
    """A new client with one request for help: only what is needed to find a supporter and reach the client."""

    pseudonym = forms.CharField(label=_("Schuilnaam"), max_length=60, help_text=_("Geen echte naam."))
    district = forms.CharField(label=_("Wijk"), max_length=80, required=False)
    language = forms.CharField(label=_("Eerste taal (code, zoals nl of ar)"), max_length=8, initial="nl")
    interpreter = forms.BooleanField(label=_("Een tolk kan meekomen"), required=False)
    contact = forms.ChoiceField(label=_("Hoe wil de cliënt brieven krijgen?"), choices=ContactChannel.choices)
    email = forms.EmailField(label=_("E-mailadres (alleen bij e-mail)"), required=False)
    address = forms.CharField(
        label=_("Adres (alleen bij post)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    group = forms.BooleanField(label=_("Hulp in een groep"), required=False)
    topics = forms.MultipleChoiceField(
        label=_("Waarover gaat de vraag?"), choices=TOPICS, widget=forms.CheckboxSelectMultiple
    )
    channel = forms.ChoiceField(
        label=_("Hoe wil de cliënt de ondersteuner spreken?"),
        choices=[("", _("Maakt niet uit")), *MEETING_CHANNELS],
        required=False,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("contact") == ContactChannel.EMAIL and not data.get("email"):
            self.add_error("email", _("Vul een e-mailadres in. De cliënt wil e-mail."))
        if data.get("contact") == ContactChannel.POST and not data.get("address"):
            self.add_error("address", _("Vul een adres in. De cliënt wil post."))
        return data


class ClientContactForm(forms.ModelForm):
    class Meta:
        model = Client
        fields = ("contact", "email", "address")


class EventForm(forms.Form):
    """One new event in a track; the core decides whether it is allowed."""

    kind = forms.ChoiceField(label=_("Wat is er gebeurd?"))
    on = forms.DateField(label=_("Datum (jjjj-mm-dd)"), widget=forms.DateInput(attrs={"type": "date"}))
    new_due = forms.DateField(
        label=_("Nieuwe datum (alleen bij verdaging)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    youth = forms.BooleanField(label=_("Jonger dan 27 jaar (alleen bij melding)"), required=False)
    posted = forms.DateField(
        label=_("Op de post gedaan op (alleen bij bezwaar per post)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    note = forms.CharField(label=_("Notitie"), max_length=500, required=False)

    def __init__(self, *args: Any, allowed: tuple[EventKind, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(k.value, EVENT_LABELS[k]) for k in allowed]


class ProviderForm(forms.ModelForm):
    languages_text = forms.CharField(
        label=_("Talen (codes, met komma's)"), required=False, help_text=_("Bijvoorbeeld: nl, en, ar")
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Provider
        fields = ("gemeente", "name", "kind", "free", "independent", "phone", "desk", "email", "website")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["languages_text"].initial = ", ".join(self.instance.languages)

    def save(self, commit: bool = True) -> Provider:
        self.instance.languages = _codes(self.cleaned_data.get("languages_text", ""))
        return super().save(commit=commit)  # type: ignore[no-any-return]
