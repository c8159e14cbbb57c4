// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/risk.h"

#include <QString>

class QCustomPlot;

namespace warmshell::ui::charts {

// The figures of a Monte Carlo run (analysis/risk.h) a fan chart can show.
enum class RiskFigure { EnergizedGpus, IdleGpus, IdleDepreciation };

// The figure's name as a chart title and table heading ("Energized GPUs", "Idle depreciation (USD)").
QString riskFigureName(RiskFigure figure, const QString &currency);
// The figure's percentiles in one period of `risk`.
const Percentiles &riskPercentiles(const RiskPeriod &period, RiskFigure figure);

// Object names of the fan chart's graphs, for tests: the P10 and P90 edges of the filled band
// and the P50 line. Each has one point per period, key = period number (1..n), value = the
// percentile of `figure` in that period.
inline constexpr const char *kFanP10Name = "fanP10";
inline constexpr const char *kFanP50Name = "fanP50";
inline constexpr const char *kFanP90Name = "fanP90";

// Draws `figure` of `risk` on `plot` (reset first): the P10–P90 band filled, the P50 line
// over it, periods labelled by their start ("2026 Q1" for calendar quarters). A run without
// periods (cancelled, failed) leaves an empty chart titled with the figure. Replots.
void drawRiskFan(QCustomPlot *plot, const RiskResult &risk, RiskFigure figure);

// "2026 Q3" for a calendar quarter's first day, else the ISO date.
QString periodStartLabel(const QDate &start, PlanningPeriod period);

} // namespace warmshell::ui::charts
