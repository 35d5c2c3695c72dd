"""Registry of gemeenten (CBS code, site, province, shared executing organisation), dated for mergers."""

from toegang.registry.load import load_registry, parse_gemeenten, parse_orgs
from toegang.registry.model import (
    ExecutingOrg,
    Gemeente,
    Registry,
    RegistryError,
    make_registry,
    normalise_code,
)

__all__ = [
    "ExecutingOrg",
    "Gemeente",
    "Registry",
    "RegistryError",
    "load_registry",
    "make_registry",
    "normalise_code",
    "parse_gemeenten",
    "parse_orgs",
]
