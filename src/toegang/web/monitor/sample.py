"""Generate a measurement folder with made-up pages, for tests, the benchmark and screenshots.

The folder has the same files as a real one (written with toegang.measure.store and aggregated with
toegang.measure.aggregate), so the importer and the pages are exercised on the real format. Every text is
invented here; the gemeente names may come from the registry.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from toegang.audit.model import Evidence, Finding, Status
from toegang.audit.scoring import score, verdict
from toegang.measure.aggregate import gemeente_results, national_summary
from toegang.measure.model import AuditedPage, GemeenteInfo, RuleMeta, SiteOutcome, rule_metas
from toegang.measure.store import (
    FINDINGS,
    RESULTS,
    SUMMARY,
    TEXTS,
    results_document,
    write_json,
    write_jsonl,
)
from toegang.rules import load_catalogue

# One invented sentence per status; {topic} is the rule title in lower case.
_SENTENCES: dict[str, str] = {
    "present": "Goed om te weten: {topic}. Dat staat zo in de regels en zo doen wij het ook.",
    "wrong": "Let op: bij ons gaat het anders dan u denkt, want {topic} geldt hier pas na een gesprek.",
    "absent": "Op deze pagina leest u meer over werk en geld in onze gemeente.",
}


def sample_gemeenten(count: int) -> list[GemeenteInfo]:
    """`count` gemeenten from the packaged registry (real names and codes), or invented ones beyond it."""
    from toegang.registry import load_registry

    found = [
        GemeenteInfo(g.code, g.name, g.province, g.executing_org)
        for g in load_registry().on(date(2026, 1, 1))
    ]
    found = found[:count]
    for number in range(len(found), count):
        found.append(GemeenteInfo(f"GM{9000 + number:04d}", f"Voorbeeldstad {number + 1}", "Demoland"))
    return found


def _page(
    rng: random.Random,
    info: GemeenteInfo,
    rules: Sequence[RuleMeta],
    titles: dict[str, str],
    fixes: dict[str, str],
    quality: float,
    law_date: date,
) -> tuple[AuditedPage, str]:
    parts: list[str] = [f"Bijstand aanvragen bij {info.name}\n\n"]
    findings: list[Finding] = []
    offset = len(parts[0])
    for rule in rules:
        roll = rng.random()
        status: Status = "present" if roll < quality else ("wrong" if roll < quality + 0.12 else "absent")
        sentence = _SENTENCES[status].format(topic=titles.get(rule.id, rule.id).lower())
        evidence: tuple[Evidence, ...] = ()
        if status != "absent":
            evidence = (Evidence(sentence, offset, offset + len(sentence)),)
        message = {
            "present": "De pagina legt dit goed uit.",
            "wrong": "De pagina zegt iets anders dan de wet.",
            "absent": "De pagina zegt hier niets over.",
        }[status]
        findings.append(Finding(rule.id, status, rule.impact, evidence, message, fixes.get(rule.id, "")))
        parts.append(sentence + " ")
        offset += len(sentence) + 1
    text = "".join(parts)
    slug = info.code.lower()
    page = AuditedPage(
        id=f"{slug}-p1",
        site=info.code,
        site_kind="gemeente",
        url=f"https://{slug}.voorbeeld.test/bijstand-aanvragen",
        title=f"Bijstand aanvragen — {info.name}",
        depth=1,
        relevance=0.9,
        gemeenten=(info.code,),
        law_date=law_date.isoformat(),
        score=score(findings),
        verdict=verdict(findings)[0],
        findings=tuple(findings),
        organisation=info.name,
    )
    return page, text


def write_sample_measurement(
    folder: Path,
    *,
    gemeenten: Sequence[GemeenteInfo] | int = 12,
    ident: str = "voorbeeld-2026",
    measured_on: date = date(2026, 3, 1),
    law_date: date | None = None,
    seed: int = 7,
    unmeasured: int = 1,
    title: str = "Voorbeeldmeting",
) -> Path:
    """Write a complete measurement folder to `folder` and return it. The last `unmeasured` gemeenten could
    not be read (robots.txt), as happens in a real run."""
    infos = sample_gemeenten(gemeenten) if isinstance(gemeenten, int) else list(gemeenten)
    day = law_date or measured_on
    catalogue = load_catalogue()
    profile = "bijstand-aanvraag"
    catalogue_rules = catalogue.rules(profile, day)
    rules = list(rule_metas(catalogue_rules))
    titles = {r.id: r.title for r in catalogue_rules}
    fixes = {r.id: r.fix for r in catalogue_rules}
    rng = random.Random(seed)
    pages: list[AuditedPage] = []
    texts: list[dict[str, str]] = []
    sites: list[SiteOutcome] = []
    cut = len(infos) - unmeasured
    for index, info in enumerate(infos):
        measured = index < cut
        sites.append(
            SiteOutcome(
                site=info.code,
                name=info.name,
                kind="gemeente",
                home_url=f"https://{info.code.lower()}.voorbeeld.test/",
                credits=(info.code,),
                status="done",
                reason="complete" if measured else "robots",
                fetches=10,
            )
        )
        if not measured:
            continue
        page, text = _page(rng, info, rules, titles, fixes, rng.uniform(0.2, 0.95), day)
        pages.append(page)
        texts.append({"id": page.id, "text": text})
    results = gemeente_results(infos, pages, rules, sites)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {
        "manifest_version": 1,
        "id": ident,
        "title": title,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "measured_on": measured_on.isoformat(),
        "law_date": day.isoformat(),
        "profile": profile,
        "source": "voorbeeld",
        "gemeenten": [g.to_dict() for g in infos],
        "counts": {"gemeenten": len(infos), "sites": len(sites)},
        "status": "analysed",
    }
    write_json(folder / "manifest.json", manifest)
    write_jsonl(folder / FINDINGS, (p.to_dict() for p in pages))
    write_jsonl(folder / TEXTS, texts)
    write_json(folder / RESULTS, results_document(manifest, rules, results))
    write_json(folder / SUMMARY, national_summary(results, rules))
    return folder
