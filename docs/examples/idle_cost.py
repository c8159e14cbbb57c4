#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Idle cost of a NetBox site at three dates: a notebook-style walk through the warmshell module.

Run it from the repository (after `cmake --build build --target warmshell_python`):

    PYTHONPATH=build/python python3 docs/examples/idle_cost.py

or, with the Debian package installed, plain `python3 idle_cost.py --netbox DIR`. Options: --netbox DIR (saved NetBox API answers: racks.json,
power-panels.json, power-feeds.json; default tests/data/netbox), --dates D1,D2,D3, --plot FILE.

It plots the idle cost per month with matplotlib when it is installed (to idle_cost.png, or
--plot FILE), and prints the table in any case.
"""
import argparse
import json
import pathlib
import sys

import warmshell

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_NETBOX = HERE.parent.parent / 'tests' / 'data' / 'netbox'

# The fleet NetBox does not know: GPU systems owned and on order. A NetBox import has racks and
# power only, so the lots are added to the project's dict and read back with warmshell.loads,
# which checks them as it checks a file.
FLEET = [
    {'id': 'lot-a100', 'name': 'DGX A100 (2023)', 'model': 'dgx-a100', 'count': 8, 'unitCost': 199000,
     'delivered': '2023-03-01', 'depreciation': {'method': 'straight-line', 'lifeYears': 6, 'salvageFraction': 0}},
    {'id': 'lot-h100', 'name': 'DGX H100 (2026)', 'model': 'dgx-h100', 'count': 8, 'unitCost': 270000,
     'delivered': '2026-04-01', 'depreciation': {'method': 'straight-line', 'lifeYears': 6, 'salvageFraction': 0}},
    {'id': 'lot-b200', 'name': 'DGX B200 (2027)', 'model': 'dgx-b200', 'count': 6, 'unitCost': 330000,
     'delivered': '2026-10-01', 'depreciation': {'method': 'straight-line', 'lifeYears': 6, 'salvageFraction': 0}},
]


# %% Step 1: the site from NetBox (racks, power panels and feeds as the REST API answers them).
def import_site(folder, plan_start):
    project, report = warmshell.import_netbox(folder / 'racks.json', folder / 'power-panels.json',
                                              folder / 'power-feeds.json', plan_start=plan_start)
    print(f'{project.name}: {project.rack_count} racks imported; {len(report)} import notes')
    for note in report[:5]:
        print(f"  {note['path']}: {note['message']}")
    return project


# %% Step 2: the fleet, added through the project's dict.
def with_fleet(project, fleet):
    data = json.loads(warmshell.dumps(project))
    data['fleet'] = fleet
    return warmshell.loads(json.dumps(data))


# %% Step 3: one solve per date, the most compute; what stays idle and what it costs a month.
def idle_cost_by_date(project, dates):
    rows = []
    for date in dates:
        plan = warmshell.solve(project, date=date, time_limit=30)
        totals = plan['totals']
        rows.append({'date': date, 'status': plan['status'], 'energized_gpus': totals['energized_gpus'],
                     'idle_gpus': totals['idle_gpus'], 'idle_cost_per_month': totals['idle_depreciation_per_month'],
                     'by_generation': {g['generation']: g['idle_depreciation_per_month']
                                       for g in plan['generations']}})
    return rows


def print_table(rows, currency):
    print(f"\n{'date':<12}{'status':<10}{'GPUs on':>9}{'idle GPUs':>11}{'idle cost/month':>18}")
    for r in rows:
        print(f"{r['date']:<12}{r['status']:<10}{r['energized_gpus']:>9}{r['idle_gpus']:>11}"
              f"{r['idle_cost_per_month']:>14,.0f} {currency}")


# %% Step 4: the chart, when matplotlib is there.
def plot(rows, currency, target):
    try:
        import matplotlib
    except ImportError:
        print('\nmatplotlib is not installed: the table above is the result (apt install python3-matplotlib)')
        return
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    generations = sorted({g for r in rows for g in r['by_generation']})
    figure, axes = plt.subplots(figsize=(7, 4))
    bottom = [0.0] * len(rows)
    for g in generations:
        values = [r['by_generation'].get(g, 0) for r in rows]
        axes.bar([r['date'] for r in rows], values, bottom=bottom, label=g)
        bottom = [b + v for b, v in zip(bottom, values)]
    axes.set_ylabel(f'idle depreciation per month ({currency})')
    axes.set_title('What the GPUs left dark cost')
    axes.legend()
    figure.tight_layout()
    figure.savefig(target)
    print(f'\nchart written to {target}')


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--netbox', type=pathlib.Path, default=DEFAULT_NETBOX)
    parser.add_argument('--dates', default='2026-01-01,2026-07-01,2027-01-01')
    parser.add_argument('--plot', type=pathlib.Path, default=pathlib.Path('idle_cost.png'))
    args = parser.parse_args(argv)
    dates = args.dates.split(',')
    project = with_fleet(import_site(args.netbox, plan_start=dates[0]), FLEET)
    rows = idle_cost_by_date(project, dates)
    print_table(rows, project.currency)
    plot(rows, project.currency, args.plot)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
