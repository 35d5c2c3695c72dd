from django.apps import AppConfig


class BrievenConfig(AppConfig):
    name = "toegang.web.brieven"
    label = "brieven"
    verbose_name = "Brieventoets"
