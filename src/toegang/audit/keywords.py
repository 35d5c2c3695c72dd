"""A keyword index per document, so that recognisers only look at sentences that can match.

Every expensive pattern in a recogniser declares keywords it cannot match without (`keywords("digi",
"alleen")`). All declared keywords are compiled into one trie-shaped regular expression; one pass per sentence
finds which of them occur, and `Document.gated(...)` then picks sentences by set lookup instead of running
dozens of patterns over every sentence. Keywords are a speed device only: a keyword that was never declared
is still found by a plain substring test, so forgetting to declare one costs time, never a finding.
"""

from __future__ import annotations

import re
from typing import Any

_DECLARED: set[str] = set()
_snapshot: frozenset[str] = frozenset()
_compiled: tuple[re.Pattern[str], dict[str, frozenset[str]]] | None = None


def keywords(*words: str) -> frozenset[str]:
    """Declare keywords (plain lower-case text, no regex) and return them as a set for gating."""
    global _compiled, _snapshot
    new = {w for w in words if w not in _DECLARED}
    if new:
        _DECLARED.update(new)
        _snapshot = frozenset(_DECLARED)
        _compiled = None
    return frozenset(words)


def declared() -> frozenset[str]:
    """The keywords the index knows now. A document keeps this snapshot, so a keyword declared after the
    document was built is tested by substring instead of being wrongly taken as absent."""
    return _snapshot


def _trie(words: set[str]) -> str:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(root)


def _index() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The trie pattern, and for each keyword it can find, every declared keyword inside that one."""
    global _compiled
    if _compiled is None:
        # A lookahead at every position finds overlapping keywords too ("meld" inside "aangemeld"). It finds
        # the longest keyword that starts there; the shorter ones inside it come from `inside`.
        inside = {word: frozenset(k for k in _DECLARED if k in word) for word in _DECLARED}
        inside[""] = frozenset()
        _compiled = (re.compile(f"(?=({_trie(_DECLARED)}))"), inside)
    return _compiled


def keyword_hits(low: str) -> frozenset[str]:
    """Every declared keyword that occurs in `low` (a lower-cased sentence)."""
    if not _DECLARED:
        return frozenset()
    pattern, inside = _index()
    return frozenset().union(*map(inside.__getitem__, pattern.findall(low)))
