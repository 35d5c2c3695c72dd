"""Check a letter in the browser. The upload is read in memory and closed in `finally`; the report is shown
in the response and not stored, unless a logged-in user ticks "bewaar" (then only the outcome is kept)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from toegang.letters import ReadError, check_letter, read_letter_bytes
from toegang.letters.readers import Limits
from toegang.web.brieven.forms import LetterForm
from toegang.web.brieven.models import SavedLetterCheck
from toegang.web.brieven.report import report_context, saved_summary
from toegang.web.brieven.uploads import upload_too_large


def _too_large_message() -> str:
    mb = int(settings.UPLOAD_MAX_BYTES) // (1024 * 1024)
    return f"Het bestand is te groot. Een brief mag hoogstens {mb} MB zijn. Plak anders de tekst in het vak."


def _outcome(data: dict[str, Any]) -> dict[str, Any]:
    """What is kept when a user saves a check: statuses and measures, no quote or sentence of the letter."""
    keep = ("rule", "status", "impact", "message", "fix")
    return {
        "profile": data.get("profile"),
        "law_date": data.get("law_date"),
        "tone": data.get("tone"),
        "readability": data.get("readability"),
        "findings": [{k: f.get(k) for k in keep} for f in data.get("findings", [])],
    }


@never_cache
def check(request: HttpRequest) -> HttpResponse:
    can_save = bool(request.user.is_authenticated)
    if request.method != "POST":
        return render(request, "brieven/check.html", {"form": LetterForm(can_save=can_save)})
    form = LetterForm(request.POST, request.FILES, can_save=can_save)
    valid = form.is_valid()
    if upload_too_large(request):
        form.errors.pop("__all__", None)  # "choose a file" would be confusing: the file was too large
        form.add_error("bestand", _too_large_message())
        valid = False
    if not valid:
        return render(request, "brieven/check.html", {"form": form}, status=400)
    upload = form.cleaned_data.get("bestand")
    warnings: tuple[str, ...] = ()
    try:
        if upload is not None:
            letter = read_letter_bytes(
                upload.read(), upload.name or "brief", Limits(max_bytes=int(settings.UPLOAD_MAX_BYTES))
            )
            text, warnings, name = letter.text, letter.warnings, letter.name
        else:
            text, name = form.cleaned_data["tekst"], ""
    except ReadError as exc:
        form.add_error("bestand", exc.message)
        return render(request, "brieven/check.html", {"form": form}, status=400)
    finally:
        if upload is not None:
            upload.close()
    result = check_letter(text, form.cleaned_data.get("soort") or None, letter_id=name)
    result.warnings.extend(warnings)
    saved = None
    if can_save and form.cleaned_data.get("bewaren"):
        title = (form.cleaned_data.get("titel") or name or "Brief").strip()[:200]
        saved = SavedLetterCheck.objects.create(
            owner=request.user,
            title=title,
            profile=result.profile.profile,
            law_date=result.law_date,
            result=_outcome(result.to_dict()),
        )
    context = report_context(result)
    context.update({"form": LetterForm(can_save=can_save), "saved": saved, "name": name})
    return render(request, "brieven/report.html", context)


@never_cache
@login_required
def saved(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(SavedLetterCheck, pk=pk, owner=request.user)
    return render(request, "brieven/saved.html", {"item": item, "findings": saved_summary(item.result)})
