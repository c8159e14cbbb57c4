// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The utilisation colour scale lives next to the floor-plan colouring now; include
// "floorplan/utilisationlegend.h". This forwarding header stays only until
// ui/report/capacityreport.cpp includes the new path, then goes.
#include "floorplan/utilisationlegend.h"
