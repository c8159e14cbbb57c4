// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "catalog.h"
#include "finance/depreciation.h"
#include "solver/solver.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace warmshell {

namespace {

constexpr int kBudgetRackHeight = 48;

// Systems of `m` one rack of `height` U holds by space alone.
int perRackBySpace(const SystemModel &m, int height)
{
    return m.wholeRack ? 1 : (m.height.value() > 0 ? height / m.height.value() : 0);
}

// The models to compare: the project's own models, then the catalog's not overridden by them.
std::vector<const SystemModel *> candidateModels(const Project &project, const Catalog &catalog)
{
    std::vector<const SystemModel *> models;
    std::set<QString> seen;
    for (const SystemModel &m : project.customModels)
        if (seen.insert(m.id.toString()).second)
            models.push_back(&m);
    for (const SystemModel &m : catalog.models())
        if (seen.insert(m.id.toString()).second)
            models.push_back(&m);
    return models;
}

// The limit that stops more systems, from the solver's binding constraints: a site-level limit
// (power node, cooling unit) before a rack limit.
QString bindingLimit(const CapacityPlan &plan)
{
    auto has = [&](const char *kind) {
        return std::any_of(plan.binding.begin(), plan.binding.end(),
            [&](const BindingConstraint &b) { return b.kind == QLatin1String(kind); });
    };
    if (has("power"))
        return QStringLiteral("power");
    if (has("cooling"))
        return QStringLiteral("cooling");
    if (has("rack-space"))
        return QStringLiteral("space");
    if (has("rack-weight"))
        return QStringLiteral("weight");
    if (has("rack-power"))
        return QStringLiteral("rack power");
    if (has("fleet"))
        return QStringLiteral("fleet");
    return QStringLiteral("none");
}

FleetLot lotOf(const SystemModel &m, int count, const QDate &date, const QString &id)
{
    FleetLot lot;
    lot.id = LotId(id);
    lot.name = m.name;
    lot.model = m.id;
    lot.count = std::clamp(count, 1, 1'000'000);
    lot.unitCost = m.price;
    lot.delivered = date;
    return lot;
}

} // namespace

namespace {

// The catalog's typical figure `id`, or its neutral value (efficiency 1, no draw) when the
// catalog lacks it; `missing` then names it.
double budgetFigure(const Catalog &catalog, const char *id, QStringList &missing)
{
    if (const FacilityFigure *f = catalog.facilityFigure(QString::fromLatin1(id)))
        return f->quantity == FacilityFigure::Quantity::Efficiency ? f->typical : f->drawKwPerKw();
    missing << QString::fromLatin1(id);
    return QByteArray(id).startsWith("ups") ? 1.0 : 0.0;
}

// The budget site's power chain: the utility at the meter, a UPS below it; returns the UPS.
PowerNodeId addBudgetPower(Site &s, double budgetKw, double upsEfficiency)
{
    PowerNode feed;
    feed.id = PowerNodeId(QStringLiteral("budget-feed"));
    feed.name = QStringLiteral("Facility budget");
    feed.kind = PowerNodeKind::Utility;
    feed.rating = PowerRating::kilowatts(Kilowatts(budgetKw));
    feed.derating = 1.0;
    s.power.addNode(feed);
    PowerNode ups;
    ups.id = PowerNodeId(QStringLiteral("budget-ups"));
    ups.name = QStringLiteral("UPS");
    ups.kind = PowerNodeKind::Ups;
    ups.rating = PowerRating::kilowatts(Kilowatts(budgetKw)); // never below what the feed passes
    ups.derating = 1.0;
    ups.efficiency = upsEfficiency;
    s.power.addNode(ups);
    s.power.connect(feed.id, ups.id);
    return ups.id;
}

// The budget site's cooling draws per kW of heat, from the catalog.
struct BudgetDraws
{
    double crahFans = 0, chiller = 0, cduPumps = 0, dryCoolers = 0;
};

// One sentence per assumption of the budget site.
QStringList budgetAssumptions(
    double budgetKw, double upsEfficiency, const BudgetDraws &d, int racks, double rackKw, double rackKg)
{
    const auto pct = [](double v) { return QString::number(v * 100, 'g', 4); };
    const auto kwkw = [](double v) { return QString::number(v, 'g', 4); };
    QStringList assumptions;
    assumptions << QStringLiteral("one utility feed of %1 kW at the meter (the facility budget: IT load, losses and "
                                  "cooling together), derating 1, N redundancy (no reserve)")
                       .arg(budgetKw, 0, 'f', 0)
                << QStringLiteral("the racks are fed through one UPS at %1 % efficiency (catalog: typical double "
                                  "conversion); cooling is fed from the utility, not behind the UPS")
                       .arg(pct(upsEfficiency))
                << QStringLiteral("air heat costs %1 kW per kW (CRAH fans %2 + chiller %3, catalog typical figures), "
                                  "liquid heat %4 kW per kW (CDU pumps %5 + dry coolers %6: warm water needs no "
                                  "chiller), so each generation's PUE follows from its liquid share")
                       .arg(kwkw(d.crahFans + d.chiller), kwkw(d.crahFans), kwkw(d.chiller),
                           kwkw(d.cduPumps + d.dryCoolers), kwkw(d.cduPumps), kwkw(d.dryCoolers))
                << QStringLiteral(
                       "%1 identical liquid racks of %2 U fed from it, each limited to %3 kW (the densest full "
                       "rack among the compared models) and %4 kg; enough racks that space never binds")
                       .arg(racks)
                       .arg(kBudgetRackHeight)
                       .arg(rackKw, 0, 'f', 1)
                       .arg(rackKg, 0, 'f', 0)
                << QStringLiteral(
                       "one CDU and one CRAH each able to remove the whole budget, N redundancy: cooling capacity "
                       "never binds, so facility power is the limit unless a rack's own limits bind first");
    return assumptions;
}

} // namespace

