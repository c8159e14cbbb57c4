// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli maintenance FILE [options]
#include "analysis/maintenanceimpact.h"
#include "analysis/maintenancejson.h"
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "enumkeys.h"
#include "export/csv.h"
#include "planarguments.h"
#include "solver/solver.h"

#include <map>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json, OutputFormat::Csv };
constexpr SolveOptionSet kSolveOptions{ SolveOption::TimeLimit };

// Window costs to the cent: a short window of a small site costs a few units of currency.
QString cents(double v)
{
    return QString::number(v, 'f', 2);
}

// "ups-1 module 2", "crah-3".
QString objectText(const MaintenanceWindow &w)
{
    return w.module > 0 ? QStringLiteral("%1 module %2").arg(w.object).arg(w.module) : w.object;
}

QString windowSpan(const MaintenanceWindow &w)
{
    return dateTimeText(w.start) + QStringLiteral(" to ") + dateTimeText(w.end);
}

void printWindow(QTextStream &t, const MaintenanceImpact &m, const QString &currency)
{
    const ContingencyResult &r = m.impact;
    t << '\n'
      << m.window.id << (m.window.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.window.name)) << ": "
      << objectText(m.window) << ", " << windowSpan(m.window) << ", " << QString::number(m.hours, 'f', 1)
      << " h, on the plan of " << m.planDate.toString(Qt::ISODate) << '\n';
    if (!m.objectLive) {
        t << "  " << m.window.object << " is not in service on " << m.planDate.toString(Qt::ISODate)
          << ": the window takes nothing out.\n";
        return;
    }
    t << "  " << r.description << '\n';
    if (!r.hasImpact()) {
        t << "  Nothing is lost: the surviving capacity carries the whole plan.\n";
    } else {
        t << "  Lost: " << r.lostGpus() << " GPUs (" << QString::number(m.lostGpuHours, 'f', 1) << " GPU-hours), "
          << QString::number(r.lostPflops(), 'f', 1) << " PFLOPS, " << QString::number(r.lostPower.value(), 'f', 1)
          << " kW; idle cost of the window " << cents(m.idleCost.value()) << ' ' << currency << '\n';
        if (!r.darkRacks.empty())
            t << "  Dark: " << count(qsizetype(r.darkRacks.size()), "rack") << '\n';
        if (!r.uncooledRacks.empty())
            t << "  Without cooling: " << count(qsizetype(r.uncooledRacks.size()), "rack") << '\n';
        if (!r.actions.empty())
            t << "  Runbook (" << r.overloaded << " over by " << QString::number(r.excess.value(), 'f', 1)
              << " kW; cap to an operating point first, then shed, lowest PFLOPS per kW first):\n";
        for (const ContingencyAction &step : r.actions)
            t << "    - " << step.rack.toString() << ": "
              << (step.cappedTo.isEmpty() ? QStringLiteral("shed %1 × %2").arg(step.count).arg(step.model.toString())
                                          : QStringLiteral("cap %1 × %2 from %3 to %4")
                                                .arg(step.count)
                                                .arg(step.model.toString(), step.operatingPoint, step.cappedTo))
              << " (" << QString::number(step.powerSaved.value(), 'f', 1) << " kW)\n";
    }
    if (!m.overlapping.isEmpty())
        t << "  Overlaps " << m.overlapping.join(QStringLiteral(", "))
          << " on other objects: each window is analysed alone; their joint effect is not computed.\n";
}

QString maintenanceTable(const Project &project, const std::vector<MaintenanceImpact> &impacts)
{
    QString text;
    QTextStream t(&text);
    const QString &currency = project.site.currency;
    double cost = 0, gpuHours = 0;
    for (const MaintenanceImpact &m : impacts) {
        cost += m.idleCost.value();
        gpuHours += m.lostGpuHours;
    }
    t << project.site.name << " — " << count(qsizetype(impacts.size()), "maintenance window") << ": "
      << QString::number(gpuHours, 'f', 1) << " GPU-hours lost, idle cost " << cents(cost) << ' ' << currency
      << " (each window on the plan solved at its start date)\n";
    for (const MaintenanceImpact &m : impacts)
        printWindow(t, m, currency);
    return text;
}

