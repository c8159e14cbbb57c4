// SPDX-License-Identifier: GPL-3.0-or-later
#include "contingencytext.h"

#include "analysis/contingency.h"
#include "catalog.h"
#include "format.h"
#include "project.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace warmshell::ui::contingencytext {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("warmshell::ui::contingencytext", text, nullptr, n);
}

QString rackName(const Project &project, const RackId &id)
{
    const Rack *rack = project.site.rack(id);
    return rack && !rack->name.isEmpty() ? rack->name : id.toString();
}

QString modelName(const Project &project, const Catalog &builtIn, const SystemModelId &id)
{
    const SystemModel *model = project.model(id, builtIn);
    return model && !model->name.isEmpty() ? model->name : id.toString();
}

QString stepText(const ContingencyAction &step, const Project &project, const Catalog &builtIn)
{
    const QString model = modelName(project, builtIn, step.model);
    const QString what = step.cappedTo.isEmpty()
        ? tr("shed %1 × %2").arg(step.count).arg(model)
        : tr("cap %1 × %2 from %3 to %4").arg(step.count).arg(model, step.operatingPoint, step.cappedTo);
    return tr("Rack %1: %2 (%3)").arg(rackName(project, step.rack), what, format::kilowatts(step.powerSaved));
}
} // namespace

QString title(const ContingencyResult &result)
{
    if (result.name.isEmpty())
        return result.description;
    const bool whole = result.failure.kind == FailureKind::PowerNode || result.failure.kind == FailureKind::CoolingUnit;
    if (!whole) {
        const qsizetype colon = result.description.indexOf(QStringLiteral(": "));
        return result.name + (colon < 0 ? QString() : result.description.mid(colon));
    }
    return result.description.endsWith(QStringLiteral(" fails to start")) ? tr("%1 fails to start").arg(result.name)
                                                                          : tr("%1 fails").arg(result.name);
}

QString losses(const ContingencyResult &result, const QString &currency)
{
    return tr("%L1 GPUs · %2 PFLOPS · %3 idle depreciation per month lost")
        .arg(result.lostGpus())
        .arg(QLocale().toString(result.lostPflops(), 'f', 1),
            format::money(result.lostIdleDepreciationPerMonth(), currency));
}

QString rackCounts(const ContingencyResult &result)
{
    return tr("%1 racks dark, %2 without cooling, %3 capped, %4 shedding")
        .arg(result.darkRacks.size())
        .arg(result.uncooledRacks.size())
        .arg(result.cappedRacks.size())
        .arg(result.shedRacks.size());
}

QString runbook(const ContingencyResult &result, const Project &project, const Catalog &builtIn, int maxSteps)
{
    QStringList lines;
    const int shown = std::min<int>(maxSteps, int(result.actions.size()));
    for (int i = 0; i < shown; ++i)
        lines << QStringLiteral("• ") + stepText(result.actions[size_t(i)], project, builtIn);
    const int more = int(result.actions.size()) - shown;
    if (more > 0)
        lines << tr("… and %1 more steps").arg(more);
    return lines.join(QLatin1Char('\n'));
}

QString summary(const ContingencyResult &result, const Project &project, const Catalog &builtIn)
{
    QStringList parts{ tr("What if %1?").arg(title(result)) };
    if (!result.hasImpact()) {
        parts << tr("Nothing is lost: every rack keeps its power and cooling, and no node or cooling unit "
                    "goes over its capacity.");
        return parts.join(QLatin1Char('\n'));
    }
    parts << losses(result, project.site.currency) << rackCounts(result);
    for (const GenerationLoss &g : result.generations)
        parts
            << tr("  %1: %L2 GPUs, %3 PFLOPS").arg(g.generation).arg(g.gpus).arg(QLocale().toString(g.pflops, 'f', 1));
    if (!result.actions.empty()) {
        parts << tr("Runbook (cap first, then shed; lowest PFLOPS per kW first):");
        parts << runbook(result, project, builtIn, 5);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace warmshell::ui::contingencytext
