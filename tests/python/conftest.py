# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures of the warmshell Python module's tests (run by CTest: tests/python/CMakeLists.txt,
with PYTHONPATH at the built module, WARMSHELL_CLI and WARMSHELL_SOURCE_DIR set)."""
import copy
import json
import os
import pathlib

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get('WARMSHELL_SOURCE_DIR', pathlib.Path(__file__).resolve().parents[2]))
EXAMPLES = SOURCE_DIR / 'resources' / 'examples'
TEST_DATA = SOURCE_DIR / 'tests' / 'data'

# A site small enough to count by hand (hand_site below). Every limit is stated with derating 1
# and N redundancy, so the numbers are the figures as written:
#   3 air racks of 14 kW, 42 U, 2000 kg, each fed from pdu-1 (100 kW) under util-1 (1000 kW);
#   crah-1 (100 kW) cools all three. Neither node nor the CRAH can bind: 3 x 14 = 42 kW.
#   Fleet: lot-a100, 10 x DGX A100 (catalog: 8 GPUs, 6.5 kW, 6 U, 312 TFLOPS bf16 per GPU),
#          120,000 USD each, straight line over 5 years, no salvage: 2,000 USD per system-month;
#          lot-h100, 2 x DGX H100 (8 GPUs, 10.2 kW, 8 U, 989 TFLOPS bf16 per GPU).
# What one 14 kW rack can hold: 2 A100 (13.0 kW, 2 x 8 x 312 = 4,992 TFLOPS), or 1 H100
# (10.2 kW, 8 x 989 = 7,912 TFLOPS); 1 H100 + 1 A100 = 16.7 kW and 3 A100 = 19.5 kW do not fit.
# Most compute: the 2 H100 in two racks, 2 A100 in the third (3 racks of 2 A100 give 14.976):
#   energized H100: 2 systems = 16 GPUs; A100: 2 systems = 16 GPUs; idle A100: 8 systems = 64 GPUs;
#   PFLOPS = 2 x 7.912 + 2 x 2.496 = 20.816; energized kW = 2 x 10.2 + 2 x 6.5 = 33.4;
#   idle depreciation per month = 8 x 2,000 = 16,000 USD (the H100 lot has none idle).
HAND_SITE = {
    'format': 'warmshell-project',
    'formatVersion': 10,
    'site': {
        'name': 'Hand-counted site',
        'currency': 'USD',
        'planStart': '2026-01-01',
        'period': 'quarter',
        'horizonPeriods': 4,
        'halls': [{'id': 'hall-1', 'name': 'Hall 1', 'origin': [0, 0], 'size': [10, 6]}],
        'rows': [{'id': 'row-A', 'hall': 'hall-1', 'name': 'Row A'}],
        'racks': [{'id': f'rack-{i}', 'name': f'A0{i}', 'row': 'row-A', 'position': [1.0 + 0.6 * i, 2.0],
                   'heightU': 42, 'powerLimitKw': 14, 'cooling': 'air', 'weightLimitKg': 2000, 'feedA': 'pdu-1',
                   'feedB': None} for i in (1, 2, 3)],
        'powerNodes': [
            {'id': 'util-1', 'name': 'Utility', 'kind': 'utility', 'rating': {'value': 1000, 'unit': 'kW'},
             'derating': 1, 'redundancy': {'scheme': 'N'}, 'inputs': []},
            {'id': 'pdu-1', 'name': 'PDU', 'kind': 'pdu', 'rating': {'value': 100, 'unit': 'kW'}, 'derating': 1,
             'redundancy': {'scheme': 'N'}, 'inputs': ['util-1']},
        ],
        'coolingUnits': [{'id': 'crah-1', 'name': 'CRAH 1', 'kind': 'crah', 'capacityKw': 100,
                          'redundancy': {'scheme': 'N'}, 'serves': ['rack-1', 'rack-2', 'rack-3']}],
    },
    'catalog': [],
    'fleet': [
        {'id': 'lot-a100', 'name': 'A100', 'model': 'dgx-a100', 'count': 10, 'unitCost': 120000,
         'delivered': '2025-01-01',
         'depreciation': {'method': 'straight-line', 'lifeYears': 5, 'salvageFraction': 0}},
        {'id': 'lot-h100', 'name': 'H100', 'model': 'dgx-h100', 'count': 2, 'unitCost': 270000,
         'delivered': '2025-01-01',
         'depreciation': {'method': 'straight-line', 'lifeYears': 6, 'salvageFraction': 0}},
    ],
}


@pytest.fixture
def hand_site():
    """The hand-counted site as a dict (a fresh copy each time)."""
    return copy.deepcopy(HAND_SITE)


@pytest.fixture
def hand_project(hand_site):
    import warmshell
    return warmshell.loads(json.dumps(hand_site))


@pytest.fixture
def cli():
    path = os.environ.get('WARMSHELL_CLI')
    if not path:
        pytest.fail('WARMSHELL_CLI is not set (run the tests through CTest)')
    return path
