"""The coordinator's matching: build the core's dataclasses from the database and apply a confirmed choice.

The scoring and the assignment solver live in `toegang.matching`; this module only loads and stores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Count, Q

from toegang.matching import BatchResult, Match, Supporter, assign_batch, explain, propose
from toegang.web.ondersteuning.models import HelpRequest, SupporterProfile


def supporters_with_room() -> list[tuple[SupporterProfile, int]]:
    """Every available supporter with the number of places left (one query)."""
    rows = SupporterProfile.objects.filter(available=True).annotate(
        busy=Count("clients", filter=Q(clients__closed_on__isnull=True))
    )
    return [(row, max(row.capacity - row.busy, 0)) for row in rows]


def core_supporters(rows: Iterable[tuple[SupporterProfile, int]]) -> list[Supporter]:
    return [profile.as_supporter(room) for profile, room in rows]


@dataclass(frozen=True, slots=True)
class Proposal:
    profile: SupporterProfile
    match: Match


def ranked(request: HelpRequest, n: int = 5) -> list[Proposal]:
    """The best supporters for one request, highest score first, each with its reasons."""
    rows = supporters_with_room()
    by_id = {str(p.pk): p for p, _room in rows}
    return [
        Proposal(by_id[m.supporter_id], m) for m in propose(request.as_request(), core_supporters(rows), n)
    ]


@dataclass(frozen=True, slots=True)
class BatchLine:
    request: HelpRequest
    profile: SupporterProfile | None
    match: Match | None


def batch_proposal(requests: Iterable[HelpRequest]) -> tuple[list[BatchLine], BatchResult]:
    """An optimal assignment of the open requests (not greedy: the core's assignment solver)."""
    open_requests = list(requests)
    rows = supporters_with_room()
    supporters = core_supporters(rows)
    core_requests = [r.as_request() for r in open_requests]
    result = assign_batch(core_requests, supporters)
    reasons = explain(result, core_requests, supporters)
    by_request = {str(r.pk): r for r in open_requests}
    by_supporter = {str(p.pk): p for p, _room in rows}
    lines = [
        BatchLine(
            by_request[a.request_id],
            by_supporter.get(a.supporter_id) if a.supporter_id else None,
            reasons.get(a.request_id),
        )
        for a in result.assignments
    ]
    return lines, result


def assign(request: HelpRequest, profile: SupporterProfile, on: date) -> bool:
    """Give the request's client to `profile` if the request is still open and the supporter has room."""
    with transaction.atomic():
        fresh = HelpRequest.objects.select_for_update().select_related("client").get(pk=request.pk)
        if fresh.assigned_on is not None or fresh.closed_on is not None:
            return False
        if fresh.client.supporter_id != profile.pk and profile.room() <= 0:
            return False
        fresh.client.supporter = profile
        fresh.client.save(update_fields=["supporter"])
        fresh.assigned_on = on
        fresh.save(update_fields=["assigned_on"])
    return True
