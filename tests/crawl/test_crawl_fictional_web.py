"""A full crawl of the fictional web: what is found, what is refused, and what hostile sites cost."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from toegang.crawl import CrawlProgress, CrawlSummary, crawl
from toegang.crawl.warc import read_response
from toegang.demo_web import DemoWeb
from toegang.demo_web.specs import CODES, allowlist, demo_site_specs

Result = tuple[CrawlSummary, Path, list[CrawlProgress]]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def pages(out: Path, site: str) -> dict[str, dict[str, Any]]:
    """Pages of one site by path."""
    rows = [p for p in read_jsonl(out / "pages.jsonl") if p["site"] == site]
    return {"/" + p["url"].split("/", 3)[3]: p for p in rows}


def site_row(out: Path, site: str) -> dict[str, Any]:
    return next(s for s in read_jsonl(out / "sites.jsonl") if s["site"] == site)


@pytest.fixture(scope="module")
def result(web: DemoWeb, fast: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Result:
    web.reset_log()
    out = tmp_path_factory.mktemp("full") / "meting"
    events: list[CrawlProgress] = []
    summary = crawl(
        demo_site_specs(web),
        out,
        settings_overrides=fast,
        progress=events.append,
        allow_private=True,
        allowlist=allowlist(web),
    )
    return summary, out, events


def test_every_site_ends_and_progress_is_reported(result: Result) -> None:
    summary, _out, events = result
    assert summary.returncode == 0
    assert summary.finished
    assert summary.sites_done == summary.sites_total == 9
    assert summary.errors == 4  # two timeouts (slow site), two pages over 5 MB
    assert events[0].event == "start" and events[-1].event == "end"
    assert events[-1].sites_done == 9
    assert events[-1].pages_fetched == summary.pages_fetched
    assert sum(1 for e in events if e.event == "site_done") == 9


def test_good_site_application_page_is_found_with_click_depth(result: Result) -> None:
    _s, out, _e = result
    good = pages(out, CODES["goed"])
    page = good["/werk-en-inkomen/bijstand-aanvragen"]
    assert page["depth"] == 1
    assert page["link_text"] == "Bijstand aanvragen"
    assert page["candidate"] and page["relevance"] >= 0.9
    assert page["title"] == "Bijstand aanvragen - Gemeente Goedestad"
    assert good["/werk-en-inkomen/bijstand-aanvragen/voorschot"]["depth"] == 2
    assert good["/"]["depth"] == 0 and good["/"]["found_via"] == "home"
    assert good["/zoeken?q=bijstand+aanvragen"]["found_via"] == "search"
    assert good["/zoeken?q=bijstand+aanvragen"]["depth"] is None
    assert site_row(out, CODES["goed"])["best"]["url"].endswith("/werk-en-inkomen/bijstand-aanvragen")


def test_robots_disallowed_parts_are_not_fetched(result: Result, web: DemoWeb) -> None:
    _s, out, _e = result
    assert pages(out, CODES["goed"])["/intern/"]["outcome"] == "robots_forbidden"
    assert all(not e.path.startswith("/intern") for e in web.log("goed"))
    # robots.txt forbids everything: robots.txt is the only request that site ever gets.
    assert [e.path for e in web.log("verboden")] == ["/robots.txt"]
    assert site_row(out, CODES["verboden"])["reason"] == "robots_forbidden"


def test_incomplete_site_deep_page_and_sitemap_only_page(result: Result) -> None:
    _s, out, _e = result
    site = pages(out, CODES["onvolledig"])
    assert site["/inwoners/zorg/geldzaken/uitkering"]["depth"] == 4
    orphan = site["/archief/bijstand-2019"]
    assert orphan["found_via"] == "in_sitemap" and orphan["depth"] is None


def test_handoff_to_the_executing_org_is_recorded_and_its_site_crawled_once(
    result: Result, web: DemoWeb
) -> None:
    _s, out, _e = result
    handoffs = read_jsonl(out / "handoffs.jsonl")
    assert len(handoffs) == 1
    h = handoffs[0]
    assert h["site"] == CODES["onvolledig"] and h["target_site"] == "org:werkplein"
    assert h["from_depth"] == 4 and h["depth_via_handoff"] == 5
    org = site_row(out, "org:werkplein")
    assert org["credits"] == [CODES["onvolledig"]]
    assert Counter(e.path for e in web.log("werkplein"))["/bijstand"] == 1


def test_misleading_page_is_found_through_the_site_search(result: Result) -> None:
    _s, out, _e = result
    page = pages(out, CODES["misleidend"])["/regelingen/levensonderhoud"]
    assert page["found_via"] == "search"
    assert page["depth"] is None  # not reachable by clicking from the home page
    assert page["candidate"]


def test_slow_site_costs_bounded_time_and_still_yields_its_page(result: Result) -> None:
    _s, out, _e = result
    slow = pages(out, CODES["traag"])
    assert slow["/nieuws/archief"]["outcome"] == "timeout"  # trickles forever
    assert slow["/formulier/bijstand"]["outcome"] == "timeout"  # never answers
    assert slow["/bijstand"]["candidate"]
    assert site_row(out, CODES["traag"])["reason"] == "complete"


def test_redirect_loop_and_endless_chain_are_cut(result: Result, web: DemoWeb) -> None:
    _s, out, _e = result
    site = pages(out, CODES["omleiding"])
    assert site["/bijstand"]["outcome"] == "redirect"
    assert site["/bijstand/"]["outcome"] == "redirect"
    assert Counter(e.path for e in web.log("omleiding"))["/bijstand"] == 1
    chain = [p for p in site if p.startswith("/steeds-verder/")]
    assert len(chain) == 6  # the link itself plus REDIRECT_MAX_TIMES (5) hops
    assert site["/steeds-verder/6"]["outcome"] == "redirect_limit"
    assert site["/werk-en-inkomen/bijstand-aanvragen"]["depth"] == 2
    refused = site_row(out, CODES["omleiding"])["refused"]
    assert refused == [{"url": "https://www.voorbeeld.example/", "reason": "offsite"}]


def test_hundred_megabyte_pages_are_cut_off(result: Result, web: DemoWeb) -> None:
    _s, out, _e = result
    site = pages(out, CODES["groot"])
    assert site["/documenten/alle-regels.html"]["outcome"] == "too_large"
    assert site["/documenten/verordening.html"]["outcome"] == "too_large"
    assert site["/bijstand-aanvragen"]["candidate"]
    sent = {e.path: e.bytes_sent for e in web.log("groot")}
    assert sent["/documenten/alle-regels.html"] < 20 * 1024 * 1024
    assert sent["/documenten/verordening.html"] < 20 * 1024 * 1024


def test_links_to_private_addresses_are_refused_without_a_request(result: Result, web: DemoWeb) -> None:
    _s, out, _e = result
    refused = {r["url"]: r["reason"] for r in site_row(out, CODES["prive"])["refused"]}
    assert refused["http://10.0.0.1/bijstand"] == "private_address"
    assert refused["http://192.168.1.1/login"] == "private_address"  # the target of a redirect
    assert refused["http://169.254.169.254/latest/meta-data/"] == "link_local_address"
    assert refused["http://127.0.0.1:1/beheer"] == "loopback_address"
    fetched = {p["url"] for p in read_jsonl(out / "pages.jsonl")}
    assert not any(u in fetched for u in refused)


def test_no_url_is_fetched_twice_and_robots_once_per_site(web: DemoWeb, result: Result) -> None:
    counts = Counter((e.site, e.path) for e in web.log())
    assert max(counts.values()) == 1
    assert sum(1 for (_site, path) in counts if path == "/robots.txt") == len(web.names)


def test_every_stored_page_traces_to_its_bytes_in_the_warc(result: Result) -> None:
    _s, out, _e = result
    stored = [p for p in read_jsonl(out / "pages.jsonl") if p["status"] is not None]
    assert stored
    for page in stored:
        record = read_response(out / page["warc_file"], page["warc_offset"])
        assert record.url == page["url"]
        assert record.status == page["status"]
        assert hashlib.sha256(record.body).hexdigest() == page["sha256"]
