#!/usr/bin/env python3
"""Solves MPS files with HiGHS (through SciPy) and prints one JSON object: file name -> optimal objective.

An independent reference for Skillmix's solver and team designer: the reader below is written from the MPS
format, not from Skillmix's code, and HiGHS does the solving. Used to make the expected objectives committed
beside the test fixtures (Tests/CatalogueTests/designs/expected.json):

    python3 scripts/highs-reference.py Tests/CatalogueTests/designs/*.mps
"""
import json
import os
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix


def read_mps(path):
    rows, kinds, objective = [], {}, None
    columns, column_index, costs, integer = [], {}, [], []
    entries, rhs, ranges, bounds = [], {}, {}, {}
    maximise, section, in_integer, offset = False, None, False, 0.0
    with open(path) as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("*"):
                continue
            if not line[0].isspace():
                head = line.split()
                section = head[0]
                if section == "OBJSENSE" and len(head) > 1:
                    maximise = head[1] in ("MAX", "MAXIMIZE")
                continue
            fields = line.split()
            if section == "OBJSENSE":
                maximise = fields[0] in ("MAX", "MAXIMIZE")
            elif section == "ROWS":
                kind, name = fields
                if kind == "N" and objective is None:
                    objective = name
                elif kind != "N":
                    kinds[name] = kind
                    rows.append(name)
            elif section == "COLUMNS":
                if len(fields) >= 3 and fields[1] == "'MARKER'":
                    in_integer = fields[2] == "'INTORG'"
                    continue
                name = fields[0]
                if name not in column_index:
                    column_index[name] = len(columns)
                    columns.append(name)
                    costs.append(0.0)
                    integer.append(1 if in_integer else 0)
                    if in_integer:
                        bounds[name] = [0.0, 1.0]  # MPS default for integer markers
                j = column_index[name]
                for row, value in zip(fields[1::2], fields[2::2]):
                    if row == objective:
                        costs[j] = float(value)
                    elif row in kinds:
                        entries.append((row, j, float(value)))
            elif section == "RHS":
                for row, value in zip(fields[1::2], fields[2::2]):
                    if row == objective:
                        offset = -float(value)
                    else:
                        rhs[row] = float(value)
            elif section == "RANGES":
                for row, value in zip(fields[1::2], fields[2::2]):
                    ranges[row] = float(value)
            elif section == "BOUNDS":
                kind, name = fields[0], fields[2]
                value = float(fields[3]) if len(fields) > 3 else None
                lo, hi = bounds.get(name, [0.0, np.inf])
                if kind == "UP":
                    hi = value
                    if value < 0 and lo == 0:
                        lo = -np.inf
                elif kind == "LO":
                    lo = value
                elif kind == "FX":
                    lo = hi = value
                elif kind == "FR":
                    lo, hi = -np.inf, np.inf
                elif kind == "MI":
                    lo = -np.inf
                elif kind == "PL":
                    hi = np.inf
                elif kind == "BV":
                    lo, hi = 0.0, 1.0
                bounds[name] = [lo, hi]
    row_index = {name: i for i, name in enumerate(rows)}
    lower = np.full(len(rows), -np.inf)
    upper = np.full(len(rows), np.inf)
    for name in rows:
        i, b, r = row_index[name], rhs.get(name, 0.0), ranges.get(name)
        kind = kinds[name]
        if kind == "E":
            lower[i] = upper[i] = b
            if r is not None:
                lower[i], upper[i] = (b, b + r) if r > 0 else (b + r, b)
        elif kind == "L":
            upper[i] = b
            if r is not None:
                lower[i] = b - abs(r)
        elif kind == "G":
            lower[i] = b
            if r is not None:
                upper[i] = b + abs(r)
    matrix = coo_matrix(
        ([v for _, _, v in entries], ([row_index[r] for r, _, _ in entries], [j for _, j, _ in entries])),
        shape=(len(rows), len(columns)),
    ).tocsr()
    lo = np.array([bounds.get(c, [0.0, np.inf])[0] for c in columns])
    hi = np.array([bounds.get(c, [0.0, np.inf])[1] for c in columns])
    return np.array(costs), matrix, lower, upper, lo, hi, np.array(integer), maximise, offset


def solve(path):
    c, A, lower, upper, lo, hi, integer, maximise, offset = read_mps(path)
    sign = -1.0 if maximise else 1.0
    constraints = [LinearConstraint(A, lower, upper)] if A.shape[0] else []
    result = milp(sign * c, constraints=constraints, integrality=integer, bounds=Bounds(lo, hi),
                  options={"mip_rel_gap": 1e-9})
    if result.status != 0:
        return {"status": result.message}
    return {"status": "optimal", "objective": float(sign * result.fun + offset)}


if __name__ == "__main__":
    answers = {os.path.basename(path): solve(path) for path in sys.argv[1:]}
    print(json.dumps(answers, indent=2, sort_keys=True))
