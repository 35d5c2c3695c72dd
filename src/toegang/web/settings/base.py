"""Settings shared by every environment. Everything that differs per machine is read from the environment.

Environment variables:
- DATABASE_URL: sqlite:///path or postgres://user:password@host:port/name (default: SQLite in TOEGANG_DATA_DIR)
- TOEGANG_DATA_DIR: where the SQLite database lives (default: out/web under the current directory)
- TOEGANG_SECRET_KEY, TOEGANG_DEBUG, TOEGANG_ALLOWED_HOSTS (comma separated)
- TOEGANG_UPLOAD_MAX_MB: the largest letter a user may upload (default 10, as the letter readers)
"""

from __future__ import annotations

import os
from pathlib import Path

from toegang.web.dburl import parse_database_url

WEB_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "yes", "on", "ja")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DATA_DIR = Path(os.environ.get("TOEGANG_DATA_DIR", "out/web")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)  # the SQLite file lives here; a fresh checkout has no out/ yet

SECRET_KEY = os.environ.get("TOEGANG_SECRET_KEY", "")
DEBUG = env_bool("TOEGANG_DEBUG", False)
ALLOWED_HOSTS = env_list("TOEGANG_ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "toegang.web.core",
    "toegang.web.accounts",
    "toegang.web.monitor",
    "toegang.web.brieven",
    "toegang.web.rechten",
    "toegang.web.ondersteuning",
    "toegang.web.raad",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "toegang.web.core.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "toegang.web.urls"
WSGI_APPLICATION = "toegang.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "toegang.web.core.context.site",
            ],
        },
    }
]

DATABASES = {
    "default": parse_database_url(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'toegang.sqlite3'}"
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# argon2 first: new and re-hashed passwords use it; the others only read old hashes.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The throttle check runs in the backend, so the site login and the admin login are both covered.
AUTHENTICATION_BACKENDS = ["toegang.web.accounts.backends.ThrottledModelBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:profile"
LOGOUT_REDIRECT_URL = "home"

# Login throttling: after this many failed attempts for one user name from one address, wait.
LOGIN_THROTTLE_ATTEMPTS = 5
LOGIN_THROTTLE_SECONDS = 15 * 60

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "toegang"}}

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("TOEGANG_STATIC_ROOT", str(DATA_DIR / "static")))

# Uploads: letters are read in memory only and never written to disk (see brieven.uploads). A letter larger
# than TOEGANG_UPLOAD_MAX_MB is refused with a Dutch message; a form body without files is capped too.
UPLOAD_MAX_BYTES = int(float(os.environ.get("TOEGANG_UPLOAD_MAX_MB", "10")) * 1024 * 1024)
FILE_UPLOAD_HANDLERS = ["toegang.web.brieven.uploads.LetterUploadHandler"]
FILE_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES
DATA_UPLOAD_MAX_MEMORY_SIZE = 3 * 1024 * 1024  # a pasted letter of 1 million characters still fits
DATA_UPLOAD_MAX_NUMBER_FIELDS = 100
DATA_UPLOAD_MAX_NUMBER_FILES = 1

# Security defaults that hold everywhere; production.py adds the HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "toegang.web.core.views.csrf_failure"

# The Content-Security-Policy of every page: no inline script, nothing from other sites.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# The optional NL Design System CSS (Utrecht components), installed by npm outside the repository.
UTRECHT_CSS_DIR = os.environ.get("TOEGANG_UTRECHT_CSS_DIR", "")
STATICFILES_DIRS: list[tuple[str, str]] = []
if UTRECHT_CSS_DIR and Path(UTRECHT_CSS_DIR).is_dir():
    STATICFILES_DIRS.append(("utrecht", UTRECHT_CSS_DIR))

# Client council (raad): the college's reaction term on advice in weeks, from the local verordening
# cliëntenparticipatie (Pw art. 47); a council can set its own in the admin.
RAAD_REACTION_WEEKS = int(os.environ.get("TOEGANG_RAAD_REACTION_WEEKS", "6"))
