#!/usr/bin/env python3
"""Commissioning benchmark (issue 18): the optimiser end to end, and its national program against HiGHS.

Builds `skillmix` in release, then
1. times `skillmix commission --geography boards` end to end (process start, catalogue, every board's program
   with its lookahead, ramps and capacities, and the projection of the plan with the default 1,000 runs), RUNS
   times, and prints the median and the slowest (goal: under 2 s);
2. exports the coupled national program (`--budget`, every board in one LP) as MPS and times
   `skillmix solve --repeat N` (solve only) against HiGHS (SciPy) on the same file in the same run, with both
   objectives (goal: within 2x HiGHS).

Settings: RUNS (5), REPEAT (3), BUDGET (700000000 pounds a year).
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RUNS = int(os.environ.get("RUNS", "5"))
REPEAT = int(os.environ.get("REPEAT", "3"))
BUDGET = os.environ.get("BUDGET", "700000000")


def highs_seconds(path):
    """Median HiGHS solve time (reading the file excluded) and its objective, with the reference's own MPS reader
    (scripts/highs-reference.py) and the same call."""
    import importlib.util

    from scipy.optimize import Bounds, LinearConstraint, milp

    spec = importlib.util.spec_from_file_location("highs_reference", os.path.join(ROOT, "scripts", "highs-reference.py"))
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    c, A, lower, upper, lo, hi, integer, maximise, offset = reference.read_mps(path)
    sign = -1.0 if maximise else 1.0
    times, objective = [], None
    for _ in range(REPEAT):
        started = time.perf_counter()
        result = milp(sign * c, constraints=[LinearConstraint(A, lower, upper)], integrality=integer,
                      bounds=Bounds(lo, hi), options={"mip_rel_gap": 1e-9})
        times.append(time.perf_counter() - started)
        if result.status != 0:
            sys.exit(f"HiGHS: {result.message}")
        objective = float(sign * result.fun + offset)
    return statistics.median(times), objective


def main():
    subprocess.run(["swift", "build", "-c", "release", "--product", "skillmix"], cwd=ROOT, check=True)
    binary = os.path.join(ROOT, ".build", "release", "skillmix")
    work = tempfile.mkdtemp(prefix="skillmix-commission-bench-")
    env = {**os.environ, "DATABASE_URL": f"sqlite:{work}/bench.sqlite"}
    subprocess.run([binary, "migrate"], cwd=work, env=env, check=True, capture_output=True)

    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run = subprocess.run([binary, "commission", "--geography", "boards"], cwd=work, env=env, capture_output=True,
                             text=True)
        timings.append(time.perf_counter() - started)
        if run.returncode != 0:
            sys.exit(f"skillmix commission failed: {run.stderr}")
    solved = re.search(r"\((\d+) of (\d+) places solved", run.stdout)
    print(f"skillmix commission --geography boards, end to end, {RUNS} runs: median {statistics.median(timings):.3f} s, "
          f"slowest {max(timings):.3f} s ({solved.group(1)} of {solved.group(2)} boards solved)")

    mps = os.path.join(work, "national.mps")
    run = subprocess.run([binary, "commission", "--geography", "boards", "--budget", BUDGET, "--runs", "1", "--mps", mps],
                         cwd=work, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"the national program could not be made: {run.stderr}")
    with open(mps) as handle:
        lines = handle.read().split("\nCOLUMNS")[0].splitlines()
    size = sum(1 for line in lines if line.startswith(" "))
    ours = subprocess.run([binary, "solve", mps, "--json", "--timing", "--repeat", str(REPEAT)], cwd=work,
                          capture_output=True, text=True)
    answer = json.loads(ours.stdout)
    our_seconds = float(re.search(r"solve_seconds_median=([\d.e-]+)", ours.stderr).group(1))
    highs, highs_objective = highs_seconds(mps)
    agree = abs(answer["objective"] - highs_objective) <= 1e-6 * max(1, abs(highs_objective))
    print(f"Coupled national program (every board, budget £{int(BUDGET):,} a year, {size:,} rows), solve only, "
          f"median of {REPEAT}: Skillmix {our_seconds:.3f} s, HiGHS {highs:.3f} s, ratio {our_seconds / highs:.2f}x; "
          f"objectives {answer['objective']:.6g} and {highs_objective:.6g} ({'agree' if agree else 'DIFFER'} to 1e-6)")


if __name__ == "__main__":
    main()
