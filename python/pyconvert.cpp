// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyconvert.h"

#include "filename.h"
#include "problemlist.h"

#include <QJsonDocument>

#include <string>

namespace warmshell::python {

namespace {

// warmshell.ProjectError, created by addProjectError; lives as long as the process.
PyObject *projectErrorClass = nullptr;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

py::module_ numpy()
{
    return py::module_::import("numpy"); // ImportError, as Python words it, when missing
}

// numpy.array([item[key] for item in items], dtype=dtype).
py::object column(const py::list &items, const char *key, const char *dtype)
{
    py::list values;
    for (const py::handle &item : items)
        values.append(item[key]);
    return numpy().attr("array")(values, py::arg("dtype") = dtype);
}

} // namespace

py::str toPython(const QString &text)
{
    return py::str(utf8(text));
}

QString stringFrom(const py::handle &value, const char *what)
{
    if (!py::isinstance<py::str>(value))
        throw py::type_error(std::string(what) + " must be a str, got "
            + py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>());
    return QString::fromStdString(value.cast<std::string>());
}

py::dict jsonToPython(const QJsonObject &object)
{
    // Through the JSON text, so numbers are typed exactly as json.loads types the CLI's output.
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return py::module_::import("json").attr("loads")(py::bytes(text.constData(), size_t(text.size()))).cast<py::dict>();
}

py::list problemsToPython(const std::vector<Problem> &problems, const char *severity)
{
    py::list list;
    for (const Problem &p : problems)
        if (p.omitted == 0)
            list.append(py::dict(py::arg("path") = toPython(p.path), py::arg("message") = toPython(p.message),
                py::arg("severity") = severity));
    return list;
}

QString fileNameFrom(const py::handle &path)
{
    // TypeError for anything that is not a path.
    const py::bytes bytes = py::module_::import("os").attr("fsencode")(path).cast<py::bytes>();
    return fileNameFromBytes(QByteArray::fromStdString(std::string(bytes)));
}

void addProjectError(py::module_ &module)
{
    projectErrorClass = PyErr_NewExceptionWithDoc("warmshell.ProjectError",
        "A project, file or import refused: str(error) names each JSON path and reason; "
        "error.problems lists them as dicts (path, message, severity).",
        PyExc_ValueError, nullptr);
    if (!projectErrorClass)
        throw py::error_already_set();
    module.add_object("ProjectError", py::handle(projectErrorClass));
}

void raiseProjectError(const QString &heading, const std::vector<Problem> &problems)
{
    QString message = heading;
    if (problems.size() == 1) {
        message += QStringLiteral(": ") + problems.front().toString();
    } else {
        message += QStringLiteral(": %1 problems:").arg(problemCount(problems));
        for (const Problem &p : problems)
            message += QStringLiteral("\n  ") + p.toString();
    }
    const py::object type = py::reinterpret_borrow<py::object>(projectErrorClass);
    const py::object error = type(toPython(message));
    error.attr("problems") = problemsToPython(problems);
    PyErr_SetObject(projectErrorClass, error.ptr());
    throw py::error_already_set();
}

void raiseOsError(const QString &message)
{
    PyErr_SetString(PyExc_OSError, utf8(message).c_str());
    throw py::error_already_set();
}

py::dict timelineArrays(const py::dict &timeline)
{
    const py::list periods = timeline["periods"].cast<py::list>();
    const py::list lots = timeline["lots"].cast<py::list>();
    py::dict arrays;
    arrays["start"] = column(periods, "start", "datetime64[D]");
    arrays["end"] = column(periods, "end", "datetime64[D]");
    for (const char *key : { "energizedGpus", "idleGpus" })
        arrays[key] = column(periods, key, "int64");
    for (const char *key : { "energizedPflops", "powerUsedKw", "powerAvailableKw", "facilityPowerUsedKw",
             "idleDepreciation", "cumulativeIdleDepreciation", "idleGpuHours" })
        arrays[key] = column(periods, key, "float64");
    py::list lotIds;
    for (const py::handle &lot : lots)
        lotIds.append(lot["lot"]);
    arrays["lots"] = lotIds;
    // lots × periods; reshaped so that a fleet without lots still has one column per period.
    arrays["lotIdleDepreciation"]
        = column(lots, "idleDepreciationPerPeriod", "float64").attr("reshape")(py::len(lots), py::len(periods));
    return arrays;
}

py::dict planArrays(const py::dict &plan)
{
    const py::list placements = plan["placements"].cast<py::list>();
    py::dict arrays;
    arrays["rack"] = column(placements, "rack", "str");
    arrays["load_kw"] = column(placements, "load_kw", "float64");
    arrays["used_u"] = column(placements, "used_u", "float64");
    return arrays;
}

} // namespace warmshell::python
