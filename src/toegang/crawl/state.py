"""Durable crawl state in SQLite (WAL): sites, the frontier, fetches, links, robots.txt, WARC files.

This, not Scrapy's JOBDIR, is what makes a crawl resumable after kill -9. The unit of work is one fetch: its
WARC record is written and flushed first, then one transaction stores the fetch, marks its URL done and adds
the
URLs it discovered. A URL that was in flight when the process died is still `pending` and is fetched on
resume;
a URL that is `done` is never fetched again. The next URL of a site is chosen from this table only (highest
priority, then discovery order), so a resumed crawl makes the same choices as an uninterrupted one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toegang.crawl.sites import SiteSpec

SCHEMA_VERSION = "1"

# Fetches that failed (as opposed to ones refused on purpose: robots.txt, private addresses, HTTP errors).
ERROR_OUTCOMES = (
    "timeout",
    "too_large",
    "dns_error",
    "connection_error",
    "error",
    "ignored",
    "robots_unavailable",
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites(
    site_id TEXT PRIMARY KEY,
    ord INTEGER NOT NULL,
    spec TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    reason TEXT,
    fetches INTEGER NOT NULL DEFAULT 0,
    elapsed REAL NOT NULL DEFAULT 0,
    extra_domains TEXT NOT NULL DEFAULT '[]',
    search_done INTEGER NOT NULL DEFAULT 0,
    started_at TEXT,
    finished_at TEXT
);
CREATE TABLE IF NOT EXISTS urls(
    id INTEGER PRIMARY KEY,
    site_id TEXT NOT NULL,
    url TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    via TEXT NOT NULL,
    depth INTEGER,
    dist INTEGER NOT NULL,
    hops INTEGER NOT NULL DEFAULT 0,
    priority REAL NOT NULL,
    link_text TEXT NOT NULL DEFAULT '',
    UNIQUE(site_id, url)
);
CREATE INDEX IF NOT EXISTS urls_next ON urls(site_id, state, priority DESC, id);
CREATE TABLE IF NOT EXISTS fetches(
    url_id INTEGER PRIMARY KEY,
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    url TEXT NOT NULL,
    outcome TEXT NOT NULL,
    status INTEGER,
    error TEXT,
    content_type TEXT,
    title TEXT,
    relevance REAL,
    signals TEXT,
    sha256 TEXT,
    size INTEGER,
    redirect_to TEXT,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    fetched_at TEXT NOT NULL,
    run INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS fetches_site ON fetches(site_id, seq);
CREATE TABLE IF NOT EXISTS edges(
    site_id TEXT NOT NULL,
    from_id INTEGER NOT NULL,
    to_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL,
    PRIMARY KEY(from_id, to_id, kind)
);
CREATE INDEX IF NOT EXISTS edges_site ON edges(site_id);
CREATE TABLE IF NOT EXISTS handoffs(
    site_id TEXT NOT NULL,
    from_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL,
    PRIMARY KEY(from_id, url)
);
CREATE TABLE IF NOT EXISTS refusals(
    site_id TEXT NOT NULL,
    from_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY(from_id, url)
);
CREATE TABLE IF NOT EXISTS robots(
    netloc TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    url TEXT NOT NULL,
    outcome TEXT NOT NULL,
    status INTEGER,
    body BLOB,
    error TEXT,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    fetched_at TEXT NOT NULL,
    run INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS warc_files(
    name TEXT PRIMARY KEY,
    run INTEGER NOT NULL,
    committed_end INTEGER NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class UrlRow:
    id: int
    site_id: str
    url: str
    state: str
    via: str
    depth: int | None
    dist: int
    hops: int
    priority: float
    link_text: str


@dataclass(frozen=True, slots=True)
class WarcPointer:
    file: str
    offset: int
    length: int
    end: int


@dataclass(slots=True)
class Discovery:
    """A URL found on a fetched page (or in a sitemap, a redirect, a search form)."""

    url: str
    via: str
    depth: int | None
    dist: int
    priority: float
    text: str = ""
    hops: int = 0
    edge_kind: str | None = None


@dataclass(slots=True)
class FetchRecord:
    url_id: int
    site_id: str
    url: str
    outcome: str
    fetched_at: str
    status: int | None = None
    error: str | None = None
    content_type: str | None = None
    title: str | None = None
    relevance: float | None = None
    signals: Mapping[str, Any] | None = None
    sha256: str | None = None
    size: int | None = None
    redirect_to: str | None = None
    warc: WarcPointer | None = None
    elapsed: float = 0.0
    discoveries: list[Discovery] = field(default_factory=list)
    handoffs: list[tuple[str, str]] = field(default_factory=list)
    refusals: list[tuple[str, str]] = field(default_factory=list)
    extra_domains: list[str] = field(default_factory=list)
    search_done: bool = False


def _row(r: sqlite3.Row) -> UrlRow:
    return UrlRow(
        id=r["id"],
        site_id=r["site_id"],
        url=r["url"],
        state=r["state"],
        via=r["via"],
        depth=r["depth"],
        dist=r["dist"],
        hops=r["hops"],
        priority=r["priority"],
        link_text=r["link_text"],
    )


class Store:
    """All reads and writes of state.sqlite. One instance per process; not shared across threads."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        if readonly:
            self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, isolation_level=None)
        else:
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.executescript(SCHEMA)
        self.db.row_factory = sqlite3.Row

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- meta ------------------------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row["value"] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", (key, value))

    def settings(self) -> dict[str, Any]:
        return dict(json.loads(self.get_meta("settings") or "{}"))

    def next_run(self) -> int:
        with self.tx():
            run = int(self.get_meta("runs", "0") or 0) + 1
            self.set_meta("runs", str(run))
        return run

    # -- setup -----------------------------------------------------------------------------------------------

    def initialise(
        self, sites: Iterable[SiteSpec], settings: Mapping[str, Any], seeds: Mapping[str, list[Discovery]]
    ) -> None:
        """Store the sites and settings of a new crawl and seed each site's frontier (home page, sitemap)."""
        with self.tx() as db:
            self.set_meta("schema", SCHEMA_VERSION)
            self.set_meta("settings", json.dumps(dict(settings), sort_keys=True))
            for ord_, spec in enumerate(sites):
                db.execute(
                    "INSERT INTO sites(site_id, ord, spec) VALUES(?, ?, ?)",
                    (spec.site_id, ord_, json.dumps(spec.to_dict(), sort_keys=True)),
                )
                for d in seeds.get(spec.site_id, []):
                    self._discover(db, spec.site_id, d)

    # -- sites -----------------------------------------------------------------------------------------------

    def sites(self, status: str | None = None) -> list[sqlite3.Row]:
        if status is None:
            return list(self.db.execute("SELECT * FROM sites ORDER BY ord"))
        return list(self.db.execute("SELECT * FROM sites WHERE status=? ORDER BY ord", (status,)))

    def site(self, site_id: str) -> sqlite3.Row:
        query = "SELECT * FROM sites WHERE site_id=?"
        row: sqlite3.Row | None = self.db.execute(query, (site_id,)).fetchone()
        if row is None:
            raise KeyError(site_id)
        return row

    def spec(self, site_id: str) -> SiteSpec:
        return SiteSpec.from_dict(json.loads(self.site(site_id)["spec"]))

    def start_site(self, site_id: str, now: str) -> None:
        self.db.execute(
            "UPDATE sites SET status='running', started_at=COALESCE(started_at, ?) WHERE site_id=? "
            "AND status='pending'",
            (now, site_id),
        )

    def finish_site(self, site_id: str, reason: str, now: str) -> None:
        self.db.execute(
            "UPDATE sites SET status='done', reason=?, finished_at=? WHERE site_id=?", (reason, now, site_id)
        )

    # -- frontier --------------------------------------------------------------------------------------------

    def next_url(self, site_id: str) -> UrlRow | None:
        r = self.db.execute(
            "SELECT * FROM urls WHERE site_id=? AND state='pending' ORDER BY priority DESC, id LIMIT 1",
            (site_id,),
        ).fetchone()
        return _row(r) if r else None

    def url_row(self, url_id: int) -> UrlRow:
        return _row(self.db.execute("SELECT * FROM urls WHERE id=?", (url_id,)).fetchone())

    def find_url(self, site_id: str, url: str) -> UrlRow | None:
        r = self.db.execute("SELECT * FROM urls WHERE site_id=? AND url=?", (site_id, url)).fetchone()
        return _row(r) if r else None

    def pending_count(self, site_id: str) -> int:
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM urls WHERE site_id=? AND state='pending'", (site_id,)
            ).fetchone()[0]
        )

    def _discover(self, db: sqlite3.Connection, site_id: str, d: Discovery) -> int:
        row = db.execute(
            "SELECT id, state, depth, priority FROM urls WHERE site_id=? AND url=?", (site_id, d.url)
        ).fetchone()
        if row is None:
            cur = db.execute(
                "INSERT INTO urls(site_id, url, via, depth, dist, hops, priority, link_text) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                (site_id, d.url, d.via, d.depth, d.dist, d.hops, d.priority, d.text),
            )
            return int(cur.lastrowid or 0)
        if row["state"] == "pending":
            depth = row["depth"]
            if d.depth is not None and (depth is None or d.depth < depth):
                depth = d.depth
            db.execute(
                "UPDATE urls SET depth=?, priority=MAX(priority, ?), dist=MIN(dist, ?) WHERE id=?",
                (depth, d.priority, d.dist, row["id"]),
            )
        return int(row["id"])

    # -- the unit of work ------------------------------------------------------------------------------------

    def commit_fetch(self, rec: FetchRecord, run: int) -> None:
        """Store one fetch and everything it taught us, atomically. The WARC record must be flushed before."""
        with self.tx() as db:
            seq = db.execute("SELECT fetches FROM sites WHERE site_id=?", (rec.site_id,)).fetchone()[0] + 1
            w = rec.warc
            db.execute(
                "INSERT INTO fetches(url_id, site_id, seq, url, outcome, status, error, content_type, title, "
                "relevance, signals, sha256, size, redirect_to, warc_file, warc_offset, warc_length, "
                "fetched_at, run) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rec.url_id,
                    rec.site_id,
                    seq,
                    rec.url,
                    rec.outcome,
                    rec.status,
                    rec.error,
                    rec.content_type,
                    rec.title,
                    rec.relevance,
                    json.dumps(dict(rec.signals), sort_keys=True) if rec.signals else None,
                    rec.sha256,
                    rec.size,
                    rec.redirect_to,
                    w.file if w else None,
                    w.offset if w else None,
                    w.length if w else None,
                    rec.fetched_at,
                    run,
                ),
            )
            db.execute("UPDATE urls SET state='done' WHERE id=?", (rec.url_id,))
            for order, d in enumerate(rec.discoveries):
                to_id = self._discover(db, rec.site_id, d)
                if d.edge_kind:
                    db.execute(
                        "INSERT OR IGNORE INTO edges(site_id, from_id, to_id, kind, text, ord) "
                        "VALUES(?, ?, ?, ?, ?, ?)",
                        (rec.site_id, rec.url_id, to_id, d.edge_kind, d.text, order),
                    )
            for order, (url, text) in enumerate(rec.handoffs):
                db.execute(
                    "INSERT OR IGNORE INTO handoffs(site_id, from_id, url, text, ord) VALUES(?, ?, ?, ?, ?)",
                    (rec.site_id, rec.url_id, url, text, order),
                )
            for url, reason in rec.refusals:
                db.execute(
                    "INSERT OR IGNORE INTO refusals(site_id, from_id, url, reason) VALUES(?, ?, ?, ?)",
                    (rec.site_id, rec.url_id, url, reason),
                )
            extra = ""
            if rec.extra_domains:
                current = json.loads(self.site(rec.site_id)["extra_domains"])
                extra = json.dumps(sorted(set(current) | set(rec.extra_domains)))
            db.execute(
                "UPDATE sites SET fetches=?, elapsed=elapsed+?, "
                "extra_domains=CASE WHEN ?='' THEN extra_domains ELSE ? END, "
                "search_done=MAX(search_done, ?) WHERE site_id=?",
                (seq, rec.elapsed, extra, extra, int(rec.search_done), rec.site_id),
            )
            if w:
                self._advance_warc(db, w)

    def _advance_warc(self, db: sqlite3.Connection, w: WarcPointer) -> None:
        db.execute("UPDATE warc_files SET committed_end=MAX(committed_end, ?) WHERE name=?", (w.end, w.file))

    # -- robots.txt ------------------------------------------------------------------------------------------

    def robots(self, netloc: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute("SELECT * FROM robots WHERE netloc=?", (netloc,)).fetchone()
        return row

    def put_robots(
        self,
        *,
        netloc: str,
        site_id: str,
        url: str,
        outcome: str,
        status: int | None,
        body: bytes | None,
        error: str | None,
        warc: WarcPointer | None,
        fetched_at: str,
        run: int,
        discoveries: list[Discovery],
    ) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO robots(netloc, site_id, url, outcome, status, body, error, "
                "warc_file, "
                "warc_offset, warc_length, fetched_at, run) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    netloc,
                    site_id,
                    url,
                    outcome,
                    status,
                    body,
                    error,
                    warc.file if warc else None,
                    warc.offset if warc else None,
                    warc.length if warc else None,
                    fetched_at,
                    run,
                ),
            )
            for d in discoveries:
                self._discover(db, site_id, d)
            if warc:
                self._advance_warc(db, warc)

    # -- WARC files ------------------------------------------------------------------------------------------

    def register_warc(self, name: str, run: int) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO warc_files(name, run, committed_end) VALUES(?, ?, 0)", (name, run)
        )

    def set_warc_committed(self, name: str, end: int) -> None:
        self.db.execute("UPDATE warc_files SET committed_end=MAX(committed_end, ?) WHERE name=?", (end, name))

    def warc_files(self) -> dict[str, int]:
        return {r["name"]: r["committed_end"] for r in self.db.execute("SELECT * FROM warc_files")}

    # -- counts for progress ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        sites_total = self.db.execute("SELECT COUNT(*) FROM sites").fetchone()[0]
        sites_done = self.db.execute("SELECT COUNT(*) FROM sites WHERE status='done'").fetchone()[0]
        fetched = self.db.execute("SELECT COUNT(*) FROM fetches").fetchone()[0]
        marks = ", ".join("?" for _ in ERROR_OUTCOMES)
        errors = self.db.execute(
            f"SELECT COUNT(*) FROM fetches WHERE outcome IN ({marks})", ERROR_OUTCOMES
        ).fetchone()[0]
        robots = self.db.execute("SELECT COUNT(*) FROM robots").fetchone()[0]
        return {
            "sites_total": sites_total,
            "sites_done": sites_done,
            "pages_fetched": fetched,
            "errors": errors,
            "robots_fetched": robots,
        }
