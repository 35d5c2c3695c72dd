"""The rule catalogue: dated, sourced rules per profile, loaded from YAML and checked on load."""

from toegang.rules.catalogue import Catalogue
from toegang.rules.errors import CatalogueError, UnknownRuleError
from toegang.rules.loader import DEFAULT_ROOT, load_catalogue
from toegang.rules.model import IMPACTS, Impact, Rule, Source

__all__ = [
    "DEFAULT_ROOT",
    "IMPACTS",
    "Catalogue",
    "CatalogueError",
    "Impact",
    "Rule",
    "Source",
    "UnknownRuleError",
    "load_catalogue",
]
