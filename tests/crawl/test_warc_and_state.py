from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toegang.crawl.export import click_depths
from toegang.crawl.settings import build_settings
from toegang.crawl.sites import SiteSpec, in_domains, sites_from_registry
from toegang.crawl.state import Discovery, FetchRecord, Store
from toegang.crawl.warc import Exchange, WarcFile, iter_records, read_response, repair
from toegang.registry import load_registry


def exchange(url: str, body: bytes) -> Exchange:
    return Exchange(
        url=url,
        method="GET",
        request_target="/" + url.rsplit("/", 1)[-1],
        request_headers=[("Host", "h.example"), ("User-Agent", "test")],
        status=200,
        protocol="HTTP/1.1",
        response_headers=[("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
        body=body,
        fetched_at=datetime(2026, 12, 1, 12, 0, tzinfo=UTC),
        ip_address="127.0.0.1",
    )


def test_warc_pointer_reads_back_the_exact_body(tmp_path: Path) -> None:
    warc = WarcFile(tmp_path / "a.warc.gz", fsync=False)
    first = warc.write(exchange("http://h.example/een", b"<p>een</p>"))
    second = warc.write(exchange("http://h.example/twee", b"<p>twee</p>" * 1000))
    warc.close()
    stored = read_response(tmp_path / "a.warc.gz", second.offset)
    assert stored.url == "http://h.example/twee"
    assert hashlib.sha256(stored.body).hexdigest() == hashlib.sha256(b"<p>twee</p>" * 1000).hexdigest()
    assert stored.status == 200
    assert stored.date.startswith("2026-12-01T12:00:00")
    assert read_response(tmp_path / "a.warc.gz", first.offset).body == b"<p>een</p>"
    kinds = [kind for _offset, kind, _url in iter_records(tmp_path / "a.warc.gz")]
    assert kinds == ["warcinfo", "response", "request", "response", "request"]


def test_repair_cuts_a_torn_record_and_drops_uncommitted_files(tmp_path: Path) -> None:
    warc = WarcFile(tmp_path / "a.warc.gz", fsync=False)
    kept = warc.write(exchange("http://h.example/een", b"een"))
    torn = warc.write(exchange("http://h.example/twee", b"twee" * 500))
    warc.close()
    with open(tmp_path / "a.warc.gz", "r+b") as fh:  # kill -9 in the middle of writing the second record
        fh.truncate(torn.offset + torn.length // 2)
    (tmp_path / "b.warc.gz").write_bytes(b"\x1f\x8b half a record")
    changed = repair(tmp_path, {"a.warc.gz": kept.end})
    assert sorted(changed) == ["a.warc.gz", "b.warc.gz"]
    assert not (tmp_path / "b.warc.gz").exists()
    assert [url for _o, _k, url in iter_records(tmp_path / "a.warc.gz")][-1] == "http://h.example/een"
    # A new run can append to the repaired file and read everything back.
    again = WarcFile(tmp_path / "a.warc.gz", fsync=False)
    third = again.write(exchange("http://h.example/drie", b"drie"))
    again.close()
    assert read_response(tmp_path / "a.warc.gz", third.offset).body == b"drie"


def test_frontier_order_and_depth_update(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite")
    spec = SiteSpec(site_id="GM0001", name="X", home_url="http://h.example/")
    store.initialise([spec], {}, {"GM0001": [Discovery("http://h.example/", "home", 0, 0, 100.0)]})
    home = store.next_url("GM0001")
    assert home is not None and home.url == "http://h.example/"
    store.commit_fetch(
        FetchRecord(
            url_id=home.id,
            site_id="GM0001",
            url=home.url,
            outcome="ok",
            fetched_at="t",
            discoveries=[
                Discovery("http://h.example/afval", "link", 1, 1, 1.0, "Afval", edge_kind="link"),
                Discovery("http://h.example/bijstand", "in_sitemap", None, 1, 5.0, edge_kind="sitemap"),
                Discovery("http://h.example/bijstand", "link", 1, 1, 9.0, "Bijstand", edge_kind="link"),
            ],
        ),
        run=1,
    )
    nxt = store.next_url("GM0001")
    assert nxt is not None and nxt.url == "http://h.example/bijstand"
    assert nxt.depth == 1 and nxt.priority == 9.0 and nxt.via == "in_sitemap"
    assert store.site("GM0001")["fetches"] == 1
    store.close()


def test_click_depth_counts_links_not_redirects_or_search() -> None:
    db = sqlite3.connect(":memory:")
    db.executescript(
        """
        CREATE TABLE urls(id INTEGER PRIMARY KEY, site_id TEXT, via TEXT);
        CREATE TABLE fetches(url_id INTEGER, site_id TEXT, seq INTEGER);
        CREATE TABLE edges(site_id TEXT, from_id INTEGER, to_id INTEGER, kind TEXT, text TEXT, ord INTEGER);
        INSERT INTO urls VALUES (1,'s','home'),(2,'s','redirect'),(3,'s','link'),
                                (4,'s','search'),(5,'s','search');
        INSERT INTO fetches VALUES (1,'s',1),(2,'s',2),(3,'s',3),(4,'s',4),(5,'s',5);
        INSERT INTO edges VALUES ('s',1,2,'redirect','',0),('s',2,3,'link','Bijstand',0),
                                 ('s',1,4,'search','q',1),('s',4,5,'link','Resultaat',0),
                                 ('s',3,5,'link','Diep',0);
        """
    )
    depths = click_depths(db, "s")
    assert {k: v.depth for k, v in depths.items()} == {1: 0, 2: 0, 3: 1, 5: 2}
    assert depths[5].text == "Diep"


def test_scope_rules() -> None:
    assert in_domains("https://www.almere.nl/bijstand", ["almere.nl"])
    assert not in_domains("https://almere.nl.evil.example/", ["almere.nl"])
    assert in_domains("http://127.0.0.1:8101/x", ["127.0.0.1:8101"])
    assert not in_domains("http://127.0.0.1:8102/x", ["127.0.0.1:8101"])
    assert not in_domains("http://x.10.0.0.1/", ["10.0.0.1"])
    assert not in_domains("mailto:a@almere.nl", ["almere.nl"])


def test_sites_from_registry_measures_a_shared_org_once() -> None:
    specs = sites_from_registry(load_registry(), datetime(2026, 6, 1).date())
    orgs = [s for s in specs if s.kind == "uitvoerder"]
    gemeenten = [s for s in specs if s.kind == "gemeente"]
    assert len(gemeenten) == 342
    werkzaak = next(s for s in orgs if s.name == "Werkzaak Rivierenland")
    assert len(werkzaak.credits) == 8
    tiel = next(s for s in gemeenten if s.site_id == "GM0281")
    assert tiel.handoff == ("werkzaakrivierenland.nl",)
    assert tiel.scope() == ("tiel.nl",)
    assert len({s.site_id for s in specs}) == len(specs)


def test_settings_cannot_switch_off_politeness() -> None:
    assert build_settings({"DOWNLOAD_DELAY": 0.1})["DOWNLOAD_DELAY"] == 0.1
    with pytest.raises(ValueError):
        build_settings({"ROBOTSTXT_OBEY": False})
    with pytest.raises(ValueError):
        build_settings({"CONCURRENT_REQUESTS_PER_DOMAIN": 4})
    with pytest.raises(ValueError):
        build_settings({"HTTPPROXY_ENABLED": True})
