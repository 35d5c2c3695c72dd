"""National measurements (nulmeting): crawl the gemeenten, audit their bijstand pages, combine per gemeente.

run_measurement(registry, codes, out_dir, *, law_date, ...) -> MeasurementRun   crawl + analyse
analyse(out_dir) -> AnalysisSummary        re-run extraction and audit on the stored WARC
load_measurement(out_dir) -> Measurement   read the results back
compare(before, after) -> list[GemeenteChange]   per gemeente and rule: better, worse, unchanged
"""

from toegang.measure.aggregate import (
    choose_main,
    gemeente_result,
    gemeente_results,
    good_examples,
    national_summary,
    placement,
    rank,
    rule_result,
)
from toegang.measure.analyse import AnalysisProgress, AnalysisSummary, analyse
from toegang.measure.diff import GemeenteChange, RuleChange, change_of, compare, format_diff
from toegang.measure.model import (
    AuditedPage,
    GemeenteInfo,
    GemeenteResult,
    RuleMeta,
    RuleResult,
    SiteOutcome,
)
from toegang.measure.run import (
    MeasurementRun,
    MeasureProgress,
    resume_measurement,
    run_measurement,
    select_gemeenten,
)
from toegang.measure.store import Measurement, MeasurementError, load_measurement

__all__ = [
    "AnalysisProgress",
    "AnalysisSummary",
    "AuditedPage",
    "GemeenteChange",
    "GemeenteInfo",
    "GemeenteResult",
    "MeasureProgress",
    "Measurement",
    "MeasurementError",
    "MeasurementRun",
    "RuleChange",
    "RuleMeta",
    "RuleResult",
    "SiteOutcome",
    "analyse",
    "change_of",
    "choose_main",
    "compare",
    "format_diff",
    "gemeente_result",
    "gemeente_results",
    "good_examples",
    "load_measurement",
    "national_summary",
    "placement",
    "rank",
    "resume_measurement",
    "rule_result",
    "run_measurement",
    "select_gemeenten",
]
