"""`toegang web ...` maps our command names onto Django's."""

from __future__ import annotations

from toegang.cli.web import django_argv


def test_aliases_and_pass_through() -> None:
    assert django_argv(["import-meting", "out/demo"]) == ["toegang web", "import_meting", "out/demo"]
    assert django_argv(["migrate"]) == ["toegang web", "migrate"]
    assert django_argv([]) == ["toegang web", "help"]
