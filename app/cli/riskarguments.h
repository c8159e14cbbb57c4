// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"
#include "commandoption.h"

namespace warmshell::cli {

class Arguments;

// The options of a Monte Carlo run: `samplesOption` N ("samples" for risk, "risk-samples" for
// report), --seed S and --threads T.
CommandOptions riskRunOptions(const char *samplesOption);

// Reads the samples, --seed and --threads into `o` (its timeline left as it is); the samples
// and the seed are needed. Returns the first usage error, naming the option, or empty.
QString readRiskRunOptions(const Arguments &arguments, const char *samplesOption, RiskOptions &o);

} // namespace warmshell::cli
