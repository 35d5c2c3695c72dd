"""The model backend with the login throttle in front of it."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from toegang.web.accounts import throttle


class ThrottledModelBackend(ModelBackend):
    """Refuses to check the password at all while the (user name, IP) pair is throttled.

    PermissionDenied stops Django trying other backends and sends `user_login_failed`, so a throttled pair
    stays throttled for as long as someone keeps trying.
    """

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        name = username if username is not None else kwargs.get("email") or ""
        if throttle.is_blocked(str(name), request):
            raise PermissionDenied("login throttled")
        return super().authenticate(request, username=username, password=password, **kwargs)
