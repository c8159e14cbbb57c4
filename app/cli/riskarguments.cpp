// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskarguments.h"

#include "arguments.h"
#include "fieldlimits.h"

namespace warmshell::cli {

CommandOptions riskRunOptions(const char *samplesOption)
{
    return CommandOptions{ valueOption(samplesOption, "N"), valueOption("seed", "S"), valueOption("threads", "T") };
}

QString readRiskRunOptions(const Arguments &arguments, const char *samplesOption, RiskOptions &o)
{
    bool ok = false;
    const QString samplesName = QLatin1String(samplesOption);
    if (!arguments.isSet(samplesName))
        return QStringLiteral("--%1 is needed: how many samples to draw, 1 to %2")
            .arg(samplesName)
            .arg(limits::maxRiskSamples);
    const QString samples = arguments.value(samplesName);
    o.samples = samples.toInt(&ok);
    if (!ok || o.samples < 1 || o.samples > limits::maxRiskSamples)
        return QStringLiteral("--%1 must be a whole number from 1 to %2, got '%3'")
            .arg(samplesName)
            .arg(limits::maxRiskSamples)
            .arg(samples);
    if (!arguments.isSet(QStringLiteral("seed")))
        return QStringLiteral("--seed is needed: the same seed gives the same answer (any whole number from 0 to "
                              "18446744073709551615)");
    const QString seed = arguments.value(QStringLiteral("seed"));
    o.seed = seed.toULongLong(&ok);
    if (!ok)
        return QStringLiteral("--seed must be a whole number from 0 to 18446744073709551615, got '%1'").arg(seed);
    if (arguments.isSet(QStringLiteral("threads"))) {
        const QString threads = arguments.value(QStringLiteral("threads"));
        o.threads = threads.toInt(&ok);
        if (!ok || o.threads < 1 || o.threads > limits::maxRiskThreads)
            return QStringLiteral("--threads must be a whole number from 1 to %1, got '%2'")
                .arg(limits::maxRiskThreads)
                .arg(threads);
    }
    return {};
}

} // namespace warmshell::cli
