from django.apps import AppConfig


class RechtenConfig(AppConfig):
    name = "toegang.web.rechten"
    label = "rechten"
    verbose_name = "Rechtenwijzer"
