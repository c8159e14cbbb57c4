# SPDX-License-Identifier: GPL-3.0-or-later
"""Solve, timeline, comparison and scenarios through the warmshell module: hand-counted figures
(the site in conftest.py) and the same answers as warmshell-cli on the bundled examples."""
import datetime
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
import warmshell
from conftest import EXAMPLES


def without_seconds(result):
    """The result with every timing ("seconds") removed, recursively: the rest is deterministic."""
    if isinstance(result, dict):
        return {k: without_seconds(v) for k, v in result.items() if k != 'seconds'}
    if isinstance(result, list):
        return [without_seconds(v) for v in result]
    return result


def cli_json(cli, *arguments):
    run = subprocess.run([cli, *map(str, arguments), '--format', 'json'], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def by_generation(plan):
    return {g['generation']: g for g in plan['generations']}


def test_hand_counted_plan(hand_project):
    plan = warmshell.solve(hand_project)
    assert plan['status'] == 'optimal'
    gens = by_generation(plan)
    assert (gens['H100']['energized_gpus'], gens['H100']['idle_gpus']) == (16, 0)
    assert (gens['A100']['energized_gpus'], gens['A100']['idle_gpus']) == (16, 64)
    assert (gens['A100']['energized_systems'], gens['A100']['idle_systems']) == (2, 8)
    assert gens['A100']['idle_depreciation_per_month'] == pytest.approx(16000)
    assert gens['H100']['idle_depreciation_per_month'] == 0
    assert plan['totals'] == pytest.approx(
        {'energized_gpus': 32, 'idle_gpus': 64, 'energized_kw': 33.4, 'idle_depreciation_per_month': 16000})
    assert plan['objective']['kind'] == 'compute'
    assert plan['objective']['value'] == pytest.approx(20.816)
    assert plan['objective']['bound'] >= plan['objective']['value']
    assert plan['objective']['gap'] <= 0.001
    # Two racks hold one H100 each and one rack two A100.
    contents = sorted(tuple((s['model'], s['count']) for s in p['systems']) for p in plan['placements'])
    assert contents == [(('dgx-a100', 2),), (('dgx-h100', 1),), (('dgx-h100', 1),)]
    # Rack power binds (every rack's 14 kW), nothing upstream does.
    assert plan['binding_constraints'] and all(b['kind'] != 'power' for b in plan['binding_constraints'])


def test_objective_and_date_arguments(hand_project):
    # Most GPUs: 2 A100 per rack (16 GPUs) beats 1 H100 (8): 6 A100 energized, 48 GPUs.
    plan = warmshell.solve(hand_project, objective='gpus', date=datetime.date(2026, 3, 1), time_limit=30)
    assert plan['totals']['energized_gpus'] == 48
    assert plan['date'] == '2026-03-01'
    assert plan['objectives'] == ['gpus']
    # Before the lots are delivered nothing is there to energize or to idle.
    early = warmshell.solve(hand_project, date='2024-06-01', heuristic=True)
    assert early['totals'] == {'energized_gpus': 0, 'idle_gpus': 0, 'energized_kw': 0,
                               'idle_depreciation_per_month': 0}
    assert early['objective']['gap_target'] == 0  # --heuristic asks for no gap, as the CLI's
    lexicographic = warmshell.solve(hand_project, objective=['idle-cost', 'gpus'], threads=1)
    assert lexicographic['objectives'] == ['idle-cost', 'gpus']


@pytest.mark.parametrize('arguments,error', [
    ({'objective': 'speed'}, "objective must be compute, gpus or idle-cost, got 'speed'"),
    ({'precision': 'fp16'}, "precision must be \"bf16\", \"fp8\" or \"fp4\", got 'fp16'"),
    ({'date': '2026-02-30'}, "date must be a datetime.date or YYYY-MM-DD, got '2026-02-30'"),
    ({'time_limit': 0}, 'time_limit must be above 0 and at most 1e+06, got 0'),
    ({'gap': 1.5}, 'gap must be at least 0 and at most 1, got 1.5'),
])
def test_bad_arguments_raise_value_error(hand_project, arguments, error):
    with pytest.raises(ValueError) as caught:
        warmshell.solve(hand_project, **arguments)
    assert str(caught.value) == error
    assert not isinstance(caught.value, warmshell.ProjectError)


def test_unknown_keyword_raises_type_error(hand_project):
    with pytest.raises(TypeError, match="solve\\(\\) got an unexpected keyword argument 'periods'"):
        warmshell.solve(hand_project, periods=4)
    with pytest.raises(TypeError, match='time_limit must be a number'):
        warmshell.solve(hand_project, time_limit='10')


def test_invalid_project_raises_project_error(hand_site):
    hand_site['site']['racks'][1]['feedA'] = None  # a rack with no path to power
    project = warmshell.loads(json.dumps(hand_site))
    for run in (warmshell.solve, warmshell.timeline, warmshell.compare):
        with pytest.raises(warmshell.ProjectError) as caught:
            run(project)
        assert any(p['path'].startswith('$.site.racks[1]') for p in caught.value.problems)
        assert '$.site.racks[1]' in str(caught.value)


@pytest.mark.parametrize('example', ['lab.warmshell.json', 'campus.warmshell.json'])
def test_solve_equals_the_cli(cli, example):
    path = EXAMPLES / example
    expected = cli_json(cli, 'solve', path)
    assert without_seconds(warmshell.solve(warmshell.load(path))) == without_seconds(expected)


def test_timeline_equals_the_cli(cli):
    path = EXAMPLES / 'lab.warmshell.json'
    expected = cli_json(cli, 'timeline', path, '--period', 'month', '--periods', '5')
    got = warmshell.timeline(warmshell.load(path), period='month', periods=5)
    assert without_seconds(got) == without_seconds(expected)
    assert len(got['periods']) == 5


def test_compare_equals_the_cli(cli):
    path = EXAMPLES / 'lab.warmshell.json'
    expected = cli_json(cli, 'compare', path, '--generations', 'A100,H100', '--swap', 'A100:H100')
    got = warmshell.compare(warmshell.load(path), generations=['A100', 'H100'], swap=('A100', 'H100'))
    assert without_seconds(got) == without_seconds(expected)


def test_hand_counted_timeline(hand_project):
    t = warmshell.timeline(hand_project)
    assert [p['start'] for p in t['periods']] == ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']
    # Nothing changes over the year: every quarter is the plan of test_hand_counted_plan, and a
    # quarter's idle depreciation is three months of 16,000 USD.
    for p in t['periods']:
        assert (p['energizedGpus'], p['idleGpus']) == (32, 64)
        assert p['idleDepreciation'] == pytest.approx(48000)
    assert t['totalIdleDepreciation'] == pytest.approx(4 * 48000)
    assert t['periods'][-1]['cumulativeIdleDepreciation'] == pytest.approx(4 * 48000)


def test_hand_counted_comparison(hand_project):
    c = warmshell.compare(hand_project, generations='A100,H100')
    rows = {r['generation']: r for r in c['rows']}
    # The whole site to one model: A100 2 per rack = 6 systems, 48 GPUs, 6 x 2.496 PFLOPS;
    # H100 1 per rack = 3 systems, 24 GPUs, 3 x 7.912 PFLOPS.
    assert (rows['A100']['systems'], rows['A100']['gpus']) == (6, 48)
    assert (rows['H100']['systems'], rows['H100']['gpus']) == (3, 24)
    assert rows['A100']['pflops'] == pytest.approx(14.976)
    assert rows['H100']['pflops'] == pytest.approx(23.736)
    # Ranked by PFLOPS per facility MW: H100 775.7 per IT MW against A100's 384.
    assert [r['generation'] for r in c['rows']] == ['H100', 'A100']
    with pytest.raises(ValueError, match='Z999'):
        warmshell.compare(hand_project, generations=['Z999'])


def test_hand_counted_scenarios(hand_site):
    # "tight PDU": pdu-1 at 20 kW from the start. Most compute within 20 kW: 1 H100 + 1 A100
    # (16.7 kW, 10.408 PFLOPS) beats 3 A100 (19.5 kW, 7.488) and 1 H100 alone (7.912):
    # 16 GPUs energized, 80 idle (1 H100 + 9 A100), idle A100 9 x 2,000 = 18,000 USD a month
    # plus the idle H100's 270,000 / 72 = 3,750.
    hand_site['scenarios'] = [
        {'name': 'tight PDU', 'description': '20 kW PDU',
         'overrides': [{'kind': 'change-rating', 'node': 'pdu-1', 'from': '2026-01-01', 'rating': 20}]},
        {'name': 'same', 'description': 'no change', 'overrides': []},
    ]
    project = warmshell.loads(json.dumps(hand_site))
    assert project.scenario_names == ['tight PDU', 'same']
    c = warmshell.scenarios(project, periods=2)
    results = {r['name']: r for r in c['results']}
    assert results['base']['finalEnergizedGpus'] == 32
    assert results['same']['finalEnergizedGpus'] == 32
    assert (results['tight PDU']['finalEnergizedGpus'], results['tight PDU']['finalIdleGpus']) == (16, 80)
    tight = results['tight PDU']['timeline']['periods'][0]
    assert tight['idleDepreciation'] == pytest.approx(3 * (18000 + 3750))
    assert 'sideBySide' in c
    with pytest.raises(ValueError, match='only'):
        warmshell.scenarios(project, only=['tight PDU', 'missing'])


def test_solves_release_the_gil():
    # While the campus's monthly timeline runs on another thread (36 solves, gap 0, about 0.7 s
    # in all) this one keeps running Python: with the GIL held it could not count at all until
    # the timeline returns.
    project = warmshell.load(EXAMPLES / 'campus.warmshell.json')
    done = threading.Event()
    seconds = []

    def run():
        start = time.perf_counter()
        warmshell.timeline(project, period='month', gap=0, time_limit=2, total_time_limit=4)
        seconds.append(time.perf_counter() - start)
        done.set()

    counts = 0
    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(0.05)  # the worker is in the timeline by now
    while not done.is_set():
        counts += 1
    worker.join()
    assert seconds[0] > 0.3
    assert counts > 10000, counts


def test_ctrl_c_stops_a_long_run():
    # The campus's monthly timeline at gap 0 runs for about two minutes (its hard periods to
    # their 60 s limit); Ctrl-C (SIGINT) one second in raises KeyboardInterrupt within seconds.
    code = ('import sys, warmshell\n'
            f'p = warmshell.load({str(EXAMPLES / "campus.warmshell.json")!r})\n'
            'print("started", flush=True)\n'
            'warmshell.timeline(p, period="month", gap=0)\n'
            'print("finished", flush=True)\n')
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.abspath(warmshell.__file__)))
    process = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    try:
        assert process.stdout.readline() == 'started\n'
        time.sleep(1)
        start = time.perf_counter()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()  # when it did not stop (no effect once it has)
        process.wait()
    assert time.perf_counter() - start < 10
    assert 'KeyboardInterrupt' in err and 'finished' not in out
    assert process.returncode != 0


