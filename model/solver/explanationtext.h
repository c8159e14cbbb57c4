// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace warmshell::solver {

// How the solver writes figures into explanations, binding limits and marginal values: C
// locale, so that a plan reads the same on every machine.

// "42.5 kW" below 100 kW, "4560 kW" from there (no group separator).
QString kwText(double kw);
// `decimals` after the point, with group separators ("1,234.5").
QString numberText(double v, int decimals = 0);
// ISO 8601 ("2027-06-01").
QString dateText(const QDate &d);

} // namespace warmshell::solver
