"""Batch assignment: optimal against brute force on tiny cases, solvers agree, capacity holds, order-free."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toegang.matching import Channel, Supporter, SupportRequest, assign_batch, explain, score

LANGS = st.sampled_from(["nl", "ar", "tr"])
TOPICS = st.sampled_from(["schulden", "wonen", "werk"])
DISTRICTS = st.sampled_from(["Noord", "Zuid"])


def requests_strategy(max_size: int) -> st.SearchStrategy[list[SupportRequest]]:
    one = st.builds(
        SupportRequest,
        id=st.just(""),
        languages=st.lists(LANGS, min_size=1, max_size=2, unique=True).map(tuple),
        district=st.none() | DISTRICTS,
        topics=st.frozensets(TOPICS, max_size=2),
        channel=st.none() | st.sampled_from(list(Channel)),
        interpreter=st.booleans(),
    )
    return st.lists(one, min_size=1, max_size=max_size).map(
        lambda items: [replace(item, id=f"a{i}") for i, item in enumerate(items)]
    )


def supporters_strategy(max_size: int, max_capacity: int) -> st.SearchStrategy[list[Supporter]]:
    one = st.builds(
        Supporter,
        id=st.just(""),
        languages=st.frozensets(LANGS, min_size=1, max_size=2),
        districts=st.frozensets(DISTRICTS, max_size=2),
        expertise=st.frozensets(TOPICS, max_size=2),
        channels=st.frozensets(st.sampled_from(list(Channel)), max_size=2),
        capacity=st.integers(min_value=0, max_value=max_capacity),
    )
    return st.lists(one, min_size=1, max_size=max_size).map(
        lambda items: [replace(item, id=f"o{i}") for i, item in enumerate(items)]
    )


def brute_force(requests: list[SupportRequest], supporters: list[Supporter]) -> tuple[int, int]:
    """Best (number assigned, total score) over every assignment; a supporter's room shrinks as it fills."""
    best = (0, 0)
    for choice in itertools.product([None, *range(len(supporters))], repeat=len(requests)):
        counts = [choice.count(j) for j in range(len(supporters))]
        if any(count > person.capacity for count, person in zip(counts, supporters, strict=True)):
            continue
        given_so_far = [0] * len(supporters)
        total = 0
        feasible = True
        for request, j in zip(requests, choice, strict=True):
            if j is None:
                continue
            person = supporters[j]
            match = score(request, replace(person, capacity=person.capacity - given_so_far[j]))
            if not match.eligible:
                feasible = False
                break
            given_so_far[j] += 1
            total += match.score
        if feasible:
            best = max(best, (sum(c is not None for c in choice), total))
    return best


@settings(max_examples=120, deadline=None)
@given(requests=requests_strategy(5), supporters=supporters_strategy(3, 2))
def test_optimal_against_brute_force(requests: list[SupportRequest], supporters: list[Supporter]) -> None:
    expected = brute_force(requests, supporters)
    for kwargs in ({"method": "dense"}, {"method": "sparse", "prune": False}, {"prune": True, "top_k": 3}):
        result = assign_batch(requests, supporters, **kwargs)  # type: ignore[arg-type]
        assert (result.assigned, result.total_score) == expected, kwargs
        if result.method != "none":  # "none": nobody has room, nothing to solve
            assert result.exact is not kwargs.get("prune", False)


@settings(max_examples=60, deadline=None)
@given(requests=requests_strategy(12), supporters=supporters_strategy(5, 4))
def test_capacity_eligibility_and_explanations_hold(
    requests: list[SupportRequest], supporters: list[Supporter]
) -> None:
    result = assign_batch(requests, supporters)
    by_id = {s.id: s for s in supporters}
    load: dict[str, int] = {}
    for assignment in result.assignments:
        if assignment.supporter_id is not None:
            load[assignment.supporter_id] = load.get(assignment.supporter_id, 0) + 1
    assert all(load[sid] <= by_id[sid].capacity for sid in load)
    reasons = explain(result, requests, supporters)
    assert set(reasons) == {a.request_id for a in result.assignments if a.supporter_id}
    assert all(reasons[a.request_id].eligible for a in result.assignments if a.supporter_id)
    assert sum(reasons[rid].score for rid in reasons) == result.total_score
    assert [a.request_id for a in result.assignments] == sorted(r.id for r in requests)


