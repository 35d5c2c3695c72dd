"""Production: HTTPS only, secrets from the environment. `python -m django check --deploy` is clean with it.

Required: TOEGANG_SECRET_KEY (50+ random characters), TOEGANG_ALLOWED_HOSTS, DATABASE_URL.
Behind a TLS-terminating proxy set TOEGANG_BEHIND_PROXY=1 so Django trusts X-Forwarded-Proto.
Static files: `toegang web collectstatic` fills TOEGANG_STATIC_ROOT; the front web server serves /static/.
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

from toegang.web.settings.base import *  # noqa: F403
from toegang.web.settings.base import env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("TOEGANG_SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("TOEGANG_SECRET_KEY must be set to at least 50 random characters")
ALLOWED_HOSTS = env_list("TOEGANG_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]

SECURE_SSL_REDIRECT = env_bool("TOEGANG_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 365 * 24 * 3600
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 8 * 3600
if env_bool("TOEGANG_BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