def test_concurrent_solves_give_the_plans_of_sequential_ones():
    import concurrent.futures
    projects = [warmshell.load(EXAMPLES / name) for name in ('lab.warmshell.json', 'campus.warmshell.json')] * 2
    sequential = [without_seconds(warmshell.solve(p)) for p in projects]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        concurrent_plans = list(pool.map(lambda p: without_seconds(warmshell.solve(p)), projects))
    assert concurrent_plans == sequential


def test_numpy_arrays(hand_project):
    np = pytest.importorskip('numpy')
    t = warmshell.timeline(hand_project, period='month', periods=3)
    a = warmshell.timeline_arrays(t)
    assert list(a['start']) == list(np.array(['2026-01-01', '2026-02-01', '2026-03-01'], dtype='datetime64[D]'))
    assert a['idleGpus'].tolist() == [64, 64, 64]
    assert a['idleDepreciation'] == pytest.approx([16000, 16000, 16000])
    assert a['lots'] == ['lot-a100', 'lot-h100']
    assert a['lotIdleDepreciation'].shape == (2, 3)
    assert a['lotIdleDepreciation'].sum(axis=0) == pytest.approx(a['idleDepreciation'])
    p = warmshell.plan_arrays(warmshell.solve(hand_project))
    assert sorted(p['load_kw'].tolist()) == pytest.approx([10.2, 10.2, 13.0])
    assert sorted(p['rack'].tolist()) == ['rack-1', 'rack-2', 'rack-3']
