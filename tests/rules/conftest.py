"""Builders for small catalogues written to tmp_path, so loader tests need no packaged data."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

BASE_RULE: dict[str, Any] = {
    "id": "demo.regel",
    "title": "Een regel om te testen",
    "impact": "serious",
    "valid_from": date(2015, 1, 1),
    "valid_to": None,
    "sources": [
        {
            "law": "Participatiewet",
            "bwb": "BWBR0015703",
            "article": "52",
            "lid": "1",
            "url": "https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel52",
            "brief": "R-VOOR-01",
        }
    ],
    "present": "De pagina noemt het.",
    "wrong": "De pagina zegt iets anders.",
    "not_applicable": None,
    "fix": "Schrijf het op.",
    "explain": "Dit is uw recht.",
    "params": {},
}

RuleMaker = Callable[..., dict[str, Any]]
CatalogueWriter = Callable[[dict[str, Any]], Path]


@pytest.fixture
def make_rule() -> RuleMaker:
    """A valid rule entry; keyword arguments replace fields."""

    def make(**changes: Any) -> dict[str, Any]:
        entry = copy.deepcopy(BASE_RULE)
        entry.update(changes)
        return entry

    return make


@pytest.fixture
def write_catalogue(tmp_path: Path) -> CatalogueWriter:
    """Write {relative path: YAML data or raw text} under tmp_path/catalogue and return that folder."""

    def write(files: dict[str, Any]) -> Path:
        root = tmp_path / "catalogue"
        for relative, content in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            text = content if isinstance(content, str) else yaml.safe_dump(content, allow_unicode=True)
            path.write_text(text, encoding="utf-8")
        return root

    return write
