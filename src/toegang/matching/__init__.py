"""Matching clients' requests to independent client supporters: scores with reasons, proposals, batch assignment.

Pure Python and numpy/scipy; no Django. The web app (`ondersteuning`) builds the dataclasses from its models.
"""

from toegang.matching.batch import BatchAssignment, BatchResult, assign_batch, explain
from toegang.matching.model import Channel, Match, Reason, ReasonKind, Supporter, SupportRequest
from toegang.matching.score import MAX_SCORE, base_matrix, propose, room_points, score

__all__ = [
    "MAX_SCORE",
    "BatchAssignment",
    "BatchResult",
    "Channel",
    "Match",
    "Reason",
    "ReasonKind",
    "SupportRequest",
    "Supporter",
    "assign_batch",
    "base_matrix",
    "explain",
    "propose",
    "room_points",
    "score",
]
