// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace warmshell {
class Catalog;
struct CapacityPlan;
struct ContingencyResult;
struct Project;
} // namespace warmshell

namespace warmshell::ui {

class FloorPlanScene;

// What the floor plan's rack fill shows.
enum class RackColourMode {
    CoolingType, // air / liquid, darker with pinned systems (no plan needed)
    PowerUtilisation, // plan load ÷ rack power limit
    CoolingHeadroom, // (usable − load) ÷ usable of the tightest cooling unit serving the rack
    GenerationPlaced, // the GPU generation of the systems the plan places in the rack
    InletTemperature, // plan inlet temperature against the limit (site thermal model only)
    Tenant, // whose systems the plan places in the rack; empty reserved racks in a light tint
};

// One key of a legend: racks whose value v satisfies lower < v <= upper get `colour`
// (numeric modes), or racks whose generation equals `key` (generation mode; "" = empty rack,
// "mixed" = more than one generation).
struct RackLegendEntry
{
    QColor colour;
    QString label;
    double lower = 0;
    double upper = 0;
    QString key;
};

// A rack's figures in a plan, as the tooltips and colours use them.
struct RackPlanFigures
{
    bool placed = false; // the plan puts at least one system in the rack
    double loadKw = 0;
    double limitKw = 0;
    int systems = 0;
    int gpus = 0;
    int usedU = 0;
    int heightU = 0;
    QStringList contents; // "4 × DGX H100"
    QString generation; // "" when empty, the generation, or "mixed"
    // Headroom of the tightest live cooling unit serving the rack, as a share of its usable
    // capacity (negative: over); NaN when no live unit with usable capacity serves it.
    double coolingHeadroom = 0;
    QString tightestCoolingUnit;
    bool overPower = false; // load above the rack's power limit
    bool overCooling = false; // a unit serving it carries more than its usable capacity
    // Inlet temperature under the plan minus its limit, °C (≤ 0 is within); NaN without the
    // thermal model. inletC is the temperature itself.
    double inletMarginC = std::numeric_limits<double>::quiet_NaN();
    double inletC = std::numeric_limits<double>::quiet_NaN();
    bool overInlet = false;
    // Tenants (model/tenant.h): the id of the tenant whose systems the plan places in the rack,
    // kOperatorKey for the operator's own, "mixed" for several owners, "" when empty; the id and
    // name of the tenant the project reserves the rack for (directly or through its hall), ""
    // when it is open to every lot.
    QString owner;
    QString reservedFor;
    QString reservedForName;
    // load ÷ limit; -1 for an empty rack.
    double utilisation() const { return placed && limitKw > 0 ? loadKw / limitKw : (placed ? 0 : -1); }
};

// The colour modes' rules: pure functions of the project and the plan, so tests and the
// report compute what the floor plan shows.
namespace rackcolouring {

QString modeName(RackColourMode mode);
inline constexpr RackColourMode kModes[]
    = { RackColourMode::CoolingType, RackColourMode::PowerUtilisation, RackColourMode::CoolingHeadroom,
          RackColourMode::GenerationPlaced, RackColourMode::InletTemperature, RackColourMode::Tenant };

// RackPlanFigures::owner of the operator's own systems (lots with no tenant).
inline const QString kOperatorKey = QStringLiteral("operator");

// Whether `mode` can be shown with `plan` (null: no plan yet); if not, `why` says why.
bool isAvailable(RackColourMode mode, const CapacityPlan *plan, QString *why = nullptr);

// The figures of every rack of `project` in `plan`, by rack id.
QHash<RackId, RackPlanFigures> figures(const Project &project, const Catalog &builtIn, const CapacityPlan &plan);

// The legend of `mode` (generation mode: one entry per generation of `plan`, in plan order,
// then "mixed" and "empty"; tenant mode: per tenant of the plan's results, in project order, its
// colour (key: its id) and its light tint for reserved racks holding nothing (key "reserved:"
// + id), then the operator's own, "mixed" and "empty"). Empty for CoolingType (the floor plan's
// own legend).
std::vector<RackLegendEntry> legend(RackColourMode mode, const CapacityPlan *plan);

// The colour the legend gives a rack with these figures in `mode`.
QColor colour(RackColourMode mode, const RackPlanFigures &figures, const std::vector<RackLegendEntry> &legend);

// The legend entry covering `value` (numeric modes); null when none does.
const RackLegendEntry *entryFor(const std::vector<RackLegendEntry> &legend, double value);

// Colours every rack of `scene`, marks over-limit racks and appends the plan figures to each
// rack's tooltip. CoolingType, or no plan, restores the scene's own fills and tooltips.
void apply(FloorPlanScene *scene, const Project &project, const Catalog &builtIn, const CapacityPlan *plan,
    RackColourMode mode);

// ---- The "What if this fails?" overlay: one failure's effect on every rack, drawn over the
// colour mode until cleared.

// What a failure does to one rack (model/analysis/contingency.h); a rack in several of the
// result's lists takes the first of Dark, Uncooled, Shed, Capped.
enum class FailureEffect { Unaffected, Dark, Uncooled, Capped, Shed };

// The effect of `result` on every rack it touches, by rack id (racks it does not name are
// Unaffected).
QHash<RackId, FailureEffect> failureEffects(const ContingencyResult &result);

// The overlay's key: dark, without cooling, shedding, capped, unaffected (`key` holds the
// effect's number).
std::vector<RackLegendEntry> failureLegend();
QColor failureColour(FailureEffect effect);

// Fills every rack of `scene` with the colour of its effect under `result` and adds a line
// saying so to the front of its tooltip; over-limit marks are cleared. rackcolouring::apply
// restores the colour mode.
void applyFailure(FloorPlanScene *scene, const ContingencyResult &result);

} // namespace rackcolouring

} // namespace warmshell::ui
