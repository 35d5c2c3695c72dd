"""Local development: `toegang web runserver` and `make run`. Debug on, a fixed insecure key."""

from __future__ import annotations

import os

from toegang.web.settings.base import *  # noqa: F403
from toegang.web.settings.base import env_bool

DEBUG = env_bool("TOEGANG_DEBUG", True)
SECRET_KEY = os.environ.get("TOEGANG_SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
