// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "results/resultsdock.h"
#include "solve/solvecontroller.h"

#include <QString>
#include <QTest>

// What the tests of scenarios in the app share: their project and the wait for a plan.
namespace warmshell::uitest {

// tests/data/timeline/scenario-app.warmshell.json, counted by hand: three racks of 30 kW
// (3 sys-a systems of 10 kW, 8 GPUs each); rack-1 and rack-2 on util-1 (60 kW, no
// commissioning date), rack-3 on util-2 (30 kW, commissioned 2025-07-01); every unit live at
// the plan start (2026-01-01): room for 9 systems. lot-a has 2 systems delivered 2025-01-01,
// straight line over 6 years: 16 GPUs energized, none idle.
inline QString scenarioAppFixture()
{
    return QStringLiteral(WARMSHELL_TEST_DATA "/timeline/scenario-app.warmshell.json");
}

// Waits (up to a minute) for a current plan with `gpus` energized in the results; false, with
// the figure shown, on timeout.
inline bool waitForEnergizedGpus(ui::MainWindow &window, int gpus)
{
    const bool shown = QTest::qWaitFor(
        [&] {
            return window.resultsDock()->shownEnergizedGpus() == gpus && !window.solveController()->isStale()
                && !window.solveController()->isBusy();
        },
        60000);
    if (!shown)
        qWarning("energized GPUs shown: %d, expected %d", window.resultsDock()->shownEnergizedGpus(), gpus);
    return shown;
}

} // namespace warmshell::uitest
