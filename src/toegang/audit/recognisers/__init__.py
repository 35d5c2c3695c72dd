"""One recogniser per rule id, registered with `@recogniser("id")` (the plugin-registry pattern of Open Forms).

A recogniser reads a prepared Document and the rule version valid on the law date (its `params` carry the
legal numbers, so no term or percentage is written into code) and returns an Outcome. Precision comes first:
a recogniser answers `wrong` only on a statement it can quote, never on an absence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from toegang.audit.document import Document, Sentence
from toegang.audit.model import Status
from toegang.rules.model import Rule


@dataclass(frozen=True, slots=True)
class Outcome:
    status: Status
    evidence: tuple[Sentence, ...] = ()
    reason: str = ""  # Dutch: why this status (names what the page says and what the law says)
    notes: tuple[str, ...] = field(default=())


Recogniser = Callable[[Document, Rule], Outcome]
REGISTRY: dict[str, Recogniser] = {}


def recogniser(rule_id: str) -> Callable[[Recogniser], Recogniser]:
    def register(func: Recogniser) -> Recogniser:
        if rule_id in REGISTRY:
            raise ValueError(f"two recognisers for rule {rule_id}")
        REGISTRY[rule_id] = func
        return func

    return register


def absent() -> Outcome:
    return Outcome("absent")


def load_all() -> dict[str, Recogniser]:
    """Import every recogniser module so their decorators run."""
    from toegang.audit.recognisers import jongeren, melding, procedure, voorschot  # noqa: F401

    return REGISTRY
