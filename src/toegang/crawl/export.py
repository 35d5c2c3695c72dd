"""Write the results of a crawl as JSON Lines, from state.sqlite: pages, sites, hand-offs.

Click depth is computed here, after the crawl, as a shortest path over the links actually seen from the home
page
(a redirect costs no click; sitemap and site-search routes are no clicks at all: pages only found that way
have
depth null). Computing it at the end, not during the crawl, makes it independent of the order of fetching.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toegang.crawl.relevance import is_candidate
from toegang.crawl.sites import SiteSpec, in_domains
from toegang.crawl.state import Store

PAGES = "pages.jsonl"
SITES = "sites.jsonl"
HANDOFFS = "handoffs.jsonl"


@dataclass(frozen=True, slots=True)
class Depth:
    depth: int
    text: str


def click_depths(db: sqlite3.Connection, site_id: str) -> dict[int, Depth]:
    """Shortest click depth per URL id from the site's home page (0-1 BFS: links cost 1, redirects 0)."""
    root = db.execute(
        "SELECT id FROM urls WHERE site_id=? AND via='home' ORDER BY id LIMIT 1", (site_id,)
    ).fetchone()
    if root is None:
        return {}
    order = {r[0]: r[1] for r in db.execute("SELECT url_id, seq FROM fetches WHERE site_id=?", (site_id,))}
    out: dict[int, list[tuple[int, int, str, int]]] = {}
    for from_id, to_id, kind, text, ord_ in db.execute(
        "SELECT from_id, to_id, kind, text, ord FROM edges WHERE site_id=? AND kind IN ('link', 'redirect')",
        (site_id,),
    ):
        out.setdefault(from_id, []).append(
            (ord_, to_id, text if kind == "link" else "", 0 if kind == "redirect" else 1)
        )
    for edges in out.values():
        edges.sort()
    best: dict[int, Depth] = {root[0]: Depth(0, "")}
    queue: deque[int] = deque([root[0]])
    done: set[int] = set()
    while queue:
        node = queue.popleft()
        if node in done:
            continue
        done.add(node)
        here = best[node]
        for _ord, target, text, cost in out.get(node, []) if node in order else []:
            depth = here.depth + cost
            label = text if cost else here.text
            known = best.get(target)
            if known is None or depth < known.depth:
                best[target] = Depth(depth, label)
                if cost == 0:
                    queue.appendleft(target)
                else:
                    queue.append(target)
    return best


def _atomic_write(path: Path, lines: Iterable[Mapping[str, Any]]) -> int:
    tmp = path.with_suffix(path.suffix + ".tmp")
    count = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + "\n")
            count += 1
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return count


def page_rows(store: Store) -> list[dict[str, Any]]:
    db = store.db
    rows: list[dict[str, Any]] = []
    for site in store.sites():
        site_id = site["site_id"]
        spec = SiteSpec.from_dict(json.loads(site["spec"]))
        depths = click_depths(db, site_id)
        for f in db.execute(
            "SELECT f.*, u.via, u.link_text FROM fetches f JOIN urls u ON u.id = f.url_id "
            "WHERE f.site_id=? ORDER BY f.seq",
            (site_id,),
        ):
            d = depths.get(f["url_id"])
            relevance = f["relevance"]
            rows.append(
                {
                    "url": f["url"],
                    "site": site_id,
                    "credits": list(spec.credits),
                    "depth": d.depth if d else None,
                    "found_via": f["via"],
                    "link_text": (d.text if d and d.text else f["link_text"]) or "",
                    "title": f["title"],
                    "relevance": relevance,
                    "candidate": bool(relevance is not None and is_candidate(relevance)),
                    "status": f["status"],
                    "outcome": f["outcome"],
                    "error": f["error"],
                    "content_type": f["content_type"],
                    "sha256": f["sha256"],
                    "size": f["size"],
                    "redirect_to": f["redirect_to"],
                    "warc_file": f"warc/{f['warc_file']}" if f["warc_file"] else None,
                    "warc_offset": f["warc_offset"],
                    "warc_length": f["warc_length"],
                    "fetched_at": f["fetched_at"],
                    "seq": f["seq"],
                    "signals": json.loads(f["signals"]) if f["signals"] else None,
                }
            )
    return rows


