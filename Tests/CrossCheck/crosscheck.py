#!/usr/bin/env python3
"""Independent cross-check of `talent match` against other solvers.

Generates seeded random preference instances of several shapes and sizes, writes each in
the interchange format of `talent match --instance`, and solves it three ways:

- `talent match --instance FILE --format json` in stable and optimal mode;
- the PyPI package `matching` (HospitalResident, resident-optimal): the stable result
  must be identical, placement for placement;
- SciPy's `linear_sum_assignment` on capacity-expanded columns, maximising
  M + score per placement (M outweighs any difference in total score): the optimal
  result must place as many trainees with the same total score.

Every result of `talent` is also checked to be feasible: ranked pairs, the instance's
scores, capacities respected. Exits with 1 on any mismatch.

    python3 Tests/CrossCheck/crosscheck.py [--talent .build/debug/talent]
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import warnings

import numpy
from scipy.optimize import linear_sum_assignment

warnings.simplefilter("ignore")
from matching.games import HospitalResident  # noqa: E402

# name, seeds, trainees, vacancies, longest ranking, capacities, scores, vacancies rank by
SHAPES = [
    ("tiny", 20, 6, 3, 3, (0, 2), "any", "random"),
    ("small", 10, 40, 8, 5, (0, 4), "any", "random"),
    ("scarce openings", 5, 300, 20, 6, (1, 3), "any", "random"),
    ("abundant openings", 5, 60, 50, 10, (1, 5), "any", "random"),
    ("one opening each", 5, 100, 100, 8, (1, 1), "any", "random"),
    ("score ties", 5, 200, 25, 6, (0, 4), "few", "score"),
    ("large", 2, 2000, 150, 8, (1, 5), "any", "score"),
]


def generate(rng, trainees, vacancies, longest, capacities, scores, ranked_by):
    """An instance document: rankings, capacities and one score per ranked pair."""
    vacancy_ids = [f"e{v // 10}/v{v}" for v in range(vacancies)]
    trainee_ids = [f"t{t:05d}" for t in range(trainees)]
    rankings, pair_scores, ranked = {}, {}, {v: [] for v in vacancy_ids}
    for trainee in trainee_ids:
        chosen = rng.sample(vacancy_ids, rng.randint(0, min(longest, vacancies)))
        rankings[trainee] = chosen
        for vacancy in chosen:
            pair_scores[trainee, vacancy] = rng.randint(0, 1000) if scores == "any" else rng.choice([600, 650, 700])
            ranked[vacancy].append(trainee)
    for vacancy, applicants in ranked.items():
        if ranked_by == "score":
            applicants.sort(key=lambda t: (-pair_scores[t, vacancy], t))
        else:
            rng.shuffle(applicants)
    return {
        "trainees": [{"id": t, "ranking": rankings[t]} for t in trainee_ids],
        "vacancies": [{"id": v, "capacity": rng.randint(*capacities), "ranking": ranked[v]} for v in vacancy_ids],
        "scores": [{"trainee": t, "vacancy": v, "score": s} for (t, v), s in pair_scores.items()],
    }


def solve_hospital_resident(document):
    """The resident-optimal stable matching from `matching`, as a set of (trainee, vacancy)."""
    capacities = {v["id"]: v["capacity"] for v in document["vacancies"] if v["capacity"] > 0}
    residents = {t["id"]: [v for v in t["ranking"] if v in capacities] for t in document["trainees"]}
    residents = {r: p for r, p in residents.items() if p}
    hospitals = {v["id"]: [t for t in v["ranking"] if t in residents] for v in document["vacancies"] if v["id"] in capacities}
    hospitals = {h: p for h, p in hospitals.items() if p}
    if not residents or not hospitals:
        return set()
    game = HospitalResident.create_from_dictionaries(residents, hospitals, {h: capacities[h] for h in hospitals})
    return {(r.name, h.name) for h, rs in game.solve(optimal="resident").items() for r in rs}


def solve_assignment(document):
    """(placements, total score) of a maximum assignment, most placements first, by SciPy."""
    trainees = [t["id"] for t in document["trainees"]]
    slots = [v["id"] for v in document["vacancies"] for _ in range(max(0, v["capacity"]))]
    if not trainees or not slots:
        return 0, 0
    big = 1000 * min(len(trainees), len(slots)) + 1
    row = {t: i for i, t in enumerate(trainees)}
    columns = {}
    for j, vacancy in enumerate(slots):
        columns.setdefault(vacancy, []).append(j)
    weight = numpy.zeros((len(trainees), len(slots)))
    for entry in document["scores"]:
        for j in columns.get(entry["vacancy"], []):
            weight[row[entry["trainee"]], j] = big + entry["score"]
    rows, cols = linear_sum_assignment(weight, maximize=True)
    chosen = [weight[i, j] for i, j in zip(rows, cols) if weight[i, j] > 0]
    return len(chosen), int(round(sum(chosen) - big * len(chosen)))


def run_talent(talent, path, mode):
    completed = subprocess.run([talent, "match", "--instance", path, "--mode", mode, "--format", "json"],
                               capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"talent match --mode {mode} failed ({completed.returncode}): {completed.stderr}")
    return json.loads(completed.stdout)


def infeasibilities(document, result):
    """Why `result` is not a feasible assignment of `document`, if it is not."""
    score = {(s["trainee"], s["vacancy"]): s["score"] for s in document["scores"]}
    capacity = {v["id"]: v["capacity"] for v in document["vacancies"]}
    problems, load, seen = [], {}, set()
    for placement in result["placements"]:
        pair = (placement["trainee"], placement["vacancy"])
        if pair not in score:
            problems.append(f"{pair} is not a ranked pair")
        elif score[pair] != placement["score"]:
            problems.append(f"{pair} has score {placement['score']}, the instance says {score[pair]}")
        if placement["trainee"] in seen:
            problems.append(f"{placement['trainee']} is placed twice")
        seen.add(placement["trainee"])
        load[placement["vacancy"]] = load.get(placement["vacancy"], 0) + 1
    problems += [f"{v} holds {n} of {capacity.get(v, 0)}" for v, n in load.items() if n > capacity.get(v, 0)]
    everyone = {t["id"] for t in document["trainees"]}
    if seen | set(result["unplaced"]) != everyone or seen & set(result["unplaced"]):
        problems.append("placed and unplaced trainees do not add up to the instance's trainees")
    return problems


def check(talent, name, seed, document, folder):
    path = os.path.join(folder, f"instance-{seed}.json")
    with open(path, "w") as file:
        json.dump(document, file)
    stable, optimal = run_talent(talent, path, "stable"), run_talent(talent, path, "optimal")
    problems = [f"stable: {p}" for p in infeasibilities(document, stable)]
    problems += [f"optimal: {p}" for p in infeasibilities(document, optimal)]
    ours = {(p["trainee"], p["vacancy"]) for p in stable["placements"]}
    theirs = solve_hospital_resident(document)
    if ours != theirs:
        problems.append(f"stable differs from matching: only ours {sorted(ours - theirs)[:5]}, "
                        f"only matching's {sorted(theirs - ours)[:5]}")
    count, total = solve_assignment(document)
    ours_optimal = (len(optimal["placements"]), sum(p["score"] for p in optimal["placements"]))
    if ours_optimal != (count, total):
        problems.append(f"optimal places {ours_optimal[0]} with total {ours_optimal[1]}, SciPy {count} with {total}")
    for problem in problems:
        print(f"MISMATCH {name} seed {seed}: {problem}")
    return not problems, len(stable["placements"]), ours_optimal[0], len(document["scores"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--talent", default=".build/debug/talent", help="the talent executable")
    arguments = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="talent-crosscheck-") as folder:
        for name, seeds, *shape in SHAPES:
            results = [check(arguments.talent, name, seed, generate(random.Random(f"{name}-{seed}"), *shape), folder)
                       for seed in range(seeds)]
            failed = sum(1 for ok, *_ in results if not ok)
            failures += failed
            pairs = sum(r[3] for r in results)
            print(f"{name}: {seeds} instances, {pairs} ranked pairs, {sum(r[1] for r in results)} stable and "
                  f"{sum(r[2] for r in results)} optimal placements: {'ok' if not failed else f'{failed} MISMATCHED'}")
    print("cross-check " + ("passed" if failures == 0 else f"FAILED on {failures} instances"))
    return 1 if failures else 0


if __name__ == "__main__":
    # `matching` deep-copies its players recursively: give it room.
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(1 << 29)
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(main()))
    worker.start()
    worker.join()
    sys.exit(outcome[0] if outcome else 1)
