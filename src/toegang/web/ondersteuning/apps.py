from django.apps import AppConfig


class OndersteuningConfig(AppConfig):
    name = "toegang.web.ondersteuning"
    label = "ondersteuning"
    verbose_name = "Cliëntondersteuning"
