"""The loaded rule catalogue: look up the rule versions that hold on a law date, per profile."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from toegang.i18n import _
from toegang.rules.errors import UnknownRuleError
from toegang.rules.model import Rule

__all__ = ["Catalogue", "UnknownRuleError"]


class Catalogue:
    """All versions of all rules, checked by the loader: per id sorted by date, without overlaps or gaps.

    Lookups are cached per (profile, date) because the audit asks for the same set for every page.
    """

    def __init__(
        self,
        versions: Mapping[str, Sequence[Rule]],
        order: Mapping[str, Sequence[str]],
        titles: Mapping[str, str] | None = None,
        root: Path | None = None,
    ) -> None:
        self._versions: dict[str, tuple[Rule, ...]] = {
            rule_id: tuple(sorted(rules, key=lambda rule: rule.valid_from))
            for rule_id, rules in versions.items()
        }
        self._order: dict[str, tuple[str, ...]] = {profile: tuple(ids) for profile, ids in order.items()}
        self._titles: dict[str, str] = dict(titles or {})
        self.root = root
        self._by_day: dict[tuple[str, date], tuple[Rule, ...]] = {}

    def profiles(self) -> list[str]:
        """The profile names, sorted."""
        return sorted(self._order)

    def profile_title(self, profile: str) -> str | None:
        """The Dutch title a profile manifest gives, if any."""
        self._check_profile(profile)
        return self._titles.get(profile)

    def ids(self, profile: str) -> list[str]:
        """The rule ids of a profile in report order (the order of shared/domain/rules.md)."""
        self._check_profile(profile)
        return list(self._order[profile])

    def rules(self, profile: str, on: date) -> list[Rule]:
        """The versions of `profile` valid on `on`, in report order (empty before the catalogue starts)."""
        key = (profile, on)
        found = self._by_day.get(key)
        if found is None:
            self._check_profile(profile)
            found = tuple(
                rule
                for rule_id in self._order[profile]
                for rule in self._versions[rule_id]
                if rule.valid_on(on)
            )
            self._by_day[key] = found
        return list(found)

    def rule(self, id: str, on: date) -> Rule:
        """The version of rule `id` valid on `on`; UnknownRuleError when there is none."""
        versions = self.versions(id)
        for rule in versions:
            if rule.valid_on(on):
                return rule
        raise UnknownRuleError(
            _("Regel '{id}' geldt niet op {day}. Deze regel geldt van {start} tot en met {end}.").format(
                id=id,
                day=on.isoformat(),
                start=versions[0].valid_from.isoformat(),
                end=versions[-1].valid_to.isoformat() if versions[-1].valid_to else _("nu"),
            )
        )

    def versions(self, id: str) -> list[Rule]:
        """Every version of rule `id`, oldest first; UnknownRuleError for an unknown id."""
        try:
            return list(self._versions[id])
        except KeyError:
            raise UnknownRuleError(_("Onbekende regel '{id}'.").format(id=id)) from None

    def all_rules(self) -> list[Rule]:
        """Every version of every rule: profiles sorted, then report order, then oldest first."""
        return [
            rule
            for profile in self.profiles()
            for rule_id in self._order[profile]
            for rule in self._versions[rule_id]
        ]

    def __contains__(self, id: object) -> bool:
        return id in self._versions

    def __len__(self) -> int:
        """The number of rule ids (not versions)."""
        return len(self._versions)

    def _check_profile(self, profile: str) -> None:
        if profile not in self._order:
            raise UnknownRuleError(
                _("Onbekend profiel '{profile}'. Bekende profielen: {known}.").format(
                    profile=profile, known=", ".join(self.profiles()) or "-"
                )
            )
