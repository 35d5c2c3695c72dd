"""The dated registry of gemeenten: who exists on a date, their site and who carries out their bijstand.

Gemeenten merge; the registry never deletes one. An old gemeente keeps its row with a `valid_to`, the new one
starts with a `valid_from`, so a measurement of 2026 and one of 2019 each see the gemeenten of their own date.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from toegang.i18n import _

_CODE_RE = re.compile(r"^GM\d{4}$")


class RegistryError(ValueError):
    """A registry file or lookup that cannot be used; the message is Dutch because users see it."""


def normalise_code(code: str) -> str:
    """Accept `GM0363`, `gm0363`, `0363` and `363` for the same CBS gemeentecode."""
    text = code.strip().upper()
    if text.startswith("GM"):
        text = text[2:]
    if not text.isdigit() or len(text) > 4:
        raise RegistryError(_("Dit is geen CBS-gemeentecode: {code}. Voorbeeld: GM0363.").format(code=code))
    return "GM" + text.zfill(4)


@dataclass(frozen=True, slots=True)
class ExecutingOrg:
    """A shared body (werkplein, ISD, sociale dienst) that carries out the Participatiewet for several
    gemeenten."""

    name: str
    website: str | None = None
    source: str = ""

    @property
    def home_url(self) -> str | None:
        return _home_url(self.website) if self.website else None


@dataclass(frozen=True, slots=True)
class Gemeente:
    """One gemeente in one period. `valid_to` is the last day it existed (inclusive); None means it still
    does."""

    code: str
    name: str
    province: str
    website: str
    executing_org: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if not _CODE_RE.match(self.code):
            raise RegistryError(_("Ongeldige gemeentecode: {code}.").format(code=self.code))
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise RegistryError(_("{code}: de einddatum ligt voor de begindatum.").format(code=self.code))

    def valid_on(self, day: date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)

    @property
    def home_url(self) -> str:
        return _home_url(self.website)


def _home_url(website: str) -> str:
    site = website.strip()
    if "://" in site:
        return site if site.endswith("/") else site + "/"
    return f"https://{site.rstrip('/')}/"


@dataclass(frozen=True)
class Registry:
    """All known gemeenten over time, plus the executing organisations they share."""

    gemeenten: tuple[Gemeente, ...]
    orgs: Mapping[str, ExecutingOrg] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_code: dict[str, list[Gemeente]] = {}
        for g in self.gemeenten:
            by_code.setdefault(g.code, []).append(g)
        for code, versions in by_code.items():
            ordered = sorted(versions, key=lambda g: g.valid_from or date.min)
            for before, after in itertools.pairwise(ordered):
                if before.valid_to is None or after.valid_from is None or before.valid_to >= after.valid_from:
                    raise RegistryError(
                        _("{code} staat meer dan eens in het register voor dezelfde periode.").format(
                            code=code
                        )
                    )

    def __iter__(self) -> Iterator[Gemeente]:
        return iter(self.gemeenten)

    def __len__(self) -> int:
        return len(self.gemeenten)

    def on(self, day: date) -> Registry:
        """The gemeenten that existed on `day` (a merger date shows the new gemeente, not the old ones)."""
        return Registry(tuple(g for g in self.gemeenten if g.valid_on(day)), self.orgs)

    def get(self, code: str, on: date | None = None) -> Gemeente:
        """The version of a gemeente valid on `on`; without a date the newest version."""
        wanted = normalise_code(code)
        versions = [g for g in self.gemeenten if g.code == wanted]
        if on is not None:
            versions = [g for g in versions if g.valid_on(on)]
        if not versions:
            raise RegistryError(_("Gemeente {code} staat niet in het register.").format(code=wanted))
        return max(versions, key=lambda g: g.valid_from or date.min)

    def find(self, query: str) -> list[Gemeente]:
        """Gemeenten whose code or name matches `query` (case-insensitive, part of the name is enough)."""
        try:
            code = normalise_code(query)
        except RegistryError:
            code = ""
        needle = query.strip().casefold()
        exact = [g for g in self.gemeenten if g.code == code or g.name.casefold() == needle]
        if exact:
            return exact
        return [g for g in self.gemeenten if needle in g.name.casefold()]

    def provinces(self) -> list[str]:
        return sorted({g.province for g in self.gemeenten})

    def in_province(self, province: str) -> Registry:
        wanted = province.strip().casefold()
        return Registry(tuple(g for g in self.gemeenten if g.province.casefold() == wanted), self.orgs)

    def org(self, name: str) -> ExecutingOrg:
        """The executing organisation by name; one without known details is still returned (website None)."""
        return self.orgs.get(name) or ExecutingOrg(name=name)

    def by_executing_org(self) -> dict[str, list[Gemeente]]:
        """Members per shared executing organisation: its site is measured once and credited to each
        member."""
        groups: dict[str, list[Gemeente]] = {}
        for g in sorted(self.gemeenten, key=lambda g: g.code):
            if g.executing_org:
                groups.setdefault(g.executing_org, []).append(g)
        return dict(sorted(groups.items()))

    def members(self, org_name: str) -> list[Gemeente]:
        return self.by_executing_org().get(org_name, [])


def make_registry(gemeenten: Iterable[Gemeente], orgs: Iterable[ExecutingOrg] = ()) -> Registry:
    return Registry(tuple(gemeenten), {o.name: o for o in orgs})
