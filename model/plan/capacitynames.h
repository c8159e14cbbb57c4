// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace warmshell {

struct CapacityPlan;

// The names of a plan's power nodes and cooling units by id, as the planner wrote them when
// the plan was solved (CapacityUse::name; an unnamed one by its id). Tables and reports show
// these and keep the id for a tooltip or a detail.
QHash<QString, QString> capacityNames(const CapacityPlan &plan);

} // namespace warmshell
