"""The test suite: SQLite in memory unless DATABASE_URL points elsewhere (PostgreSQL runs), fast hashing."""

from __future__ import annotations

import os

from toegang.web.dburl import parse_database_url
from toegang.web.settings.base import *  # noqa: F403
from toegang.web.settings.base import PASSWORD_HASHERS

SECRET_KEY = "test-only-insecure-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DATABASES = {"default": parse_database_url(os.environ.get("DATABASE_URL") or "sqlite://:memory:")}
DATABASES["default"]["CONN_MAX_AGE"] = 0
# Argon2 stays first (a test checks it); MD5 is only for the fixture users the tests make in bulk.
PASSWORD_HASHERS = [*PASSWORD_HASHERS, "django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