Project makeBudgetSite(double megawatts, const std::vector<const SystemModel *> &models, const QDate &date,
    const Catalog &catalog, QStringList &assumptions)
{
    Project p;
    Site &s = p.site;
    s.name = QStringLiteral("%1 MW facility budget").arg(megawatts);
    s.planStart = date;
    const double budgetKw = megawatts * 1000.0;

    // Rack limits: the densest full rack, the heaviest full rack.
    double rackKw = 1.0, rackKg = 1360.0, leastDenseKw = 0;
    for (const SystemModel *m : models) {
        const int n = perRackBySpace(*m, kBudgetRackHeight);
        if (n <= 0)
            continue;
        rackKw = std::max(rackKw, n * m->power.value());
        rackKg = std::max(rackKg, n * m->weight.value());
    }
    rackKw = std::min(rackKw, 2000.0);
    rackKg = std::min(rackKg, 10000.0);
    for (const SystemModel *m : models) {
        const int n = perRackBySpace(*m, kBudgetRackHeight);
        if (n <= 0 || m->power.value() <= 0)
            continue;
        const double full = std::min(rackKw, n * m->power.value());
        leastDenseKw = leastDenseKw <= 0 ? full : std::min(leastDenseKw, full);
    }
    if (leastDenseKw <= 0)
        leastDenseKw = rackKw;
    const int racks = std::clamp(int(std::ceil(budgetKw / leastDenseKw)) + 1, 1, 200000);

    QStringList missing;
    const double upsEfficiency = budgetFigure(catalog, "ups-double-conversion", missing);
    const double crahFans = budgetFigure(catalog, "crah-fans", missing);
    const double chiller = budgetFigure(catalog, "chiller-default", missing);
    const double cduPumps = budgetFigure(catalog, "cdu-pumps", missing);
    const double dryCoolers = budgetFigure(catalog, "dry-cooler-fans", missing);
    const PowerNodeId ups = addBudgetPower(s, budgetKw, upsEfficiency);

    s.halls.push_back({ HallId(QStringLiteral("hall")), QStringLiteral("Hall"), {}, { Metres(2000), Metres(2000) } });
    s.rows.push_back({ RowId(QStringLiteral("row")), HallId(QStringLiteral("hall")), QStringLiteral("Row") });
    CoolingUnit cdu, crah;
    cdu.id = CoolingUnitId(QStringLiteral("budget-cdu"));
    cdu.kind = CoolingUnitKind::Cdu;
    cdu.capacity = Kilowatts(budgetKw);
    cdu.feed = PowerNodeId(QStringLiteral("budget-feed"));
    cdu.drawKwPerKw = cduPumps + dryCoolers;
    crah.id = CoolingUnitId(QStringLiteral("budget-crah"));
    crah.kind = CoolingUnitKind::Crah;
    crah.capacity = Kilowatts(budgetKw);
    crah.feed = PowerNodeId(QStringLiteral("budget-feed"));
    crah.drawKwPerKw = crahFans + chiller;
    s.racks.reserve(size_t(racks));
    for (int i = 0; i < racks; ++i) {
        Rack r;
        r.id = RackId(QStringLiteral("rack-%1").arg(i + 1));
        r.row = RowId(QStringLiteral("row"));
        r.position = { Metres(1.0 + (i % 1000) * 0.6 * 2), Metres(1.0 + (i / 1000) * 1.2) };
        r.height = RackUnits(kBudgetRackHeight);
        r.powerLimit = Kilowatts(rackKw);
        r.cooling = CoolingType::Liquid;
        r.weightLimit = Kilograms(rackKg);
        r.feedA = ups;
        cdu.serves.push_back(r.id);
        crah.serves.push_back(r.id);
        s.racks.push_back(std::move(r));
    }
    s.coolingUnits = { cdu, crah };
    assumptions << budgetAssumptions(
        budgetKw, upsEfficiency, { crahFans, chiller, cduPumps, dryCoolers }, racks, rackKw, rackKg);
    if (!missing.isEmpty())
        assumptions << QStringLiteral("the catalog has no figure %1: counted as no loss and no draw")
                           .arg(missing.join(QStringLiteral(", ")));
    return p;
}

