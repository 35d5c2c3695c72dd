"""Requests for support and supporters as plain data, and the match between them with its reasons."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from toegang.i18n import _


class Channel(StrEnum):
    """How client and supporter meet."""

    TELEFOON = "telefoon"
    VIDEO = "video"
    THUIS = "thuis"  # a visit at home
    SPREEKUUR = "spreekuur"  # at a walk-in desk


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.TELEFOON: "telefonisch",
    Channel.VIDEO: "via video",
    Channel.THUIS: "bij de cliënt thuis",
    Channel.SPREEKUUR: "op het spreekuur",
}

LANGUAGE_NAMES: dict[str, str] = {
    "nl": "Nederlands",
    "en": "Engels",
    "ar": "Arabisch",
    "tr": "Turks",
    "pl": "Pools",
    "ti": "Tigrinya",
    "uk": "Oekraïens",
    "ru": "Russisch",
    "fa": "Perzisch",
    "prs": "Dari",
    "so": "Somalisch",
    "zgh": "Tamazight (Berbers)",
    "pap": "Papiaments",
    "srn": "Sranantongo",
    "es": "Spaans",
    "fr": "Frans",
    "de": "Duits",
    "pt": "Portugees",
    "ro": "Roemeens",
    "bg": "Bulgaars",
    "ku": "Koerdisch",
    "zh": "Chinees",
}
"""Dutch names of common languages by ISO 639 code; other codes are shown as they are."""


def language_name(code: str) -> str:
    return _(LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def channel_label(channel: Channel) -> str:
    return _(CHANNEL_LABELS[channel])


@dataclass(frozen=True, slots=True)
class SupportRequest:
    """A client's open request for a supporter.

    `languages` in order of preference, the first is the client's best language. `interpreter` is True when an
    interpreter can join, so a supporter without a shared language is still possible.
    """

    id: str
    languages: tuple[str, ...]
    district: str | None = None
    topics: frozenset[str] = frozenset()
    channel: Channel | None = None
    interpreter: bool = False


@dataclass(frozen=True, slots=True)
class Supporter:
    """A supporter and what they offer; `capacity` is the number of clients they can still take on."""

    id: str
    languages: frozenset[str]
    districts: frozenset[str] = frozenset()
    expertise: frozenset[str] = frozenset()
    channels: frozenset[Channel] = frozenset()
    capacity: int = 0


class ReasonKind(StrEnum):
    LANGUAGE = "taal"
    INTERPRETER = "tolk"
    DISTRICT = "wijk"
    EXPERTISE = "kennis"
    CAPACITY = "ruimte"
    CHANNEL = "contact"


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason shown to the coordinator: what it is about, the Dutch text and the points it adds."""

    kind: ReasonKind
    text: str
    points: int
    positive: bool


@dataclass(frozen=True, slots=True)
class Match:
    """How well a supporter fits a request. An ineligible match has score 0 and says why in its reasons."""

    request_id: str
    supporter_id: str
    score: int
    eligible: bool
    reasons: tuple[Reason, ...]
