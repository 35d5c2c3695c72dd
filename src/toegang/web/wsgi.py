"""WSGI entry for a production server: `toegang.web.wsgi:application`."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "toegang.web.settings.production")
application = get_wsgi_application()
