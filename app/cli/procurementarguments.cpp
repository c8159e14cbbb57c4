// SPDX-License-Identifier: GPL-3.0-or-later
#include "procurementarguments.h"

#include "arguments.h"
#include "catalog.h"
#include "enumkeys.h"
#include "project.h"

#include <cmath>
#include <optional>

namespace warmshell::cli {

namespace {

// A whole number in [low, high] from `text`, or nullopt.
std::optional<int> wholeNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v >= low && v <= high ? std::optional<int>(v) : std::nullopt;
}

// --budget TOTAL or Q1,Q2,... (one per quarter; quarters past the list get nothing).
QString readBudget(const Arguments &arguments, ProcurementInput &in)
{
    const QString v = arguments.value(QStringLiteral("budget"));
    const QStringList parts = v.split(u',');
    std::vector<double> amounts;
    for (const QString &part : parts) {
        bool ok = false;
        const double usd = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(usd) || usd < 0 || usd > 1e13)
            return QStringLiteral("--budget must be an amount of USD from 0 to 1e13, or one per quarter separated by "
                                  "commas, got '%1'")
                .arg(part);
        amounts.push_back(usd);
    }
    if (amounts.size() == 1)
        in.totalBudget = amounts.front();
    else
        in.budgetPerQuarter = amounts;
    return {};
}

// --candidates ID[:LEAD[:PER_QUARTER]],...
QString readCandidateWords(const Arguments &arguments, ProcurementArguments &a)
{
    for (const QString &entry : arguments.value(QStringLiteral("candidates")).split(u',', Qt::SkipEmptyParts)) {
        const QStringList fields = entry.split(u':');
        ProcurementArguments::CandidateWord w;
        w.name = fields[0].trimmed();
        if (fields.size() > 3 || w.name.isEmpty())
            return QStringLiteral("--candidates takes MODEL[:LEAD_QUARTERS[:PER_QUARTER]] entries, got '%1'")
                .arg(entry);
        if (fields.size() > 1) {
            const auto lead = wholeNumber(fields[1], 0, 400);
            if (!lead)
                return QStringLiteral("--candidates: the lead time of '%1' must be a whole number of quarters from 0 "
                                      "to 400, got '%2'")
                    .arg(w.name, fields[1]);
            w.lead = *lead;
        }
        if (fields.size() > 2) {
            const auto perQuarter = wholeNumber(fields[2], 0, 1'000'000);
            if (!perQuarter)
                return QStringLiteral("--candidates: the systems available per quarter of '%1' must be a whole "
                                      "number from 0 to 1000000, got '%2'")
                    .arg(w.name, fields[2]);
            w.perQuarter = *perQuarter;
        }
        a.candidates.push_back(w);
    }
    if (a.candidates.empty())
        return QStringLiteral("--candidates needs at least one model, for example B300,GB300,MI355X");
    return {};
}

// --horizon, --lead-time, --discount, the objective (`objectiveOption`) and --value.
QString readProcurementNumbers(const Arguments &arguments, const char *objectiveOption, ProcurementArguments &a)
{
    ProcurementInput &in = a.input;
    auto given = [&](const char *name) { return arguments.isSet(QLatin1String(name)); };
    auto value = [&](const char *name) { return arguments.value(QLatin1String(name)); };
    if (given("horizon")) {
        const auto h = wholeNumber(value("horizon"), 1, kMaxProcurementQuarters);
        if (!h)
            return QStringLiteral("--horizon must be a whole number of quarters from 1 to %1, got '%2'")
                .arg(kMaxProcurementQuarters)
                .arg(value("horizon"));
        in.horizonQuarters = *h;
    }
    if (given("lead-time")) {
        const auto lead = wholeNumber(value("lead-time"), 0, 400);
        if (!lead)
            return QStringLiteral("--lead-time must be a whole number of quarters from 0 to 400, got '%1'")
                .arg(value("lead-time"));
        a.defaultLead = *lead;
    }
    bool ok = true;
    if (given("discount")) {
        in.discountRate = value("discount").toDouble(&ok);
        if (!ok || !(in.discountRate >= 0 && in.discountRate <= 1))
            return QStringLiteral("--discount must be a rate per year from 0 to 1 (0.08 is 8 %), got '%1'")
                .arg(value("discount"));
    }
    if (given(objectiveOption)) {
        const auto objective = enumFromKey<ProcurementObjective>(value(objectiveOption));
        if (!objective)
            return QStringLiteral("--%1 must be compute or net, got '%2'")
                .arg(QString::fromLatin1(objectiveOption), value(objectiveOption));
        in.objective = *objective;
    }
    if (given("value")) {
        in.valuePerPflopsYear = value("value").toDouble(&ok);
        if (!ok || !(in.valuePerPflopsYear > 0) || in.valuePerPflopsYear > 1e12)
            return QStringLiteral("--value must be USD per PFLOPS-year above 0, got '%1'").arg(value("value"));
    }
    if (in.objective == ProcurementObjective::Net && !given("value"))
        return QStringLiteral("--%1 net needs --value USD (what one PFLOPS-year energized is worth)")
            .arg(QString::fromLatin1(objectiveOption));
    return {};
}

