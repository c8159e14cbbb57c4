// SPDX-License-Identifier: GPL-3.0-or-later
// The `warmshell` Python module (docs/python.md): load, validate and save projects, solve,
// timeline, generation comparison, scenarios and the NetBox import, over model/ alone. Results
// are the plain dicts of the CLI's --format json; every solve runs with the GIL released.
#include "pyconvert.h"

#include "analysis/comparison.h"
#include "analysis/reportjson.h"
#include "analysis/scenarioresults.h"
#include "analysis/scenariosidebyside.h"
#include "catalog.h"
#include "enumkeys.h"
#include "export/scenarioexport.h"
#include "export/table.h"
#include "import/netbox.h"
#include "inputfile.h"
#include "plan/planjson.h"
#include "projectfile.h"
#include "solver/glpkmodel.h"
#include "solver/solver.h"
#include "validation.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <future>
#include <optional>
#include <set>
#include <string>

namespace warmshell::python {

namespace {

using namespace pybind11::literals;

// Every keyword argument of solve, timeline, compare and scenarios, read into one record.
struct Arguments
{
    SolveOptions solve;
    bool heuristic = false;
    bool gapGiven = false;
    std::optional<PlanningPeriod> period;
    int periods = 0;
    bool allowMoves = false;
    double totalTimeLimit = 0;
    double gpuHourPrice = 0;
    QStringList generations;
    std::optional<double> budgetMw;
    std::optional<std::pair<QString, QString>> swap;
    QStringList only;
};

[[noreturn]] void badValue(const char *name, const QString &reason)
{
    throw py::value_error(std::string(name) + " " + reason.toStdString());
}

QString reprOf(const py::handle &value)
{
    return QString::fromStdString(py::repr(value).cast<std::string>());
}

double numberFrom(const py::handle &value, const char *name, double low, double high, bool lowIncluded)
{
    if (py::isinstance<py::bool_>(value) || !(py::isinstance<py::int_>(value) || py::isinstance<py::float_>(value)))
        throw py::type_error(std::string(name) + " must be a number, got " + reprOf(value).toStdString());
    const double v = value.cast<double>();
    if (!(lowIncluded ? v >= low : v > low) || !(v <= high))
        badValue(name,
            QStringLiteral("must be %1 %2 and at most %3, got %4")
                .arg(lowIncluded ? QStringLiteral("at least") : QStringLiteral("above"))
                .arg(low)
                .arg(high)
                .arg(reprOf(value)));
    return v;
}

bool flagFrom(const py::handle &value, const char *name)
{
    if (!py::isinstance<py::bool_>(value))
        throw py::type_error(std::string(name) + " must be True or False, got " + reprOf(value).toStdString());
    return value.cast<bool>();
}

// A str holding a comma list, or a list of str.
QStringList namesFrom(const py::handle &value, const char *name)
{
    if (py::isinstance<py::str>(value))
        return stringFrom(value, name).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList names;
    for (const py::handle &item : py::iter(value))
        names << stringFrom(item, name).trimmed();
    return names;
}

template <typename E> E enumFrom(const py::handle &value, const char *name)
{
    const QString key = stringFrom(value, name).trimmed();
    if (const auto e = enumFromKey<E>(key))
        return *e;
    badValue(name, QStringLiteral("must be %1, got '%2'").arg(acceptedKeys<E>(), key));
}

// A datetime.date (or datetime) or "YYYY-MM-DD".
QDate dateFrom(const py::handle &value, const char *name)
{
    const py::module_ datetime = py::module_::import("datetime");
    py::object text = py::reinterpret_borrow<py::object>(value);
    if (py::isinstance(value, datetime.attr("datetime")))
        text = value.attr("date")().attr("isoformat")();
    else if (py::isinstance(value, datetime.attr("date")))
        text = value.attr("isoformat")();
    const QDate date = QDate::fromString(stringFrom(text, name), Qt::ISODate);
    if (!date.isValid())
        badValue(name, QStringLiteral("must be a datetime.date or YYYY-MM-DD, got %1").arg(reprOf(value)));
    return date;
}

void readObjective(const py::handle &v, Arguments &a)
{
    a.solve.objectives.clear();
    for (const QString &key : namesFrom(v, "objective")) {
        const auto o = enumFromKey<Objective>(key.trimmed());
        if (!o)
            badValue("objective", QStringLiteral("must be compute, gpus or idle-cost, got '%1'").arg(key));
        a.solve.objectives.push_back(*o);
    }
    if (a.solve.objectives.empty())
        badValue("objective", QStringLiteral("needs at least one objective"));
}

// One keyword argument: its name and how its value is read (None always means the default).
struct ArgumentSpec
{
    const char *name;
    void (*read)(const py::handle &value, Arguments &a);
};

const std::array kArgumentSpecs{
    ArgumentSpec{ "objective", readObjective },
    ArgumentSpec{ "precision",
        [](const py::handle &v, Arguments &a) { a.solve.precision = enumFrom<Precision>(v, "precision"); } },
    ArgumentSpec{ "date", [](const py::handle &v, Arguments &a) { a.solve.date = dateFrom(v, "date"); } },
    ArgumentSpec{ "heuristic", [](const py::handle &v, Arguments &a) { a.heuristic = flagFrom(v, "heuristic"); } },
    ArgumentSpec{ "time_limit",
        [](const py::handle &v, Arguments &a) {
            a.solve.timeLimitSeconds = numberFrom(v, "time_limit", 0, 1e6, false);
        } },
    ArgumentSpec{ "gap",
        [](const py::handle &v, Arguments &a) {
            a.solve.relativeGap = numberFrom(v, "gap", 0, 1, true);
            a.gapGiven = true;
        } },
    ArgumentSpec{ "threads",
        [](const py::handle &v, Arguments &a) { a.solve.threads = int(numberFrom(v, "threads", 0, 1024, true)); } },
    ArgumentSpec{ "marginal_values",
        [](const py::handle &v, Arguments &a) { a.solve.marginalValues = flagFrom(v, "marginal_values"); } },
    ArgumentSpec{
        "period", [](const py::handle &v, Arguments &a) { a.period = enumFrom<PlanningPeriod>(v, "period"); } },
    ArgumentSpec{
        "periods", [](const py::handle &v, Arguments &a) { a.periods = int(numberFrom(v, "periods", 1, 400, true)); } },
    ArgumentSpec{ "allow_moves", [](const py::handle &v, Arguments &a) { a.allowMoves = flagFrom(v, "allow_moves"); } },
    ArgumentSpec{ "total_time_limit",
        [](const py::handle &v, Arguments &a) {
            a.totalTimeLimit = numberFrom(v, "total_time_limit", 0, 1e6, false);
        } },
    ArgumentSpec{ "gpu_hour_price",
        [](const py::handle &v, Arguments &a) { a.gpuHourPrice = numberFrom(v, "gpu_hour_price", 0, 1e6, true); } },
    ArgumentSpec{
        "generations", [](const py::handle &v, Arguments &a) { a.generations = namesFrom(v, "generations"); } },
    ArgumentSpec{ "budget_mw",
        [](const py::handle &v, Arguments &a) { a.budgetMw = numberFrom(v, "budget_mw", 0, 100000, false); } },
    ArgumentSpec{ "swap",
        [](const py::handle &v, Arguments &a) {
            const QStringList parts
                = py::isinstance<py::str>(v) ? stringFrom(v, "swap").split(QLatin1Char(':')) : namesFrom(v, "swap");
            if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
                badValue("swap", QStringLiteral("must be 'FROM:TO' or (FROM, TO), got %1").arg(reprOf(v)));
            a.swap = std::pair{ parts[0], parts[1] };
        } },
    ArgumentSpec{ "only", [](const py::handle &v, Arguments &a) { a.only = namesFrom(v, "only"); } },
};

// The keyword arguments each function takes.
const std::set<std::string> kSolveArguments{ "objective", "precision", "date", "heuristic", "time_limit", "gap",
    "threads", "marginal_values" };
const std::set<std::string> kTimelineArguments{ "objective", "precision", "heuristic", "time_limit", "gap", "threads",
    "period", "periods", "allow_moves", "total_time_limit", "gpu_hour_price" };
const std::set<std::string> kCompareArguments{ "precision", "date", "heuristic", "time_limit", "gap", "threads",
    "generations", "budget_mw", "swap" };

// The keyword arguments of `function` among `allowed`: TypeError for any other, as Python
// words it; ValueError or TypeError naming the argument for a bad value.
Arguments readArguments(const char *function, const py::kwargs &kwargs, const std::set<std::string> &allowed)
{
    Arguments a;
    for (const auto &[key, value] : kwargs) {
        const std::string name = key.cast<std::string>();
        const auto spec = std::find_if(
            kArgumentSpecs.begin(), kArgumentSpecs.end(), [&](const ArgumentSpec &s) { return name == s.name; });
        if (spec == kArgumentSpecs.end() || !allowed.count(name))
            throw py::type_error(std::string(function) + "() got an unexpected keyword argument '" + name + "'");
        if (!value.is_none())
            spec->read(value, a);
    }
    if (a.heuristic) {
        a.solve.method = SolveMethod::Heuristic;
        if (!a.gapGiven) // instant, as the CLI's --heuristic: no search for a bound within a gap
            a.solve.relativeGap = 0;
    }
    return a;
}

const Catalog &catalog()
{
    return Catalog::builtIn();
}

// The problems validate() lists: the project's, then its scenarios' (as `warmshell-cli validate`).
std::vector<Problem> projectProblems(const Project &project)
{
    std::vector<Problem> problems = validateProject(project, catalog());
    const std::vector<Problem> scenarios = scenarioProblems(project, &catalog());
    problems.insert(problems.end(), scenarios.begin(), scenarios.end());
    return problems;
}

// Raises ProjectError for a project the solver refused: its validation problems, or `reasons`
// (the solver's words) when validation finds none.
[[noreturn]] void raiseRefused(const Project &project, const QString &what, const QStringList &reasons)
{
    std::vector<Problem> problems = validateProject(project, catalog());
    if (problems.empty())
        for (const QString &reason : reasons)
            problems.push_back({ QStringLiteral("$"), reason });
    raiseProjectError(project.site.name + QStringLiteral(": ") + what, problems);
}

Project loadPath(const py::object &path)
{
    const QString name = fileNameFrom(path);
    LoadResult loaded = loadProject(name);
    if (!loaded.ok())
        raiseProjectError(name + QStringLiteral(": refused"), loaded.errors);
    return std::move(*loaded.project);
}

QByteArray bytesFrom(const py::object &text)
{
    if (py::isinstance<py::bytes>(text))
        return QByteArray::fromStdString(std::string(text.cast<py::bytes>()));
    return stringFrom(text, "text").toUtf8();
}

Project loadText(const py::object &text)
{
    LoadResult loaded = parseProject(bytesFrom(text));
    if (!loaded.ok())
        raiseProjectError(QStringLiteral("<string>: refused"), loaded.errors);
    return std::move(*loaded.project);
}

// validate(project), or validate(path): the file's refusal or the project's problems.
py::list validateAny(const py::object &projectOrPath)
{
    if (py::isinstance<Project>(projectOrPath))
        return problemsToPython(projectProblems(projectOrPath.cast<const Project &>()));
    const LoadResult loaded = loadProject(fileNameFrom(projectOrPath));
    return problemsToPython(loaded.ok() ? projectProblems(*loaded.project) : loaded.errors);
}

void saveTo(const Project &project, const py::object &path)
{
    if (const QString error = saveProject(project, fileNameFrom(path)); !error.isEmpty())
        raiseOsError(error);
}

// Runs `work` (a solve, timeline, comparison or scenarios run whose options point `cancel`) on
// a worker thread with the GIL released, so other Python threads run meanwhile. Every 0.1 s it
// checks for signals on the calling thread: on Ctrl-C (KeyboardInterrupt) it sets `cancel`,
// waits for the work to stop (the model stops within about a second) and raises.
template <typename Work> auto runReleased(std::atomic<bool> &cancel, Work work)
{
    auto future = std::async(std::launch::async, [&] {
        struct FreeGlpk // the worker's GLPK environment, which is not freed with the thread
        {
            ~FreeGlpk() { solver::glpkFreeEnvironment(); }
        } freeGlpk;
        return work();
    });
    for (;;) {
        bool ready = false;
        {
            py::gil_scoped_release unlocked;
            ready = future.wait_for(std::chrono::milliseconds(100)) == std::future_status::ready;
        }
        if (ready)
            return future.get();
        if (PyErr_CheckSignals() != 0) {
            cancel = true;
            {
                py::gil_scoped_release unlocked;
                future.wait();
            }
            throw py::error_already_set();
        }
    }
}

py::dict solvePlan(const Project &project, const py::kwargs &kwargs)
{
    Arguments a = readArguments("solve", kwargs, kSolveArguments);
    std::atomic<bool> cancel{ false };
    a.solve.cancel = &cancel;
    const CapacityPlan plan = runReleased(cancel, [&] { return solve(project, catalog(), a.solve); });
    if (plan.status == PlanStatus::Failed)
        raiseRefused(project, QStringLiteral("no plan"), plan.explanations);
    return jsonToPython(planToJson(plan));
}

// The timeline options of `a` as warmshell-cli timeline reads them (timelinearguments.cpp).
TimelineOptions timelineOptions(const Project &project, const Arguments &a)
{
    TimelineOptions o;
    o.solve = a.solve;
    o.solve.marginalValues = false;
    o.period = a.period;
    o.horizonPeriods = a.periods;
    if (o.horizonPeriods == 0 && o.period && *o.period != project.site.period) // the horizon keeps its length
        o.horizonPeriods = *o.period == PlanningPeriod::Month ? project.site.horizonPeriods * 3
                                                              : std::max(1, (project.site.horizonPeriods + 2) / 3);
    o.allowMoves = a.allowMoves;
    o.gpuHourPrice = a.gpuHourPrice;
    o.totalTimeLimitSeconds = a.totalTimeLimit;
    if (a.totalTimeLimit > 0)
        o.solve.deadline = Deadline::after(a.totalTimeLimit);
    return o;
}

py::dict timelineOf(const Project &project, const py::kwargs &kwargs)
{
    TimelineOptions options = timelineOptions(project, readArguments("timeline", kwargs, kTimelineArguments));
    std::atomic<bool> cancel{ false };
    options.solve.cancel = &cancel;
    const Timeline t = runReleased(cancel, [&] { return computeTimeline(project, catalog(), options); });
    if (!t.problems.isEmpty())
        raiseRefused(project, QStringLiteral("no timeline"), t.problems);
    return jsonToPython(timelineToJson(t));
}

py::dict compareOf(const Project &project, const py::kwargs &kwargs)
{
    const Arguments a = readArguments("compare", kwargs, kCompareArguments);
    ComparisonOptions o;
    o.solve.precision = a.solve.precision;
    o.solve.method = a.solve.method;
    o.solve.timeLimitSeconds = a.solve.timeLimitSeconds;
    o.solve.relativeGap = a.solve.relativeGap;
    o.solve.threads = a.solve.threads;
    o.solve.deadline = Deadline::after(a.solve.timeLimitSeconds); // for the whole comparison
    o.date = a.solve.date;
    o.generations = a.generations;
    o.budgetMw = a.budgetMw;
    if (!o.budgetMw) // on the project's own site an invalid site fails every generation
        if (const std::vector<Problem> problems = validateProject(project, catalog()); !problems.empty())
            raiseProjectError(project.site.name + QStringLiteral(": cannot compare on the site"), problems);
    std::atomic<bool> cancel{ false };
    o.solve.cancel = &cancel;
    const auto [c, swapped] = runReleased(cancel, [&] {
        std::pair<Comparison, std::optional<SwapResult>> result{ compareGenerations(project, catalog(), o), {} };
        if (a.swap && result.first.problems.isEmpty())
            result.second = swapGenerations(project, catalog(), a.swap->first, a.swap->second, o);
        return result;
    });
    if (!c.problems.isEmpty())
        throw py::value_error(c.problems.join(QStringLiteral("\n")).toStdString());
    QJsonObject json = comparisonToJson(c);
    if (swapped)
        json.insert(QStringLiteral("swap"), swapToJson(*swapped));
    return jsonToPython(json);
}

py::dict scenariosOf(const Project &project, const py::kwargs &kwargs)
{
    std::set<std::string> allowed = kTimelineArguments;
    allowed.insert("only");
    const Arguments a = readArguments("scenarios", kwargs, allowed);
    TimelineOptions options = timelineOptions(project, a);
    std::atomic<bool> cancel{ false };
    options.solve.cancel = &cancel;
    std::vector<int> chosen;
    if (!a.only.isEmpty()) {
        QString error;
        chosen = selectScenarios(project, a.only, error);
        if (!error.isEmpty())
            badValue("only", error);
    }
    const ScenarioComparison c = runReleased(cancel, [&] {
        return chosen.empty() ? compareScenarios(project, catalog(), options)
                              : compareScenarios(project, catalog(), options, chosen);
    });
    QJsonObject json = scenarioComparisonToJson(c);
    json.insert(QStringLiteral("sideBySide"), tableToJson(scenarioSideBySideTable(sideBySide(c))));
    return jsonToPython(json);
}

// One NetBox answer file; none for None. ProjectError when it cannot be read.
NetBoxInput netBoxInput(const py::object &path)
{
    if (path.is_none())
        return {};
    const QString name = fileNameFrom(path);
    InputFile file = readInputFile(name);
    if (!file.ok())
        raiseProjectError(name + QStringLiteral(": refused"), { Problem{ QStringLiteral("$"), file.error } });
    return { name, std::move(file.bytes) };
}

py::tuple importFromNetBox(const py::object &racks, const py::object &panels, const py::object &feeds,
    const py::object &planStart, const py::object &sites, double powerFactor, const py::object &coolingSources,
    const py::object &coolingFeeds)
{
    NetBoxImportOptions options;
    options.planStart = dateFrom(planStart, "plan_start");
    if (!sites.is_none())
        options.sites = namesFrom(sites, "sites");
    options.powerFactor = numberFrom(py::float_(powerFactor), "power_factor", 0, 1, false);
    const NetBoxCoolingInputs cooling{ netBoxInput(coolingSources), netBoxInput(coolingFeeds) };
    NetBoxImportResult r = importNetBox(netBoxInput(racks), netBoxInput(panels), netBoxInput(feeds), options, cooling);
    if (!r.ok())
        raiseProjectError(QStringLiteral("NetBox import refused"), r.errors);
    return py::make_tuple(std::move(*r.project), problemsToPython(r.report, "warning"));
}

py::list catalogModels()
{
    py::list models;
    for (const SystemModel &m : catalog().models())
        models.append(jsonToPython(systemModelToJson(m)));
    return models;
}

QString projectRepr(const Project &p)
{
    return QStringLiteral("<warmshell.Project '%1': %2 racks, %3 lots, %4 scenarios>")
        .arg(p.site.name)
        .arg(p.site.racks.size())
        .arg(p.fleet.size())
        .arg(p.scenarios.size());
}

void defineProject(py::module_ &m)
{
    py::class_<Project>(m, "Project",
        "A loaded project (site, catalog, fleet, scenarios). Immutable: to change it, edit the dict of "
        "json.loads(warmshell.dumps(project)) and read it back with warmshell.loads, which checks it.")
        .def_property_readonly("name", [](const Project &p) { return toPython(p.site.name); })
        .def_property_readonly("currency", [](const Project &p) { return toPython(p.site.currency); })
        .def_property_readonly(
            "plan_start", [](const Project &p) { return toPython(p.site.planStart.toString(Qt::ISODate)); })
        .def_property_readonly("rack_count", [](const Project &p) { return p.site.racks.size(); })
        .def_property_readonly("lot_count", [](const Project &p) { return p.fleet.size(); })
        .def_property_readonly("scenario_names",
            [](const Project &p) {
                py::list names;
                for (const Scenario &s : p.scenarios)
                    names.append(toPython(s.name));
                return names;
            })
        .def(
            "__eq__", [](const Project &a, const Project &b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const Project &p) { return toPython(projectRepr(p)); });
}

const char *const kSolveDoc = R"(solve(project, *, objective="compute", precision="bf16", date=None, heuristic=False,
      time_limit=60, gap=0.001, threads=0, marginal_values=True) -> dict

The plan as `warmshell-cli solve --format json` prints it (docs/solver.md): status, objective
(value, bound, gap), totals, generations (energized and idle GPUs, idle depreciation per month),
lots, placements, power nodes, cooling units, binding constraints, marginal values, stranded
capacity, explanations. objective: "compute", "gpus", "idle-cost" or a list of them
(lexicographic); date: datetime.date or "YYYY-MM-DD" (default: the site's planStart); gap: the
relative gap to stop at (0.001 is 0.1 %). The GIL is released while it solves. Raises
ProjectError for a project that does not validate.)";

const char *const kTimelineDoc = R"(timeline(project, *, period=None, periods=None, allow_moves=False,
         objective="compute", precision="bf16", heuristic=False, time_limit=60, gap=0.001,
         threads=0, total_time_limit=None, gpu_hour_price=0) -> dict

