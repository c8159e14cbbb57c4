// SPDX-License-Identifier: GPL-3.0-or-later
#include "solveoptionsparser.h"

#include "arguments.h"
#include "enumkeys.h"
#include "plan/planorder.h"
#include "systemmodel.h"

#include <vector>

namespace warmshell::cli {

namespace {

QString readObjective(const QString &value, SolveOptions &options)
{
    options.objectives.clear();
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto o = enumFromKey<Objective>(part.trimmed());
        if (!o)
            return QStringLiteral("--objective must be compute, gpus or idle-cost, got '%1'").arg(part);
        options.objectives.push_back(*o);
    }
    if (options.objectives.empty())
        return QStringLiteral("--objective needs at least one objective");
    return {};
}

QString readPrecision(const QString &value, SolveOptions &options)
{
    const auto p = enumFromKey<Precision>(value);
    if (!p)
        return QStringLiteral("--precision must be bf16, fp8 or fp4, got '%1'").arg(value);
    options.precision = *p;
    return {};
}

QString readDate(const QString &value, SolveOptions &options)
{
    options.date = QDate::fromString(value, Qt::ISODate);
    if (!options.date.isValid())
        return QStringLiteral("--date must be YYYY-MM-DD, got '%1'").arg(value);
    return {};
}

QString readHeuristic(const QString &, SolveOptions &options)
{
    options.method = SolveMethod::Heuristic;
    // Instant: no search for a bound within the default gap (a --gap given too, read after
    // this, asks for one).
    options.relativeGap = 0;
    return {};
}

QString readTimeLimit(const QString &value, SolveOptions &options)
{
    bool ok = false;
    options.timeLimitSeconds = value.toDouble(&ok);
    if (!ok || !(options.timeLimitSeconds > 0) || options.timeLimitSeconds > 1e6)
        return QStringLiteral("--time-limit must be a number of seconds above 0, got '%1'").arg(value);
    return {};
}

QString readGap(const QString &value, SolveOptions &options)
{
    bool ok = false;
    const double percent = value.toDouble(&ok);
    if (!ok || !(percent >= 0) || percent > 100)
        return QStringLiteral("--gap must be a percentage from 0 to 100, got '%1'").arg(value);
    options.relativeGap = percent / 100;
    return {};
}

struct SolveOptionSpec
{
    SolveOption id;
    const char *name;
    const char *valueName; // empty for a flag
    QStringList choices;
    const char *help; // lines after the first are indented to the help column
    QString (*read)(const QString &value, SolveOptions &options);
};

const std::vector<SolveOptionSpec> &specs()
{
    static const std::vector<SolveOptionSpec> list{
        { SolveOption::Objective, "objective", "LIST", choicesOf<Objective>(),
            "compute (default), gpus or idle-cost; a comma list is lexicographic", readObjective },
        { SolveOption::Precision, "precision", "P", choicesOf<Precision>(),
            "bf16 (default), fp8 or fp4: the TFLOPS the compute objective counts", readPrecision },
        { SolveOption::Date, "date", "D", {}, "plan the site as it stands on D (default: the site's planStart)",
            readDate },
        { SolveOption::Heuristic, "heuristic", "", {},
            "the instant greedy plan, with the LP bound for its gap (no gap target\n"
            "unless --gap is given)",
            readHeuristic },
        { SolveOption::TimeLimit, "time-limit", "S", {},
            "seconds for the whole solve (default 60); the best plan so far is kept", readTimeLimit },
        { SolveOption::Gap, "gap", "PERCENT", {},
            "stop once the plan is proven within PERCENT of the best possible (default 0.1;\n"
            "0 searches for the proven optimum, which may take the whole time limit)",
            readGap },
    };
    return list;
}

} // namespace

CommandOptions solveCommandOptions(SolveOptionSet which)
{
    CommandOptions options;
    for (const SolveOptionSpec &s : specs())
        if (which.testFlag(s.id))
            options << CommandOption{ QString::fromLatin1(s.name), QString::fromLatin1(s.valueName), s.choices };
    return options;
}

QString solveOptionsHelp(SolveOptionSet which, int column)
{
    QString text;
    for (const SolveOptionSpec &s : specs()) {
        if (!which.testFlag(s.id))
            continue;
        QString option = QStringLiteral("  --") + QLatin1String(s.name);
        if (*s.valueName)
            option += u' ' + QLatin1String(s.valueName);
        const QStringList lines = QString::fromUtf8(s.help).split(QLatin1Char('\n'));
        text += option.leftJustified(column) + lines.first() + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += QString(column, u' ') + lines[i] + u'\n';
    }
    return text;
}

QString readSolveOptions(const Arguments &arguments, SolveOptionSet which, SolveOptions &options)
{
    for (const SolveOptionSpec &s : specs()) {
        const QString name = QString::fromLatin1(s.name);
        if (!which.testFlag(s.id) || !arguments.isSet(name))
            continue;
        if (const QString error = s.read(arguments.value(name), options); !error.isEmpty())
            return error;
    }
    return {};
}

namespace {

const char *kExactHint = "--gap 0 searches for the proven optimum";

} // namespace

QString certificationLine(const CapacityPlan &plan)
{
    QString text = certificationText(plan);
    if (text.isEmpty())
        return text;
    if (plan.status == PlanStatus::Optimal && plan.gap == 0 && plan.options.relativeGap > 0)
        text += QStringLiteral("; ") + gapTargetText(plan.options.relativeGap);
    else if (plan.options.relativeGap > 0)
        text += QStringLiteral("; ") + QLatin1String(kExactHint);
    text[0] = text[0].toUpper();
    return text;
}

QString gapTargetText(double relativeGap)
{
    if (relativeGap == 0)
        return QStringLiteral("gap target 0 (proven optimum)");
    const QString percent = QString::number(100 * relativeGap, 'g', 3);
    if (relativeGap == kDefaultRelativeGap)
        return QStringLiteral("gap target %1 % (default; %2)").arg(percent, QLatin1String(kExactHint));
    return QStringLiteral("gap target %1 %").arg(percent);
}

} // namespace warmshell::cli
