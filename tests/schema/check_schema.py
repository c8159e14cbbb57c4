#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates WarmShell project files against the JSON Schema (draft 2020-12).

Usage: check_schema.py SCHEMA FILE... [--expect-invalid FILE...]

Every FILE before --expect-invalid must validate; every FILE after it must NOT validate
(proving the schema rejects something). Each validation error is printed with its JSON
path ($.site.racks[3].powerLimitKw). Exits 0 when every file behaves as expected, 1
otherwise, 2 on a usage error or an unreadable schema. Needs the jsonschema module
(Debian: python3-jsonschema).
"""

import json
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("check_schema.py: the jsonschema module is missing (apt-get install python3-jsonschema)")


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def leaf_errors(error):
    """The most specific errors under `error`: for a failed oneOf/anyOf, the errors of the
    branch that got furthest, so the message names the real problem, not just 'no branch'."""
    if not error.context:
        return [error]
    # Branches whose tag (const) matched are the relevant ones; among them prefer the
    # deepest error. Fall back to all sub-errors.
    by_branch = {}
    for sub in error.context:
        by_branch.setdefault(sub.relative_schema_path[0], []).append(sub)
    def branch_matches_tag(subs):
        return not any(s.validator == "const" for s in subs)
    relevant = [subs for subs in by_branch.values() if branch_matches_tag(subs)]
    if len(relevant) != 1:
        return [error]
    out = []
    for sub in relevant[0]:
        out.extend(leaf_errors(sub))
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def errors_of(validator, path):
    try:
        instance = load(path)
    except (OSError, ValueError) as e:
        return [f"$: cannot read JSON: {e}"]
    messages = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        for leaf in leaf_errors(error):
            messages.append(f"{json_path(leaf)}: {leaf.message}")
    return messages


def main(argv):
    if len(argv) < 2 or argv[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema_path, rest = argv[0], argv[1:]
    if "--expect-invalid" in rest:
        cut = rest.index("--expect-invalid")
        valid_files, invalid_files = rest[:cut], rest[cut + 1:]
    else:
        valid_files, invalid_files = rest, []
    if not valid_files and not invalid_files:
        print("check_schema.py: no files given", file=sys.stderr)
        return 2
    try:
        schema = load(schema_path)
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # unreadable or not a valid schema
        print(f"{schema_path}: not a usable draft 2020-12 schema: {e}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)

    passed = failed = 0
    for path in valid_files:
        messages = errors_of(validator, path)
        if messages:
            failed += 1
            print(f"FAIL {path}")
            for m in messages:
                print(f"  {m}")
        else:
            passed += 1
            print(f"ok   {path}")
    for path in invalid_files:
        messages = errors_of(validator, path)
        if messages:
            passed += 1
            print(f"ok   {path} (rejected as expected)")
            for m in messages:
                print(f"  {m}")
        else:
            failed += 1
            print(f"FAIL {path}: expected to be invalid, but it validates")
    print(f"schema: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
