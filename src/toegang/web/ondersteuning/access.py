"""Role gates and the logged lookup of a client file: every view of a file, and every refusal, is logged."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from toegang.i18n import _
from toegang.web.accounts.roles import BEHEERDER, COORDINATOR, ONDERSTEUNER, RAADSLID
from toegang.web.ondersteuning.models import AccessLog, Client, Traject, roles_of

View = Callable[..., HttpResponse]

DESK = (BEHEERDER, COORDINATOR, ONDERSTEUNER)
POOL = (BEHEERDER, COORDINATOR)
FIGURES = (BEHEERDER, COORDINATOR, RAADSLID)


def role_required(*roles: str) -> Callable[[View], View]:
    """Log in first; then a user without one of `roles` gets 403."""

    def decorate(view: View) -> View:
        @wraps(view)
        @login_required
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not roles_of(request.user) & set(roles):
                raise PermissionDenied(_("U heeft geen toegang tot deze pagina."))
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def log_access(request: HttpRequest, client_id: int, action: str) -> None:
    AccessLog.objects.create(
        user=request.user if request.user.is_authenticated else None,
        client_id=client_id,
        action=action,
        path=request.path[:300],
    )


def client_for(request: HttpRequest, pk: int, action: str = AccessLog.Action.VIEW) -> Client:
    """The client file if this user may see it (logged as `action`); else 404, logged as denied.

    A 404 rather than 403, so nobody learns whether a file with that number exists.
    """
    client = Client.objects.visible_to(request.user).select_related("supporter").filter(pk=pk).first()
    if client is None:
        log_access(request, pk, AccessLog.Action.DENIED)
        raise Http404(_("Dit dossier bestaat niet of u mag het niet zien."))
    log_access(request, client.pk, action)
    return client


def traject_for(request: HttpRequest, pk: int) -> Traject:
    """A track if its client file is visible (the view is logged on the client); else 404, logged as denied."""
    traject = (
        Traject.objects.visible_to(request.user)
        .select_related("client", "client__supporter")
        .filter(pk=pk)
        .first()
    )
    if traject is None:
        owner = Traject.objects.filter(pk=pk).values_list("client_id", flat=True).first()
        log_access(request, owner if owner is not None else -pk, AccessLog.Action.DENIED)
        raise Http404(_("Dit traject bestaat niet of u mag het niet zien."))
    log_access(request, traject.client_id, AccessLog.Action.VIEW)
    return traject
