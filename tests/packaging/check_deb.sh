#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Debian package CPack made in BUILD_DIR: its metadata (dpkg-deb -f), its files
# (dpkg-deb -c), the desktop entry and AppStream metadata inside it (desktop-file-validate,
# appstreamcli validate --no-net), and that its warmshell-cli runs after `dpkg -x` into a
# throwaway root. Exits 1 with the reason on the first failure.
#   check_deb.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check_deb.sh BUILD_DIR}
shopt -s nullglob
debs=("$build"/warmshell_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "expected one warmshell_*.deb in $build, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
fail() { echo "FAIL: $*" >&2; exit 1; }
echo "checking $deb"

# Metadata.
[ "$(dpkg-deb -f "$deb" Package)" = warmshell ] || fail "Package is not warmshell"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "wrong Architecture"
grep -qw fonts-noto-cjk <<<"$(dpkg-deb -f "$deb" Suggests)" || fail "Suggests lacks fonts-noto-cjk (the Chinese interface's font)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
names=$(tr ',|' '\n\n' <<<"$depends" | awk '{print $1}')
for lib in libqt6core6 libqt6widgets6 libqt6gui6 libglpk40 libqcustomplot2.1-qt6 qt6-qpa-plugins libc6 libstdc++6; do
  grep -qxF "$lib" <<<"$names" || fail "Depends lacks $lib"
done

# Files.
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/warmshell ./usr/bin/warmshell-cli \
         ./usr/share/applications/io.github.warmshell.WarmShell.desktop \
         ./usr/share/icons/hicolor/scalable/apps/io.github.warmshell.WarmShell.svg \
         ./usr/share/metainfo/io.github.warmshell.WarmShell.metainfo.xml \
         ./usr/share/mime/packages/io.github.warmshell.WarmShell.xml \
         ./usr/share/warmshell/catalog.json \
         ./usr/share/warmshell/examples/campus.warmshell.json \
         ./usr/share/warmshell/examples/lab.warmshell.json \
         ./usr/share/warmshell/user-guide/user-guide.md \
         ./usr/share/warmshell/user-guide/images/guide-solved.png \
         ./usr/share/doc/warmshell/copyright; do
  grep -qx -- "$f" <<<"$listing" || fail "$f is not in the package"
done
# The Python module (python/CMakeLists.txt) is the one file under /usr/lib, where Debian's
# python3 finds it.
grep -Eqx '\./usr/lib/python3/dist-packages/warmshell\.cpython-[0-9]+-[a-z0-9_-]+\.so' <<<"$listing" \
  || fail "the Python module is not in /usr/lib/python3/dist-packages"
if grep -E '^\./usr/(lib|include)/' <<<"$listing" | grep -Ev '^\./usr/lib/(python3/(dist-packages/(warmshell\.cpython-[^/]+\.so)?)?)?$' \
    | grep -q .; then
  fail "the package ships libraries or headers"
fi

# Unpack into a throwaway root and run what it ships.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.github.warmshell.WarmShell.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.warmshell.WarmShell.metainfo.xml" || fail "appstreamcli validate"
# The copyright file: machine-readable format (DEP-5), the project's licence with its full
# paragraph, and the GPL libraries the executables link named.
copyright="$root/usr/share/doc/warmshell/copyright"
[ "$(head -n1 "$copyright")" = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] \
  || fail "copyright: the first line is not the DEP-5 Format field"
grep -qx 'Files: \*' "$copyright" || fail "copyright: no 'Files: *' paragraph"
grep -qx 'License: GPL-3.0-or-later' "$copyright" || fail "copyright: no GPL-3.0-or-later licence paragraph"
grep -q '/usr/share/common-licenses/GPL-3' "$copyright" || fail "copyright: no pointer to the GPL-3 text"
for lib in QCustomPlot GLPK; do grep -q "$lib" "$copyright" || fail "copyright: $lib is not mentioned"; done
[ "$(stat -c %a "$copyright")" = 644 ] || fail "copyright: mode is not 644"
ldd "$root/usr/bin/warmshell-cli" | grep -q 'libQt6Gui' && fail "warmshell-cli links Qt6Gui"
out=$("$root/usr/bin/warmshell-cli" catalog) || fail "warmshell-cli catalog exited $?"
grep -q '^dgx-h100 ' <<<"$out" || fail "warmshell-cli catalog does not list dgx-h100"
"$root/usr/bin/warmshell-cli" validate "$root/usr/share/warmshell/examples/campus.warmshell.json" \
  || fail "the installed campus example does not validate"
"$root/usr/bin/warmshell-cli" --version
# The module imports in Debian's python3 from where the package puts it, and solves.
ldd "$root"/usr/lib/python3/dist-packages/warmshell.cpython-*.so | grep -q 'libQt6Gui' && fail "the module links Qt6Gui"
PYTHONPATH="$root/usr/lib/python3/dist-packages" /usr/bin/python3 -c "
import warmshell
p = warmshell.load('$root/usr/share/warmshell/examples/lab.warmshell.json')
plan = warmshell.solve(p, heuristic=True)
print('python module', warmshell.__version__, 'solves the lab example:', plan['status'])
assert plan['totals']['energized_gpus'] > 0" || fail "the installed Python module does not import and solve"
echo "package ok: $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version), $(wc -l <<<"$listing") entries"
