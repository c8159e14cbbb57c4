#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on a translation file that is not finished (docs/translations.md).

Usage: check_translations.py [--lupdate LUPDATE --project-cmake FILE --generator FILE] TS...

For each .ts file: every message must be finished (no type="unfinished", "obsolete" or
"vanished"), non-empty, with one plural form per numerus message in Chinese and two in
English, and keep its source's placeholders (%1, %L1, %n, %v, %m), HTML tags and number of
accelerators (&). With --lupdate, a temporary copy of each file is brought up to date with the
code the way `update_translations` does it (the CMake project of ui/, no -no-obsolete), so a
tr() string added without a translation shows as unfinished and a string gone from the code
as vanished: both fail. English files (language="en") are rescanned with -pluralonly.
Exit status: 0 when every file passes, 1 with one line per problem on stderr.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n|%v|%m")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*>")


def accelerators(text):
    return text.replace("&&", "").count("&")


def marks(text):
    return sorted(PLACEHOLDER.findall(text)), sorted(TAG.findall(text)), accelerators(text)


def plural_forms(language):
    return 2 if language.startswith("en") else 1


def message_problems(context, message, language):
    source = message.findtext("source") or ""
    where = f"{context}: {source!r}"
    translation = message.find("translation")
    if translation is None:
        return [f"{where}: no translation element"]
    kind = translation.get("type")
    if kind in ("unfinished", "obsolete", "vanished"):
        return [f"{where}: {kind}"]
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if len(forms) != plural_forms(language):
            return [f"{where}: {len(forms)} plural forms, expected {plural_forms(language)}"]
    else:
        forms = [translation.text or ""]
    problems = []
    for form in forms:
        if not form.strip():
            problems.append(f"{where}: empty translation")
        elif marks(form) != marks(source):
            problems.append(f"{where}: placeholders, tags or accelerators differ in {form!r}")
    return problems


def file_problems(path):
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    problems = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            problems += [f"{path}: {p}" for p in message_problems(name, message, language)]
    if count == 0:
        problems.append(f"{path}: no messages")
    return problems, language


def rescanned_problems(path, language, args):
    """Problems of a copy of `path` brought up to date with the code by lupdate."""
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, os.path.basename(path))
        shutil.copyfile(path, copy)
        project = os.path.join(folder, "project.json")
        subprocess.run(["cmake", f"-DIN_FILE={args.project_cmake}", f"-DOUT_FILE={project}", "-P", args.generator],
                       check=True, capture_output=True)
        command = [args.lupdate, "-project", project, "-locations", "none", "-ts", copy]
        if language.startswith("en"):
            command.insert(-2, "-pluralonly")
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            return [f"{path}: lupdate failed: {result.stderr.strip()}"]
        problems, _ = file_problems(copy)
        return [p.replace(copy, path + " (rescanned)") for p in problems]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate")
    parser.add_argument("--project-cmake", help="ui's .lupdate/warmshell_ui_project.cmake")
    parser.add_argument("--generator", help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()
    problems = []
    for path in args.ts:
        found, language = file_problems(path)
        problems += found
        if args.lupdate and not found:
            problems += rescanned_problems(path, language, args)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"translations finished: {', '.join(args.ts)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
