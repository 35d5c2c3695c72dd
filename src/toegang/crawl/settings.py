"""Every politeness and safety setting of the crawler, in one place.

Scrapy names where Scrapy enforces the setting; `TOEGANG_*` names where this crawler does. Change a default
here,
not in the spider; a run can override them (`crawl(..., settings_overrides=...)`), and the values a run used
are
stored in its state.sqlite so that a resume uses the same ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toegang import __version__

CONTACT_URL = "https://github.com/toegang/toegang#crawler"
USER_AGENT = f"Toegang-nulmeting/{__version__} (+{CONTACT_URL}; contact)"
ROBOTS_AGENT = "Toegang-nulmeting"

POLITE_DEFAULTS: dict[str, Any] = {
    # Who we are, and asking first.
    "BOT_NAME": "toegang-nulmeting",
    "USER_AGENT": USER_AGENT,
    "ROBOTSTXT_OBEY": True,
    "ROBOTSTXT_USER_AGENT": ROBOTS_AGENT,
    # One request at a time per host, with a pause; AutoThrottle slows down further on a slow server.
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "CONCURRENT_REQUESTS_PER_IP": 0,
    "DOWNLOAD_DELAY": 2.0,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 2.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    # Bounded cost per request.
    "DOWNLOAD_TIMEOUT": 20,
    "DNS_TIMEOUT": 10,
    "DOWNLOAD_MAXSIZE": 5 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
    # Redirects are followed by the crawler itself (each hop is a stored, checked fetch); at most this many.
    "REDIRECT_MAX_TIMES": 5,
    # Scrapy's DEPTH_LIMIT counts chains of requests, not clicks; the click depth limit is
    # TOEGANG_CLICK_DEPTH_LIMIT.
    "DEPTH_LIMIT": 0,
    # Bounded cost per site (like CLOSESPIDER_PAGECOUNT / CLOSESPIDER_TIMEOUT, but per site).
    "TOEGANG_SITE_PAGE_BUDGET": 150,
    "TOEGANG_SITE_TIME_BUDGET": 900.0,
    "TOEGANG_CLICK_DEPTH_LIMIT": 6,
    "TOEGANG_SITEMAP_URL_LIMIT": 100,
    "TOEGANG_SITEMAP_CHILD_LIMIT": 20,
    "TOEGANG_SEARCH_QUERY": "bijstand aanvragen",
    "TOEGANG_FSYNC": True,
    # Addresses: never private, loopback or link-local. Tests allow-list their own 127.0.0.1 ports explicitly.
    "TOEGANG_ALLOW_PRIVATE": False,
    "TOEGANG_ALLOWLIST": [],
    # What a measurement crawler does not need.
    "RETRY_ENABLED": False,
    "COOKIES_ENABLED": False,  # also keeps tldextract (cookie domains) from fetching its suffix list
    "HTTPPROXY_ENABLED": False,  # a proxy from the environment would bypass the address checks
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,
    "REDIRECT_ENABLED": False,
    "METAREFRESH_ENABLED": False,
    "HTTPERROR_ALLOW_ALL": True,
    "URLLENGTH_LIMIT": 2083,
    "MEMUSAGE_ENABLED": False,
    "STATS_DUMP": False,
    "LOG_LEVEL": "INFO",
    "TWISTED_DNS_RESOLVER": "toegang.crawl.middlewares.GuardedResolver",
    "DOWNLOAD_HANDLERS": {
        "http": "toegang.crawl.middlewares.GuardedHTTPDownloadHandler",
        "https": "toegang.crawl.middlewares.GuardedHTTPDownloadHandler",
        "ftp": None,
        "s3": None,
        "file": None,
        "data": None,
    },
    "DOWNLOADER_MIDDLEWARES": {
        "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
        "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
        "toegang.crawl.middlewares.AddressGuardMiddleware": 30,
        "toegang.crawl.middlewares.StoredRobotsMiddleware": 100,
        "toegang.crawl.middlewares.WarcMiddleware": 800,
    },
}

# Keys a run may not change: they are what keeps the crawler polite and safe.
FIXED = frozenset(
    {
        "ROBOTSTXT_OBEY",
        "HTTPPROXY_ENABLED",
        "TWISTED_DNS_RESOLVER",
        "DOWNLOAD_HANDLERS",
        "DOWNLOADER_MIDDLEWARES",
        "REDIRECT_ENABLED",
        "COOKIES_ENABLED",
    }
)


def build_settings(overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Defaults plus overrides; refuses overrides that would switch off robots.txt or the address checks."""
    settings = dict(POLITE_DEFAULTS)
    for key, value in (overrides or {}).items():
        if key in FIXED and value != POLITE_DEFAULTS[key]:
            raise ValueError(f"setting {key} cannot be changed")
        if key == "CONCURRENT_REQUESTS_PER_DOMAIN" and int(value) != 1:
            raise ValueError("CONCURRENT_REQUESTS_PER_DOMAIN must stay 1")
        settings[key] = value
    return settings
