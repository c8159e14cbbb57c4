# SPDX-License-Identifier: GPL-3.0-or-later
"""Loading, validating and saving projects through the warmshell module."""
import json
import os
import subprocess

import pytest
import warmshell
from conftest import EXAMPLES, TEST_DATA

BAD = TEST_DATA / 'bad'

# Fixtures of tests/data/bad with the JSON path and reason the loader gives (the same rows as
# tests/model/tst_projectfile.cpp).
REFUSALS = [
    ('wrong-type.json', '$.site.racks[0].powerLimitKw', 'must be a number, got a string'),
    ('negative-capacity.json', '$.site.powerNodes[1].rating.value',
     'must be at least 0 and at most 10000000 kW or kVA, got -500'),
    ('misspelt-key.json', '$.site.racks[0].powerLimitKW', 'is not a known field here'),
    ('dangling-input.json', '$.site.powerNodes[2].inputs[1]', 'names power node "ups-9", which does not exist'),
    ('duplicate-node-id.json', '$.site.powerNodes[2].id', '"ups-1" is used by another power node'),
    ('missing-site.json', '$.site', 'is missing'),
    ('bad-date.json', '$.site.planStart', '"2026-13-45" is not a date'),
    ('unknown-enum.json', '$.site.racks[1].cooling', '"water" is not one of "air" or "liquid"'),
    ('deep-nesting.json', '$', 'nesting deeper than 64 levels'),
]


def test_project_error_is_a_value_error():
    assert issubclass(warmshell.ProjectError, ValueError)


@pytest.mark.parametrize('name,path,reason', REFUSALS)
def test_bad_fixture_raises_with_its_json_path(name, path, reason):
    with pytest.raises(warmshell.ProjectError) as caught:
        warmshell.load(BAD / name)
    problems = caught.value.problems
    assert any(p['path'] == path and reason in p['message'] and p['severity'] == 'error' for p in problems), problems
    assert path in str(caught.value) and reason in str(caught.value)
    assert str(BAD / name) in str(caught.value)


@pytest.mark.parametrize('name', sorted(p.name for p in BAD.glob('*.json')))
def test_every_bad_fixture_is_refused_whole(name):
    # loads() of the same bytes refuses with the same problems as load() of the file.
    with pytest.raises(warmshell.ProjectError) as from_file:
        warmshell.load(BAD / name)
    with pytest.raises(warmshell.ProjectError) as from_text:
        warmshell.loads((BAD / name).read_bytes())
    assert from_file.value.problems, name
    assert from_file.value.problems == from_text.value.problems
    assert all(p['path'].startswith('$') for p in from_file.value.problems)


def test_validate_lists_what_the_cli_lists(cli, tmp_path):
    # validate(path) equals `warmshell-cli validate --format json`'s problems, for a refused file
    # and for a file that loads but does not validate (a rack fed by no power node).
    site = json.loads((EXAMPLES / 'lab.warmshell.json').read_text())
    site['site']['racks'][0]['feedA'] = None
    invalid = tmp_path / 'invalid.json'
    invalid.write_text(json.dumps(site))
    for path in (BAD / 'wrong-type.json', invalid):
        run = subprocess.run([cli, 'validate', str(path), '--format', 'json'], capture_output=True, text=True)
        assert run.returncode == 1
        assert warmshell.validate(path) == json.loads(run.stdout)['problems']
    problems = warmshell.validate(warmshell.load(invalid))
    assert any(p['path'].startswith('$.site.racks[0]') for p in problems), problems


def test_valid_examples_have_no_problems():
    for name in ('lab.warmshell.json', 'campus.warmshell.json'):
        assert warmshell.validate(EXAMPLES / name) == []
        assert warmshell.validate(warmshell.load(EXAMPLES / name)) == []


def test_project_properties(hand_project):
    assert hand_project.name == 'Hand-counted site'
    assert hand_project.currency == 'USD'
    assert hand_project.plan_start == '2026-01-01'
    assert (hand_project.rack_count, hand_project.lot_count, hand_project.scenario_names) == (3, 2, [])
    assert repr(hand_project) == "<warmshell.Project 'Hand-counted site': 3 racks, 2 lots, 0 scenarios>"