bool hasFacilityFigures(const Site &site)
{
    for (const PowerNode &n : site.power.nodes())
        if (n.efficiency < 1.0 || !n.houseLoads.empty())
            return true;
    return std::any_of(site.coolingUnits.begin(), site.coolingUnits.end(),
        [](const CoolingUnit &u) { return !u.feed.isNull() && (u.drawKw > 0 || u.drawKwPerKw > 0); });
}

namespace {

// The models of options.generations (every model when empty), each generation asked for
// matched case-insensitively; a generation no model has is a problem.
std::vector<const SystemModel *> modelsToCompare(
    const Project &project, const Catalog &catalog, const ComparisonOptions &options, QStringList &problems)
{
    std::vector<const SystemModel *> models;
    for (const SystemModel *m : candidateModels(project, catalog))
        if (options.generations.isEmpty() || options.generations.contains(m->generation, Qt::CaseInsensitive))
            models.push_back(m);
    for (const QString &g : options.generations)
        if (std::none_of(models.begin(), models.end(),
                [&](const SystemModel *m) { return m->generation.compare(g, Qt::CaseInsensitive) == 0; }))
            problems << QStringLiteral("no system model of generation \"%1\" in the catalog or the project").arg(g);
    if (problems.isEmpty() && models.empty())
        problems << QStringLiteral("no system model to compare");
    return models;
}

// How facility power is known on `base`: each plan's own when the site states facility
// figures, else IT × the catalog's industry-average PUE, stated with its source.
void setPueBasis(const Project &base, const Catalog &catalog, Comparison &c)
{
    if (hasFacilityFigures(base.site)) {
        c.pueBasis = QStringLiteral("computed");
        c.assumptions << QStringLiteral("facility power and PUE are computed for each generation from its plan: IT "
                                        "load, cooling draw, house load and losses on the site's power chain");
        return;
    }
    c.pueBasis = QStringLiteral("assumed");
    const FacilityFigure *f = catalog.facilityFigure(QStringLiteral("pue-industry-average"));
    c.assumedPue = f ? f->typical : 1.0;
    if (f)
        c.pueSource = f->source;
    c.assumptions << QStringLiteral("the site states no losses, cooling draw or house load: facility power is "
                                    "assumed to be IT × PUE %1 (%2 [%3])")
                         .arg(QString::number(c.assumedPue, 'g', 4),
                             f ? f->source.source : QStringLiteral("no catalog figure: PUE 1"), c.pueSource.confidence);
}

// The site every model is given: the budget site, or the project's site without its pinned
// contents; sets c.basis and the assumptions that describe it. Nothing when the budget is out
// of range (c.problems says why).
std::optional<Project> comparisonBase(const Project &project, const std::vector<const SystemModel *> &models,
    const Catalog &catalog, const ComparisonOptions &options, Comparison &c)
{
    Project base;
    if (options.budgetMw) {
        if (!(*options.budgetMw > 0) || *options.budgetMw > 100000) {
            c.problems << QStringLiteral("--budget-mw must be above 0 and at most 100000 MW");
            return std::nullopt;
        }
        base = makeBudgetSite(*options.budgetMw, models, c.date, catalog, c.assumptions);
        base.customModels = project.customModels;
        c.basis = QStringLiteral("%1 MW facility budget").arg(*options.budgetMw);
    } else {
        base = project;
        for (Rack &r : base.site.racks)
            r.pinned.clear();
        c.basis = QStringLiteral("site %1").arg(project.site.name);
        c.assumptions << QStringLiteral("the whole site on %1 is given to one model at a time; pinned contents and the "
                                        "project's fleet are set aside")
                             .arg(c.date.toString(Qt::ISODate));
    }
    base.scenarios.clear();
    c.assumptions << QStringLiteral("each model gets more systems than the site can hold, at its catalog price, "
                                    "delivered on the comparison date; the solver maximises %1 compute")
                         .arg(keyOf(c.precision).toUpper())
                  << QStringLiteral(
                         "depreciation per year: first year of a 6-year straight line, no salvage; cost per "
                         "PFLOP-year = depreciation per year / PFLOPS (capital only: no energy, no operations)")
                  << QStringLiteral("PFLOPS per MW = dense PFLOPS / energized IT MW (system maximum power); PFLOPS "
                                    "per facility MW = dense PFLOPS / facility MW at the meter, the ranking");
    setPueBasis(base, catalog, c);
    return base;
}

bool hasNoPlan(const CapacityPlan &plan)
{
    return plan.status == PlanStatus::Failed || plan.status == PlanStatus::Infeasible;
}

// What `plan` (the whole site given to `m`, the fleet's one lot `lot`) delivers.
// `assumedPue`: the PUE facility power is assumed at; 0: the plan's own facility load.
void readFigures(GenerationFigures &g, const CapacityPlan &plan, const SystemModel &m, const FleetLot &lot,
    const QDate &date, double assumedPue)
{
    g.status = plan.status;
    g.gap = plan.gap;
    for (const LotResult &l : plan.lots)
        g.systems += l.energized;
    g.gpus = plan.energizedGpus();
    g.power = plan.energizedPower();
    for (const GenerationResult &r : plan.generations)
        g.pflops += r.energizedPflops;
    g.pflopsPerMw = g.power.value() > 0 ? g.pflops / (g.power.value() / 1000.0) : 0;
    g.pueAssumed = assumedPue > 0;
    g.facilityPower = g.pueAssumed ? g.power * assumedPue : plan.facilityLoad.facility();
    g.pue = g.power.value() > 0 ? g.facilityPower / g.power : 0;
    g.pflopsPerFacilityMw = g.facilityPower.value() > 0 ? g.pflops / (g.facilityPower.value() / 1000.0) : 0;
    g.racksUsed = int(plan.placements.size());
    g.capital = m.price * double(g.systems);
    FleetLot energized = lot;
    energized.count = g.systems;
    g.depreciationPerYear = g.systems > 0 ? lotDepreciationBetween(energized, date, date.addYears(1)) : Money(0);
    g.costPerPflopYear = g.pflops > 0 ? g.depreciationPerYear.value() / g.pflops : 0;
    g.binding = hasNoPlan(plan) ? keyOf(plan.status) : bindingLimit(plan);
    for (const BindingConstraint &b : plan.binding)
        if (b.kind != QLatin1String("fleet"))
            g.bindingDetail << b.text;
    if (g.systems == 0 && !hasNoPlan(plan)) {
        g.binding = QStringLiteral("nothing fits"); // no live rack can take the model; the solver says why
        g.bindingDetail << plan.explanations;
    }
    if (hasNoPlan(plan))
        g.bindingDetail << plan.explanations;
}

// Gives `base` to `m` alone (more systems than its racks hold, by space) and solves it for the
// most compute at the comparison's date and precision. `maxHeight`: U of the tallest rack.
GenerationFigures figuresOf(const SystemModel &m, const Project &base, int maxHeight, const Catalog &catalog,
    const ComparisonOptions &options, const Comparison &c)
{
    GenerationFigures g;
    g.generation = m.generation;
    g.model = m.id;
    g.modelName = m.name;
    g.tflopsPerGpu = m.tflopsPerGpu(c.precision).value();
    g.systemPower = m.power;
    g.powerSource = m.sources.value(QStringLiteral("powerKw"));
    g.perfSource = m.sources.value(QStringLiteral("tflops"));
    g.priceSource = m.sources.value(QStringLiteral("priceUsd"));

    Project p = base;
    const qint64 room = qint64(base.site.racks.size()) * std::max(1, perRackBySpace(m, maxHeight)) + 1;
    p.fleet = { lotOf(m, int(std::min<qint64>(room, 1'000'000)), c.date, QStringLiteral("compare")) };
    SolveOptions o = options.solve;
    o.objectives = { Objective::Compute };
    o.date = c.date;
    readFigures(g, solve(p, catalog, o), m, p.fleet.front(), c.date, c.assumedPue);
    return g;
}

} // namespace