def site_rows(store: Store, pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    db = store.db
    by_site: dict[str, list[dict[str, Any]]] = {}
    for p in pages:
        by_site.setdefault(p["site"], []).append(p)
    rows: list[dict[str, Any]] = []
    for site in store.sites():
        site_id = site["site_id"]
        spec = SiteSpec.from_dict(json.loads(site["spec"]))
        own = by_site.get(site_id, [])
        candidates = sorted(
            (p for p in own if p["candidate"]),
            key=lambda p: (-(p["relevance"] or 0), p["depth"] if p["depth"] is not None else 99, p["seq"]),
        )
        scored = [p for p in own if p["relevance"]]
        best = (
            min(
                scored,
                key=lambda p: (-p["relevance"], p["depth"] if p["depth"] is not None else 99, p["seq"]),
            )
            if scored
            else None
        )
        outcomes: dict[str, int] = {}
        for p in own:
            outcomes[p["outcome"]] = outcomes.get(p["outcome"], 0) + 1
        robots = [
            {
                "netloc": r["netloc"],
                "outcome": r["outcome"],
                "status": r["status"],
                "fetched_at": r["fetched_at"],
            }
            for r in db.execute("SELECT * FROM robots WHERE site_id=? ORDER BY netloc", (site_id,))
        ]
        refusals = [
            {"url": r["url"], "reason": r["reason"]}
            for r in db.execute(
                "SELECT DISTINCT url, reason FROM refusals WHERE site_id=? ORDER BY url", (site_id,)
            )
        ]
        rows.append(
            {
                "site": site_id,
                "name": spec.name,
                "kind": spec.kind,
                "home_url": spec.home_url,
                "credits": list(spec.credits),
                "status": site["status"],
                "reason": site["reason"],
                "fetches": site["fetches"],
                "elapsed_seconds": round(site["elapsed"], 3),
                "started_at": site["started_at"],
                "finished_at": site["finished_at"],
                "outcomes": dict(sorted(outcomes.items())),
                "candidates": [
                    {"url": p["url"], "relevance": p["relevance"], "depth": p["depth"], "title": p["title"]}
                    for p in candidates
                ],
                "best": (
                    {
                        "url": best["url"],
                        "relevance": best["relevance"],
                        "depth": best["depth"],
                        "title": best["title"],
                    }
                    if best
                    else None
                ),
                "robots": robots,
                "refused": refusals,
                "extra_domains": json.loads(site["extra_domains"]),
            }
        )
    return rows


def handoff_rows(store: Store, pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Links from a gemeente's site to its executing organisation's site, with the click depth so far.

    `depth_via_handoff` is the gemeente's click depth of the linking page plus one: the number of clicks from
    the
    gemeente's home page to that page of the organisation.
    """
    db = store.db
    depth_of = {(p["site"], p["url"]): p["depth"] for p in pages}
    specs = [SiteSpec.from_dict(json.loads(s["spec"])) for s in store.sites()]
    rows: list[dict[str, Any]] = []
    for h in db.execute(
        "SELECT h.site_id, h.url, h.text, u.url AS from_url FROM handoffs h JOIN urls u ON u.id = h.from_id "
        "ORDER BY h.site_id, h.from_id, h.ord"
    ):
        from_depth = depth_of.get((h["site_id"], h["from_url"]))
        target = next(
            (s.site_id for s in specs if s.site_id != h["site_id"] and in_domains(h["url"], s.scope())), None
        )
        rows.append(
            {
                "site": h["site_id"],
                "from_url": h["from_url"],
                "from_depth": from_depth,
                "url": h["url"],
                "link_text": h["text"],
                "target_site": target,
                "depth_via_handoff": from_depth + 1 if from_depth is not None else None,
            }
        )
    return rows


def write_outputs(out_dir: Path) -> dict[str, int]:
    """(Re)write pages.jsonl, sites.jsonl and handoffs.jsonl from the state database."""
    store = Store(out_dir / "state.sqlite")
    try:
        pages = page_rows(store)
        counts = {PAGES: _atomic_write(out_dir / PAGES, pages)}
        counts[SITES] = _atomic_write(out_dir / SITES, site_rows(store, pages))
        counts[HANDOFFS] = _atomic_write(out_dir / HANDOFFS, handoff_rows(store, pages))
    finally:
        store.close()
    return counts
