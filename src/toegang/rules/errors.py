"""Errors of the rule catalogue. Their messages are Dutch: the CLI and the web app show them as they are."""

from __future__ import annotations

from collections.abc import Sequence


class CatalogueError(ValueError):
    """The catalogue cannot be used. `problems` has one Dutch line per problem: file, rule, field, what."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


class UnknownRuleError(KeyError):
    """A rule id, profile or law date the catalogue has no rule version for."""

    def __str__(self) -> str:
        # KeyError would show the repr of its argument; callers print this message to users.
        return str(self.args[0]) if self.args else ""
