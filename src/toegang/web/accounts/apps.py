from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "toegang.web.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from toegang.web.accounts import signals  # noqa: F401  (connects the throttle to login signals)
