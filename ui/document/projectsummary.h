// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"
#include "units.h"

namespace warmshell {
class Catalog;
}

namespace warmshell::ui {

// Headline figures of a project, as the status bar shows them. Pure function of the project.
struct ProjectSummary
{
    int racks = 0;
    Kilowatts rackPowerLimit{ 0 }; // sum of every rack's power limit
    Kilowatts utilityUsable{ 0 }; // usable capacity of the utility feeds at site.planStart
    Kilowatts generatorUsable{ 0 }; // usable capacity of the generators at site.planStart
    int fleetSystems = 0;
    int fleetGpus = 0; // sum over lots of count × GPUs per system
    Kilowatts fleetMaxPower{ 0 }; // sum over lots of count × maximum system power
    int lotsWithUnknownModel = 0; // lots left out of the GPU and power sums
};

ProjectSummary summarize(const Project &project, const Catalog &builtIn);

} // namespace warmshell::ui
