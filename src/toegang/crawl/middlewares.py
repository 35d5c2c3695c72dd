"""Scrapy components: address guard (three layers), robots.txt kept in the state database, WARC recording.

The address guard works at three points so that no single oversight can send traffic to a private network:
the downloader middleware refuses before anything else runs (also before robots.txt is fetched), the DNS
resolver refuses to hand out a non-public address, and the download handler checks IP-literal URLs once more.
"""

from __future__ import annotations

import asyncio
import socket
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from protego import Protego
from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

from toegang.crawl.html import normalise_url, robots_sitemaps
from toegang.crawl.netguard import AllowList, address_refusal, parse_allowlist, url_refusal
from toegang.crawl.sites import in_scope, url_port
from toegang.crawl.state import Discovery
from toegang.crawl.warc import Exchange

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from twisted.internet.defer import Deferred

ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_MAX_REDIRECTS = 5


class AddressRefused(IgnoreRequest):
    """The URL's address is private, loopback, link-local or otherwise not public."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class HostNotFound(IgnoreRequest):
    """The host name does not resolve."""


class RobotsForbidden(IgnoreRequest):
    """robots.txt does not allow this URL."""


def _allowlist(crawler: Crawler) -> AllowList:
    if not crawler.settings.getbool("TOEGANG_ALLOW_PRIVATE"):
        return frozenset()
    return parse_allowlist(crawler.settings.getlist("TOEGANG_ALLOWLIST"))


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class AddressGuardMiddleware:
    """First downloader middleware: refuse before any connection, including the one for robots.txt."""

    def __init__(self, crawler: Crawler) -> None:
        self.allow = _allowlist(crawler)
        self.dns_timeout = crawler.settings.getfloat("DNS_TIMEOUT")
        self._verdicts: dict[tuple[str, int], str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        reason = url_refusal(request.url, self.allow)
        if reason:
            raise AddressRefused(reason)
        parts = urlparse_cached(request)
        host, port = parts.hostname or "", url_port(request.url) or 0
        key = (host, port)
        if key not in self._verdicts:
            self._verdicts[key] = await self._resolve_verdict(host, port)
        verdict = self._verdicts[key]
        if verdict == "host_not_found":
            raise HostNotFound(verdict)
        if verdict:
            raise AddressRefused(verdict)

    async def _resolve_verdict(self, host: str, port: int) -> str | None:
        if url_refusal(f"http://{host}:{port}/", self.allow) is None and _is_ip(host):
            return None
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(
                loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout=self.dns_timeout
            )
        except (OSError, TimeoutError, UnicodeError):
            return "host_not_found"
        for info in infos:
            reason = address_refusal(str(info[4][0]), port, self.allow)
            if reason:
                return reason
        return None


def _is_ip(host: str) -> bool:
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host)
    except OSError:
        return False
    return True


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's resolver, but it never returns a non-public address (a name that re-resolves elsewhere)."""

    allowed_ips: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.allowed_ips = frozenset(ip for ip, _port in _allowlist(crawler))
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> Deferred[str]:
        d = super().getHostByName(name, timeout)

        def check(address: str) -> str:
            if address in self.allowed_ips:
                return address
            if address_refusal(address, 0) is not None:
                raise DNSLookupError(f"{name} resolves to a non-public address; refused")
            return address

        d.addCallback(check)
        return d


class GuardedHTTPDownloadHandler(HTTP11DownloadHandler):
    """The last check before a socket is opened, for URLs whose host is an IP literal."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._allow = _allowlist(crawler)

    async def download_request(self, request: Request) -> Response:
        reason = url_refusal(request.url, self._allow)
        if reason:
            raise AddressRefused(reason)
        return await super().download_request(request)


class WarcMiddleware:
    """Write each raw response (before decompression) and its request to the WARC file of this run."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        spider: Any = self.crawler.spider
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = [("Host", parts.netloc), *_headers(request.headers)]
        now = datetime.now(UTC)
        pointer = spider.warc.write(
            Exchange(
                url=request.url,
                method=request.method,
                request_target=target,
                request_headers=req_headers,
                status=response.status,
                protocol=response.protocol or "HTTP/1.1",
                response_headers=_headers(response.headers),
                body=response.body,
                fetched_at=now,
                ip_address=str(response.ip_address) if response.ip_address else None,
            )
        )
        request.meta["toegang_warc"] = pointer
        request.meta["toegang_fetched_at"] = now.isoformat(timespec="microseconds")
        return response


