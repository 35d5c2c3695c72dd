"""Tracks as the core sees them: deadlines of one track and the worklist of one week, loaded in few queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from django.db.models import Prefetch

from toegang.law.parameters import Parameters, load_parameters
from toegang.law.track import Deadline, Track, WorkItem, deadlines, worklist
from toegang.web.ondersteuning.models import TrackEvent, Traject


@lru_cache(maxsize=1)
def parameters() -> Parameters:
    """The dated parameters, read once per process (the YAML ships with the package)."""
    return load_parameters()


def track_deadlines(traject: Traject, on: date) -> tuple[Deadline, ...]:
    return deadlines(traject.as_track(), on, params=parameters())


def open_rows(user: Any) -> list[Traject]:
    """The user's tracks that are not closed, with client, supporter and events (two queries)."""
    return list(
        Traject.objects.visible_to(user)
        .exclude(status="afgesloten")
        .select_related("client", "client__supporter")
        .prefetch_related(Prefetch("events", queryset=TrackEvent.objects.order_by("on", "pk")))
    )


def open_tracks(user: Any) -> list[Track]:
    return [row.as_track(list(row.events.all())) for row in open_rows(user)]


def week_of(text: str | None, today: date) -> tuple[int, int]:
    """An ISO week from "2026-W49" (or "2026-49"); this week when absent or wrong."""
    if text:
        year, _sep, week = text.upper().replace("W", "").partition("-")
        try:
            date.fromisocalendar(int(year), int(week), 1)
            return int(year), int(week)
        except ValueError:
            pass
    iso = today.isocalendar()
    return iso.year, iso.week


@dataclass(frozen=True, slots=True)
class Week:
    items: dict[str | None, tuple[WorkItem, ...]]  # per supporter id, as `toegang.law.track.worklist`
    pseudonyms: dict[str, str]  # client id -> pseudonym
    names: dict[str, str]  # supporter id -> name


def week_items(user: Any, week: tuple[int, int]) -> Week:
    """The worklist of `week` for what the user may see, with the names to show (two queries in all)."""
    rows = open_rows(user)
    items = worklist((row.as_track(list(row.events.all())) for row in rows), week, params=parameters())
    pseudonyms = {str(row.client_id): row.client.pseudonym for row in rows}
    names = {str(row.client.supporter_id): row.client.supporter.name for row in rows if row.client.supporter}
    return Week(items, pseudonyms, names)
