# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/examples/idle_cost.py runs, with and without matplotlib, and prints what solve() gives."""
import os
import re
import subprocess
import sys

import pytest
import warmshell
from conftest import SOURCE_DIR, TEST_DATA

SCRIPT = SOURCE_DIR / 'docs' / 'examples' / 'idle_cost.py'
DATES = ['2026-01-01', '2026-07-01', '2027-01-01']
# Delivered by each date (the script's FLEET): 8 A100 (64 GPUs); + 8 H100 on 2026-04-01 (128);
# + 6 B200 on 2026-10-01 (176). Energized and idle GPUs add up to these.
DELIVERED_GPUS = [64, 128, 176]


def run_example(tmp_path, block_matplotlib):
    blocker = "import sys; sys.modules['matplotlib'] = None; " if block_matplotlib else ''
    code = blocker + f"import runpy, sys; sys.argv = ['idle_cost.py']; runpy.run_path({str(SCRIPT)!r}, run_name='__main__')"
    # The module this test imported, wherever PYTHONPATH pointed (the script runs in tmp_path).
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.abspath(warmshell.__file__)))
    run = subprocess.run([sys.executable, '-c', code], cwd=tmp_path, capture_output=True, text=True, env=env,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    return run.stdout


def table_rows(output):
    return [(m[1], int(m[2]), int(m[3]), float(m[4].replace(',', '')))
            for m in re.finditer(r'^(\d{4}-\d\d-\d\d) +\w+ +(\d+) +(\d+) +([\d,]+) USD$', output, re.M)]


def test_example_prints_the_table_without_matplotlib(tmp_path):
    output = run_example(tmp_path, block_matplotlib=True)
    assert 'matplotlib is not installed' in output
    rows = table_rows(output)
    assert [r[0] for r in rows] == DATES
    assert [on + idle for _, on, idle, _ in rows] == DELIVERED_GPUS
    # The same figures as a solve of the same project here.
    project, _ = warmshell.import_netbox(TEST_DATA / 'netbox' / 'racks.json', TEST_DATA / 'netbox' / 'power-panels.json',
                                         TEST_DATA / 'netbox' / 'power-feeds.json', plan_start=DATES[0])
    assert f'{project.name}: {project.rack_count} racks imported' in output
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import idle_cost
    finally:
        sys.path.pop(0)
    full = idle_cost.with_fleet(project, idle_cost.FLEET)
    for date, on, idle, cost in rows:
        totals = warmshell.solve(full, date=date)['totals']
        assert (on, idle) == (totals['energized_gpus'], totals['idle_gpus'])
        assert cost == round(totals['idle_depreciation_per_month'])
    assert rows[-1][3] > 0  # the site cannot energize the whole fleet: something costs money
    assert not (tmp_path / 'idle_cost.png').exists()


def test_example_plots_with_matplotlib(tmp_path):
    pytest.importorskip('matplotlib')
    output = run_example(tmp_path, block_matplotlib=False)
    assert 'chart written to idle_cost.png' in output
    assert (tmp_path / 'idle_cost.png').read_bytes()[:8] == b'\x89PNG\r\n\x1a\n'
