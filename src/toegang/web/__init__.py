"""The web app (Django 5.2): monitor, brieventoets, rechtenwijzer and accounts.

This package sits at the edge: it imports the analysis core (audit, rules, letters, measure), never the other
way round. Settings live in `toegang.web.settings.{dev,test,production}`; `toegang web ...` runs Django's
management commands with the dev settings unless DJANGO_SETTINGS_MODULE says otherwise.
"""

DEFAULT_SETTINGS = "toegang.web.settings.dev"