QString maintenanceCsv(const std::vector<MaintenanceImpact> &impacts, const QString &currency)
{
    QString text = csvRecord({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("object"),
        QStringLiteral("module"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("hours"),
        QStringLiteral("plan_date"), QStringLiteral("kind"), QStringLiteral("dark_racks"),
        QStringLiteral("uncooled_racks"), QStringLiteral("capped_racks"), QStringLiteral("shed_racks"),
        QStringLiteral("lost_gpus"), QStringLiteral("lost_gpu_hours"), QStringLiteral("lost_pflops"),
        QStringLiteral("lost_kw"), QStringLiteral("idle_cost_") + currency.toLower(), QStringLiteral("overlapping") });
    for (const MaintenanceImpact &m : impacts) {
        const ContingencyResult &r = m.impact;
        text += csvRecord({ m.window.id, m.window.name, m.window.object,
            m.window.module > 0 ? QString::number(m.window.module) : QString(), dateTimeText(m.window.start),
            dateTimeText(m.window.end), csvNumber(m.hours, 3), m.planDate.toString(Qt::ISODate),
            failureKindKey(m.failure.kind), QString::number(r.darkRacks.size()),
            QString::number(r.uncooledRacks.size()), QString::number(r.cappedRacks.size()),
            QString::number(r.shedRacks.size()), QString::number(m.lostGpus()), csvNumber(m.lostGpuHours, 3),
            csvNumber(r.lostPflops(), 3), csvNumber(r.lostPower.value(), 3), csvNumber(m.idleCost.value(), 2),
            m.overlapping.join(QLatin1Char(' ')) });
    }
    return text;
}

QString maintenanceOutput(const Project &project, const std::vector<MaintenanceImpact> &impacts, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Json:
        return jsonText(maintenanceImpactsToJson(impacts, project.site.currency));
    case OutputFormat::Csv:
        return maintenanceCsv(impacts, project.site.currency);
    case OutputFormat::Table:
        break;
    }
    return maintenanceTable(project, impacts);
}

} // namespace

QString maintenanceUsage()
{
    return QStringLiteral(
               "Usage: warmshell-cli maintenance FILE [--window ID] [--time-limit S]\n"
               "                         [--format table|json|csv] [--out PATH] [--force]\n"
               "\n"
               "For each maintenance window of the project (maintenanceWindows), solves the site at the\n"
               "window's start date (as solve does, most compute first; once per distinct date) and takes the\n"
               "window's object out — a power node or cooling unit whole, or one module or 2N side — as\n"
               "contingencies does for a failure: which racks go dark or lose cooling, the runbook (cap to an\n"
               "operating point first, then shed, lowest PFLOPS per kW first), the GPUs and GPU-hours lost and\n"
               "the idle cost of the window (the depreciation the idled systems accrue in its hours).\n"
               "Windows on different objects that overlap are each analysed alone (docs/maintenance.md).\n"
               "  --window ID        only the window with this id\n")
        + solveOptionsHelp(kSolveOptions, 21)
        + QStringLiteral(
            "  --format F         table (default), json (docs/maintenance.md) or csv (one row per window)\n"
            "  --out PATH         write to PATH instead of standard output (a complete file or none)\n"
            "  --force            write PATH even if it is FILE itself (by default that is refused)\n"
            "Exit codes: 0 ok, 1 invalid input, an unknown window or no plan to analyse, 2 usage error.\n");
}

CommandOptions maintenanceOptions()
{
    return solveCommandOptions(kSolveOptions)
        + CommandOptions{ valueOption("window", "ID"), formatOption(kFormats), outOption(), forceOption() };
}

int runMaintenance(const Invocation &in)
{
    PlanArguments a;
    const auto [project, exitCode] = openPlanProject(in, kSolveOptions, kFormats, a);
    if (!project)
        return exitCode;
    a.options.marginalValues = false; // the analysis does not read them
    std::vector<MaintenanceWindow> windows = project->maintenanceWindows;
    if (in.arguments.isSet(QStringLiteral("window"))) {
        const QString id = in.arguments.value(QStringLiteral("window"));
        std::erase_if(windows, [&](const MaintenanceWindow &w) { return w.id != id; });
        if (windows.empty()) {
            in.err.error(Diagnostics::Kind::NoResult,
                QStringLiteral("%1: no maintenance window has the id \"%2\"").arg(inputName(a.file), id.left(64)),
                a.file);
            return InvalidInput;
        }
    }
    std::map<QDate, CapacityPlan> plans; // one solve per distinct start date
    std::vector<MaintenanceImpact> impacts;
    for (const MaintenanceWindow &w : windows) {
        const QDate date = w.start.toUTC().date();
        auto it = plans.find(date);
        if (it == plans.end()) {
            SolveOptions options = a.options;
            options.date = date;
            it = plans.emplace(date, solve(*project, Catalog::builtIn(), options)).first;
        }
        const CapacityPlan &plan = it->second;
        if (plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible) {
            in.err.problemLines(Diagnostics::Kind::NoResult,
                QStringLiteral("warmshell-cli: %1: no plan on %2 to analyse window %3")
                    .arg(inputName(a.file), date.toString(Qt::ISODate), w.id.left(64)),
                plan.explanations);
            return InvalidInput;
        }
        impacts.push_back(analyseMaintenanceWindow(*project, Catalog::builtIn(), plan, w));
    }
    return writeOutput(maintenanceOutput(*project, impacts, a.format), a.out, a.guard, in.out, in.err);
}

} // namespace warmshell::cli
