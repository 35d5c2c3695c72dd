"""The Scrapy spider: one request in flight per site, the next one chosen from the durable frontier.

Scrapy downloads (robots.txt, delays, timeouts, size caps, the address guard); this spider decides. After each
response or failure it commits the fetch to state.sqlite and only then asks the frontier for the site's next
URL.
So a site's order of fetching depends only on what its own pages said, never on timing between sites, and a
crash loses at most the one request that was in flight per site.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from twisted.internet.error import (
    ConnectError,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure

from toegang.crawl.html import Link, normalise_url, parse_html, parse_sitemap
from toegang.crawl.middlewares import AddressRefused, HostNotFound, RobotsForbidden, utc_now
from toegang.crawl.netguard import url_refusal
from toegang.crawl.relevance import link_score, page_signals
from toegang.crawl.seeds import REDIRECT_BONUS, SEARCH_PRIORITY, sitemap_discovery
from toegang.crawl.sites import SiteSpec, default_domain, in_domains, in_scope
from toegang.crawl.state import ERROR_OUTCOMES, Discovery, FetchRecord, Store, UrlRow
from toegang.crawl.warc import WarcFile

# Outcomes that cost the site nothing on the network: they do not count against its page budget.
FREE_OUTCOMES = ("robots_forbidden", "robots_unavailable", "refused", "dns_error")

ProgressFn = Callable[[str, str], None]


def _is_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type:
        return True
    if content_type:
        return False
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


class NulmetingSpider(Spider):
    name = "toegang-nulmeting"
    # Filled from the settings in from_crawler (see settings.py for their meaning).
    page_budget: int = 0
    time_budget: float = 0.0
    depth_limit: int = 0
    sitemap_limit: int = 0
    sitemap_child_limit: int = 0
    search_query: str = ""
    redirect_max: int = 0

    def __init__(self, *args: Any, store: Store, warc: WarcFile, run: int, progress: ProgressFn | None = None,
                 **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.store = store
        self.warc = warc
        self.run = run
        self.progress = progress
        self._specs: dict[str, SiteSpec] = {}
        self._extra: dict[str, tuple[str, ...]] = {}
        self._inflight: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NulmetingSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_reached_downloader, signal=signals.request_reached_downloader)
        s = crawler.settings
        spider.page_budget = s.getint("TOEGANG_SITE_PAGE_BUDGET")
        spider.time_budget = s.getfloat("TOEGANG_SITE_TIME_BUDGET")
        spider.depth_limit = s.getint("TOEGANG_CLICK_DEPTH_LIMIT")
        spider.sitemap_limit = s.getint("TOEGANG_SITEMAP_URL_LIMIT")
        spider.sitemap_child_limit = s.getint("TOEGANG_SITEMAP_CHILD_LIMIT")
        spider.search_query = s.get("TOEGANG_SEARCH_QUERY")
        spider.redirect_max = s.getint("REDIRECT_MAX_TIMES")
        return spider

    # -- helpers used by the middlewares ---------------------------------------------------------------------

    def spec_of(self, site_id: str) -> SiteSpec:
        if site_id not in self._specs:
            self._specs[site_id] = self.store.spec(site_id)
        return self._specs[site_id]

    def extra_domains(self, site_id: str) -> tuple[str, ...]:
        if site_id not in self._extra:
            import json

            self._extra[site_id] = tuple(json.loads(self.store.site(site_id)["extra_domains"]))
        return self._extra[site_id]

    def sitemap_discovery(self, url: str) -> Discovery:
        return sitemap_discovery(url)

    def _emit(self, kind: str, site_id: str) -> None:
        if self.progress is not None:
            self.progress(kind, site_id)

    # -- scheduling ------------------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for row in self.store.sites():
            if row["status"] == "done":
                continue
            site_id = row["site_id"]
            self.store.start_site(site_id, utc_now())
            request = self._next_request(site_id)
            if request is not None:
                yield request

    def _budget_used(self, site_id: str) -> int:
        placeholders = ", ".join("?" for _ in FREE_OUTCOMES)
        row = self.store.db.execute(
            f"SELECT COUNT(*) FROM fetches WHERE site_id=? AND outcome NOT IN ({placeholders})",
            (site_id, *FREE_OUTCOMES),
        ).fetchone()
        return int(row[0])

    def _next_request(self, site_id: str) -> Request | None:
        site = self.store.site(site_id)
        if site["status"] == "done":
            return None
        reason = None
        if self._budget_used(site_id) >= self.page_budget:
            reason = "page_budget"
        elif site["elapsed"] >= self.time_budget:
            reason = "time_budget"
        url = None if reason else self.store.next_url(site_id)
        if url is None:
            self._finish(site_id, reason)
            return None
        self._inflight[site_id] = url.id
        return Request(
            url.url,
            callback=self.parse,
            errback=self.on_error,
            dont_filter=True,
            meta={
                "toegang_site": site_id,
                "toegang_url_id": url.id,
                "download_slot": urlsplit(url.url).netloc,
            },
        )

    def _finish(self, site_id: str, reason: str | None) -> None:
        if reason is None:
            outcomes = {
                r[0] for r in self.store.db.execute("SELECT outcome FROM fetches WHERE site_id=?", (site_id,))
            }
            if outcomes and outcomes <= {"robots_forbidden", "robots_unavailable"}:
                reason = "robots_forbidden" if "robots_forbidden" in outcomes else "robots_unavailable"
            elif outcomes and outcomes <= set(FREE_OUTCOMES) | {"timeout", "connection_error", "error"}:
                reason = "unreachable"
            else:
                reason = "complete"
        self.store.finish_site(site_id, reason, utc_now())
        self._inflight.pop(site_id, None)
        self._emit("site_done", site_id)

    def on_reached_downloader(self, request: Request) -> None:
        if "toegang_url_id" in request.meta:
            request.meta.setdefault("toegang_t0", time.monotonic())

    def on_idle(self) -> None:
        """Safety net: a site whose request vanished (it never reached a callback) gets its next one."""
        issued = False
        for row in self.store.sites("running"):
            site_id = row["site_id"]
            self._inflight.pop(site_id, None)
            request = self._next_request(site_id)
            if request is not None:
                self.crawler.engine.crawl(request)
                issued = True
        if issued:
            raise DontCloseSpider

    def _commit(self, rec: FetchRecord, request: Request) -> list[Request]:
        t0 = request.meta.get("toegang_t0")
        rec.elapsed = (time.monotonic() - t0 if t0 else 0.0) + float(
            request.meta.get("toegang_robots_elapsed", 0.0)
        )
        self.store.commit_fetch(rec, self.run)
        if rec.extra_domains:
            self._extra.pop(rec.site_id, None)
        self._inflight.pop(rec.site_id, None)
        self._emit("error" if rec.outcome in ERROR_OUTCOMES else "fetch", rec.site_id)
        nxt = self._next_request(rec.site_id)
        return [nxt] if nxt is not None else []

    # -- responses -------------------------------------------------------------------------------------------

    def parse(self, response: Response) -> list[Request]:
        request = response.request
        assert request is not None
        url = self.store.url_row(request.meta["toegang_url_id"])
        try:
            rec = self._record(url, response)
        except Exception as exc:  # a page that breaks our parsing must not break the run
            self.logger.exception("could not process %s", url.url)
            rec = self._base_record(url, response)
            rec.outcome, rec.error = "error", f"{type(exc).__name__}: {exc}"[:500]
        return self._commit(rec, request)

    def _base_record(self, url: UrlRow, response: Response) -> FetchRecord:
        meta = response.meta
        return FetchRecord(
            url_id=url.id,
            site_id=url.site_id,
            url=url.url,
            outcome="ok",
            fetched_at=meta.get("toegang_fetched_at") or utc_now(),
            status=response.status,
            content_type=(response.headers.get(b"Content-Type") or b"").decode("latin-1") or None,
            sha256=hashlib.sha256(response.body).hexdigest(),
            size=len(response.body),
            warc=meta.get("toegang_warc"),
        )

    def _record(self, url: UrlRow, response: Response) -> FetchRecord:
        rec = self._base_record(url, response)
        spec = self.spec_of(url.site_id)
        status = response.status
        if 300 <= status < 400 and status != 304:
            location = response.headers.get(b"Location")
            self._redirect(rec, url, spec, location.decode("latin-1") if location else None)
            return rec
        if status >= 400:
            rec.outcome = "http_error"
            return rec
        content_type = (rec.content_type or "").lower()
        if url.via == "sitemap":
            self._sitemap(rec, url, spec, response.body)
        elif _is_html(content_type, response.body) and isinstance(response, TextResponse):
            self._html(rec, url, spec, response.text)
        return rec

    def _redirect(self, rec: FetchRecord, url: UrlRow, spec: SiteSpec, location: str | None) -> None:
        rec.outcome = "redirect"
        target = normalise_url(location, url.url, skip_files=False) if location else None
        rec.redirect_to = target
        if target is None:
            rec.error = "invalid_location"
            return
        hops = url.hops + 1
        if hops > self.redirect_max:
            rec.outcome = "redirect_limit"
            return
        via = url.via if url.via in ("home", "sitemap", "search") else "redirect"
        discovery = Discovery(
            url=target,
            via=via,
            depth=url.depth,
            dist=url.dist,
            priority=url.priority + REDIRECT_BONUS,
            text=url.link_text,
            hops=hops,
            edge_kind="redirect",
        )
        if in_scope(target, spec, self.extra_domains(url.site_id)):
            rec.discoveries.append(discovery)
        elif url.via == "home" and url_refusal(target) is None and target.startswith(("http://", "https://")):
            # The registry's address moved to another domain (sites move): follow the home page there.
            rec.extra_domains.append(default_domain(target))
            rec.discoveries.append(discovery)
        else:
            rec.refusals.append((target, url_refusal(target) or "offsite"))

    def _sitemap(self, rec: FetchRecord, url: UrlRow, spec: SiteSpec, body: bytes) -> None:
        sitemap = parse_sitemap(body, url.url)
        if sitemap is None:
            return
        extra = self.extra_domains(url.site_id)
        if sitemap.is_index:
            children = [u for u in sitemap.urls if in_scope(u, spec, extra)][: self.sitemap_child_limit]
            for child in children:
                d = sitemap_discovery(child)
                d.edge_kind = "sitemap"
                rec.discoveries.append(d)
            return
        scored: list[tuple[float, int, str]] = []
        for i, loc in enumerate(sitemap.urls):
            page = normalise_url(loc, loc)
            if page and in_scope(page, spec, extra):
                score = link_score(page, "")
                if score > 0:
                    scored.append((-score, i, page))
        for neg_score, _i, page in sorted(scored)[: self.sitemap_limit]:
            rec.discoveries.append(
                Discovery(
                    url=page,
                    via="in_sitemap",
                    depth=None,
                    dist=url.dist + 1,
                    priority=round(2.0 - 10 * neg_score, 4),
                    edge_kind="sitemap",
                )
            )

    def _html(self, rec: FetchRecord, url: UrlRow, spec: SiteSpec, text: str) -> None:
        info = parse_html(text, url.url)
        signals_ = page_signals(url.url, info.title, info.headings, info.text)
        rec.title = info.title or None
        rec.relevance = signals_.score
        rec.signals = asdict(signals_)
        extra = self.extra_domains(url.site_id)
        if info.refresh:
            self._redirect(rec, url, spec, info.refresh)
            rec.outcome = "ok"
        for link in info.links:
            self._link(rec, url, spec, extra, link, signals_.score)
        if url.via == "home" and info.search and not self.store.site(url.site_id)["search_done"]:
            search_url = info.search.url_for(self.search_query)
            if in_scope(search_url, spec, extra):
                rec.discoveries.append(
                    Discovery(
                        url=search_url,
                        via="search",
                        depth=None,
                        dist=url.dist + 1,
                        priority=SEARCH_PRIORITY,
                        text=self.search_query,
                        edge_kind="search",
                    )
                )
                rec.search_done = True

    def _link(
        self,
        rec: FetchRecord,
        url: UrlRow,
        spec: SiteSpec,
        extra: tuple[str, ...],
        link: Link,
        relevance: float,
    ) -> None:
        if in_scope(link.url, spec, extra):
            dist = url.dist + 1
            if dist > self.depth_limit and self.store.find_url(url.site_id, link.url) is None:
                return
            score = link_score(link.url, link.text)
            # A page reached only through the site search or a sitemap passes that route on to its links.
            via = "link" if url.depth is not None else ("search" if url.via == "search" else "in_sitemap")
            rec.discoveries.append(
                Discovery(
                    url=link.url,
                    via=via,
                    depth=url.depth + 1 if url.depth is not None else None,
                    dist=dist,
                    priority=round(10 * score + 3 * relevance - 0.5 * dist, 4),
                    text=link.text,
                    edge_kind="link",
                )
            )
        elif spec.handoff and in_domains(link.url, spec.handoff):
            rec.handoffs.append((link.url, link.text))
        else:
            reason = url_refusal(link.url)
            if reason and reason != "unsupported_scheme":
                rec.refusals.append((link.url, reason))

    # -- failures --------------------------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> list[Request]:
        request: Request = failure.request  # type: ignore[attr-defined]
        site_id, url_id = request.meta["toegang_site"], request.meta["toegang_url_id"]
        url = self.store.url_row(url_id)
        outcome, error = classify_failure(failure)
        rec = FetchRecord(
            url_id=url.id,
            site_id=site_id,
            url=url.url,
            outcome=outcome,
            fetched_at=request.meta.get("toegang_fetched_at") or utc_now(),
            error=error,
            warc=request.meta.get("toegang_warc"),
        )
        return self._commit(rec, request)

    def closed(self, reason: str) -> None:
        self.warc.close()


def classify_failure(failure: Failure) -> tuple[str, str]:
    """A short outcome code and the error text, for the record."""
    exc = failure.value
    text = f"{type(exc).__name__}: {exc}"[:500]
    name = type(exc).__name__
    if isinstance(exc, RobotsForbidden):
        return (str(exc.args[0]) if exc.args else "robots_forbidden"), text
    if isinstance(exc, AddressRefused):
        return "refused", exc.reason
    if isinstance(exc, HostNotFound | DNSLookupError) or name == "CannotResolveHostError":
        return "dns_error", text
    if isinstance(exc, TimeoutError | TCPTimedOutError) or name in ("DownloadTimeoutError", "TimeoutError"):
        return "timeout", text
    lowered = str(exc).lower()
    if "maxsize" in lowered or "max size" in lowered or "larger than" in lowered or "exceeded" in lowered:
        return "too_large", text
    if name in ("DownloadCancelledError", "CancelledError"):
        return "too_large", text
    if isinstance(exc, ConnectionRefusedError | ConnectError) or name in (
        "DownloadConnectionRefusedError",
        "DownloadFailedError",
        "ResponseDataLossError",
        "ResponseNeverReceived",
    ):
        return "connection_error", text
    if isinstance(exc, IgnoreRequest):
        return "ignored", text
    return "error", text
