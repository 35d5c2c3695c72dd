"""Raise a council's version whenever one of its records changes, so the member page cache never shows old
data. (Django signals, not the council's signals from the achterban.)"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save

from toegang.web.raad import models as m


def _council_id(instance: Any) -> int | None:
    if isinstance(instance, m.Council):
        return None  # the council's own save already changes what the pages show through its fields
    if isinstance(instance, m.PromiseEvent):
        return int(
            m.Promise.objects.filter(pk=instance.promise_id).values_list("council_id", flat=True).first() or 0
        )
    if isinstance(instance, m.AgendaItem):
        return int(
            m.Meeting.objects.filter(pk=instance.meeting_id).values_list("council_id", flat=True).first() or 0
        )
    return getattr(instance, "council_id", None)


def touch(sender: Any, instance: Any, **kwargs: Any) -> None:
    council_id = _council_id(instance)
    if council_id:
        m.Council(pk=council_id).touch()


WATCHED = (m.Membership, m.Signal, m.Advice, m.Promise, m.PromiseEvent, m.Meeting, m.AgendaItem)


def connect() -> None:
    for model in WATCHED:
        post_save.connect(touch, sender=model, dispatch_uid=f"raad-touch-save-{model.__name__}")
        post_delete.connect(touch, sender=model, dispatch_uid=f"raad-touch-delete-{model.__name__}")
    m2m_changed.connect(touch, sender=m.Advice.signals.through, dispatch_uid="raad-touch-advice-signals")
