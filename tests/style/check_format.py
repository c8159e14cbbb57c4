# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a C++ file of the tree does not match the root .clang-format.

Runs `clang-format --dry-run -Werror` over the files sources.py lists (the tracked *.cpp and
*.h, or every one below the root outside a git checkout). The tree is formatted with Debian
12's clang-format 14; other major versions format some constructs differently, so with one of
them, or with none, the check is skipped (exit status 77) with a message saying so.
`./dev format` formats the tree.

Usage: check_format.py [ROOT]   (the clang-format program: $CLANG_FORMAT, clang-format-14 or
clang-format on PATH)
Exit status: 0 formatted, 1 not (the files and clang-format's first complaints on stdout),
77 skipped.
"""
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import sources

MAJOR = 14
SKIP = 77
BATCH = 32  # files per clang-format run, well under any command-line limit


def clang_format():
    """(program, major version) or (None, None)."""
    for name in (os.environ.get('CLANG_FORMAT'), f'clang-format-{MAJOR}', 'clang-format'):
        program = name and shutil.which(name)
        if program:
            version = subprocess.run([program, '--version'], capture_output=True, text=True).stdout
            found = re.search(r'version (\d+)\.', version)
            return program, int(found.group(1)) if found else None
    return None, None


def unformatted(program, root, files):
    """{file: clang-format's complaints about it} for the files that differ from their format.
    Batches of files run in parallel, one clang-format per core."""
    def run(batch):
        return subprocess.run([program, '--dry-run', '-Werror', *[os.path.join(root, f) for f in batch]],
                              capture_output=True, text=True)

    batches = [files[start:start + BATCH] for start in range(0, len(files), BATCH)]
    found = {}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for done in pool.map(run, batches):
            if done.returncode == 0:
                continue
            before = len(found)
            for line in done.stderr.splitlines():
                where = re.match(r'(.+?):\d+:\d+: (?:error|warning):', line)
                if where:
                    name = os.path.relpath(where.group(1), root)
                    found.setdefault(name, []).append(line.replace(root + os.sep, ''))
            if len(found) == before:  # failed without naming a file: report what it said
                found['(clang-format)'] = done.stderr.splitlines()[:5] or [f'exit status {done.returncode}']
    return found


def main(argv):
    root = os.path.abspath(argv[0] if argv else sources.default_root())
    program, major = clang_format()
    if not program:
        print('clang-format not found: style check skipped (`./dev test` installs it: apt install clang-format)')
        return SKIP
    if major != MAJOR:
        print(f'{program} is version {major}; the tree is formatted with clang-format {MAJOR} (Debian 12): '
              f'style check skipped (set CLANG_FORMAT to a clang-format {MAJOR})')
        return SKIP
    files = sources.cpp_files(root)
    bad = unformatted(program, root, files)
    if not bad:
        print(f'{len(files)} files formatted')
        return 0
    print(f'{len(bad)} of {len(files)} files do not match .clang-format; run ./dev format:')
    for name in sorted(bad):
        print(f'  {name}')
    print('First differences:')
    for line in [line for name in sorted(bad) for line in bad[name]][:20]:
        print(f'  {line}')
    return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
