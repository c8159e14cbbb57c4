// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QStringList>

#include <optional>

namespace warmshell::bench {

// The uncertain dates the Monte Carlo benchmark and tests give the campus example
// (resources/examples/campus.warmshell.json), so the samples' figures spread: the second
// utility feed's commissioning (triangular 0 / 3 / 12 months late), the second chiller's
// (0 / 1 / 6) and the 2026 GB200 lot's delivery (0 / 2 / 8). Objects the project lacks are
// left alone; returns how many of the three it found.
int addCampusDelays(Project &campus);
// The campus example read from `campusFile` with addCampusDelays() applied; null when the file
// does not load or lacks one of the three objects.
std::optional<Project> loadCampusWithDelays(const QString &campusFile);

// The value after `flag` in a benchmark's arguments ("--samples 20" → "20"), or `fallback`
// when the flag is absent or last.
QString optionValue(const QStringList &args, const char *flag, const QString &fallback);

} // namespace warmshell::bench
