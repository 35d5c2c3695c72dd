"""The polite measurement crawler: finds each gemeente's pages about applying for bijstand.

Public API (Scrapy is only imported in the child process that does the crawling):

    crawl(sites, out_dir, *, settings_overrides=None, progress=None) -> CrawlSummary
    resume(out_dir, *, progress=None) -> CrawlSummary
    prepare(sites, out_dir, ...) -> Path          (state only; resume() runs it)
    sites_from_registry(registry, day) -> list[SiteSpec]
"""

from toegang.crawl.api import CrawlError, CrawlProgress, CrawlSummary, crawl, prepare, resume, summarise
from toegang.crawl.sites import SiteSpec, sites_from_registry

__all__ = [
    "CrawlError",
    "CrawlProgress",
    "CrawlSummary",
    "SiteSpec",
    "crawl",
    "prepare",
    "resume",
    "sites_from_registry",
    "summarise",
]
