# ruff: noqa: RUF012  (Django's Meta, Migration and form class attributes are mutable by convention)
"""Store what the pages used to work out per request: the national map and the quotes in context.

Measurements imported before this migration get both filled in here, the same way the importer does it. The
model options only switch lists for tuples (no change in the database).
"""

from typing import Any

from django.db import migrations, models

from toegang.web.monitor.maps import draw_map
from toegang.web.monitor.quotes import quotes_in_context


def derive(apps: Any, schema_editor: Any) -> None:
    measurement_model = apps.get_model("monitor", "Measurement")
    result_model = apps.get_model("monitor", "GemeenteResult")
    rule_model = apps.get_model("monitor", "GemeenteRuleResult")
    page_model = apps.get_model("monitor", "Page")
    for measurement in measurement_model.objects.all():
        rows = result_model.objects.filter(measurement=measurement).values_list(
            "gemeente__code", "score", "measured"
        )
        measurement.map_html = draw_map(
            {code: (score if measured else None) for code, score, measured in rows}
        )
        measurement.save(update_fields=["map_html"])
        texts = dict(page_model.objects.filter(measurement=measurement).values_list("id", "text"))
        changed = []
        for rule in rule_model.objects.filter(result__measurement=measurement).only("evidence", "page_id"):
            rule.quotes = quotes_in_context(rule.evidence, texts.get(rule.page_id, ""))
            if rule.quotes:
                changed.append(rule)
        rule_model.objects.bulk_update(changed, ["quotes"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("monitor", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="gemeente",
            options={"ordering": ("name",), "verbose_name_plural": "gemeenten"},
        ),
        migrations.AlterModelOptions(
            name="gemeenteresult",
            options={"ordering": ("rank", "name")},
        ),
        migrations.AlterModelOptions(
            name="gemeenteruleresult",
            options={"ordering": ("position",)},
        ),
        migrations.AlterModelOptions(
            name="measurement",
            options={"get_latest_by": ("measured_on", "id"), "ordering": ("-measured_on", "-id")},
        ),
        migrations.AlterModelOptions(
            name="place",
            options={"ordering": ("name",)},
        ),
        migrations.AddField(
            model_name="gemeenteruleresult",
            name="quotes",
            field=models.JSONField(default=list, editable=False),
        ),
        migrations.AddField(
            model_name="measurement",
            name="map_html",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(derive, migrations.RunPython.noop),
    ]
