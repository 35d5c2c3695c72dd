"""Where a site's crawl starts, and the fixed priorities of the routes into a site."""

from __future__ import annotations

from urllib.parse import urlsplit

from toegang.crawl.html import normalise_url
from toegang.crawl.sites import SiteSpec
from toegang.crawl.state import Discovery

# Link priorities run from about -3 to 13 (10 x link score + 3 x relevance of the page it is on - 0.5 x
# distance):
# a link that clearly says "bijstand aanvragen" goes before the site search and the sitemap, which go before
# links that merely might lead there.
HOME_PRIORITY = 100.0
SEARCH_PRIORITY = 8.0
SITEMAP_PRIORITY = 6.0
REDIRECT_BONUS = 1000.0


def home_discovery(url: str) -> Discovery:
    return Discovery(url=url, via="home", depth=0, dist=0, priority=HOME_PRIORITY)


def sitemap_discovery(url: str) -> Discovery:
    return Discovery(url=url, via="sitemap", depth=None, dist=0, priority=SITEMAP_PRIORITY)


def seed_discoveries(spec: SiteSpec) -> list[Discovery]:
    """A new site starts at its home page and its root sitemap (robots.txt may name more sitemaps)."""
    home = normalise_url(spec.home_url, spec.home_url, skip_files=False) or spec.home_url
    parts = urlsplit(home)
    return [home_discovery(home), sitemap_discovery(f"{parts.scheme}://{parts.netloc}/sitemap.xml")]
