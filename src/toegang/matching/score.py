"""How well a supporter fits a request: points per aspect, Dutch reasons, and two hard constraints.

Points (integers, so ties are exact): language 30 for the client's first language or 20 for another shared one;
district 20; expertise up to 30, in proportion to the requested topics covered; preferred channel 10; room
2 per free place, at most 10. The maximum is 100. Hard constraints: a supporter without room, or without a
shared language when no interpreter can join, is excluded.

`score` explains one pair; `base_matrix` computes the same points (without room) for many pairs at once with
numpy bitsets, for the batch solver. A test checks that both agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import NDArray

from toegang.i18n import _, ngettext
from toegang.matching.model import (
    Channel,
    Match,
    Reason,
    ReasonKind,
    Supporter,
    SupportRequest,
    channel_label,
    language_name,
)

FIRST_LANGUAGE = 30
OTHER_LANGUAGE = 20
DISTRICT = 20
EXPERTISE = 30
CHANNEL = 10
ROOM_PER_PLACE = 2
ROOM_PLACES = 5
MAX_SCORE = FIRST_LANGUAGE + DISTRICT + EXPERTISE + CHANNEL + ROOM_PER_PLACE * ROOM_PLACES
INELIGIBLE = -1


def room_points(capacity: int) -> int:
    """Points for free places: more room spreads the work; counted up to five places."""
    return ROOM_PER_PLACE * min(max(capacity, 0), ROOM_PLACES)


def score(request: SupportRequest, supporter: Supporter) -> Match:
    """Score one supporter for one request, with a Dutch reason per aspect (see the module docstring)."""
    reasons: list[Reason] = []
    eligible = True

    shared = [code for code in request.languages if code in supporter.languages]
    if request.languages and request.languages[0] in supporter.languages:
        text = _("Spreekt {language}, de eerste taal van de cliënt").format(language=language_name(shared[0]))
        reasons.append(Reason(ReasonKind.LANGUAGE, text, FIRST_LANGUAGE, True))
    elif shared:
        text = _("Spreekt {language}").format(language=language_name(shared[0]))
        reasons.append(Reason(ReasonKind.LANGUAGE, text, OTHER_LANGUAGE, True))
    elif request.interpreter:
        text = _("Spreekt geen taal van de cliënt: er komt een tolk bij")
        reasons.append(Reason(ReasonKind.INTERPRETER, text, 0, False))
    else:
        eligible = False
        text = _("Spreekt geen taal van de cliënt, en er is geen tolk")
        reasons.append(Reason(ReasonKind.LANGUAGE, text, 0, False))

    if request.district is not None:
        if request.district in supporter.districts:
            text = _("Werkt in {district}").format(district=request.district)
            reasons.append(Reason(ReasonKind.DISTRICT, text, DISTRICT, True))
        else:
            text = _("Werkt niet in {district}").format(district=request.district)
            reasons.append(Reason(ReasonKind.DISTRICT, text, 0, False))

    if request.topics:
        covered = sorted(request.topics & supporter.expertise)
        missing = sorted(request.topics - supporter.expertise)
        if covered:
            points = EXPERTISE * len(covered) // len(request.topics)
            text = _("Kennis van: {topics}").format(topics=", ".join(covered))
            reasons.append(Reason(ReasonKind.EXPERTISE, text, points, True))
        if missing:
            text = _("Geen kennis van: {topics}").format(topics=", ".join(missing))
            reasons.append(Reason(ReasonKind.EXPERTISE, text, 0, False))

    if request.channel is not None:
        label = channel_label(request.channel)
        if request.channel in supporter.channels:
            text = _("Kan {channel} helpen, zoals de cliënt wil").format(channel=label)
            reasons.append(Reason(ReasonKind.CHANNEL, text, CHANNEL, True))
        else:
            text = _("Kan niet {channel} helpen").format(channel=label)
            reasons.append(Reason(ReasonKind.CHANNEL, text, 0, False))

    if supporter.capacity <= 0:
        eligible = False
        reasons.append(
            Reason(ReasonKind.CAPACITY, _("Heeft geen plek meer voor een nieuwe cliënt"), 0, False)
        )
    else:
        text = ngettext(
            "Heeft nog plek voor {n} cliënt", "Heeft nog plek voor {n} cliënten", supporter.capacity
        ).format(n=supporter.capacity)
        reasons.append(Reason(ReasonKind.CAPACITY, text, room_points(supporter.capacity), True))

    total = sum(reason.points for reason in reasons) if eligible else 0
    return Match(request.id, supporter.id, total, eligible, tuple(reasons))


def propose(request: SupportRequest, supporters: Iterable[Supporter], n: int = 5) -> tuple[Match, ...]:
    """The `n` best eligible supporters for `request`: highest score first, then by supporter id."""
    matches = [score(request, supporter) for supporter in supporters]
    eligible = [match for match in matches if match.eligible]
    eligible.sort(key=lambda match: (-match.score, match.supporter_id))
    return tuple(eligible[:n])


# --- many pairs at once -----------------------------------------------------------------------------------

LANGUAGE_EXCLUDED = -1000
"""Language points of an ineligible pair: far below zero, so any sum with it stays negative."""


def _index(values: Iterable[Iterable[str]]) -> dict[str, int]:
    return {item: index for index, item in enumerate(sorted({item for group in values for item in group}))}


def _membership(groups: Sequence[Iterable[str]], vocabulary: dict[str, int]) -> NDArray[np.bool_]:
    """(len(groups), len(vocabulary)): whether group i holds item j."""
    table = np.zeros((len(groups), max(len(vocabulary), 1)), dtype=bool)
    for row, group in enumerate(groups):
        for item in group:
            table[row, vocabulary[item]] = True
    return table


class Encoded:
    """Points per aspect as small tables (request profile x supporter), so scoring many pairs is a few gathers.

    Requests that share a language profile (languages and interpreter), a district, a set of topics or a channel
    share a table row; a pair's points are the sum of four looked-up rows. Room is left out (see `room_points`).
    """

    def __init__(self, requests: Sequence[SupportRequest], supporters: Sequence[Supporter]) -> None:
        languages = _index([*(r.languages for r in requests), *(s.languages for s in supporters)])
        districts = _index(
            [*([r.district] if r.district else [] for r in requests), *(s.districts for s in supporters)]
        )
        topics = _index([*(r.topics for r in requests), *(s.expertise for s in supporters)])
        speaks = _membership([s.languages for s in supporters], languages)
        works_in = _membership([s.districts for s in supporters], districts)
        knows = _membership([s.expertise for s in supporters], topics)
        offers = _membership(
            [[c.value for c in s.channels] for s in supporters], {c.value: i for i, c in enumerate(Channel)}
        )
        n = len(supporters)

        language_rows: dict[tuple[tuple[str, ...], bool], int] = {}
        language_table: list[NDArray[np.int16]] = []
        district_rows: dict[str | None, int] = {None: 0}
        district_table: list[NDArray[np.int16]] = [np.zeros(n, dtype=np.int16)]
        topic_rows: dict[frozenset[str], int] = {frozenset(): 0}
        topic_table: list[NDArray[np.int16]] = [np.zeros(n, dtype=np.int16)]
        channel_rows: dict[Channel | None, int] = {None: 0}
        channel_table: list[NDArray[np.int16]] = [np.zeros(n, dtype=np.int16)]
        self.language = np.empty(len(requests), dtype=np.int64)
        self.district = np.empty(len(requests), dtype=np.int64)
        self.topic = np.empty(len(requests), dtype=np.int64)
        self.channel = np.empty(len(requests), dtype=np.int64)
        for index, request in enumerate(requests):
            key = (request.languages, request.interpreter)
            if key not in language_rows:
                language_rows[key] = len(language_table)
                columns = [languages[code] for code in request.languages]
                first = speaks[:, columns[0]] if columns else np.zeros(n, dtype=bool)
                shared = speaks[:, columns].any(axis=1) if columns else np.zeros(n, dtype=bool)
                fallback = 0 if request.interpreter else LANGUAGE_EXCLUDED
                language_table.append(
                    np.where(first, FIRST_LANGUAGE, np.where(shared, OTHER_LANGUAGE, fallback)).astype(
                        np.int16
                    )
                )
            self.language[index] = language_rows[key]
            if request.district is not None and request.district not in district_rows:
                district_rows[request.district] = len(district_table)
                district_table.append((DISTRICT * works_in[:, districts[request.district]]).astype(np.int16))
            self.district[index] = district_rows[request.district]
            if request.topics not in topic_rows:
                topic_rows[request.topics] = len(topic_table)
                covered = knows[:, [topics[t] for t in request.topics]].sum(axis=1)
                topic_table.append((EXPERTISE * covered // len(request.topics)).astype(np.int16))
            self.topic[index] = topic_rows[request.topics]
            if request.channel is not None and request.channel not in channel_rows:
                channel_rows[request.channel] = len(channel_table)
                column = list(Channel).index(request.channel)
                channel_table.append((CHANNEL * offers[:, column]).astype(np.int16))
            self.channel[index] = channel_rows[request.channel]
        empty = np.zeros((0, n), dtype=np.int16)
        self.language_table = np.vstack(language_table) if language_table else empty
        self.district_table = np.vstack(district_table)
        self.topic_table = np.vstack(topic_table)
        self.channel_table = np.vstack(channel_table)
        self.capacity = np.array([s.capacity for s in supporters], dtype=np.int64)

    def base(self, rows: slice) -> NDArray[np.int16]:
        """Points without room for requests `rows` against all supporters; INELIGIBLE without a shared language."""
        points = self.language_table[self.language[rows]]
        points += self.district_table[self.district[rows]]
        points += self.topic_table[self.topic[rows]]
        points += self.channel_table[self.channel[rows]]
        points[points < 0] = INELIGIBLE
        return points


def base_matrix(
    requests: Sequence[SupportRequest], supporters: Sequence[Supporter], *, chunk: int = 2048
) -> NDArray[np.int16]:
    """Points without room (requests x supporters), INELIGIBLE where no language is shared and no interpreter.

    Equals `score(r, s).score - room_points(s.capacity)` for every eligible pair with room (tested).
    """
    encoded = Encoded(requests, supporters)
    out = np.empty((len(requests), len(supporters)), dtype=np.int16)
    for start in range(0, len(requests), chunk):
        rows = slice(start, min(start + chunk, len(requests)))
        out[rows] = encoded.base(rows)
    return out
