// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QString>

namespace warmshell {

struct CoolingUnit;
struct FleetLot;
struct Hall;
struct PowerNode;
struct Project;
struct Rack;

// How messages name objects, as a planner knows them: by name, led by the kind unless the
// name already starts with it ("Rack A-01"; a rack named "1A-10" is "Rack 1A-10"); an object
// without a name by its quoted id ("Rack \"rack-7\""). Power nodes and cooling units carry
// their kind in their names ("UPS 1", "CRAH row A") and are named by the name alone.
QString objectName(const Rack &rack);
QString objectName(const Hall &hall);
QString objectName(const PowerNode &node);
QString objectName(const CoolingUnit &unit);
QString objectName(const FleetLot &lot);

// The object of `project` a problem's JSON path points into, by objectName(), and the rest of
// the path as its field: "$.site.racks[3].heightU" gives { "Rack A-04", "heightU" }. Both
// empty for a path about the site or file as a whole, or an index past the project's arrays.
struct ProblemSubject
{
    QString object;
    QString field;
};
ProblemSubject problemSubject(const Project &project, const QString &path);

// A problem for people, with no id or path when its object is known: the message when it
// names the object ("Rack A-01 has no power feed"), else "Rack A-01 (heightU): must be …";
// first letter upper case. Without an object: Problem::toString() ("path: message"). Show
// the path on a detail line beside it; the command-line tool prints toString().
QString readableProblem(const Project &project, const Problem &problem);

} // namespace warmshell
