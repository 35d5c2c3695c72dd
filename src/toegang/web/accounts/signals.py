"""Feed the login throttle from Django's login signals (site login and admin login alike)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from toegang.web.accounts import throttle


@receiver(user_login_failed)
def _failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    throttle.register_failure(str(credentials.get("username") or ""), request)


@receiver(user_logged_in)
def _succeeded(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    throttle.reset(user.get_username(), request)
