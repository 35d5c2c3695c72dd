"""Agenda suggestions for a meeting, drawn from what is open: signal themes, advice without a reaction and
promises past their deadline. What is already on the meeting's agenda is not suggested again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Count, Max, Q, Sum

from toegang.i18n import _
from toegang.web.raad import models as m


@dataclass(frozen=True, slots=True)
class Suggestion:
    key: str  # the checkbox value: "thema-brieven", "advies-12", "toezegging-3"
    title: str
    signal_id: int | None = None
    advice_id: int | None = None
    promise_id: int | None = None

    def fields(self) -> dict[str, Any]:
        return {
            "title": self.title[:300],
            "signal_id": self.signal_id,
            "advice_id": self.advice_id,
            "promise_id": self.promise_id,
        }


def agenda_suggestions(council: m.Council, meeting: m.Meeting, today: date | None = None) -> list[Suggestion]:
    day = today or date.today()
    items = meeting.agenda.all()
    taken = {
        f"thema-{theme}"
        for theme in items.filter(signal__isnull=False).values_list("signal__theme", flat=True)
    }
    taken |= {f"advies-{pk}" for pk in items.filter(advice__isnull=False).values_list("advice_id", flat=True)}
    taken |= {
        f"toezegging-{pk}" for pk in items.filter(promise__isnull=False).values_list("promise_id", flat=True)
    }
    out: list[Suggestion] = []
    themes = (
        m.Signal.objects.filter(council=council, handled=False)
        .values("theme")
        .annotate(n=Count("id"), people=Sum("people"), newest=Max("id"))
        .order_by("-n", "theme")
    )
    for row in themes:
        label = m.THEME_LABELS.get(row["theme"], row["theme"])
        title = _("Open signalen over {theme}: {n} signalen, {people} mensen").format(
            theme=str(label).lower(), n=row["n"], people=row["people"] or 0
        )
        out.append(Suggestion(f"thema-{row['theme']}", title, signal_id=row["newest"]))
    advice = m.Advice.objects.filter(council=council, sent_on__isnull=False, reaction_on__isnull=True)
    for item in advice.order_by("sent_on")[:50]:
        title = _("Advies zonder reactie: {subject}").format(subject=item.subject)
        out.append(Suggestion(f"advies-{item.pk}", title, advice_id=item.pk))
    promises = m.Promise.objects.filter(council=council).filter(
        Q(status=m.Promise.OVERDUE) | Q(status=m.Promise.OPEN, due_on__lt=day)
    )
    for promise in promises.order_by("due_on")[:50]:
        title = _("Toezegging te laat (was {due:%d-%m-%Y}): {what}").format(
            due=promise.due_on, what=promise.what[:200]
        )
        out.append(Suggestion(f"toezegging-{promise.pk}", title, promise_id=promise.pk))
    return [s for s in out if s.key not in taken]
