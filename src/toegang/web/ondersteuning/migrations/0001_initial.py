# ruff: noqa: RUF012  (Django's Migration class attributes are mutable by convention)

import datetime

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("monitor", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Client",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("pseudonym", models.CharField(max_length=60, verbose_name="schuilnaam")),
                ("district", models.CharField(blank=True, max_length=80, verbose_name="wijk")),
                (
                    "language",
                    models.CharField(
                        default="nl", help_text="Taalcode, zoals nl, ar.", max_length=8, verbose_name="taal"
                    ),
                ),
                ("other_languages", models.JSONField(blank=True, default=list, verbose_name="andere talen")),
                ("interpreter", models.BooleanField(default=False, verbose_name="tolk nodig")),
                (
                    "contact",
                    models.CharField(
                        choices=[
                            ("post", "Per post (brief op papier)"),
                            ("telefoon", "Per telefoon"),
                            ("email", "Per e-mail"),
                            ("persoonlijk", "In een gesprek"),
                        ],
                        default="post",
                        max_length=12,
                        verbose_name="contact voor brieven",
                    ),
                ),
                (
                    "group",
                    models.BooleanField(
                        default=False, help_text="Uit: alleen (individueel).", verbose_name="in een groep"
                    ),
                ),
                (
                    "email",
                    models.EmailField(
                        blank=True,
                        help_text="Alleen als de cliënt e-mail wil.",
                        max_length=254,
                        verbose_name="e-mailadres",
                    ),
                ),
                (
                    "address",
                    models.TextField(
                        blank=True, help_text="Alleen als de cliënt post wil.", verbose_name="adres"
                    ),
                ),
                ("created", models.DateTimeField(auto_now_add=True)),
                ("closed_on", models.DateField(blank=True, null=True, verbose_name="dossier gesloten op")),
                ("anonymised", models.BooleanField(default=False, editable=False)),
            ],
            options={
                "verbose_name": "cliënt",
                "verbose_name_plural": "cliënten",
                "ordering": ("pseudonym", "pk"),
            },
        ),
        migrations.CreateModel(
            name="AccessLog",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("client_id", models.BigIntegerField(db_index=True)),
                (
                    "action",
                    models.CharField(
                        choices=[
                            ("view", "bekeken"),
                            ("denied", "geweigerd"),
                            ("export", "geëxporteerd"),
                            ("erase", "gewist"),
                            ("letter", "brief of e-mail"),
                            ("anonymise", "geanonimiseerd"),
                        ],
                        max_length=10,
                    ),
                ),
                ("path", models.CharField(blank=True, max_length=300)),
                ("at", models.DateTimeField(auto_now_add=True)),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "inzage",
                "verbose_name_plural": "inzagelog",
                "ordering": ("-at", "-pk"),
            },
        ),
        migrations.CreateModel(
            name="HelpRequest",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("topics", models.JSONField(blank=True, default=list, verbose_name="thema's")),
                (
                    "channel",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("telefoon", "Telefonisch"),
                            ("video", "Via video"),
                            ("thuis", "Bij de cliënt thuis"),
                            ("spreekuur", "Op het spreekuur"),
                        ],
                        max_length=12,
                        verbose_name="manier van contact",
                    ),
                ),
                ("created", models.DateField(default=datetime.date.today, verbose_name="binnengekomen op")),
                ("assigned_on", models.DateField(blank=True, null=True, verbose_name="toegewezen op")),
                ("closed_on", models.DateField(blank=True, null=True, verbose_name="gesloten op")),
                (
                    "client",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="requests",
                        to="ondersteuning.client",
                    ),
                ),
            ],
            options={
                "verbose_name": "hulpvraag",
                "verbose_name_plural": "hulpvragen",
                "ordering": ("created", "pk"),
            },
        ),
        migrations.CreateModel(
            name="Provider",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=200, verbose_name="naam")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("mee", "MEE"),
                            ("raadslieden", "Sociaal raadslieden"),
                            ("vrijwilligers", "Vrijwilligers"),
                            ("gemeente", "Onafhankelijke cliëntondersteuners van de gemeente"),
                            ("anders", "Andere organisatie"),
                        ],
                        max_length=20,
                        verbose_name="soort",
                    ),
                ),
                ("free", models.BooleanField(default=True, verbose_name="gratis")),
                (
                    "independent",
                    models.BooleanField(default=True, verbose_name="onafhankelijk van de gemeente"),
                ),
                ("languages", models.JSONField(blank=True, default=list, verbose_name="talen")),
                ("phone", models.CharField(blank=True, max_length=40, verbose_name="telefoon")),
                ("desk", models.CharField(blank=True, max_length=300, verbose_name="balie of spreekuur")),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail")),
                ("website", models.URLField(blank=True, verbose_name="website")),
                (
                    "gemeente",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="providers",
                        to="monitor.gemeente",
                    ),
                ),
            ],
            options={
                "verbose_name": "aanbieder van cliëntondersteuning",
                "verbose_name_plural": "aanbieders van cliëntondersteuning",
                "ordering": ("name",),
            },
        ),
        migrations.CreateModel(
            name="SupporterProfile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                (
                    "volunteer",
                    models.BooleanField(
                        default=True, help_text="Uit: beroepskracht.", verbose_name="vrijwilliger"
                    ),
                ),
                ("districts", models.JSONField(blank=True, default=list, verbose_name="wijken")),
                (
                    "languages",
                    models.JSONField(
                        blank=True, default=list, help_text="Taalcodes, zoals nl, ar.", verbose_name="talen"
                    ),
                ),
                ("expertise", models.JSONField(blank=True, default=list, verbose_name="kennis")),
                ("channels", models.JSONField(blank=True, default=list, verbose_name="manieren van contact")),
                (
                    "capacity",
                    models.PositiveSmallIntegerField(default=5, verbose_name="aantal cliënten tegelijk"),
                ),
                ("available", models.BooleanField(default=True, verbose_name="beschikbaar")),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="ondersteuner",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "ondersteuner",
                "verbose_name_plural": "ondersteuners",
                "ordering": ("name",),
            },
        ),
        migrations.AddField(
            model_name="client",
            name="supporter",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="clients",
                to="ondersteuning.supporterprofile",
            ),
        ),
        migrations.CreateModel(
            name="AllowancePayment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("paid_on", models.DateField(verbose_name="betaald op")),
                ("amount", models.DecimalField(decimal_places=2, max_digits=8, verbose_name="bedrag")),
                (
                    "supporter",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="allowances",
                        to="ondersteuning.supporterprofile",
                    ),
                ),
            ],
            options={
                "verbose_name": "vrijwilligersvergoeding",
                "verbose_name_plural": "vrijwilligersvergoedingen",
                "ordering": ("-paid_on",),
            },
        ),
        migrations.CreateModel(
            name="Training",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=200, verbose_name="training")),
                ("completed_on", models.DateField(verbose_name="afgerond op")),
                (
                    "supporter",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="trainings",
                        to="ondersteuning.supporterprofile",
                    ),
                ),
            ],
            options={
                "verbose_name": "training",
                "verbose_name_plural": "trainingen",
                "ordering": ("-completed_on",),
            },
        ),
        migrations.CreateModel(
            name="Traject",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created", models.DateField(default=datetime.date.today)),
                ("status", models.CharField(default="nieuw", editable=False, max_length=20)),
                (
                    "client",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tracks",
                        to="ondersteuning.client",
                    ),
                ),
            ],
            options={
                "verbose_name": "traject",
                "verbose_name_plural": "trajecten",
                "ordering": ("pk",),
            },
        ),
        migrations.CreateModel(
            name="TrackEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("melding", "melding"),
                            ("aanvraag", "aanvraag"),
                            ("voorschot_betaald", "voorschot_betaald"),
                            ("verdaging", "verdaging"),
                            ("opschorting_start", "opschorting_start"),
                            ("opschorting_einde", "opschorting_einde"),
                            ("ingebrekestelling", "ingebrekestelling"),
                            ("besluit_verzonden", "besluit_verzonden"),
                            ("bezwaar_ingediend", "bezwaar_ingediend"),
                            ("afgesloten", "afgesloten"),
                        ],
                        max_length=30,
                    ),
                ),
                ("on", models.DateField()),
                ("new_due", models.DateField(blank=True, null=True)),
                ("youth", models.BooleanField(default=False)),
                ("posted", models.DateField(blank=True, null=True)),
                ("note", models.CharField(blank=True, max_length=500)),
                ("recorded_at", models.DateTimeField(auto_now_add=True)),
                (
                    "recorded_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "traject",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="events",
                        to="ondersteuning.traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "gebeurtenis",
                "verbose_name_plural": "gebeurtenissen",
                "ordering": ("on", "pk"),
            },
        ),
    ]
