"""Dated legal parameters and deadlines: Atw holidays, statutory terms, the bijstand track, volunteer allowance.

Pure functions, no Django. Sources and doubts are named in each module; the numbers live in parameters.yaml.
"""

from toegang.law.deadlines import bezwaar_deadline, compute_term, end_of_term
from toegang.law.holidays import holidays, is_atw_rest_day
from toegang.law.parameters import LegalParameter, ParameterError, Parameters, load_parameters
from toegang.law.track import Deadline, Event, EventKind, Status, Track, deadlines, worklist

__all__ = [
    "Deadline",
    "Event",
    "EventKind",
    "LegalParameter",
    "ParameterError",
    "Parameters",
    "Status",
    "Track",
    "bezwaar_deadline",
    "compute_term",
    "deadlines",
    "end_of_term",
    "holidays",
    "is_atw_rest_day",
    "load_parameters",
    "worklist",
]