The site solved period by period from its planStart, as `warmshell-cli timeline --format json`
(docs/timeline.md). period: "quarter" or "month" (the horizon keeps its length); time_limit:
seconds per period; total_time_limit: seconds for the whole timeline.)";

const char *const kCompareDoc = R"(compare(project, *, generations=None, budget_mw=None, swap=None,
        precision="bf16", date=None, heuristic=False, time_limit=60, gap=0.001, threads=0) -> dict

Each system model given the whole site (or a budget site of budget_mw MW), ranked by PFLOPS per
facility MW, as `warmshell-cli compare --format json`; swap="FROM:TO" adds the "swap" result.
time_limit is for the whole comparison. ValueError for an unknown generation.)";

const char *const kScenariosDoc = R"(scenarios(project, *, only=None, <the arguments of timeline>) -> dict

The timeline of the base project and of each scenario side by side, as `warmshell-cli scenarios
--format json` ("results", "differences", "sideBySide"); only: 2 to 6 scenario names.)";

void defineFunctions(py::module_ &m)
{
    m.def("load", &loadPath, "path"_a,
        "load(path) -> Project: reads a project file (str, bytes or os.PathLike); older formats are migrated. "
        "Raises ProjectError naming each JSON path and reason when the file is refused.");
    m.def("loads", &loadText, "text"_a, "loads(text) -> Project: the same from the file's text (str or bytes).");
    m.def(
        "dumps", [](const Project &p) { return toPython(QString::fromUtf8(serializeProject(p))); }, "project"_a,
        "dumps(project) -> str: the project file's text (current format version).");
    m.def("save", &saveTo, "project"_a, "path"_a,
        "save(project, path): writes the project file atomically (a complete new file or the old one "
        "untouched). Raises OSError when it cannot be written.");
    m.def("validate", &validateAny, "project"_a,
        "validate(project_or_path) -> list of {path, message, severity}: what the solver cannot accept, "
        "as `warmshell-cli validate --format json` lists it; for a path, the file's refusal or its "
        "problems. Empty when valid.");
    m.def("solve", &solvePlan, "project"_a, kSolveDoc);
    m.def("timeline", &timelineOf, "project"_a, kTimelineDoc);
    m.def("compare", &compareOf, "project"_a, kCompareDoc);
    m.def("scenarios", &scenariosOf, "project"_a, kScenariosDoc);
    m.def("import_netbox", &importFromNetBox, "racks"_a, "power_panels"_a, "power_feeds"_a, py::kw_only(),
        "plan_start"_a, "sites"_a = py::none(), "power_factor"_a = 0.95, "cooling_sources"_a = py::none(),
        "cooling_feeds"_a = py::none(),
        "import_netbox(racks, power_panels, power_feeds, *, plan_start, sites=None, power_factor=0.95, "
        "cooling_sources=None, cooling_feeds=None) -> (Project, report): a site (empty fleet) from saved "
        "NetBox API answers (docs/netbox.md); report lists what was not mapped or mapped with an "
        "assumption. Raises ProjectError when an answer cannot be read.");
    m.def("catalog", &catalogModels, "catalog() -> list of dict: the built-in system models.");
    m.def("timeline_arrays", &timelineArrays, "timeline"_a,
        "timeline_arrays(timeline_dict) -> dict of numpy arrays, one entry per period "
        "(start, energizedGpus, idleDepreciation, ...) and lotIdleDepreciation (lots x periods).");
    m.def("plan_arrays", &planArrays, "plan"_a,
        "plan_arrays(plan_dict) -> dict of numpy arrays, one entry per rack with systems: rack, load_kw, used_u.");
}

} // namespace

} // namespace warmshell::python

PYBIND11_MODULE(warmshell, m)
{
    namespace wp = warmshell::python;
    m.doc() = "WarmShell: power and thermal capacity planning for GPU clusters (docs/python.md).";
    m.attr("__version__") = WARMSHELL_VERSION;
    m.attr("FORMAT_VERSION") = warmshell::kProjectFormatVersion;
    wp::addProjectError(m);
    wp::defineProject(m);
    wp::defineFunctions(m);
}
