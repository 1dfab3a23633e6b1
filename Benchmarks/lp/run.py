#!/usr/bin/env python3
"""LP/MILP benchmark: Skillmix's solver against HiGHS (through SciPy) on the same MPS files, same run.

Builds `skillmix` in release, writes the benchmark models with the reference generators in
../shared/bench/lp (which also solve them with HiGHS and print its median solve time), then times
`skillmix solve FILE --repeat N` (solve only, not reading the file) and prints both, the ratio and
whether the objectives agree.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REFERENCE = os.path.join(os.path.dirname(ROOT), "shared", "bench", "lp")
TIME_LIMIT = os.environ.get("TIME_LIMIT", "120")

# name, generator arguments, file written, our --repeat, our --gap, how close the objectives must be (relative):
# 1e-6 for models solved to optimality; the gap itself for the commissioning MILP, which both solvers stop at 1%.
CASES = [
    ("team LP (72 x 181)", ["skillmix.py", "--repeat", "7", "--mode", "lp"], "team.mps", 7, "1e-6", 1e-6),
    ("team MILP (20 integer)", ["skillmix.py", "--repeat", "3", "--mode", "milp"], "team.mps", 3, "1e-4", 1e-4),
    ("50-team LP (2,571 x 9,050)", ["skillmix.py", "--teams", "50", "--repeat", "3", "--mode", "lp"], "team50.mps", 3, "1e-6", 1e-6),
    ("commissioning LP (11,770 x 25,200)", ["training.py", "--mode", "lp", "--repeat", "3"], "training.mps", 3, "1e-6", 1e-6),
    ("commissioning MILP (16,800 integer), 1% gap",
     ["training.py", "--mode", "milp", "--mip-gap", "0.01", "--repeat", "1", "--time-limit", TIME_LIMIT],
     "training-milp.mps", 1, "0.01", 0.01),
]


def main():
    if not os.path.isdir(REFERENCE):
        sys.exit(f"the reference generators are missing: {REFERENCE}")
    subprocess.run(["swift", "build", "-c", "release", "--product", "skillmix"], cwd=ROOT, check=True)
    binary = os.path.join(ROOT, ".build", "release", "skillmix")
    out = tempfile.mkdtemp(prefix="skillmix-lp-bench-")
    rows = []
    for name, generator, file, repeat, gap, tolerance in CASES:
        path = os.path.join(out, file)
        text = subprocess.run(["python3", *generator, "--mps", path], cwd=REFERENCE, capture_output=True, text=True, check=True).stdout
        m = re.search(r"objective=([-\d.e+]+) highs_seconds_median=([\d.e-]+)", text)
        highs_objective, highs_seconds = float(m.group(1)), float(m.group(2))
        try:
            run = subprocess.run(
                [binary, "solve", path, "--json", "--timing", "--repeat", str(repeat), "--gap", gap, "--time-limit", TIME_LIMIT],
                capture_output=True, text=True, timeout=float(TIME_LIMIT) * (repeat + 1) + 60,
            )
            answer = json.loads(run.stdout)
            ours = re.search(r"solve_seconds_median=([\d.e-]+)", run.stderr)
            seconds = float(ours.group(1)) if ours else None
            status, objective = answer["status"], answer.get("objective")
        except subprocess.TimeoutExpired:
            seconds, status, objective = None, "timeout", None
        if seconds is None and status != "timeout":
            seconds = float("nan")
        agree = objective is not None and abs(objective - highs_objective) <= tolerance * max(1, abs(highs_objective))
        rows.append((name, highs_seconds, seconds, status, agree, tolerance))
        print(f"{name}: HiGHS {highs_seconds:.4f} s, ours {seconds if seconds is None else round(seconds, 4)} s ({status})", flush=True)
    print("\n| model | HiGHS (s) | Skillmix (s) | ratio | status | objectives agree |")
    print("|---|---|---|---|---|---|")
    for name, highs, ours, status, agree, tolerance in rows:
        ratio = f"{ours / highs:.2g}x" if status == "optimal" and ours and ours == ours else "-"
        print(f"| {name} | {highs:.4f} | {'-' if ours is None else f'{ours:.4f}'} | {ratio} | {status} | {'yes' if agree else 'no'} (to {tolerance:g}) |")


if __name__ == "__main__":
    main()
