"""Figures for the client council: aggregates only, and every count under `SMALL` is hidden.

A count of 1 to 4 in a cell (a district and a theme, say) could point at one person, so such cells are shown as
"fewer than 5" and left out of nothing else: totals are computed on all rows and suppressed the same way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from statistics import median

from django.db.models import Prefetch

from toegang.i18n import _
from toegang.law.track import DeadlineKind, DeadlineStatus, deadlines
from toegang.web.ondersteuning.models import TOPICS, HelpRequest, TrackEvent, Traject
from toegang.web.ondersteuning.tracks import parameters

SMALL = 5


def shown(count: int) -> int | None:
    """The count, or None when it is 1 to 4 (shown as "minder dan 5"); 0 is shown as 0."""
    return None if 0 < count < SMALL else count


@dataclass(frozen=True, slots=True)
class Figures:
    topics: list[tuple[str, str]]
    districts: list[tuple[str, list[int | None], int | None]]  # district, count per topic, total
    waiting: list[tuple[str, int | None, float | None]]  # district, requests assigned, median days
    tracks: int | None
    late_voorschot: int | None
    late_decision: int | None


def council_figures(today: date) -> Figures:
    requests = HelpRequest.objects.select_related("client").only(
        "topics", "created", "assigned_on", "client__district"
    )
    cells: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    waits: dict[str, list[int]] = {}
    for request in requests:
        district = request.client.district or _("onbekend")
        totals[district] += 1
        for topic in request.topics:
            cells[(district, topic)] += 1
        if request.assigned_on is not None:
            waits.setdefault(district, []).append((request.assigned_on - request.created).days)
    topic_codes = [code for code, _label in TOPICS]
    districts = [(d, [shown(cells[(d, t)]) for t in topic_codes], shown(totals[d])) for d in sorted(totals)]
    waiting = []
    for district in sorted(waits):
        days = waits[district]
        count = shown(len(days))
        waiting.append((district, count, float(median(days)) if count is not None else None))

    late_voorschot = late_decision = 0
    rows = Traject.objects.select_related("client").prefetch_related(
        Prefetch("events", queryset=TrackEvent.objects.order_by("on", "pk"))
    )
    count = 0
    for row in rows:
        count += 1
        found = deadlines(row.as_track(list(row.events.all())), today, params=parameters())
        missed = {d.kind for d in found if d.status is DeadlineStatus.MISSED}
        late_voorschot += DeadlineKind.VOORSCHOT in missed
        late_decision += DeadlineKind.BESLISTERMIJN in missed
    return Figures(
        topics=TOPICS,
        districts=districts,
        waiting=waiting,
        tracks=shown(count),
        late_voorschot=shown(late_voorschot),
        late_decision=shown(late_decision),
    )
