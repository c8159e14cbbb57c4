# SPDX-License-Identifier: GPL-3.0-or-later
"""The C++ files of the source tree that the style checks and `./dev format` work on.

In a git checkout: the tracked *.cpp and *.h files (`git ls-files`). Elsewhere (an unpacked
source archive): every *.cpp and *.h below the root, leaving out hidden folders and build
trees (folders named build* or holding a CMakeCache.txt).

Run as a script, prints those files (relative to the root), one a line or, with -0, each
followed by a NUL byte.
"""
import os
import subprocess
import sys

SUFFIXES = ('.cpp', '.h')


def _tracked(root):
    """The tracked C++ files, or None when root is not a git checkout (or git is missing)."""
    try:
        out = subprocess.run(['git', '-C', root, 'ls-files', '-z', '--', '*.cpp', '*.h'], capture_output=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    files = [f for f in out.decode('utf-8').split('\0') if f]
    # A file deleted from the working tree but not from the index is not there to check.
    return [f for f in files if os.path.isfile(os.path.join(root, f))] or None


def _walked(root):
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith('.') and not d.startswith('build')
                               and not os.path.exists(os.path.join(folder, d, 'CMakeCache.txt')))
        for name in files:
            if name.endswith(SUFFIXES):
                found.append(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, '/'))
    return found


def cpp_files(root):
    """Paths relative to root, with '/' separators, sorted."""
    files = _tracked(root)
    return sorted(files if files is not None else _walked(root))


def default_root():
    """The source tree this script belongs to (two folders up from tests/style)."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


if __name__ == '__main__':
    args = sys.argv[1:]
    end = '\0' if '-0' in args else '\n'
    roots = [a for a in args if a != '-0']
    sys.stdout.write(''.join(f + end for f in cpp_files(roots[0] if roots else default_root())))
