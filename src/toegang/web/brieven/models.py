"""A letter check that a logged-in user chose to keep: the outcome only, never the letter or the file."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class SavedLetterCheck(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_letter_checks"
    )
    created = models.DateTimeField(auto_now_add=True)
    title = models.CharField(max_length=200)
    profile = models.CharField(max_length=40)
    law_date = models.DateField()
    result = models.JSONField(default=dict)  # LetterCheck.to_dict() without the letter text

    class Meta:
        ordering = ("-created",)
        verbose_name = "bewaarde brieventoets"
        verbose_name_plural = "bewaarde brieventoetsen"

    def __str__(self) -> str:
        return self.title