def random_instance(
    seed: int, n_requests: int, n_supporters: int
) -> tuple[list[SupportRequest], list[Supporter]]:
    rnd = random.Random(seed)
    langs, topics, districts = (
        ["nl", "ar", "tr", "pl", "ti"],
        ["schulden", "wonen", "werk", "zorg"],
        ["N", "Z", "O", "W"],
    )
    requests = [
        SupportRequest(
            id=f"a{i:03d}",
            languages=tuple(dict.fromkeys(rnd.choice(langs) for _ in range(rnd.randint(1, 2)))),
            district=rnd.choice(districts),
            topics=frozenset(rnd.sample(topics, rnd.randint(0, 2))),
            channel=rnd.choice([None, *Channel]),
            interpreter=rnd.random() < 0.3,
        )
        for i in range(n_requests)
    ]
    supporters = [
        Supporter(
            id=f"o{j:03d}",
            languages=frozenset({"nl", *rnd.sample(langs, rnd.randint(0, 2))}),
            districts=frozenset(rnd.sample(districts, rnd.randint(1, 2))),
            expertise=frozenset(rnd.sample(topics, rnd.randint(1, 3))),
            channels=frozenset(rnd.sample(list(Channel), rnd.randint(1, 3))),
            capacity=rnd.randint(0, 5),
        )
        for j in range(n_supporters)
    ]
    return requests, supporters


@pytest.mark.parametrize("seed", range(4))
def test_dense_and_sparse_solvers_agree_and_pruning_stays_close(seed: int) -> None:
    requests, supporters = random_instance(seed, 120, 30)
    dense = assign_batch(requests, supporters, method="dense")
    sparse = assign_batch(requests, supporters, method="sparse", prune=False)
    assert (dense.assigned, dense.total_score) == (sparse.assigned, sparse.total_score)
    assert dense.exact and sparse.exact and dense.method == "dense" and sparse.method == "sparse"
    pruned = assign_batch(requests, supporters, prune=True, top_k=4)
    assert not pruned.exact and pruned.method == "sparse-top-k"
    assert (pruned.assigned, pruned.total_score) <= (dense.assigned, dense.total_score)  # dense is optimal
    assert pruned.assigned >= dense.assigned - 2
    assert pruned.total_score >= 0.97 * dense.total_score


def test_same_assignment_whatever_the_input_order() -> None:
    requests, supporters = random_instance(7, 80, 20)
    first = assign_batch(requests, supporters, prune=True)
    shuffled = random.Random(1)
    r2, s2 = requests[:], supporters[:]
    shuffled.shuffle(r2)
    shuffled.shuffle(s2)
    assert assign_batch(r2, s2, prune=True) == first
    assert assign_batch(r2, s2) == assign_batch(requests, supporters)


def test_spreading_work_beats_piling_it_on_one_supporter() -> None:
    requests = [SupportRequest(id=f"a{i}", languages=("nl",)) for i in range(2)]
    busy = Supporter(id="o1", languages=frozenset({"nl"}), capacity=2)
    other = Supporter(id="o2", languages=frozenset({"nl"}), capacity=2)
    result = assign_batch(requests, [busy, other])
    assert sorted(result.as_dict().values()) == ["o1", "o2"]  # 4 + 4 room points beat 4 + 2


def test_cardinality_comes_first() -> None:
    # a0 fits o1 perfectly but a1 can only go to o1; o1 has one place. Both must be served if possible.
    a0 = SupportRequest(id="a0", languages=("ar",), district="Noord", interpreter=True)
    a1 = SupportRequest(id="a1", languages=("tr",))
    o1 = Supporter(id="o1", languages=frozenset({"ar", "tr"}), districts=frozenset({"Noord"}), capacity=1)
    o2 = Supporter(id="o2", languages=frozenset({"nl"}), capacity=1)
    result = assign_batch([a0, a1], [o1, o2])
    assert result.as_dict() == {"a0": "o2", "a1": "o1"}


def test_edge_cases() -> None:
    assert assign_batch([], []).assignments == ()
    lonely = SupportRequest(id="a0", languages=("ti",))
    result = assign_batch([lonely], [Supporter(id="o1", languages=frozenset({"nl"}), capacity=3)])
    assert result.as_dict() == {"a0": None} and result.total_score == 0
    with pytest.raises(ValueError, match="dezelfde id"):
        assign_batch([lonely, lonely], [])
    with pytest.raises(ValueError, match="sparse"):
        assign_batch([lonely], [], method="dense", prune=True)
