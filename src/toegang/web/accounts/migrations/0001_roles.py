# ruff: noqa: RUF012  (Django's Meta, Migration and form class attributes are mutable by convention)
"""Create the four role groups; the admin puts users in them."""

from __future__ import annotations

from typing import Any

from django.db import migrations

ROLE_NAMES = ("beheerder", "coördinator", "ondersteuner", "raadslid")


def create_roles(apps: Any, schema_editor: Any) -> None:
    group = apps.get_model("auth", "Group")
    for name in ROLE_NAMES:
        group.objects.get_or_create(name=name)


def remove_roles(apps: Any, schema_editor: Any) -> None:
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_NAMES).delete()


class Migration(migrations.Migration):
    dependencies = [("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_roles, remove_roles)]
