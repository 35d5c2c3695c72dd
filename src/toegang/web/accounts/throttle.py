"""Login throttling: a counter of failed logins per (user name, IP address) in the cache.

After LOGIN_THROTTLE_ATTEMPTS failures within LOGIN_THROTTLE_SECONDS, logins for that pair are refused until
the window ends, even with the right password: guessing stays slow, and the real user from another address
is not locked out. The key is a hash, so user names never stand in the cache in plain text.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_ip(request: HttpRequest | None) -> str:
    """REMOTE_ADDR only: X-Forwarded-For is set by the client and cannot be trusted without a known proxy."""
    if request is None:
        return "-"
    return str(request.META.get("REMOTE_ADDR") or "-")


def _key(username: str, ip: str) -> str:
    digest = hashlib.sha256(f"{username.strip().casefold()}|{ip}".encode()).hexdigest()
    return f"login-fail:{digest}"


def failures(username: str, request: HttpRequest | None) -> int:
    return int(cache.get(_key(username, client_ip(request)), 0))


def is_blocked(username: str, request: HttpRequest | None) -> bool:
    return failures(username, request) >= int(settings.LOGIN_THROTTLE_ATTEMPTS)


def register_failure(username: str, request: HttpRequest | None) -> int:
    """Count one failed login; the window starts at the first failure and is not extended by later ones."""
    key = _key(username, client_ip(request))
    if cache.add(key, 1, timeout=int(settings.LOGIN_THROTTLE_SECONDS)):
        return 1
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=int(settings.LOGIN_THROTTLE_SECONDS))
        return 1


def reset(username: str, request: HttpRequest | None) -> None:
    cache.delete(_key(username, client_ip(request)))
