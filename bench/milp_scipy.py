#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""HiGHS (through scipy.optimize.milp) on a free MPS file as GLPK writes it.

Usage: milp_scipy.py FILE.mps TIME_LIMIT_S [REL_GAP]
Prints one JSON line: status, message, objective and bound in the file's sense
(minimised; the bound is HiGHS's own best dual bound, null when it reports none), gap (HiGHS's
relative MIP gap), solve_seconds, parse_seconds.
scipy has no MPS reader; this one handles what glp_write_mps(GLP_MPS_FILE) writes:
free format, N/L/G/E rows, MARKER INTORG/INTEND, RHS, RANGES, BOUNDS (UP LO FX FR MI PL BV).
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix


def read_mps(path):
    rows, row_type, cols = {}, [], {}
    obj_row = None
    ri, ci, vals = [], [], []
    c, integ = [], []
    lo_c, up_c = [], []
    rhs = None
    ranges = None
    section = None
    integer = False
    with open(path) as f:
        for line in f:
            if not line.strip() or line[0] == '*':
                continue
            if line[0] != ' ':
                section = line.split()[0]
                if section == 'RHS':
                    rhs = np.zeros(len(row_type))
                    ranges = np.full(len(row_type), np.nan)
                continue
            t = line.split()
            if section == 'ROWS':
                if t[0] == 'N':
                    if obj_row is None:
                        obj_row = t[1]
                    continue
                rows[t[1]] = len(row_type)
                row_type.append(t[0])
            elif section == 'COLUMNS':
                if len(t) >= 3 and t[1] == "'MARKER'":
                    integer = t[2] == "'INTORG'"
                    continue
                j = cols.get(t[0])
                if j is None:
                    j = cols[t[0]] = len(c)
                    c.append(0.0)
                    integ.append(1 if integer else 0)
                    lo_c.append(0.0)
                    up_c.append(np.inf)
                for k in range(1, len(t) - 1, 2):
                    name, v = t[k], float(t[k + 1])
                    if name == obj_row:
                        c[j] = v
                    else:
                        ri.append(rows[name])
                        ci.append(j)
                        vals.append(v)
            elif section == 'RHS':
                start = 1 if len(t) % 2 == 1 else 0
                for k in range(start, len(t) - 1, 2):
                    if t[k] != obj_row:
                        rhs[rows[t[k]]] = float(t[k + 1])
            elif section == 'RANGES':
                start = 1 if len(t) % 2 == 1 else 0
                for k in range(start, len(t) - 1, 2):
                    ranges[rows[t[k]]] = float(t[k + 1])
            elif section == 'BOUNDS':
                kind = t[0]
                if kind in ('FR', 'MI', 'PL', 'BV') and t[-1] in cols:
                    j, v = cols[t[-1]], None
                else:
                    j, v = cols[t[-2]], float(t[-1])
                if kind == 'UP':
                    up_c[j] = v
                elif kind == 'LO':
                    lo_c[j] = v
                elif kind == 'FX':
                    lo_c[j] = up_c[j] = v
                elif kind == 'FR':
                    lo_c[j], up_c[j] = -np.inf, np.inf
                elif kind == 'MI':
                    lo_c[j] = -np.inf
                elif kind == 'PL':
                    up_c[j] = np.inf
                elif kind == 'BV':
                    lo_c[j], up_c[j] = 0.0, 1.0
                    integ[j] = 1
    m, n = len(row_type), len(c)
    if rhs is None:
        rhs = np.zeros(m)
        ranges = np.full(m, np.nan)
    lo_r, up_r = np.full(m, -np.inf), np.full(m, np.inf)
    for i, kind in enumerate(row_type):
        b, r = rhs[i], ranges[i]
        if kind == 'L':
            up_r[i] = b
            if not np.isnan(r):
                lo_r[i] = b - abs(r)
        elif kind == 'G':
            lo_r[i] = b
            if not np.isnan(r):
                up_r[i] = b + abs(r)
        else:
            lo_r[i] = up_r[i] = b
            if not np.isnan(r):
                (up_r if r > 0 else lo_r)[i] = b + r
    a = coo_matrix((vals, (ri, ci)), shape=(m, n)).tocsr()
    return np.array(c), a, lo_r, up_r, np.array(lo_c), np.array(up_c), np.array(integ)


def finite_or_none(value):
    """HiGHS's figure as a float, or None (JSON null) when it reports none: json.dumps would
    write NaN or Infinity, which are not JSON."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if np.isfinite(value) else None


def main():
    path, limit = sys.argv[1], float(sys.argv[2])
    gap = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    t0 = time.monotonic()
    c, a, lo_r, up_r, lo_c, up_c, integ = read_mps(path)
    t1 = time.monotonic()
    res = milp(c, constraints=LinearConstraint(a, lo_r, up_r), integrality=integ, bounds=Bounds(lo_c, up_c),
               options={'time_limit': limit, 'disp': False, 'mip_rel_gap': gap})
    t2 = time.monotonic()
    out = {'status': int(res.status), 'message': str(res.message), 'objective': None, 'bound': None, 'gap': None,
           'solve_seconds': t2 - t1, 'parse_seconds': t1 - t0, 'rows': a.shape[0], 'columns': a.shape[1]}
    if res.x is not None:
        out['objective'] = float(res.fun)
        out['bound'] = finite_or_none(getattr(res, 'mip_dual_bound', None))
        out['gap'] = finite_or_none(getattr(res, 'mip_gap', None))
    print(json.dumps(out))


if __name__ == '__main__':
    main()