Comparison compareGenerations(const Project &project, const Catalog &catalog, const ComparisonOptions &options)
{
    Comparison c;
    c.precision = options.solve.precision;
    c.date = options.date.isValid() ? options.date : project.site.planStart;
    c.currency = project.site.currency;
    const std::vector<const SystemModel *> models = modelsToCompare(project, catalog, options, c.problems);
    if (!c.problems.isEmpty())
        return c;
    const std::optional<Project> base = comparisonBase(project, models, catalog, options, c);
    if (!base)
        return c;
    int maxHeight = 0;
    for (const Rack &r : base->site.racks)
        maxHeight = std::max(maxHeight, r.height.value());
    for (size_t i = 0; i < models.size(); ++i) { // each an equal share of what is left of the deadline
        if (options.solve.cancel && options.solve.cancel->load()) {
            c.problems << QStringLiteral("cancelled after %1 of %2 models").arg(i).arg(models.size());
            return c;
        }
        ComparisonOptions share = options;
        share.solve.deadline = options.solve.deadline.share(1.0 / double(models.size() - i));
        c.rows.push_back(figuresOf(*models[i], *base, maxHeight, catalog, share, c));
        if (options.progress)
            options.progress(int(i) + 1, int(models.size()));
    }
    std::stable_sort(c.rows.begin(), c.rows.end(), [](const GenerationFigures &a, const GenerationFigures &b) {
        return a.pflopsPerFacilityMw > b.pflopsPerFacilityMw;
    });
    return c;
}

