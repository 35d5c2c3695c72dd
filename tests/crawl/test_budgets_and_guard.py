"""Per-site budgets, and the address guard when a private address is inside a site's own scope."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from toegang.crawl import SiteSpec, crawl
from toegang.demo_web import DemoWeb
from toegang.demo_web.content import PRIVATE_TARGETS
from toegang.demo_web.specs import CODES, allowlist, demo_site_specs


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_page_budget_stops_a_site_after_the_most_promising_pages(
    web: DemoWeb, fast: dict[str, Any], out_dir: Path
) -> None:
    web.reset_log()
    summary = crawl(
        demo_site_specs(web, ["goed"]),
        out_dir,
        settings_overrides={**fast, "TOEGANG_SITE_PAGE_BUDGET": 3},
        allow_private=True,
        allowlist=allowlist(web),
    )
    assert summary.site_reasons == {"page_budget": 1}
    fetched = [p["url"].split("/", 3)[3] for p in read_jsonl(out_dir / "pages.jsonl")]
    assert fetched == [
        "",
        "werk-en-inkomen/bijstand-aanvragen",
        "werk-en-inkomen/bijstand-aanvragen/voorschot",
    ]
    assert [e.path for e in web.log("goed") if e.path != "/robots.txt"] == ["/" + f for f in fetched]


def test_time_budget_stops_a_slow_site(web: DemoWeb, fast: dict[str, Any], out_dir: Path) -> None:
    summary = crawl(
        demo_site_specs(web, ["traag"]),
        out_dir,
        settings_overrides={**fast, "TOEGANG_SITE_TIME_BUDGET": 0.3},
        allow_private=True,
        allowlist=allowlist(web),
    )
    site = read_jsonl(out_dir / "sites.jsonl")[0]
    assert summary.finished
    assert site["reason"] == "time_budget"
    assert site["fetches"] < 8  # the full site takes 8 fetches


def test_private_addresses_in_scope_are_still_refused_before_any_connection(
    web: DemoWeb, fast: dict[str, Any], out_dir: Path
) -> None:
    """A site whose scope names private hosts, crawled with the test allow-list, reaches only its own port."""
    spec = demo_site_specs(web, ["prive"])[0]
    hosts = ("10.0.0.1", "192.168.1.1", "169.254.169.254", "172.16.0.5", "[::1]:80", "127.0.0.1:1")
    spec = SiteSpec(**{**spec.to_dict(), "domains": (*spec.domains, *hosts)})
    crawl([spec], out_dir, settings_overrides=fast, allow_private=True, allowlist=allowlist(web))
    by_url = {p["url"]: p for p in read_jsonl(out_dir / "pages.jsonl")}
    for target in PRIVATE_TARGETS:
        assert by_url[target]["outcome"] == "refused", target
        assert by_url[target]["status"] is None and by_url[target]["warc_file"] is None
    assert by_url["http://192.168.1.1/login"]["outcome"] == "refused"  # redirect target
    assert by_url[PRIVATE_TARGETS[0]]["error"] == "private_address"
    assert by_url[PRIVATE_TARGETS[2]]["error"] == "link_local_address"
    assert by_url["http://127.0.0.1:1/beheer"]["error"] == "loopback_address"
    robots = read_jsonl(out_dir / "sites.jsonl")[0]["robots"]
    assert [r["netloc"] for r in robots] == [web.netloc("prive")]  # no robots.txt asked from a private host


def test_without_the_allowlist_even_the_fictional_web_is_refused(
    web: DemoWeb, fast: dict[str, Any], out_dir: Path
) -> None:
    web.reset_log()
    summary = crawl(demo_site_specs(web, ["goed"]), out_dir, settings_overrides=fast)
    page = read_jsonl(out_dir / "pages.jsonl")[0]
    assert page["outcome"] == "refused" and page["error"] == "loopback_address"
    assert summary.site_reasons == {"unreachable": 1}
    assert web.log("goed") == []


def test_a_second_crawl_into_the_same_folder_is_refused(
    web: DemoWeb, fast: dict[str, Any], out_dir: Path
) -> None:
    import pytest

    from toegang.crawl import CrawlError

    crawl(demo_site_specs(web, ["verboden"]), out_dir, settings_overrides=fast, allow_private=True,
          allowlist=allowlist(web))  # fmt: skip
    with pytest.raises(CrawlError, match="staat al een meting"):
        crawl(demo_site_specs(web, ["verboden"]), out_dir, settings_overrides=fast)
    assert CODES["verboden"] == read_jsonl(out_dir / "sites.jsonl")[0]["site"]


def test_a_host_name_that_resolves_to_loopback_is_refused(
    web: DemoWeb, fast: dict[str, Any], out_dir: Path
) -> None:
    """The allow-list holds addresses, but a name must still resolve to an allowed ip:port to pass."""
    web.reset_log()
    port = web.port("goed")
    spec = SiteSpec(
        site_id="GM9901", name="x", home_url=f"http://localhost:{port + 1}/", domains=("localhost",)
    )
    crawl([spec], out_dir, settings_overrides=fast, allow_private=True, allowlist=allowlist(web))
    page = read_jsonl(out_dir / "pages.jsonl")[0]
    assert (page["outcome"], page["error"]) == ("refused", "loopback_address")


def test_resolver_never_hands_out_a_non_public_address(monkeypatch: Any) -> None:
    """Second layer: even if a name re-resolves to a private address (DNS rebinding), no socket gets it."""
    from scrapy.resolver import CachingThreadedResolver
    from twisted.internet import defer
    from twisted.internet.error import DNSLookupError

    from toegang.crawl.middlewares import GuardedResolver

    answers = {"rebind.example": "10.0.0.1", "meta.example": "169.254.169.254", "ok.example": "145.100.1.1"}
    monkeypatch.setattr(
        CachingThreadedResolver, "getHostByName", lambda self, name, timeout=(): defer.succeed(answers[name])
    )
    resolver = GuardedResolver.__new__(GuardedResolver)
    resolver.allowed_ips = frozenset({"127.0.0.1"})
    results: list[Any] = []
    for name in answers:
        resolver.getHostByName(name).addBoth(results.append)
    assert isinstance(results[0].value, DNSLookupError)
    assert isinstance(results[1].value, DNSLookupError)
    assert results[2] == "145.100.1.1"
