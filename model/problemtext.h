// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace warmshell {

struct CoolingUnit;
struct FleetLot;
struct Hall;
struct PowerNode;
struct Project;
struct Rack;

// How messages name objects, as a planner knows them: by name, led by the kind unless the
// name already says it ("Rack A-01"; a rack named "1A-10" is "Rack 1A-10"; a hall named "Lab
// hall" is "Lab hall"); an object
// without a name by its quoted id ("Rack \"rack-7\""). Power nodes and cooling units carry
// their kind in their names ("UPS 1", "CRAH row A") and are named by the name alone.
QString objectName(const Rack &rack);
QString objectName(const Hall &hall);
QString objectName(const PowerNode &node);
QString objectName(const CoolingUnit &unit);
QString objectName(const FleetLot &lot);

// The object of `project` a problem's JSON path points into, by objectName() (tenants,
// clusters, fabric domains, maintenance windows, scenarios and models alike: "Tenant Acme"),
// and the rest of the path as its field: "$.site.racks[3].heightU" gives { "Rack A-04",
// "heightU" }; "$.site.planStart" gives { "Site", "planStart" }. Both empty for the file as a
// whole ("$") or an index past the project's arrays.
struct ProblemSubject
{
    QString object;
    QString field;
};
ProblemSubject problemSubject(const Project &project, const QString &path);

// Problems for people: no JSON path and no id where the object has a name. Built once for a
// project (an index of its ids, so a list of problems on a 40,000-rack site is worded in one
// pass); `project` must outlive it and not change meanwhile.
class ProblemWording
{
public:
    explicit ProblemWording(const Project &project);

    // The problem's object leads ("Rack A-01 (heightU): must be …"), or the message alone
    // when it names the object already ("Rack A-01 has no power feed"); a message whose verb
    // tells what the object does follows its name ("Tenant Beta reserves rack B01, …"). In
    // the message, a quoted id of an object that has a name becomes that name (`rack
    // "rack-3"` → "rack B01", `"ups-1"` → "UPS 1") and a JSON path the object's name. First
    // letter upper case. A problem whose path names no object keeps its path
    // (Problem::toString()). Show the path on a detail line beside it; the command-line tool
    // prints toString().
    QString readable(const Problem &problem) const;
    // The problem's message with the same names for its ids and paths, without its object: for
    // a line under the object's own field ("names rack B01, already in fabric domain Pod 1").
    QString message(const Problem &problem) const { return withNames(problem.message); }

    // Objects by id, for naming them inside messages: their kind ("rack", "power node"), their
    // name (empty when none) and whether the name carries the kind ("UPS 1").
    struct Named
    {
        QString kind;
        QString name;
        QString id;
        bool nameCarriesKind = false;
    };

private:
    QString withNames(const QString &message) const;
    std::optional<Named> find(const QString &id, const QString &kind) const;

    const Project &m_project;
    QHash<QString, QList<Named>> m_byId;
};

// ProblemWording(project).readable(problem), for one problem.
QString readableProblem(const Project &project, const Problem &problem);
// Every problem of `problems` worded once (ProblemWording), in order.
QStringList readableProblems(const Project &project, const std::vector<Problem> &problems);

} // namespace warmshell
