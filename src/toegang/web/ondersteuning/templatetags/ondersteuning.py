"""The directory block for the public monitor page of a gemeente: `{% aanbieders gemeente %}`."""

from __future__ import annotations

from typing import Any

from django import template

from toegang.matching.model import language_name
from toegang.web.ondersteuning.models import Provider

register = template.Library()


@register.inclusion_tag("ondersteuning/_providers_block.html")
def aanbieders(gemeente: Any) -> dict[str, Any]:
    providers = list(Provider.objects.filter(gemeente=gemeente).order_by("name"))
    for provider in providers:
        provider.language_names = [language_name(code) for code in provider.languages]  # type: ignore[attr-defined]
    return {"providers": providers}