def _headers(headers: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, values in headers.items():
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        for value in values:
            out.append((name, value.decode("latin-1") if isinstance(value, bytes) else str(value)))
    return out


class StoredRobotsMiddleware:
    """Obey robots.txt; fetch it once per host for the whole crawl, resumes included (kept in state.sqlite).

    Following RFC 9309: a 4xx answer means no rules (all allowed); a 5xx answer or no answer means the site is
    treated as fully disallowed; redirects are followed up to five times, within the site's scope.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        self._parsers: dict[str, Protego | None] = {}
        self._loading: dict[str, asyncio.Future[None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoredRobotsMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            await self._load(request, netloc)
        rp = self._parsers.get(netloc)
        if rp is None:
            raise RobotsForbidden("robots_unavailable")
        if not rp.can_fetch(request.url, self.agent):
            raise RobotsForbidden("robots_forbidden")

    async def _load(self, request: Request, netloc: str) -> None:
        if netloc in self._loading:
            await self._loading[netloc]
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._loading[netloc] = future
        try:
            spider: Any = self.crawler.spider
            row = spider.store.robots(netloc)
            if row is None:
                started = time.monotonic()
                await self._fetch(request, netloc)
                request.meta["toegang_robots_elapsed"] = time.monotonic() - started
                row = spider.store.robots(netloc)
            self._parsers[netloc] = _parser_from_row(row)
        finally:
            future.set_result(None)
            del self._loading[netloc]

    async def _fetch(self, request: Request, netloc: str) -> None:
        spider: Any = self.crawler.spider
        site_id: str = request.meta["toegang_site"]
        scheme = urlparse_cached(request).scheme
        url = f"{scheme}://{netloc}/robots.txt"
        outcome, status, body, error, pointer = "unreachable", None, None, None, None
        fetched_at = utc_now()
        for _hop in range(ROBOTS_MAX_REDIRECTS + 1):
            robots_req = Request(
                url,
                priority=1000,
                dont_filter=True,
                meta={"dont_obey_robotstxt": True, "download_slot": netloc, "toegang_robots": True},
            )
            try:
                response = await self.crawler.engine.download_async(robots_req)
            except Exception as exc:  # any failure: the site is unreachable for now
                outcome, error = "unreachable", f"{type(exc).__name__}: {exc}"[:500]
                break
            status = response.status
            pointer = robots_req.meta.get("toegang_warc")
            fetched_at = robots_req.meta.get("toegang_fetched_at", fetched_at)
            location = response.headers.get(b"Location")
            if 300 <= status < 400 and location:
                target = normalise_url(location.decode("latin-1"), url, skip_files=False)
                if target and in_scope(target, spider.spec_of(site_id), spider.extra_domains(site_id)):
                    url = target
                    continue
                outcome = "not_found"  # a redirect out of the site counts as no robots.txt
                break
            if 200 <= status < 300:
                outcome, body = "ok", response.body[:ROBOTS_MAX_BYTES]
            elif 400 <= status < 500:
                outcome = "not_found"
            else:
                outcome = "unreachable"
            break
        else:
            outcome = "not_found"
        discoveries: list[Discovery] = []
        if body:
            spec = spider.spec_of(site_id)
            for sm in robots_sitemaps(body.decode("utf-8", "replace"), url):
                if in_scope(sm, spec, spider.extra_domains(site_id)):
                    discoveries.append(spider.sitemap_discovery(sm))
        spider.store.put_robots(
            netloc=netloc,
            site_id=site_id,
            url=url,
            outcome=outcome,
            status=status,
            body=body,
            error=error,
            warc=pointer,
            fetched_at=fetched_at,
            run=spider.run,
            discoveries=discoveries,
        )


def _parser_from_row(row: Any) -> Protego | None:
    if row["outcome"] == "ok":
        return Protego.parse((row["body"] or b"").decode("utf-8", "replace"))
    if row["outcome"] == "not_found":
        return Protego.parse("")
    return None
