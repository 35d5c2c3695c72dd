"""Scores and reasons for one pair, hard constraints, ranked proposals, and the vectorised scores."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toegang.matching import Channel, ReasonKind, Supporter, SupportRequest, base_matrix, propose, score
from toegang.matching.score import INELIGIBLE, MAX_SCORE, room_points

REQUEST = SupportRequest(
    id="a1",
    languages=("ar", "nl"),
    district="Noord",
    topics=frozenset({"schulden", "wonen"}),
    channel=Channel.THUIS,
)


def supporter(**changes: object) -> Supporter:
    fields: dict[str, object] = {
        "id": "o1",
        "languages": frozenset({"nl", "ar"}),
        "districts": frozenset({"Noord"}),
        "expertise": frozenset({"schulden", "wonen"}),
        "channels": frozenset({Channel.THUIS}),
        "capacity": 7,
    }
    fields.update(changes)
    return Supporter(**fields)  # type: ignore[arg-type]


def test_a_perfect_fit_scores_the_maximum_with_a_reason_per_aspect() -> None:
    match = score(REQUEST, supporter())
    assert match.eligible and match.score == MAX_SCORE
    texts = {reason.kind: reason.text for reason in match.reasons}
    assert texts[ReasonKind.LANGUAGE] == "Spreekt Arabisch, de eerste taal van de cliënt"
    assert texts[ReasonKind.DISTRICT] == "Werkt in Noord"
    assert texts[ReasonKind.EXPERTISE] == "Kennis van: schulden, wonen"
    assert texts[ReasonKind.CHANNEL] == "Kan bij de cliënt thuis helpen, zoals de cliënt wil"
    assert texts[ReasonKind.CAPACITY] == "Heeft nog plek voor 7 cliënten"


def test_partial_fit_shows_what_is_missing() -> None:
    match = score(
        REQUEST,
        supporter(
            languages=frozenset({"nl"}),
            districts=frozenset({"Zuid"}),
            expertise=frozenset({"wonen"}),
            channels=frozenset({Channel.TELEFOON}),
            capacity=1,
        ),
    )
    assert match.eligible
    assert match.score == 20 + 0 + 15 + 0 + 2
    negatives = [reason.text for reason in match.reasons if not reason.positive]
    assert negatives == [
        "Werkt niet in Noord",
        "Geen kennis van: schulden",
        "Kan niet bij de cliënt thuis helpen",
    ]
    assert "Heeft nog plek voor 1 cliënt" in [reason.text for reason in match.reasons]


def test_no_shared_language_excludes_unless_an_interpreter_can_join() -> None:
    other = supporter(languages=frozenset({"tr"}))
    excluded = score(REQUEST, other)
    assert not excluded.eligible and excluded.score == 0
    assert "geen tolk" in excluded.reasons[0].text
    with_interpreter = SupportRequest(id="a2", languages=("ar",), interpreter=True)
    match = score(with_interpreter, other)
    assert match.eligible
    assert match.reasons[0].kind is ReasonKind.INTERPRETER and "tolk" in match.reasons[0].text


def test_no_room_excludes() -> None:
    match = score(REQUEST, supporter(capacity=0))
    assert not match.eligible and match.score == 0
    assert match.reasons[-1].text == "Heeft geen plek meer voor een nieuwe cliënt"


def test_proposal_is_ranked_with_ties_broken_by_id_and_excludes_the_ineligible() -> None:
    people = [
        supporter(id="o3"),
        supporter(id="o1"),
        supporter(id="o2", districts=frozenset()),
        supporter(id="o0", capacity=0),
        supporter(id="o4", languages=frozenset({"pl"})),
    ]
    assert [m.supporter_id for m in propose(REQUEST, people, n=5)] == ["o1", "o3", "o2"]
    assert [m.supporter_id for m in propose(REQUEST, people, n=1)] == ["o1"]


LANGS = st.sampled_from(["nl", "ar", "tr", "pl", "ti"])
TOPICS = st.sampled_from(["schulden", "wonen", "werk", "zorg"])
DISTRICTS = st.sampled_from(["Noord", "Zuid", "Oost", "West"])
requests = st.builds(
    SupportRequest,
    id=st.uuids().map(str),
    languages=st.lists(LANGS, max_size=3, unique=True).map(tuple),
    district=st.none() | DISTRICTS,
    topics=st.frozensets(TOPICS, max_size=3),
    channel=st.none() | st.sampled_from(list(Channel)),
    interpreter=st.booleans(),
)
supporters = st.builds(
    Supporter,
    id=st.uuids().map(str),
    languages=st.frozensets(LANGS, max_size=3),
    districts=st.frozensets(DISTRICTS, max_size=3),
    expertise=st.frozensets(TOPICS, max_size=3),
    channels=st.frozensets(st.sampled_from(list(Channel)), max_size=3),
    capacity=st.integers(min_value=1, max_value=8),
)


@settings(max_examples=150, deadline=None)
@given(rs=st.lists(requests, min_size=1, max_size=6), ss=st.lists(supporters, min_size=1, max_size=6))
def test_vectorised_points_equal_the_explained_score(rs: list[SupportRequest], ss: list[Supporter]) -> None:
    matrix = base_matrix(rs, ss)
    for i, request in enumerate(rs):
        for j, person in enumerate(ss):
            match = score(request, person)
            expected = match.score - room_points(person.capacity) if match.eligible else INELIGIBLE
            assert matrix[i, j] == expected, (request, person, match)
