#!/usr/bin/env python3
"""Projection Monte Carlo benchmark: Skillmix's Engine B against the NumPy reference, same input, same run.

Builds `projection-bench` in release (the engine the app uses), then on ../shared/bench/projection/input_seed1.json:
1. checks deterministic mode (100 runs) against the reference's check file with its compare.py (1e-9 relative);
2. times the full instance (RUNS = 10,000 runs x 15 years x 20 roles x 42 regions) ROUNDS times each for ours
   and the reference, alternating, and prints the median simulate_seconds of each, the ratio and the peak RSS
   (from /usr/bin/time);
3. compares the stochastic outputs statistically with compare.py --stochastic.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REFERENCE = os.path.join(os.path.dirname(ROOT), "shared", "bench", "projection")
INPUT = os.path.join(REFERENCE, "input_seed1.json")
RUNS = os.environ.get("RUNS", "10000")
ROUNDS = int(os.environ.get("ROUNDS", "5"))


def timed(command):
    """Runs a command under /usr/bin/time; returns simulate_seconds and the peak RSS in MiB."""
    out = subprocess.run(["/usr/bin/time", "-f", "peak_kb=%M"] + command, capture_output=True, text=True, check=True)
    seconds = float(re.search(r"simulate_seconds=([\d.e-]+)", out.stderr).group(1))
    peak = int(re.search(r"peak_kb=(\d+)", out.stderr).group(1)) / 1024
    return seconds, peak


def main():
    subprocess.run(["swift", "build", "-c", "release", "--product", "projection-bench"], cwd=ROOT, check=True)
    ours = os.path.join(ROOT, ".build", "release", "projection-bench")
    work = tempfile.mkdtemp(prefix="skillmix-projection-bench-")
    deterministic = os.path.join(work, "det.json")
    subprocess.run([ours, INPUT, "--runs", "100", "--seed", "1", "--deterministic", "--out", deterministic],
                   check=True, capture_output=True)
    check = subprocess.run([sys.executable, os.path.join(REFERENCE, "compare.py"),
                            os.path.join(REFERENCE, "check_deterministic.json"), deterministic],
                           capture_output=True, text=True)
    print("Deterministic check (100 runs) against check_deterministic.json:", "PASS" if check.returncode == 0 else "FAIL")
    if check.returncode != 0:
        print(check.stdout, check.stderr)
        sys.exit(1)

    our_out, ref_out = os.path.join(work, "ours.json"), os.path.join(work, "reference.json")
    results = {"ours": [], "reference": []}
    for round_number in range(ROUNDS):
        order = ["ours", "reference"] if round_number % 2 == 0 else ["reference", "ours"]
        for name in order:
            if name == "ours":
                command = [ours, INPUT, "--runs", RUNS, "--seed", "1", "--out", our_out]
            else:
                command = [sys.executable, os.path.join(REFERENCE, "reference.py"), INPUT, "--runs", RUNS,
                           "--seed", "1", "--out", ref_out]
            results[name].append(timed(command))
    stochastic = subprocess.run([sys.executable, os.path.join(REFERENCE, "compare.py"), "--stochastic", ref_out, our_out],
                                capture_output=True, text=True)
    print(f"Full instance: {RUNS} runs x 15 years x 20 roles x 42 regions, {ROUNDS} rounds alternating, medians:")
    medians = {}
    for name, runs in results.items():
        medians[name] = statistics.median(seconds for seconds, _ in runs)
        peak = max(peak for _, peak in runs)
        print(f"  {name:10s} simulate_seconds {medians[name]:.3f} s  (all: {', '.join(f'{s:.3f}' for s, _ in runs)})"
              f"  peak RSS {peak:.0f} MiB")
    print(f"  ratio: ours is {medians['reference'] / medians['ours']:.1f} times faster than the reference (goal: 5)")
    print("Stochastic agreement with the reference (compare.py --stochastic):",
          "PASS" if stochastic.returncode == 0 else "FAIL")
    if stochastic.returncode != 0:
        print(stochastic.stdout)


if __name__ == "__main__":
    main()
