#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the desktop-integration files of packaging/ against each other and, where the tools are
installed, with the freedesktop validators:

- the shared-mime-info XML declares exactly application/x-warmshell+json, a subclass of
  application/json matched by the glob *.warmshell.json; update-mime-database (if present)
  compiles it, and the compiled globs match site.warmshell.json but not site.json;
- the desktop entry opens that type and no other (not every JSON file); desktop-file-validate
  (if present) accepts it;
- the AppStream metainfo names the type, a homepage, a developer, a release with notes and
  screenshots of pictures that exist in docs/images with the width and height the PNG files
  really have (read from their IHDR); appstreamcli validate --no-net (if present) accepts it.

Exits 1 with one line per failure; tools that are missing are reported as skipped.
usage: check_desktop_integration.py SOURCE_DIR
"""
import fnmatch
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MIME_TYPE = "application/x-warmshell+json"
GLOB = "*.warmshell.json"
APP_ID = "io.github.warmshell.WarmShell"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

failures = []


def fail(message):
    failures.append(message)


def check_mime(path):
    root = ET.parse(path).getroot()
    if root.tag != MIME_NS + "mime-info":
        fail(f"{path}: root is {root.tag}, not mime-info in the shared-mime-info namespace")
        return
    types = root.findall(MIME_NS + "mime-type")
    if [t.get("type") for t in types] != [MIME_TYPE]:
        fail(f"{path}: declares {[t.get('type') for t in types]}, not exactly {MIME_TYPE}")
        return
    t = types[0]
    if [g.get("pattern") for g in t.findall(MIME_NS + "glob")] != [GLOB]:
        fail(f"{path}: globs are not exactly {GLOB}")
    if [s.get("type") for s in t.findall(MIME_NS + "sub-class-of")] != ["application/json"]:
        fail(f"{path}: not a subclass of application/json")
    if not (t.findtext(MIME_NS + "comment") or "").strip():
        fail(f"{path}: no comment")


def check_compiled_mime(path):
    tool = shutil.which("update-mime-database")
    if not tool:
        print("skipped: update-mime-database not installed")
        return
    with tempfile.TemporaryDirectory() as data_dir:
        # As installed: DATA/mime/packages/ID.xml, with DATA among the XDG data folders.
        mime_dir = os.path.join(data_dir, "mime")
        os.makedirs(os.path.join(mime_dir, "packages"))
        shutil.copy(path, os.path.join(mime_dir, "packages", APP_ID + ".xml"))
        env = dict(os.environ, XDG_DATA_DIRS=data_dir, XDG_DATA_HOME=data_dir)
        run = subprocess.run([tool, mime_dir], capture_output=True, text=True, env=env)
        if run.returncode != 0 or run.stderr.strip():
            fail(f"update-mime-database: exit {run.returncode}: {run.stderr.strip()}")
            return
        globs = []  # (pattern, type) of the compiled globs2 file: "weight:type:pattern"
        with open(os.path.join(mime_dir, "globs2"), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#") and line.count(":") >= 2:
                    _, mime, pattern = line.rstrip("\n").split(":", 2)
                    globs.append((pattern, mime))

        def types_of(name):
            return {mime for pattern, mime in globs if fnmatch.fnmatchcase(name, pattern)}

        if types_of("site.warmshell.json") != {MIME_TYPE}:
            fail(f"compiled globs give site.warmshell.json {types_of('site.warmshell.json')}")
        if MIME_TYPE in types_of("site.json"):
            fail("compiled globs claim site.json")
        with open(os.path.join(mime_dir, "subclasses"), encoding="utf-8") as f:
            if f"{MIME_TYPE} application/json\n" not in f.read():
                fail("compiled subclasses lack application/json as the parent")
        if not os.path.exists(os.path.join(mime_dir, "application", "x-warmshell+json.xml")):
            fail("update-mime-database wrote no application/x-warmshell+json.xml")


def check_desktop(path):
    entry = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                key, value = line.rstrip("\n").split("=", 1)
                entry[key] = value
    mime_types = [m for m in entry.get("MimeType", "").split(";") if m]
    if mime_types != [MIME_TYPE]:
        fail(f"{path}: MimeType is {mime_types}, not exactly [{MIME_TYPE}]")
    tool = shutil.which("desktop-file-validate")
    if not tool:
        print("skipped: desktop-file-validate not installed")
        return
    run = subprocess.run([tool, path], capture_output=True, text=True)
    if run.returncode != 0 or run.stdout.strip():
        fail(f"desktop-file-validate: exit {run.returncode}: {run.stdout.strip()} {run.stderr.strip()}")


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", header[16:24])


def check_metainfo(path, images_dir):
    root = ET.parse(path).getroot()
    if root.findtext("id") != APP_ID:
        fail(f"{path}: id is not {APP_ID}")
    if [m.text for m in root.findall("provides/mediatype")] != [MIME_TYPE]:
        fail(f"{path}: provides/mediatype is not exactly {MIME_TYPE}")
    if not (root.findtext("url[@type='homepage']") or "").startswith("https://"):
        fail(f"{path}: no https homepage url")
    if not (root.findtext("developer_name") or root.findtext("developer/name") or "").strip():
        fail(f"{path}: no developer")
    releases = root.findall("releases/release")
    if not releases or any(r.find("description") is None for r in releases):
        fail(f"{path}: no release, or a release without notes")
    screenshots = root.findall("screenshots/screenshot")
    if not screenshots or len([s for s in screenshots if s.get("type") == "default"]) != 1:
        fail(f"{path}: screenshots missing or not exactly one default")
    for shot in screenshots:
        image = shot.find("image")
        if image is None or not (shot.findtext("caption") or "").strip():
            fail(f"{path}: a screenshot without image or caption")
            continue
        name = image.text.rsplit("/docs/images/", 1)[-1]
        local = os.path.join(images_dir, name)
        if not os.path.isfile(local):
            fail(f"{path}: screenshot {name} is not in docs/images")
            continue
        size = png_size(local)
        stated = (int(image.get("width", 0)), int(image.get("height", 0)))
        if size != stated:
            fail(f"{path}: screenshot {name} is {size}, stated {stated}")
    tool = shutil.which("appstreamcli")
    if not tool:
        print("skipped: appstreamcli not installed")
        return
    run = subprocess.run([tool, "validate", "--no-net", path], capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"appstreamcli validate: exit {run.returncode}: {run.stdout.strip()}")


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source = sys.argv[1]
    packaging = os.path.join(source, "packaging")
    mime = os.path.join(packaging, APP_ID + ".mime.xml")
    check_mime(mime)
    check_compiled_mime(mime)
    check_desktop(os.path.join(packaging, APP_ID + ".desktop"))
    check_metainfo(os.path.join(packaging, APP_ID + ".metainfo.xml"), os.path.join(source, "docs", "images"))
    for message in failures:
        print("FAIL: " + message, file=sys.stderr)
    if not failures:
        print("desktop integration ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