namespace {

// The first model of generation `to` (the project's models first); null when there is none
// with a power figure.
const SystemModel *swapTarget(const Project &project, const Catalog &catalog, const QString &to)
{
    const SystemModel *target = nullptr;
    for (const SystemModel *m : candidateModels(project, catalog))
        if (!target && m->generation.compare(to, Qt::CaseInsensitive) == 0)
            target = m;
    return target && target->power.value() > 0 ? target : nullptr;
}

// Retires on s.date every lot of generation s.from in service then, and unpins that
// generation's systems; counts what is retired in `s`. False when no such lot is in service.
bool retireGeneration(Project &after, const Project &project, const Catalog &catalog, SwapResult &s)
{
    bool any = false;
    for (FleetLot &lot : after.fleet) {
        const SystemModel *m = project.model(lot.model, catalog);
        if (!m || m->generation.compare(s.from, Qt::CaseInsensitive) != 0)
            continue;
        if (!(lot.delivered.isValid() && lot.delivered <= s.date && (lot.retire.isNull() || lot.retire > s.date)))
            continue;
        any = true;
        s.retiredSystems += lot.count;
        s.retiredGpus += lot.count * m->gpusPerSystem;
        s.bookValueWrittenOff += lotBookValue(lot, s.date);
        lot.retire = s.date;
    }
    // Racks that pin systems of the retired generation let them go too.
    for (Rack &rack : after.site.racks)
        std::erase_if(rack.pinned, [&](const PinnedSystems &pin) {
            const SystemModel *m = project.model(pin.model, catalog);
            return m && m->generation.compare(s.from, Qt::CaseInsensitive) == 0;
        });
    return any;
}

// The swap's figures from the plans before and after it.
void compareSwapPlans(SwapResult &s, const CapacityPlan &before, const CapacityPlan &after, const SystemModel &target)
{
    for (const LotResult &l : after.lots)
        if (l.lot.toString().startsWith(QStringLiteral("swap-")))
            s.addedEnergizedSystems += l.energized;
    for (const GenerationResult &g : before.generations)
        s.pflopsBefore += g.energizedPflops;
    for (const GenerationResult &g : after.generations)
        s.pflopsAfter += g.energizedPflops;
    s.idlePerMonthBefore = before.idleDepreciationPerMonth();
    s.idlePerMonthAfter = after.idleDepreciationPerMonth();
    s.notes << QStringLiteral("the %1 %2 systems free %3 kW; %4 × %5 at %6 kW use it (%7 of them energized: the "
                              "racks they would go into also limit them)")
                   .arg(s.retiredSystems)
                   .arg(s.from)
                   .arg(s.freedPower.value(), 0, 'f', 0)
                   .arg(s.addedSystems)
                   .arg(target.name)
                   .arg(target.power.value(), 0, 'f', 1)
                   .arg(s.addedEnergizedSystems);
    if (s.addedEnergizedSystems < s.addedSystems)
        for (const QString &e : after.explanations)
            s.notes << e;
}

} // namespace