def test_save_and_load_round_trip(tmp_path):
    for name in ('lab.warmshell.json', 'campus.warmshell.json'):
        project = warmshell.load(EXAMPLES / name)
        target = tmp_path / name
        warmshell.save(project, target)
        again = warmshell.load(target)
        assert again == project
        assert warmshell.dumps(again) == warmshell.dumps(project) == target.read_text()


def test_old_format_is_migrated_on_load():
    old = TEST_DATA / 'v1'
    files = sorted(old.glob('*.json'))
    assert files
    project = warmshell.load(files[0])
    assert json.loads(warmshell.dumps(project))['formatVersion'] == warmshell.FORMAT_VERSION


def test_an_edit_through_the_dict_is_checked(hand_site):
    hand_site['site']['racks'][0]['heightU'] = 42.5
    with pytest.raises(warmshell.ProjectError) as caught:
        warmshell.loads(json.dumps(hand_site))
    assert caught.value.problems == [
        {'path': '$.site.racks[0].heightU', 'message': 'must be a whole number, got 42.5', 'severity': 'error'}]
    assert str(caught.value) == '<string>: refused: $.site.racks[0].heightU: must be a whole number, got 42.5'


def test_save_that_cannot_write_raises_and_writes_nothing(tmp_path, hand_project):
    folder = tmp_path / 'a-folder'
    folder.mkdir()
    with pytest.raises(OSError, match='cannot write'):
        warmshell.save(hand_project, folder)
    with pytest.raises(OSError, match='cannot write'):
        warmshell.save(hand_project, tmp_path / 'missing' / 'x.json')
    assert sorted(os.listdir(tmp_path)) == ['a-folder'] and os.listdir(folder) == []


def test_a_refused_load_leaves_the_file_as_it_was(tmp_path):
    target = tmp_path / 'bad.json'
    target.write_bytes((BAD / 'truncated.json').read_bytes())
    with pytest.raises(warmshell.ProjectError):
        warmshell.load(target)
    assert target.read_bytes() == (BAD / 'truncated.json').read_bytes()
    assert os.listdir(tmp_path) == ['bad.json']


def test_arguments_of_the_wrong_type_are_refused(hand_project):
    with pytest.raises(TypeError):
        warmshell.load(42)
    with pytest.raises(TypeError):
        warmshell.loads(None)
    with pytest.raises(TypeError):
        warmshell.save('not a project', 'x.json')


def test_catalog_is_the_built_in_catalog_file():
    from conftest import SOURCE_DIR
    models = {m['id']: m for m in warmshell.catalog()}
    expected = {m['id']: m for m in json.loads((SOURCE_DIR / 'resources' / 'catalog.json').read_text())['models']}
    assert models.keys() == expected.keys()
    for key in ('gpusPerSystem', 'powerKw', 'heightU', 'generation', 'priceUsd'):
        assert {i: m[key] for i, m in models.items()} == {i: m[key] for i, m in expected.items()}


def test_netbox_import_and_its_refusal(tmp_path):
    netbox = TEST_DATA / 'netbox'
    project, report = warmshell.import_netbox(netbox / 'racks.json', netbox / 'power-panels.json',
                                              netbox / 'power-feeds.json', plan_start='2026-01-01',
                                              sites=['dc-east'])
    assert project.lot_count == 0 and project.plan_start == '2026-01-01'
    assert all(p['severity'] == 'warning' and p['path'] for p in report)
    assert warmshell.validate(project) == []
    with pytest.raises(warmshell.ProjectError) as caught:
        warmshell.import_netbox(tmp_path / 'missing.json', netbox / 'power-panels.json',
                                netbox / 'power-feeds.json', plan_start='2026-01-01')
    assert 'missing.json' in str(caught.value)
    (tmp_path / 'racks.json').write_text('{"results": [')
    with pytest.raises(warmshell.ProjectError):
        warmshell.import_netbox(tmp_path / 'racks.json', netbox / 'power-panels.json', netbox / 'power-feeds.json',
                                plan_start='2026-01-01')
