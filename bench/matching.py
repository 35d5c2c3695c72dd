"""Batch matching of open requests to supporters: time and quality, with a greedy baseline in the same run.

Prints, one figure per line:
  matching R requests over S supporters: X s   CPU seconds of `assign_batch` (the promise: under 2 s for 10,000 x 1,000)
  matching detail                              wall time, method, assigned, slots, total score
  greedy baseline                              each request in id order takes its best supporter with room left
  pruning check                                on a smaller instance: pruned (as used above) against exact

The data is generated (seeded): 1 to 2 languages per request with Dutch most common, 40 districts, 0 to 3 of 8
topics, a preferred channel or none, 30 % can have an interpreter; supporters speak Dutch plus up to two other
languages and have room for 5 to 15 clients. Total room is then about equal to demand, the hardest case for an
assignment solver. CPU time is reported, as in bench/run.py: other processes steal wall time, not CPU time.
"""

from __future__ import annotations

import argparse
import random
import time

import numpy as np

from toegang.matching import Channel, Supporter, SupportRequest, assign_batch
from toegang.matching.score import base_matrix, room_points

LANGUAGES = ["nl"] * 6 + ["en", "ar", "tr", "pl", "ti", "uk", "so", "fa", "zgh", "es"]
DISTRICTS = [f"wijk {i:02d}" for i in range(1, 41)]
TOPICS = ["schulden", "wonen", "werk", "gezondheid", "jongeren", "statushouders", "zorg", "inkomen"]
LIMIT_SECONDS = 2.0


def generate(n_requests: int, n_supporters: int, seed: int) -> tuple[list[SupportRequest], list[Supporter]]:
    rnd = random.Random(seed)
    requests = []
    for i in range(n_requests):
        languages = tuple(dict.fromkeys(rnd.choice(LANGUAGES) for _ in range(rnd.randint(1, 2))))
        requests.append(
            SupportRequest(
                id=f"a{i:06d}",
                languages=languages,
                district=rnd.choice(DISTRICTS),
                topics=frozenset(rnd.sample(TOPICS, rnd.randint(0, 3))),
                channel=rnd.choice([None, *Channel]),
                interpreter=rnd.random() < 0.3,
            )
        )
    supporters = []
    for j in range(n_supporters):
        supporters.append(
            Supporter(
                id=f"o{j:05d}",
                languages=frozenset({"nl", *rnd.sample(LANGUAGES, rnd.randint(0, 2))}),
                districts=frozenset(rnd.sample(DISTRICTS, rnd.randint(1, 4))),
                expertise=frozenset(rnd.sample(TOPICS, rnd.randint(1, 4))),
                channels=frozenset(rnd.sample(list(Channel), rnd.randint(1, 4))),
                capacity=rnd.randint(5, 15),
            )
        )
    return requests, supporters


def greedy(requests: list[SupportRequest], supporters: list[Supporter]) -> tuple[int, int]:
    """Baseline: each request in id order takes its best eligible supporter that still has room."""
    requests = sorted(requests, key=lambda r: r.id)
    supporters = sorted(supporters, key=lambda s: s.id)
    base = base_matrix(requests, supporters).astype(np.int64)
    room = np.array([s.capacity for s in supporters], dtype=np.int64)
    assigned = total = 0
    for row in range(len(requests)):
        value = base[row] + 2 * np.minimum(room, 5)
        value[(base[row] < 0) | (room <= 0)] = -1
        best = int(np.argmax(value))
        if value[best] < 0:
            continue
        assigned += 1
        total += int(base[row, best]) + room_points(int(room[best]))
        room[best] -= 1
    return assigned, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--supporters", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args(argv)
    if args.requests < 1 or args.supporters < 1:
        parser.error("--requests and --supporters must be at least 1")
    requests, supporters = generate(args.requests, args.supporters, args.seed)
    slots = sum(s.capacity for s in supporters)

    wall, cpu = time.perf_counter(), time.process_time()
    result = assign_batch(requests, supporters)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    verdict = "within" if cpu < LIMIT_SECONDS else "OVER"
    print(f"matching {args.requests} requests over {args.supporters} supporters: {cpu:.2f} s")
    print(
        f"matching detail: {wall:.2f} s wall, method {result.method} (exact: {result.exact}), "
        f"assigned {result.assigned} of {args.requests} with {slots} places, total score {result.total_score}; "
        f"{verdict} the {LIMIT_SECONDS:.0f} s limit"
    )
    g_cpu = time.process_time()
    g_assigned, g_total = greedy(requests, supporters)
    g_cpu = time.process_time() - g_cpu
    gain = 100 * (result.total_score - g_total) / g_total if g_total else 0.0
    print(
        f"greedy baseline: {g_cpu:.2f} s, assigned {g_assigned}, total score {g_total}; "
        f"solver gains {result.assigned - g_assigned} assigned and {gain:+.1f}% score"
    )
    check_requests, check_supporters = max(args.requests // 4, 1), max(args.supporters // 4, 1)
    small_requests, small_supporters = generate(check_requests, check_supporters, args.seed + 1)
    pruned = assign_batch(small_requests, small_supporters, prune=True)
    exact = assign_batch(small_requests, small_supporters, method="sparse", prune=False)
    gap = 100 * (exact.total_score - pruned.total_score) / exact.total_score if exact.total_score else 0.0
    print(
        f"pruning check ({check_requests} x {check_supporters}): pruned assigned {pruned.assigned}, score "
        f"{pruned.total_score}; exact assigned {exact.assigned}, score {exact.total_score}; gap {gap:.3f}%"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