SwapResult swapGenerations(const Project &project, const Catalog &catalog, const QString &from, const QString &to,
    const ComparisonOptions &options)
{
    SwapResult s;
    s.from = from;
    s.to = to;
    s.date = options.date.isValid() ? options.date : project.site.planStart;
    const SystemModel *target = swapTarget(project, catalog, to);
    if (!target) {
        s.problems << QStringLiteral("no system model of generation \"%1\" with a power figure").arg(to);
        return s;
    }
    SolveOptions o = options.solve;
    o.date = s.date;
    o.marginalValues = false;
    o.deadline = options.solve.deadline.share(0.5); // two solves
    const CapacityPlan before = solve(project, catalog, o);
    o.deadline = options.solve.deadline;
    if (hasNoPlan(before)) {
        s.problems << QStringLiteral("the project has no plan on %1:").arg(s.date.toString(Qt::ISODate));
        s.problems << before.explanations;
        return s;
    }
    Project after = project;
    after.scenarios.clear();
    if (!retireGeneration(after, project, catalog, s)) {
        s.problems << QStringLiteral("no lot of generation \"%1\" is in service on %2")
                          .arg(from, s.date.toString(Qt::ISODate));
        return s;
    }
    for (const GenerationResult &g : before.generations)
        if (g.generation.compare(from, Qt::CaseInsensitive) == 0)
            s.freedPower += g.energizedPower;
    s.addedSystems = int(std::floor(s.freedPower.value() / target->power.value() + 1e-9));
    s.addedGpus = s.addedSystems * target->gpusPerSystem;
    s.addedCapital = target->price * double(s.addedSystems);
    if (s.addedSystems > 0)
        after.fleet.push_back(lotOf(*target, s.addedSystems, s.date, QStringLiteral("swap-") + to.toLower()));
    const CapacityPlan planAfter = solve(after, catalog, o);
    if (hasNoPlan(planAfter)) {
        s.problems << QStringLiteral("the swapped project has no plan on %1:").arg(s.date.toString(Qt::ISODate));
        s.problems << planAfter.explanations;
        return s;
    }
    compareSwapPlans(s, before, planAfter, *target);
    return s;
}

} // namespace warmshell
