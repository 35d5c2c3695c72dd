# ruff: noqa: RUF012  (Django's Meta, Migration and form class attributes are mutable by convention)
"""The login form, with a Dutch message that says when a user has tried too often."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from toegang.web.accounts import throttle


class LoginForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "De gebruikersnaam of het wachtwoord klopt niet. Let op hoofdletters en kleine letters."
        ),
        "throttled": _(
            "U heeft te vaak een verkeerd wachtwoord ingevuld. Wacht {minutes} minuten en probeer het dan "
            "opnieuw."
        ),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        if username and throttle.is_blocked(username, self.request):
            minutes = int(settings.LOGIN_THROTTLE_SECONDS) // 60
            raise forms.ValidationError(
                str(self.error_messages["throttled"]).format(minutes=minutes), code="throttled"
            )
        return super().clean()
