from django.apps import AppConfig


class RaadConfig(AppConfig):
    name = "toegang.web.raad"
    label = "raad"
    verbose_name = "Cliëntenraad"

    def ready(self) -> None:
        from toegang.web.raad.signals import connect

        connect()
