"""Which audited pages link to which: read from the crawler's link graph (state.sqlite) after the crawl.

The gemeente rule counts information on "the main application page or a page linked from it". The crawler
stores every link (and every redirect) it saw, so a link from page A to /bijstand that redirects to
/werk-en-inkomen/bijstand-aanvragen counts as a link to the latter. Links to the executing organisation's site
(hand-offs) count too: they take the reader to the page that carries out the bijstand.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

MAX_REDIRECTS = 6


def _resolve(url: str, redirects: Mapping[str, str]) -> str:
    seen = {url}
    for _hop in range(MAX_REDIRECTS):
        target = redirects.get(url)
        if target is None or target in seen:
            break
        seen.add(target)
        url = target
    return url


def link_targets(
    state: Path,
    pages: Sequence[tuple[str, str, str]],
    handoffs: Iterable[Mapping[str, Any]] = (),
) -> dict[str, tuple[str, ...]]:
    """For each page (id, site, url): the ids of the other given pages it links to, redirects followed.

    Without a state database (a folder made by hand, a benchmark) no links are known: every page maps to ().
    """
    result: dict[str, list[str]] = {page_id: [] for page_id, _s, _u in pages}
    if not pages or not state.exists():
        return {k: tuple(v) for k, v in result.items()}
    id_of = {(site, url): page_id for page_id, site, url in pages}
    sites = sorted({site for _p, site, _u in pages})
    redirects: dict[str, dict[str, str]] = {}
    db = sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=30)
    try:
        for site in sites:
            urls = dict(db.execute("SELECT id, url FROM urls WHERE site_id=?", (site,)).fetchall())
            links: dict[str, list[str]] = {}
            site_redirects: dict[str, str] = {}
            for from_id, to_id, kind in db.execute(
                "SELECT from_id, to_id, kind FROM edges WHERE site_id=? AND kind IN ('link', 'redirect') "
                "ORDER BY from_id, ord",
                (site,),
            ):
                source, target = urls.get(from_id), urls.get(to_id)
                if source is None or target is None:
                    continue
                if kind == "redirect":
                    site_redirects.setdefault(source, target)
                else:
                    links.setdefault(source, []).append(target)
            redirects[site] = site_redirects
            for page_id, page_site, url in pages:
                if page_site != site:
                    continue
                for target in links.get(url, ()):
                    found = id_of.get((site, _resolve(target, site_redirects)))
                    if found and found != page_id and found not in result[page_id]:
                        result[page_id].append(found)
    finally:
        db.close()
    for handoff in handoffs:
        source = id_of.get((str(handoff.get("site")), str(handoff.get("from_url"))))
        target_site = str(handoff.get("target_site") or "")
        if source is None or not target_site:
            continue
        url = _resolve(str(handoff.get("url")), redirects.get(target_site, {}))
        found = id_of.get((target_site, url))
        if found and found not in result[source]:
            result[source].append(found)
    return {k: tuple(v) for k, v in result.items()}
