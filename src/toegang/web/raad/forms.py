# ruff: noqa: RUF012  (Django's Meta, Migration and form class attributes are mutable by convention)
"""The council's forms. None asks for a name, BSN, address or contact details of the person behind a signal;
the model validators (toegang.web.raad.privacy) refuse a BSN in every free-text field."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.db.models import Q

from toegang.i18n import _
from toegang.web.brieven.forms import PROFILE_CHOICES
from toegang.web.raad import models as m
from toegang.web.raad.privacy import no_bsn

LETTER_MAX_CHARS = 200_000


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class SignalForm(forms.ModelForm):  # type: ignore[type-arg]
    brief = forms.CharField(
        required=False,
        max_length=LETTER_MAX_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        label=_("Tekst van een brief (als u die heeft)"),
        help_text=_(
            "We controleren de brief met de brieventoets. We bewaren alleen de uitkomst, niet de brief zelf."
        ),
    )
    soort = forms.ChoiceField(choices=PROFILE_CHOICES, required=False, label=_("Soort brief"))

    class Meta:
        model = m.Signal
        fields = ("theme", "organisation", "received_on", "people", "description")
        widgets = {
            "received_on": DateInput(),
            "people": forms.NumberInput(attrs={"min": 1}),
            "description": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "organisation": _("Bijvoorbeeld de gemeente of de sociale dienst die de bijstand uitvoert."),
            "people": _("Hoeveel mensen hadden dit probleem?"),
            "description": _(
                "Wat ging er mis? Schrijf het zo dat niemand te herkennen is: geen naam, adres, "
                "burgerservicenummer, e-mailadres of telefoonnummer."
            ),
        }

    def clean_people(self) -> int:
        people = int(self.cleaned_data["people"])
        if people < 1:
            raise forms.ValidationError(_("Vul een aantal in van 1 of meer."), code="min")
        return people


class AdviceForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = m.Advice
        fields = ("kind", "subject", "sent_on", "signals")
        widgets = {"sent_on": DateInput(), "signals": forms.CheckboxSelectMultiple, "kind": forms.RadioSelect}
        help_texts = {
            "signals": _("Op welke signalen rust dit advies? Hier staan de signalen van het laatste jaar.")
        }

    def __init__(self, *args: Any, council: m.Council, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        since = date.today() - timedelta(days=365)
        chosen = list(self.instance.signals.values_list("pk", flat=True)) if self.instance.pk else []
        self.fields["signals"].queryset = m.Signal.objects.filter(council=council).filter(
            Q(received_on__gte=since) | Q(pk__in=chosen)
        )


class ReactionForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = m.Advice
        fields = ("reaction", "reaction_on")
        widgets = {"reaction_on": DateInput(), "reaction": forms.Textarea(attrs={"rows": 5})}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("reaction") and not data.get("reaction_on"):
            self.add_error("reaction_on", _("Vul in op welke datum het college reageerde."))
        return data


class PromiseForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = m.Promise
        fields = ("what", "meeting", "made_on", "due_on")
        widgets = {"made_on": DateInput(), "due_on": DateInput(), "what": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, council: m.Council, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = m.Meeting.objects.filter(council=council)
        self.fields["meeting"].empty_label = _("(geen vergadering)")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        made, due = data.get("made_on"), data.get("due_on")
        if made and due and due < made:
            self.add_error("due_on", _("De einddatum ligt vóór de datum van de toezegging."))
        return data


class PromiseStatusForm(forms.Form):
    status = forms.ChoiceField(choices=m.Promise.STATUSES, label=_("Nieuwe stand"), widget=forms.RadioSelect)
    on = forms.DateField(label=_("Datum"), initial=date.today, widget=DateInput())
    note = forms.CharField(
        required=False,
        max_length=500,
        label=_("Toelichting (als u wilt)"),
        validators=[no_bsn],
    )


class MeetingForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = m.Meeting
        fields = ("held_on", "title")
        widgets = {"held_on": DateInput()}


class MinutesForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = m.Meeting
        fields = ("minutes", "published")
        widgets = {"minutes": forms.Textarea(attrs={"rows": 12})}
        labels = {"published": _("Zet het verslag op een openbare pagina")}
        help_texts = {
            "minutes": _("Schrijf het verslag zonder namen van mensen die een signaal gaven."),
        }
