"""The suite runs on the database DATABASE_URL names; the PostgreSQL probe fails loudly when CI needs it."""

from __future__ import annotations

import os

import pytest
from django.db import connection

from toegang.web import pgprobe


@pytest.mark.django_db
def test_the_tests_run_on_the_database_that_was_asked_for() -> None:
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres", "pgsql", "psql")) else "sqlite"
    assert connection.vendor == expected


def test_probe_fails_loudly_when_postgres_is_required_but_absent(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TOEGANG_TEST_POSTGRES", "postgres://nobody@127.0.0.1:1/none")
    monkeypatch.setenv("TOEGANG_REQUIRE_POSTGRES", "1")
    assert pgprobe.main([]) == 1
    assert "required" in capsys.readouterr().err


def test_probe_prints_nothing_when_postgres_is_optional_and_absent(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TOEGANG_TEST_POSTGRES", "postgres://nobody@127.0.0.1:1/none")
    monkeypatch.delenv("TOEGANG_REQUIRE_POSTGRES", raising=False)
    assert pgprobe.main([]) == 0
    assert capsys.readouterr().out == ""
