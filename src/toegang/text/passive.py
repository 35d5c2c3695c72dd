"""Passive voice and nominal style in Dutch sentences.

Plain-language guides ask for active sentences ("Wij betalen uw uitkering") instead of passive ones ("Uw
uitkering wordt door ons betaald") and for verbs instead of nouns made from verbs ("de beoordeling van uw
aanvraag"). This module finds both, with precision first: a form it is unsure about is left out rather than
flagged, because a wrong flag in a report costs more trust than a missed one.

Passive: a form of "worden" or "zijn" with a past participle in the same clause. Participles are recognised by
their shape (ge-/be-/ver-/ont-/her-..., separable "aangevraagd") and confirmed by simplemma's lemma, which
must be a verb. With "zijn", verbs that build their active perfect with "zijn" ("is verhuisd") are excluded,
and participles that mostly describe a state ("u bent verplicht") only count when an agent with "door" is
present.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toegang.text import lexicon
from toegang.text.frequency import lemma, zipf
from toegang.text.tokens import Span, words

# Token flags (bit set), computed once per distinct lower-case token.
_WORDEN = 1
_ZIJN = 2  # is, was, waren, ben, bent
_ZIJN_BARE = 4  # "zijn": verb or possessive
_HEBBEN = 8
_MODAL = 16
_OPENER = 32
_ATTRIBUTIVE = 64
_PARTICIPLE = 128
_ZIJN_PERFECT = 256  # participle of a verb whose active perfect uses "zijn"
_STATIVE = 512  # participle that after "zijn" usually reads as an adjective
_DOOR = 1024
_AGENT = 2048
_ZIJN_FOLLOWER = 4096  # a word after which "zijn" is the verb ("zijn al verstuurd")
_NOMINAL = 8192  # a nominalisation ("beoordeling")
_INFINITIVE = 16384  # an infinitive that could be used as a noun ("het indienen van")
_HET = 32768
_VAN = 65536

_AUX = _WORDEN | _ZIJN | _ZIJN_BARE
# Punctuation between two tokens that closes a clause.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—\"“”]| - ")
_KOFSCHIP = frozenset("tkfsp")


@lru_cache(maxsize=1 << 18)
def is_past_participle(word: str) -> bool:
    """Whether a token has the shape of a Dutch past participle and simplemma knows its verb."""
    w = word.lower()
    if w in lexicon.PARTICIPLE_EQUALS_INFINITIVE:
        return True
    if len(w) < 5 or not w.isalpha() or w.endswith("dt") or not w.endswith(("d", "t", "en")):
        return False
    if w in lexicon.WORDEN_FORMS or w in lexicon.ZIJN_FORMS or w in lexicon.HEBBEN_FORMS:
        return False
    core = _strip_particle(w)
    if not core.startswith(lexicon.INSEPARABLE_PREFIXES):
        return False
    verb = lemma(w)
    if verb == w or not verb.endswith("n"):
        return False
    if w.endswith("t"):
        # "verstrekt", "gemaakt", "gezet" are participles; "betaalt", "gebeurt" are present tense (participles
        # "betaald", "gebeurd"): the -t ending belongs to a participle only after t, k, f, s, p or ch
        # ("'t kofschip") or when the verb stem itself ends in t.
        stem = _verb_stem(verb)
        if not (w[-2] in _KOFSCHIP or w.endswith("cht") or stem.endswith("t")):
            return False
    return True


def _strip_particle(word: str) -> str:
    """The word without a separable particle that precedes ge-/be-/ver-... ("aangevraagd" -> "gevraagd")."""
    for particle in lexicon.SEPARABLE_PARTICLES:
        if word.startswith(particle):
            rest = word[len(particle) :]
            if len(rest) >= 4 and rest.startswith(lexicon.INSEPARABLE_PREFIXES):
                return rest
    return word


def _verb_stem(infinitive: str) -> str:
    """Rough stem of an infinitive: "zetten" -> "zet", "betalen" -> "betal", "gaan" -> "gaa"."""
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]
    return stem


def _base_verb_in(verb: str, verbs: frozenset[str]) -> bool:
    """Whether a lemma, or the lemma without a separable particle ("terugkomen" -> "komen"), is in `verbs`."""
    if verb in verbs:
        return True
    return any(verb.startswith(p) and verb[len(p) :] in verbs for p in lexicon.SEPARABLE_PARTICLES)


@lru_cache(maxsize=1 << 18)
def word_flags(word: str) -> int:
    """Bit set of everything passive and nominal-style detection needs to know about one token.

    Computed once per distinct token, so that a sentence costs one cached look-up per word.
    """
    w = word.lower()
    flags = 0
    if w in lexicon.WORDEN_FORMS:
        flags |= _WORDEN
    elif w == "zijn":
        flags |= _ZIJN_BARE
    elif w in lexicon.ZIJN_FORMS:
        flags |= _ZIJN
    if w in lexicon.HEBBEN_FORMS:
        flags |= _HEBBEN
    if w in lexicon.MODAL_FORMS:
        flags |= _MODAL
    if w in lexicon.CLAUSE_OPENERS:
        flags |= _OPENER
    if w in lexicon.ATTRIBUTIVE_MARKERS:
        flags |= _ATTRIBUTIVE
    if w == "door":
        flags |= _DOOR
    if w in lexicon.AGENT_STARTERS:
        flags |= _AGENT
    if w in lexicon.ZIJN_VERB_FOLLOWERS:
        flags |= _ZIJN_FOLLOWER
    if not flags & (_AUX | _HEBBEN | _MODAL) and is_past_participle(w):
        flags |= _PARTICIPLE
        verb = lemma(w)
        if _base_verb_in(verb, lexicon.ZIJN_PERFECT_VERBS):
            flags |= _ZIJN_PERFECT
        if w in lexicon.STATIVE_PARTICIPLES:
            flags |= _STATIVE
    if w == "het":
        flags |= _HET
    elif w == "van":
        flags |= _VAN
    elif is_nominalisation(w):
        flags |= _NOMINAL
    elif len(w) >= 5 and w.endswith("en") and w not in lexicon.NEUTER_NOUNS_IN_EN:
        # After "het", a word in -en is no plural ("de aanvragen"): an infinitive or a neuter noun.
        flags |= _INFINITIVE
    return flags


def passive_spans(sentence_text: str, offset: int = 0) -> list[Span]:
    """Passive constructions in one sentence, from auxiliary to participle (offsets shifted by `offset`)."""
    return passive_spans_in(words(sentence_text, offset), sentence_text, offset)


def passive_spans_in(
    tokens: list[Span], sentence_text: str, offset: int = 0, flags: list[int] | None = None
) -> list[Span]:
    """Like passive_spans, for tokens already made by `words(sentence_text, offset)`.

    The page audit tokenises each sentence once and shares the tokens (and their word_flags) between features.
    """
    if flags is None:
        flags = [word_flags(t.text) for t in tokens]
    combined = 0
    for f in flags:
        combined |= f
    if not (combined & _AUX and combined & _PARTICIPLE):
        return []
    found: list[tuple[int, int]] = []
    for lo, hi in _clauses(tokens, flags, sentence_text, offset):
        found.extend(_pairs_in_clause(flags, lo, hi))
    spans = []
    for a, b in sorted(found):
        start, end = tokens[min(a, b)].start, tokens[max(a, b)].end
        spans.append(Span(start, end, sentence_text[start - offset : end - offset]))
    return spans


def _clauses(tokens: list[Span], flags: list[int], text: str, offset: int) -> list[tuple[int, int]]:
    """Token ranges [lo, hi) of the clauses in a sentence: split at clause punctuation and at conjunctions."""
    bounds: list[tuple[int, int]] = []
    lo = 0
    for k in range(1, len(tokens)):
        if flags[k] & _OPENER or _CLAUSE_BREAK.search(
            text, tokens[k - 1].end - offset, tokens[k].start - offset
        ):
            bounds.append((lo, k))
            lo = k
    bounds.append((lo, len(tokens)))
    return bounds


def _pairs_in_clause(flags: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """(auxiliary index, participle index) pairs that form a passive inside one clause."""
    clause = range(lo, hi)
    has_hebben = any(flags[k] & _HEBBEN for k in clause)
    has_agent = any(flags[k] & _DOOR and k + 1 < hi and flags[k + 1] & _AGENT for k in clause)
    participles = [
        k for k in clause if flags[k] & _PARTICIPLE and not (k > lo and flags[k - 1] & _ATTRIBUTIVE)
    ]
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    # Main-clause order first ("wordt ... betaald"), then verb-final order ("betaald wordt").
    for p in participles:
        aux = _aux_before(flags, lo, p, used, has_hebben, has_agent)
        if aux is None:
            aux = _aux_after(flags, hi, p, used, has_hebben, has_agent)
        if aux is not None:
            used.add(aux)
            pairs.append((aux, p))
    return pairs


def _accepts(aux_flags: int, part_flags: int, has_hebben: bool, has_agent: bool) -> bool:
    """Whether auxiliary and participle make a passive, not an active perfect or an adjective."""
    if aux_flags & _WORDEN:
        return True
    if has_hebben or part_flags & _ZIJN_PERFECT:
        return False
    return not part_flags & _STATIVE or has_agent


def _aux_before(
    flags: list[int], lo: int, p: int, used: set[int], has_hebben: bool, has_agent: bool
) -> int | None:
    """Nearest free auxiliary before participle `p` in its clause; "worden" wins over "zijn"."""
    best: int | None = None
    for k in range(p - 1, lo - 1, -1):
        f = flags[k]
        if not f & _AUX or k in used or f & _PARTICIPLE:
            continue
        if f & _ZIJN_BARE and not _bare_zijn_is_verb(flags, k, p):
            continue
        if not _accepts(f, flags[p], has_hebben, has_agent):
            continue
        if f & _WORDEN:
            return k
        if best is None:
            best = k
    return best


def _bare_zijn_is_verb(flags: list[int], k: int, p: int) -> bool:
    """Whether "zijn" at k is the verb for participle p, not the possessive ("zijn formulier")."""
    if all(flags[m] & _MODAL for m in range(k + 1, p)):
        return True
    return flags[k + 1] & _ZIJN_FOLLOWER != 0


def _aux_after(
    flags: list[int], hi: int, p: int, used: set[int], has_hebben: bool, has_agent: bool
) -> int | None:
    """Auxiliary right after participle `p`, with only modal verbs in between ("betaald moet worden")."""
    for k in range(p + 1, hi):
        f = flags[k]
        if f & _AUX and k not in used:
            return k if _accepts(f, flags[p], has_hebben, has_agent) else None
        if not f & _MODAL:
            return None
    return None


# Nominalisations -----------------------------------------------------------------------------------------

_PLURAL_TO_SINGULAR = {"ingen": "ing", "aties": "atie", "heden": "heid"}


@lru_cache(maxsize=1 << 18)
def is_nominalisation(word: str) -> bool:
    """Whether a word is a noun made from a verb or adjective ("beoordeling", "verificatie", "aanwezigheid").

    The base word must be a real Dutch word (wordfreq), so "koning" (no verb "konen") is not one. Everyday
    nouns such as "uitkering" or "woning" are left out: they are the plain word, not nominal style.
    """
    w = word.lower()
    if len(w) < 6 or not w.isalpha():
        return False
    for ending in lexicon.NOMINALISATION_ENDINGS:
        if not w.endswith(ending):
            continue
        stem = w[: -len(ending)]
        if (
            stem + _PLURAL_TO_SINGULAR.get(ending, ending) in lexicon.LEXICALISED_NOMINALISATIONS
            or len(stem) < 3
        ):
            return False
        if ending.startswith("ing"):
            base = stem + "en"  # beoordel-ing -> beoordelen, verstrekk-ing -> verstrekken
        elif ending.startswith("atie"):
            base = stem + "eren"  # inform-atie -> informeren
        else:
            base = stem  # aanwezig-heid -> aanwezig
        return zipf(base) >= lexicon.NOMINALISATION_BASE_MIN_ZIPF
    return False


def nominalisation_spans(sentence_text: str, offset: int = 0) -> list[Span]:
    """Nominalisations in one sentence, and infinitives used as nouns ("het aanvragen van")."""
    return nominalisation_spans_in(words(sentence_text, offset))


def nominalisation_spans_in(tokens: list[Span], flags: list[int] | None = None) -> list[Span]:
    """Like nominalisation_spans, for tokens (and their word_flags) already made for the sentence."""
    if flags is None:
        flags = [word_flags(t.text) for t in tokens]
    found: list[Span] = []
    last = len(tokens) - 1
    for k, f in enumerate(flags):
        # "het indienen van": an infinitive between "het" and "van" is a verb used as a noun.
        if f & _NOMINAL or (f & _INFINITIVE and 0 < k < last and flags[k - 1] & _HET and flags[k + 1] & _VAN):
            found.append(tokens[k])
    return found