// The model `name` names: a project or catalog model id, else the one model whose generation
// it is (case-insensitive: "B300" → dgx-b300). Null with `error` set otherwise.
const SystemModel *resolveModel(const QString &name, const Project &project, QString &error)
{
    if (const SystemModel *m = project.model(SystemModelId(name), Catalog::builtIn()))
        return m;
    std::vector<const SystemModel *> matches;
    for (const SystemModel &m : project.customModels)
        if (m.generation.compare(name, Qt::CaseInsensitive) == 0)
            matches.push_back(&m);
    for (const SystemModel &m : Catalog::builtIn().models())
        if (m.generation.compare(name, Qt::CaseInsensitive) == 0)
            matches.push_back(&m);
    if (matches.size() == 1)
        return matches.front();
    error = matches.empty()
        ? QStringLiteral("--candidates: '%1' is neither a model id nor a generation of the catalog or the project "
                         "('warmshell-cli catalog' lists them)")
              .arg(name)
        : QStringLiteral("--candidates: '%1' is the generation of %2 models; name one by its id")
              .arg(name)
              .arg(matches.size());
    return nullptr;
}

} // namespace

CommandOptions procurementQuestionOptions(const char *objectiveOption)
{
    return CommandOptions{ valueOption("budget", "USD"), valueOption("candidates", "LIST"), valueOption("horizon", "Q"),
        valueOption("lead-time", "Q"), valueOption("discount", "RATE"),
        choiceOption(objectiveOption, "O", choicesOf<ProcurementObjective>()), valueOption("value", "USD") };
}

bool anyProcurementOption(const Arguments &arguments, const char *objectiveOption)
{
    for (const CommandOption &o : procurementQuestionOptions(objectiveOption))
        if (arguments.isSet(o.name))
            return true;
    return false;
}

QString readProcurementQuestion(const Arguments &arguments, const char *objectiveOption, ProcurementArguments &a)
{
    if (!arguments.isSet(QStringLiteral("budget")))
        return QStringLiteral("--budget is needed: a total in USD, or one amount per quarter separated by commas");
    if (!arguments.isSet(QStringLiteral("candidates")))
        return QStringLiteral("--candidates is needed: the models that may be ordered, for example B300,GB300");
    if (const QString error = readBudget(arguments, a.input); !error.isEmpty())
        return error;
    if (const QString error = readCandidateWords(arguments, a); !error.isEmpty())
        return error;
    return readProcurementNumbers(arguments, objectiveOption, a);
}

QString resolveProcurementCandidates(ProcurementArguments &a, const Project &project)
{
    for (const ProcurementArguments::CandidateWord &w : a.candidates) {
        QString error;
        const SystemModel *m = resolveModel(w.name, project, error);
        if (!m)
            return error;
        if (!(m->price.value() > 0))
            return QStringLiteral("--candidates: '%1' has no price in the catalog or the project").arg(w.name);
        ProcurementCandidate c;
        c.model = m->id;
        c.unitPrice = m->price.value();
        c.leadQuarters = w.lead >= 0 ? w.lead : a.defaultLead;
        if (w.perQuarter >= 0)
            c.availablePerQuarter.assign(size_t(a.input.horizonQuarters), w.perQuarter);
        for (const ProcurementCandidate &other : a.input.candidates)
            if (other.model == c.model)
                return QStringLiteral("--candidates names %1 twice").arg(c.model.toString());
        a.input.candidates.push_back(c);
    }
    return {};
}

} // namespace warmshell::cli
