// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Python.h first, as Python asks (it sets feature macros the standard headers read).
#include <pybind11/pybind11.h>

#include "problem.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

// What the `warmshell` Python module converts between the model and Python objects. Every
// function here needs the GIL.
namespace warmshell::python {

namespace py = pybind11;

py::str toPython(const QString &text);
// A Python str as a QString; TypeError (naming `what`) for anything else.
QString stringFrom(const py::handle &value, const char *what);

// `object` as the plain dict Python's json.loads makes of its JSON text: the same keys, lists,
// numbers and strings the CLI prints with --format json (an integral number is an int).
py::dict jsonToPython(const QJsonObject &object);

// Problems as the CLI's `validate --format json` lists them: [{"path", "message", "severity"}],
// without the closing "… and N more" line of a cut list.
py::list problemsToPython(const std::vector<Problem> &problems, const char *severity = "error");

// A path given as str, bytes or os.PathLike, as the file name the model opens (any bytes kept,
// as model/filename.h carries them).
QString fileNameFrom(const py::handle &path);

// Creates warmshell.ProjectError (a ValueError) in `module`. Call once, at import.
void addProjectError(py::module_ &module);
// Raises ProjectError: "HEADING: PATH: REASON" for one problem, else "HEADING: N problems:"
// and one "  PATH: REASON" line each; the exception's `problems` attribute holds them as
// problemsToPython gives them.
[[noreturn]] void raiseProjectError(const QString &heading, const std::vector<Problem> &problems);
// Raises OSError(message).
[[noreturn]] void raiseOsError(const QString &message);

// numpy arrays of a timeline's dict (timeline() or a scenario's "timeline"): one entry per
// period, and the lots × periods idle depreciation. ImportError when numpy is missing.
py::dict timelineArrays(const py::dict &timeline);
// numpy arrays of a plan's dict, one entry per rack with placements: rack ids, load kW, used U.
py::dict planArrays(const py::dict &plan);

} // namespace warmshell::python
