"""DATABASE_URL → Django DATABASES entry, for the two databases we support (SQLite and PostgreSQL).

Ten lines of our own instead of a dependency: we need only these two schemes, and a clear error for others.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

_POSTGRES = {"postgres", "postgresql", "pgsql", "psql"}


def parse_database_url(url: str) -> dict[str, Any]:
    """`sqlite:///relative.db`, `sqlite:////absolute.db`, `sqlite://:memory:` or
    `postgres://user:password@host:port/name?sslmode=require` (query options go to OPTIONS)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        if parts.netloc == ":memory:" or parts.path in ("", "/", "/:memory:"):
            name = ":memory:"
        else:
            name = unquote(parts.path[1:])  # sqlite:///x.db → x.db, sqlite:////tmp/x.db → /tmp/x.db
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
    if scheme in _POSTGRES:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": unquote(parts.hostname or ""),
            "PORT": str(parts.port or ""),
            "OPTIONS": dict(parse_qsl(parts.query)),
            "CONN_MAX_AGE": 60,
        }
    raise ValueError(
        f"Unsupported DATABASE_URL scheme {scheme!r}: use sqlite:///path or postgres://user@host/name"
    )
