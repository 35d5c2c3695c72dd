"""The letter form: paste the text or choose a file; optionally keep the outcome (logged-in users)."""

from __future__ import annotations

from typing import Any

from django import forms

from toegang.letters.readers import SUPPORTED_SUFFIXES

MAX_CHARS = 1_000_000

PROFILE_CHOICES = [
    ("", "Herken het zelf uit de tekst"),
    ("uitnodiging", "Uitnodiging voor een gesprek"),
    ("besluit", "Besluit (beschikking)"),
    ("verzoek", "Verzoek om gegevens of papieren"),
    ("algemeen", "Andere brief"),
]


class LetterForm(forms.Form):
    tekst = forms.CharField(
        required=False,
        max_length=MAX_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        label="Plak de tekst van de brief",
    )
    bestand = forms.FileField(
        required=False,
        label="Of kies een bestand",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(SUPPORTED_SUFFIXES)}),
    )
    soort = forms.ChoiceField(choices=PROFILE_CHOICES, required=False, label="Soort brief")
    bewaren = forms.BooleanField(
        required=False, label="Bewaar de uitkomst in mijn account (de brief zelf bewaren we niet)"
    )
    titel = forms.CharField(required=False, max_length=200, label="Naam voor de bewaarde uitkomst")

    def __init__(self, *args: Any, can_save: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.can_save = can_save
        if not can_save:
            del self.fields["bewaren"]
            del self.fields["titel"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        has_text = bool((data.get("tekst") or "").strip())
        has_file = bool(data.get("bestand"))
        if not has_text and not has_file:
            raise forms.ValidationError(
                "Plak de tekst van de brief in het vak, of kies een bestand.", code="leeg"
            )
        if has_text and has_file:
            raise forms.ValidationError(
                "Kies één van de twee: plak de tekst óf kies een bestand.", code="allebei"
            )
        return data
