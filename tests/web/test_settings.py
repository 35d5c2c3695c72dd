"""Settings: DATABASE_URL parsing, password hashing, and `check --deploy` on the production settings."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings

from toegang.web.dburl import parse_database_url


def test_sqlite_urls() -> None:
    assert parse_database_url("sqlite://:memory:")["NAME"] == ":memory:"
    assert parse_database_url("sqlite:///out/web.db")["NAME"] == "out/web.db"
    assert parse_database_url("sqlite:////tmp/web.db")["NAME"] == "/tmp/web.db"
    assert parse_database_url("sqlite:///x.db")["ENGINE"] == "django.db.backends.sqlite3"


def test_postgres_url() -> None:
    config = parse_database_url("postgres://toegang:ge%40heim@db.example:6543/monitor?sslmode=require")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["USER"], config["PASSWORD"], config["HOST"], config["PORT"], config["NAME"]) == (
        "toegang",
        "ge@heim",
        "db.example",
        "6543",
        "monitor",
    )
    assert config["OPTIONS"] == {"sslmode": "require"}


def test_unknown_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="Unsupported"):
        parse_database_url("mysql://root@localhost/x")


def test_argon2_is_the_first_hasher() -> None:
    assert settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def _django(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("TOEGANG_", "DJANGO_"))}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "django", *args], capture_output=True, text=True, env=environment, timeout=120
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path: object) -> None:
    result = _django(
        ["check", "--deploy", "--fail-level", "DEBUG"],
        DJANGO_SETTINGS_MODULE="toegang.web.settings.production",
        TOEGANG_SECRET_KEY="x7#" * 20 + "dummy-secret-for-the-deploy-check",
        TOEGANG_ALLOWED_HOSTS="toegang.example.nl",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret() -> None:
    result = _django(["check"], DJANGO_SETTINGS_MODULE="toegang.web.settings.production")
    assert result.returncode != 0
    assert "TOEGANG_SECRET_KEY" in result.stderr
